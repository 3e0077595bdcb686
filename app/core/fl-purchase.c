/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-purchase.h"

struct _FlPurchase
{
  GObject          parent_instance;

  FlPurchaseFields fields;
};

G_DEFINE_FINAL_TYPE (FlPurchase, fl_purchase, G_TYPE_OBJECT)

static void
fl_purchase_finalize (GObject *object)
{
  FlPurchase *self = FL_PURCHASE (object);

  g_free (self->fields.item_name);
  g_free (self->fields.unit);
  g_free (self->fields.for_name);
  g_free (self->fields.created_at);
  g_free (self->fields.ordered_at);
  g_free (self->fields.received_at);

  G_OBJECT_CLASS (fl_purchase_parent_class)->finalize (object);
}

static void
fl_purchase_class_init (FlPurchaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_purchase_finalize;
}

static void
fl_purchase_init (FlPurchase *self)
{
}

FlPurchase *
fl_purchase_new (const FlPurchaseFields *fields)
{
  FlPurchase *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_PURCHASE, NULL);
  self->fields = *fields;
  self->fields.item_name = g_strdup (fields->item_name);
  self->fields.unit = g_strdup (fields->unit ? fields->unit : "");
  self->fields.for_name = g_strdup (fields->for_name);
  self->fields.created_at = g_strdup (fields->created_at);
  self->fields.ordered_at = g_strdup (fields->ordered_at);
  self->fields.received_at = g_strdup (fields->received_at);
  return self;
}

const FlPurchaseFields *
fl_purchase_get_fields (FlPurchase *self)
{
  g_return_val_if_fail (FL_IS_PURCHASE (self), NULL);

  return &self->fields;
}
