/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-ledger-entry.h"

struct _FlLedgerEntry
{
  GObject             parent_instance;

  FlLedgerEntryFields fields;
};

G_DEFINE_FINAL_TYPE (FlLedgerEntry, fl_ledger_entry, G_TYPE_OBJECT)

static void
fl_ledger_entry_finalize (GObject *object)
{
  FlLedgerEntry *self = FL_LEDGER_ENTRY (object);

  g_free (self->fields.at);
  g_free (self->fields.item_name);
  g_free (self->fields.asset_tag);
  g_free (self->fields.staff_name);
  g_free (self->fields.reason);
  g_free (self->fields.recorded_by);

  G_OBJECT_CLASS (fl_ledger_entry_parent_class)->finalize (object);
}

static void
fl_ledger_entry_class_init (FlLedgerEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_ledger_entry_finalize;
}

static void
fl_ledger_entry_init (FlLedgerEntry *self)
{
}

FlLedgerEntry *
fl_ledger_entry_new (const FlLedgerEntryFields *fields)
{
  FlLedgerEntry *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_LEDGER_ENTRY, NULL);
  self->fields = *fields;
  self->fields.at = g_strdup (fields->at);
  self->fields.item_name = g_strdup (fields->item_name);
  self->fields.asset_tag = g_strdup (fields->asset_tag);
  self->fields.staff_name = g_strdup (fields->staff_name);
  self->fields.reason = g_strdup (fields->reason ? fields->reason : "");
  self->fields.recorded_by = g_strdup (fields->recorded_by);
  return self;
}

const FlLedgerEntryFields *
fl_ledger_entry_get_fields (FlLedgerEntry *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_ENTRY (self), NULL);

  return &self->fields;
}

const char *
fl_movement_describe (FlMovement movement)
{
  switch (movement)
    {
    case FL_MOVEMENT_RECEIVE:
      return C_("movement", "Received");
    case FL_MOVEMENT_ISSUE:
      return C_("movement", "Issued");
    case FL_MOVEMENT_RETURN:
      return C_("movement", "Returned");
    case FL_MOVEMENT_LOAN_OUT:
      return C_("movement", "Lent");
    case FL_MOVEMENT_LOAN_BACK:
      return C_("movement", "Back from loan");
    case FL_MOVEMENT_ADJUST:
      return C_("movement", "Stocktake");
    case FL_MOVEMENT_WRITE_OFF:
      return C_("movement", "Written off");
    case FL_MOVEMENT_TRANSFER:
      return C_("movement", "Transferred");
    case FL_MOVEMENT_REPAIR_OUT:
      return C_("movement", "Sent to repair");
    case FL_MOVEMENT_REPAIR_BACK:
      return C_("movement", "Back from repair");
    case FL_MOVEMENT_REVERSAL:
    default:
      return C_("movement", "Reversal");
    }
}
