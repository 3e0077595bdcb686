/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-evaluation-service.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_VIEW (fl_scorecard_view_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardView, fl_scorecard_view, FL, SCORECARD_VIEW, GtkWidget)

/* The scorecard of one evaluation beside the player: live score and verdict,
 * answers and comments saved as they are entered, submit, change with a
 * reason, and the history of changes. Signals: ::submitted, ::changed (the
 * score moved), ::item-focused (item id) and ::note-activated (note id). */
GtkWidget *fl_scorecard_view_new           (void);
void       fl_scorecard_view_set_evaluation (FlScorecardView     *self,
                                             FlEvaluationService *service,
                                             FlSession           *session,
                                             FlEvaluation        *evaluation);
void       fl_scorecard_view_set_read_only  (FlScorecardView     *self,
                                             const char          *reason);
void       fl_scorecard_view_set_notes      (FlScorecardView     *self,
                                             GListModel          *notes);
gboolean   fl_scorecard_view_save_now       (FlScorecardView     *self,
                                             GError             **error);
/* A short message in a toast over the scorecard. */
void       fl_scorecard_view_show_message   (FlScorecardView     *self,
                                             const char          *message);

G_END_DECLS
