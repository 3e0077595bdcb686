/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

#define FL_TYPE_HOLDINGS_DIALOG (fl_holdings_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlHoldingsDialog, fl_holdings_dialog, FL, HOLDINGS_DIALOG, AdwWindow)

/* What @staff_id (@name) holds of the center: issued, and on loan with the
 * day it is due. An administrator records each line returned or written
 * off here. With @departing it is the recovery checklist (离职回收): the
 * person is marked as departed once nothing is left, or by an
 * administrator's override with a reason; "departed" is emitted then. */
GtkWidget *fl_holdings_dialog_new (GtkWidget  *parent,
                                   FlDatabase *database,
                                   FlSession  *actor,
                                   gint64      staff_id,
                                   const char *name,
                                   gboolean    departing);

G_END_DECLS
