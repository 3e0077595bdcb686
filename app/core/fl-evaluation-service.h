/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-evaluation.h"
#include "fl-evaluation-revision.h"
#include "fl-recording-note.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_EVALUATION_ERROR (fl_evaluation_error_quark ())

typedef enum
{
  FL_EVALUATION_ERROR_INVALID,
  FL_EVALUATION_ERROR_NOT_FOUND,
  FL_EVALUATION_ERROR_OWN_CALL,
  FL_EVALUATION_ERROR_NOT_YOURS,
  FL_EVALUATION_ERROR_LOCKED,
  FL_EVALUATION_ERROR_INCOMPLETE,
  FL_EVALUATION_ERROR_NO_ACCOUNT,
  FL_EVALUATION_ERROR_BLIND,
} FlEvaluationError;

#define FL_TYPE_EVALUATION_SERVICE (fl_evaluation_service_get_type ())
G_DECLARE_FINAL_TYPE (FlEvaluationService, fl_evaluation_service, FL, EVALUATION_SERVICE, GObject)

GQuark               fl_evaluation_error_quark               (void);
FlEvaluationService *fl_evaluation_service_new               (FlDatabase           *database);

/* The actor's evaluation of the recording: their draft (or submitted one) if
 * there is one, else a new draft on the newest version of @template_id's
 * template (any version's id will do). Nobody evaluates their own calls. */
FlEvaluation        *fl_evaluation_service_start             (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                recording_id,
                                                              gint64                template_id,
                                                              GError              **error);
FlEvaluation        *fl_evaluation_service_load              (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                evaluation_id,
                                                              GError              **error);

/* Autosave: each call is written at once in its own short transaction, the
 * score and the recording's summary recomputed, and @evaluation refreshed. */
gboolean             fl_evaluation_service_set_answer        (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              FlEvaluation         *evaluation,
                                                              gint64                item_id,
                                                              FlAnswerState         state,
                                                              int                   points,
                                                              GError              **error);
gboolean             fl_evaluation_service_set_item_comment  (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              FlEvaluation         *evaluation,
                                                              gint64                item_id,
                                                              const char           *comment,
                                                              GError              **error);
gboolean             fl_evaluation_service_set_comment       (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              FlEvaluation         *evaluation,
                                                              const char           *comment,
                                                              GError              **error);
gboolean             fl_evaluation_service_add_review_time   (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              FlEvaluation         *evaluation,
                                                              guint                 seconds,
                                                              GError              **error);
gboolean             fl_evaluation_service_submit            (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              FlEvaluation         *evaluation,
                                                              GError              **error);
/* Back to a draft, keeping the submitted answers and @reason as a revision. */
gboolean             fl_evaluation_service_reopen            (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              FlEvaluation         *evaluation,
                                                              const char           *reason,
                                                              GError              **error);
GListModel          *fl_evaluation_service_list_revisions    (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                evaluation_id,
                                                              GError              **error);

/* GListModels of FlEvaluation (without answers), oldest first per
 * recording, newest first per agent. */
GListModel          *fl_evaluation_service_list_for_recording (FlEvaluationService *self,
                                                               FlSession           *actor,
                                                               gint64               recording_id,
                                                               GError             **error);
GListModel          *fl_evaluation_service_list_for_agent    (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                staff_id,
                                                              GError              **error);

/* Notes pinned to a moment (@end_ms -1) or a range of a call; linked to the
 * actor's open evaluation of the recording, and to one of its items if given. */
gint64               fl_evaluation_service_add_note          (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                recording_id,
                                                              gint64                start_ms,
                                                              gint64                end_ms,
                                                              const char           *text,
                                                              gint64                item_id,
                                                              GError              **error);
gboolean             fl_evaluation_service_update_note       (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                note_id,
                                                              gint64                start_ms,
                                                              gint64                end_ms,
                                                              const char           *text,
                                                              GError              **error);
gboolean             fl_evaluation_service_delete_note       (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                note_id,
                                                              GError              **error);
GListModel          *fl_evaluation_service_list_notes        (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                recording_id,
                                                              GError              **error);
char                *fl_evaluation_service_export_labels     (FlEvaluationService  *self,
                                                              FlSession            *actor,
                                                              gint64                recording_id,
                                                              GError              **error);

/* Where the actor stopped listening to a recording; 0 when never played. */
gint64               fl_evaluation_service_get_playback_position (FlEvaluationService *self,
                                                                  FlSession           *actor,
                                                                  gint64               recording_id);
gboolean             fl_evaluation_service_set_playback_position (FlEvaluationService *self,
                                                                  FlSession           *actor,
                                                                  gint64               recording_id,
                                                                  gint64               position_ms,
                                                                  GError             **error);

G_END_DECLS
