/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-ledger-item.h"

struct _FlLedgerItem
{
  GObject            parent_instance;

  FlLedgerItemFields fields;
};

G_DEFINE_FINAL_TYPE (FlLedgerItem, fl_ledger_item, G_TYPE_OBJECT)

static void
fl_ledger_item_finalize (GObject *object)
{
  FlLedgerItem *self = FL_LEDGER_ITEM (object);

  g_free (self->fields.name);
  g_free (self->fields.category);
  g_free (self->fields.unit);

  G_OBJECT_CLASS (fl_ledger_item_parent_class)->finalize (object);
}

static void
fl_ledger_item_class_init (FlLedgerItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_ledger_item_finalize;
}

static void
fl_ledger_item_init (FlLedgerItem *self)
{
}

FlLedgerItem *
fl_ledger_item_new (const FlLedgerItemFields *fields)
{
  FlLedgerItem *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_LEDGER_ITEM, NULL);
  self->fields = *fields;
  self->fields.name = g_strdup (fields->name);
  self->fields.category = g_strdup (fields->category);
  self->fields.unit = g_strdup (fields->unit ? fields->unit : "");
  return self;
}

const FlLedgerItemFields *
fl_ledger_item_get_fields (FlLedgerItem *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_ITEM (self), NULL);

  return &self->fields;
}

gboolean
fl_ledger_item_needs_order (FlLedgerItem *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_ITEM (self), FALSE);

  return self->fields.kind == FL_ITEM_CONSUMABLE && self->fields.reorder_level > 0 &&
         self->fields.on_hand <= self->fields.reorder_level;
}

char *
fl_ledger_item_describe_stock (FlLedgerItem *self)
{
  const FlLedgerItemFields *fields;

  g_return_val_if_fail (FL_IS_LEDGER_ITEM (self), NULL);

  fields = &self->fields;
  if (fields->kind == FL_ITEM_CONSUMABLE && fields->unit != NULL && *fields->unit != '\0')
    /* Translators: a consumable's stock and its unit ("12 ream") */
    return g_strdup_printf (_("%1$d %2$s in the store"), fields->on_hand, fields->unit);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d in the store", "%d in the store", fields->on_hand),
                          fields->on_hand);
}
