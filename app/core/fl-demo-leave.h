/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"

G_BEGIN_DECLS

/* Private to the demo: leave requests in every state, dated from today —
 * waiting for a lead, waiting for the head, approved and to come, on leave
 * today, to report back, back late, rejected. After the rosters, whose
 * days the approved ones take. Does nothing when a request exists. */
gboolean fl_demo_leave_add (FlDatabase  *database,
                            GError     **error);

G_END_DECLS
