/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-department.h"
#include "fl-form-dialog.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

#define FL_TYPE_DEPARTMENT_DIALOG (fl_department_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlDepartmentDialog, fl_department_dialog, FL, DEPARTMENT_DIALOG, FlFormDialog)

GtkWidget *fl_department_dialog_new (GtkWidget      *parent,
                                     FlStaffService *service,
                                     FlDepartment   *department);

G_END_DECLS
