/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* CSV as spreadsheets open it: UTF-8 with a byte order mark (so Excel
 * reads Chinese right), CRLF line ends, fields quoted when they need it,
 * and formula-safe: a text cell that starts with =, +, - or @ gets a
 * leading apostrophe, so a spreadsheet shows it and never runs it. */
typedef struct _FlCsvWriter FlCsvWriter;

FlCsvWriter *fl_csv_writer_new        (void);
void         fl_csv_writer_free       (FlCsvWriter *self);
/* A text cell. */
void         fl_csv_writer_add_text   (FlCsvWriter *self,
                                       const char  *text);
/* A number with @digits decimals; NAN makes an empty cell. Numbers are
 * never escaped, so a spreadsheet can sum them. */
void         fl_csv_writer_add_number (FlCsvWriter *self,
                                       double       value,
                                       guint        digits);
void         fl_csv_writer_end_row    (FlCsvWriter *self);
/* The whole file, BOM first. */
GBytes      *fl_csv_writer_finish     (FlCsvWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlCsvWriter, fl_csv_writer_free)

G_END_DECLS
