/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-ledger-rules.h"

G_BEGIN_DECLS

/* One entry of the ledger (台账), as it was written. */
typedef struct
{
  gint64      id;
  char       *at;            /* UTC ISO-8601 */
  FlMovement  movement;
  gint64      item_id;
  char       *item_name;
  gint64      asset_id;      /* 0: a consumable */
  char       *asset_tag;     /* or NULL */
  int         stock_change;
  int         held_change;
  gint64      staff_id;      /* 0: nobody's */
  char       *staff_name;    /* or NULL */
  gint64      reverses_id;   /* the entry a reversal undoes, or 0 */
  gboolean    reversed;      /* undone by a later reversal */
  char       *reason;
  char       *recorded_by;   /* a display name */
} FlLedgerEntryFields;

#define FL_TYPE_LEDGER_ENTRY (fl_ledger_entry_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerEntry, fl_ledger_entry, FL, LEDGER_ENTRY, GObject)

/* Copies @fields. */
FlLedgerEntry             *fl_ledger_entry_new        (const FlLedgerEntryFields *fields);
const FlLedgerEntryFields *fl_ledger_entry_get_fields (FlLedgerEntry             *self);

/* What @movement was, for a report or a list: "Issued", "Back from loan". */
const char                *fl_movement_describe       (FlMovement                 movement);

G_END_DECLS
