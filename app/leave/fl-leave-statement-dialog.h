/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-leave-service.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_STATEMENT_DIALOG (fl_leave_statement_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveStatementDialog, fl_leave_statement_dialog, FL, LEAVE_STATEMENT_DIALOG, AdwWindow)

/* @staff_id's leave this year; "changed" after an administrator set their
 * annual leave. */
GtkWidget *fl_leave_statement_dialog_new (GtkWidget      *parent,
                                          FlLeaveService *service,
                                          FlSession      *actor,
                                          gint64          staff_id);

G_END_DECLS
