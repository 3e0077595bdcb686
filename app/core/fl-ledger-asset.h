/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-ledger-rules.h"

G_BEGIN_DECLS

/* One asset of an item, by its tag, and where it is. */
typedef struct
{
  gint64         id;
  gint64         item_id;
  char          *tag;             /* "HS-0012" */
  char          *serial_number;
  char          *model;
  char          *location;        /* or NULL */
  int            condition;       /* an FlCondition */
  FlAssetStatus  status;
  gint64         holder_id;       /* who has it, issued or on loan; or 0 */
  char          *holder_name;     /* or NULL */
} FlLedgerAssetFields;

#define FL_TYPE_LEDGER_ASSET (fl_ledger_asset_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerAsset, fl_ledger_asset, FL, LEDGER_ASSET, GObject)

/* Copies @fields. */
FlLedgerAsset             *fl_ledger_asset_new        (const FlLedgerAssetFields *fields);
const FlLedgerAssetFields *fl_ledger_asset_get_fields (FlLedgerAsset             *self);

/* Where an asset in @status is, for a list: "In the store", "On loan". */
const char                *fl_asset_status_describe   (FlAssetStatus              status);

/* Its model, serial number and location, as far as known: "Jabra Evolve
 * 40 · S/N HS240037 · Store room". */
char                      *fl_ledger_asset_describe_details (FlLedgerAsset     *self);

G_END_DECLS
