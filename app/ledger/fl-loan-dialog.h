/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"
#include "fl-form-dialog.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LOAN_DIALOG (fl_loan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLoanDialog, fl_loan_dialog, FL, LOAN_DIALOG, FlFormDialog)

/* Lends a loanable asset in the store (借用) to a person until a day, for
 * a purpose. */
GtkWidget *fl_loan_dialog_new (GtkWidget       *parent,
                               FlDatabase      *database,
                               FlLedgerService *service,
                               FlSession       *actor);

G_END_DECLS
