/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-leave-service-private.h"
#include "fl-scorecard.h"
#include "fl-sql.h"

/* Changing the leave types in Preferences: what each one needs and counts.
 * The categories route and count (fl-leave-route.c): annual, personal and
 * sick leave exist once each, and a type added is of the others. */

#define NAME_MAX_CHARS  40
#define NOTICE_MAX_DAYS 365

typedef struct
{
  FlLeaveService          *self;
  FlSession               *actor;
  const FlLeaveTypeFields *fields;
  char                    *name;   /* as stored: a shipped type's English msgid when not renamed */
  gint64                   id;
} TypeChange;

static gboolean
check_fields (const FlLeaveTypeFields  *fields,
              const char               *name,
              GError                  **error)
{
  if (*name == '\0' || g_utf8_strlen (name, -1) > NAME_MAX_CHARS)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("Give the leave type a name of at most %d characters."), NAME_MAX_CHARS);
      return FALSE;
    }
  if (fields->notice_days < -1 || fields->notice_days > NOTICE_MAX_DAYS)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("Notice is from 0 to %d days ahead."),
                   NOTICE_MAX_DAYS);
      return FALSE;
    }
  if (fields->colour == NULL || strlen (fields->colour) != 7 || fields->colour[0] != '#' ||
      strspn (fields->colour + 1, "0123456789abcdef") != 6)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("Write the colour as #rrggbb, as #3584e4."));
      return FALSE;
    }
  return TRUE;
}

/* A shipped type shown under its translated name keeps its msgid, so
 * that it reads right in either language; a new name is kept as typed. */
static gboolean
read_stored_name (TypeChange  *change,
                  GError     **error)
{
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (change->id == 0)
    return TRUE;
  statement = fl_database_prepare (database, "SELECT name FROM leave_types WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND, _("This leave type no longer exists."));
      return FALSE;
    }
  if (g_strcmp0 (fl_scorecard_translate (fl_sql_column_text (statement, 0)), change->name) == 0)
    {
      g_free (change->name);
      change->name = g_strdup (fl_sql_column_text (statement, 0));
    }
  return TRUE;
}

static gboolean
apply_type (gpointer   user_data,
            GError   **error)
{
  TypeChange *change = user_data;
  const FlLeaveTypeFields *fields = change->fields;
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;

  if (!read_stored_name (change, error))
    return FALSE;
  if (change->id != 0 && !(before = fl_audit_snapshot (database, "leave_types", change->id, error)))
    return FALSE;
  statement = fl_database_prepare (database,
                                   change->id != 0
                                     ? "UPDATE leave_types SET name = ?2, paid = ?3, notice_days = ?4, attachment = ?5, "
                                       "  counts_balance = ?6, half_days = ?7, colour = ?8 WHERE id = ?1"
                                     : "INSERT INTO leave_types (code, name, category, paid, notice_days, attachment, "
                                       "  counts_balance, half_days, colour, position) "
                                       "SELECT 'custom-' || (coalesce (max (id), 0) + 1), ?2, 'other', ?3, ?4, ?5, ?6, "
                                       "  ?7, ?8, coalesce (max (position), 0) + 1 FROM leave_types WHERE ?1 = 0",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  sqlite3_bind_text (statement, 2, change->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 3, fields->paid ? 1 : 0);
  if (fields->notice_days >= 0)
    sqlite3_bind_int (statement, 4, fields->notice_days);
  sqlite3_bind_text (statement, 5, fl_leave_attachment_to_string (fields->attachment), -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 6, fields->counts_balance ? 1 : 0);
  sqlite3_bind_int (statement, 7, fields->half_days ? 1 : 0);
  sqlite3_bind_text (statement, 8, fields->colour, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  if (change->id == 0)
    change->id = fl_database_last_insert_id (database);
  return fl_audit_record_saved (database, change->actor, "leave_types", change->id, before, error);
}

gint64
fl_leave_service_save_type (FlLeaveService           *self,
                            FlSession                *actor,
                            const FlLeaveTypeFields  *fields,
                            GError                  **error)
{
  TypeChange change = { self, actor, fields, NULL, 0 };
  gboolean saved;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error))
    return 0;
  change.id = fields->id;
  change.name = g_strstrip (g_strdup (fields->name ? fields->name : ""));
  if (!check_fields (fields, change.name, error))
    {
      g_free (change.name);
      return 0;
    }
  saved = fl_database_transaction (_fl_leave_service_get_database (self), apply_type, &change, error);
  g_free (change.name);
  return saved ? change.id : 0;
}
