/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-ledger-rules.h"
#include "fl-strings.h"

static const char * const movement_names[] = {
  "receive", "issue", "return", "loan_out", "loan_back", "adjust", "write_off", "transfer", "repair_out",
  "repair_back", "reversal",
};

static const char * const status_names[] = {
  "available", "issued", "on_loan", "in_repair", "retired",
};

G_STATIC_ASSERT (G_N_ELEMENTS (movement_names) == FL_MOVEMENT_COUNT);
G_STATIC_ASSERT (G_N_ELEMENTS (status_names) == FL_ASSET_RETIRED + 1);

gboolean
fl_movement_changes (FlMovement         movement,
                     int                quantity,
                     gboolean           from_person,
                     FlMovementChanges *changes)
{
  g_return_val_if_fail (changes != NULL, FALSE);

  changes->stock = changes->held = 0;
  if (movement == FL_MOVEMENT_ADJUST ? quantity == 0 : quantity <= 0)
    return FALSE;
  switch (movement)
    {
    case FL_MOVEMENT_RECEIVE:
    case FL_MOVEMENT_REPAIR_BACK:
      changes->stock = quantity;
      return TRUE;
    case FL_MOVEMENT_REPAIR_OUT:
      changes->stock = -quantity;
      return TRUE;
    case FL_MOVEMENT_ISSUE:
    case FL_MOVEMENT_LOAN_OUT:
      changes->stock = -quantity;
      changes->held = quantity;
      return TRUE;
    case FL_MOVEMENT_RETURN:
    case FL_MOVEMENT_LOAN_BACK:
      changes->stock = quantity;
      changes->held = -quantity;
      return TRUE;
    case FL_MOVEMENT_ADJUST:
      changes->stock = quantity;
      return TRUE;
    case FL_MOVEMENT_WRITE_OFF:
      if (from_person)
        changes->held = -quantity;
      else
        changes->stock = -quantity;
      return TRUE;
    case FL_MOVEMENT_TRANSFER:
    case FL_MOVEMENT_REVERSAL:
    default:
      return FALSE;
    }
}

gboolean
fl_asset_status_after (FlAssetStatus  status,
                       FlMovement     movement,
                       FlAssetStatus *after)
{
  FlAssetStatus next;

  switch (movement)
    {
    case FL_MOVEMENT_ISSUE:
      next = status == FL_ASSET_AVAILABLE ? FL_ASSET_ISSUED : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_RETURN:
      next = status == FL_ASSET_ISSUED ? FL_ASSET_AVAILABLE : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_LOAN_OUT:
      next = status == FL_ASSET_AVAILABLE ? FL_ASSET_ON_LOAN : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_LOAN_BACK:
      next = status == FL_ASSET_ON_LOAN ? FL_ASSET_AVAILABLE : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_REPAIR_OUT:
      next = status == FL_ASSET_AVAILABLE ? FL_ASSET_IN_REPAIR : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_REPAIR_BACK:
      next = status == FL_ASSET_IN_REPAIR ? FL_ASSET_AVAILABLE : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_WRITE_OFF:
      next = status != FL_ASSET_RETIRED ? FL_ASSET_RETIRED : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_TRANSFER:
      next = status == FL_ASSET_ISSUED ? FL_ASSET_ISSUED : (FlAssetStatus) -1;
      break;
    case FL_MOVEMENT_RECEIVE:
    case FL_MOVEMENT_ADJUST:
    case FL_MOVEMENT_REVERSAL:
    default:
      next = (FlAssetStatus) -1;
      break;
    }
  if ((int) next < 0)
    return FALSE;
  if (after != NULL)
    *after = next;
  return TRUE;
}

gboolean
fl_movement_needs_person (FlMovement movement)
{
  return movement == FL_MOVEMENT_ISSUE || movement == FL_MOVEMENT_RETURN || movement == FL_MOVEMENT_LOAN_OUT ||
         movement == FL_MOVEMENT_LOAN_BACK || movement == FL_MOVEMENT_TRANSFER;
}

const char *
fl_movement_to_string (FlMovement movement)
{
  g_return_val_if_fail ((guint) movement < FL_MOVEMENT_COUNT, NULL);

  return movement_names[movement];
}

int
fl_movement_from_string (const char *text)
{
  return fl_strings_index (movement_names, G_N_ELEMENTS (movement_names), text);
}

const char *
fl_asset_status_to_string (FlAssetStatus status)
{
  g_return_val_if_fail ((guint) status <= FL_ASSET_RETIRED, NULL);

  return status_names[status];
}

int
fl_asset_status_from_string (const char *text)
{
  return fl_strings_index (status_names, G_N_ELEMENTS (status_names), text);
}
