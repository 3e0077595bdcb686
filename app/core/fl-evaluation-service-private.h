/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fl-evaluation-service.h"

G_BEGIN_DECLS

/* Private to app/core: what the three files of FlEvaluationService share
 * (fl-evaluation-service.c, -answers.c and -notes.c). */

/* SQL: whether the evaluation @evaluation (by @evaluator) belongs to an
 * open calibration session and so is hidden from anyone but its scorer
 * (@actor, an account id). Calibration is scored blind. */
#define FL_CALIBRATION_HIDDEN(evaluation, evaluator, actor) \
  "(" evaluator " != " actor " AND EXISTS (SELECT 1 FROM calibration_scorers hx " \
  "JOIN calibration_sessions hs ON hs.id = hx.session_id " \
  "WHERE hx.evaluation_id = " evaluation " AND hs.state = 'open'))"

/* One change to one evaluation, carried into its transaction. */
typedef struct
{
  FlEvaluationService *self;
  FlSession           *actor;
  gint64               id;
  gint64               recording_id;
  gint64               template_id;
  gint64               item_id;
  FlAnswerState        state;
  int                  points;
  const char          *text;
  /* Set by run_change(): the change proper, after an unsaved draft is written. */
  FlTransactionFunc    apply;
  FlEvaluation        *evaluation;
} FlEvaluationChange;

FlDatabase   *fl_evaluation_service_get_database (FlEvaluationService  *self);
gboolean      fl_evaluation_service_insert       (FlEvaluationChange   *change,
                                                  FlEvaluation         *evaluation,
                                                  GError              **error);
FlEvaluation *fl_evaluation_service_read         (FlEvaluationService  *self,
                                                  gint64                id,
                                                  GError              **error);
JsonNode     *fl_evaluation_snapshot             (FlDatabase           *database,
                                                  gint64                id,
                                                  GError              **error);
gboolean      fl_evaluation_update_recording     (FlDatabase           *database,
                                                  gint64                recording_id,
                                                  GError              **error);
gboolean      fl_evaluation_run_sql              (FlDatabase           *database,
                                                  const char           *sql,
                                                  gint64                first,
                                                  gint64                second,
                                                  GError              **error);
char         *fl_evaluation_now_utc              (void);
gboolean      fl_evaluation_check_account        (FlSession            *actor,
                                                  FlPermission          permission,
                                                  GError              **error);
gboolean      fl_evaluation_check_recording      (FlDatabase           *database,
                                                  gint64                recording_id,
                                                  gint64               *agent_staff_id,
                                                  GError              **error);

gboolean      fl_evaluation_check_answer         (FlEvaluation         *evaluation,
                                                  gint64                item_id,
                                                  FlAnswerState         state,
                                                  int                   points,
                                                  GError              **error);
gboolean      fl_evaluation_service_revise_answer (FlEvaluationService  *self,
                                                  FlSession            *actor,
                                                  gint64                evaluation_id,
                                                  gint64                item_id,
                                                  FlAnswerState         state,
                                                  int                   points,
                                                  const char           *reason,
                                                  GError              **error);

G_END_DECLS
