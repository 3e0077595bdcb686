/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Rows made in code in an AdwPreferencesGroup that is filled again and
 * again (a list of requests, a year's statement): the group keeps them
 * to take them out. */
void fl_group_rows_clear (AdwPreferencesGroup *group);
void fl_group_rows_add   (AdwPreferencesGroup *group,
                          GtkWidget           *row);

/* A flat pencil button at the end of @row that opens @item to change it:
 * @label is its tooltip and its name to a screen reader; clicking calls
 * @clicked (@owner, @item). */
typedef void (*FlGroupRowsEditFunc) (gpointer owner,
                                     gpointer item);

void fl_group_rows_add_edit_button (AdwActionRow        *row,
                                    const char          *label,
                                    GObject             *item,
                                    FlGroupRowsEditFunc  clicked,
                                    gpointer             owner);

G_END_DECLS
