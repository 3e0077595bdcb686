/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-roster.h"
#include "fl-session.h"
#include "fl-swap.h"

G_BEGIN_DECLS

#define FL_TYPE_SWAP_SERVICE (fl_swap_service_get_type ())
G_DECLARE_FINAL_TYPE (FlSwapService, fl_swap_service, FL, SWAP_SERVICE, GObject)

FlSwapService *fl_swap_service_new    (FlDatabase     *database);

/* The team's lead asks for a swap (换班) on a published roster: the two
 * agents exchange their cells on @first_day and on @second_day. Refused,
 * saying why, when the handbook does not allow it: more swaps for either
 * agent this month than Preferences allow (2), a shift right after
 * another or any other hard rule broken because of the swap, or more
 * people swapped out or on leave on a day than allowed (1). Returns the
 * swap's id, or 0. */
gint64         fl_swap_service_file   (FlSwapService  *self,
                                       FlSession      *actor,
                                       FlRoster       *roster,
                                       guint           first_agent,
                                       guint           first_day,
                                       guint           second_agent,
                                       guint           second_day,
                                       const char     *reason,
                                       GError        **error);
/* The department head approves (checked again, the roster changed and
 * audited, the cells marked with the swap) or rejects with a comment. */
gboolean       fl_swap_service_decide (FlSwapService  *self,
                                       FlSession      *actor,
                                       FlRoster       *roster,
                                       gint64          swap_id,
                                       gboolean        approve,
                                       const char     *comment,
                                       GError        **error);
/* The roster's swaps, oldest first: GListModel of FlSwap. */
GListModel    *fl_swap_service_list   (FlSwapService  *self,
                                       FlSession      *actor,
                                       FlRoster       *roster,
                                       GError        **error);

/* Swaps waiting for the department head across the center: the sidebar's
 * badge. 0 for anyone who does not decide on swaps. */
guint          fl_swap_service_count_pending (FlSwapService *self,
                                              FlSession     *actor,
                                              GError       **error);

G_END_DECLS
