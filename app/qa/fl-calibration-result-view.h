/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-calibration-result.h"

G_BEGIN_DECLS

#define FL_TYPE_CALIBRATION_RESULT_VIEW (fl_calibration_result_view_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationResultView, fl_calibration_result_view, FL, CALIBRATION_RESULT_VIEW, AdwWindow)

GtkWidget *fl_calibration_result_view_new (GtkWidget           *parent,
                                           const char          *title,
                                           FlCalibrationResult *result);

G_END_DECLS
