/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-application.h"
#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_WINDOW (fl_window_get_type ())
G_DECLARE_FINAL_TYPE (FlWindow, fl_window, FL, WINDOW, AdwApplicationWindow)

FlWindow   *fl_window_new          (FlApplication *application,
                                    FlDatabase    *database,
                                    const GError  *open_error);
FlDatabase *fl_window_get_database (FlWindow      *self);
FlSession  *fl_window_get_session  (FlWindow      *self);
void        fl_window_reload_preferences (FlWindow  *self);

G_END_DECLS
