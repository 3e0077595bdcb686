/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_STOCKTAKE_DIALOG (fl_stocktake_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlStocktakeDialog, fl_stocktake_dialog, FL, STOCKTAKE_DIALOG, FlFormDialog)

/* A stocktake (盘点) of the consumables of @items (FlLedgerItem): what was
 * counted of each; the differences become adjustment entries. */
GtkWidget *fl_stocktake_dialog_new            (GtkWidget         *parent,
                                               FlLedgerService   *service,
                                               FlSession         *actor,
                                               GListModel        *items);
/* After "saved": how many items differed from the ledger. */
guint      fl_stocktake_dialog_get_n_adjusted (FlStocktakeDialog *self);

G_END_DECLS
