/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-leave-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_EXPORT_DIALOG (fl_leave_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveExportDialog, fl_leave_export_dialog, FL, LEAVE_EXPORT_DIALOG, FlFormDialog)

/* Asks for a range of days (last month to next, at first) and makes the
 * CSV of its requests; "saved" hands it over through
 * fl_leave_export_dialog_get_csv(). */
GtkWidget *fl_leave_export_dialog_new     (GtkWidget           *parent,
                                           FlLeaveService      *service,
                                           FlSession           *actor);
GBytes    *fl_leave_export_dialog_get_csv (FlLeaveExportDialog *self);
/* "leave-2027-01-01-2027-03-31.csv" */
char      *fl_leave_export_dialog_dup_file_name (FlLeaveExportDialog *self);

G_END_DECLS
