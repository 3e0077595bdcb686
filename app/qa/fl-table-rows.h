/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Rows of a long table (a GListStore behind a GtkColumnView) that change
 * all at once, as a month's 300 agents do. A table nobody sees is filled
 * when it is shown; one on screen is replaced in place, a batch of rows
 * per turn of the main loop, so that the window answers meanwhile. */

/* Lets rows given to fl_table_rows_set() wait until @view is shown. Once per view. */
void fl_table_rows_track (GtkWidget  *view,
                          GListStore *store);
/* @store's rows become @rows (none when NULL): now if @view is shown or
 * there are none, else when it is shown. */
void fl_table_rows_set   (GtkWidget  *view,
                          GListStore *store,
                          GListModel *rows);

G_END_DECLS
