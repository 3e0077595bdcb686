/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-staff"

#include "fl-account-service.h"
#include "fl-format.h"
#include "fl-staff-service.h"
#include "fl-test-util.h"

typedef struct
{
  FlTestDatabase  db;
  FlSession      *admin;
  FlStaffService *staff;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fl_test_database_setup (&fixture->db, data);
  fixture->admin = fl_test_session (FL_ROLE_ADMIN);
  fixture->staff = fl_staff_service_new (fixture->db.database, fixture->admin);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->staff);
  g_clear_object (&fixture->admin);
  fl_test_database_teardown (&fixture->db, data);
}

static FlStaffMember *
person (const char *job_number,
        const char *name)
{
  return g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", job_number, "name", name, NULL);
}

static gint64
add (Fixture    *fixture,
     const char *job_number,
     const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffMember) member = person (job_number, name);
  gint64 id = fl_staff_service_add_member (fixture->staff, member, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_duplicate_job_number (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffMember) second = person ("1023", "李娜");

  add (fixture, "1023", "王芳");
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, second, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "The job number (工号) 1023 is already used by 王芳. Each person needs their own.");
  g_clear_error (&error);

  /* Surrounding spaces do not make a different number. */
  g_object_set (second, "job-number", " 1023 ", NULL);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, second, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_DUPLICATE);
}

static void
test_empty_name (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffMember) blank = person ("1024", "   ");
  g_autoptr(FlStaffMember) unnumbered = person ("", "王芳");

  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, blank, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Enter the person's name.");
  g_clear_error (&error);

  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, unnumbered, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "工号"));
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM staff"), ==, 0);
}

static void
test_long_and_chinese_names (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hundred = NULL;
  g_autofree char *too_long = NULL;
  g_autoptr(FlStaffMember) longest = NULL;
  g_autoptr(FlStaffMember) longer = NULL;
  g_autoptr(FlStaffMember) stored = NULL;
  GString *builder = g_string_new (NULL);
  gint64 id;

  /* 100 Chinese characters are 300 bytes but exactly the limit. */
  for (int i = 0; i < 100; i++)
    g_string_append (builder, "欧");
  hundred = g_string_free (builder, FALSE);
  too_long = g_strconcat (hundred, "阳", NULL);

  longest = person ("1025", hundred);
  id = fl_staff_service_add_member (fixture->staff, longest, &error);
  g_assert_no_error (error);
  stored = fl_staff_service_get_member (fixture->staff, id, &error);
  g_assert_cmpstr (fl_staff_member_get_name (stored), ==, hundred);
  g_assert_cmpint (g_utf8_strlen (fl_staff_member_get_name (stored), -1), ==, 100);

  longer = person ("1026", too_long);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, longer, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "at most 100"));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffMember) with_english = g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", "2001",
                                                        "name", "欧阳娜娜", "english-name", "Nana Ouyang",
                                                        "extension", "8201", NULL);
  g_autoptr(GListModel) by_chinese = NULL;
  g_autoptr(GListModel) by_english = NULL;
  g_autoptr(GListModel) by_number = NULL;
  g_autoptr(GListModel) wildcard = NULL;
  g_autoptr(GListModel) everyone = NULL;

  add (fixture, "1001", "王芳");
  add (fixture, "1002", "李娜");
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, with_english, &error), >, 0);

  by_chinese = fl_staff_service_list_staff (fixture->staff, "娜", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (by_chinese), ==, 2);
  by_english = fl_staff_service_list_staff (fixture->staff, "ouyang", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (by_english), ==, 1);
  by_number = fl_staff_service_list_staff (fixture->staff, " 1001 ", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (by_number), ==, 1);
  /* LIKE's wildcards are searched for literally. */
  wildcard = fl_staff_service_list_staff (fixture->staff, "%", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (wildcard), ==, 0);
  everyone = fl_staff_service_list_staff (fixture->staff, "", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (everyone), ==, 3);
  g_assert_no_error (error);
}

static void
test_deactivate_and_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlAccountService) accounts = fl_account_service_new (fixture->db.database);
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(FlSession) signed_in = NULL;
  gint64 id = add (fixture, "1001", "王芳");

  g_assert_cmpint (fl_account_service_create (accounts, fixture->admin, "wangfang", "long enough", id,
                                              FL_ROLE_TEAM_LEAD, &error), >, 0);
  g_assert_true (fl_staff_service_set_active (fixture->staff, id, FALSE, &error));
  g_assert_no_error (error);

  active = fl_staff_service_list_staff (fixture->staff, NULL, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 0);
  all = fl_staff_service_list_staff (fixture->staff, NULL, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);

  /* A departed person's account closes with them. */
  signed_in = fl_account_service_sign_in (accounts, "wangfang", "long enough", &error);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INACTIVE);
  g_clear_error (&error);

  g_assert_false (fl_staff_service_set_active (fixture->staff, id, FALSE, &error));
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "王芳 is already marked as departed.");
  g_clear_error (&error);

  /* Undo. */
  g_assert_true (fl_staff_service_set_active (fixture->staff, id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&active);
  active = fl_staff_service_list_staff (fixture->staff, NULL, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 1);
}

static void
test_lead_must_hand_over (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lead = add (fixture, "1000", "张强");

  g_assert_cmpint (fl_staff_service_add_team (fixture->staff, "一组", 0, lead, &error), >, 0);
  g_assert_false (fl_staff_service_set_active (fixture->staff, lead, FALSE, &error));
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "张强 leads the team “一组”. Choose another lead for the team first.");
}

static void
test_bad_values (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffMember) member = person ("1030", "赵磊");
  const char *bad_dates[] = { "2026-02-30", "26-11-01", "2026/11/01", "tomorrow", "2026-11-011" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_object_set (member, "hire-date", bad_dates[i], NULL);
      g_assert_cmpint (fl_staff_service_add_member (fixture->staff, member, &error), ==, 0);
      g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "year-month-day"));
      g_clear_error (&error);
    }

  g_object_set (member, "hire-date", "2024-02-29", "extension", "80x1", NULL);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, member, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (member, "extension", "8001", "job-number", "10 30", NULL);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, member, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (member, "job-number", "1030", "team-id", (gint64) 4242, NULL);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, member, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_object_set (member, "team-id", (gint64) 0, NULL);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, member, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_teams_and_departments (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) teams = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(FlTeam) team = NULL;
  g_autoptr(FlDepartment) department = NULL;
  g_autoptr(FlStaffMember) agent = person ("1001", "王芳");
  gint64 head = add (fixture, "0001", "赵建国");
  gint64 lead = add (fixture, "1000", "张强");
  gint64 department_id = fl_staff_service_add_department (fixture->staff, "客服中心", head, &error);
  gint64 team_id = fl_staff_service_add_team (fixture->staff, "一组", department_id, lead, &error);

  g_assert_no_error (error);
  g_object_set (agent, "team-id", team_id, NULL);
  g_assert_cmpint (fl_staff_service_add_member (fixture->staff, agent, &error), >, 0);

  teams = fl_staff_service_list_teams (fixture->staff, &error);
  team = g_list_model_get_item (teams, 0);
  g_assert_cmpstr (fl_team_get_name (team), ==, "一组");
  g_assert_cmpstr (fl_team_get_lead_name (team), ==, "张强");
  g_assert_cmpstr (fl_team_get_department_name (team), ==, "客服中心");
  g_assert_cmpuint (fl_team_get_member_count (team), ==, 1);

  departments = fl_staff_service_list_departments (fixture->staff, &error);
  department = g_list_model_get_item (departments, 0);
  g_assert_cmpstr (fl_department_get_head_name (department), ==, "赵建国");
  g_assert_cmpuint (fl_department_get_team_count (department), ==, 1);

  g_assert_cmpint (fl_staff_service_add_team (fixture->staff, " 一组 ", department_id, 0, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (fl_staff_service_add_department (fixture->staff, "", 0, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID);
}

static void
test_dates_in_locale (void)
{
  g_autofree char *date = fl_format_date ("2024-03-01");
  g_autofree char *broken = fl_format_date ("2024-02-30");
  g_autofree char *time_text = fl_format_date_time ("2026-11-26T01:30:00Z");
  g_autoptr(FlStaffMember) member = g_object_new (FL_TYPE_STAFF_MEMBER, "hire-date", "2024-03-01", NULL);
  g_autofree char *label = NULL;

  /* The C locale writes %x as month/day/year. */
  g_assert_cmpstr (date, ==, "03/01/24");
  g_assert_cmpstr (broken, ==, "2024-02-30");
  g_assert_nonnull (strstr (time_text, "11/26/26"));
  g_object_get (member, "hire-date-label", &label, NULL);
  g_assert_cmpstr (label, ==, date);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/staff/format/dates-in-locale", test_dates_in_locale);
  g_test_add ("/staff/add/duplicate-job-number", Fixture, NULL, fixture_setup, test_duplicate_job_number, fixture_teardown);
  g_test_add ("/staff/add/empty-name", Fixture, NULL, fixture_setup, test_empty_name, fixture_teardown);
  g_test_add ("/staff/add/long-and-chinese-names", Fixture, NULL, fixture_setup, test_long_and_chinese_names, fixture_teardown);
  g_test_add ("/staff/add/bad-values", Fixture, NULL, fixture_setup, test_bad_values, fixture_teardown);
  g_test_add ("/staff/list/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/staff/deactivate/and-undo", Fixture, NULL, fixture_setup, test_deactivate_and_undo, fixture_teardown);
  g_test_add ("/staff/deactivate/lead-must-hand-over", Fixture, NULL, fixture_setup, test_lead_must_hand_over, fixture_teardown);
  g_test_add ("/staff/teams-and-departments", Fixture, NULL, fixture_setup, test_teams_and_departments, fixture_teardown);

  return g_test_run ();
}
