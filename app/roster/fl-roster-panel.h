/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_ROSTER_PANEL (fl_roster_panel_get_type ())
G_DECLARE_FINAL_TYPE (FlRosterPanel, fl_roster_panel, FL, ROSTER_PANEL, AdwBin)

GtkWidget *fl_roster_panel_new    (FlDatabase    *database,
                                   FlSession     *session);
void       fl_roster_panel_reload (FlRosterPanel *self);

G_END_DECLS
