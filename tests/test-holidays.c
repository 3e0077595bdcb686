/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-holidays"

#include "fl-audit.h"
#include "fl-holiday-service.h"
#include "fl-month.h"
#include "fl-roster-service.h"
#include "fl-test-util.h"

/* The public-holiday calendar: 2027's National Day week (1–7 October, a
 * Friday to a Thursday) with the Saturday after it worked in its place, as
 * the State Council's calendars read. */
#define CENTER_SQL \
  "INSERT INTO staff (id, job_number, name, position) VALUES (10, '0010', '张强', 'team_lead');" \
  "INSERT INTO teams (id, name, lead_staff_id) VALUES (1, 'Team A', 10);" \
  "INSERT INTO staff (id, job_number, name, team_id) VALUES (1, '1001', '王芳', 1);" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (2, 'lead1', 10, 2, 'x', '2026-01-01T00:00:00Z'), (9, 'head', NULL, 4, 'x', '2026-01-01T00:00:00Z');"

typedef struct
{
  FlTestDatabase    db;
  FlHolidayService *calendar;
  FlSession        *lead;
  FlSession        *head;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fl_test_database_setup (&fixture->db, data);
  g_assert_true (fl_database_exec (fixture->db.database, CENTER_SQL, &error));
  g_assert_no_error (error);
  fixture->calendar = fl_holiday_service_new (fixture->db.database);
  fixture->lead = fl_session_new (2, "lead1", "张强", 10, FL_ROLE_TEAM_LEAD);
  fixture->head = fl_session_new (9, "head", "Head", 0, FL_ROLE_DEPT_HEAD);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->lead);
  g_clear_object (&fixture->head);
  fl_test_database_teardown (&fixture->db, data);
}

static void
mark_national_day (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (fl_holiday_service_mark (fixture->calendar, fixture->head, "2027-10-01", "2027-10-07",
                                             " National Day ", FL_HOLIDAY_DAY_OFF, &error), ==, 7);
  g_assert_no_error (error);
  g_assert_cmpuint (fl_holiday_service_mark (fixture->calendar, fixture->head, "2027-10-09", "2027-10-09",
                                             "National Day (worked)", FL_HOLIDAY_WORKDAY, &error), ==, 1);
  g_assert_no_error (error);
}

static guint
working_days (Fixture    *fixture,
              const char *first,
              const char *last)
{
  g_autoptr(GError) error = NULL;
  guint n_days = 99;

  g_assert_true (fl_holiday_service_count_working_days (fixture->calendar, first, last, &n_days, &error));
  g_assert_no_error (error);
  return n_days;
}

static void
test_parse_date (void)
{
  GDate date;
  g_autofree char *written = NULL;

  g_assert_true (fl_month_parse_date ("2028-02-29", &date));
  written = fl_month_date_to_string (&date);
  g_assert_cmpstr (written, ==, "2028-02-29");
  g_assert_false (fl_month_parse_date ("2027-02-29", &date));
  g_assert_false (g_date_valid (&date));
  g_assert_false (fl_month_parse_date ("2027-2-28", &date));
  g_assert_false (fl_month_parse_date ("2027-02-28x", &date));
  g_assert_false (fl_month_parse_date ("2027/02/28", &date));
  g_assert_false (fl_month_parse_date ("", &date));
  g_assert_false (fl_month_parse_date (NULL, &date));
}

/* Monday to Friday is worked; a holiday is not, even on a weekday; a
 * make-up workday is, even on a Saturday. */
static void
test_working_day (void)
{
  g_autoptr(FlHoliday) holiday = fl_holiday_new (1, "2027-10-01", "National Day", FL_HOLIDAY_DAY_OFF);
  g_autoptr(FlHoliday) workday = fl_holiday_new (2, "2027-10-09", "National Day", FL_HOLIDAY_WORKDAY);
  GDate friday, saturday, sunday;

  g_date_clear (&friday, 1);
  g_date_set_dmy (&friday, 1, G_DATE_OCTOBER, 2027);
  g_date_clear (&saturday, 1);
  g_date_set_dmy (&saturday, 9, G_DATE_OCTOBER, 2027);
  g_date_clear (&sunday, 1);
  g_date_set_dmy (&sunday, 10, G_DATE_OCTOBER, 2027);

  g_assert_true (fl_holiday_is_working_day (&friday, NULL));
  g_assert_false (fl_holiday_is_working_day (&friday, holiday));
  g_assert_false (fl_holiday_is_working_day (&saturday, NULL));
  g_assert_true (fl_holiday_is_working_day (&saturday, workday));
  g_assert_false (fl_holiday_is_working_day (&sunday, NULL));
}

static void
test_mark_and_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FlHoliday) first = NULL;
  g_autoptr(FlHoliday) worked = NULL;

  mark_national_day (fixture);
  days = fl_holiday_service_list (fixture->calendar, fixture->lead, "2027-09-01", "2027-10-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 8);
  first = g_list_model_get_item (days, 0);
  g_assert_cmpstr (fl_holiday_get_date (first), ==, "2027-10-01");
  g_assert_cmpstr (fl_holiday_get_name (first), ==, "National Day");
  g_assert_cmpint (fl_holiday_get_kind (first), ==, FL_HOLIDAY_DAY_OFF);
  worked = g_list_model_get_item (days, 7);
  g_assert_cmpstr (fl_holiday_get_date (worked), ==, "2027-10-09");
  g_assert_cmpint (fl_holiday_get_kind (worked), ==, FL_HOLIDAY_WORKDAY);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database,
                                       "SELECT count(*) FROM audit_log WHERE entity = 'public_holidays' "
                                       "AND action = 'add' AND actor = 'head'"), ==, 8);

  /* Marking a day again replaces it, audited as an edit. */
  g_assert_cmpuint (fl_holiday_service_mark (fixture->calendar, fixture->head, "2027-10-07", "2027-10-07",
                                             "Mid-Autumn", FL_HOLIDAY_DAY_OFF, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM public_holidays"), ==, 8);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database,
                                       "SELECT count(*) FROM public_holidays WHERE day = '2027-10-07' "
                                       "AND name = 'Mid-Autumn'"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database,
                                       "SELECT count(*) FROM audit_log WHERE entity = 'public_holidays' "
                                       "AND action = 'edit' AND before_json LIKE '%National Day%'"), ==, 1);

  g_assert_cmpuint (fl_holiday_service_unmark (fixture->calendar, fixture->head, "2027-10-08", "2027-10-31", &error),
                    ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM public_holidays"), ==, 7);
  g_assert_cmpint (fl_audit_count (fixture->db.database, "public_holidays", fl_holiday_get_id (worked)), ==, 2);
  g_assert_cmpuint (fl_holiday_service_unmark (fixture->calendar, fixture->head, "2027-10-08", "2027-10-31", &error),
                    ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (fl_holiday_service_unmark (fixture->calendar, fixture->lead, "2027-10-01", "2027-10-07", &error),
                    ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM public_holidays"), ==, 7);
}

/* Nothing is saved from a wrong mark, and only the head or an admin marks. */
static void
test_mark_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  struct {
    const char *first;
    const char *last;
    const char *name;
    int         code;
  } wrong[] = {
    { "2027-10-01", "2027-10-07", "National Day", -1 },   /* a lead */
    { "2027-13-01", "2027-13-02", "National Day", FL_ROSTER_ERROR_INVALID },
    { "2027-10-07", "2027-10-01", "National Day", FL_ROSTER_ERROR_INVALID },
    { "2027-01-01", "2027-02-01", "Too long", FL_ROSTER_ERROR_INVALID },   /* 32 days */
    { "2027-10-01", "2027-10-01", "   ", FL_ROSTER_ERROR_INVALID },
    { "2027-10-01", "2027-10-01", "An extremely long name for a holiday, over forty", FL_ROSTER_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GError) error = NULL;
      FlSession *actor = wrong[i].code < 0 ? fixture->lead : fixture->head;

      g_assert_cmpuint (fl_holiday_service_mark (fixture->calendar, actor, wrong[i].first, wrong[i].last,
                                                 wrong[i].name, FL_HOLIDAY_DAY_OFF, &error), ==, 0);
      if (wrong[i].code < 0)
        g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
      else
        g_assert_error (error, FL_ROSTER_ERROR, wrong[i].code);
    }
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM public_holidays"), ==, 0);
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_working_days (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_days = 0;

  /* September 2027 has 22 weekdays and no holiday. */
  g_assert_cmpuint (working_days (fixture, "2027-09-01", "2027-09-30"), ==, 22);
  /* October 2027: 21 weekdays, 5 of them in National Day week, and the Saturday worked. */
  g_assert_cmpuint (working_days (fixture, "2027-10-01", "2027-10-31"), ==, 21);
  mark_national_day (fixture);
  g_assert_cmpuint (working_days (fixture, "2027-10-01", "2027-10-31"), ==, 17);
  g_assert_cmpuint (working_days (fixture, "2027-10-01", "2027-10-07"), ==, 0);
  g_assert_cmpuint (working_days (fixture, "2027-10-08", "2027-10-10"), ==, 2);
  g_assert_cmpuint (working_days (fixture, "2027-10-08", "2027-10-08"), ==, 1);

  g_assert_false (fl_holiday_service_count_working_days (fixture->calendar, "2027-10-08", "2027-10-01", &n_days,
                                                         &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

/* A roster shows the calendar's days of its month, and only those. */
static void
test_roster_marks (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->db.database);
  g_autoptr(FlRoster) october = NULL;
  g_autoptr(FlRoster) november = NULL;
  g_autoptr(GError) error = NULL;

  mark_national_day (fixture);
  october = fl_roster_service_open (rosters, fixture->lead, 1, "2027-10", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fl_holiday_get_name (fl_roster_get_holiday (october, 0)), ==, "National Day");
  g_assert_cmpstr (fl_holiday_get_name (fl_roster_get_holiday (october, 6)), ==, "National Day");
  g_assert_null (fl_roster_get_holiday (october, 7));
  g_assert_cmpint (fl_holiday_get_kind (fl_roster_get_holiday (october, 8)), ==, FL_HOLIDAY_WORKDAY);
  g_assert_null (fl_roster_get_holiday (october, 30));

  november = fl_roster_service_open (rosters, fixture->lead, 1, "2027-11", &error);
  g_assert_no_error (error);
  for (guint day = 0; day < fl_roster_get_n_days (november); day++)
    g_assert_null (fl_roster_get_holiday (november, day));
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/holidays/parse-date", test_parse_date);
  g_test_add_func ("/holidays/working-day", test_working_day);
#define ADD(path, func) \
  g_test_add ("/holidays/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("mark-and-list", test_mark_and_list);
  ADD ("mark-refused", test_mark_refused);
  ADD ("working-days", test_working_days);
  ADD ("roster-marks", test_roster_marks);
#undef ADD

  return g_test_run ();
}
