/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A movement of the ledger (台账). */
typedef enum
{
  FL_MOVEMENT_RECEIVE,       /* into the store: bought, or a new asset */
  FL_MOVEMENT_ISSUE,         /* from the store to a person (领用) */
  FL_MOVEMENT_RETURN,        /* from a person back to the store */
  FL_MOVEMENT_LOAN_OUT,      /* an asset lent to a person (借用) */
  FL_MOVEMENT_LOAN_BACK,     /* and given back */
  FL_MOVEMENT_ADJUST,        /* a stocktake's difference (盘点) */
  FL_MOVEMENT_WRITE_OFF,     /* lost, broken beyond repair, used up: from the store or a person */
  FL_MOVEMENT_TRANSFER,      /* from one person to another */
  FL_MOVEMENT_REPAIR_OUT,    /* an asset sent to maintenance */
  FL_MOVEMENT_REPAIR_BACK,   /* and back in the store */
  FL_MOVEMENT_REVERSAL,      /* undoes one earlier entry */
} FlMovement;

#define FL_MOVEMENT_COUNT (FL_MOVEMENT_REVERSAL + 1)

/* Where an asset is. */
typedef enum
{
  FL_ASSET_AVAILABLE,   /* in the store */
  FL_ASSET_ISSUED,      /* held by a person */
  FL_ASSET_ON_LOAN,     /* lent to a person */
  FL_ASSET_IN_REPAIR,
  FL_ASSET_RETIRED,     /* written off */
} FlAssetStatus;

/* What one entry changes: the store's stock and the person's holding. */
typedef struct
{
  int stock;
  int held;
} FlMovementChanges;

/* The changes of @movement of @quantity (> 0; for an adjustment, signed
 * and not 0): @from_person is a write-off of what a person holds rather
 * than of the store's. FALSE for a movement that moves nothing by itself
 * (a transfer, a reversal: see the service). */
gboolean       fl_movement_changes         (FlMovement         movement,
                                            int                quantity,
                                            gboolean           from_person,
                                            FlMovementChanges *changes);
/* Whether @movement applies to an asset in @status, and the status after;
 * a consumable has none. A receive is an asset's first entry. */
gboolean       fl_asset_status_after       (FlAssetStatus      status,
                                            FlMovement         movement,
                                            FlAssetStatus     *after);
/* Whether @movement concerns a person (who receives, holds or gives back). */
gboolean       fl_movement_needs_person    (FlMovement         movement);

/* As the database writes them, and back (-1 for anything else). */
const char    *fl_movement_to_string       (FlMovement         movement);
int            fl_movement_from_string     (const char        *text);
const char    *fl_asset_status_to_string   (FlAssetStatus      status);
int            fl_asset_status_from_string (const char        *text);

G_END_DECLS
