/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_CALIBRATION_PAGE (fl_calibration_page_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationPage, fl_calibration_page, FL, CALIBRATION_PAGE, AdwBin)

GtkWidget *fl_calibration_page_new    (FlDatabase        *database,
                                       FlSession         *session);
/* Lists the sessions again, and each auditor's distance from the
 * reference over the six months up to @month. */
void       fl_calibration_page_reload (FlCalibrationPage *self,
                                       const char        *month);

G_END_DECLS
