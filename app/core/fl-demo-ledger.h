/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"

G_BEGIN_DECLS

/* Private to the demo: the store's catalog (about 30 items: headsets, PCs,
 * training equipment, stationery) and two months of its ledger — stock
 * received, headsets issued to the agents, paper signed out by the leads,
 * a stocktake, a broken headset written off — with requests waiting for
 * the department head and for the store, a purchase to order, an overdue
 * loan, and 周杰 (1008), who is leaving, holding a headset, a locker key,
 * ear cushions and a laptop on loan. After the staff. Does nothing when an item exists. */
gboolean fl_demo_ledger_add (FlDatabase  *database,
                             GError     **error);

G_END_DECLS
