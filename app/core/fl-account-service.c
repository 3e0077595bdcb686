/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-account-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-account-service.h"
#include "fl-audit.h"
#include "fl-password.h"
#include "fl-policy-service.h"
#include "fl-sql.h"
#include "fl-staff-service.h"

#define LOGIN_MAX_LENGTH 32

struct _FlAccountService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlAccountService, fl_account_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-account-error-quark, fl_account_error)

/* What sign-in needs to know of one account. */
typedef struct
{
  gint64     id;
  char      *login;
  gint64     staff_id;
  FlRoles    roles;
  char      *password_hash;
  int        failed_attempts;
  GDateTime *locked_until;
  gboolean   active;
  char      *display_name;
  char      *password;
  GDateTime *now;
} SignIn;

static void
sign_in_free (SignIn *sign_in)
{
  g_free (sign_in->login);
  g_free (sign_in->password_hash);
  g_clear_pointer (&sign_in->locked_until, g_date_time_unref);
  g_free (sign_in->display_name);
  if (sign_in->password != NULL)
    explicit_bzero (sign_in->password, strlen (sign_in->password));
  g_free (sign_in->password);
  g_clear_pointer (&sign_in->now, g_date_time_unref);
  g_free (sign_in);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SignIn, sign_in_free)

static FlSession *
session_for_attempt (const char *login)
{
  /* Failed attempts are audited under the login that was tried. */
  return fl_session_new (0, login, login, 0, FL_ROLE_NONE);
}

static char *
format_local_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%X");
}

static SignIn *
load_sign_in (FlAccountService  *self,
              const char        *login,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(SignIn) sign_in = NULL;
  gboolean has_row = FALSE;
  const char *locked_until;

  statement = fl_database_prepare (self->database,
                                   "SELECT a.id, a.login, a.staff_id, a.roles, a.password_hash, "
                                   "a.failed_attempts, a.locked_until, a.active, s.name "
                                   "FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id "
                                   "WHERE a.login = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, login, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_WRONG_PASSWORD,
                   _("There is no account “%s”. Check the login, or ask an administrator."), login);
      return NULL;
    }

  sign_in = g_new0 (SignIn, 1);
  sign_in->id = sqlite3_column_int64 (statement, 0);
  sign_in->login = g_strdup (fl_sql_column_text (statement, 1));
  sign_in->staff_id = sqlite3_column_int64 (statement, 2);
  sign_in->roles = sqlite3_column_int (statement, 3);
  sign_in->password_hash = g_strdup (fl_sql_column_text (statement, 4));
  sign_in->failed_attempts = sqlite3_column_int (statement, 5);
  locked_until = fl_sql_column_text (statement, 6);
  if (locked_until != NULL)
    sign_in->locked_until = g_date_time_new_from_iso8601 (locked_until, NULL);
  sign_in->active = sqlite3_column_int (statement, 7) != 0;
  sign_in->display_name = g_strdup (fl_sql_column_text (statement, 8));
  return g_steal_pointer (&sign_in);
}

/* Refuses before the password is even checked: closed or locked accounts. */
static gboolean
check_may_try (SignIn  *sign_in,
               GError **error)
{
  if (!sign_in->active)
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INACTIVE,
                   _("The account “%s” is closed. Ask an administrator to reopen it."),
                   sign_in->login);
      return FALSE;
    }

  if (sign_in->locked_until != NULL && g_date_time_compare (sign_in->now, sign_in->locked_until) < 0)
    {
      g_autofree char *until = format_local_time (sign_in->locked_until);

      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_LOCKED,
                   _("Too many wrong passwords: the account “%s” is locked until %s. "
                     "Try again then, or ask an administrator to set a new password."),
                   sign_in->login, until);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  FlAccountService *self;
  SignIn           *sign_in;
  gboolean          verified;
  GError           *outcome;
} Attempt;

/* Records the attempt: resets the count on success, counts a failure and
 * locks the account at the policy's limit. */
static gboolean
record_attempt (gpointer   user_data,
                GError   **error)
{
  Attempt *attempt = user_data;
  SignIn *sign_in = attempt->sign_in;
  FlDatabase *database = attempt->self->database;
  int limit = (int) fl_policy_service_get (attempt->self->policies, "account.lockout-attempts");
  int minutes = (int) fl_policy_service_get (attempt->self->policies, "account.lockout-minutes");
  g_autoptr(FlSession) actor = session_for_attempt (sign_in->login);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(GDateTime) lock_until = NULL;
  g_autofree char *lock_text = NULL;
  int failed = 0;
  const char *action = "sign-in";

  /* A lock that has run out starts the count afresh. */
  if (!attempt->verified)
    {
      failed = sign_in->locked_until != NULL ? 1 : sign_in->failed_attempts + 1;
      action = "sign-in-failed";
      if (failed >= limit)
        {
          lock_until = g_date_time_add_minutes (sign_in->now, minutes);
          lock_text = g_date_time_format_iso8601 (lock_until);
          action = "locked";
        }
    }

  if (!(before = fl_audit_snapshot (database, "accounts", sign_in->id, error)))
    return FALSE;
  statement = fl_database_prepare (database,
                                   "UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int (statement, 1, lock_until != NULL ? 0 : failed);
  fl_sql_bind_text (statement, 2, lock_text);
  sqlite3_bind_int64 (statement, 3, sign_in->id);
  if (!fl_database_run (database, statement, error) ||
      !(after = fl_audit_snapshot (database, "accounts", sign_in->id, error)) ||
      !fl_audit_record (database, actor, "accounts", sign_in->id, action, before, after, error))
    return FALSE;

  if (lock_until != NULL)
    {
      g_autofree char *until = format_local_time (lock_until);

      attempt->outcome = g_error_new (FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_LOCKED,
                                      ngettext ("Wrong password. After %d wrong passwords the account is "
                                                "locked for %d minute, until %s.",
                                                "Wrong password. After %d wrong passwords the account is "
                                                "locked for %d minutes, until %s.", minutes),
                                      limit, minutes, until);
    }
  else if (!attempt->verified)
    attempt->outcome = g_error_new (FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_WRONG_PASSWORD,
                                    ngettext ("Wrong password. %d more try before the account is locked.",
                                              "Wrong password. %d more tries before the account is locked.",
                                              limit - failed),
                                    limit - failed);
  return TRUE;
}

static FlSession *
complete_sign_in (FlAccountService  *self,
                  SignIn            *sign_in,
                  gboolean           verified,
                  GError           **error)
{
  Attempt attempt = { self, sign_in, verified, NULL };

  if (!fl_database_transaction (self->database, record_attempt, &attempt, error))
    return NULL;
  if (attempt.outcome != NULL)
    {
      g_propagate_error (error, attempt.outcome);
      return NULL;
    }

  return fl_session_new (sign_in->id, sign_in->login, sign_in->display_name,
                         sign_in->staff_id, sign_in->roles);
}

static SignIn *
begin_sign_in (FlAccountService  *self,
               const char        *login,
               const char        *password,
               GDateTime         *now,
               GError           **error)
{
  g_autoptr(SignIn) sign_in = NULL;

  if (!(sign_in = load_sign_in (self, login, error)))
    return NULL;
  sign_in->password = g_strdup (password);
  sign_in->now = g_date_time_ref (now);
  if (!check_may_try (sign_in, error))
    return NULL;
  return g_steal_pointer (&sign_in);
}

FlSession *
fl_account_service_sign_in_at (FlAccountService  *self,
                               const char        *login,
                               const char        *password,
                               GDateTime         *now,
                               GError           **error)
{
  g_autoptr(SignIn) sign_in = NULL;

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), NULL);
  g_return_val_if_fail (login != NULL && password != NULL && now != NULL, NULL);

  if (!(sign_in = begin_sign_in (self, login, password, now, error)))
    return NULL;
  return complete_sign_in (self, sign_in,
                           fl_password_verify (password, sign_in->password_hash), error);
}

FlSession *
fl_account_service_sign_in (FlAccountService  *self,
                            const char        *login,
                            const char        *password,
                            GError           **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return fl_account_service_sign_in_at (self, login, password, now, error);
}

/* Only the slow hash runs in the worker; the database stays on this thread. */
static void
verify_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  SignIn *sign_in = task_data;

  g_task_return_boolean (task, fl_password_verify (sign_in->password, sign_in->password_hash));
}

static void
verified_cb (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  FlAccountService *self = FL_ACCOUNT_SERVICE (source_object);
  g_autoptr(GTask) task = user_data;
  SignIn *sign_in = g_task_get_task_data (G_TASK (result));
  gboolean verified = g_task_propagate_boolean (G_TASK (result), NULL);
  GError *error = NULL;
  FlSession *session;

  if (g_task_return_error_if_cancelled (task))
    return;
  session = complete_sign_in (self, sign_in, verified, &error);
  if (session == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, session, g_object_unref);
}

void
fl_account_service_sign_in_async (FlAccountService    *self,
                                  const char          *login,
                                  const char          *password,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) verify = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GError *error = NULL;
  SignIn *sign_in;

  g_return_if_fail (FL_IS_ACCOUNT_SERVICE (self));
  g_return_if_fail (login != NULL && password != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fl_account_service_sign_in_async);

  if (!(sign_in = begin_sign_in (self, login, password, now, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  verify = g_task_new (self, cancellable, verified_cb, g_steal_pointer (&task));
  g_task_set_source_tag (verify, verify_in_thread);
  g_task_set_task_data (verify, sign_in, (GDestroyNotify) sign_in_free);
  g_task_run_in_thread (verify, verify_in_thread);
}

FlSession *
fl_account_service_sign_in_finish (FlAccountService  *self,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
fl_account_service_has_accounts (FlAccountService *self)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), FALSE);

  statement = fl_database_prepare (self->database, "SELECT 1 FROM accounts LIMIT 1", NULL);
  return statement != NULL && fl_database_step (self->database, statement, &has_row, NULL) && has_row;
}

GListModel *
fl_account_service_list (FlAccountService  *self,
                         gboolean           include_inactive,
                         GError           **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_ACCOUNT);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), NULL);

  statement = fl_database_prepare (self->database,
                                   "SELECT a.id, a.login, a.staff_id, s.name, a.roles, a.active, a.locked_until "
                                   "FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id "
                                   "WHERE ?1 = 1 OR a.active = 1 ORDER BY a.login",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int (statement, 1, include_inactive ? 1 : 0);

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlAccount) account = g_object_new (FL_TYPE_ACCOUNT,
                                                   "id", sqlite3_column_int64 (statement, 0),
                                                   "login", fl_sql_column_text (statement, 1),
                                                   "staff-id", sqlite3_column_int64 (statement, 2),
                                                   "display-name", fl_sql_column_text (statement, 3),
                                                   "roles", (guint) sqlite3_column_int (statement, 4),
                                                   "active", sqlite3_column_int (statement, 5) != 0,
                                                   "locked-until", fl_sql_column_text (statement, 6),
                                                   NULL);
      g_list_store_append (store, account);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
validate_password (const char  *password,
                   GError     **error)
{
  if (password != NULL && g_utf8_strlen (password, -1) >= FL_PASSWORD_MIN_LENGTH)
    return TRUE;
  g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
               ngettext ("The password is too short: use at least %d character.",
                         "The password is too short: use at least %d characters.",
                         FL_PASSWORD_MIN_LENGTH),
               FL_PASSWORD_MIN_LENGTH);
  return FALSE;
}

static gboolean
validate_login (FlAccountService  *self,
                const char        *login,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (*login == '\0' || strlen (login) > LOGIN_MAX_LENGTH)
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                   _("Enter a login of 1 to %d characters."), LOGIN_MAX_LENGTH);
      return FALSE;
    }
  for (const char *p = login; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      {
        g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                     _("The login “%s” may hold only Latin letters, digits, dots, dashes and underscores."),
                     login);
        return FALSE;
      }

  if (!(statement = fl_database_prepare (self->database, "SELECT 1 FROM accounts WHERE login = ?", error)))
    return FALSE;
  sqlite3_bind_text (statement, 1, login, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_DUPLICATE,
                   _("The login “%s” is already taken. Choose another."), login);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  FlAccountService *self;
  FlSession        *actor;
  const char       *action;
  gint64            id;
  sqlite3_stmt     *statement;
} AccountChange;

static gboolean
apply_account_change (gpointer   user_data,
                      GError   **error)
{
  AccountChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  if (change->id > 0 && !(before = fl_audit_snapshot (database, "accounts", change->id, error)))
    return FALSE;
  if (!fl_database_run (database, change->statement, error))
    return FALSE;
  if (change->id == 0)
    change->id = fl_database_last_insert_id (database);
  if (!(after = fl_audit_snapshot (database, "accounts", change->id, error)))
    return FALSE;
  return fl_audit_record (database, change->actor, "accounts", change->id, change->action,
                          before, after, error);
}

typedef struct
{
  FlAccountService *self;
  FlSession        *actor;
  const char       *login;
  const char       *hash;
  gint64            staff_id;
  FlRoles           roles;
  FlStaffMember    *new_member;
  gint64            id;
} NewAccount;

static gboolean
insert_account (gpointer   user_data,
                GError   **error)
{
  NewAccount *account = user_data;
  FlAccountService *self = account->self;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created_at = g_date_time_format_iso8601 (now);
  AccountChange change = { self, account->actor, "add", 0, NULL };

  /* The first administrator comes with their own staff record. */
  if (account->new_member != NULL)
    {
      g_autoptr(FlStaffService) staff = fl_staff_service_new (self->database, account->actor);

      account->staff_id = fl_staff_service_add_member (staff, account->new_member, error);
      if (account->staff_id == 0)
        return FALSE;
    }

  statement = fl_database_prepare (self->database,
                                   "INSERT INTO accounts (login, staff_id, roles, password_hash, created_at) "
                                   "VALUES (?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, account->login, -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (statement, 2, account->staff_id);
  sqlite3_bind_int (statement, 3, account->roles & FL_ROLE_ALL);
  sqlite3_bind_text (statement, 4, account->hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, created_at, -1, SQLITE_TRANSIENT);

  change.statement = statement;
  if (!apply_account_change (&change, error))
    return FALSE;
  account->id = change.id;
  return TRUE;
}

static gboolean
staff_is_active (FlAccountService *self,
                 gint64            staff_id)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT 1 FROM staff WHERE id = ? AND status = 'active'", NULL);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, staff_id);
  return fl_database_step (self->database, statement, &has_row, NULL) && has_row;
}

gint64
fl_account_service_create (FlAccountService  *self,
                           FlSession         *actor,
                           const char        *login,
                           const char        *password,
                           gint64             staff_id,
                           FlRoles            roles,
                           GError           **error)
{
  g_autofree char *clean_login = NULL;
  g_autofree char *hash = NULL;
  NewAccount account = { self, actor, NULL, NULL, staff_id, roles, NULL, 0 };

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_ACCOUNTS, error))
    return 0;
  clean_login = g_strstrip (g_strdup (login ? login : ""));
  if (!validate_login (self, clean_login, error) || !validate_password (password, error))
    return 0;
  if ((roles & FL_ROLE_ALL) == 0)
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                   _("Give the account at least one role."));
      return 0;
    }
  if (!staff_is_active (self, staff_id))
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                   _("Choose the active staff member who will use this account."));
      return 0;
    }

  /* Hashing is slow: do it before the transaction holds the write lock. */
  if (!(hash = fl_password_hash (password, error)))
    return 0;
  account.login = clean_login;
  account.hash = hash;
  if (!fl_database_transaction (self->database, insert_account, &account, error))
    return 0;
  return account.id;
}

FlSession *
fl_account_service_create_first_admin (FlAccountService  *self,
                                       const char        *name,
                                       const char        *job_number,
                                       const char        *login,
                                       const char        *password,
                                       GError           **error)
{
  g_autoptr(FlSession) first_run = NULL;
  g_autoptr(FlStaffMember) member = NULL;
  g_autofree char *clean_login = NULL;
  g_autofree char *hash = NULL;
  NewAccount account = { self, NULL, NULL, NULL, 0, FL_ROLE_ADMIN, NULL, 0 };

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), NULL);

  if (fl_account_service_has_accounts (self))
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_NOT_FIRST,
                   _("This center already has an administrator. Sign in, or ask them for an account."));
      return NULL;
    }
  clean_login = g_strstrip (g_strdup (login ? login : ""));
  if (!validate_login (self, clean_login, error) || !validate_password (password, error))
    return NULL;
  if (!(hash = fl_password_hash (password, error)))
    return NULL;

  member = g_object_new (FL_TYPE_STAFF_MEMBER,
                         "name", name,
                         "job-number", job_number,
                         "position", FL_POSITION_ADMINISTRATOR,
                         NULL);
  first_run = fl_session_new (0, clean_login, name, 0, FL_ROLE_ADMIN);
  account.actor = first_run;
  account.login = clean_login;
  account.hash = hash;
  account.new_member = member;
  if (!fl_database_transaction (self->database, insert_account, &account, error))
    return NULL;

  return fl_session_new (account.id, clean_login, fl_staff_member_get_name (member),
                         account.staff_id, FL_ROLE_ADMIN);
}

/* Whether @id is the only active administrator account. */
static gboolean
is_last_admin (FlAccountService *self,
               gint64            id)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT count(*), sum(id = ?1) FROM accounts "
                                   "WHERE active = 1 AND (roles & ?2) != 0",
                                   NULL);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_int (statement, 2, FL_ROLE_ADMIN);
  if (!fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return FALSE;
  return sqlite3_column_int64 (statement, 0) == 1 && sqlite3_column_int64 (statement, 1) == 1;
}

/* Changes roles and state, and the password when @new_password is not %NULL,
 * in one transaction. */
gboolean
fl_account_service_update (FlAccountService  *self,
                           FlSession         *actor,
                           gint64             id,
                           FlRoles            roles,
                           gboolean           active,
                           const char        *new_password,
                           GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *hash = NULL;
  AccountChange change = { self, actor, "edit", id, NULL };

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_ACCOUNTS, error))
    return FALSE;
  if ((roles & FL_ROLE_ALL) == 0)
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                   _("Give the account at least one role."));
      return FALSE;
    }
  /* The center must never be left without someone who can manage accounts. */
  if ((!active || !(roles & FL_ROLE_ADMIN)) && is_last_admin (self, id))
    {
      g_set_error (error, FL_ACCOUNT_ERROR, FL_ACCOUNT_ERROR_INVALID,
                   _("This is the last active administrator account. Make another administrator first."));
      return FALSE;
    }
  if (new_password != NULL &&
      (!validate_password (new_password, error) || !(hash = fl_password_hash (new_password, error))))
    return FALSE;

  statement = fl_database_prepare (self->database,
                                   "UPDATE accounts SET roles = ?1, active = ?2, "
                                   "password_hash = coalesce(?3, password_hash), "
                                   "failed_attempts = 0, locked_until = NULL WHERE id = ?4",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int (statement, 1, roles & FL_ROLE_ALL);
  sqlite3_bind_int (statement, 2, active ? 1 : 0);
  fl_sql_bind_text (statement, 3, hash);
  sqlite3_bind_int64 (statement, 4, id);
  change.statement = statement;
  return fl_database_transaction (self->database, apply_account_change, &change, error);
}

gboolean
fl_account_service_set_password (FlAccountService  *self,
                                 FlSession         *actor,
                                 gint64             id,
                                 const char        *password,
                                 GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *hash = NULL;
  AccountChange change = { self, actor, "set-password", id, NULL };

  g_return_val_if_fail (FL_IS_ACCOUNT_SERVICE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  /* Anyone may change their own password; only an administrator someone else's. */
  if (actor == NULL || fl_session_get_account_id (actor) != id)
    if (!fl_session_check (actor, FL_PERMISSION_MANAGE_ACCOUNTS, error))
      return FALSE;
  if (!validate_password (password, error) || !(hash = fl_password_hash (password, error)))
    return FALSE;

  statement = fl_database_prepare (self->database,
                                   "UPDATE accounts SET password_hash = ?, failed_attempts = 0, "
                                   "locked_until = NULL WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, id);
  change.statement = statement;
  return fl_database_transaction (self->database, apply_account_change, &change, error);
}

static void
fl_account_service_dispose (GObject *object)
{
  FlAccountService *self = (FlAccountService *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->policies);

  G_OBJECT_CLASS (fl_account_service_parent_class)->dispose (object);
}

static void
fl_account_service_class_init (FlAccountServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_account_service_dispose;
}

static void
fl_account_service_init (FlAccountService *self)
{
}

FlAccountService *
fl_account_service_new (FlDatabase *database)
{
  FlAccountService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_ACCOUNT_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}
