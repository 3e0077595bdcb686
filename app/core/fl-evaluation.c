/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-evaluation"

#include "config.h"

#include "fl-evaluation-private.h"

typedef struct
{
  FlScoreAnswer  answer;
  char          *comment;
} Answer;

struct _FlEvaluation
{
  GObject            parent_instance;

  gint64             id;
  gint64             recording_id;
  gint64             template_id;
  char              *template_name;
  int                template_version;
  gint64             evaluator_id;
  char              *evaluator_name;
  gint64             agent_id;
  char              *agent_name;
  FlEvaluationState  state;
  gboolean           scorable;
  double             score;
  gboolean           passed;
  gboolean           auto_failed;
  int                revision;
  gint64             review_seconds;
  char              *comment;
  char              *started_at;
  char              *updated_at;
  char              *submitted_at;
  char              *recording_started_at;

  FlScorecard       *scorecard;
  GHashTable        *answers;   /* gint64 item id → Answer */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_RECORDING_ID,
  PROP_TEMPLATE_ID,
  PROP_TEMPLATE_NAME,
  PROP_TEMPLATE_VERSION,
  PROP_EVALUATOR_ID,
  PROP_EVALUATOR_NAME,
  PROP_AGENT_ID,
  PROP_AGENT_NAME,
  PROP_STATE,
  PROP_SCORABLE,
  PROP_SCORE,
  PROP_PASSED,
  PROP_AUTO_FAILED,
  PROP_REVISION,
  PROP_REVIEW_SECONDS,
  PROP_COMMENT,
  PROP_STARTED_AT,
  PROP_UPDATED_AT,
  PROP_SUBMITTED_AT,
  PROP_RECORDING_STARTED_AT,
  N_PROPS
};

enum {
  ANSWERS_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (FlEvaluation, fl_evaluation, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (FlEvaluationState, fl_evaluation_state,
                    G_DEFINE_ENUM_VALUE (FL_EVALUATION_STATE_DRAFT, "draft"),
                    G_DEFINE_ENUM_VALUE (FL_EVALUATION_STATE_SUBMITTED, "submitted"))

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
answer_free (gpointer data)
{
  Answer *answer = data;

  g_free (answer->comment);
  g_free (answer);
}

static GHashTable *
answers_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, answer_free);
}

static void
fl_evaluation_dispose (GObject *object)
{
  FlEvaluation *self = (FlEvaluation *) object;

  g_clear_object (&self->scorecard);

  G_OBJECT_CLASS (fl_evaluation_parent_class)->dispose (object);
}

static void
fl_evaluation_finalize (GObject *object)
{
  FlEvaluation *self = (FlEvaluation *) object;

  g_clear_pointer (&self->template_name, g_free);
  g_clear_pointer (&self->evaluator_name, g_free);
  g_clear_pointer (&self->agent_name, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->started_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->submitted_at, g_free);
  g_clear_pointer (&self->recording_started_at, g_free);
  g_clear_pointer (&self->answers, g_hash_table_unref);

  G_OBJECT_CLASS (fl_evaluation_parent_class)->finalize (object);
}

/* The string fields, by property, so that one loop reads, writes and compares them. */
static char **
string_field (FlEvaluation *self,
              guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_TEMPLATE_NAME:
      return &self->template_name;
    case PROP_EVALUATOR_NAME:
      return &self->evaluator_name;
    case PROP_AGENT_NAME:
      return &self->agent_name;
    case PROP_COMMENT:
      return &self->comment;
    case PROP_STARTED_AT:
      return &self->started_at;
    case PROP_UPDATED_AT:
      return &self->updated_at;
    case PROP_SUBMITTED_AT:
      return &self->submitted_at;
    case PROP_RECORDING_STARTED_AT:
      return &self->recording_started_at;
    default:
      return NULL;
    }
}

static gint64 *
int64_field (FlEvaluation *self,
             guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_RECORDING_ID:
      return &self->recording_id;
    case PROP_TEMPLATE_ID:
      return &self->template_id;
    case PROP_EVALUATOR_ID:
      return &self->evaluator_id;
    case PROP_AGENT_ID:
      return &self->agent_id;
    case PROP_REVIEW_SECONDS:
      return &self->review_seconds;
    default:
      return NULL;
    }
}

static gboolean *
boolean_field (FlEvaluation *self,
               guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_SCORABLE:
      return &self->scorable;
    case PROP_PASSED:
      return &self->passed;
    case PROP_AUTO_FAILED:
      return &self->auto_failed;
    default:
      return NULL;
    }
}

static void
fl_evaluation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FlEvaluation *self = FL_EVALUATION (object);

  if (string_field (self, prop_id))
    g_value_set_string (value, *string_field (self, prop_id));
  else if (int64_field (self, prop_id))
    g_value_set_int64 (value, *int64_field (self, prop_id));
  else if (boolean_field (self, prop_id))
    g_value_set_boolean (value, *boolean_field (self, prop_id));
  else if (prop_id == PROP_TEMPLATE_VERSION)
    g_value_set_int (value, self->template_version);
  else if (prop_id == PROP_REVISION)
    g_value_set_int (value, self->revision);
  else if (prop_id == PROP_STATE)
    g_value_set_enum (value, self->state);
  else if (prop_id == PROP_SCORE)
    g_value_set_double (value, self->score);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* Set once by the service that reads the row; refreshed with fl_evaluation_update_from(). */
static void
fl_evaluation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FlEvaluation *self = FL_EVALUATION (object);

  if (string_field (self, prop_id))
    {
      g_free (*string_field (self, prop_id));
      *string_field (self, prop_id) = g_value_dup_string (value);
    }
  else if (int64_field (self, prop_id))
    *int64_field (self, prop_id) = g_value_get_int64 (value);
  else if (boolean_field (self, prop_id))
    *boolean_field (self, prop_id) = g_value_get_boolean (value);
  else if (prop_id == PROP_TEMPLATE_VERSION)
    self->template_version = g_value_get_int (value);
  else if (prop_id == PROP_REVISION)
    self->revision = g_value_get_int (value);
  else if (prop_id == PROP_STATE)
    self->state = g_value_get_enum (value);
  else if (prop_id == PROP_SCORE)
    self->score = g_value_get_double (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fl_evaluation_class_init (FlEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  static const struct { guint id; const char *name; } strings[] = {
    { PROP_TEMPLATE_NAME, "template-name" }, { PROP_EVALUATOR_NAME, "evaluator-name" },
    { PROP_AGENT_NAME, "agent-name" }, { PROP_COMMENT, "comment" },
    { PROP_STARTED_AT, "started-at" }, { PROP_UPDATED_AT, "updated-at" },
    { PROP_SUBMITTED_AT, "submitted-at" }, { PROP_RECORDING_STARTED_AT, "recording-started-at" },
  };
  static const struct { guint id; const char *name; } ids[] = {
    { PROP_ID, "id" }, { PROP_RECORDING_ID, "recording-id" }, { PROP_TEMPLATE_ID, "template-id" },
    { PROP_EVALUATOR_ID, "evaluator-id" }, { PROP_AGENT_ID, "agent-id" },
    { PROP_REVIEW_SECONDS, "review-seconds" },
  };
  static const struct { guint id; const char *name; } booleans[] = {
    { PROP_SCORABLE, "scorable" }, { PROP_PASSED, "passed" }, { PROP_AUTO_FAILED, "auto-failed" },
  };

  object_class->dispose = fl_evaluation_dispose;
  object_class->finalize = fl_evaluation_finalize;
  object_class->get_property = fl_evaluation_get_property;
  object_class->set_property = fl_evaluation_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].id] = g_param_spec_string (strings[i].name, NULL, NULL, NULL, flags);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    properties[ids[i].id] = g_param_spec_int64 (ids[i].name, NULL, NULL, 0, G_MAXINT64, 0, flags);
  for (guint i = 0; i < G_N_ELEMENTS (booleans); i++)
    properties[booleans[i].id] = g_param_spec_boolean (booleans[i].name, NULL, NULL, FALSE, flags);
  properties[PROP_TEMPLATE_VERSION] = g_param_spec_int ("template-version", NULL, NULL, 0, G_MAXINT, 1, flags);
  properties[PROP_REVISION] = g_param_spec_int ("revision", NULL, NULL, 1, G_MAXINT, 1, flags);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, FL_TYPE_EVALUATION_STATE,
                                              FL_EVALUATION_STATE_DRAFT, flags);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ANSWERS_CHANGED] = g_signal_new ("answers-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fl_evaluation_init (FlEvaluation *self)
{
  self->revision = 1;
  self->answers = answers_new ();
}

void
fl_evaluation_set_answer_internal (FlEvaluation  *self,
                                   gint64         item_id,
                                   FlAnswerState  state,
                                   int            points,
                                   const char    *comment)
{
  Answer *answer = g_new0 (Answer, 1);
  gint64 *key = g_new (gint64, 1);

  g_return_if_fail (FL_IS_EVALUATION (self));

  *key = item_id;
  answer->answer.state = state;
  answer->answer.points = points;
  answer->comment = g_strdup (comment);
  g_hash_table_replace (self->answers, key, answer);
}

/* Time spent on a draft that is not saved yet, written with it. */
void
fl_evaluation_add_review_seconds (FlEvaluation *self,
                                  gint64        seconds)
{
  g_return_if_fail (FL_IS_EVALUATION (self));

  self->review_seconds += seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_SECONDS]);
}

void
fl_evaluation_set_scorecard (FlEvaluation *self,
                             FlScorecard  *scorecard)
{
  g_return_if_fail (FL_IS_EVALUATION (self));
  g_set_object (&self->scorecard, scorecard);
}

/* Takes over @fresh's values, notifying each property that changed. */
void
fl_evaluation_update_from (FlEvaluation *self,
                           FlEvaluation *fresh)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (FL_IS_EVALUATION (self));
  g_return_if_fail (FL_IS_EVALUATION (fresh));

  g_object_freeze_notify (object);
  for (guint prop_id = 1; prop_id < N_PROPS; prop_id++)
    {
      GParamSpec *pspec = properties[prop_id];
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_auto(GValue) new_value = G_VALUE_INIT;

      g_value_init (&old_value, pspec->value_type);
      g_value_init (&new_value, pspec->value_type);
      fl_evaluation_get_property (object, prop_id, &old_value, pspec);
      fl_evaluation_get_property (G_OBJECT (fresh), prop_id, &new_value, pspec);
      if (g_param_values_cmp (pspec, &old_value, &new_value) == 0)
        continue;
      fl_evaluation_set_property (object, prop_id, &new_value, pspec);
      g_object_notify_by_pspec (object, pspec);
    }
  g_object_thaw_notify (object);

  if (fresh->scorecard != NULL)
    g_set_object (&self->scorecard, fresh->scorecard);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  self->answers = g_hash_table_ref (fresh->answers);
  g_signal_emit (self, signals[ANSWERS_CHANGED], 0);
}

gint64
fl_evaluation_get_id (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->id;
}

gint64
fl_evaluation_get_recording_id (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->recording_id;
}

gint64
fl_evaluation_get_template_id (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->template_id;
}

const char *
fl_evaluation_get_template_name (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->template_name;
}

int
fl_evaluation_get_template_version (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->template_version;
}

gint64
fl_evaluation_get_evaluator_id (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->evaluator_id;
}

const char *
fl_evaluation_get_evaluator_name (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->evaluator_name;
}

gint64
fl_evaluation_get_agent_id (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->agent_id;
}

const char *
fl_evaluation_get_agent_name (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->agent_name;
}

FlEvaluationState
fl_evaluation_get_state (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), FL_EVALUATION_STATE_DRAFT);
  return self->state;
}

gboolean
fl_evaluation_get_scorable (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), FALSE);
  return self->scorable;
}

double
fl_evaluation_get_score (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->score;
}

gboolean
fl_evaluation_get_passed (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), FALSE);
  return self->passed;
}

gboolean
fl_evaluation_get_auto_failed (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), FALSE);
  return self->auto_failed;
}

int
fl_evaluation_get_revision (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->revision;
}

gint64
fl_evaluation_get_review_seconds (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), 0);
  return self->review_seconds;
}

const char *
fl_evaluation_get_comment (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->comment;
}

const char *
fl_evaluation_get_started_at (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->started_at;
}

const char *
fl_evaluation_get_updated_at (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->updated_at;
}

const char *
fl_evaluation_get_submitted_at (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->submitted_at;
}

const char *
fl_evaluation_get_recording_started_at (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->recording_started_at;
}

/* The template version it is scored on; NULL for an evaluation from a list. */
FlScorecard *
fl_evaluation_get_scorecard (FlEvaluation *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);
  return self->scorecard;
}

FlAnswerState
fl_evaluation_get_answer (FlEvaluation *self,
                          gint64        item_id,
                          int          *points)
{
  Answer *answer;

  g_return_val_if_fail (FL_IS_EVALUATION (self), FL_ANSWER_STATE_UNANSWERED);

  answer = g_hash_table_lookup (self->answers, &item_id);
  if (points != NULL)
    *points = answer ? answer->answer.points : 0;
  return answer ? answer->answer.state : FL_ANSWER_STATE_UNANSWERED;
}

const char *
fl_evaluation_get_item_comment (FlEvaluation *self,
                                gint64        item_id)
{
  Answer *answer;

  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);

  answer = g_hash_table_lookup (self->answers, &item_id);
  return answer ? answer->comment : NULL;
}

/* The score as the answers stand, with each section's part and the item that
 * failed it; NULL when the evaluation was loaded without its scorecard. */
FlScoreResult *
fl_evaluation_compute (FlEvaluation *self)
{
  g_autoptr(GHashTable) answers = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (FL_IS_EVALUATION (self), NULL);

  if (self->scorecard == NULL)
    return NULL;

  answers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (answers, key, &((Answer *) value)->answer);
  return fl_scorecard_score (self->scorecard, answers);
}
