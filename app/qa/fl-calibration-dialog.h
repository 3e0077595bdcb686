/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"
#include "fl-form-dialog.h"
#include "fl-recording.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_CALIBRATION_DIALOG (fl_calibration_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationDialog, fl_calibration_dialog, FL, CALIBRATION_DIALOG, FlFormDialog)

GtkWidget *fl_calibration_dialog_new (GtkWidget   *parent,
                                      FlDatabase  *database,
                                      FlSession   *session,
                                      FlRecording *recording,
                                      gint64       template_id);

G_END_DECLS
