/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-holiday-service.h"
#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* A request covers at most this many days: maternity leave is the longest. */
#define MAX_DAYS 400

/* Working days */

gboolean
_fl_leave_parse_day (const char  *text,
                     GDate       *date,
                     GError     **error)
{
  if (fl_month_parse_date (text, date))
    return TRUE;
  g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                       _("Write the days as year-month-day, as 2027-01-04."));
  return FALSE;
}

/* Days from @first to @last on the holiday calendar: working or not. */
static gboolean
read_calendar (FlLeaveService  *self,
               const GDate     *first,
               guint            n_days,
               gboolean        *working,
               GError         **error)
{
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autofree char *from = fl_month_date_to_string (first);
  g_autofree char *to = NULL;
  g_autoptr(GListModel) holidays = NULL;
  GDate last = *first;
  guint next = 0;

  g_date_add_days (&last, n_days - 1);
  to = fl_month_date_to_string (&last);
  if (!(holidays = fl_holiday_service_list (_fl_leave_service_get_holidays (self), system, from, to, error)))
    return FALSE;
  for (guint day = 0; day < n_days; day++)
    {
      GDate date = *first;
      g_autoptr(FlHoliday) holiday = NULL;
      g_autofree char *text = NULL;

      g_date_add_days (&date, day);
      text = fl_month_date_to_string (&date);
      holiday = next < g_list_model_get_n_items (holidays) ? g_list_model_get_item (holidays, next) : NULL;
      if (holiday != NULL && g_strcmp0 (fl_holiday_get_date (holiday), text) == 0)
        next++;
      else
        g_clear_object (&holiday);
      working[day] = fl_holiday_is_working_day (&date, holiday);
    }
  return TRUE;
}

/* Where the person's team has published the month, its shifts say which
 * days are worked (a shift or leave), over the calendar's say. */
static gboolean
read_published_roster (FlLeaveService      *self,
                       const FlLeavePerson *person,
                       const GDate         *first,
                       guint                n_days,
                       gboolean            *working,
                       GError             **error)
{
  g_autoptr(sqlite3_stmt) months = NULL;
  g_autoptr(sqlite3_stmt) cells = NULL;
  g_autofree char *from = fl_month_date_to_string (first);
  g_autofree char *to = NULL;
  GDate last = *first;
  gboolean has_row = FALSE;

  if (person->team_id == 0)
    return TRUE;
  g_date_add_days (&last, n_days - 1);
  to = fl_month_date_to_string (&last);
  months = fl_database_prepare (_fl_leave_service_get_database (self),
                                "SELECT month FROM rosters WHERE team_id = ?1 AND state = 'published' "
                                "AND month BETWEEN substr (?2, 1, 7) AND substr (?3, 1, 7)",
                                error);
  cells = fl_database_prepare (_fl_leave_service_get_database (self),
                               "SELECT c.day FROM roster_cells c JOIN rosters r ON r.id = c.roster_id "
                               "JOIN shift_types t ON t.id = c.shift_type_id "
                               "WHERE r.team_id = ?1 AND r.state = 'published' AND r.month = ?2 AND c.staff_id = ?3 "
                               "  AND t.kind IN ('work', 'leave') AND c.day BETWEEN ?4 AND ?5",
                               error);
  if (months == NULL || cells == NULL)
    return FALSE;
  sqlite3_bind_int64 (months, 1, person->team_id);
  sqlite3_bind_text (months, 2, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (months, 3, to, -1, SQLITE_TRANSIENT);
  while (fl_database_step (_fl_leave_service_get_database (self), months, &has_row, error) && has_row)
    {
      const char *month = fl_sql_column_text (months, 0);
      gboolean has_cell = FALSE;

      /* The published month's days are off unless a shift says otherwise. */
      for (guint day = 0; day < n_days; day++)
        {
          GDate date = *first;
          g_autofree char *text = NULL;

          g_date_add_days (&date, day);
          text = fl_month_date_to_string (&date);
          if (strncmp (text, month, 7) == 0)
            working[day] = FALSE;
        }
      sqlite3_reset (cells);
      sqlite3_bind_int64 (cells, 1, person->team_id);
      sqlite3_bind_text (cells, 2, month, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (cells, 3, person->staff_id);
      sqlite3_bind_text (cells, 4, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (cells, 5, to, -1, SQLITE_TRANSIENT);
      while (fl_database_step (_fl_leave_service_get_database (self), cells, &has_cell, error) && has_cell)
        {
          GDate date;

          if (fl_month_parse_date (fl_sql_column_text (cells, 0), &date))
            working[g_date_days_between (first, &date)] = TRUE;
        }
      if (has_cell)
        return FALSE;
    }
  return !has_row;
}

gboolean
_fl_leave_read_working_days (FlLeaveService      *self,
                             const FlLeavePerson *person,
                             const GDate         *first,
                             guint                n_days,
                             gboolean            *working,
                             GError             **error)
{
  return read_calendar (self, first, n_days, working, error) &&
         read_published_roster (self, person, first, n_days, working, error);
}

gboolean
_fl_leave_count_days (FlLeaveService      *self,
            const FlLeavePerson *person,
            const char          *first_day,
            FlLeaveHalf          first_half,
            const char          *last_day,
            FlLeaveHalf          last_half,
            double              *days,
            GError             **error)
{
  g_autofree gboolean *working = NULL;
  GDate first, last;
  int n_days;

  if (!_fl_leave_parse_day (first_day, &first, error) || !_fl_leave_parse_day (last_day, &last, error))
    return FALSE;
  n_days = g_date_days_between (&first, &last) + 1;
  if (n_days < 1)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("The leave ends before it starts: check the dates."));
      return FALSE;
    }
  if (n_days > MAX_DAYS)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("One request covers at most %d days: file a longer absence as two."), MAX_DAYS);
      return FALSE;
    }
  working = g_new0 (gboolean, n_days);
  if (!_fl_leave_read_working_days (self, person, &first, (guint) n_days, working, error))
    return FALSE;
  *days = fl_leave_count_working_days (working, (guint) n_days, first_half, last_half);
  if (*days < 0)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           n_days == 1 ? _("A day’s leave is its morning, its afternoon or the whole day.")
                                       : _("Leave starts in the morning or the afternoon of its first day and "
                                           "ends at noon or in the evening of its last."));
      return FALSE;
    }
  return TRUE;
}

gboolean
fl_leave_service_count_days (FlLeaveService  *self,
                             gint64           staff_id,
                             const char      *first_day,
                             FlLeaveHalf      first_half,
                             const char      *last_day,
                             FlLeaveHalf      last_half,
                             double          *days,
                             GError         **error)
{
  g_auto(FlLeavePerson) person = { 0 };

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  return _fl_leave_read_person (_fl_leave_service_get_database (self), staff_id, &person, error) &&
         _fl_leave_count_days (self, &person, first_day, first_half, last_day, last_half, days, error);
}
