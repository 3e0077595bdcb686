/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_SUPPLY_REQUEST_DIALOG (fl_supply_request_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlSupplyRequestDialog, fl_supply_request_dialog, FL, SUPPLY_REQUEST_DIALOG, FlFormDialog)

/* Files a request for supplies (申领) for the team or one of @people
 * (FlStaffMember): how many of each item of @items (FlLedgerItem), and why. */
GtkWidget *fl_supply_request_dialog_new (GtkWidget       *parent,
                                         FlLedgerService *service,
                                         FlSession       *actor,
                                         GListModel      *people,
                                         GListModel      *items);

G_END_DECLS
