/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-roster-private.h"
#include "fl-sql.h"

/* An approved request on the roster: each of the person's days in it
 * becomes Leave, in whatever state the month's roster is (leave is one of
 * the two ways a published roster changes), unless it is a day off. What
 * each day held is kept, for cancelling. */

static int
find_leave_shift (FlRoster *roster)
{
  for (guint i = 0; i < fl_roster_get_n_shift_types (roster); i++)
    if (fl_shift_type_get_fields (fl_roster_get_shift_type (roster, i))->spec.kind == FL_SHIFT_KIND_LEAVE)
      return (int) i;
  return FL_ROSTER_EMPTY;
}

static const char *
shift_code (FlRoster *roster,
            int       shift)
{
  return shift != FL_ROSTER_EMPTY ? fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift))->code
                                  : NULL;
}

static gboolean
keep_cell (FlDatabase  *database,
           gint64       request_id,
           FlRoster    *roster,
           const char  *date,
           int          shift,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;

  insert = fl_database_prepare (database,
                                "INSERT INTO leave_cells (request_id, roster_id, day, shift_type_id) VALUES (?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, request_id);
  sqlite3_bind_int64 (insert, 2, fl_roster_get_id (roster));
  sqlite3_bind_text (insert, 3, date, -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (insert, 4, shift != FL_ROSTER_EMPTY
                             ? fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift))->id : 0);
  return fl_database_run (database, insert, error);
}

/* The days of @month from @first_day to @last_day. */
static gboolean
mark_month (FlDatabase           *database,
            FlSession            *actor,
            gint64                request_id,
            const FlLeavePerson  *person,
            const char           *month,
            const char           *first_day,
            const char           *last_day,
            GError              **error)
{
  g_autoptr(FlRosterService) service = fl_roster_service_new (database);
  g_autoptr(FlRoster) roster = NULL;
  g_autoptr(JsonBuilder) days = json_builder_new ();
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  int agent, leave;

  if (!(roster = fl_roster_service_open (service, actor, person->team_id, month, error)))
    return FALSE;
  agent = _fl_roster_find_agent (roster, person->staff_id);
  leave = find_leave_shift (roster);
  if (agent < 0)
    return TRUE;
  if (leave == FL_ROSTER_EMPTY)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("The roster has no shift type for leave. Add one of the kind Leave in Preferences."));
      return FALSE;
    }
  if (fl_roster_get_id (roster) == 0 && !_fl_roster_ensure_row (database, roster, now, error))
    return FALSE;

  json_builder_begin_object (days);
  json_builder_set_member_name (days, "leave_request_id");
  json_builder_add_int_value (days, request_id);
  json_builder_set_member_name (days, "staff_id");
  json_builder_add_int_value (days, person->staff_id);
  json_builder_set_member_name (days, "days");
  json_builder_begin_array (days);
  for (guint day = 0; day < fl_roster_get_n_days (roster); day++)
    {
      g_autofree char *date = fl_roster_dup_date (roster, (int) day);
      int shift = fl_roster_get_cell (roster, (guint) agent, (int) day);
      FlShiftType *type = shift != FL_ROSTER_EMPTY ? fl_roster_get_shift_type (roster, (guint) shift) : NULL;

      if (strcmp (date, first_day) < 0 || strcmp (date, last_day) > 0 ||
          (type != NULL && fl_shift_type_get_fields (type)->spec.kind == FL_SHIFT_KIND_OFF))
        continue;
      if (!keep_cell (database, request_id, roster, date, shift, error) ||
          !_fl_roster_write_cell (database, roster, (guint) agent, day, leave, 0, error))
        return FALSE;
      json_builder_begin_object (days);
      json_builder_set_member_name (days, "day");
      json_builder_add_string_value (days, date);
      json_builder_set_member_name (days, "was");
      if (shift != FL_ROSTER_EMPTY)
        json_builder_add_string_value (days, shift_code (roster, shift));
      else
        json_builder_add_null_value (days);
      json_builder_end_object (days);
    }
  json_builder_end_array (days);
  json_builder_end_object (days);
  after = json_builder_get_root (days);
  return _fl_roster_touch (database, roster, now, error) &&
         fl_audit_record (database, actor, "rosters", fl_roster_get_id (roster), "leave", NULL, after, error);
}

gboolean
_fl_leave_mark_roster (FlDatabase           *database,
                       FlSession            *actor,
                       gint64                request_id,
                       const FlLeavePerson  *person,
                       const char           *first_day,
                       const char           *last_day,
                       GError              **error)
{
  g_autofree char *month = g_strndup (first_day, 7);

  if (person->team_id == 0)
    return TRUE;
  while (strncmp (month, last_day, 7) <= 0)
    {
      char *next;

      if (!mark_month (database, actor, request_id, person, month, first_day, last_day, error))
        return FALSE;
      next = fl_month_add (month, 1);
      g_free (month);
      month = next;
    }
  return TRUE;
}

gboolean
_fl_leave_restore_roster (FlDatabase  *database,
                          gint64       request_id,
                          const char  *from_day,
                          guint       *n_restored,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) kept = NULL;
  g_autoptr(sqlite3_stmt) put_back = NULL;
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) forget = NULL;
  g_autoptr(sqlite3_stmt) touch = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  gboolean has_row = FALSE;

  *n_restored = 0;
  /* Only days that still show Leave: a lead's change since is theirs. */
  kept = fl_database_prepare (database,
                              "SELECT k.roster_id, r.staff_id, k.day, k.shift_type_id FROM leave_cells k "
                              "JOIN leave_requests r ON r.id = k.request_id "
                              "JOIN roster_cells c ON c.roster_id = k.roster_id AND c.staff_id = r.staff_id "
                              "  AND c.day = k.day "
                              "JOIN shift_types t ON t.id = c.shift_type_id AND t.kind = 'leave' "
                              "WHERE k.request_id = ?1 AND k.day >= ?2 ORDER BY k.day",
                              error);
  put_back = fl_database_prepare (database,
                                  "UPDATE roster_cells SET shift_type_id = ?4, swap_id = NULL "
                                  "WHERE roster_id = ?1 AND staff_id = ?2 AND day = ?3",
                                  error);
  clear = fl_database_prepare (database,
                               "DELETE FROM roster_cells WHERE roster_id = ?1 AND staff_id = ?2 AND day = ?3", error);
  touch = fl_database_prepare (database,
                               "UPDATE rosters SET updated_at = ?3 WHERE id IN "
                               "(SELECT roster_id FROM leave_cells WHERE request_id = ?1 AND day >= ?2)",
                               error);
  forget = fl_database_prepare (database, "DELETE FROM leave_cells WHERE request_id = ?1 AND day >= ?2", error);
  if (kept == NULL || put_back == NULL || clear == NULL || touch == NULL || forget == NULL)
    return FALSE;
  sqlite3_bind_int64 (kept, 1, request_id);
  sqlite3_bind_text (kept, 2, from_day, -1, SQLITE_TRANSIENT);
  while (fl_database_step (database, kept, &has_row, error) && has_row)
    {
      sqlite3_stmt *write = sqlite3_column_type (kept, 3) == SQLITE_NULL ? clear : put_back;

      sqlite3_reset (write);
      for (int column = 0; column < 3; column++)
        sqlite3_bind_value (write, column + 1, sqlite3_column_value (kept, column));
      if (write == put_back)
        sqlite3_bind_int64 (write, 4, sqlite3_column_int64 (kept, 3));
      if (!fl_database_run (database, write, error))
        return FALSE;
      (*n_restored)++;
    }
  if (has_row)
    return FALSE;
  sqlite3_bind_int64 (touch, 1, request_id);
  sqlite3_bind_text (touch, 2, from_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (touch, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (forget, 1, request_id);
  sqlite3_bind_text (forget, 2, from_day, -1, SQLITE_TRANSIENT);
  return fl_database_run (database, touch, error) && fl_database_run (database, forget, error);
}
