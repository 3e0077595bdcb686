/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fl-score.h"
#include "fl-scorecard-item.h"
#include "fl-scorecard-section.h"

G_BEGIN_DECLS

/* 'superseded': an older version, kept for the evaluations scored on it. */
typedef enum
{
  FL_SCORECARD_STATUS_ACTIVE,
  FL_SCORECARD_STATUS_SUPERSEDED,
  FL_SCORECARD_STATUS_ARCHIVED,
} FlScorecardStatus;

#define FL_TYPE_SCORECARD_STATUS (fl_scorecard_status_get_type ())
GType              fl_scorecard_status_get_type    (void);
const char        *fl_scorecard_status_to_code     (FlScorecardStatus  status);
FlScorecardStatus  fl_scorecard_status_from_code   (const char        *code);

#define FL_TYPE_SCORECARD (fl_scorecard_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecard, fl_scorecard, FL, SCORECARD, GObject)

/* One version of a scorecard template with its sections and items.
 * Properties: id, family-id, version, status, created-at (set when loaded),
 * name, description, pass-mark, sections (a GListModel of FlScorecardSection). */
FlScorecard        *fl_scorecard_new               (const char         *name);
FlScorecard        *fl_scorecard_copy              (FlScorecard        *self);

gint64              fl_scorecard_get_id            (FlScorecard        *self);
gint64              fl_scorecard_get_family_id     (FlScorecard        *self);
int                 fl_scorecard_get_version       (FlScorecard        *self);
FlScorecardStatus   fl_scorecard_get_status        (FlScorecard        *self);
const char         *fl_scorecard_get_created_at    (FlScorecard        *self);
const char         *fl_scorecard_get_name          (FlScorecard        *self);
void                fl_scorecard_set_name          (FlScorecard        *self,
                                                    const char         *name);
const char         *fl_scorecard_get_description   (FlScorecard        *self);
void                fl_scorecard_set_description   (FlScorecard        *self,
                                                    const char         *description);
double              fl_scorecard_get_pass_mark     (FlScorecard        *self);
void                fl_scorecard_set_pass_mark     (FlScorecard        *self,
                                                    double              pass_mark);

GListModel         *fl_scorecard_get_sections      (FlScorecard        *self);
guint               fl_scorecard_get_n_sections    (FlScorecard        *self);
FlScorecardSection *fl_scorecard_get_section       (FlScorecard        *self,
                                                    guint               position);
void                fl_scorecard_append_section    (FlScorecard        *self,
                                                    FlScorecardSection *section);
void                fl_scorecard_insert_section    (FlScorecard        *self,
                                                    guint               position,
                                                    FlScorecardSection *section);
void                fl_scorecard_remove_section    (FlScorecard        *self,
                                                    guint               position);

/* Items counted across sections, in order: the index fl_score_compute() reports. */
guint               fl_scorecard_get_n_items       (FlScorecard        *self);
FlScorecardItem    *fl_scorecard_get_nth_item      (FlScorecard        *self,
                                                    guint               index);
FlScorecardItem    *fl_scorecard_find_item         (FlScorecard        *self,
                                                    gint64              item_id);
int                 fl_scorecard_get_max_points    (FlScorecard        *self);

/* @answers maps a gint64 item id to an FlScoreAnswer; missing items are unanswered. */
FlScoreResult      *fl_scorecard_score             (FlScorecard        *self,
                                                    GHashTable         *answers);
JsonNode           *fl_scorecard_to_json           (FlScorecard        *self);

const char         *fl_scorecard_translate         (const char         *text);

G_END_DECLS
