/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* The team absence calendar (请假日历): who is away each day of a month. */

typedef struct
{
  FlLeaveService  *self;
  FlLeaveCalendar *calendar;
  GHashTable      *rows;        /* staff id → FlLeaveCalendarRow, owned by calendar->rows */
  char            *first;       /* the month's first and last day */
  char            *last;
  const char      *filter;      /* SQL narrowing the people, on s and t */
  gint64           filter_id;   /* bound to ?3 */
} Reading;

static void
reading_clear (Reading *reading)
{
  g_clear_pointer (&reading->rows, g_hash_table_unref);
  g_clear_pointer (&reading->first, g_free);
  g_clear_pointer (&reading->last, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

static void
row_free (gpointer data)
{
  FlLeaveCalendarRow *row = data;

  g_free (row->name);
  g_free (row->job_number);
  g_free (row->team);
  g_free (row);
}

/* The row of the person in columns 0 to 3 (id, name, job number, team). */
static FlLeaveCalendarRow *
row_of (Reading      *reading,
        sqlite3_stmt *statement)
{
  gint64 staff_id = sqlite3_column_int64 (statement, 0);
  FlLeaveCalendarRow *row = g_hash_table_lookup (reading->rows, &staff_id);

  if (row != NULL)
    return row;
  row = g_new0 (FlLeaveCalendarRow, 1);
  row->staff_id = staff_id;
  row->name = g_strdup (fl_sql_column_text (statement, 1));
  row->job_number = g_strdup (fl_sql_column_text (statement, 2));
  row->team = g_strdup (fl_sql_column_text (statement, 3));
  g_ptr_array_add (reading->calendar->rows, row);
  g_hash_table_insert (reading->rows, &row->staff_id, row);
  return row;
}

static sqlite3_stmt *
prepare (Reading     *reading,
         const char  *select,
         GError     **error)
{
  g_autofree char *sql = g_strconcat (select, reading->filter, NULL);
  sqlite3_stmt *statement = fl_database_prepare (_fl_leave_service_get_database (reading->self), sql, error);

  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, reading->first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, reading->last, -1, SQLITE_TRANSIENT);
  if (reading->filter_id != 0)
    sqlite3_bind_int64 (statement, 3, reading->filter_id);
  return statement;
}

/* Pending and approved leave; an early return ends it the day before. */
static gboolean
read_leave (Reading  *reading,
            GError  **error)
{
  FlLeaveCalendar *calendar = reading->calendar;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = prepare (reading,
                       "SELECT r.staff_id, s.name, s.job_number, t.name, r.id, r.type_id, r.state, "
                       "  r.first_day, r.first_half, "
                       "  min (r.last_day, coalesce (date (r.returned_on, '-1 day'), r.last_day)) AS end_day, "
                       "  CASE WHEN r.returned_on <= r.last_day THEN 'full' ELSE r.last_half END "
                       "FROM leave_requests r JOIN staff s ON s.id = r.staff_id LEFT JOIN teams t ON t.id = s.team_id "
                       "WHERE r.state IN ('pending', 'approved') AND r.first_day <= ?2 AND r.last_day >= ?1 "
                       "  AND end_day >= r.first_day ",
                       error);
  if (statement == NULL)
    return FALSE;
  while (fl_database_step (_fl_leave_service_get_database (reading->self), statement, &has_row, error) && has_row)
    {
      FlLeaveCalendarRow *row = row_of (reading, statement);
      FlLeaveType *type = _fl_leave_find_type (calendar->types, sqlite3_column_int64 (statement, 5));
      FlLeaveState state = fl_leave_state_from_string (fl_sql_column_text (statement, 6));
      const char *first_day = fl_sql_column_text (statement, 7);
      const char *last_day = fl_sql_column_text (statement, 9);
      gboolean starts_at_noon = g_strcmp0 (fl_sql_column_text (statement, 8), "afternoon") == 0;
      gboolean ends_at_noon = g_strcmp0 (fl_sql_column_text (statement, 10), "morning") == 0;

      for (guint day = 0; day < calendar->n_days; day++)
        {
          FlLeaveCalendarDay *cell = &row->days[day];
          char date[16];

          g_snprintf (date, sizeof date, "%s-%02u", calendar->month, day + 1);
          if (strcmp (date, first_day) < 0 || strcmp (date, last_day) > 0)
            continue;
          cell->type = type;
          cell->request_id = sqlite3_column_int64 (statement, 4);
          cell->state = state;
          cell->half = strcmp (date, first_day) == 0 && starts_at_noon ? FL_LEAVE_HALF_AFTERNOON
                       : strcmp (date, last_day) == 0 && ends_at_noon  ? FL_LEAVE_HALF_MORNING
                                                                       : FL_LEAVE_HALF_FULL;
        }
    }
  return !has_row;
}

static gboolean
read_absences (Reading  *reading,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = prepare (reading,
                       "SELECT a.staff_id, s.name, s.job_number, t.name, a.day "
                       "FROM absences a JOIN staff s ON s.id = a.staff_id LEFT JOIN teams t ON t.id = s.team_id "
                       "WHERE a.day BETWEEN ?1 AND ?2 ",
                       error);
  if (statement == NULL)
    return FALSE;
  while (fl_database_step (_fl_leave_service_get_database (reading->self), statement, &has_row, error) && has_row)
    {
      FlLeaveCalendarRow *row = row_of (reading, statement);
      const char *day = fl_sql_column_text (statement, 4);
      guint64 number = g_ascii_strtoull (day + 8, NULL, 10);

      if (number >= 1 && number <= reading->calendar->n_days)
        row->days[number - 1].absent = TRUE;
    }
  return !has_row;
}

/* Everyone on the team, away or not: a row for each, to open their
 * statement from. */
static gboolean
read_members (Reading  *reading,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = prepare (reading,
                       "SELECT s.id, s.name, s.job_number, t.name FROM staff s LEFT JOIN teams t ON t.id = s.team_id "
                       "WHERE s.status = 'active' AND ?1 <= ?2 ",
                       error);
  if (statement == NULL)
    return FALSE;
  while (fl_database_step (_fl_leave_service_get_database (reading->self), statement, &has_row, error) && has_row)
    row_of (reading, statement);
  return !has_row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const FlLeaveCalendarRow *first = *(FlLeaveCalendarRow **) a;
  const FlLeaveCalendarRow *second = *(FlLeaveCalendarRow **) b;
  int by_team = g_strcmp0 (first->team, second->team);

  return by_team != 0 ? by_team : g_strcmp0 (first->job_number, second->job_number);
}

static void
count_away (FlLeaveCalendar *calendar)
{
  for (guint i = 0; i < calendar->rows->len; i++)
    {
      FlLeaveCalendarRow *row = g_ptr_array_index (calendar->rows, i);

      for (guint day = 0; day < calendar->n_days; day++)
        if (row->days[day].absent || (row->days[day].type != NULL && row->days[day].state == FL_LEAVE_APPROVED))
          calendar->away[day]++;
    }
}

/* A lead follows their own team; the head and administrators any. */
static gboolean
choose_people (Reading    *reading,
               FlSession  *actor,
               gint64      team_id,
               GError    **error)
{
  FlDatabase *database = _fl_leave_service_get_database (reading->self);
  gboolean everyone = fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);

  if (team_id != 0 && !everyone)
    {
      g_autoptr(sqlite3_stmt) statement = NULL;
      gboolean leads = FALSE;

      statement = fl_database_prepare (database, "SELECT 1 FROM teams WHERE id = ? AND lead_staff_id = ?", error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, team_id);
      sqlite3_bind_int64 (statement, 2, fl_session_get_staff_id (actor));
      if (!fl_database_step (database, statement, &leads, error))
        return FALSE;
      if (!leads)
        {
          g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED,
                               _("You follow the leave of your own team only."));
          return FALSE;
        }
    }
  if (team_id != 0)
    {
      reading->filter = "AND s.team_id = ?3";
      reading->filter_id = team_id;
    }
  else if (!everyone)
    {
      reading->filter = "AND (t.lead_staff_id = ?3 OR s.id = ?3)";
      reading->filter_id = fl_session_get_staff_id (actor);
    }
  else
    reading->filter = "";
  return TRUE;
}

FlLeaveCalendar *
fl_leave_service_read_calendar (FlLeaveService  *self,
                                FlSession       *actor,
                                const char      *month,
                                gint64           team_id,
                                GError         **error)
{
  g_autoptr(FlLeaveCalendar) calendar = NULL;
  g_auto(Reading) reading = { self };
  guint year, number;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error))
    return NULL;
  if (!fl_month_is_valid (month))
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("“%s” is not a month: write it as year-month, as 2026-12."), month ? month : "");
      return NULL;
    }
  if (!choose_people (&reading, actor, team_id, error))
    return NULL;
  sscanf (month, "%4u-%2u", &year, &number);
  calendar = g_new0 (FlLeaveCalendar, 1);
  calendar->month = g_strdup (month);
  calendar->n_days = g_date_get_days_in_month ((GDateMonth) number, (GDateYear) year);
  calendar->rows = g_ptr_array_new_with_free_func (row_free);
  reading.calendar = calendar;
  reading.rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  reading.first = g_strdup_printf ("%s-01", month);
  reading.last = g_strdup_printf ("%s-%02u", month, calendar->n_days);
  if (!(calendar->types = _fl_leave_read_types (self, error)) || !read_leave (&reading, error) ||
      !read_absences (&reading, error) || (reading.filter_id != 0 && !read_members (&reading, error)))
    return NULL;
  g_ptr_array_sort (calendar->rows, compare_rows);
  count_away (calendar);
  return g_steal_pointer (&calendar);
}
