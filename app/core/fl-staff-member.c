/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-staff-member"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-format.h"
#include "fl-staff-member.h"

struct _FlStaffMember
{
  GObject     parent_instance;

  gint64      id;
  char       *job_number;
  char       *name;
  char       *english_name;
  gint64      team_id;
  char       *team_name;
  FlPosition  position;
  char       *extension;
  char       *hire_date;
  gboolean    active;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_NUMBER,
  PROP_NAME,
  PROP_ENGLISH_NAME,
  PROP_TEAM_ID,
  PROP_TEAM_NAME,
  PROP_POSITION,
  PROP_POSITION_LABEL,
  PROP_EXTENSION,
  PROP_HIRE_DATE,
  PROP_HIRE_DATE_LABEL,
  PROP_ACTIVE,
  PROP_DISPLAY_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlStaffMember, fl_staff_member, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *code;
  const char *label;
} positions[FL_N_POSITIONS] = {
  [FL_POSITION_AGENT] = { "agent", N_("Agent") },
  [FL_POSITION_TEAM_LEAD] = { "team_lead", N_("Team lead") },
  [FL_POSITION_QA_AUDITOR] = { "qa_auditor", N_("QA auditor") },
  [FL_POSITION_DEPARTMENT_HEAD] = { "department_head", N_("Department head") },
  [FL_POSITION_ADMINISTRATOR] = { "administrator", N_("Administrator") },
};

const char *
fl_position_to_code (FlPosition position)
{
  g_return_val_if_fail (position < FL_N_POSITIONS, positions[FL_POSITION_AGENT].code);
  return positions[position].code;
}

FlPosition
fl_position_from_code (const char *code)
{
  for (guint i = 0; i < FL_N_POSITIONS; i++)
    if (g_strcmp0 (code, positions[i].code) == 0)
      return i;
  return FL_POSITION_AGENT;
}

const char *
fl_position_to_label (FlPosition position)
{
  g_return_val_if_fail (position < FL_N_POSITIONS, NULL);
  return _(positions[position].label);
}

static void
fl_staff_member_finalize (GObject *object)
{
  FlStaffMember *self = (FlStaffMember *) object;

  g_clear_pointer (&self->job_number, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->english_name, g_free);
  g_clear_pointer (&self->team_name, g_free);
  g_clear_pointer (&self->extension, g_free);
  g_clear_pointer (&self->hire_date, g_free);

  G_OBJECT_CLASS (fl_staff_member_parent_class)->finalize (object);
}

static void
fl_staff_member_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FlStaffMember *self = FL_STAFF_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_JOB_NUMBER:
      g_value_set_string (value, self->job_number);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ENGLISH_NAME:
      g_value_set_string (value, self->english_name);
      break;
    case PROP_TEAM_ID:
      g_value_set_int64 (value, self->team_id);
      break;
    case PROP_TEAM_NAME:
      g_value_set_string (value, self->team_name);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_POSITION_LABEL:
      g_value_set_string (value, fl_position_to_label (self->position));
      break;
    case PROP_EXTENSION:
      g_value_set_string (value, self->extension);
      break;
    case PROP_HIRE_DATE:
      g_value_set_string (value, self->hire_date);
      break;
    case PROP_HIRE_DATE_LABEL:
      g_value_take_string (value, fl_format_date (self->hire_date));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_DISPLAY_NAME:
      g_value_take_string (value, fl_staff_member_dup_display_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (FlStaffMember *self,
            char         **field,
            const GValue  *value,
            GParamSpec    *pspec)
{
  const char *text = g_value_get_string (value);

  if (g_strcmp0 (*field, text) == 0)
    return;
  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
fl_staff_member_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FlStaffMember *self = FL_STAFF_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_JOB_NUMBER:
      set_string (self, &self->job_number, value, pspec);
      break;
    case PROP_NAME:
      set_string (self, &self->name, value, pspec);
      break;
    case PROP_ENGLISH_NAME:
      set_string (self, &self->english_name, value, pspec);
      break;
    case PROP_TEAM_ID:
      self->team_id = g_value_get_int64 (value);
      break;
    case PROP_TEAM_NAME:
      set_string (self, &self->team_name, value, pspec);
      break;
    case PROP_POSITION:
      self->position = MIN (g_value_get_uint (value), FL_N_POSITIONS - 1);
      break;
    case PROP_EXTENSION:
      set_string (self, &self->extension, value, pspec);
      break;
    case PROP_HIRE_DATE:
      set_string (self, &self->hire_date, value, pspec);
      break;
    case PROP_ACTIVE:
      self->active = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_staff_member_class_init (FlStaffMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fl_staff_member_finalize;
  object_class->get_property = fl_staff_member_get_property;
  object_class->set_property = fl_staff_member_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_JOB_NUMBER] = g_param_spec_string ("job-number", NULL, NULL, NULL, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_ENGLISH_NAME] = g_param_spec_string ("english-name", NULL, NULL, NULL, rw);
  properties[PROP_TEAM_ID] = g_param_spec_int64 ("team-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TEAM_NAME] = g_param_spec_string ("team-name", NULL, NULL, NULL, rw);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, FL_N_POSITIONS - 1, 0, rw);
  properties[PROP_POSITION_LABEL] = g_param_spec_string ("position-label", NULL, NULL, NULL, ro);
  properties[PROP_EXTENSION] = g_param_spec_string ("extension", NULL, NULL, NULL, rw);
  properties[PROP_HIRE_DATE] = g_param_spec_string ("hire-date", NULL, NULL, NULL, rw);
  properties[PROP_HIRE_DATE_LABEL] = g_param_spec_string ("hire-date-label", NULL, NULL, NULL, ro);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_staff_member_init (FlStaffMember *self)
{
  self->active = TRUE;
}

FlStaffMember *
fl_staff_member_new (void)
{
  return g_object_new (FL_TYPE_STAFF_MEMBER, NULL);
}

gint64
fl_staff_member_get_id (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), 0);
  return self->id;
}

const char *
fl_staff_member_get_job_number (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);
  return self->job_number;
}

const char *
fl_staff_member_get_name (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);
  return self->name;
}

const char *
fl_staff_member_get_english_name (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);
  return self->english_name;
}

gint64
fl_staff_member_get_team_id (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), 0);
  return self->team_id;
}

const char *
fl_staff_member_get_team_name (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);
  return self->team_name;
}

FlPosition
fl_staff_member_get_position (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), FL_POSITION_AGENT);
  return self->position;
}

const char *
fl_staff_member_get_extension (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);
  return self->extension;
}

const char *
fl_staff_member_get_hire_date (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);
  return self->hire_date;
}

gboolean
fl_staff_member_get_active (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), FALSE);
  return self->active;
}

/* "王伟 (Wang Wei)" when an English name is known, else the name alone. */
char *
fl_staff_member_dup_display_name (FlStaffMember *self)
{
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (self), NULL);

  if (self->english_name != NULL && *self->english_name != '\0')
    return g_strdup_printf ("%s (%s)", self->name, self->english_name);
  return g_strdup (self->name);
}
