/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-report-table.h"

G_BEGIN_DECLS

/* The month's QA table (a GListModel of FlQaMonthResult) as a report,
 * headed in the UI's language, to print or save as a PDF. */
FlReportTable *fl_qa_month_table_new    (GListModel *results,
                                         const char *title,
                                         const char *subtitle);
/* The same table as a CSV file for a spreadsheet. */
GBytes        *fl_qa_month_table_to_csv (GListModel *results);

G_END_DECLS
