/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-report-table.h"

G_BEGIN_DECLS

/* A report on paper: its title, facts and table laid out on A4 pages
 * with cairo and Pango, the table's headings repeated on each page. */
gboolean fl_report_printer_write_pdf (FlReportTable  *table,
                                      const char     *path,
                                      GError        **error);
/* Opens the print dialog for the report. */
void     fl_report_printer_print     (FlReportTable  *table,
                                      GtkWindow      *parent);

G_END_DECLS
