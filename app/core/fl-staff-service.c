/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-staff-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-sql.h"
#include "fl-staff-service.h"

struct _FlStaffService
{
  GObject     parent_instance;

  FlDatabase *database;
  FlSession  *session;
};

G_DEFINE_FINAL_TYPE (FlStaffService, fl_staff_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-staff-error-quark, fl_staff_error)

#define MEMBER_COLUMNS \
  "s.id, s.job_number, s.name, s.english_name, s.team_id, t.name, s.position, " \
  "s.extension, s.hire_date, s.status "
#define MEMBER_FROM "FROM staff s LEFT JOIN teams t ON t.id = s.team_id "

/* One change to one row, carried into a transaction. */
typedef struct
{
  FlStaffService *self;
  const char     *table;
  const char     *action;
  gint64          id;
  sqlite3_stmt   *statement;
} Change;

static FlStaffMember *
member_from_row (sqlite3_stmt *statement)
{
  return g_object_new (FL_TYPE_STAFF_MEMBER,
                       "id", sqlite3_column_int64 (statement, 0),
                       "job-number", fl_sql_column_text (statement, 1),
                       "name", fl_sql_column_text (statement, 2),
                       "english-name", fl_sql_column_text (statement, 3),
                       "team-id", sqlite3_column_int64 (statement, 4),
                       "team-name", fl_sql_column_text (statement, 5),
                       "position", fl_position_from_code (fl_sql_column_text (statement, 6)),
                       "extension", fl_sql_column_text (statement, 7),
                       "hire-date", fl_sql_column_text (statement, 8),
                       "active", g_strcmp0 (fl_sql_column_text (statement, 9), "active") == 0,
                       NULL);
}

/* Runs the change's statement and audits the row before and after, all in
 * the caller's transaction. */
static gboolean
apply_change (gpointer   user_data,
              GError   **error)
{
  Change *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  if (change->id > 0 && !(before = fl_audit_snapshot (database, change->table, change->id, error)))
    return FALSE;
  if (!fl_database_run (database, change->statement, error))
    return FALSE;
  if (change->id == 0)
    change->id = fl_database_last_insert_id (database);
  if (!(after = fl_audit_snapshot (database, change->table, change->id, error)))
    return FALSE;

  return fl_audit_record (database, change->self->session, change->table, change->id,
                          change->action, before, after, error);
}

static gboolean
run_change (FlStaffService  *self,
            const char      *table,
            const char      *action,
            gint64          *id,
            sqlite3_stmt    *statement,
            GError         **error)
{
  Change change = { self, table, action, *id, statement };

  if (!fl_database_transaction (self->database, apply_change, &change, error))
    return FALSE;
  *id = change.id;
  return TRUE;
}

static char *
strip_dup (const char *text)
{
  return text ? g_strstrip (g_strdup (text)) : g_strdup ("");
}

static gboolean
check_length (const char  *text,
              glong        maximum,
              const char  *what,
              GError     **error)
{
  if (g_utf8_strlen (text, -1) <= maximum)
    return TRUE;
  g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
               /* Translators: the first %s names the field, as in "The name" */
               _("%s is too long: at most %ld characters, please."), what, maximum);
  return FALSE;
}

static gboolean
check_date (const char  *text,
            GError     **error)
{
  int year, month, day;
  char end;

  if (*text == '\0')
    return TRUE;
  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3 &&
      strlen (text) == 10 && g_date_valid_dmy (day, month, year))
    return TRUE;

  g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
               _("“%s” is not a date. Write the hire date as year-month-day, for example 2024-03-01."),
               text);
  return FALSE;
}

static gboolean
row_exists (FlStaffService *self,
            const char     *sql,
            gint64          id)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database, sql, NULL);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  return fl_database_step (self->database, statement, &has_row, NULL) && has_row;
}

/* The name of the row that already holds @value, other than row @except_id. */
static char *
find_holder (FlStaffService *self,
             const char     *sql,
             const char     *value,
             gint64          except_id)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database, sql, NULL);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, except_id);
  if (!fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return NULL;
  return g_strdup (fl_sql_column_text (statement, 0));
}

static gboolean
validate_member (FlStaffService  *self,
                 FlStaffMember   *member,
                 GError         **error)
{
  g_autofree char *job_number = strip_dup (fl_staff_member_get_job_number (member));
  g_autofree char *name = strip_dup (fl_staff_member_get_name (member));
  g_autofree char *english_name = strip_dup (fl_staff_member_get_english_name (member));
  g_autofree char *extension = strip_dup (fl_staff_member_get_extension (member));
  g_autofree char *hire_date = strip_dup (fl_staff_member_get_hire_date (member));
  g_autofree char *holder = NULL;
  gint64 team_id = fl_staff_member_get_team_id (member);

  if (*name == '\0')
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID, _("Enter the person's name."));
      return FALSE;
    }
  if (*job_number == '\0')
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
                   _("Enter the job number (工号): recordings and rosters find people by it."));
      return FALSE;
    }
  for (const char *p = job_number; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      {
        g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
                     _("The job number (工号) “%s” may hold only letters, digits and dashes."),
                     job_number);
        return FALSE;
      }
  for (const char *p = extension; *p; p++)
    if (!g_ascii_isdigit (*p))
      {
        g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
                     _("The extension “%s” may hold only digits."), extension);
        return FALSE;
      }

  if (!check_length (name, FL_STAFF_NAME_MAX_LENGTH, _("The name"), error) ||
      !check_length (english_name, FL_STAFF_NAME_MAX_LENGTH, _("The English name"), error) ||
      !check_length (job_number, FL_STAFF_JOB_NUMBER_MAX_LENGTH, _("The job number"), error) ||
      !check_length (extension, FL_STAFF_JOB_NUMBER_MAX_LENGTH, _("The extension"), error) ||
      !check_date (hire_date, error))
    return FALSE;

  if (team_id > 0 && !row_exists (self, "SELECT 1 FROM teams WHERE id = ?", team_id))
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_NOT_FOUND,
                   _("The chosen team no longer exists. Choose another team."));
      return FALSE;
    }

  holder = find_holder (self, "SELECT name FROM staff WHERE job_number = ? AND id != ?",
                        job_number, fl_staff_member_get_id (member));
  if (holder != NULL)
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_DUPLICATE,
                   _("The job number (工号) %s is already used by %s. Each person needs their own."),
                   job_number, holder);
      return FALSE;
    }

  /* Store what was checked: trimmed text. */
  g_object_set (member,
                "job-number", job_number,
                "name", name,
                "english-name", english_name,
                "extension", extension,
                "hire-date", hire_date,
                NULL);
  return TRUE;
}

static void
bind_member (sqlite3_stmt  *statement,
             FlStaffMember *member)
{
  fl_sql_bind_text (statement, 1, fl_staff_member_get_job_number (member));
  fl_sql_bind_text (statement, 2, fl_staff_member_get_name (member));
  fl_sql_bind_text (statement, 3, fl_staff_member_get_english_name (member));
  fl_sql_bind_id (statement, 4, fl_staff_member_get_team_id (member));
  sqlite3_bind_text (statement, 5, fl_position_to_code (fl_staff_member_get_position (member)),
                     -1, SQLITE_STATIC);
  fl_sql_bind_text (statement, 6, fl_staff_member_get_extension (member));
  fl_sql_bind_text (statement, 7, fl_staff_member_get_hire_date (member));
}

GListModel *
fl_staff_service_list_staff (FlStaffService  *self,
                             const char      *search,
                             gboolean         include_departed,
                             GError         **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_STAFF_MEMBER);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *pattern = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), NULL);

  if (!fl_session_check (self->session, FL_PERMISSION_VIEW_STAFF, error))
    return NULL;

  statement = fl_database_prepare (self->database,
                                   "SELECT " MEMBER_COLUMNS MEMBER_FROM
                                   "WHERE (?1 = 1 OR s.status = 'active') AND (?2 IS NULL "
                                   "  OR lower(s.name) LIKE ?2 ESCAPE '\\' "
                                   "  OR lower(s.english_name) LIKE ?2 ESCAPE '\\' "
                                   "  OR lower(s.job_number) LIKE ?2 ESCAPE '\\' "
                                   "  OR s.extension LIKE ?2 ESCAPE '\\') "
                                   "ORDER BY s.status, s.job_number",
                                   error);
  if (statement == NULL)
    return NULL;

  needle = strip_dup (search);
  if (*needle != '\0')
    pattern = fl_sql_like_pattern (needle);
  sqlite3_bind_int (statement, 1, include_departed ? 1 : 0);
  fl_sql_bind_text (statement, 2, pattern);

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlStaffMember) member = member_from_row (statement);
      g_list_store_append (store, member);
    }
  if (error != NULL && *error != NULL)
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&store));
}

FlStaffMember *
fl_staff_service_get_member (FlStaffService  *self,
                             gint64           id,
                             GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), NULL);

  if (!fl_session_check (self->session, FL_PERMISSION_VIEW_STAFF, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT " MEMBER_COLUMNS MEMBER_FROM "WHERE s.id = ?", error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_NOT_FOUND,
                   _("This person is no longer in the staff list. Reload the list."));
      return NULL;
    }
  return member_from_row (statement);
}

gint64
fl_staff_service_add_member (FlStaffService  *self,
                             FlStaffMember   *draft,
                             GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gint64 id = 0;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), 0);
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (draft), 0);

  g_object_set (draft, "id", (gint64) 0, NULL);
  if (!fl_session_check (self->session, FL_PERMISSION_MANAGE_STAFF, error) ||
      !validate_member (self, draft, error))
    return 0;

  statement = fl_database_prepare (self->database,
                                   "INSERT INTO staff (job_number, name, english_name, team_id, "
                                   "position, extension, hire_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return 0;
  bind_member (statement, draft);

  if (!run_change (self, "staff", "add", &id, statement, error))
    return 0;
  g_object_set (draft, "id", id, NULL);
  return id;
}

gboolean
fl_staff_service_update_member (FlStaffService  *self,
                                FlStaffMember   *member,
                                GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gint64 id;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_STAFF_MEMBER (member), FALSE);

  id = fl_staff_member_get_id (member);
  if (!fl_session_check (self->session, FL_PERMISSION_MANAGE_STAFF, error) ||
      !validate_member (self, member, error))
    return FALSE;
  if (!row_exists (self, "SELECT 1 FROM staff WHERE id = ?", id))
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_NOT_FOUND,
                   _("This person is no longer in the staff list. Reload the list."));
      return FALSE;
    }

  statement = fl_database_prepare (self->database,
                                   "UPDATE staff SET job_number = ?1, name = ?2, english_name = ?3, "
                                   "team_id = ?4, position = ?5, extension = ?6, hire_date = ?7 "
                                   "WHERE id = ?8",
                                   error);
  if (statement == NULL)
    return FALSE;
  bind_member (statement, member);
  sqlite3_bind_int64 (statement, 8, id);

  return run_change (self, "staff", "edit", &id, statement, error);
}

static char *
find_name_led_by (FlStaffService *self,
                  const char     *sql,
                  gint64          staff_id)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database, sql, NULL);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, staff_id);
  if (!fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return NULL;
  return g_strdup (fl_sql_column_text (statement, 0));
}

/* What @staff_id holds of the center, by the equipment ledger; -1 on an error. */
static gint64
count_held (FlStaffService  *self,
            gint64           staff_id,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database,
                                                           "SELECT coalesce (sum (quantity), 0) FROM holdings "
                                                           "WHERE staff_id = ?",
                                                           error);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return -1;
  sqlite3_bind_int64 (statement, 1, staff_id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return -1;
  return has_row ? sqlite3_column_int64 (statement, 0) : 0;
}

/* A departing person must first hand over the teams and departments they
 * lead, and give back what they hold (离职回收), unless an administrator
 * overrides the recovery with @override_reason. */
static gboolean
check_can_depart (FlStaffService  *self,
                  FlStaffMember   *member,
                  const char      *override_reason,
                  GError         **error)
{
  gint64 held;
  g_autofree char *team = NULL;
  g_autofree char *department = NULL;
  gint64 id = fl_staff_member_get_id (member);

  if (fl_session_get_staff_id (self->session) == fl_staff_member_get_id (member))
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE,
                   _("You cannot mark yourself as departed. Ask another administrator."));
      return FALSE;
    }

  team = find_name_led_by (self, "SELECT name FROM teams WHERE lead_staff_id = ?", id);
  if (team != NULL)
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE,
                   _("%s leads the team “%s”. Choose another lead for the team first."),
                   fl_staff_member_get_name (member), team);
      return FALSE;
    }

  department = find_name_led_by (self, "SELECT name FROM departments WHERE head_staff_id = ?", id);
  if (department != NULL)
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE,
                   _("%s heads the department “%s”. Choose another head for the department first."),
                   fl_staff_member_get_name (member), department);
      return FALSE;
    }
  /* Checked again inside the departure's transaction. */
  if ((held = count_held (self, id, error)) < 0)
    return FALSE;
  if (held > 0 && (override_reason == NULL || *override_reason == '\0'))
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%1$s still holds %2$d item of the center: return it to the store or write it off "
                                "first, or an administrator overrides the recovery with a reason.",
                                "%1$s still holds %2$d items of the center: return them to the store or write them "
                                "off first, or an administrator overrides the recovery with a reason.",
                                (gulong) held),
                   fl_staff_member_get_name (member), (int) held);
      return FALSE;
    }
  if (held > 0 && !fl_session_has_role (self->session, FL_ROLE_ADMIN))
    {
      g_set_error_literal (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED,
                           _("Only an administrator may let someone leave with items of the center unrecovered."));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  Change      change;
  gboolean    active;
  const char *override_reason;   /* an administrator's, with items unrecovered */
} Departure;

/* The recovery overridden: why, and what the person leaves holding. */
static gboolean
record_override (FlStaffService  *self,
                 Departure       *departure,
                 GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(sqlite3_stmt) held = NULL;
  gboolean has_row = FALSE;

  held = fl_database_prepare (self->database,
                              "SELECT i.name, coalesce (a.tag, ''), h.quantity FROM holdings h "
                              "JOIN items i ON i.id = h.item_id LEFT JOIN assets a ON a.id = h.asset_id "
                              "WHERE h.staff_id = ? ORDER BY i.name, a.tag",
                              error);
  if (held == NULL)
    return FALSE;
  sqlite3_bind_int64 (held, 1, departure->change.id);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, departure->override_reason);
  json_builder_set_member_name (builder, "held");
  json_builder_begin_array (builder);
  while (fl_database_step (self->database, held, &has_row, error) && has_row)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "item");
      json_builder_add_string_value (builder, fl_sql_column_text (held, 0));
      json_builder_set_member_name (builder, "tag");
      json_builder_add_string_value (builder, fl_sql_column_text (held, 1));
      json_builder_set_member_name (builder, "quantity");
      json_builder_add_int_value (builder, sqlite3_column_int (held, 2));
      json_builder_end_object (builder);
    }
  if (has_row)
    return FALSE;
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  after = json_builder_get_root (builder);
  return fl_audit_record (self->database, self->session, "staff", departure->change.id, "override recovery", NULL,
                          after, error);
}

/* Departed staff may no longer sign in: their accounts close in the same transaction. */
static gboolean
apply_departure (gpointer   user_data,
                 GError   **error)
{
  Departure *departure = user_data;
  FlStaffService *self = departure->change.self;
  g_autoptr(sqlite3_stmt) accounts = NULL;
  gboolean has_row = FALSE;
  gint64 held = 0;

  /* Nothing issued meanwhile (another window, another seat): the check
   * holds inside the transaction, and an override is recorded only for
   * what is really left unrecovered. */
  if (!departure->active)
    {
      g_autoptr(FlStaffMember) member = fl_staff_service_get_member (self, departure->change.id, error);

      if (member == NULL || !check_can_depart (self, member, departure->override_reason, error) ||
          (held = count_held (self, departure->change.id, error)) < 0)
        return FALSE;
    }
  if (!apply_change (&departure->change, error))
    return FALSE;
  if (departure->active)
    return TRUE;
  if (held > 0 && !record_override (self, departure, error))
    return FALSE;

  accounts = fl_database_prepare (self->database,
                                  "SELECT id FROM accounts WHERE staff_id = ? AND active = 1", error);
  if (accounts == NULL)
    return FALSE;
  sqlite3_bind_int64 (accounts, 1, departure->change.id);

  while (fl_database_step (self->database, accounts, &has_row, error) && has_row)
    {
      g_autoptr(sqlite3_stmt) close = NULL;
      Change change = { self, "accounts", "deactivate", sqlite3_column_int64 (accounts, 0), NULL };

      close = fl_database_prepare (self->database, "UPDATE accounts SET active = 0 WHERE id = ?", error);
      if (close == NULL)
        return FALSE;
      sqlite3_bind_int64 (close, 1, change.id);
      change.statement = close;
      if (!apply_change (&change, error))
        return FALSE;
    }
  return !(error != NULL && *error != NULL);
}

static gboolean
change_status (FlStaffService  *self,
               gint64           id,
               gboolean         active,
               const char      *override_reason,
               GError         **error)
{
  g_autoptr(FlStaffMember) member = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *today_text = g_date_time_format (today, "%Y-%m-%d");
  Departure departure;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), FALSE);

  if (!fl_session_check (self->session, FL_PERMISSION_MANAGE_STAFF, error) ||
      !(member = fl_staff_service_get_member (self, id, error)))
    return FALSE;

  if (fl_staff_member_get_active (member) == active)
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
                   active ? _("%s is already active.") : _("%s is already marked as departed."),
                   fl_staff_member_get_name (member));
      return FALSE;
    }
  if (!active && !check_can_depart (self, member, override_reason, error))
    return FALSE;

  statement = fl_database_prepare (self->database,
                                   "UPDATE staff SET status = ?1, departed_on = ?2 WHERE id = ?3",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, active ? "active" : "departed", -1, SQLITE_STATIC);
  fl_sql_bind_text (statement, 2, active ? NULL : today_text);
  sqlite3_bind_int64 (statement, 3, id);

  departure = (Departure) { { self, "staff", active ? "reactivate" : "deactivate", id, statement }, active,
                            override_reason };
  return fl_database_transaction (self->database, apply_departure, &departure, error);
}

gboolean
fl_staff_service_set_active (FlStaffService  *self,
                             gint64           id,
                             gboolean         active,
                             GError         **error)
{
  return change_status (self, id, active, NULL, error);
}

gboolean
fl_staff_service_depart (FlStaffService  *self,
                         gint64           id,
                         const char      *override_reason,
                         GError         **error)
{
  g_autofree char *reason = g_strstrip (g_strdup (override_reason ? override_reason : ""));

  if (!g_utf8_validate (reason, -1, NULL) || g_utf8_strlen (reason, -1) > 500)
    {
      g_set_error_literal (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID,
                           _("The reason for leaving items unrecovered is at most 500 characters."));
      return FALSE;
    }
  return change_status (self, id, FALSE, reason, error);
}

GListModel *
fl_staff_service_list_teams (FlStaffService  *self,
                             GError         **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_TEAM);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), NULL);

  if (!fl_session_check (self->session, FL_PERMISSION_VIEW_STAFF, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT t.id, t.name, t.department_id, d.name, t.lead_staff_id, l.name, "
                                   "  (SELECT count(*) FROM staff s WHERE s.team_id = t.id AND s.status = 'active') "
                                   "FROM teams t LEFT JOIN departments d ON d.id = t.department_id "
                                   "LEFT JOIN staff l ON l.id = t.lead_staff_id ORDER BY t.name",
                                   error);
  if (statement == NULL)
    return NULL;

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlTeam) team = g_object_new (FL_TYPE_TEAM,
                                             "id", sqlite3_column_int64 (statement, 0),
                                             "name", fl_sql_column_text (statement, 1),
                                             "department-id", sqlite3_column_int64 (statement, 2),
                                             "department-name", fl_sql_column_text (statement, 3),
                                             "lead-id", sqlite3_column_int64 (statement, 4),
                                             "lead-name", fl_sql_column_text (statement, 5),
                                             "member-count", (guint) sqlite3_column_int (statement, 6),
                                             NULL);
      g_list_store_append (store, team);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
fl_staff_service_list_departments (FlStaffService  *self,
                                   GError         **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_DEPARTMENT);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), NULL);

  if (!fl_session_check (self->session, FL_PERMISSION_VIEW_STAFF, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT d.id, d.name, d.head_staff_id, h.name, "
                                   "  (SELECT count(*) FROM teams t WHERE t.department_id = d.id) "
                                   "FROM departments d LEFT JOIN staff h ON h.id = d.head_staff_id "
                                   "ORDER BY d.name",
                                   error);
  if (statement == NULL)
    return NULL;

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlDepartment) department = g_object_new (FL_TYPE_DEPARTMENT,
                                                         "id", sqlite3_column_int64 (statement, 0),
                                                         "name", fl_sql_column_text (statement, 1),
                                                         "head-id", sqlite3_column_int64 (statement, 2),
                                                         "head-name", fl_sql_column_text (statement, 3),
                                                         "team-count", (guint) sqlite3_column_int (statement, 4),
                                                         NULL);
      g_list_store_append (store, department);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Checks a team's or department's name and the person who leads it. */
static gboolean
validate_unit (FlStaffService  *self,
               const char      *table,
               const char      *name,
               gint64           id,
               gint64           leader_id,
               GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM %s WHERE name = ? AND id != ?", table);
  g_autofree char *holder = NULL;

  if (!fl_session_check (self->session, FL_PERMISSION_MANAGE_STAFF, error))
    return FALSE;
  if (*name == '\0')
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_INVALID, _("Enter a name."));
      return FALSE;
    }
  if (!check_length (name, FL_STAFF_NAME_MAX_LENGTH, _("The name"), error))
    return FALSE;
  if ((holder = find_holder (self, sql, name, id)) != NULL)
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_DUPLICATE,
                   _("“%s” is already taken. Choose another name."), name);
      return FALSE;
    }
  if (leader_id > 0 && !row_exists (self, "SELECT 1 FROM staff WHERE id = ? AND status = 'active'", leader_id))
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_NOT_FOUND,
                   _("The chosen person has departed or no longer exists. Choose someone active."));
      return FALSE;
    }
  return TRUE;
}

static gint64
save_team (FlStaffService  *self,
           gint64           id,
           const char      *name,
           gint64           department_id,
           gint64           lead_id,
           GError         **error)
{
  g_autofree char *clean_name = strip_dup (name);
  g_autoptr(sqlite3_stmt) statement = NULL;

  if (!validate_unit (self, "teams", clean_name, id, lead_id, error))
    return 0;
  if (department_id > 0 && !row_exists (self, "SELECT 1 FROM departments WHERE id = ?", department_id))
    {
      g_set_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_NOT_FOUND,
                   _("The chosen department no longer exists. Choose another department."));
      return 0;
    }

  statement = fl_database_prepare (self->database,
                                   id > 0
                                   ? "UPDATE teams SET name = ?1, department_id = ?2, lead_staff_id = ?3 WHERE id = ?4"
                                   : "INSERT INTO teams (name, department_id, lead_staff_id) VALUES (?1, ?2, ?3)",
                                   error);
  if (statement == NULL)
    return 0;
  fl_sql_bind_text (statement, 1, clean_name);
  fl_sql_bind_id (statement, 2, department_id);
  fl_sql_bind_id (statement, 3, lead_id);
  if (id > 0)
    sqlite3_bind_int64 (statement, 4, id);

  if (!run_change (self, "teams", id > 0 ? "edit" : "add", &id, statement, error))
    return 0;
  return id;
}

gint64
fl_staff_service_add_team (FlStaffService  *self,
                           const char      *name,
                           gint64           department_id,
                           gint64           lead_id,
                           GError         **error)
{
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), 0);
  return save_team (self, 0, name, department_id, lead_id, error);
}

gboolean
fl_staff_service_update_team (FlStaffService  *self,
                              gint64           id,
                              const char      *name,
                              gint64           department_id,
                              gint64           lead_id,
                              GError         **error)
{
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  return save_team (self, id, name, department_id, lead_id, error) != 0;
}

static gint64
save_department (FlStaffService  *self,
                 gint64           id,
                 const char      *name,
                 gint64           head_id,
                 GError         **error)
{
  g_autofree char *clean_name = strip_dup (name);
  g_autoptr(sqlite3_stmt) statement = NULL;

  if (!validate_unit (self, "departments", clean_name, id, head_id, error))
    return 0;

  statement = fl_database_prepare (self->database,
                                   id > 0
                                   ? "UPDATE departments SET name = ?1, head_staff_id = ?2 WHERE id = ?3"
                                   : "INSERT INTO departments (name, head_staff_id) VALUES (?1, ?2)",
                                   error);
  if (statement == NULL)
    return 0;
  fl_sql_bind_text (statement, 1, clean_name);
  fl_sql_bind_id (statement, 2, head_id);
  if (id > 0)
    sqlite3_bind_int64 (statement, 3, id);

  if (!run_change (self, "departments", id > 0 ? "edit" : "add", &id, statement, error))
    return 0;
  return id;
}

gint64
fl_staff_service_add_department (FlStaffService  *self,
                                 const char      *name,
                                 gint64           head_id,
                                 GError         **error)
{
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), 0);
  return save_department (self, 0, name, head_id, error);
}

gboolean
fl_staff_service_update_department (FlStaffService  *self,
                                    gint64           id,
                                    const char      *name,
                                    gint64           head_id,
                                    GError         **error)
{
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  return save_department (self, id, name, head_id, error) != 0;
}

static void
fl_staff_service_dispose (GObject *object)
{
  FlStaffService *self = (FlStaffService *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_staff_service_parent_class)->dispose (object);
}

static void
fl_staff_service_class_init (FlStaffServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_staff_service_dispose;
}

static void
fl_staff_service_init (FlStaffService *self)
{
}

FlStaffService *
fl_staff_service_new (FlDatabase *database,
                      FlSession  *session)
{
  FlStaffService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (session == NULL || FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_STAFF_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->session = session ? g_object_ref (session) : NULL;
  return self;
}
