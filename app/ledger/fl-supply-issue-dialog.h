/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_SUPPLY_ISSUE_DIALOG (fl_supply_issue_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlSupplyIssueDialog, fl_supply_issue_dialog, FL, SUPPLY_ISSUE_DIALOG, FlFormDialog)

/* Issues what approved @line asks for from the store: how many of a
 * consumable, or which assets by their tags. */
GtkWidget *fl_supply_issue_dialog_new (GtkWidget       *parent,
                                       FlLedgerService *service,
                                       FlSession       *actor,
                                       FlSupplyLine    *line);

G_END_DECLS
