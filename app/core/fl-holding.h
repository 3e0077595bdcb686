/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-ledger-rules.h"

G_BEGIN_DECLS

/* What a person holds of one item: an asset by its tag, or a quantity of a
 * consumable. */
typedef struct
{
  gint64         staff_id;
  gint64         item_id;
  char          *item_name;
  gint64         asset_id;     /* 0: a consumable */
  char          *asset_tag;    /* or NULL */
  FlAssetStatus  status;       /* an asset's: issued or on loan */
  int            quantity;
  char          *since;        /* UTC ISO-8601: when they last received some */
} FlHoldingFields;

#define FL_TYPE_HOLDING (fl_holding_get_type ())
G_DECLARE_FINAL_TYPE (FlHolding, fl_holding, FL, HOLDING, GObject)

/* Copies @fields. */
FlHolding             *fl_holding_new        (const FlHoldingFields *fields);
const FlHoldingFields *fl_holding_get_fields (FlHolding             *self);

G_END_DECLS
