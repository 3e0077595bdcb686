/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_LEDGER_PANEL (fl_ledger_panel_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerPanel, fl_ledger_panel, FL, LEDGER_PANEL, AdwBin)

GtkWidget *fl_ledger_panel_new (FlDatabase *database,
                                FlSession  *session);

G_END_DECLS
