/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-player.h"

G_BEGIN_DECLS

#define FL_TYPE_MPRIS (fl_mpris_get_type ())
G_DECLARE_FINAL_TYPE (FlMpris, fl_mpris, FL, MPRIS, GObject)

/* Media keys and the desktop's media controls reach the call player
 * through MPRIS (org.mpris.MediaPlayer2) on the session bus. */
FlMpris *fl_mpris_new        (GDBusConnection *connection,
                              const char      *bus_name_suffix,
                              const char      *identity,
                              const char      *desktop_entry);
void     fl_mpris_set_player (FlMpris         *self,
                              FlPlayer        *player,
                              const char      *title);

G_END_DECLS
