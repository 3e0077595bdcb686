/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-player.h"

G_BEGIN_DECLS

#define FL_TYPE_PLAYER_BAR (fl_player_bar_get_type ())
G_DECLARE_FINAL_TYPE (FlPlayerBar, fl_player_bar, FL, PLAYER_BAR, GtkWidget)

GtkWidget *fl_player_bar_new              (void);
void       fl_player_bar_set_player       (FlPlayerBar *self,
                                           FlPlayer    *player);
void       fl_player_bar_set_skip_seconds (FlPlayerBar *self,
                                           guint        skip_seconds,
                                           guint        long_skip_seconds);
void       fl_player_bar_show_message     (FlPlayerBar *self,
                                           const char  *message,
                                           gboolean     is_error);

G_END_DECLS
