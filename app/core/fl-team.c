/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-team"

#include "config.h"

#include "fl-team.h"

struct _FlTeam
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  gint64   department_id;
  char    *department_name;
  gint64   lead_id;
  char    *lead_name;
  guint    member_count;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DEPARTMENT_ID,
  PROP_DEPARTMENT_NAME,
  PROP_LEAD_ID,
  PROP_LEAD_NAME,
  PROP_MEMBER_COUNT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlTeam, fl_team, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
fl_team_finalize (GObject *object)
{
  FlTeam *self = (FlTeam *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->department_name, g_free);
  g_clear_pointer (&self->lead_name, g_free);

  G_OBJECT_CLASS (fl_team_parent_class)->finalize (object);
}

static void
fl_team_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  FlTeam *self = FL_TEAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;
    case PROP_DEPARTMENT_NAME:
      g_value_set_string (value, self->department_name);
      break;
    case PROP_LEAD_ID:
      g_value_set_int64 (value, self->lead_id);
      break;
    case PROP_LEAD_NAME:
      g_value_set_string (value, self->lead_name);
      break;
    case PROP_MEMBER_COUNT:
      g_value_set_uint (value, self->member_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Set once by the service that loads the row; no notification needed. */
static void
fl_team_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  FlTeam *self = FL_TEAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_DEPARTMENT_ID:
      self->department_id = g_value_get_int64 (value);
      break;
    case PROP_DEPARTMENT_NAME:
      g_free (self->department_name);
      self->department_name = g_value_dup_string (value);
      break;
    case PROP_LEAD_ID:
      self->lead_id = g_value_get_int64 (value);
      break;
    case PROP_LEAD_NAME:
      g_free (self->lead_name);
      self->lead_name = g_value_dup_string (value);
      break;
    case PROP_MEMBER_COUNT:
      self->member_count = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_team_class_init (FlTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fl_team_finalize;
  object_class->get_property = fl_team_get_property;
  object_class->set_property = fl_team_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DEPARTMENT_ID] = g_param_spec_int64 ("department-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DEPARTMENT_NAME] = g_param_spec_string ("department-name", NULL, NULL, NULL, flags);
  properties[PROP_LEAD_ID] = g_param_spec_int64 ("lead-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LEAD_NAME] = g_param_spec_string ("lead-name", NULL, NULL, NULL, flags);
  properties[PROP_MEMBER_COUNT] = g_param_spec_uint ("member-count", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_team_init (FlTeam *self)
{
}

FlTeam *
fl_team_new (void)
{
  return g_object_new (FL_TYPE_TEAM, NULL);
}

gint64
fl_team_get_id (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), 0);
  return self->id;
}

const char *
fl_team_get_name (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), NULL);
  return self->name;
}

gint64
fl_team_get_department_id (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), 0);
  return self->department_id;
}

const char *
fl_team_get_department_name (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), NULL);
  return self->department_name;
}

gint64
fl_team_get_lead_id (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), 0);
  return self->lead_id;
}

const char *
fl_team_get_lead_name (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), NULL);
  return self->lead_name;
}

guint
fl_team_get_member_count (FlTeam *self)
{
  g_return_val_if_fail (FL_IS_TEAM (self), 0);
  return self->member_count;
}
