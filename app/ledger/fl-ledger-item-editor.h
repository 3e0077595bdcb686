/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_ITEM_EDITOR (fl_ledger_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerItemEditor, fl_ledger_item_editor, FL, LEDGER_ITEM_EDITOR, FlFormDialog)

/* Adds an item to the catalog, or changes @item (NULL: a new one); "saved"
 * with its id. */
GtkWidget *fl_ledger_item_editor_new (GtkWidget       *parent,
                                      FlLedgerService *service,
                                      FlSession       *actor,
                                      FlLedgerItem    *item);

G_END_DECLS
