/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-accounts"

#include "fl-account-service.h"
#include "fl-audit.h"
#include "fl-password.h"
#include "fl-staff-service.h"
#include "fl-test-util.h"

typedef struct
{
  FlTestDatabase    db;
  FlAccountService *accounts;
  FlSession        *admin;
  gint64            agent_id;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlStaffService) staff = NULL;
  g_autoptr(FlStaffMember) agent = NULL;

  fl_test_database_setup (&fixture->db, data);
  fixture->accounts = fl_account_service_new (fixture->db.database);
  fixture->admin = fl_account_service_create_first_admin (fixture->accounts, "钱志明", "0002", "admin",
                                                          "correct horse", &error);
  g_assert_no_error (error);

  staff = fl_staff_service_new (fixture->db.database, fixture->admin);
  agent = g_object_new (FL_TYPE_STAFF_MEMBER, "job-number", "1001", "name", "王芳", NULL);
  fixture->agent_id = fl_staff_service_add_member (staff, agent, &error);
  g_assert_no_error (error);
  g_assert_true (fl_account_service_create (fixture->accounts, fixture->admin, "wangfang", "battery staple",
                                            fixture->agent_id, FL_ROLE_TEAM_LEAD, &error) > 0);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->accounts);
  fl_test_database_teardown (&fixture->db, data);
}

static GDateTime *
at_minute (int minute,
           int second)
{
  return g_date_time_new_utc (2026, 11, 26, 9, minute, second);
}

static void
test_hash_and_verify (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = fl_password_hash ("floorlead", &error);
  g_autofree char *again = fl_password_hash ("floorlead", &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (hash, "$y$"));
  /* A fresh salt every time. */
  g_assert_cmpstr (hash, !=, again);
  g_assert_true (fl_password_verify ("floorlead", hash));
  g_assert_true (fl_password_verify ("floorlead", again));
  g_assert_false (fl_password_verify ("Floorlead", hash));
  g_assert_false (fl_password_verify ("", hash));
  g_assert_false (fl_password_verify ("floorlead", ""));
  g_assert_false (fl_password_verify ("floorlead", "not a hash"));
}

static void
test_sign_in (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) session = fl_account_service_sign_in (fixture->accounts, "wangfang", "battery staple", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (fl_session_get_login (session), ==, "wangfang");
  g_assert_cmpstr (fl_session_get_display_name (session), ==, "王芳");
  g_assert_cmpint (fl_session_get_staff_id (session), ==, fixture->agent_id);
  g_assert_true (fl_session_has_role (session, FL_ROLE_TEAM_LEAD));
  g_assert_false (fl_session_has_role (session, FL_ROLE_ADMIN));
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) session = fl_account_service_sign_in (fixture->accounts, "wangfang", "battery", &error);

  g_assert_null (session);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_WRONG_PASSWORD);
  g_assert_cmpstr (error->message, ==, "Wrong password. 4 more tries before the account is locked.");
  g_clear_error (&error);

  session = fl_account_service_sign_in (fixture->accounts, "nobody", "battery", &error);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_WRONG_PASSWORD);
  g_assert_nonnull (strstr (error->message, "no account “nobody”"));
}

static void
test_lockout_and_expiry (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) session = NULL;

  /* Five wrong passwords in a row lock the account for five minutes. */
  for (int attempt = 1; attempt <= 5; attempt++)
    {
      g_autoptr(GDateTime) now = at_minute (0, attempt);

      session = fl_account_service_sign_in_at (fixture->accounts, "wangfang", "guess", now, &error);
      g_assert_null (session);
      g_assert_error (error, FL_ACCOUNT_ERROR,
                      (attempt < 5 ? FL_ACCOUNT_ERROR_WRONG_PASSWORD : FL_ACCOUNT_ERROR_LOCKED));
      g_clear_error (&error);
    }

  /* Locked: even the right password is refused until the lock runs out. */
  {
    g_autoptr(GDateTime) now = at_minute (4, 59);

    session = fl_account_service_sign_in_at (fixture->accounts, "wangfang", "battery staple", now, &error);
    g_assert_null (session);
    g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_LOCKED);
    g_assert_nonnull (strstr (error->message, "locked until"));
    g_clear_error (&error);
  }

  /* 09:00:05 + 5 minutes: open again at 09:05:05. */
  {
    g_autoptr(GDateTime) now = at_minute (5, 6);

    session = fl_account_service_sign_in_at (fixture->accounts, "wangfang", "battery staple", now, &error);
    g_assert_no_error (error);
    g_assert_nonnull (session);
  }
}

static void
test_lock_restarts_count (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) after_lock = at_minute (30, 0);
  g_autoptr(FlSession) session = NULL;

  for (int attempt = 1; attempt <= 5; attempt++)
    {
      g_autoptr(GDateTime) now = at_minute (0, attempt);

      g_assert_null (fl_account_service_sign_in_at (fixture->accounts, "wangfang", "guess", now, NULL));
    }

  /* After the lock, one wrong password is the first of a new count, not a new lock. */
  session = fl_account_service_sign_in_at (fixture->accounts, "wangfang", "guess", after_lock, &error);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_WRONG_PASSWORD);
  g_assert_cmpstr (error->message, ==, "Wrong password. 4 more tries before the account is locked.");
}

static void
test_success_resets_count (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) session = NULL;

  for (int attempt = 1; attempt <= 4; attempt++)
    g_assert_null (fl_account_service_sign_in (fixture->accounts, "wangfang", "guess", NULL));
  session = fl_account_service_sign_in (fixture->accounts, "wangfang", "battery staple", &error);
  g_assert_no_error (error);
  g_clear_object (&session);

  session = fl_account_service_sign_in (fixture->accounts, "wangfang", "guess", &error);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_WRONG_PASSWORD);
  g_assert_nonnull (strstr (error->message, "4 more tries"));
}

static void
signed_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  FlSession **session = user_data;
  g_autoptr(GError) error = NULL;

  *session = fl_account_service_sign_in_finish (FL_ACCOUNT_SERVICE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_sign_in_async (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FlSession) session = NULL;

  fl_account_service_sign_in_async (fixture->accounts, "wangfang", "battery staple", NULL,
                                    signed_in_cb, &session);
  while (session == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (fl_session_get_login (session), ==, "wangfang");
  g_assert_cmpint (fl_audit_count (fixture->db.database, "accounts", fl_session_get_account_id (session)), ==, 2);
}

static void
test_inactive_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = fl_account_service_list (fixture->accounts, FALSE, &error);
  g_autoptr(FlAccount) account = NULL;
  g_autoptr(FlSession) session = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  account = g_list_model_get_item (list, 1);
  g_assert_cmpstr (fl_account_get_login (account), ==, "wangfang");

  g_assert_true (fl_account_service_update (fixture->accounts, fixture->admin, fl_account_get_id (account),
                                            FL_ROLE_TEAM_LEAD, FALSE, NULL, &error));
  g_assert_no_error (error);
  session = fl_account_service_sign_in (fixture->accounts, "wangfang", "battery staple", &error);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INACTIVE);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fl_account_service_create (fixture->accounts, fixture->admin, "wangfang", "long enough",
                                              fixture->agent_id, FL_ROLE_QA_AUDITOR, &error), ==, 0);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_cmpint (fl_account_service_create (fixture->accounts, fixture->admin, "newlead", "short",
                                              fixture->agent_id, FL_ROLE_QA_AUDITOR, &error), ==, 0);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "at least 8"));
  g_clear_error (&error);

  g_assert_cmpint (fl_account_service_create (fixture->accounts, fixture->admin, "王芳", "long enough",
                                              fixture->agent_id, FL_ROLE_QA_AUDITOR, &error), ==, 0);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (fl_account_service_create (fixture->accounts, fixture->admin, "norole", "long enough",
                                              fixture->agent_id, FL_ROLE_NONE, &error), ==, 0);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (fl_account_service_create (fixture->accounts, fixture->admin, "ghost", "long enough",
                                              9999, FL_ROLE_QA_AUDITOR, &error), ==, 0);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID);
}

static void
test_first_admin_only_once (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) second = fl_account_service_create_first_admin (fixture->accounts, "Intruder", "9999",
                                                                       "intruder", "long enough", &error);

  g_assert_null (second);
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_NOT_FIRST);
}

static void
test_last_admin_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (fl_account_service_update (fixture->accounts, fixture->admin,
                                             fl_session_get_account_id (fixture->admin),
                                             FL_ROLE_QA_AUDITOR, TRUE, NULL, &error));
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "last active administrator"));
}

static void
test_own_password (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_account_service_sign_in (fixture->accounts, "wangfang", "battery staple", &error);
  g_autoptr(FlSession) again = NULL;

  g_assert_no_error (error);
  g_assert_true (fl_account_service_set_password (fixture->accounts, lead, fl_session_get_account_id (lead),
                                                  "new password 1", &error));
  g_assert_no_error (error);
  /* A lead may not change the administrator's password. */
  g_assert_false (fl_account_service_set_password (fixture->accounts, lead, fl_session_get_account_id (fixture->admin),
                                                   "hijacked pw", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  again = fl_account_service_sign_in (fixture->accounts, "wangfang", "new password 1", &error);
  g_assert_no_error (error);
}

static void
test_update_is_one_change (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_account_service_sign_in (fixture->accounts, "wangfang", "battery staple", &error);
  gint64 id = fl_session_get_account_id (lead);
  gint64 audited = fl_audit_count (fixture->db.database, "accounts", id);
  g_autoptr(FlSession) again = NULL;

  /* A refused password leaves the roles as they were too. */
  g_assert_false (fl_account_service_update (fixture->accounts, fixture->admin, id, FL_ROLE_QA_AUDITOR,
                                             TRUE, "short", &error));
  g_assert_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_audit_count (fixture->db.database, "accounts", id), ==, audited);

  g_assert_true (fl_account_service_update (fixture->accounts, fixture->admin, id, FL_ROLE_QA_AUDITOR,
                                            TRUE, "a new password", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_audit_count (fixture->db.database, "accounts", id), ==, audited + 1);
  again = fl_account_service_sign_in (fixture->accounts, "wangfang", "a new password", &error);
  g_assert_no_error (error);
  g_assert_true (fl_session_has_role (again, FL_ROLE_QA_AUDITOR));
  g_assert_false (fl_session_has_role (again, FL_ROLE_TEAM_LEAD));
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/accounts/password/hash-and-verify", test_hash_and_verify);
  g_test_add ("/accounts/sign-in/right-password", Fixture, NULL, fixture_setup, test_sign_in, fixture_teardown);
  g_test_add ("/accounts/sign-in/wrong-password", Fixture, NULL, fixture_setup, test_wrong_password, fixture_teardown);
  g_test_add ("/accounts/sign-in/lockout-and-expiry", Fixture, NULL, fixture_setup, test_lockout_and_expiry, fixture_teardown);
  g_test_add ("/accounts/sign-in/lock-restarts-count", Fixture, NULL, fixture_setup, test_lock_restarts_count, fixture_teardown);
  g_test_add ("/accounts/sign-in/success-resets-count", Fixture, NULL, fixture_setup, test_success_resets_count, fixture_teardown);
  g_test_add ("/accounts/sign-in/async", Fixture, NULL, fixture_setup, test_sign_in_async, fixture_teardown);
  g_test_add ("/accounts/sign-in/inactive-refused", Fixture, NULL, fixture_setup, test_inactive_refused, fixture_teardown);
  g_test_add ("/accounts/create/validation", Fixture, NULL, fixture_setup, test_validation, fixture_teardown);
  g_test_add ("/accounts/create/first-admin-only-once", Fixture, NULL, fixture_setup, test_first_admin_only_once, fixture_teardown);
  g_test_add ("/accounts/update/last-admin-kept", Fixture, NULL, fixture_setup, test_last_admin_kept, fixture_teardown);
  g_test_add ("/accounts/update/one-change", Fixture, NULL, fixture_setup, test_update_is_one_change, fixture_teardown);
  g_test_add ("/accounts/password/own-password", Fixture, NULL, fixture_setup, test_own_password, fixture_teardown);

  return g_test_run ();
}
