/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-item"

#include "config.h"

#include "fl-scorecard-item.h"

struct _FlScorecardItem
{
  GObject        parent_instance;

  gint64         id;
  char          *text;
  char          *guidance;
  int            max_points;
  FlAnswerType   answer_type;
  FlCriticality  criticality;
  gboolean       allow_na;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_GUIDANCE,
  PROP_MAX_POINTS,
  PROP_ANSWER_TYPE,
  PROP_CRITICALITY,
  PROP_ALLOW_NA,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlScorecardItem, fl_scorecard_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (FlScorecardItem  *self,
            char            **field,
            const char       *value,
            int               prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
fl_scorecard_item_finalize (GObject *object)
{
  FlScorecardItem *self = (FlScorecardItem *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->guidance, g_free);

  G_OBJECT_CLASS (fl_scorecard_item_parent_class)->finalize (object);
}

static void
fl_scorecard_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FlScorecardItem *self = FL_SCORECARD_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_GUIDANCE:
      g_value_set_string (value, self->guidance);
      break;
    case PROP_MAX_POINTS:
      g_value_set_int (value, self->max_points);
      break;
    case PROP_ANSWER_TYPE:
      g_value_set_enum (value, self->answer_type);
      break;
    case PROP_CRITICALITY:
      g_value_set_enum (value, self->criticality);
      break;
    case PROP_ALLOW_NA:
      g_value_set_boolean (value, self->allow_na);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_scorecard_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FlScorecardItem *self = FL_SCORECARD_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_TEXT:
      fl_scorecard_item_set_text (self, g_value_get_string (value));
      break;
    case PROP_GUIDANCE:
      fl_scorecard_item_set_guidance (self, g_value_get_string (value));
      break;
    case PROP_MAX_POINTS:
      fl_scorecard_item_set_max_points (self, g_value_get_int (value));
      break;
    case PROP_ANSWER_TYPE:
      fl_scorecard_item_set_answer_type (self, g_value_get_enum (value));
      break;
    case PROP_CRITICALITY:
      fl_scorecard_item_set_criticality (self, g_value_get_enum (value));
      break;
    case PROP_ALLOW_NA:
      fl_scorecard_item_set_allow_na (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_scorecard_item_class_init (FlScorecardItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fl_scorecard_item_finalize;
  object_class->get_property = fl_scorecard_item_get_property;
  object_class->set_property = fl_scorecard_item_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_GUIDANCE] = g_param_spec_string ("guidance", NULL, NULL, NULL, flags);
  properties[PROP_MAX_POINTS] = g_param_spec_int ("max-points", NULL, NULL, 0, G_MAXINT, 1, flags);
  properties[PROP_ANSWER_TYPE] =
    g_param_spec_enum ("answer-type", NULL, NULL, FL_TYPE_ANSWER_TYPE, FL_ANSWER_TYPE_YES_NO, flags);
  properties[PROP_CRITICALITY] =
    g_param_spec_enum ("criticality", NULL, NULL, FL_TYPE_CRITICALITY, FL_CRITICALITY_NONE, flags);
  properties[PROP_ALLOW_NA] = g_param_spec_boolean ("allow-na", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_scorecard_item_init (FlScorecardItem *self)
{
  self->max_points = 1;
}

FlScorecardItem *
fl_scorecard_item_new (const char *text,
                       int         max_points)
{
  return g_object_new (FL_TYPE_SCORECARD_ITEM, "text", text, "max-points", MAX (max_points, 0), NULL);
}

/* A copy that keeps the id, for editing without touching the original. */
FlScorecardItem *
fl_scorecard_item_copy (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), NULL);

  return g_object_new (FL_TYPE_SCORECARD_ITEM,
                       "id", self->id,
                       "text", self->text,
                       "guidance", self->guidance,
                       "max-points", self->max_points,
                       "answer-type", self->answer_type,
                       "criticality", self->criticality,
                       "allow-na", self->allow_na,
                       NULL);
}

gint64
fl_scorecard_item_get_id (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), 0);
  return self->id;
}

const char *
fl_scorecard_item_get_text (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), NULL);
  return self->text;
}

void
fl_scorecard_item_set_text (FlScorecardItem *self,
                            const char      *text)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM (self));
  set_string (self, &self->text, text, PROP_TEXT);
}

const char *
fl_scorecard_item_get_guidance (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), NULL);
  return self->guidance;
}

void
fl_scorecard_item_set_guidance (FlScorecardItem *self,
                                const char      *guidance)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM (self));
  set_string (self, &self->guidance, guidance, PROP_GUIDANCE);
}

int
fl_scorecard_item_get_max_points (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), 0);
  return self->max_points;
}

void
fl_scorecard_item_set_max_points (FlScorecardItem *self,
                                  int              max_points)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM (self));
  if (self->max_points == max_points)
    return;
  self->max_points = max_points;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_POINTS]);
}

FlAnswerType
fl_scorecard_item_get_answer_type (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), FL_ANSWER_TYPE_YES_NO);
  return self->answer_type;
}

void
fl_scorecard_item_set_answer_type (FlScorecardItem *self,
                                   FlAnswerType     answer_type)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM (self));
  if (self->answer_type == answer_type)
    return;
  self->answer_type = answer_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER_TYPE]);
}

FlCriticality
fl_scorecard_item_get_criticality (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), FL_CRITICALITY_NONE);
  return self->criticality;
}

void
fl_scorecard_item_set_criticality (FlScorecardItem *self,
                                   FlCriticality    criticality)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM (self));
  if (self->criticality == criticality)
    return;
  self->criticality = criticality;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITICALITY]);
}

gboolean
fl_scorecard_item_get_allow_na (FlScorecardItem *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (self), FALSE);
  return self->allow_na;
}

void
fl_scorecard_item_set_allow_na (FlScorecardItem *self,
                                gboolean         allow_na)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM (self));
  allow_na = !!allow_na;
  if (self->allow_na == allow_na)
    return;
  self->allow_na = allow_na;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_NA]);
}
