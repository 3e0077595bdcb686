/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The text of one cell: a new string, or NULL for an empty cell. */
typedef char *(*FlTextColumnFunc) (gpointer item);

/* Appends a column whose cells are labels set by @text_func from the
 * row's item; numbers are right-aligned in tabular figures. */
GtkColumnViewColumn *fl_text_column_add (GtkColumnView    *view,
                                         const char       *title,
                                         FlTextColumnFunc  text_func,
                                         gboolean          numeric);

G_END_DECLS
