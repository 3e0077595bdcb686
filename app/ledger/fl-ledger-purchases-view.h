/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_PURCHASES_VIEW (fl_ledger_purchases_view_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerPurchasesView, fl_ledger_purchases_view, FL, LEDGER_PURCHASES_VIEW, AdwBin)

/* What the store is buying (集中申购), by item so that those of one item
 * are ordered together; an administrator marks them ordered and received.
 * Emits "changed" (a message for a toast) after it changed the ledger. */
void fl_ledger_purchases_view_set_up  (FlLedgerPurchasesView *self,
                                       FlLedgerService       *service,
                                       FlSession             *session,
                                       AdwToastOverlay       *toasts);
void fl_ledger_purchases_view_refresh (FlLedgerPurchasesView *self);

G_END_DECLS
