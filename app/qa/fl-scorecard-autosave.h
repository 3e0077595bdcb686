/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-evaluation-service.h"

G_BEGIN_DECLS

/* Where the reviewer's latest input is: written, waiting (a comment being
 * typed, or a save in progress), or waiting for another try after the
 * database refused it for now (busy, locked, full). */
typedef enum
{
  FL_AUTOSAVE_STATE_SAVED,
  FL_AUTOSAVE_STATE_SAVING,
  FL_AUTOSAVE_STATE_RETRYING,
} FlAutosaveState;

#define FL_TYPE_SCORECARD_AUTOSAVE (fl_scorecard_autosave_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardAutosave, fl_scorecard_autosave, FL, SCORECARD_AUTOSAVE, GObject)

FlScorecardAutosave *fl_scorecard_autosave_new              (FlEvaluationService  *service,
                                                             FlSession            *session,
                                                             FlEvaluation         *evaluation);
FlEvaluation        *fl_scorecard_autosave_get_evaluation   (FlScorecardAutosave  *self);
FlAutosaveState      fl_scorecard_autosave_get_state        (FlScorecardAutosave  *self);
const GError        *fl_scorecard_autosave_get_error        (FlScorecardAutosave  *self);
gboolean             fl_scorecard_autosave_has_pending      (FlScorecardAutosave  *self);

void                 fl_scorecard_autosave_set_answer       (FlScorecardAutosave  *self,
                                                             gint64                item_id,
                                                             FlAnswerState         state,
                                                             int                   points);
void                 fl_scorecard_autosave_set_item_comment (FlScorecardAutosave  *self,
                                                             gint64                item_id,
                                                             const char           *comment);
void                 fl_scorecard_autosave_set_comment      (FlScorecardAutosave  *self,
                                                             const char           *comment);
gboolean             fl_scorecard_autosave_flush            (FlScorecardAutosave  *self,
                                                             GError              **error);

G_END_DECLS
