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

G_END_DECLS
