/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FL_TYPE_SWAP_LIST (fl_swap_list_get_type ())
G_DECLARE_FINAL_TYPE (FlSwapList, fl_swap_list, FL, SWAP_LIST, GtkBox)

/* A roster's swaps, newest first, with their state and reason; a pending
 * one offers Approve and Reject to whoever may decide ("decide": the swap's
 * id as gint64, and TRUE to approve). */
GtkWidget *fl_swap_list_new (void);
/* @swaps: GListModel of FlSwap, oldest first. */
void       fl_swap_list_set (FlSwapList *self,
                             GListModel *swaps,
                             gboolean    may_decide);

G_END_DECLS
