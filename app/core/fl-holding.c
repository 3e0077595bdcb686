/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-holding.h"

struct _FlHolding
{
  GObject         parent_instance;

  FlHoldingFields fields;
};

G_DEFINE_FINAL_TYPE (FlHolding, fl_holding, G_TYPE_OBJECT)

static void
fl_holding_finalize (GObject *object)
{
  FlHolding *self = FL_HOLDING (object);

  g_free (self->fields.item_name);
  g_free (self->fields.asset_tag);
  g_free (self->fields.since);

  G_OBJECT_CLASS (fl_holding_parent_class)->finalize (object);
}

static void
fl_holding_class_init (FlHoldingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_holding_finalize;
}

static void
fl_holding_init (FlHolding *self)
{
}

FlHolding *
fl_holding_new (const FlHoldingFields *fields)
{
  FlHolding *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_HOLDING, NULL);
  self->fields = *fields;
  self->fields.item_name = g_strdup (fields->item_name);
  self->fields.asset_tag = g_strdup (fields->asset_tag);
  self->fields.since = g_strdup (fields->since);
  return self;
}

const FlHoldingFields *
fl_holding_get_fields (FlHolding *self)
{
  g_return_val_if_fail (FL_IS_HOLDING (self), NULL);

  return &self->fields;
}
