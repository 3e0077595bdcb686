/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-autosave"

#include "config.h"

#include "fl-database.h"
#include "fl-scorecard-autosave.h"

/* Nothing a reviewer enters is lost: an answer is written the moment it is
 * chosen, a comment shortly after the typing pauses, and whatever the
 * database refuses for now (busy, locked by another program, disk full) stays
 * here and is tried again until it is written. What the core refuses for good
 * (the evaluation was submitted meanwhile, an answer out of range) is handed
 * back through ::rejected so the view can say so and show the stored value. */

#define COMMENT_DELAY_MS  500
#define FIRST_RETRY_S     1
#define LAST_RETRY_S      10

struct _FlScorecardAutosave
{
  GObject              parent_instance;

  FlEvaluationService *service;
  FlSession           *session;
  FlEvaluation        *evaluation;

  GHashTable          *answers;         /* gint64 item id → FlScoreAnswer, not yet written */
  GHashTable          *item_comments;   /* gint64 item id → comment, not yet written */
  char                *comment;
  gboolean             comment_pending;

  FlAutosaveState      state;
  GError              *error;
  guint                delay_id;
  guint                retry_id;
  guint                retry_seconds;
};

enum {
  STATE_CHANGED,
  REJECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlScorecardAutosave, fl_scorecard_autosave, G_TYPE_OBJECT)

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* The database may take it later; anything else will be refused again. */
static gboolean
is_transient (const GError *error)
{
  return error->domain == FL_DATABASE_ERROR && error->code != FL_DATABASE_ERROR_CONSTRAINT;
}

static void
set_state (FlScorecardAutosave *self,
           FlAutosaveState      state)
{
  if (state != FL_AUTOSAVE_STATE_RETRYING)
    g_clear_error (&self->error);
  self->state = state;
  g_signal_emit (self, signals[STATE_CHANGED], 0);
}

static gboolean
retry_cb (gpointer user_data)
{
  FlScorecardAutosave *self = user_data;

  self->retry_id = 0;
  fl_scorecard_autosave_flush (self, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
delay_cb (gpointer user_data)
{
  FlScorecardAutosave *self = user_data;

  self->delay_id = 0;
  fl_scorecard_autosave_flush (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_retry (FlScorecardAutosave *self,
                GError              *error)
{
  g_clear_error (&self->error);
  self->error = error;
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->retry_id = g_timeout_add_seconds (self->retry_seconds, retry_cb, self);
  self->retry_seconds = MIN (self->retry_seconds * 2, LAST_RETRY_S);
  set_state (self, FL_AUTOSAVE_STATE_RETRYING);
}

/* Returns FALSE when the change must wait (it stays pending); a change the
 * core refuses for good is reported and dropped. */
static gboolean
handle_result (FlScorecardAutosave *self,
               gboolean             saved,
               GError              *error,
               gint64               item_id)
{
  if (saved)
    return TRUE;
  if (is_transient (error))
    {
      schedule_retry (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[REJECTED], 0, item_id, error);
  g_error_free (error);
  return TRUE;
}

static gboolean
write_answers (FlScorecardAutosave *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 item_id = *(gint64 *) key;
      FlScoreAnswer *answer = value;
      GError *error = NULL;
      gboolean saved;

      saved = fl_evaluation_service_set_answer (self->service, self->session, self->evaluation,
                                                item_id, answer->state, answer->points, &error);
      if (!handle_result (self, saved, error, item_id))
        return FALSE;
      g_hash_table_iter_remove (&iter);
    }
  return TRUE;
}

static gboolean
write_item_comments (FlScorecardAutosave *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->item_comments);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 item_id = *(gint64 *) key;
      GError *error = NULL;
      gboolean saved;

      saved = fl_evaluation_service_set_item_comment (self->service, self->session, self->evaluation,
                                                      item_id, value, &error);
      if (!handle_result (self, saved, error, item_id))
        return FALSE;
      g_hash_table_iter_remove (&iter);
    }
  return TRUE;
}

static gboolean
write_comment (FlScorecardAutosave *self)
{
  GError *error = NULL;
  gboolean saved;

  if (!self->comment_pending)
    return TRUE;
  saved = fl_evaluation_service_set_comment (self->service, self->session, self->evaluation,
                                             self->comment, &error);
  if (!handle_result (self, saved, error, 0))
    return FALSE;
  self->comment_pending = FALSE;
  g_clear_pointer (&self->comment, g_free);
  return TRUE;
}

/* Comments wait for a pause in the typing; a retry already planned keeps its time. */
static void
delay_write (FlScorecardAutosave *self)
{
  if (self->state == FL_AUTOSAVE_STATE_RETRYING)
    {
      g_signal_emit (self, signals[STATE_CHANGED], 0);
      return;
    }
  g_clear_handle_id (&self->delay_id, g_source_remove);
  self->delay_id = g_timeout_add (COMMENT_DELAY_MS, delay_cb, self);
  set_state (self, FL_AUTOSAVE_STATE_SAVING);
}

static void
fl_scorecard_autosave_dispose (GObject *object)
{
  FlScorecardAutosave *self = FL_SCORECARD_AUTOSAVE (object);

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (fl_scorecard_autosave_has_pending (self))
    g_warning ("An evaluation's latest changes were not saved: %s",
               self->error ? self->error->message : "never tried");

  g_clear_object (&self->service);
  g_clear_object (&self->session);
  g_clear_object (&self->evaluation);

  G_OBJECT_CLASS (fl_scorecard_autosave_parent_class)->dispose (object);
}

static void
fl_scorecard_autosave_finalize (GObject *object)
{
  FlScorecardAutosave *self = FL_SCORECARD_AUTOSAVE (object);

  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->item_comments, g_hash_table_unref);
  g_clear_pointer (&self->comment, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (fl_scorecard_autosave_parent_class)->finalize (object);
}

static void
fl_scorecard_autosave_class_init (FlScorecardAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fl_scorecard_autosave_dispose;
  object_class->finalize = fl_scorecard_autosave_finalize;

  /**
   * FlScorecardAutosave::state-changed:
   *
   * The state or the error that holds a change back changed.
   */
  signals[STATE_CHANGED] = g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * FlScorecardAutosave::rejected:
   * @item_id: the item whose answer or comment was refused, 0 for the overall comment
   * @error: why
   *
   * The core refused a change for good; it is dropped.
   */
  signals[REJECTED] = g_signal_new ("rejected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_ERROR);
}

static void
fl_scorecard_autosave_init (FlScorecardAutosave *self)
{
  self->answers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->item_comments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->retry_seconds = FIRST_RETRY_S;
}

FlScorecardAutosave *
fl_scorecard_autosave_new (FlEvaluationService *service,
                           FlSession           *session,
                           FlEvaluation        *evaluation)
{
  FlScorecardAutosave *self;

  g_return_val_if_fail (FL_IS_EVALUATION_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), NULL);

  self = g_object_new (FL_TYPE_SCORECARD_AUTOSAVE, NULL);
  self->service = g_object_ref (service);
  self->session = g_object_ref (session);
  self->evaluation = g_object_ref (evaluation);
  return self;
}

FlEvaluation *
fl_scorecard_autosave_get_evaluation (FlScorecardAutosave *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_AUTOSAVE (self), NULL);

  return self->evaluation;
}

FlAutosaveState
fl_scorecard_autosave_get_state (FlScorecardAutosave *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_AUTOSAVE (self), FL_AUTOSAVE_STATE_SAVED);

  return self->state;
}

/* Why the pending changes wait, while the state is RETRYING. */
const GError *
fl_scorecard_autosave_get_error (FlScorecardAutosave *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_AUTOSAVE (self), NULL);

  return self->error;
}

gboolean
fl_scorecard_autosave_has_pending (FlScorecardAutosave *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_AUTOSAVE (self), FALSE);

  return g_hash_table_size (self->answers) > 0 ||
         g_hash_table_size (self->item_comments) > 0 ||
         self->comment_pending;
}

/* Written at once, unless earlier changes are waiting for the database. */
void
fl_scorecard_autosave_set_answer (FlScorecardAutosave *self,
                                  gint64               item_id,
                                  FlAnswerState        state,
                                  int                  points)
{
  FlScoreAnswer answer = { state, points };

  g_return_if_fail (FL_IS_SCORECARD_AUTOSAVE (self));

  g_hash_table_replace (self->answers, dup_id (item_id), g_memdup2 (&answer, sizeof answer));
  if (self->state == FL_AUTOSAVE_STATE_RETRYING)
    g_signal_emit (self, signals[STATE_CHANGED], 0);
  else
    fl_scorecard_autosave_flush (self, NULL);
}

void
fl_scorecard_autosave_set_item_comment (FlScorecardAutosave *self,
                                        gint64               item_id,
                                        const char          *comment)
{
  g_return_if_fail (FL_IS_SCORECARD_AUTOSAVE (self));

  g_hash_table_replace (self->item_comments, dup_id (item_id), g_strdup (comment ? comment : ""));
  delay_write (self);
}

void
fl_scorecard_autosave_set_comment (FlScorecardAutosave *self,
                                   const char          *comment)
{
  g_return_if_fail (FL_IS_SCORECARD_AUTOSAVE (self));

  g_free (self->comment);
  self->comment = g_strdup (comment ? comment : "");
  self->comment_pending = TRUE;
  delay_write (self);
}

/**
 * fl_scorecard_autosave_flush:
 * @self: a #FlScorecardAutosave
 * @error: why something still waits
 *
 * Writes every pending change now. Returns %FALSE when the database refused
 * one for now: it stays pending and is tried again by itself.
 */
gboolean
fl_scorecard_autosave_flush (FlScorecardAutosave  *self,
                             GError              **error)
{
  g_return_val_if_fail (FL_IS_SCORECARD_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);

  if (!write_answers (self) || !write_item_comments (self) || !write_comment (self))
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }

  self->retry_seconds = FIRST_RETRY_S;
  set_state (self, FL_AUTOSAVE_STATE_SAVED);
  return TRUE;
}
