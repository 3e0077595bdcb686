/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_CATALOG_DIALOG (fl_ledger_catalog_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerCatalogDialog, fl_ledger_catalog_dialog, FL, LEDGER_CATALOG_DIALOG, AdwWindow)

/* An administrator adds and renames categories and locations; "changed"
 * after each. */
GtkWidget *fl_ledger_catalog_dialog_new (GtkWidget       *parent,
                                         FlLedgerService *service,
                                         FlSession       *actor);

G_END_DECLS
