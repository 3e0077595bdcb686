/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-roster-private.h"
#include "fl-roster-service.h"
#include "fl-scorecard.h"
#include "fl-sql.h"

/* Seats (坐席): which line each agent answers, day by day, on a team's
 * roster; the check holds them to the shortest seat assignment. */

/* The seats schema 8 ships: their names are msgids. */
G_GNUC_UNUSED static const char *shipped_names[] = {
  N_("Technical service"), N_("Market enquiries"), N_("Call-backs"), N_("Supervisor"),
};

static GArray *
read_seat_types (FlDatabase  *database,
                 GError     **error)
{
  g_autoptr(GArray) seats = g_array_new (FALSE, FALSE, sizeof (FlRosterSeat));
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, "SELECT id, code, name FROM seats ORDER BY position, id", error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      FlRosterSeat seat = { sqlite3_column_int64 (statement, 0), g_strdup (fl_sql_column_text (statement, 1)),
                            g_strdup (fl_scorecard_translate (fl_sql_column_text (statement, 2))) };

      g_array_append_val (seats, seat);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&seats);
}

static void
load_seat (FlRoster *roster,
           guint     agent,
           int       day,
           gint64    seat_id)
{
  fl_roster_check_load_seat (fl_roster_get_check (roster), agent, day, _fl_roster_find_seat (roster, seat_id));
}

gboolean
_fl_roster_service_read_seats (FlDatabase  *database,
                               FlRoster    *roster,
                               GError     **error)
{
  g_autoptr(GArray) seats = read_seat_types (database, error);

  if (seats == NULL)
    return FALSE;
  _fl_roster_set_seat_types (roster, seats);
  return _fl_roster_read_days (database, roster,
                               "SELECT s.staff_id, s.day, s.seat_id FROM roster_seats s "
                               "JOIN rosters r ON r.id = s.roster_id "
                               "WHERE r.team_id = ?1 AND r.month IN (substr (?2, 1, 7), substr (?3, 1, 7)) "
                               "  AND s.day BETWEEN ?2 AND ?3",
                               load_seat, error);
}

typedef struct
{
  FlDatabase             *database;
  FlSession              *actor;
  FlRoster               *roster;
  const FlRosterSeatEdit *edits;
  guint                   n_edits;
} SeatChange;

static JsonNode *
seat_json (SeatChange *change,
           gboolean    after)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  FlRoster *roster = change->roster;

  json_builder_begin_array (builder);
  for (guint i = 0; i < change->n_edits; i++)
    {
      const FlRosterSeatEdit *edit = &change->edits[i];
      int seat = after ? edit->seat : fl_roster_check_get_seat (fl_roster_get_check (roster), edit->agent,
                                                                 (int) edit->day);
      g_autofree char *date = fl_roster_dup_date (roster, (int) edit->day);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "staff_id");
      json_builder_add_int_value (builder, fl_roster_get_agent_id (roster, edit->agent));
      json_builder_set_member_name (builder, "day");
      json_builder_add_string_value (builder, date);
      json_builder_set_member_name (builder, "seat");
      if (seat != FL_ROSTER_EMPTY)
        json_builder_add_string_value (builder, fl_roster_get_seat_code (roster, (guint) seat));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static gboolean
apply_seats (gpointer   user_data,
             GError   **error)
{
  SeatChange *change = user_data;
  FlRoster *roster = change->roster;
  g_autofree char *now = fl_sql_now_utc ();
  g_autoptr(JsonNode) before = seat_json (change, FALSE);
  g_autoptr(JsonNode) after = seat_json (change, TRUE);
  g_autoptr(sqlite3_stmt) upsert = NULL;
  g_autoptr(sqlite3_stmt) delete = NULL;

  if (!_fl_roster_ensure_row (change->database, roster, now, error))
    return FALSE;
  upsert = fl_database_prepare (change->database,
                                "INSERT INTO roster_seats (roster_id, staff_id, day, seat_id) VALUES (?1, ?2, ?3, ?4) "
                                "ON CONFLICT (roster_id, staff_id, day) DO UPDATE SET seat_id = excluded.seat_id",
                                error);
  if (upsert == NULL)
    return FALSE;
  delete = fl_database_prepare (change->database,
                                "DELETE FROM roster_seats WHERE roster_id = ?1 AND staff_id = ?2 AND day = ?3", error);
  if (delete == NULL)
    return FALSE;
  for (guint i = 0; i < change->n_edits; i++)
    {
      const FlRosterSeatEdit *edit = &change->edits[i];
      sqlite3_stmt *write = edit->seat != FL_ROSTER_EMPTY ? upsert : delete;
      g_autofree char *date = fl_roster_dup_date (roster, (int) edit->day);

      sqlite3_reset (write);
      sqlite3_bind_int64 (write, 1, fl_roster_get_id (roster));
      sqlite3_bind_int64 (write, 2, fl_roster_get_agent_id (roster, edit->agent));
      sqlite3_bind_text (write, 3, date, -1, SQLITE_TRANSIENT);
      if (edit->seat != FL_ROSTER_EMPTY)
        sqlite3_bind_int64 (write, 4, _fl_roster_get_seat_id (roster, (guint) edit->seat));
      if (!fl_database_run (change->database, write, error))
        return FALSE;
    }
  return _fl_roster_touch (change->database, roster, now, error) &&
         fl_audit_record (change->database, change->actor, "rosters", fl_roster_get_id (roster), "edit-seats",
                          before, after, error);
}

static gboolean
seat_edit_is_valid (FlRoster               *roster,
                    const FlRosterSeatEdit *edit)
{
  return edit->agent < fl_roster_get_n_agents (roster) && edit->day < fl_roster_get_n_days (roster) &&
         (edit->seat == FL_ROSTER_EMPTY || (edit->seat >= 0 && (guint) edit->seat < fl_roster_get_n_seats (roster)));
}

gboolean
fl_roster_service_set_seats (FlRosterService         *self,
                             FlSession               *actor,
                             FlRoster                *roster,
                             const FlRosterSeatEdit  *edits,
                             guint                    n_edits,
                             GError                 **error)
{
  SeatChange change = { _fl_roster_service_get_database (self), actor, roster, edits, n_edits };
  g_autofree gboolean *checked = NULL;
  FlRosterCheck *check;
  gint64 id_before;

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);
  g_return_val_if_fail (edits != NULL || n_edits == 0, FALSE);

  if (!_fl_roster_check_may_edit (change.database, actor, roster, error) ||
      !_fl_roster_check_state (roster, FL_ROSTER_DRAFT, error))
    return FALSE;
  for (guint i = 0; i < n_edits; i++)
    if (!seat_edit_is_valid (roster, &edits[i]))
      {
        g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                             _("A change falls outside this roster’s month or team."));
        return FALSE;
      }
  if (n_edits == 0)
    return TRUE;
  id_before = fl_roster_get_id (roster);
  if (!fl_database_transaction (change.database, apply_seats, &change, error))
    {
      _fl_roster_set_id (roster, id_before);
      return FALSE;
    }
  /* Every day in, then each agent's row checked once (setting one of its days again). */
  check = fl_roster_get_check (roster);
  checked = g_new0 (gboolean, fl_roster_get_n_agents (roster));
  for (guint i = 0; i < n_edits; i++)
    fl_roster_check_load_seat (check, edits[i].agent, (int) edits[i].day, edits[i].seat);
  for (guint i = 0; i < n_edits; i++)
    if (!checked[edits[i].agent])
      {
        checked[edits[i].agent] = TRUE;
        fl_roster_check_set_seat (check, edits[i].agent, (int) edits[i].day, edits[i].seat);
      }
  return TRUE;
}

gboolean
fl_roster_service_set_seat (FlRosterService  *self,
                            FlSession        *actor,
                            FlRoster         *roster,
                            const guint      *agents,
                            guint             n_agents,
                            guint             first_day,
                            guint             last_day,
                            int               seat,
                            GError          **error)
{
  g_autoptr(GArray) edits = NULL;

  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);
  g_return_val_if_fail (agents != NULL || n_agents == 0, FALSE);

  if (first_day > last_day)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A change falls outside this roster’s month or team."));
      return FALSE;
    }
  edits = fl_roster_seat_edits_new (agents, n_agents, first_day, last_day, seat);
  return fl_roster_service_set_seats (self, actor, roster, (const FlRosterSeatEdit *) edits->data, edits->len,
                                      error);
}
