/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The month's QA table (a GListModel of FlQaMonthResult) as a CSV file
 * for a spreadsheet, headed in the UI's language. */
GBytes *fl_qa_month_table_to_csv (GListModel *results);

G_END_DECLS
