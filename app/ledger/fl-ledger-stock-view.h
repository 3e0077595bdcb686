/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_STOCK_VIEW (fl_ledger_stock_view_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerStockView, fl_ledger_stock_view, FL, LEDGER_STOCK_VIEW, AdwBin)

/* The catalog with the store's stock, found by name and filtered by kind;
 * each item opens its page. Emits "changed" (a message for a toast, or
 * NULL) after it changed the ledger. */
void fl_ledger_stock_view_set_up (FlLedgerStockView *self,
                                  FlLedgerService   *service,
                                  FlSession         *session,
                                  AdwToastOverlay   *toasts);
void fl_ledger_stock_view_refresh (FlLedgerStockView *self);

G_END_DECLS
