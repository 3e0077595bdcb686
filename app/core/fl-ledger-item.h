/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_ITEM_ASSET,        /* tracked one by one, by tag */
  FL_ITEM_CONSUMABLE,   /* counted by quantity */
} FlItemKind;

/* An item of the catalog, with the store's stock of it. */
typedef struct
{
  gint64      id;
  FlItemKind  kind;
  char       *name;
  gint64      category_id;    /* 0: none */
  char       *category;       /* or NULL */
  char       *unit;           /* a consumable's: "ream", "box"; "" for assets */
  int         reorder_level;  /* a consumable's; 0: none */
  gboolean    loanable;       /* an asset lent (借用) rather than issued */
  gboolean    active;
  int         on_hand;        /* in the store */
} FlLedgerItemFields;

#define FL_TYPE_LEDGER_ITEM (fl_ledger_item_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerItem, fl_ledger_item, FL, LEDGER_ITEM, GObject)

/* Copies @fields. */
FlLedgerItem             *fl_ledger_item_new         (const FlLedgerItemFields *fields);
const FlLedgerItemFields *fl_ledger_item_get_fields  (FlLedgerItem             *self);
/* A consumable at or under its reorder level. */
gboolean                  fl_ledger_item_needs_order (FlLedgerItem             *self);

/* What the store has of it: "12 ream in the store", "3 in the store". */
char                     *fl_ledger_item_describe_stock (FlLedgerItem          *self);

G_END_DECLS
