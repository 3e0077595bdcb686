/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_STAFF_PANEL (fl_staff_panel_get_type ())
G_DECLARE_FINAL_TYPE (FlStaffPanel, fl_staff_panel, FL, STAFF_PANEL, AdwBin)

GtkWidget *fl_staff_panel_new (FlDatabase *database,
                               FlSession  *session);

G_END_DECLS
