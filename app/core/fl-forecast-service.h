/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-coverage.h"
#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* The handle time shown for a half-hour nobody has forecast yet. */
#define FL_FORECAST_DEFAULT_HANDLE_SECONDS 180.0

/* One weekday's forecast, a half-hour each. */
typedef struct
{
  guint  weekday;                                  /* 1 = Monday */
  double calls[FL_COVERAGE_INTERVALS];
  double handle_seconds[FL_COVERAGE_INTERVALS];
} FlForecastDay;

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
/* @weekday's forecast as it stands; a half-hour nobody has forecast is no
 * calls at FL_FORECAST_DEFAULT_HANDLE_SECONDS. Anyone signed in. */
gboolean           fl_forecast_service_read_day     (FlForecastService *self,
                                                     FlSession         *actor,
                                                     guint              weekday,
                                                     FlForecastDay     *day,
                                                     GError           **error);
/* Saves the half-hours of @days that differ from what is stored, as one
 * change, each audited; the department head or an administrator. Nothing
 * is saved if any value is out of range: the error names its weekday and
 * half-hour. */
gboolean           fl_forecast_service_save_days    (FlForecastService   *self,
                                                     FlSession           *actor,
                                                     const FlForecastDay *days,
                                                     guint                n_days,
                                                     GError             **error);
/* A whole forecast from CSV text, a line per weekday and half-hour:
 * "Monday,09:30,42,180" (weekday as 1–7 or its name, English or Chinese;
 * the half-hour's start; calls; average handle seconds), a heading line
 * allowed. Nothing is saved unless every line is right: the error names
 * the first wrong line. One transaction, each half-hour audited. */
gboolean           fl_forecast_service_import       (FlForecastService *self,
                                                     FlSession         *actor,
                                                     const char        *csv,
                                                     guint             *n_imported,
                                                     GError           **error);
/* fl_forecast_service_import() in a worker; finish returns the lines
 * imported, 0 with @error set. */
void               fl_forecast_service_import_async (FlForecastService   *self,
                                                     FlSession           *actor,
                                                     const char          *csv,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
guint              fl_forecast_service_import_finish (FlForecastService  *self,
                                                      GAsyncResult       *result,
                                                      GError            **error);
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
