/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The staff dialogs pick a team, a department or a person from a GtkDropDown
 * whose first entry may mean "none". These helpers fill such a dropdown from
 * a core list and map its selection back to a row id. */
GArray *fl_staff_dropdown_fill   (GtkDropDown *dropdown,
                                  const char  *none_label,
                                  GListModel  *items,
                                  gint64       selected_id,
                                  const char  *selected_label);
gint64  fl_staff_dropdown_get_id (GtkDropDown *dropdown,
                                  GArray      *ids);

G_END_DECLS
