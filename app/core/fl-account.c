/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-account"

#include "config.h"

#include "fl-account.h"

struct _FlAccount
{
  GObject   parent_instance;

  gint64    id;
  char     *login;
  gint64    staff_id;
  char     *display_name;
  FlRoles   roles;
  gboolean  active;
  char     *locked_until;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_LOGIN,
  PROP_STAFF_ID,
  PROP_DISPLAY_NAME,
  PROP_ROLES,
  PROP_ROLES_LABEL,
  PROP_ACTIVE,
  PROP_LOCKED_UNTIL,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlAccount, fl_account, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
fl_account_finalize (GObject *object)
{
  FlAccount *self = (FlAccount *) object;

  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->locked_until, g_free);

  G_OBJECT_CLASS (fl_account_parent_class)->finalize (object);
}

static void
fl_account_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FlAccount *self = FL_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_LOGIN:
      g_value_set_string (value, self->login);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name ? self->display_name : self->login);
      break;
    case PROP_ROLES:
      g_value_set_uint (value, self->roles);
      break;
    case PROP_ROLES_LABEL:
      g_value_take_string (value, fl_roles_to_string (self->roles));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_LOCKED_UNTIL:
      g_value_set_string (value, self->locked_until);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Set once by the service that loads the row; no notification needed. */
static void
fl_account_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FlAccount *self = FL_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_LOGIN:
      g_free (self->login);
      self->login = g_value_dup_string (value);
      break;
    case PROP_STAFF_ID:
      self->staff_id = g_value_get_int64 (value);
      break;
    case PROP_DISPLAY_NAME:
      g_free (self->display_name);
      self->display_name = g_value_dup_string (value);
      break;
    case PROP_ROLES:
      self->roles = g_value_get_uint (value) & FL_ROLE_ALL;
      break;
    case PROP_ACTIVE:
      self->active = g_value_get_boolean (value);
      break;
    case PROP_LOCKED_UNTIL:
      g_free (self->locked_until);
      self->locked_until = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_account_class_init (FlAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fl_account_finalize;
  object_class->get_property = fl_account_get_property;
  object_class->set_property = fl_account_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LOGIN] = g_param_spec_string ("login", NULL, NULL, NULL, flags);
  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_ROLES] = g_param_spec_uint ("roles", NULL, NULL, 0, FL_ROLE_ALL, 0, flags);
  properties[PROP_ROLES_LABEL] = g_param_spec_string ("roles-label", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);
  properties[PROP_LOCKED_UNTIL] = g_param_spec_string ("locked-until", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_account_init (FlAccount *self)
{
}

FlAccount *
fl_account_new (void)
{
  return g_object_new (FL_TYPE_ACCOUNT, NULL);
}

gint64
fl_account_get_id (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), 0);
  return self->id;
}

const char *
fl_account_get_login (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), NULL);
  return self->login;
}

gint64
fl_account_get_staff_id (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), 0);
  return self->staff_id;
}

const char *
fl_account_get_display_name (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), NULL);
  return self->display_name ? self->display_name : self->login;
}

FlRoles
fl_account_get_roles (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), FL_ROLE_NONE);
  return self->roles;
}

gboolean
fl_account_get_active (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), FALSE);
  return self->active;
}

const char *
fl_account_get_locked_until (FlAccount *self)
{
  g_return_val_if_fail (FL_IS_ACCOUNT (self), NULL);
  return self->locked_until;
}
