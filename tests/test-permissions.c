/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-permissions"

#include "fl-account-service.h"
#include "fl-audit.h"
#include "fl-policy-service.h"
#include "fl-staff-service.h"
#include "fl-test-util.h"

static gint64
audit_rows (FlTestDatabase *fixture)
{
  return fl_audit_count (fixture->database, NULL, 0);
}

static gint64
add_agent (FlDatabase *database,
           const char *job_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (database, admin);
  g_autoptr(FlStaffMember) agent = g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", job_number,
                                                 "name", "李娜", NULL);
  gint64 id = fl_staff_service_add_member (staff, agent, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_matrix (void)
{
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlSession) auditor = fl_test_session (FL_ROLE_QA_AUDITOR);
  g_autoptr(FlSession) head = fl_test_session (FL_ROLE_DEPT_HEAD);
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);

  g_assert_true (fl_session_can (lead, FL_PERMISSION_VIEW_STAFF));
  g_assert_false (fl_session_can (lead, FL_PERMISSION_MANAGE_ACCOUNTS));
  g_assert_false (fl_session_can (lead, FL_PERMISSION_CHANGE_POLICIES));
  g_assert_false (fl_session_can (lead, FL_PERMISSION_MANAGE_STAFF));
  g_assert_false (fl_session_can (auditor, FL_PERMISSION_MANAGE_STAFF));
  g_assert_true (fl_session_can (head, FL_PERMISSION_MANAGE_STAFF));
  g_assert_true (fl_session_can (head, FL_PERMISSION_CHANGE_POLICIES));
  g_assert_false (fl_session_can (head, FL_PERMISSION_MANAGE_ACCOUNTS));
  g_assert_true (fl_session_can (admin, FL_PERMISSION_MANAGE_ACCOUNTS));
  g_assert_true (fl_session_can (admin, FL_PERMISSION_CHANGE_POLICIES));
  /* The ledger: a lead requests, the head or an admin approves, only an admin moves stock. */
  g_assert_true (fl_session_can (lead, FL_PERMISSION_REQUEST_SUPPLIES));
  g_assert_false (fl_session_can (lead, FL_PERMISSION_APPROVE_SUPPLIES));
  g_assert_false (fl_session_can (lead, FL_PERMISSION_MANAGE_STOCK));
  g_assert_false (fl_session_can (auditor, FL_PERMISSION_MANAGE_STOCK));
  g_assert_false (fl_session_can (auditor, FL_PERMISSION_VIEW_LEDGER));
  g_assert_true (fl_session_can (head, FL_PERMISSION_APPROVE_SUPPLIES));
  g_assert_false (fl_session_can (head, FL_PERMISSION_MANAGE_STOCK));
  g_assert_true (fl_session_can (admin, FL_PERMISSION_MANAGE_STOCK));
  /* Recording servers and their sign-in: administrators only. */
  g_assert_true (fl_session_can (admin, FL_PERMISSION_MANAGE_SOURCES));
  g_assert_false (fl_session_can (head, FL_PERMISSION_MANAGE_SOURCES));
  g_assert_false (fl_session_can (auditor, FL_PERMISSION_MANAGE_SOURCES));
}

static void
test_lead_cannot_create_accounts (FlTestDatabase *fixture,
                                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlAccountService) accounts = fl_account_service_new (fixture->database);
  gint64 agent_id = add_agent (fixture->database, "1002");
  gint64 before = audit_rows (fixture);

  g_assert_cmpint (fl_account_service_create (accounts, lead, "lina", "long enough", agent_id,
                                              FL_ROLE_QA_AUDITOR, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "administrator"));
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM accounts"), ==, 0);
  g_assert_cmpint (audit_rows (fixture), ==, before);
}

static void
test_lead_cannot_change_policies (FlTestDatabase *fixture,
                                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlPolicyService) policies = fl_policy_service_new (fixture->database);

  g_assert_false (fl_policy_service_set (policies, lead, "leave.lead-max-days", 5, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpfloat (fl_policy_service_get (policies, "leave.lead-max-days"), ==, 3);
  g_assert_cmpint (audit_rows (fixture), ==, 0);
}

static void
test_lead_cannot_edit_staff (FlTestDatabase *fixture,
                             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (fixture->database, lead);
  g_autoptr(FlStaffMember) agent = g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", "1003", "name", "刘洋", NULL);
  g_autoptr(GListModel) list = NULL;

  g_assert_cmpint (fl_staff_service_add_member (staff, agent, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_staff_service_add_team (staff, "一组", 0, 0, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_staff_service_set_active (staff, add_agent (fixture->database, "1004"), FALSE, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* …but a lead may look. */
  list = fl_staff_service_list_staff (staff, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_no_session_refused (FlTestDatabase *fixture,
                         gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffService) staff = fl_staff_service_new (fixture->database, NULL);
  g_autoptr(GListModel) list = fl_staff_service_list_staff (staff, NULL, FALSE, &error);

  g_assert_null (list);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

static void
test_every_mutation_audited (FlTestDatabase *fixture,
                             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (fixture->database, admin);
  g_autoptr(FlAccountService) accounts = fl_account_service_new (fixture->database);
  g_autoptr(FlPolicyService) policies = fl_policy_service_new (fixture->database);
  g_autoptr(FlStaffMember) agent = g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", "1005", "name", "陈静", NULL);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gint64 id, team_id, department_id, account_id;
  gboolean has_row = FALSE;

  g_assert_cmpint ((id = fl_staff_service_add_member (staff, agent, &error)), >, 0);
  g_assert_cmpint (audit_rows (fixture), ==, 1);
  g_object_set (agent, "english-name", "Chen Jing", NULL);
  g_assert_true (fl_staff_service_update_member (staff, agent, &error));
  g_assert_cmpint (audit_rows (fixture), ==, 2);
  g_assert_cmpint ((department_id = fl_staff_service_add_department (staff, "客服中心", 0, &error)), >, 0);
  g_assert_cmpint ((team_id = fl_staff_service_add_team (staff, "一组", department_id, 0, &error)), >, 0);
  g_assert_true (fl_staff_service_update_team (staff, team_id, "一组", department_id, id, &error));
  g_assert_true (fl_staff_service_update_department (staff, department_id, "客服中心", 0, &error));
  g_assert_cmpint (audit_rows (fixture), ==, 6);
  g_assert_cmpint ((account_id = fl_account_service_create (accounts, admin, "chenjing", "long enough", id,
                                                            FL_ROLE_TEAM_LEAD, &error)), >, 0);
  g_assert_true (fl_account_service_update (accounts, admin, account_id, FL_ROLE_QA_AUDITOR, TRUE, NULL, &error));
  g_assert_true (fl_account_service_set_password (accounts, admin, account_id, "longer still", &error));
  g_assert_true (fl_policy_service_set (policies, admin, "qa.samples-per-agent", 25, &error));
  g_assert_no_error (error);
  g_assert_cmpint (audit_rows (fixture), ==, 10);

  /* The before and after of an edit are both kept, and passwords never are. */
  statement = fl_database_prepare (fixture->database,
                                   "SELECT actor, before_json, after_json FROM audit_log "
                                   "WHERE entity = 'staff' AND action = 'edit'", &error);
  g_assert_true (fl_database_step (fixture->database, statement, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "tester");
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (statement, 1), "\"english_name\":null"));
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (statement, 2), "\"english_name\":\"Chen Jing\""));
  g_assert_cmpint (fl_test_count_rows (fixture->database,
                                       "SELECT count(*) FROM audit_log WHERE after_json LIKE '%$y$%' "
                                       "OR after_json LIKE '%password_hash%'"), ==, 0);
}

static void
test_failed_mutation_not_audited (FlTestDatabase *fixture,
                                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (fixture->database, admin);
  g_autoptr(FlStaffMember) duplicate = g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", "1006",
                                                     "name", "杨帆", NULL);
  gint64 before;

  add_agent (fixture->database, "1006");
  before = audit_rows (fixture);
  g_assert_cmpint (fl_staff_service_add_member (staff, duplicate, &error), ==, 0);
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_DUPLICATE);
  g_assert_cmpint (audit_rows (fixture), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/permissions/matrix", test_matrix);
  g_test_add ("/permissions/lead/cannot-create-accounts", FlTestDatabase, NULL,
              fl_test_database_setup, test_lead_cannot_create_accounts, fl_test_database_teardown);
  g_test_add ("/permissions/lead/cannot-change-policies", FlTestDatabase, NULL,
              fl_test_database_setup, test_lead_cannot_change_policies, fl_test_database_teardown);
  g_test_add ("/permissions/lead/cannot-edit-staff", FlTestDatabase, NULL,
              fl_test_database_setup, test_lead_cannot_edit_staff, fl_test_database_teardown);
  g_test_add ("/permissions/no-session-refused", FlTestDatabase, NULL,
              fl_test_database_setup, test_no_session_refused, fl_test_database_teardown);
  g_test_add ("/permissions/audit/every-mutation", FlTestDatabase, NULL,
              fl_test_database_setup, test_every_mutation_audited, fl_test_database_teardown);
  g_test_add ("/permissions/audit/none-for-failed", FlTestDatabase, NULL,
              fl_test_database_setup, test_failed_mutation_not_audited, fl_test_database_teardown);

  return g_test_run ();
}
