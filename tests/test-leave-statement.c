/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-leave-statement"

#include <math.h>
#include <string.h>

#include "leave-fixture.h"

/* A person's leave over a year (entitlement, statement), the team absence
 * calendar and the leave types Preferences change, on the center of
 * leave-fixture.h. */

static int
fixture_year (Fixture *fixture)
{
  return g_date_get_year (&fixture->monday);
}

static void
decide_ok (Fixture   *fixture,
           FlSession *actor,
           gint64     id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_leave_service_decide (fixture->leave, actor, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_no_error (error);
}

static void
assert_entitled (Fixture *fixture,
                 double   expected,
                 gboolean set)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlLeaveStatement) statement =
    fl_leave_service_read_statement (fixture->leave, fixture->head, 1, fixture_year (fixture), &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (statement->annual.entitled, ==, expected);
  g_assert_cmpint (statement->entitlement_set, ==, set);
}

/* An administrator sets a year's annual leave; nobody else; whole or half
 * days; a negative number goes back to the days by years of service. */
static void
test_entitlement (Fixture       *fixture,
                  gconstpointer  data)
{
  int year = fixture_year (fixture);
  /* 王芳 was hired in 2010: 10 days from 2020, 15 from 2030. */
  double by_service = year >= 2030 ? 15 : 10;
  g_autoptr(GError) error = NULL;
  FlSession *refused[] = { fixture->lead, fixture->head };

  assert_entitled (fixture, by_service, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (fl_leave_service_set_entitlement (fixture->leave, refused[i], 1, year, 20, &error));
      g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
    }
  g_assert_false (fl_leave_service_set_entitlement (fixture->leave, fixture->qa, 1, year, 20, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  {
    double wrong[] = { 12.3, 366, NAN };

    for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
      {
        g_assert_false (fl_leave_service_set_entitlement (fixture->leave, fixture->admin, 1, year, wrong[i], &error));
        g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
        g_clear_error (&error);
      }
  }
  g_assert_false (fl_leave_service_set_entitlement (fixture->leave, fixture->admin, 1, 1999, 12, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_leave_service_set_entitlement (fixture->leave, fixture->admin, 999, year, 12, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'leave_entitlements'"), ==, 0);

  g_assert_true (fl_leave_service_set_entitlement (fixture->leave, fixture->admin, 1, year, 12.5, &error));
  g_assert_no_error (error);
  assert_entitled (fixture, 12.5, TRUE);
  g_assert_true (fl_leave_service_set_entitlement (fixture->leave, fixture->admin, 1, year, 14, &error));
  assert_entitled (fixture, 14, TRUE);

  /* The balance a lead files against follows it: 15 days are refused, 14 not. */
  {
    g_autofree char *first = day (fixture, 0);
    g_autofree char *fifteen = day (fixture, 20);
    FlLeaveDraft annual = draft (fixture, 1, "annual", first, fifteen);

    assert_refused (fixture, fixture->lead, &annual, FL_LEAVE_ERROR, FL_LEAVE_ERROR_BALANCE);
  }

  g_assert_true (fl_leave_service_set_entitlement (fixture->leave, fixture->admin, 1, year, -1, &error));
  assert_entitled (fixture, by_service, FALSE);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'leave_entitlements' "
                                   "AND entity_id = 1"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'leave_entitlements' "
                                   "AND action = 'remove' AND after_json IS NULL"), ==, 1);
}

/* 王芳's year: two days of annual leave approved, a personal day waiting,
 * a day of absence; for her lead and the head, not another team's lead. */
static void
test_statement (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *tuesday = day (fixture, 1);
  g_autofree char *friday = day (fixture, 4);
  g_autofree char *sql = NULL;
  FlLeaveDraft annual = draft (fixture, 1, "annual", monday, tuesday);
  FlLeaveDraft personal = draft (fixture, 1, "personal", friday, friday);
  g_autoptr(FlLeaveStatement) statement = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FlLeaveTypeTotal *total;

  decide_ok (fixture, fixture->head, file_ok (fixture, fixture->lead, &annual));
  file_ok (fixture, fixture->lead, &personal);
  sql = g_strdup_printf ("INSERT INTO absences (staff_id, day, recorded_at) VALUES (1, '%d-01-05', 'x'), "
                         "(1, '%d-12-31', 'x'), (2, '%d-01-06', 'x')",
                         fixture_year (fixture), fixture_year (fixture) - 1, fixture_year (fixture));
  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));

  statement = fl_leave_service_read_statement (fixture->leave, fixture->lead, 1, fixture_year (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (statement->name, ==, "王芳");
  g_assert_cmpstr (statement->team, ==, "Team A");
  g_assert_cmpfloat (statement->annual.taken, ==, 2);
  g_assert_cmpfloat (statement->annual.pending, ==, 0);
  g_assert_cmpfloat (statement->annual.remaining, ==, statement->annual.entitled - 2);
  g_assert_cmpuint (statement->requests->len, ==, 2);
  g_assert_cmpuint (statement->totals->len, ==, 2);
  total = &g_array_index (statement->totals, FlLeaveTypeTotal, 0);
  g_assert_cmpstr (fl_leave_type_get_fields (total->type)->code, ==, "annual");
  g_assert_cmpfloat (total->approved, ==, 2);
  g_assert_cmpfloat (total->pending, ==, 0);
  total = &g_array_index (statement->totals, FlLeaveTypeTotal, 1);
  g_assert_cmpstr (fl_leave_type_get_fields (total->type)->code, ==, "personal");
  g_assert_cmpfloat (total->pending, ==, 1);
  g_assert_cmpuint (statement->absences->len, ==, 1);
  g_clear_pointer (&statement, fl_leave_statement_free);

  /* The year before has nothing but its absence. */
  statement = fl_leave_service_read_statement (fixture->leave, fixture->head, 1, fixture_year (fixture) - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (statement->requests->len, ==, 0);
  g_assert_cmpuint (statement->totals->len, ==, 0);
  g_assert_cmpuint (statement->absences->len, ==, 1);
  g_assert_cmpfloat (statement->annual.personal_in_month, ==, 0);

  g_assert_null (fl_leave_service_read_statement (fixture->leave, fixture->lead2, 1, fixture_year (fixture), &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_null (fl_leave_service_read_statement (fixture->leave, fixture->qa, 1, fixture_year (fixture), &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  csv = fl_leave_service_export_statement (fixture->leave, fixture->head, 1, fixture_year (fixture), &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfName,王芳\r\nJob number,1001\r\nTeam,Team A\r\n"));
  g_assert_nonnull (strstr (text, "\r\nAnnual leave taken,2.0\r\n"));
  g_assert_nonnull (strstr (text, "\r\nAnnual leave,2.0,0.0\r\nPersonal leave,0.0,1.0\r\n"));
  g_assert_nonnull (strstr (text, "\r\nJob number,Name,Type,"));
  g_assert_nonnull (strstr (text, "\r\n1001,王芳,Personal leave,"));
  g_assert_nonnull (strstr (text, "-01-05\r\n"));
}

static const FlLeaveCalendarRow *
find_row (FlLeaveCalendar *calendar,
          const char      *name)
{
  for (guint i = 0; i < calendar->rows->len; i++)
    {
      FlLeaveCalendarRow *row = g_ptr_array_index (calendar->rows, i);

      if (g_strcmp0 (row->name, name) == 0)
        return row;
    }
  return NULL;
}

static FlLeaveCalendar *
read_calendar (Fixture   *fixture,
               FlSession *actor,
               gint64     team_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *month = g_strndup (monday, 7);
  FlLeaveCalendar *calendar = fl_leave_service_read_calendar (fixture->leave, actor, month, team_id, &error);

  g_assert_no_error (error);
  return calendar;
}

/* The fixture's month: 王芳's annual leave approved Monday to Thursday
 * noon, 刘洋's personal day waiting on Friday, 李娜 absent on Tuesday, and
 * team B's 孙丽 on sick leave on Wednesday. */
static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *tuesday = day (fixture, 1);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *thursday = day (fixture, 3);
  g_autofree char *friday = day (fixture, 4);
  g_autofree char *sql = g_strdup_printf ("INSERT INTO absences (staff_id, day, recorded_at) VALUES (3, '%s', 'x')",
                                          tuesday);
  guint first = g_date_get_day (&fixture->monday) - 1;
  FlLeaveDraft annual = draft (fixture, 1, "annual", monday, thursday);
  FlLeaveDraft personal = draft (fixture, 2, "personal", friday, friday);
  FlLeaveDraft sick = draft (fixture, 5, "sick", wednesday, wednesday);
  g_autoptr(FlLeaveCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  g_autofree char *expected = NULL;
  const FlLeaveCalendarRow *row;

  annual.last_half = FL_LEAVE_HALF_MORNING;
  decide_ok (fixture, fixture->head, file_ok (fixture, fixture->lead, &annual));
  file_ok (fixture, fixture->lead, &personal);
  file_ok (fixture, fixture->lead2, &sick);
  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));

  calendar = read_calendar (fixture, fixture->head, 0);
  g_assert_cmpuint (calendar->rows->len, ==, 4);
  g_assert_cmpuint (calendar->types->len, ==, 8);
  row = find_row (calendar, "王芳");
  g_assert_nonnull (row);
  g_assert_cmpstr (fl_leave_type_get_fields (row->days[first].type)->code, ==, "annual");
  g_assert_cmpint (row->days[first].state, ==, FL_LEAVE_APPROVED);
  g_assert_cmpint (row->days[first].half, ==, FL_LEAVE_HALF_FULL);
  g_assert_cmpint (row->days[first + 3].half, ==, FL_LEAVE_HALF_MORNING);
  g_assert_null (row->days[first + 4].type);
  expected = g_strdup_printf ("Annual leave %u–%u", first + 1, first + 4);
  described = fl_leave_calendar_row_describe (row);
  g_assert_cmpstr (described, ==, expected);
  g_clear_pointer (&described, g_free);
  g_clear_pointer (&expected, g_free);

  row = find_row (calendar, "刘洋");
  g_assert_cmpint (row->days[first + 4].state, ==, FL_LEAVE_PENDING);
  expected = g_strdup_printf ("Personal leave (waiting) %u", first + 5);
  described = fl_leave_calendar_row_describe (row);
  g_assert_cmpstr (described, ==, expected);
  g_assert_true (find_row (calendar, "李娜")->days[first + 1].absent);

  /* Away: approved leave and absence, not what waits. */
  g_assert_cmpuint (calendar->away[first], ==, 1);
  g_assert_cmpuint (calendar->away[first + 1], ==, 2);
  g_assert_cmpuint (calendar->away[first + 2], ==, 1);   /* 孙丽's sick leave waits */
  g_assert_cmpuint (calendar->away[first + 4], ==, 0);
  g_clear_pointer (&calendar, fl_leave_calendar_free);

  /* A team's calendar has everyone on it, away or not (not 周杰, who left);
   * a lead sees their own team, and no other. */
  calendar = read_calendar (fixture, fixture->head, 2);
  g_assert_cmpuint (calendar->rows->len, ==, 2);
  g_assert_nonnull (find_row (calendar, "赵敏"));
  g_clear_pointer (&calendar, fl_leave_calendar_free);
  calendar = read_calendar (fixture, fixture->lead, 0);
  g_assert_cmpuint (calendar->rows->len, ==, 4);
  g_assert_nonnull (find_row (calendar, "张强"));
  g_assert_null (find_row (calendar, "孙丽"));
  g_assert_null (find_row (calendar, "周杰"));
  g_assert_cmpuint (calendar->away[first + 1], ==, 2);
  g_clear_pointer (&calendar, fl_leave_calendar_free);
  g_assert_null (fl_leave_service_read_calendar (fixture->leave, fixture->lead, "2027-01", 2, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_null (fl_leave_service_read_calendar (fixture->leave, fixture->head, "2027-13", 0, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fl_leave_service_read_calendar (fixture->leave, fixture->qa, "2027-01", 0, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

/* The first weekday from tomorrow, clear of the seeded holidays' dates
 * (1 January, 1–5 May, 1–7 October). */
static char *
next_weekday (void)
{
  for (int offset = 1;; offset++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) then = g_date_time_add_days (now, offset);

      int month = g_date_time_get_month (then), day_of_month = g_date_time_get_day_of_month (then);

      if (g_date_time_get_day_of_week (then) <= 5 && !(month == 1 && day_of_month == 1) &&
          !(month == 5 && day_of_month <= 5) && !(month == 10 && day_of_month <= 7))
        return g_date_time_format (then, "%Y-%m-%d");
    }
}

static FlLeaveType *
find_type (Fixture    *fixture,
           const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) types = fl_leave_service_list_types (fixture->leave, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(FlLeaveType) type = g_list_model_get_item (types, i);

      if (g_strcmp0 (fl_leave_type_get_fields (type)->code, code) == 0)
        return g_steal_pointer (&type);
    }
  return NULL;
}

/* The head gives personal leave five days' notice and a document, and
 * adds 护理假 (nursing leave); a lead may not; wrong values are refused;
 * the filing rules follow at once. */
static void
test_types (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(FlLeaveType) personal = find_type (fixture, "personal");
  g_autoptr(FlLeaveType) changed = NULL;
  g_autoptr(GError) error = NULL;
  FlLeaveTypeFields fields = *fl_leave_type_get_fields (personal);
  FlLeaveTypeFields nursing = { .name = (char *) "护理假", .category = FL_LEAVE_CATEGORY_OTHER, .paid = TRUE,
                                .notice_days = -1, .attachment = FL_LEAVE_ATTACHMENT_NONE, .half_days = TRUE,
                                .colour = (char *) "#1c71d8" };
  g_autofree char *soon_day = next_weekday ();
  FlLeaveDraft soon = draft (fixture, 1, "personal", soon_day, soon_day);
  gint64 id;

  g_assert_cmpint (fields.notice_days, ==, -1);
  fields.notice_days = 5;
  fields.attachment = FL_LEAVE_ATTACHMENT_BEFORE;
  g_assert_cmpint (fl_leave_service_save_type (fixture->leave, fixture->lead, &fields, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  {
    FlLeaveTypeFields wrong = fields;

    wrong.notice_days = 400;
    g_assert_cmpint (fl_leave_service_save_type (fixture->leave, fixture->head, &wrong, &error), ==, 0);
    g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
    g_clear_error (&error);
    wrong = fields;
    wrong.name = (char *) "  ";
    g_assert_cmpint (fl_leave_service_save_type (fixture->leave, fixture->head, &wrong, &error), ==, 0);
    g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
    g_clear_error (&error);
    wrong = fields;
    wrong.colour = (char *) "red";
    g_assert_cmpint (fl_leave_service_save_type (fixture->leave, fixture->head, &wrong, &error), ==, 0);
    g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'leave_types'"), ==, 0);

  g_assert_cmpint (fl_leave_service_save_type (fixture->leave, fixture->head, &fields, &error), ==, fields.id);
  g_assert_no_error (error);
  changed = find_type (fixture, "personal");
  g_assert_cmpint (fl_leave_type_get_fields (changed)->notice_days, ==, 5);
  g_assert_cmpint (fl_leave_type_get_fields (changed)->attachment, ==, FL_LEAVE_ATTACHMENT_BEFORE);
  /* Saved under its translated name, it keeps its msgid. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_types WHERE name = 'Personal leave' "
                                   "AND notice_days = 5"), ==, 1);
  /* The next weekday is less than five days ahead. */
  assert_refused (fixture, fixture->lead, &soon, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE);

  id = fl_leave_service_save_type (fixture->leave, fixture->admin, &nursing, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_clear_object (&changed);
  changed = find_type (fixture, "custom-9");
  g_assert_nonnull (changed);
  g_assert_cmpstr (fl_leave_type_get_fields (changed)->name, ==, "护理假");
  g_assert_cmpint (fl_leave_type_get_fields (changed)->category, ==, FL_LEAVE_CATEGORY_OTHER);
  g_assert_cmpint (count (fixture, "SELECT max (position) FROM leave_types"), ==, 9);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'leave_types'"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/leave-statement/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("entitlement", test_entitlement);
  ADD ("statement", test_statement);
  ADD ("calendar", test_calendar);
  ADD ("types", test_types);
#undef ADD

  return g_test_run ();
}
