/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-leave-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_REVIEW_DIALOG (fl_leave_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveReviewDialog, fl_leave_review_dialog, FL, LEAVE_REVIEW_DIALOG, AdwWindow)

/* Shows @request with its roster impact; with @can_decide, its approver
 * approves or rejects it here. Emits "changed" with what was done, then
 * closes. */
GtkWidget *fl_leave_review_dialog_new (GtkWidget      *parent,
                                       FlLeaveService *service,
                                       FlSession      *actor,
                                       FlLeaveRequest *request,
                                       gboolean        can_decide);

G_END_DECLS
