/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "roster-benchmark"

/*
 * Not a test: prints how a big roster performs in core (meson test
 * --benchmark roster, or run it directly).
 *
 * One team of 300 agents, next month filled from the heating season's
 * rotation with each agent a day further on, and the last week of this
 * month before it, in a real database; a forecast for every half-hour of
 * the week. (--keep PATH keeps the database and --make-only stops once it
 * is made, as the roster's window benchmark does.) Then, each the best of
 * 5 (the edits, the mean of 1,000):
 *
 *   - opening the month (FlRosterService: agents, cells, the whole check);
 *   - checking every rule over the whole month;
 *   - re-checking after one cell changes (what the grid does per edit);
 *   - saving one cell (a transaction with its audit row);
 *   - filling a week from the rotation for all 300 (2,100 cells, one change);
 *   - the coverage of a day across the center against the forecast.
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "fl-forecast-service.h"
#include "fl-month.h"
#include "fl-roster-service.h"
#include "fl-test-util.h"

#define N_AGENTS 300
#define RUNS     5
#define EDITS    1000

static char *keep_path = NULL;
static gboolean make_only = FALSE;

/* The team, its lead (account 2) and the head (account 9); the rotation's
 * cells for November's last week and December; a forecast of 10 to 100
 * calls a half-hour, by the hour of the day. */
static void
make_center (FlDatabase *database,
             const char *month,
             const char *next)
{
  g_autofree char *sql = g_strdup_printf (
        "BEGIN;"
        "INSERT INTO staff (id, job_number, name, position) VALUES (1000, '0001', 'Lead', 'team_lead');"
        "INSERT INTO teams (id, name, lead_staff_id) VALUES (1, 'Team A', 1000);"
        "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES "
        "  (2, 'lead', 1000, 2, 'x', 'x'), (9, 'head', NULL, 4, 'x', 'x');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
        "INSERT INTO staff (id, job_number, name, team_id, contract_min_hours, contract_max_hours) "
        "SELECT i, 3000 + i, 'Agent ' || i, 1, 150, 190 FROM n;"
        "INSERT INTO rosters (id, team_id, month, state, updated_at) VALUES "
        "  (1, 1, '%s', 'published', 'x'), (2, 1, '%s', 'draft', 'x');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300), "
        "  d(k) AS (SELECT -7 UNION ALL SELECT k + 1 FROM d WHERE k < 30), "
        "  p(position, code) AS (VALUES (0, 'E'), (1, 'E'), (2, 'L'), (3, 'L'), (4, 'N'), (5, 'N'), "
        "                               (6, 'O'), (7, 'O')) "
        "INSERT INTO roster_cells (roster_id, staff_id, day, shift_type_id) "
        "SELECT CASE WHEN k < 0 THEN 1 ELSE 2 END, i, date ('%s-01', k || ' days'), "
        "  (SELECT id FROM shift_types WHERE code = p.code) "
        "FROM n, d JOIN p ON p.position = (i + k + 8) %% 8;"
        "WITH RECURSIVE w(weekday) AS (SELECT 1 UNION ALL SELECT weekday + 1 FROM w WHERE weekday < 7), "
        "  h(minute) AS (SELECT 0 UNION ALL SELECT minute + 30 FROM h WHERE minute < 1410) "
        "INSERT INTO forecasts (weekday, interval_start, calls, handle_seconds) "
        "SELECT weekday, minute, 10 + 90 * (minute / 60 BETWEEN 9 AND 17), 180 FROM w, h;"
        "COMMIT;"
        "ANALYZE;", month, next, next);

  fl_test_exec (database, sql);
}

int
main (int   argc,
      char *argv[])
{
  GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_path, "Keep the database here", "PATH" },
    { "make-only", 0, 0, G_OPTION_ARG_NONE, &make_only, "Make the database, measure nothing", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *month = fl_month_current ();
  g_autofree char *next = fl_month_add (month, 1);
  g_autofree char *mid_month = g_strdup_printf ("%s-15", next);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(FlRosterService) rosters = NULL;
  g_autoptr(FlForecastService) forecasts = NULL;
  g_autoptr(FlSession) lead = fl_session_new (2, "lead", "Lead", 1000, FL_ROLE_TEAM_LEAD);
  g_autoptr(FlRoster) roster = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  double best_open = INFINITY, best_check = INFINITY, best_save = INFINITY, best_fill = INFINITY;
  double best_coverage = INFINITY, edit_total = 0;
  FlCoverage coverage;
  gint64 start;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  folder = fl_test_make_folder ();
  path = keep_path != NULL ? g_strdup (keep_path) : g_build_filename (folder, "floorlead.db", NULL);
  g_unlink (path);
  database = fl_database_open (path, &error);
  g_assert_no_error (error);
  make_center (database, month, next);
  if (make_only)
    {
      g_clear_object (&database);
      fl_test_remove_folder (folder);
      return 0;
    }
  rosters = fl_roster_service_new (database);
  forecasts = fl_forecast_service_new (database);

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(FlRoster) opened = NULL;
      g_autoptr(GArray) pattern = NULL;
      g_autoptr(GArray) edits = NULL;
      g_autofree guint *agents = g_new (guint, N_AGENTS);
      g_autofree guint *offsets = g_new (guint, N_AGENTS);
      FlRosterEdit one = { (guint) run, 10, FL_ROSTER_EMPTY };

      start = g_get_monotonic_time ();
      opened = fl_roster_service_open (rosters, lead, 1, next, &error);
      best_open = MIN (best_open, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (fl_roster_get_n_agents (opened), ==, N_AGENTS);

      start = g_get_monotonic_time ();
      fl_roster_check_check_all (fl_roster_get_check (opened));
      best_check = MIN (best_check, fl_test_ms_since (start));

      one.shift = fl_roster_find_shift_code (opened, "O");
      start = g_get_monotonic_time ();
      if (!fl_roster_service_set_cells (rosters, lead, opened, &one, 1, &error))
        g_error ("%s", error->message);
      best_save = MIN (best_save, fl_test_ms_since (start));

      pattern = fl_roster_parse_pattern (opened, "E,E,L,L,N,N,O,O", &error);
      g_assert_no_error (error);
      for (guint i = 0; i < N_AGENTS; i++)
        {
          agents[i] = i;
          offsets[i] = (i + (guint) run) % 8;
        }
      edits = fl_roster_fill_pattern (pattern, agents, offsets, N_AGENTS, 14, 20);
      start = g_get_monotonic_time ();
      if (!fl_roster_service_set_cells (rosters, lead, opened, (FlRosterEdit *) edits->data, edits->len, &error))
        g_error ("%s", error->message);
      best_fill = MIN (best_fill, fl_test_ms_since (start));

      start = g_get_monotonic_time ();
      if (!fl_forecast_service_get_coverage (forecasts, lead, mid_month, &coverage, &error))
        g_error ("%s", error->message);
      best_coverage = MIN (best_coverage, fl_test_ms_since (start));
      g_assert_cmpuint (coverage.staffed[20], >, 0);
    }

  roster = fl_roster_service_open (rosters, lead, 1, next, &error);
  g_assert_no_error (error);
  for (int i = 0; i < EDITS; i++)
    {
      guint agent = (guint) g_rand_int_range (rand, 0, N_AGENTS);
      int day = g_rand_int_range (rand, 0, (int) fl_roster_get_n_days (roster));
      int shift = g_rand_int_range (rand, 0, (int) fl_roster_get_n_shift_types (roster));

      start = g_get_monotonic_time ();
      fl_roster_check_set_cell (fl_roster_get_check (roster), agent, day, shift);
      edit_total += fl_test_ms_since (start);
    }

  g_print ("Roster: %d agents × %u days (+ 7 days before), %u violations after %d random edits\n\n", N_AGENTS,
           fl_roster_get_n_days (roster),
           fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_HARD) +
           fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_SOFT), EDITS);
  g_print ("%-62s %12s   %s\n", "what (best of 5; edits: the mean of 1,000)", "time", "target");
  fl_test_print_timing ("opening the month (300 agents, cells, every rule)", best_open, "(grid's first frame < 300 ms)");
  fl_test_print_timing ("checking every rule over the whole month", best_check, "< 50 ms");
  fl_test_print_timing ("re-checking after one cell changes", edit_total / EDITS, "< 16 ms with the repaint");
  fl_test_print_timing ("saving one cell (transaction and audit)", best_save, "(on the main thread)");
  fl_test_print_timing ("filling a week from the rotation for 300 (2,100 cells)", best_fill, "(one change)");
  fl_test_print_timing ("the coverage of a day across the center", best_coverage, "< 20 ms");

  g_clear_object (&roster);
  g_clear_object (&rosters);
  g_clear_object (&forecasts);
  g_clear_object (&database);
  fl_test_remove_folder (folder);
  return 0;
}
