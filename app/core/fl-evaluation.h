/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-score.h"
#include "fl-scorecard.h"

G_BEGIN_DECLS

typedef enum
{
  FL_EVALUATION_STATE_DRAFT,
  FL_EVALUATION_STATE_SUBMITTED,
} FlEvaluationState;

#define FL_TYPE_EVALUATION_STATE (fl_evaluation_state_get_type ())
GType fl_evaluation_state_get_type (void);

#define FL_TYPE_EVALUATION (fl_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (FlEvaluation, fl_evaluation, FL, EVALUATION, GObject)

/* One evaluation of one recording, as last read from the database. The
 * FlEvaluationService functions that change it refresh it, so the UI can
 * bind to its read-only properties: id, recording-id, template-id,
 * template-name, template-version, evaluator-id, evaluator-name, agent-id,
 * agent-name, state, scorable, score, passed, auto-failed, revision,
 * review-seconds, comment, started-at, updated-at, submitted-at,
 * recording-started-at. The ::answers-changed signal tells that answers or
 * item comments were reloaded.
 *
 * Evaluations in lists carry no scorecard and no answers; those from
 * fl_evaluation_service_start() and _load() carry both. */
gint64             fl_evaluation_get_id                  (FlEvaluation  *self);
gint64             fl_evaluation_get_recording_id        (FlEvaluation  *self);
gint64             fl_evaluation_get_template_id         (FlEvaluation  *self);
const char        *fl_evaluation_get_template_name       (FlEvaluation  *self);
int                fl_evaluation_get_template_version    (FlEvaluation  *self);
gint64             fl_evaluation_get_evaluator_id        (FlEvaluation  *self);
const char        *fl_evaluation_get_evaluator_name      (FlEvaluation  *self);
gint64             fl_evaluation_get_agent_id            (FlEvaluation  *self);
const char        *fl_evaluation_get_agent_name          (FlEvaluation  *self);
FlEvaluationState  fl_evaluation_get_state               (FlEvaluation  *self);
gboolean           fl_evaluation_get_scorable            (FlEvaluation  *self);
double             fl_evaluation_get_score               (FlEvaluation  *self);
gboolean           fl_evaluation_get_passed              (FlEvaluation  *self);
gboolean           fl_evaluation_get_auto_failed         (FlEvaluation  *self);
int                fl_evaluation_get_revision            (FlEvaluation  *self);
gint64             fl_evaluation_get_review_seconds      (FlEvaluation  *self);
const char        *fl_evaluation_get_comment             (FlEvaluation  *self);
const char        *fl_evaluation_get_started_at          (FlEvaluation  *self);
const char        *fl_evaluation_get_updated_at          (FlEvaluation  *self);
const char        *fl_evaluation_get_submitted_at        (FlEvaluation  *self);
const char        *fl_evaluation_get_recording_started_at (FlEvaluation *self);

FlScorecard       *fl_evaluation_get_scorecard           (FlEvaluation  *self);
FlAnswerState      fl_evaluation_get_answer              (FlEvaluation  *self,
                                                          gint64         item_id,
                                                          int           *points);
const char        *fl_evaluation_get_item_comment        (FlEvaluation  *self,
                                                          gint64         item_id);
FlScoreResult     *fl_evaluation_compute                 (FlEvaluation  *self);

G_END_DECLS
