/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "leave-fixture"

#include "leave-fixture.h"
#include "fl-month.h"

#define CENTER_SQL \
  "INSERT INTO teams (id, name) VALUES (1, 'Team A'), (2, 'Team B');" \
  "INSERT INTO staff (id, job_number, name, position, team_id) VALUES (10, '0010', '张强', 'team_lead', 1), " \
  "  (11, '0011', '赵敏', 'team_lead', 2), (20, '0020', '周总', 'department_head', NULL), " \
  "  (30, '0030', '钱伟', 'administrator', NULL);" \
  "UPDATE teams SET lead_staff_id = 10 WHERE id = 1; UPDATE teams SET lead_staff_id = 11 WHERE id = 2;" \
  "INSERT INTO staff (id, job_number, name, team_id, hire_date) VALUES (1, '1001', '王芳', 1, '2010-03-01'), " \
  "  (2, '1002', '刘洋', 1, NULL), (3, '1003', '李娜', 1, NULL), (5, '2001', '孙丽', 2, NULL);" \
  "INSERT INTO staff (id, job_number, name, team_id, status) VALUES (6, '1005', '周杰', 1, 'departed');" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (2, 'lead1', 10, 2, 'x', '2026-01-01T00:00:00Z'), (3, 'lead2', 11, 2, 'x', '2026-01-01T00:00:00Z'), " \
  "  (5, 'qa', NULL, 1, 'x', '2026-01-01T00:00:00Z'), (9, 'head', 20, 4, 'x', '2026-01-01T00:00:00Z'), " \
  "  (8, 'admin', 30, 8, 'x', '2026-01-01T00:00:00Z');"

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  fl_test_database_setup (&fixture->db, data);
  g_assert_true (fl_database_exec (fixture->db.database, CENTER_SQL, &error));
  g_assert_no_error (error);
  fixture->leave = fl_leave_service_new (fixture->db.database);
  fixture->lead = fl_session_new (2, "lead1", "张强", 10, FL_ROLE_TEAM_LEAD);
  fixture->lead2 = fl_session_new (3, "lead2", "赵敏", 11, FL_ROLE_TEAM_LEAD);
  fixture->qa = fl_session_new (5, "qa", "QA", 0, FL_ROLE_QA_AUDITOR);
  fixture->head = fl_session_new (9, "head", "周总", 20, FL_ROLE_DEPT_HEAD);
  fixture->admin = fl_session_new (8, "admin", "钱伟", 30, FL_ROLE_ADMIN);
  g_date_clear (&fixture->monday, 1);
  g_date_set_dmy (&fixture->monday, 1, g_date_time_get_month (now), g_date_time_get_year (now));
  g_date_add_months (&fixture->monday, 3);
  while (g_date_get_weekday (&fixture->monday) != G_DATE_MONDAY)
    g_date_add_days (&fixture->monday, 1);
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->leave);
  g_clear_object (&fixture->lead);
  g_clear_object (&fixture->lead2);
  g_clear_object (&fixture->qa);
  g_clear_object (&fixture->head);
  g_clear_object (&fixture->admin);
  fl_test_database_teardown (&fixture->db, data);
}

/* The day @offset days from the fixture's Monday, as YYYY-MM-DD. */
char *
day (Fixture *fixture,
     int      offset)
{
  GDate date = fixture->monday;

  if (offset >= 0)
    g_date_add_days (&date, (guint) offset);
  else
    g_date_subtract_days (&date, (guint) -offset);
  return fl_month_date_to_string (&date);
}

/* Today plus @offset days. */
char *
from_today (int offset)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, offset);

  return g_date_time_format (then, "%Y-%m-%d");
}

gint64
type_id (Fixture    *fixture,
         const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM leave_types WHERE code = '%s'", code);

  return fl_test_count_rows (fixture->db.database, sql);
}

gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

/* A draft for @staff_id of @code from @first to @last whole days. */
FlLeaveDraft
draft (Fixture    *fixture,
       gint64      staff_id,
       const char *code,
       const char *first,
       const char *last)
{
  return (FlLeaveDraft) { .staff_id = staff_id, .type_id = type_id (fixture, code), .first_day = first,
                          .last_day = last, .reason = "", .handover = "" };
}

gint64
file_ok (Fixture            *fixture,
         FlSession          *actor,
         const FlLeaveDraft *leave)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fl_leave_service_file (fixture->leave, actor, leave, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
assert_refused (Fixture            *fixture,
                FlSession          *actor,
                const FlLeaveDraft *leave,
                GQuark              domain,
                int                 code)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fl_leave_service_file (fixture->leave, actor, leave, &error), ==, 0);
  g_assert_error (error, domain, code);
}

void
assert_steps (Fixture         *fixture,
              gint64           id,
              guint            n_steps,
              FlLeaveApprover  first,
              FlLeaveApprover  second)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlLeaveRequest) request = fl_leave_service_get (fixture->leave, fixture->head, id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fl_leave_request_get_n_steps (request), ==, n_steps);
  g_assert_cmpint (fl_leave_request_get_step (request, 0)->approver, ==, first);
  if (n_steps > 1)
    g_assert_cmpint (fl_leave_request_get_step (request, 1)->approver, ==, second);
}

guint
n_waiting (Fixture   *fixture,
           FlSession *actor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) waiting = fl_leave_service_list_waiting (fixture->leave, actor, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (waiting);
}

