/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-complaint-service.h"
#include "fl-form-dialog.h"
#include "fl-recording.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

#define FL_TYPE_COMPLAINT_DIALOG (fl_complaint_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlComplaintDialog, fl_complaint_dialog, FL, COMPLAINT_DIALOG, FlFormDialog)

GtkWidget *fl_complaint_dialog_new (GtkWidget          *parent,
                                    FlComplaintService *complaints,
                                    FlStaffService     *staff,
                                    FlSession          *session,
                                    FlRecording        *recording);

G_END_DECLS
