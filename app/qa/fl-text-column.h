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

/* The fields struct of a row's item (an FlComplaintFields, say). */
typedef gconstpointer (*FlFieldsFunc) (gpointer item);

/* Appends a column showing one string of each row's fields struct: the
 * `char *` member at @string_offset (G_STRUCT_OFFSET) of what @fields_func
 * returns. */
GtkColumnViewColumn *fl_text_column_add_field (GtkColumnView *view,
                                               const char    *title,
                                               FlFieldsFunc   fields_func,
                                               gsize          string_offset);

G_END_DECLS
