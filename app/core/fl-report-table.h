/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A printable report: a title and subtitle, a few facts ("QA points: 32"),
 * and a table. The same report becomes a CSV file for a spreadsheet, a
 * PDF and a printout, so the three always agree. */
#define FL_TYPE_REPORT_TABLE (fl_report_table_get_type ())
G_DECLARE_FINAL_TYPE (FlReportTable, fl_report_table, FL, REPORT_TABLE, GObject)

FlReportTable *fl_report_table_new          (const char    *title,
                                             const char    *subtitle);
/* A wide table (a month's days) prints on landscape pages. */
void           fl_report_table_set_landscape (FlReportTable *self,
                                             gboolean       landscape);
gboolean       fl_report_table_get_landscape (FlReportTable *self);
void           fl_report_table_add_fact     (FlReportTable *self,
                                             const char    *label,
                                             const char    *value);
void           fl_report_table_add_column   (FlReportTable *self,
                                             const char    *heading,
                                             gboolean       numeric);
/* Cells fill the current row from the left; NULL or NAN is an empty cell. */
void           fl_report_table_add_text     (FlReportTable *self,
                                             const char    *text);
void           fl_report_table_add_number   (FlReportTable *self,
                                             double         value,
                                             guint          digits);
void           fl_report_table_end_row      (FlReportTable *self);

const char    *fl_report_table_get_title    (FlReportTable *self);
const char    *fl_report_table_get_subtitle (FlReportTable *self);
guint          fl_report_table_get_n_facts  (FlReportTable *self);
const char    *fl_report_table_get_fact     (FlReportTable *self,
                                             guint          index,
                                             const char   **value);
guint          fl_report_table_get_n_columns (FlReportTable *self);
const char    *fl_report_table_get_heading  (FlReportTable *self,
                                             guint          column);
gboolean       fl_report_table_is_numeric   (FlReportTable *self,
                                             guint          column);
guint          fl_report_table_get_n_rows   (FlReportTable *self);
/* The cell as shown: "" when empty. */
const char    *fl_report_table_get_cell     (FlReportTable *self,
                                             guint          row,
                                             guint          column);

/* The title and subtitle, the facts, a blank line, then the table with its headings: UTF-8 with a
 * BOM, formula-safe (see FlCsvWriter); numbers stay numbers. */
GBytes        *fl_report_table_to_csv       (FlReportTable *self);

G_END_DECLS
