/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_MOVEMENTS_DIALOG (fl_ledger_movements_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerMovementsDialog, fl_ledger_movements_dialog, FL, LEDGER_MOVEMENTS_DIALOG, FlFormDialog)

/* Asks for the days of a movements report, this month's so far at first;
 * "saved" once both are real days in order. */
GtkWidget  *fl_ledger_movements_dialog_new       (GtkWidget               *parent);
/* The days chosen, YYYY-MM-DD. */
const char *fl_ledger_movements_dialog_get_first (FlLedgerMovementsDialog *self);
const char *fl_ledger_movements_dialog_get_last  (FlLedgerMovementsDialog *self);

G_END_DECLS
