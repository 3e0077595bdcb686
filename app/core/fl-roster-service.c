/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-holiday-service.h"
#include "fl-policy-service.h"
#include "fl-roster-private.h"
#include "fl-roster-service.h"
#include "fl-scorecard.h"
#include "fl-sql.h"
#include "fl-worker.h"

struct _FlRosterService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlRosterService, fl_roster_service, G_TYPE_OBJECT)

G_DEFINE_QUARK (fl-roster-error-quark, fl_roster_error)

/* The shift types and rotations schema 6 ships: their names are msgids. */
G_GNUC_UNUSED static const char *shipped_names[] = {
  N_("Day (spring–summer)"), N_("Day (winter)"), N_("Early"), N_("Late"), N_("Night"), N_("Off"), N_("Leave"),
  N_("Heating season: two early, two late, two night, two off"), N_("Office week"),
};

static FlSeason
season_from_string (const char *text)
{
  if (g_strcmp0 (text, "summer") == 0)
    return FL_SEASON_SUMMER;
  if (g_strcmp0 (text, "winter") == 0)
    return FL_SEASON_WINTER;
  return FL_SEASON_ALL;
}

static GPtrArray *
read_shift_types (FlRosterService  *self,
                  GError          **error)
{
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT id, code, name, colour, kind, start_minute, end_minute, "
                                   "  coalesce (break_start, -1), coalesce (break_end, -1), season, "
                                   "  handover_minutes "
                                   "FROM shift_types WHERE archived = 0 ORDER BY position, id",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlShiftTypeFields fields = { 0, };

      fields.id = sqlite3_column_int64 (statement, 0);
      fields.code = g_strdup (fl_sql_column_text (statement, 1));
      fields.name = g_strdup (fl_scorecard_translate (fl_sql_column_text (statement, 2)));
      fields.colour = g_strdup (fl_sql_column_text (statement, 3));
      fields.spec.kind = fl_shift_kind_from_string (fl_sql_column_text (statement, 4));
      fields.spec.start = sqlite3_column_int (statement, 5);
      fields.spec.end = sqlite3_column_int (statement, 6);
      fields.spec.break_start = sqlite3_column_int (statement, 7);
      fields.spec.break_end = sqlite3_column_int (statement, 8);
      fields.season = season_from_string (fl_sql_column_text (statement, 9));
      fields.handover_minutes = sqlite3_column_int (statement, 10);
      g_ptr_array_add (types, fl_shift_type_new (&fields));
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&types);
}

gboolean
fl_roster_service_list_patterns (FlRosterService  *self,
                                 GStrv            *names,
                                 GStrv            *codes,
                                 GError          **error)
{
  g_autoptr(GStrvBuilder) name_list = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) code_list = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), FALSE);
  g_return_val_if_fail (names != NULL && codes != NULL, FALSE);

  statement = fl_database_prepare (self->database, "SELECT name, codes FROM rotation_patterns ORDER BY id", error);
  if (statement == NULL)
    return FALSE;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_strv_builder_add (name_list, fl_scorecard_translate (fl_sql_column_text (statement, 0)));
      g_strv_builder_add (code_list, fl_sql_column_text (statement, 1));
    }
  if (has_row)
    return FALSE;
  *names = g_strv_builder_end (name_list);
  *codes = g_strv_builder_end (code_list);
  return TRUE;
}

GListModel *
fl_roster_service_list_shift_types (FlRosterService  *self,
                                    GError          **error)
{
  g_autoptr(GPtrArray) types = NULL;
  GListStore *store;

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), NULL);

  if (!(types = read_shift_types (self, error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_SHIFT_TYPE);
  g_list_store_splice (store, 0, 0, types->pdata, types->len);
  return G_LIST_MODEL (store);
}

/* Preferences say how each rule is held to, in FlRosterRule's order. */
static const char *rule_policies[FL_ROSTER_N_RULES] = {
  "roster.rule.rest", "roster.rule.overlap", "roster.rule.consecutive-days", "roster.rule.absent-per-shift",
  "roster.rule.shift-on-leave", "roster.rule.monthly-hours", "roster.rule.seat",
};

static void
read_rules (FlRosterService *self,
            FlRosterRules   *rules)
{
  fl_roster_rules_init_defaults (rules);
  rules->min_rest_minutes = (int) (fl_policy_service_get (self->policies, "roster.min-rest-hours") * 60);
  rules->max_consecutive_days = (guint) fl_policy_service_get (self->policies, "roster.max-consecutive-days");
  rules->max_absent_per_day = (guint) fl_policy_service_get (self->policies, "roster.max-absent-per-shift");
  rules->min_seat_days = (guint) fl_policy_service_get (self->policies, "roster.seat-min-days");
  for (guint rule = 0; rule < FL_ROSTER_N_RULES; rule++)
    rules->severity[rule] = (FlRuleSeverity) fl_policy_service_get (self->policies, rule_policies[rule]);
}

/* The team's agents on its roster: its active staff, by job number. */
static GArray *
read_agents (FlRosterService  *self,
             gint64            team_id,
             GError          **error)
{
  g_autoptr(GArray) agents = g_array_new (FALSE, TRUE, sizeof (FlRosterAgent));
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT id, name, coalesce (contract_min_hours, 0), "
                                   "  coalesce (contract_max_hours, 0) "
                                   "FROM staff WHERE team_id = ? AND status = 'active' ORDER BY job_number",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, team_id);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlRosterAgent agent = { sqlite3_column_int64 (statement, 0),
                              g_strdup (fl_sql_column_text (statement, 1)),
                              sqlite3_column_int (statement, 2) * 60,
                              sqlite3_column_int (statement, 3) * 60 };

      g_array_append_val (agents, agent);
    }
  if (has_row)
    {
      for (guint i = 0; i < agents->len; i++)
        g_free (g_array_index (agents, FlRosterAgent, i).name);
      return NULL;
    }
  return g_steal_pointer (&agents);
}

/* The cells of the team's agents from the days before the month to its end. */
gboolean
_fl_roster_read_days (FlDatabase      *database,
                      FlRoster        *roster,
                      const char      *sql,
                      FlRosterDayFunc  load,
                      GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *first = fl_roster_dup_date (roster, -FL_ROSTER_DAYS_BEFORE);
  g_autofree char *last = fl_roster_dup_date (roster, (int) fl_roster_get_n_days (roster) - 1);
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, sql, error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_roster_get_team_id (roster));
  sqlite3_bind_text (statement, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, last, -1, SQLITE_TRANSIENT);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      int agent = _fl_roster_find_agent (roster, sqlite3_column_int64 (statement, 0));
      int day;

      if (agent >= 0 && _fl_roster_day_of_date (roster, fl_sql_column_text (statement, 1), &day) &&
          day >= -FL_ROSTER_DAYS_BEFORE && day < (int) fl_roster_get_n_days (roster))
        load (roster, (guint) agent, day, sqlite3_column_int64 (statement, 2));
    }
  return !has_row;
}

static void
load_cell (FlRoster *roster,
           guint     agent,
           int       day,
           gint64    shift_type_id)
{
  fl_roster_check_load_cell (fl_roster_get_check (roster), agent, day, _fl_roster_find_shift (roster, shift_type_id));
}

static gboolean
read_cells (FlRosterService  *self,
            FlRoster         *roster,
            GError          **error)
{
  if (!_fl_roster_read_days (self->database, roster,
                             "SELECT c.staff_id, c.day, c.shift_type_id FROM roster_cells c "
                             "JOIN rosters r ON r.id = c.roster_id "
                             "WHERE r.team_id = ?1 AND r.month IN (substr (?2, 1, 7), substr (?3, 1, 7)) "
                             "  AND c.day BETWEEN ?2 AND ?3",
                             load_cell, error))
    return FALSE;
  fl_roster_check_check_all (fl_roster_get_check (roster));
  return TRUE;
}

static gboolean
read_holidays (FlRosterService  *self,
               FlSession        *actor,
               FlRoster         *roster,
               GError          **error)
{
  g_autoptr(FlHolidayService) calendar = fl_holiday_service_new (self->database);
  g_autoptr(GListModel) holidays = NULL;
  g_autofree char *first = fl_roster_dup_date (roster, 0);
  g_autofree char *last = fl_roster_dup_date (roster, (int) fl_roster_get_n_days (roster) - 1);

  if (!(holidays = fl_holiday_service_list (calendar, actor, first, last, error)))
    return FALSE;
  _fl_roster_set_holidays (roster, holidays);
  return TRUE;
}

/* Approved leave (the leave service's) on the month's days, for the rule
 * that nobody works a day of it. */
static gboolean
read_approved_leave (FlRosterService  *self,
                     FlRoster         *roster,
                     GError          **error)
{
  g_autofree char *first = fl_roster_dup_date (roster, 0);
  g_autofree char *last = fl_roster_dup_date (roster, (int) fl_roster_get_n_days (roster) - 1);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT r.staff_id, max (r.first_day, ?2), min (r.last_day, ?3) "
                                   "FROM leave_requests r JOIN staff s ON s.id = r.staff_id "
                                   "WHERE s.team_id = ?1 AND r.state = 'approved' AND r.first_day <= ?3 "
                                   "  AND r.last_day >= ?2",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_roster_get_team_id (roster));
  sqlite3_bind_text (statement, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, last, -1, SQLITE_TRANSIENT);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      int agent = _fl_roster_find_agent (roster, sqlite3_column_int64 (statement, 0));
      int from = 0, to = -1;

      if (agent < 0 || !_fl_roster_day_of_date (roster, fl_sql_column_text (statement, 1), &from) ||
          !_fl_roster_day_of_date (roster, fl_sql_column_text (statement, 2), &to))
        continue;
      for (int day = MAX (from, 0); day <= to && day < (int) fl_roster_get_n_days (roster); day++)
        fl_roster_check_set_approved_leave (fl_roster_get_check (roster), (guint) agent, (guint) day, TRUE);
    }
  return !has_row;
}

/* Exactly YYYY-MM, a real month. */
static gboolean
is_month (const char *month)
{
  if (month == NULL || strlen (month) != 7 || month[4] != '-')
    return FALSE;
  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (month[i]))
      return FALSE;
  return g_date_valid_dmy (1, (GDateMonth) g_ascii_strtoull (month + 5, NULL, 10),
                           (GDateYear) g_ascii_strtoull (month, NULL, 10));
}

FlRoster *
fl_roster_service_open (FlRosterService  *self,
                        FlSession        *actor,
                        gint64            team_id,
                        const char       *month,
                        GError          **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GPtrArray) shift_types = NULL;
  g_autoptr(GArray) agents = NULL;
  g_autoptr(FlRoster) roster = NULL;
  FlRosterState state = FL_ROSTER_DRAFT;
  FlRosterRules rules;
  gboolean has_row = FALSE;
  gint64 id = 0;

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_STAFF, error))
    return NULL;
  if (!is_month (month))
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   _("“%s” is not a month: write it as year-month, as 2026-12."), month ? month : "");
      return NULL;
    }

  statement = fl_database_prepare (self->database,
                                   "SELECT t.id, r.id, r.state FROM teams t "
                                   "LEFT JOIN rosters r ON r.team_id = t.id AND r.month = ? WHERE t.id = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, team_id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND, _("This team no longer exists."));
      return NULL;
    }
  id = sqlite3_column_int64 (statement, 1);
  if (id != 0)
    state = fl_roster_state_from_string (fl_sql_column_text (statement, 2));

  read_rules (self, &rules);
  if (!(shift_types = read_shift_types (self, error)) || !(agents = read_agents (self, team_id, error)))
    return NULL;
  roster = _fl_roster_new (id, team_id, month, state, &rules, shift_types, agents);
  if (!read_holidays (self, actor, roster, error) || !_fl_roster_service_read_seats (self->database, roster, error) ||
      !read_approved_leave (self, roster, error) || !read_cells (self, roster, error))
    return NULL;
  return g_steal_pointer (&roster);
}

static gpointer
open_in_worker (FlDatabase  *connection,
                gpointer     data,
                GError     **error)
{
  FlWorkerQuery *query = data;
  g_autoptr(FlRosterService) service = fl_roster_service_new (connection);

  return fl_roster_service_open (service, query->actor, query->id, query->month, error);
}

void
fl_roster_service_open_async (FlRosterService     *self,
                              FlSession           *actor,
                              gint64               team_id,
                              const char          *month,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (FL_IS_ROSTER_SERVICE (self));

  fl_worker_run (self->database, self, fl_roster_service_open_async, open_in_worker,
                 fl_worker_query_new (actor, month, team_id), fl_worker_query_free, g_object_unref,
                 cancellable, callback, user_data);
}

FlRoster *
fl_roster_service_open_finish (FlRosterService  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  return fl_worker_finish (result, fl_roster_service_open_async, error);
}

gboolean
_fl_roster_check_may_edit (FlDatabase  *database,
                           FlSession   *actor,
                           FlRoster    *roster,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (!fl_session_check (actor, FL_PERMISSION_EDIT_ROSTER, error))
    return FALSE;
  if (fl_session_has_role (actor, FL_ROLE_DEPT_HEAD))
    return TRUE;
  statement = fl_database_prepare (database, "SELECT 1 FROM teams WHERE id = ? AND lead_staff_id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_roster_get_team_id (roster));
  sqlite3_bind_int64 (statement, 2, fl_session_get_staff_id (actor));
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_ALLOWED,
                         _("You can edit only your own team’s roster."));
  return has_row;
}

gboolean
_fl_roster_check_state (FlRoster       *roster,
             FlRosterState   wanted,
             GError        **error)
{
  FlRosterState state = fl_roster_get_state (roster);

  if (state == wanted)
    return TRUE;
  if (state == FL_ROSTER_PUBLISHED)
    g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED,
                         _("This roster is published: it changes only through approved swaps and leave."));
  else if (state == FL_ROSTER_SUBMITTED)
    g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED,
                         _("This roster is submitted and waits for the department head."));
  else
    g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED,
                         _("This roster is still a draft: the team lead submits it first."));
  return FALSE;
}

typedef struct
{
  FlRosterService    *self;
  FlSession          *actor;
  FlRoster           *roster;
  const FlRosterEdit *edits;
  guint               n_edits;
  FlRosterState       state;
  const char         *reason;
} RosterChange;

/* The roster's row, made on the first edit of a month (or found, when
 * another window made it meanwhile), still a draft. */
gboolean
_fl_roster_ensure_row (FlDatabase  *database,
                       FlRoster    *roster,
                       const char  *now,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) select = NULL;
  gboolean has_row = FALSE;

  insert = fl_database_prepare (database,
                                "INSERT INTO rosters (team_id, month, updated_at) VALUES (?, ?, ?) "
                                "ON CONFLICT (team_id, month) DO NOTHING",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, fl_roster_get_team_id (roster));
  sqlite3_bind_text (insert, 2, fl_roster_get_month (roster), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, now, -1, SQLITE_TRANSIENT);
  select = fl_database_prepare (database, "SELECT id, state FROM rosters WHERE team_id = ? AND month = ?", error);
  if (select == NULL || !fl_database_run (database, insert, error))
    return FALSE;
  sqlite3_bind_int64 (select, 1, fl_roster_get_team_id (roster));
  sqlite3_bind_text (select, 2, fl_roster_get_month (roster), -1, SQLITE_TRANSIENT);
  if (!fl_database_step (database, select, &has_row, error))
    return FALSE;
  _fl_roster_set_id (roster, sqlite3_column_int64 (select, 0));
  if (fl_roster_state_from_string (fl_sql_column_text (select, 1)) != FL_ROSTER_DRAFT)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED,
                           _("This roster was submitted meanwhile. Open it again to see it as it is."));
      return FALSE;
    }
  return TRUE;
}

static void
add_cell_json (JsonBuilder *builder,
               FlRoster    *roster,
               guint        agent,
               guint        day,
               int          shift)
{
  g_autofree char *date = fl_roster_dup_date (roster, (int) day);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "staff_id");
  json_builder_add_int_value (builder, fl_roster_get_agent_id (roster, agent));
  json_builder_set_member_name (builder, "day");
  json_builder_add_string_value (builder, date);
  json_builder_set_member_name (builder, "shift");
  if (shift == FL_ROSTER_EMPTY)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder,
                                   fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift))->code);
  json_builder_end_object (builder);
}

gboolean
_fl_roster_write_cell (FlDatabase  *database,
                       FlRoster    *roster,
                       guint        agent,
                       guint        day,
                       int          shift,
                       gint64       swap_id,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *date = fl_roster_dup_date (roster, (int) day);

  if (shift == FL_ROSTER_EMPTY)
    statement = fl_database_prepare (database,
                                     "DELETE FROM roster_cells WHERE roster_id = ?1 AND staff_id = ?2 AND day = ?3",
                                     error);
  else
    statement = fl_database_prepare (database,
                                     "INSERT INTO roster_cells (roster_id, staff_id, day, shift_type_id, swap_id) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5) "
                                     "ON CONFLICT (roster_id, staff_id, day) DO UPDATE "
                                     "SET shift_type_id = excluded.shift_type_id, swap_id = excluded.swap_id",
                                     error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_roster_get_id (roster));
  sqlite3_bind_int64 (statement, 2, fl_roster_get_agent_id (roster, agent));
  sqlite3_bind_text (statement, 3, date, -1, SQLITE_TRANSIENT);
  if (shift != FL_ROSTER_EMPTY)
    {
      sqlite3_bind_int64 (statement, 4,
                          fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift))->id);
      fl_sql_bind_id (statement, 5, swap_id);
    }
  return fl_database_run (database, statement, error);
}

gboolean
_fl_roster_touch (FlDatabase  *database,
                  FlRoster    *roster,
                  const char  *now,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database, "UPDATE rosters SET updated_at = ? WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, fl_roster_get_id (roster));
  return fl_database_run (database, statement, error);
}

static gboolean
apply_set_cells (gpointer   user_data,
                 GError   **error)
{
  RosterChange *change = user_data;
  g_autoptr(JsonBuilder) before = json_builder_new ();
  g_autoptr(JsonBuilder) after = json_builder_new ();
  g_autoptr(JsonNode) before_node = NULL;
  g_autoptr(JsonNode) after_node = NULL;
  g_autofree char *now = fl_sql_now_utc ();

  if (!_fl_roster_ensure_row (change->self->database, change->roster, now, error))
    return FALSE;
  json_builder_begin_array (before);
  json_builder_begin_array (after);
  for (guint i = 0; i < change->n_edits; i++)
    {
      const FlRosterEdit *edit = &change->edits[i];

      add_cell_json (before, change->roster, edit->agent, edit->day,
                     fl_roster_get_cell (change->roster, edit->agent, (int) edit->day));
      add_cell_json (after, change->roster, edit->agent, edit->day, edit->shift);
      if (!_fl_roster_write_cell (change->self->database, change->roster, edit->agent, edit->day, edit->shift, 0,
                                  error))
        return FALSE;
    }
  json_builder_end_array (before);
  json_builder_end_array (after);
  before_node = json_builder_get_root (before);
  after_node = json_builder_get_root (after);
  return _fl_roster_touch (change->self->database, change->roster, now, error) &&
         fl_audit_record (change->self->database, change->actor, "rosters", fl_roster_get_id (change->roster),
                          "edit-cells", before_node, after_node, error);
}

static gboolean
check_edits (FlRoster            *roster,
             const FlRosterEdit  *edits,
             guint                n_edits,
             GError             **error)
{
  for (guint i = 0; i < n_edits; i++)
    {
      const FlRosterEdit *edit = &edits[i];
      FlShiftType *type;

      if (edit->agent >= fl_roster_get_n_agents (roster) || edit->day >= fl_roster_get_n_days (roster) ||
          (edit->shift != FL_ROSTER_EMPTY &&
           (edit->shift < 0 || (guint) edit->shift >= fl_roster_get_n_shift_types (roster))))
        {
          g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                               _("A change falls outside this roster’s month or team."));
          return FALSE;
        }
      type = edit->shift != FL_ROSTER_EMPTY ? fl_roster_get_shift_type (roster, (guint) edit->shift) : NULL;
      if (type != NULL && fl_shift_type_get_fields (type)->spec.kind == FL_SHIFT_KIND_LEAVE)
        {
          g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                               _("Leave is set on the roster by approving a leave request, not by hand."));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
fl_roster_service_set_cells (FlRosterService     *self,
                             FlSession           *actor,
                             FlRoster            *roster,
                             const FlRosterEdit  *edits,
                             guint                n_edits,
                             GError             **error)
{
  RosterChange change = { self, actor, roster, edits, n_edits, 0, NULL };
  gint64 id_before;

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);
  g_return_val_if_fail (edits != NULL || n_edits == 0, FALSE);

  if (!_fl_roster_check_may_edit (self->database, actor, roster, error) ||
      !_fl_roster_check_state (roster, FL_ROSTER_DRAFT, error) ||
      !check_edits (roster, edits, n_edits, error))
    return FALSE;
  if (n_edits == 0)
    return TRUE;
  id_before = fl_roster_get_id (roster);
  if (!fl_database_transaction (self->database, apply_set_cells, &change, error))
    {
      _fl_roster_set_id (roster, id_before);
      return FALSE;
    }
  for (guint i = 0; i < n_edits; i++)
    fl_roster_check_set_cell (fl_roster_get_check (roster), edits[i].agent, (int) edits[i].day, edits[i].shift);
  return TRUE;
}

static gboolean
apply_state (gpointer   user_data,
             GError   **error)
{
  RosterChange *change = user_data;
  FlDatabase *database = change->self->database;
  gint64 id = fl_roster_get_id (change->roster);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  const char *action;

  if (!(before = fl_audit_snapshot (database, "rosters", id, error)))
    return FALSE;
  if (change->state == FL_ROSTER_SUBMITTED)
    {
      action = "submit";
      statement = fl_database_prepare (database,
                                       "UPDATE rosters SET state = 'submitted', submitted_by_account_id = ?1, "
                                       "  submitted_at = ?2, updated_at = ?2 WHERE id = ?3 AND state = 'draft'",
                                       error);
    }
  else if (change->state == FL_ROSTER_PUBLISHED)
    {
      action = "publish";
      statement = fl_database_prepare (database,
                                       "UPDATE rosters SET state = 'published', published_by_account_id = ?1, "
                                       "  published_at = ?2, updated_at = ?2 WHERE id = ?3 AND state = 'submitted'",
                                       error);
    }
  else
    {
      action = "return";
      statement = fl_database_prepare (database,
                                       "UPDATE rosters SET state = 'draft', updated_at = ?2 "
                                       "WHERE id = ?3 AND state = 'submitted' AND ?1 = ?1",
                                       error);
    }
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, id);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  if (fl_database_changes (database) != 1)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED,
                           _("This roster changed meanwhile. Open it again to see it as it is."));
      return FALSE;
    }
  if (!(after = fl_audit_snapshot (database, "rosters", id, error)))
    return FALSE;
  if (change->reason != NULL)
    {
      JsonObject *object = json_node_get_object (after);

      json_object_set_string_member (object, "reason", change->reason);
    }
  return fl_audit_record (database, change->actor, "rosters", id, action, before, after, error);
}

static gboolean
check_no_hard_violations (FlRoster  *roster,
                          GError   **error)
{
  guint hard = fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_HARD);

  if (hard == 0)
    return TRUE;
  g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u rule of the center is broken on this roster. Fix it before handing the roster on.",
                            "%u rules of the center are broken on this roster. Fix them before handing the roster on.",
                            hard),
               hard);
  return FALSE;
}

static gboolean
change_state (FlRosterService  *self,
              FlSession        *actor,
              FlRoster         *roster,
              FlRosterState     state,
              const char       *reason,
              GError          **error)
{
  RosterChange change = { self, actor, roster, NULL, 0, state, reason };

  if (!fl_database_transaction (self->database, apply_state, &change, error))
    return FALSE;
  _fl_roster_set_state (roster, state);
  return TRUE;
}

gboolean
fl_roster_service_submit (FlRosterService  *self,
                          FlSession        *actor,
                          FlRoster         *roster,
                          GError          **error)
{
  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);

  if (!_fl_roster_check_may_edit (self->database, actor, roster, error) ||
      !_fl_roster_check_state (roster, FL_ROSTER_DRAFT, error) ||
      !check_no_hard_violations (roster, error))
    return FALSE;
  if (fl_roster_get_id (roster) == 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Nothing is on this roster yet: set the shifts, then submit it."));
      return FALSE;
    }
  return change_state (self, actor, roster, FL_ROSTER_SUBMITTED, NULL, error);
}

gboolean
fl_roster_service_publish (FlRosterService  *self,
                           FlSession        *actor,
                           FlRoster         *roster,
                           GError          **error)
{
  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_PUBLISH_ROSTER, error) ||
      !_fl_roster_check_state (roster, FL_ROSTER_SUBMITTED, error) || !check_no_hard_violations (roster, error))
    return FALSE;
  return change_state (self, actor, roster, FL_ROSTER_PUBLISHED, NULL, error);
}

gboolean
fl_roster_service_return (FlRosterService  *self,
                          FlSession        *actor,
                          FlRoster         *roster,
                          const char       *reason,
                          GError          **error)
{
  g_autofree char *clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_PUBLISH_ROSTER, error) ||
      !_fl_roster_check_state (roster, FL_ROSTER_SUBMITTED, error))
    return FALSE;
  if (*clean_reason == '\0')
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Say what the lead should change: the reason goes back with the roster."));
      return FALSE;
    }
  return change_state (self, actor, roster, FL_ROSTER_DRAFT, clean_reason, error);
}

FlDatabase *
_fl_roster_service_get_database (FlRosterService *self)
{
  return self->database;
}

static void
fl_roster_service_dispose (GObject *object)
{
  FlRosterService *self = FL_ROSTER_SERVICE (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_roster_service_parent_class)->dispose (object);
}

static void
fl_roster_service_class_init (FlRosterServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_roster_service_dispose;
}

static void
fl_roster_service_init (FlRosterService *self)
{
}

FlRosterService *
fl_roster_service_new (FlDatabase *database)
{
  FlRosterService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_ROSTER_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}
