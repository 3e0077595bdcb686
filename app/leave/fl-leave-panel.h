/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_PANEL (fl_leave_panel_get_type ())
G_DECLARE_FINAL_TYPE (FlLeavePanel, fl_leave_panel, FL, LEAVE_PANEL, AdwBin)

GtkWidget *fl_leave_panel_new (FlDatabase *database,
                               FlSession  *session);

/* Reads the requests and the calendar again (after Preferences). */
void       fl_leave_panel_reload (FlLeavePanel *self);

G_END_DECLS
