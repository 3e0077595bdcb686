/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-form-dialog.h"
#include "fl-staff-member.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

#define FL_TYPE_STAFF_MEMBER_DIALOG (fl_staff_member_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlStaffMemberDialog, fl_staff_member_dialog, FL, STAFF_MEMBER_DIALOG, FlFormDialog)

GtkWidget *fl_staff_member_dialog_new (GtkWidget      *parent,
                                       FlStaffService *service,
                                       FlStaffMember  *member);

G_END_DECLS
