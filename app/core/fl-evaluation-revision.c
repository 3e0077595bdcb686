/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-evaluation-revision"

#include "config.h"

#include <json-glib/json-glib.h>

#include "fl-evaluation-revision.h"

struct _FlEvaluationRevision
{
  GObject   parent_instance;

  gint64    id;
  gint64    evaluation_id;
  int       revision;
  char     *reason;
  gint64    changed_by_id;
  char     *changed_by_name;
  char     *changed_at;
  char     *snapshot_json;
  gboolean  scorable;
  double    score;
  gboolean  passed;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_EVALUATION_ID,
  PROP_REVISION,
  PROP_REASON,
  PROP_CHANGED_BY_ID,
  PROP_CHANGED_BY_NAME,
  PROP_CHANGED_AT,
  PROP_SNAPSHOT_JSON,
  PROP_SCORABLE,
  PROP_SCORE,
  PROP_PASSED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlEvaluationRevision, fl_evaluation_revision, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* The score and result as they were, from the snapshot's evaluation row. */
static void
read_snapshot (FlEvaluationRevision *self)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *evaluation;
  JsonNode *member;
  JsonNode *score;

  if (self->snapshot_json == NULL || !(root = json_from_string (self->snapshot_json, NULL)) ||
      !JSON_NODE_HOLDS_OBJECT (root) ||
      !(member = json_object_get_member (json_node_get_object (root), "evaluation")) ||
      !JSON_NODE_HOLDS_OBJECT (member))
    return;
  evaluation = json_node_get_object (member);

  score = json_object_get_member (evaluation, "score");
  self->scorable = score != NULL && !JSON_NODE_HOLDS_NULL (score);
  self->score = self->scorable ? json_node_get_double (score) : 0;
  self->passed = json_object_get_int_member_with_default (evaluation, "passed", 0) != 0;
}

static void
fl_evaluation_revision_constructed (GObject *object)
{
  G_OBJECT_CLASS (fl_evaluation_revision_parent_class)->constructed (object);
  read_snapshot (FL_EVALUATION_REVISION (object));
}

static void
fl_evaluation_revision_finalize (GObject *object)
{
  FlEvaluationRevision *self = (FlEvaluationRevision *) object;

  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->changed_by_name, g_free);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->snapshot_json, g_free);

  G_OBJECT_CLASS (fl_evaluation_revision_parent_class)->finalize (object);
}

static void
fl_evaluation_revision_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  FlEvaluationRevision *self = FL_EVALUATION_REVISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EVALUATION_ID:
      g_value_set_int64 (value, self->evaluation_id);
      break;
    case PROP_REVISION:
      g_value_set_int (value, self->revision);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_CHANGED_BY_ID:
      g_value_set_int64 (value, self->changed_by_id);
      break;
    case PROP_CHANGED_BY_NAME:
      g_value_set_string (value, self->changed_by_name);
      break;
    case PROP_CHANGED_AT:
      g_value_set_string (value, self->changed_at);
      break;
    case PROP_SNAPSHOT_JSON:
      g_value_set_string (value, self->snapshot_json);
      break;
    case PROP_SCORABLE:
      g_value_set_boolean (value, self->scorable);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_PASSED:
      g_value_set_boolean (value, self->passed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Set once by the service that reads the row. */
static void
fl_evaluation_revision_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  FlEvaluationRevision *self = FL_EVALUATION_REVISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_EVALUATION_ID:
      self->evaluation_id = g_value_get_int64 (value);
      break;
    case PROP_REVISION:
      self->revision = g_value_get_int (value);
      break;
    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;
    case PROP_CHANGED_BY_ID:
      self->changed_by_id = g_value_get_int64 (value);
      break;
    case PROP_CHANGED_BY_NAME:
      self->changed_by_name = g_value_dup_string (value);
      break;
    case PROP_CHANGED_AT:
      self->changed_at = g_value_dup_string (value);
      break;
    case PROP_SNAPSHOT_JSON:
      self->snapshot_json = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_evaluation_revision_class_init (FlEvaluationRevisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags derived = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = fl_evaluation_revision_constructed;
  object_class->finalize = fl_evaluation_revision_finalize;
  object_class->get_property = fl_evaluation_revision_get_property;
  object_class->set_property = fl_evaluation_revision_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_EVALUATION_ID] = g_param_spec_int64 ("evaluation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REVISION] = g_param_spec_int ("revision", NULL, NULL, 0, G_MAXINT, 1, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  properties[PROP_CHANGED_BY_ID] = g_param_spec_int64 ("changed-by-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHANGED_BY_NAME] = g_param_spec_string ("changed-by-name", NULL, NULL, NULL, flags);
  properties[PROP_CHANGED_AT] = g_param_spec_string ("changed-at", NULL, NULL, NULL, flags);
  properties[PROP_SNAPSHOT_JSON] = g_param_spec_string ("snapshot-json", NULL, NULL, NULL, flags);
  properties[PROP_SCORABLE] = g_param_spec_boolean ("scorable", NULL, NULL, FALSE, derived);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, derived);
  properties[PROP_PASSED] = g_param_spec_boolean ("passed", NULL, NULL, FALSE, derived);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_evaluation_revision_init (FlEvaluationRevision *self)
{
}

gint64
fl_evaluation_revision_get_id (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), 0);
  return self->id;
}

gint64
fl_evaluation_revision_get_evaluation_id (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), 0);
  return self->evaluation_id;
}

int
fl_evaluation_revision_get_revision (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), 0);
  return self->revision;
}

const char *
fl_evaluation_revision_get_reason (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), NULL);
  return self->reason;
}

gint64
fl_evaluation_revision_get_changed_by_id (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), 0);
  return self->changed_by_id;
}

const char *
fl_evaluation_revision_get_changed_by_name (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), NULL);
  return self->changed_by_name;
}

const char *
fl_evaluation_revision_get_changed_at (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), NULL);
  return self->changed_at;
}

const char *
fl_evaluation_revision_get_snapshot_json (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), NULL);
  return self->snapshot_json;
}

gboolean
fl_evaluation_revision_get_scorable (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), FALSE);
  return self->scorable;
}

double
fl_evaluation_revision_get_score (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), 0);
  return self->score;
}

gboolean
fl_evaluation_revision_get_passed (FlEvaluationRevision *self)
{
  g_return_val_if_fail (FL_IS_EVALUATION_REVISION (self), FALSE);
  return self->passed;
}
