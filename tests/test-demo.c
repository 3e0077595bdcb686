/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo"

#include "fl-account-service.h"
#include "fl-demo.h"
#include "fl-month.h"
#include "fl-roster-service.h"
#include "fl-session.h"
#include "fl-staff-service.h"
#include "fl-test-util.h"

static void
test_demo_center (FlTestDatabase *fixture,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlAccountService) accounts = fl_account_service_new (fixture->database);
  const char *logins[] = { "admin", "head", "lead1", "lead2", "lead3", "qa" };

  g_assert_true (fl_demo_populate (fixture->database, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM departments"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM teams WHERE lead_staff_id IS NOT NULL"), ==, 3);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM staff WHERE position = 'agent' "
                                                          "AND english_name IS NOT NULL AND team_id IS NOT NULL"), ==, 30);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM staff WHERE position = 'qa_auditor'"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM staff WHERE position = 'administrator'"), ==, 1);

  /* Every account the README lists signs in with the README's password. */
  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autoptr(FlSession) session = fl_account_service_sign_in (accounts, logins[i], FL_DEMO_PASSWORD, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (fl_session_get_login (session), ==, logins[i]);
    }

  /* Each team: this month published with a swap waiting, next month a
   * draft that breaks two rules and seats an agent too briefly; a forecast
   * for every half-hour; the calendar's fixed holidays. */
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM rosters WHERE state = 'published'"), ==, 3);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM rosters WHERE state = 'draft'"), ==, 3);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM swaps WHERE state = 'pending'"), ==, 3);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM forecasts"), ==, 7 * 48);
  /* New Year's Day, Labour Day's five days and National Day's seven, this year and next. */
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM public_holidays"), ==, 2 * 13);
  {
    g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->database);
    g_autoptr(FlSession) system = fl_session_new_system ();
    g_autofree char *month = fl_month_current ();
    g_autofree char *next = fl_month_add (month, 1);

    for (gint64 team = 1; team <= 3; team++)
      {
        g_autoptr(FlRoster) current = fl_roster_service_open (rosters, system, team, month, &error);
        g_autoptr(FlRoster) draft = fl_roster_service_open (rosters, system, team, next, &error);
        g_autoptr(GArray) broken = NULL;

        g_assert_no_error (error);
        g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (current), FL_RULE_HARD), ==, 0);
        broken = fl_roster_check_list (fl_roster_get_check (draft));
        g_assert_cmpuint (broken->len, ==, 3);
        g_assert_cmpint (g_array_index (broken, FlRosterViolation, 0).rule, ==, FL_ROSTER_RULE_REST);
        g_assert_cmpint (g_array_index (broken, FlRosterViolation, 1).rule, ==, FL_ROSTER_RULE_CONSECUTIVE_DAYS);
        /* The fourth agent lent to call-backs for three days: a warning. */
        g_assert_cmpint (g_array_index (broken, FlRosterViolation, 2).rule, ==, FL_ROSTER_RULE_SEAT_DAYS);
        g_assert_cmpint (g_array_index (broken, FlRosterViolation, 2).severity, ==, FL_RULE_SOFT);
        g_assert_cmpint (g_array_index (broken, FlRosterViolation, 2).value, ==, 3);
        g_assert_cmpint (fl_roster_get_seat (draft, 0, 20), ==, 0);
      }
  }

  /* Leave in every state: waiting for a lead and for the head, rejected,
   * approved (to come, today, to report back), and back late with absences. */
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM leave_requests WHERE state = 'pending'"),
                   ==, 2);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM leave_requests WHERE state = 'rejected'"),
                   ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM leave_requests WHERE state = 'approved'"),
                   ==, 4);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM leave_requests "
                                                          "WHERE returned_on IS NOT NULL"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM absences"), >, 0);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM leave_cells"), >, 0);

  /* The store: about 30 items and two months of movements; requests
   * waiting for the head (2) and for the store (toner, and the ear cushions
   * whose shortfall is on the purchase list); an overdue loan; 周杰 (1008),
   * leaving, holds a headset, a locker key, ear cushions and a laptop on
   * loan; 杨帆
   * (1005) holds nothing. */
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM items"), >=, 29);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM ledger_entries "
                                                          "WHERE at < strftime ('%Y-%m-%dT%H:%M:%SZ', 'now', '-50 days')"),
                   >, 0);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM supply_request_lines "
                                                          "WHERE decision IS NULL"), ==, 2);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM purchases WHERE state = 'requested'"),
                   ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM loans WHERE returned_on IS NULL "
                                                          "AND due_on < date ('now', 'localtime')"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM holdings h JOIN staff s "
                                                          "ON s.id = h.staff_id WHERE s.job_number = '1008'"), ==, 4);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM holdings h JOIN staff s "
                                                          "ON s.id = h.staff_id WHERE s.job_number = '1005'"), ==, 0);
  /* The whiteboard markers are to reorder, and nothing else. */
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM items i JOIN stock s "
                                                          "ON s.item_id = i.id WHERE i.kind = 'consumable' "
                                                          "AND i.reorder_level > 0 "
                                                          "AND s.on_hand <= i.reorder_level"), ==, 1);
  /* Stock is never below nothing, and equals the sum of the movements. */
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM stock WHERE on_hand < 0"), ==, 0);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM stock s WHERE s.on_hand != "
                                                          "(SELECT sum (stock_change) FROM ledger_entries e "
                                                          " WHERE e.item_id = s.item_id)"), ==, 0);

  /* Populating again adds nothing. */
  g_assert_true (fl_demo_populate (fixture->database, &error));
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM staff"), ==, 36);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add ("/demo/center", FlTestDatabase, NULL,
              fl_test_database_setup, test_demo_center, fl_test_database_teardown);

  return g_test_run ();
}
