/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-leave-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_TYPE_DIALOG (fl_leave_type_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveTypeDialog, fl_leave_type_dialog, FL, LEAVE_TYPE_DIALOG, FlFormDialog)

/* Changes @leave_type, or adds one when NULL; "saved" once it is. */
GtkWidget *fl_leave_type_dialog_new (GtkWidget      *parent,
                                     FlLeaveService *service,
                                     FlSession      *actor,
                                     FlLeaveType    *leave_type);

G_END_DECLS
