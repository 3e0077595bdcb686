/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-leave-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_DIALOG (fl_leave_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveDialog, fl_leave_dialog, FL, LEAVE_DIALOG, FlFormDialog)

/* Files a leave request for one of @people (FlStaffMember) @actor may
 * file for. */
GtkWidget *fl_leave_dialog_new (GtkWidget      *parent,
                                FlLeaveService *service,
                                FlSession      *actor,
                                GListModel     *people);

/* Makes the dialog file an extension (续假) of @request: its person and
 * type, from the day after it ends. */
void       fl_leave_dialog_set_extends (FlLeaveDialog  *self,
                                        FlLeaveRequest *request);

G_END_DECLS
