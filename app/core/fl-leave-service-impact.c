/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-coverage.h"
#include "fl-forecast-service.h"
#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-scorecard.h"
#include "fl-sql.h"

/* The roster impact of a request, for its approver: the shifts the person
 * would miss, and who else of the team is out of them. */

typedef struct
{
  gint64      id;
  char       *code;
  char       *name;
  gboolean    works;
  FlShiftSpec spec;
  gboolean    on_roster;   /* the day still shows the shift, not Leave */
} Shift;

static void
shift_free (gpointer data)
{
  Shift *shift = data;

  g_free (shift->code);
  g_free (shift->name);
  g_free (shift);
}

/* @staff_id's shift on each day from @first to @last on their team's
 * roster, as it was before any approved leave took it: day → Shift. */
static GHashTable *
read_shifts (FlDatabase  *database,
             gint64       staff_id,
             const char  *first,
             const char  *last,
             GError     **error)
{
  g_autoptr(GHashTable) shifts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shift_free);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT c.day, t.id, t.code, t.name, t.kind, t.start_minute, t.end_minute, "
                                   "  coalesce (t.break_start, -1), coalesce (t.break_end, -1), "
                                   "  c.shift_type_id = t.id "
                                   "FROM roster_cells c "
                                   "LEFT JOIN leave_cells k ON k.roster_id = c.roster_id AND k.day = c.day "
                                   "  AND k.request_id IN (SELECT id FROM leave_requests WHERE staff_id = ?1) "
                                   "JOIN shift_types t ON t.id = coalesce (k.shift_type_id, c.shift_type_id) "
                                   "WHERE c.staff_id = ?1 AND c.day BETWEEN ?2 AND ?3",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, staff_id);
  sqlite3_bind_text (statement, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, last, -1, SQLITE_TRANSIENT);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      Shift *shift = g_new0 (Shift, 1);

      shift->id = sqlite3_column_int64 (statement, 1);
      shift->code = g_strdup (fl_sql_column_text (statement, 2));
      shift->name = g_strdup (fl_scorecard_translate (fl_sql_column_text (statement, 3)));
      shift->works = g_strcmp0 (fl_sql_column_text (statement, 4), "work") == 0;
      shift->spec = (FlShiftSpec) { fl_shift_kind_from_string (fl_sql_column_text (statement, 4)),
                                    sqlite3_column_int (statement, 5), sqlite3_column_int (statement, 6),
                                    sqlite3_column_int (statement, 7), sqlite3_column_int (statement, 8) };
      shift->on_roster = sqlite3_column_int (statement, 9) != 0;
      g_hash_table_replace (shifts, g_strdup (fl_sql_column_text (statement, 0)), shift);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&shifts);
}

static void
impact_day_clear (gpointer data)
{
  FlLeaveImpactDay *day = data;

  g_free (day->day);
  g_free (day->shift_code);
  g_free (day->shift_name);
  g_free (day->others);
  g_free (day->interval);
}

/* Staffed against required in the tightest interval of @shift on @day,
 * without the person: from the coverage strip's forecast and roster. */
static gboolean
add_coverage (FlForecastService  *forecasts,
              FlSession          *actor,
              const Shift        *shift,
              FlLeaveImpactDay   *day,
              GError            **error)
{
  FlCoverage coverage, theirs = { 0 };
  int tightest = -1;
  int tightest_margin = G_MAXINT;

  if (!fl_forecast_service_get_coverage (forecasts, actor, day->day, &coverage, error))
    return FALSE;
  fl_coverage_add_agent (&theirs, NULL, &shift->spec);
  for (int i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      int without;

      if (theirs.staffed[i] == 0 || coverage.required[i] == 0)
        continue;
      without = (int) coverage.staffed[i] - (shift->on_roster ? 1 : 0);
      if (without - (int) coverage.required[i] < tightest_margin)
        {
          tightest_margin = without - (int) coverage.required[i];
          tightest = i;
        }
    }
  if (tightest < 0)
    return TRUE;
  day->has_coverage = TRUE;
  day->staffed = (guint) MAX ((int) coverage.staffed[tightest] - (shift->on_roster ? 1 : 0), 0);
  day->required = coverage.required[tightest];
  day->interval = g_strdup_printf ("%02d:%02d–%02d:%02d", tightest * FL_COVERAGE_INTERVAL_MINUTES / 60,
                                   tightest * FL_COVERAGE_INTERVAL_MINUTES % 60,
                                   (tightest + 1) * FL_COVERAGE_INTERVAL_MINUTES / 60 % 24,
                                   (tightest + 1) * FL_COVERAGE_INTERVAL_MINUTES % 60);
  return TRUE;
}

/* The team's others with leave approved or asked over the days. */
typedef struct
{
  char       *name;
  char       *first;
  char       *last;
  GHashTable *shifts;
} Other;

static void
other_clear (gpointer data)
{
  Other *other = data;

  g_free (other->name);
  g_free (other->first);
  g_free (other->last);
  g_clear_pointer (&other->shifts, g_hash_table_unref);
}

static GArray *
read_others (FlDatabase  *database,
             gint64       request_id,
             GError     **error)
{
  g_autoptr(GArray) others = g_array_new (FALSE, TRUE, sizeof (Other));
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_array_set_clear_func (others, other_clear);
  statement = fl_database_prepare (database,
                                   "SELECT o.staff_id, s.name, max (o.first_day, r.first_day), "
                                   "  min (o.last_day, r.last_day) "
                                   "FROM leave_requests r JOIN staff p ON p.id = r.staff_id "
                                   "JOIN staff s ON s.team_id = p.team_id AND s.id != r.staff_id "
                                   "JOIN leave_requests o ON o.staff_id = s.id AND o.state IN ('pending', 'approved') "
                                   "  AND o.first_day <= r.last_day AND o.last_day >= r.first_day "
                                   "WHERE r.id = ? ORDER BY s.job_number, o.first_day",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, request_id);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      Other other = { g_strdup (fl_sql_column_text (statement, 1)), g_strdup (fl_sql_column_text (statement, 2)),
                      g_strdup (fl_sql_column_text (statement, 3)), NULL };

      g_array_append_val (others, other);
      if (!(g_array_index (others, Other, others->len - 1).shifts =
              read_shifts (database, sqlite3_column_int64 (statement, 0), other.first, other.last, error)))
        return NULL;
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&others);
}

GArray *
fl_leave_service_read_impact (FlLeaveService  *self,
                              FlSession       *actor,
                              gint64           id,
                              GError         **error)
{
  FlDatabase *database;
  g_autoptr(FlLeaveRequest) request = NULL;
  g_autoptr(GHashTable) shifts = NULL;
  g_autoptr(GArray) others = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (FlLeaveImpactDay));
  g_autoptr(FlForecastService) forecasts = NULL;
  const FlLeaveRequestFields *fields;
  guint max_absent;
  GDate date, last;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  g_array_set_clear_func (days, impact_day_clear);
  database = _fl_leave_service_get_database (self);
  if (!(request = fl_leave_service_get (self, actor, id, error)))
    return NULL;
  fields = fl_leave_request_get_fields (request);
  max_absent = (guint) fl_policy_service_get (_fl_leave_service_get_policies (self), "roster.max-absent-per-shift");
  if (!(shifts = read_shifts (database, fields->staff_id, fields->first_day, fields->last_day, error)) ||
      !(others = read_others (database, id, error)))
    return NULL;
  forecasts = fl_forecast_service_new (database);
  fl_month_parse_date (fields->first_day, &date);
  fl_month_parse_date (fields->last_day, &last);
  for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1))
    {
      g_autofree char *text = fl_month_date_to_string (&date);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      Shift *shift = g_hash_table_lookup (shifts, text);
      FlLeaveImpactDay day = { g_strdup (text) };

      if (shift != NULL)
        {
          day.shift_code = g_strdup (shift->code);
          day.shift_name = g_strdup (shift->name);
          day.works = shift->works;
        }
      for (guint i = 0; i < others->len; i++)
        {
          Other *other = &g_array_index (others, Other, i);
          Shift *theirs;

          if (strcmp (text, other->first) < 0 || strcmp (text, other->last) > 0)
            continue;
          g_ptr_array_add (names, other->name);
          theirs = g_hash_table_lookup (other->shifts, text);
          if (shift != NULL && shift->works && theirs != NULL && theirs->id == shift->id)
            day.n_same_shift++;
        }
      if (names->len > 0)
        {
          g_ptr_array_add (names, NULL);
          /* Translators: between the names of people on leave the same day */
          day.others = g_strjoinv (_(", "), (char **) names->pdata);
        }
      day.over_limit = day.works && day.n_same_shift + 1 > max_absent;
      g_array_append_val (days, day);
      if (shift != NULL && shift->works &&
          !add_coverage (forecasts, actor, shift, &g_array_index (days, FlLeaveImpactDay, days->len - 1), error))
        return NULL;
    }
  return g_steal_pointer (&days);
}
