/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-forecast-service.h"
#include "fl-form-dialog.h"

G_BEGIN_DECLS

#define FL_TYPE_FORECAST_DIALOG (fl_forecast_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlForecastDialog, fl_forecast_dialog, FL, FORECAST_DIALOG, FlFormDialog)

/* The department head or an administrator types the forecast by hand:
 * calls and handle time per weekday and half-hour, every weekday's
 * changes saved together. */
GtkWidget *fl_forecast_dialog_new (GtkWidget         *parent,
                                   FlForecastService *service,
                                   FlSession         *actor,
                                   guint              weekday);

G_END_DECLS
