/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-report-table.h"

G_BEGIN_DECLS

#define FL_TYPE_REPORT_WINDOW (fl_report_window_get_type ())
G_DECLARE_FINAL_TYPE (FlReportWindow, fl_report_window, FL, REPORT_WINDOW, AdwWindow)

GtkWidget *fl_report_window_new (GtkWidget     *parent,
                                 FlReportTable *table,
                                 const char    *file_name);

G_END_DECLS
