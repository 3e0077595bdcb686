/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_LOANS_VIEW (fl_ledger_loans_view_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerLoansView, fl_ledger_loans_view, FL, LEDGER_LOANS_VIEW, AdwBin)

/* The loans still out (借用), the most overdue first and highlighted; an
 * administrator lends and takes back here. Emits "changed" (a message for
 * a toast) after it changed the ledger. */
void fl_ledger_loans_view_set_up  (FlLedgerLoansView *self,
                                   FlDatabase        *database,
                                   FlLedgerService   *service,
                                   FlSession         *session,
                                   AdwToastOverlay   *toasts);
void fl_ledger_loans_view_refresh (FlLedgerLoansView *self);

G_END_DECLS
