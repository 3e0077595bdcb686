/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-holiday-service.h"

G_BEGIN_DECLS

#define FL_TYPE_HOLIDAY_DIALOG (fl_holiday_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlHolidayDialog, fl_holiday_dialog, FL, HOLIDAY_DIALOG, FlFormDialog)

/* The department head or an administrator marks a run of days on the
 * public-holiday calendar: National Day's week, or a Saturday worked. */
GtkWidget *fl_holiday_dialog_new (GtkWidget        *parent,
                                  FlHolidayService *service,
                                  FlSession        *actor);

G_END_DECLS
