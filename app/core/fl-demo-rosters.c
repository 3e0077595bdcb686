/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo-rosters"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-demo-history.h"
#include "fl-demo-rosters.h"
#include "fl-forecast-service.h"
#include "fl-holiday-service.h"
#include "fl-month.h"
#include "fl-roster-service.h"
#include "fl-sql.h"
#include "fl-staff-service.h"
#include "fl-swap-service.h"
#include "fl-team.h"

#define ROTATION "E,E,L,L,N,N,O,O"

/* Calls a half-hour on a weekday, by the hour: quiet nights, a morning
 * peak at ten and an afternoon one at three. */
static const double calls_by_hour[24] = {
  2, 2, 1, 1, 1, 2, 4, 10, 25, 38, 42, 36, 28, 30, 38, 40, 34, 26, 18, 14, 10, 8, 5, 3,
};

static gboolean
add_forecast (FlDatabase  *database,
              GError     **error)
{
  g_autoptr(FlForecastService) forecasts = fl_forecast_service_new (database);
  g_autoptr(FlSession) head = fl_demo_session (database, "head", error);

  if (head == NULL)
    return FALSE;
  for (guint weekday = 1; weekday <= 7; weekday++)
    for (guint interval = 0; interval < FL_COVERAGE_INTERVALS; interval++)
      {
        /* Weekends bring six calls in ten. */
        double calls = calls_by_hour[interval / 2] * (weekday >= 6 ? 0.6 : 1.0);

        if (!fl_forecast_service_set (forecasts, head, weekday, interval * FL_COVERAGE_INTERVAL_MINUTES,
                                      calls, 180, error))
          return FALSE;
      }
  return TRUE;
}

/* The holidays fixed by the calendar, this year and next: the State
 * Council's yearly notice moves the others (Spring Festival, Qingming,
 * Dragon Boat, Mid-Autumn), which the department head enters. */
static gboolean
add_holidays (FlDatabase  *database,
              GError     **error)
{
  g_autoptr(FlHolidayService) calendar = fl_holiday_service_new (database);
  g_autoptr(FlSession) head = fl_demo_session (database, "head", error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  struct {
    const char *first;   /* MM-DD */
    const char *last;
    const char *name;
  } fixed[] = {
    { "01-01", "01-01", N_("New Year’s Day") },
    { "05-01", "05-05", N_("Labour Day") },
    { "10-01", "10-07", N_("National Day") },
  };

  if (head == NULL)
    return FALSE;
  for (int year = g_date_time_get_year (now); year <= g_date_time_get_year (now) + 1; year++)
    for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
      {
        g_autofree char *first = g_strdup_printf ("%04d-%s", year, fixed[i].first);
        g_autofree char *last = g_strdup_printf ("%04d-%s", year, fixed[i].last);

        if (fl_holiday_service_mark (calendar, head, first, last, _(fixed[i].name), FL_HOLIDAY_DAY_OFF, error) == 0)
          return FALSE;
      }
  return TRUE;
}

/* The rotation over the whole team, each agent a day further into it than
 * the one before, @start days in on the month's first. */
static gboolean
fill_rotation (FlRosterService  *service,
               FlSession        *lead,
               FlRoster         *roster,
               guint             start,
               GError          **error)
{
  g_autoptr(GArray) pattern = fl_roster_parse_pattern (roster, ROTATION, error);
  guint n_agents = fl_roster_get_n_agents (roster);
  g_autofree guint *agents = g_new (guint, n_agents + 1);
  g_autofree guint *offsets = g_new (guint, n_agents + 1);
  g_autoptr(GArray) edits = NULL;

  if (pattern == NULL)
    return FALSE;
  for (guint i = 0; i < n_agents; i++)
    {
      agents[i] = i;
      offsets[i] = (start + i) % pattern->len;
    }
  edits = fl_roster_fill_pattern (pattern, agents, offsets, n_agents, 0, fl_roster_get_n_days (roster) - 1);
  return fl_roster_service_set_cells (service, lead, roster, (const FlRosterEdit *) edits->data, edits->len,
                                      error);
}

/* A swap the lead asks for late in the month, waiting for the head: the
 * first pair of agents and day the handbook allows. */
static gboolean
file_swap (FlDatabase  *database,
           FlSession   *lead,
           FlRoster    *roster,
           GError     **error)
{
  g_autoptr(FlSwapService) swaps = fl_swap_service_new (database);
  guint n_days = fl_roster_get_n_days (roster);

  for (guint day = n_days - 2; day > n_days / 2; day--)
    for (guint other = 1; other < fl_roster_get_n_agents (roster); other++)
      {
        g_autoptr(GError) refused = NULL;

        if (fl_roster_get_cell (roster, 0, (int) day) == fl_roster_get_cell (roster, other, (int) day))
          continue;
        /* Translators: the reason of the demo's swap */
        if (fl_swap_service_file (swaps, lead, roster, 0, day, other, day,
                                  _("A family wedding; they agreed between them."), &refused))
          return TRUE;
        if (!g_error_matches (refused, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS) &&
            !g_error_matches (refused, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID))
          {
            g_propagate_error (error, g_steal_pointer (&refused));
            return FALSE;
          }
      }
  return TRUE;
}

/* The mistakes a lead makes: an early shift the morning after a late one
 * (8 hours' rest), and a day off given up (seven days in a row). */
static gboolean
break_rules (FlRosterService  *service,
             FlSession        *lead,
             FlRoster         *roster,
             GError          **error)
{
  int early = fl_roster_find_shift_code (roster, "E");
  int late = fl_roster_find_shift_code (roster, "L");
  int off = fl_roster_find_shift_code (roster, "O");
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (FlRosterEdit));
  guint n_agents = fl_roster_get_n_agents (roster);

  for (guint day = 1; day < 20 && n_agents > 2; day++)
    if (fl_roster_get_cell (roster, 1, (int) day - 1) == late && fl_roster_get_cell (roster, 1, (int) day) == late)
      {
        FlRosterEdit edit = { 1, day, early };

        g_array_append_val (edits, edit);
        break;
      }
  for (guint day = 8; day < 20 && n_agents > 2; day++)
    if (fl_roster_get_cell (roster, 2, (int) day - 1) == off && fl_roster_get_cell (roster, 2, (int) day) == off)
      {
        /* The second day off worked early: seven days in a row follow. */
        FlRosterEdit edit = { 2, day, early };

        g_array_append_val (edits, edit);
        break;
      }
  return fl_roster_service_set_cells (service, lead, roster, (const FlRosterEdit *) edits->data, edits->len,
                                      error);
}

/* Half the team on technical service and half on market enquiries, and
 * the fourth agent lent to call-backs for three days: too short a seat. */
static gboolean
seat_team (FlRosterService  *service,
           FlSession        *lead,
           FlRoster         *roster,
           GError          **error)
{
  guint n_agents = fl_roster_get_n_agents (roster);
  g_autofree guint *agents = g_new (guint, n_agents + 1);
  guint lent = 3;

  if (n_agents <= lent || fl_roster_get_n_seats (roster) < 3)
    return TRUE;
  for (guint i = 0; i < n_agents; i++)
    agents[i] = i;
  return fl_roster_service_set_seat (service, lead, roster, agents, n_agents / 2, 0, 0, 0, error) &&
         fl_roster_service_set_seat (service, lead, roster, agents + n_agents / 2, n_agents - n_agents / 2, 0, 0, 1,
                                     error) &&
         fl_roster_service_set_seat (service, lead, roster, &lent, 1, 9, 9, 2, error) &&
         fl_roster_service_set_seat (service, lead, roster, &lent, 1, 12, 12, lent < n_agents / 2 ? 0 : 1, error);
}

/* The session of the team's lead: teams list by their names, which are
 * translated, so the list's order is not the leads' logins'. */
static FlSession *
lead_session (FlDatabase  *database,
              FlTeam      *team,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, "SELECT login FROM accounts WHERE staff_id = ?", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, fl_team_get_lead_id (team));
  if (!fl_database_step (database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND, "team %s has no lead who signs in",
                   fl_team_get_name (team));
      return NULL;
    }
  return fl_demo_session (database, fl_sql_column_text (statement, 0), error);
}

static gboolean
add_team_rosters (FlDatabase  *database,
                  FlTeam      *team,
                  guint        team_number,
                  GError     **error)
{
  g_autoptr(FlRosterService) service = fl_roster_service_new (database);
  g_autofree char *month = fl_month_current ();
  g_autofree char *next = fl_month_add (month, 1);
  g_autoptr(FlSession) lead = NULL;
  g_autoptr(FlSession) head = NULL;
  g_autoptr(FlRoster) current = NULL;
  g_autoptr(FlRoster) draft = NULL;
  /* Each team starts at another point of the rotation. */
  guint start = team_number * 3;

  if (!(lead = lead_session (database, team, error)) || !(head = fl_demo_session (database, "head", error)) ||
      !(current = fl_roster_service_open (service, lead, fl_team_get_id (team), month, error)) ||
      !fill_rotation (service, lead, current, start, error) ||
      !fl_roster_service_submit (service, lead, current, error) ||
      !fl_roster_service_publish (service, head, current, error) ||
      !file_swap (database, lead, current, error))
    return FALSE;

  /* Next month goes on where this one ends. */
  if (!(draft = fl_roster_service_open (service, lead, fl_team_get_id (team), next, error)) ||
      !fill_rotation (service, lead, draft, start + fl_roster_get_n_days (current), error) ||
      !break_rules (service, lead, draft, error) || !seat_team (service, lead, draft, error))
    return FALSE;
  return TRUE;
}

static gboolean
has_rosters (FlDatabase *database)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, "SELECT 1 FROM rosters LIMIT 1", NULL);
  gboolean has_row = FALSE;

  return statement == NULL || (fl_database_step (database, statement, &has_row, NULL) && has_row);
}

gboolean
fl_demo_rosters_add (FlDatabase  *database,
                     GError     **error)
{
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlStaffService) staff = fl_staff_service_new (database, system);
  g_autoptr(GListModel) teams = NULL;

  if (has_rosters (database))
    return TRUE;
  if (!(teams = fl_staff_service_list_teams (staff, error)) || !add_forecast (database, error) ||
      !add_holidays (database, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr(FlTeam) team = g_list_model_get_item (teams, i);

      if (!add_team_rosters (database, team, i, error))
        return FALSE;
    }
  return TRUE;
}
