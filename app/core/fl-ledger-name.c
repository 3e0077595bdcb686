/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-ledger-name.h"

struct _FlLedgerName
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
};

G_DEFINE_FINAL_TYPE (FlLedgerName, fl_ledger_name, G_TYPE_OBJECT)

enum { PROP_0, PROP_NAME, N_PROPS };

static GParamSpec *properties[N_PROPS];

static void
fl_ledger_name_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FlLedgerName *self = FL_LEDGER_NAME (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_ledger_name_finalize (GObject *object)
{
  g_free (FL_LEDGER_NAME (object)->name);

  G_OBJECT_CLASS (fl_ledger_name_parent_class)->finalize (object);
}

static void
fl_ledger_name_class_init (FlLedgerNameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fl_ledger_name_get_property;
  object_class->finalize = fl_ledger_name_finalize;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_ledger_name_init (FlLedgerName *self)
{
}

FlLedgerName *
fl_ledger_name_new (gint64      id,
                    const char *name)
{
  FlLedgerName *self = g_object_new (FL_TYPE_LEDGER_NAME, NULL);

  self->id = id;
  self->name = g_strdup (name);
  return self;
}

gint64
fl_ledger_name_get_id (FlLedgerName *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_NAME (self), 0);

  return self->id;
}

const char *
fl_ledger_name_get_name (FlLedgerName *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_NAME (self), NULL);

  return self->name;
}
