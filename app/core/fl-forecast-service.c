/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-forecast-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-csv-parser.h"
#include "fl-forecast-service.h"
#include "fl-format.h"
#include "fl-policy-service.h"
#include "fl-roster-service.h"
#include "fl-sql.h"
#include "fl-worker.h"

/* The forecast (calls and handle time per weekday and half-hour) and what
 * the rosters give against it: a day's coverage (覆盖) across the center. */
struct _FlForecastService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlForecastService, fl_forecast_service, G_TYPE_OBJECT)

typedef struct
{
  FlForecastService *self;
  FlSession       *actor;
  guint            weekday;
  guint            interval_start;
  double           calls;
  double           handle_seconds;
} ForecastChange;

static JsonNode *
forecast_json (const ForecastChange *change,
               gboolean              known,
               double                calls,
               double                handle_seconds)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "weekday");
  json_builder_add_int_value (builder, change->weekday);
  json_builder_set_member_name (builder, "interval_start");
  json_builder_add_int_value (builder, change->interval_start);
  if (known)
    {
      json_builder_set_member_name (builder, "calls");
      json_builder_add_double_value (builder, calls);
      json_builder_set_member_name (builder, "handle_seconds");
      json_builder_add_double_value (builder, handle_seconds);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
apply_forecast (gpointer  user_data,
                GError  **error)
{
  ForecastChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) read = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  gboolean has_row = FALSE;

  read = fl_database_prepare (database, "SELECT calls, handle_seconds FROM forecasts "
                                        "WHERE weekday = ? AND interval_start = ?", error);
  if (read == NULL)
    return FALSE;
  sqlite3_bind_int (read, 1, (int) change->weekday);
  sqlite3_bind_int (read, 2, (int) change->interval_start);
  if (!fl_database_step (database, read, &has_row, error))
    return FALSE;
  before = forecast_json (change, has_row, has_row ? sqlite3_column_double (read, 0) : 0,
                          has_row ? sqlite3_column_double (read, 1) : 0);
  write = fl_database_prepare (database,
                               "INSERT INTO forecasts (weekday, interval_start, calls, handle_seconds) "
                               "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (weekday, interval_start) DO UPDATE "
                               "SET calls = excluded.calls, handle_seconds = excluded.handle_seconds",
                               error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_int (write, 1, (int) change->weekday);
  sqlite3_bind_int (write, 2, (int) change->interval_start);
  sqlite3_bind_double (write, 3, change->calls);
  sqlite3_bind_double (write, 4, change->handle_seconds);
  after = forecast_json (change, TRUE, change->calls, change->handle_seconds);
  return fl_database_run (database, write, error) &&
         fl_audit_record (database, change->actor, "forecasts",
                          change->weekday * 10000 + change->interval_start, "set", before, after, error);
}

static gboolean
check_forecast (guint    weekday,
                guint    interval_start,
                double   calls,
                double   handle_seconds,
                GError **error)
{
  if (weekday < 1 || weekday > 7 || interval_start >= FL_MINUTES_PER_DAY ||
      interval_start % FL_COVERAGE_INTERVAL_MINUTES != 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A forecast is for a weekday and a half-hour of the day, as Monday 09:30."));
      return FALSE;
    }
  if (!(calls >= 0) || !(handle_seconds > 0) || calls > 10000 || handle_seconds > 7200)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Forecast calls are a number of calls from 0 to 10,000 a half-hour, and the handle "
                             "time a number of seconds above 0 and up to 7,200."));
      return FALSE;
    }
  return TRUE;
}

gboolean
fl_forecast_service_set (FlForecastService *self,
                         FlSession         *actor,
                         guint              weekday,
                         guint              interval_start,
                         double             calls,
                         double             handle_seconds,
                         GError           **error)
{
  ForecastChange change = { self, actor, weekday, interval_start, calls, handle_seconds };

  g_return_val_if_fail (FL_IS_FORECAST_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error) ||
      !check_forecast (weekday, interval_start, calls, handle_seconds, error))
    return FALSE;
  return fl_database_transaction (self->database, apply_forecast, &change, error);
}

/* Whether the stored half-hours of @weekday were read into @day; @known
 * says which ones are stored. */
static gboolean
read_day (FlForecastService  *self,
          guint               weekday,
          FlForecastDay      *day,
          gboolean           *known,
          GError            **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  day->weekday = weekday;
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      day->calls[i] = 0;
      day->handle_seconds[i] = FL_FORECAST_DEFAULT_HANDLE_SECONDS;
      known[i] = FALSE;
    }
  statement = fl_database_prepare (self->database,
                                   "SELECT interval_start, calls, handle_seconds FROM forecasts WHERE weekday = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int (statement, 1, (int) weekday);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      guint interval = (guint) sqlite3_column_int (statement, 0) / FL_COVERAGE_INTERVAL_MINUTES;

      if (interval >= FL_COVERAGE_INTERVALS)
        continue;
      day->calls[interval] = sqlite3_column_double (statement, 1);
      day->handle_seconds[interval] = sqlite3_column_double (statement, 2);
      known[interval] = TRUE;
    }
  return !has_row;
}

gboolean
fl_forecast_service_read_day (FlForecastService  *self,
                              FlSession          *actor,
                              guint               weekday,
                              FlForecastDay      *day,
                              GError            **error)
{
  gboolean known[FL_COVERAGE_INTERVALS];

  g_return_val_if_fail (FL_IS_FORECAST_SERVICE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_STAFF, error) || !check_forecast (weekday, 0, 0, 1, error))
    return FALSE;
  return read_day (self, weekday, day, known, error);
}

typedef struct
{
  FlForecastService *self;
  FlSession         *actor;
  GArray            *changes;   /* ForecastChange */
} ForecastImport;

static gboolean apply_import (gpointer   user_data,
                              GError   **error);

gboolean
fl_forecast_service_save_days (FlForecastService    *self,
                               FlSession            *actor,
                               const FlForecastDay  *days,
                               guint                 n_days,
                               GError              **error)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (ForecastChange));
  ForecastImport import = { self, actor, changes };

  g_return_val_if_fail (FL_IS_FORECAST_SERVICE (self), FALSE);
  g_return_val_if_fail (days != NULL || n_days == 0, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error))
    return FALSE;
  for (guint d = 0; d < n_days; d++)
    {
      FlForecastDay stored;
      gboolean known[FL_COVERAGE_INTERVALS];

      if (!check_forecast (days[d].weekday, 0, 0, 1, error) || !read_day (self, days[d].weekday, &stored, known, error))
        return FALSE;
      for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
        {
          ForecastChange change = { self, actor, days[d].weekday, i * FL_COVERAGE_INTERVAL_MINUTES,
                                    days[d].calls[i], days[d].handle_seconds[i] };
          g_autoptr(GError) invalid = NULL;

          if (stored.calls[i] == change.calls && stored.handle_seconds[i] == change.handle_seconds &&
              (known[i] || change.calls == 0))
            continue;
          if (!check_forecast (change.weekday, change.interval_start, change.calls, change.handle_seconds, &invalid))
            {
              g_autofree char *weekday = fl_format_weekday (change.weekday);

              /* Translators: a weekday, a half-hour's start, and what is wrong with it */
              g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID, _("%s %02u:%02u: %s"), weekday,
                           change.interval_start / 60, change.interval_start % 60, invalid->message);
              return FALSE;
            }
          g_array_append_val (changes, change);
        }
    }
  return changes->len == 0 || fl_database_transaction (self->database, apply_import, &import, error);
}

/* "1" to "7", or a weekday's name in English or Chinese. */
static guint
parse_weekday (const char *text)
{
  static const char *names[][4] = {
    { "mon", "monday", "周一", "星期一" }, { "tue", "tuesday", "周二", "星期二" },
    { "wed", "wednesday", "周三", "星期三" }, { "thu", "thursday", "周四", "星期四" },
    { "fri", "friday", "周五", "星期五" }, { "sat", "saturday", "周六", "星期六" },
    { "sun", "sunday", "周日", "星期日" },
  };
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *clean = g_utf8_strdown (stripped, -1);
  guint64 number;

  if (g_ascii_string_to_unsigned (clean, 10, 1, 7, &number, NULL))
    return (guint) number;
  for (guint day = 0; day < G_N_ELEMENTS (names); day++)
    for (guint i = 0; i < G_N_ELEMENTS (names[day]); i++)
      if (g_str_equal (clean, names[day][i]))
        return day + 1;
  return 0;
}

/* "09:30" as minutes after midnight, or -1. */
static int
parse_time (const char *text)
{
  guint hours, minutes;
  char end;

  if (sscanf (text, " %2u:%2u %c", &hours, &minutes, &end) != 2 || hours > 23 || minutes > 59)
    return -1;
  return (int) (hours * 60 + minutes);
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  char *end = NULL;

  *value = g_ascii_strtod (clean, &end);
  return *clean != '\0' && end != NULL && *end == '\0';
}

static gboolean
apply_import (gpointer   user_data,
              GError   **error)
{
  ForecastImport *import = user_data;

  for (guint i = 0; i < import->changes->len; i++)
    if (!apply_forecast (&g_array_index (import->changes, ForecastChange, i), error))
      return FALSE;
  return TRUE;
}

/* One record of the file: weekday, start, calls, handle seconds. */
static gboolean
parse_record (GPtrArray       *fields,
              guint            line,
              ForecastChange  *change,
              GError         **error)
{
  g_autoptr(GError) invalid = NULL;
  int start;

  if (fields->len < 4)
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   /* Translators: %u is a line of the imported file */
                   _("Line %u: a forecast line has four fields: weekday, start, calls and handle seconds."), line);
      return FALSE;
    }
  change->weekday = parse_weekday (g_ptr_array_index (fields, 0));
  start = parse_time (g_ptr_array_index (fields, 1));
  if (change->weekday == 0 || start < 0 || !parse_number (g_ptr_array_index (fields, 2), &change->calls) ||
      !parse_number (g_ptr_array_index (fields, 3), &change->handle_seconds))
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   /* Translators: %u is a line of the imported file; the example shows the four fields */
                   _("Line %u: write the weekday, the half-hour’s start, the calls and the handle time in "
                     "seconds, as Monday,09:30,42,180."), line);
      return FALSE;
    }
  change->interval_start = (guint) start;
  if (!check_forecast (change->weekday, change->interval_start, change->calls, change->handle_seconds, &invalid))
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID, _("Line %u: %s"), line, invalid->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
fl_forecast_service_import (FlForecastService  *self,
                            FlSession          *actor,
                            const char         *csv,
                            guint              *n_imported,
                            GError            **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (ForecastChange));
  ForecastImport import = { self, actor, changes };
  FlCsvParser parser;
  gboolean unclosed = FALSE;
  guint line;

  g_return_val_if_fail (FL_IS_FORECAST_SERVICE (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error))
    return FALSE;
  if (!g_utf8_validate (csv, -1, NULL))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("This file is not UTF-8 text: save it from the spreadsheet as CSV UTF-8."));
      return FALSE;
    }
  /* A spreadsheet's byte order mark is no part of the first field. */
  if (g_str_has_prefix (csv, "\xEF\xBB\xBF"))
    csv += 3;
  fl_csv_parser_init (&parser, csv);
  for (line = parser.line; fl_csv_parser_next_record (&parser, fields, &unclosed); line = parser.line)
    {
      ForecastChange change = { self, actor, 0, 0, 0, 0 };

      if (fields->len == 0 || (fields->len == 1 && *(char *) g_ptr_array_index (fields, 0) == '\0'))
        continue;   /* a blank line */
      /* A heading line names its columns. */
      if (changes->len == 0 && parse_weekday (g_ptr_array_index (fields, 0)) == 0 &&
          (fields->len < 2 || parse_time (g_ptr_array_index (fields, 1)) < 0))
        continue;
      if (unclosed || !parse_record (fields, line, &change, error))
        {
          if (unclosed)
            g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                         _("Line %u: a quote is opened and never closed."), line);
          return FALSE;
        }
      g_array_append_val (changes, change);
    }
  if (changes->len == 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("This file has no forecast lines: write one a line, as Monday,09:30,42,180."));
      return FALSE;
    }
  if (!fl_database_transaction (self->database, apply_import, &import, error))
    return FALSE;
  if (n_imported)
    *n_imported = changes->len;
  return TRUE;
}

typedef struct
{
  FlSession *actor;
  char      *csv;
} ImportQuery;

static void
import_query_free (gpointer data)
{
  ImportQuery *query = data;

  g_clear_object (&query->actor);
  g_free (query->csv);
  g_free (query);
}

static gpointer
import_in_worker (FlDatabase  *connection,
                  gpointer     data,
                  GError     **error)
{
  ImportQuery *query = data;
  g_autoptr(FlForecastService) service = fl_forecast_service_new (connection);
  guint n_imported = 0;

  if (!fl_forecast_service_import (service, query->actor, query->csv, &n_imported, error))
    return NULL;
  return GUINT_TO_POINTER (n_imported);
}

void
fl_forecast_service_import_async (FlForecastService   *self,
                                  FlSession           *actor,
                                  const char          *csv,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  ImportQuery *query;

  g_return_if_fail (FL_IS_FORECAST_SERVICE (self));

  query = g_new0 (ImportQuery, 1);
  query->actor = actor ? g_object_ref (actor) : NULL;
  query->csv = g_strdup (csv);
  fl_worker_run (self->database, self, fl_forecast_service_import_async, import_in_worker, query,
                 import_query_free, NULL, cancellable, callback, user_data);
}

guint
fl_forecast_service_import_finish (FlForecastService  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  return GPOINTER_TO_UINT (fl_worker_finish (result, fl_forecast_service_import_async, error));
}

static void
read_target (FlForecastService *self,
             FlStaffingTarget  *target)
{
  target->service_level = fl_policy_service_get (self->policies, "staffing.service-level-percent") / 100.0;
  target->answer_seconds = fl_policy_service_get (self->policies, "staffing.answer-seconds");
  target->shrinkage = fl_policy_service_get (self->policies, "staffing.shrinkage-percent") / 100.0;
}

static FlShiftSpec
spec_from_row (sqlite3_stmt *statement,
               int           first_column)
{
  FlShiftSpec spec = { fl_shift_kind_from_string (fl_sql_column_text (statement, first_column)),
                       sqlite3_column_int (statement, first_column + 1),
                       sqlite3_column_int (statement, first_column + 2),
                       sqlite3_column_int (statement, first_column + 3),
                       sqlite3_column_int (statement, first_column + 4) };

  return spec;
}

/* Who is on a shift on @date or the day before, agent by agent. */
static gboolean
count_staffed (FlForecastService *self,
               const char        *before,
               const char        *date,
               FlCoverage        *coverage,
               GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;
  gint64 agent = 0;
  FlShiftSpec day_spec, before_spec;
  gboolean has_day = FALSE, has_before = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT c.staff_id, c.day = ?2, t.kind, t.start_minute, t.end_minute, "
                                   "  coalesce (t.break_start, -1), coalesce (t.break_end, -1) "
                                   "FROM roster_cells c JOIN shift_types t ON t.id = c.shift_type_id "
                                   "WHERE c.day IN (?1, ?2) AND t.kind = 'work' ORDER BY c.staff_id",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, before, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, date, -1, SQLITE_TRANSIENT);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      if (sqlite3_column_int64 (statement, 0) != agent)
        {
          if (has_day || has_before)
            fl_coverage_add_agent (coverage, has_before ? &before_spec : NULL, has_day ? &day_spec : NULL);
          agent = sqlite3_column_int64 (statement, 0);
          has_day = has_before = FALSE;
        }
      if (sqlite3_column_int (statement, 1))
        {
          day_spec = spec_from_row (statement, 2);
          has_day = TRUE;
        }
      else
        {
          before_spec = spec_from_row (statement, 2);
          has_before = TRUE;
        }
    }
  if (has_row)
    return FALSE;
  if (has_day || has_before)
    fl_coverage_add_agent (coverage, has_before ? &before_spec : NULL, has_day ? &day_spec : NULL);
  return TRUE;
}

static gboolean
read_required (FlForecastService *self,
               guint              weekday,
               FlCoverage        *coverage,
               GError           **error)
{
  FlForecastDay day;
  gboolean known[FL_COVERAGE_INTERVALS];
  FlStaffingTarget target;

  read_target (self, &target);
  if (!read_day (self, weekday, &day, known, error))
    return FALSE;
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    if (known[i])
      {
        coverage->calls[i] = day.calls[i];
        coverage->required[i] = fl_coverage_required (&target, day.calls[i], day.handle_seconds[i]);
      }
  return TRUE;
}

gboolean
fl_forecast_service_get_coverage (FlForecastService *self,
                                  FlSession         *actor,
                                  const char        *date,
                                  FlCoverage        *coverage,
                                  GError           **error)
{
  guint year, month, day;
  GDate parsed;
  char before[11];

  g_return_val_if_fail (FL_IS_FORECAST_SERVICE (self), FALSE);
  g_return_val_if_fail (coverage != NULL, FALSE);

  memset (coverage, 0, sizeof *coverage);
  if (!fl_session_check (actor, FL_PERMISSION_VIEW_STAFF, error))
    return FALSE;
  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 || strlen (date) != 10 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   _("“%s” is not a date: write it as year-month-day, as 2026-12-01."), date ? date : "");
      return FALSE;
    }
  g_date_set_dmy (&parsed, day, month, year);
  g_date_subtract_days (&parsed, 1);
  g_snprintf (before, sizeof before, "%04u-%02u-%02u", g_date_get_year (&parsed), g_date_get_month (&parsed),
              g_date_get_day (&parsed));
  g_date_add_days (&parsed, 1);
  return count_staffed (self, before, date, coverage, error) &&
         read_required (self, g_date_get_weekday (&parsed), coverage, error);
}

static gpointer
get_coverage_in_worker (FlDatabase  *connection,
                        gpointer     data,
                        GError     **error)
{
  FlWorkerQuery *query = data;
  g_autoptr(FlForecastService) service = fl_forecast_service_new (connection);
  g_autofree FlCoverage *coverage = g_new0 (FlCoverage, 1);

  /* The query's "month" is the day. */
  if (!fl_forecast_service_get_coverage (service, query->actor, query->month, coverage, error))
    return NULL;
  return g_steal_pointer (&coverage);
}

void
fl_forecast_service_get_coverage_async (FlForecastService   *self,
                                        FlSession           *actor,
                                        const char          *date,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (FL_IS_FORECAST_SERVICE (self));

  fl_worker_run (self->database, self, fl_forecast_service_get_coverage_async, get_coverage_in_worker,
                 fl_worker_query_new (actor, date, 0), fl_worker_query_free, g_free, cancellable, callback,
                 user_data);
}

FlCoverage *
fl_forecast_service_get_coverage_finish (FlForecastService  *self,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  return fl_worker_finish (result, fl_forecast_service_get_coverage_async, error);
}

static void
fl_forecast_service_dispose (GObject *object)
{
  FlForecastService *self = FL_FORECAST_SERVICE (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_forecast_service_parent_class)->dispose (object);
}

static void
fl_forecast_service_class_init (FlForecastServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_forecast_service_dispose;
}

static void
fl_forecast_service_init (FlForecastService *self)
{
}

FlForecastService *
fl_forecast_service_new (FlDatabase *database)
{
  FlForecastService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_FORECAST_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}
