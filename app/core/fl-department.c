/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-department"

#include "config.h"

#include "fl-department.h"

struct _FlDepartment
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  gint64   head_id;
  char    *head_name;
  guint    team_count;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HEAD_ID,
  PROP_HEAD_NAME,
  PROP_TEAM_COUNT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlDepartment, fl_department, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
fl_department_finalize (GObject *object)
{
  FlDepartment *self = (FlDepartment *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->head_name, g_free);

  G_OBJECT_CLASS (fl_department_parent_class)->finalize (object);
}

static void
fl_department_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FlDepartment *self = FL_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_HEAD_ID:
      g_value_set_int64 (value, self->head_id);
      break;
    case PROP_HEAD_NAME:
      g_value_set_string (value, self->head_name);
      break;
    case PROP_TEAM_COUNT:
      g_value_set_uint (value, self->team_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Set once by the service that loads the row; no notification needed. */
static void
fl_department_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FlDepartment *self = FL_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_HEAD_ID:
      self->head_id = g_value_get_int64 (value);
      break;
    case PROP_HEAD_NAME:
      g_free (self->head_name);
      self->head_name = g_value_dup_string (value);
      break;
    case PROP_TEAM_COUNT:
      self->team_count = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_department_class_init (FlDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fl_department_finalize;
  object_class->get_property = fl_department_get_property;
  object_class->set_property = fl_department_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_HEAD_ID] = g_param_spec_int64 ("head-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_HEAD_NAME] = g_param_spec_string ("head-name", NULL, NULL, NULL, flags);
  properties[PROP_TEAM_COUNT] = g_param_spec_uint ("team-count", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_department_init (FlDepartment *self)
{
}

FlDepartment *
fl_department_new (void)
{
  return g_object_new (FL_TYPE_DEPARTMENT, NULL);
}

gint64
fl_department_get_id (FlDepartment *self)
{
  g_return_val_if_fail (FL_IS_DEPARTMENT (self), 0);
  return self->id;
}

const char *
fl_department_get_name (FlDepartment *self)
{
  g_return_val_if_fail (FL_IS_DEPARTMENT (self), NULL);
  return self->name;
}

gint64
fl_department_get_head_id (FlDepartment *self)
{
  g_return_val_if_fail (FL_IS_DEPARTMENT (self), 0);
  return self->head_id;
}

const char *
fl_department_get_head_name (FlDepartment *self)
{
  g_return_val_if_fail (FL_IS_DEPARTMENT (self), NULL);
  return self->head_name;
}

guint
fl_department_get_team_count (FlDepartment *self)
{
  g_return_val_if_fail (FL_IS_DEPARTMENT (self), 0);
  return self->team_count;
}
