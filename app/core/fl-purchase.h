/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-ledger-item.h"

G_BEGIN_DECLS

typedef enum
{
  FL_PURCHASE_REQUESTED,   /* what the store lacks, to be bought with the others' (集中申购) */
  FL_PURCHASE_ORDERED,
  FL_PURCHASE_RECEIVED,
} FlPurchaseState;

/* A purchase of one item for a request line. */
typedef struct
{
  gint64           id;
  gint64           item_id;
  char            *item_name;
  FlItemKind       kind;
  char            *unit;
  int              quantity;
  FlPurchaseState  state;
  gint64           request_line_id;   /* or 0 */
  char            *for_name;          /* whom the line is for, or NULL */
  char            *created_at;        /* UTC ISO-8601 */
  char            *ordered_at;        /* or NULL */
  char            *received_at;       /* or NULL */
} FlPurchaseFields;

#define FL_TYPE_PURCHASE (fl_purchase_get_type ())
G_DECLARE_FINAL_TYPE (FlPurchase, fl_purchase, FL, PURCHASE, GObject)

/* Copies @fields. */
FlPurchase             *fl_purchase_new        (const FlPurchaseFields *fields);
const FlPurchaseFields *fl_purchase_get_fields (FlPurchase             *self);

G_END_DECLS
