/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-evaluation.h"

G_BEGIN_DECLS

/* Private to app/core: how FlEvaluationService fills and refreshes an evaluation. */
void fl_evaluation_set_answer_internal (FlEvaluation  *self,
                                        gint64         item_id,
                                        FlAnswerState  state,
                                        int            points,
                                        const char    *comment);
void fl_evaluation_set_scorecard       (FlEvaluation  *self,
                                        FlScorecard   *scorecard);
void fl_evaluation_update_from         (FlEvaluation  *self,
                                        FlEvaluation  *fresh);
void fl_evaluation_add_review_seconds  (FlEvaluation  *self,
                                        gint64         seconds);

G_END_DECLS
