/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_ITEM_DIALOG (fl_ledger_item_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerItemDialog, fl_ledger_item_dialog, FL, LEDGER_ITEM_DIALOG, AdwWindow)

/* @item's page: its assets and its ledger entries. An administrator undoes
 * an entry here; the dialog then emits "changed" with what was done. */
GtkWidget *fl_ledger_item_dialog_new (GtkWidget       *parent,
                                      FlLedgerService *service,
                                      FlSession       *actor,
                                      FlLedgerItem    *item);

G_END_DECLS
