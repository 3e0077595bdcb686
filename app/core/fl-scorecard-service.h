/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-scorecard.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_SCORECARD_ERROR (fl_scorecard_error_quark ())

typedef enum
{
  FL_SCORECARD_ERROR_INVALID,
  FL_SCORECARD_ERROR_NOT_FOUND,
  FL_SCORECARD_ERROR_DUPLICATE,
  FL_SCORECARD_ERROR_SUPERSEDED,
  FL_SCORECARD_ERROR_ARCHIVED,
} FlScorecardError;

#define FL_TYPE_SCORECARD_SERVICE (fl_scorecard_service_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardService, fl_scorecard_service, FL, SCORECARD_SERVICE, GObject)

GQuark              fl_scorecard_error_quark                (void);
FlScorecardService *fl_scorecard_service_new                (FlDatabase          *database);

/* The newest version of each template, by name: active ones, and archived
 * ones too when asked. Fully loaded FlScorecards. */
GListModel         *fl_scorecard_service_list               (FlScorecardService  *self,
                                                             gboolean             include_archived,
                                                             GError             **error);
/* One version with its sections and items: what an evaluation is scored on. */
FlScorecard        *fl_scorecard_service_load               (FlScorecardService  *self,
                                                             gint64               template_id,
                                                             GError             **error);
FlScorecard        *fl_scorecard_service_get_latest         (FlScorecardService  *self,
                                                             gint64               family_id,
                                                             GError             **error);
gint64              fl_scorecard_service_count_evaluations  (FlScorecardService  *self,
                                                             gint64               template_id);

gboolean            fl_scorecard_service_validate           (FlScorecard         *scorecard,
                                                             GError             **error);
/* Returns the id of the new template. */
gint64              fl_scorecard_service_create             (FlScorecardService  *self,
                                                             FlSession           *actor,
                                                             FlScorecard         *scorecard,
                                                             GError             **error);
/* Saves an edited copy of a loaded version. A version that evaluations were
 * scored on is never changed: the edit becomes the family's next version and
 * the old one is superseded. Returns the id of the version now current
 * (the same id when edited in place); reload it to see the new ids. */
gint64              fl_scorecard_service_save               (FlScorecardService  *self,
                                                             FlSession           *actor,
                                                             FlScorecard         *scorecard,
                                                             GError             **error);
/* A new template ("Copy of …") with the same sections and items. */
gint64              fl_scorecard_service_duplicate          (FlScorecardService  *self,
                                                             FlSession           *actor,
                                                             gint64               template_id,
                                                             GError             **error);
gboolean            fl_scorecard_service_set_archived       (FlScorecardService  *self,
                                                             FlSession           *actor,
                                                             gint64               template_id,
                                                             gboolean             archived,
                                                             GError             **error);
/* Creates the default bilingual template once, when there is no template at
 * all; does nothing otherwise. Pass the system session on first use. */
gboolean            fl_scorecard_service_ensure_default     (FlScorecardService  *self,
                                                             FlSession           *actor,
                                                             GError             **error);

G_END_DECLS
