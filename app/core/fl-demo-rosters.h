/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"

G_BEGIN_DECLS

/* Private to the demo: each team's rosters. This month published on the
 * heating season's rotation, with a swap waiting for the department head;
 * next month a draft that breaks the rest rule and the days-in-a-row rule
 * once each; and the forecast that coverage is measured against. Does
 * nothing when a roster exists. */
gboolean fl_demo_rosters_add (FlDatabase  *database,
                              GError     **error);

G_END_DECLS
