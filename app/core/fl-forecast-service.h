/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-coverage.h"
#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_FORECAST_SERVICE (fl_forecast_service_get_type ())
G_DECLARE_FINAL_TYPE (FlForecastService, fl_forecast_service, FL, FORECAST_SERVICE, GObject)

FlForecastService *fl_forecast_service_new          (FlDatabase        *database);

/* The forecast for one weekday (1 = Monday) and half-hour (its start in
 * minutes): calls and their average handle time. The department head or
 * an administrator; audited. Errors are FL_ROSTER_ERROR_INVALID. */
gboolean           fl_forecast_service_set          (FlForecastService *self,
                                                     FlSession         *actor,
                                                     guint              weekday,
                                                     guint              interval_start,
                                                     double             calls,
                                                     double             handle_seconds,
                                                     GError           **error);
/* A day's coverage across every team's roster (YYYY-MM-DD): who is at the
 * phones each half-hour, and how many the forecast needs at the center's
 * staffing target. */
gboolean           fl_forecast_service_get_coverage (FlForecastService *self,
                                                     FlSession         *actor,
                                                     const char        *date,
                                                     FlCoverage        *coverage,
                                                     GError           **error);

/* fl_forecast_service_get_coverage() in a worker; the result is an
 * FlCoverage to g_free(). */
void               fl_forecast_service_get_coverage_async  (FlForecastService   *self,
                                                            FlSession           *actor,
                                                            const char          *date,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
FlCoverage        *fl_forecast_service_get_coverage_finish (FlForecastService   *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

G_END_DECLS
