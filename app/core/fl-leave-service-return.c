/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* After a request is decided: cancelling it, the return (销假) and its
 * documents, and what a person has left. */

/* The facts a change after filing goes by. */
typedef struct
{
  FlLeaveService *self;
  FlSession      *actor;
  gint64          id;
  FlLeaveState    state;
  FlLeavePerson   person;
  char           *first_day;
  char           *last_day;
  FlLeaveHalf     first_half;
  gint64          filed_by;
  FlLeaveApprover last_approver;
  gboolean        returned;
  /* The change's own */
  const char     *returned_on;
  const FlLeaveFile *file;
  guint           count;
} Change;

static void
change_clear (Change *change)
{
  _fl_leave_person_clear (&change->person);
  g_clear_pointer (&change->first_day, g_free);
  g_clear_pointer (&change->last_day, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Change, change_clear)

static gboolean
read_change (Change  *change,
             GError **error)
{
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT r.state, r.staff_id, r.first_day, r.last_day, r.first_half, "
                                   "  r.filed_by_account_id, r.returned_on IS NOT NULL, "
                                   "  (SELECT approver FROM leave_steps WHERE request_id = r.id "
                                   "   ORDER BY position DESC LIMIT 1) "
                                   "FROM leave_requests r WHERE r.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND, _("This leave request no longer exists."));
      return FALSE;
    }
  change->state = fl_leave_state_from_string (fl_sql_column_text (statement, 0));
  change->first_day = g_strdup (fl_sql_column_text (statement, 2));
  change->last_day = g_strdup (fl_sql_column_text (statement, 3));
  change->first_half = MAX (fl_leave_half_from_string (fl_sql_column_text (statement, 4)), 0);
  change->filed_by = sqlite3_column_int64 (statement, 5);
  change->returned = sqlite3_column_int (statement, 6) != 0;
  change->last_approver = MAX (fl_leave_approver_from_string (fl_sql_column_text (statement, 7)), 0);
  return _fl_leave_read_person (database, sqlite3_column_int64 (statement, 1), &change->person, error);
}

static gboolean
record (Change      *change,
        const char  *action,
        JsonNode    *before,
        const char  *count_name,
        GError     **error)
{
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(JsonNode) after = fl_audit_snapshot (database, "leave_requests", change->id, error);

  if (after == NULL)
    return FALSE;
  if (count_name != NULL)
    json_object_set_int_member (json_node_get_object (after), count_name, change->count);
  return fl_audit_record (database, change->actor, "leave_requests", change->id, action, before, after, error);
}

static gboolean
run_update (FlDatabase  *database,
            const char  *sql,
            gint64       id,
            const char  *text,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) update = fl_database_prepare (database, sql, error);

  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, id);
  if (text != NULL)
    sqlite3_bind_text (update, 2, text, -1, SQLITE_TRANSIENT);
  return fl_database_run (database, update, error);
}

/* Cancelling */

static gboolean
apply_cancel (gpointer   user_data,
              GError   **error)
{
  Change *change = user_data;
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autofree char *today = fl_month_today ();
  g_autoptr(JsonNode) before = NULL;
  gboolean was_approved;

  if (!read_change (change, error))
    return FALSE;
  if (change->state != FL_LEAVE_PENDING && change->state != FL_LEAVE_APPROVED)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED,
                           _("This request was rejected or cancelled already."));
      return FALSE;
    }
  /* Before the first day the one who filed it; from then on its approver. */
  if (g_strcmp0 (today, change->first_day) < 0)
    {
      if (fl_session_get_account_id (change->actor) != change->filed_by &&
          !_fl_leave_may_file_for (change->actor, &change->person, error))
        return FALSE;
    }
  else if (!_fl_leave_may_decide (change->actor, &change->person, change->last_approver, error))
    {
      g_prefix_error_literal (error, _("The leave has begun, so only its approver may cancel it. "));
      return FALSE;
    }
  was_approved = change->state == FL_LEAVE_APPROVED;
  return (before = fl_audit_snapshot (database, "leave_requests", change->id, error)) != NULL &&
         run_update (database, "UPDATE leave_requests SET state = 'cancelled' WHERE id = ?1", change->id, NULL,
                     error) &&
         (!was_approved || _fl_leave_restore_roster (database, change->id, change->first_day, &change->count, error)) &&
         record (change, "cancel", before, "days_restored", error);
}

gboolean
fl_leave_service_cancel (FlLeaveService  *self,
                         FlSession       *actor,
                         gint64           id,
                         guint           *n_restored,
                         GError         **error)
{
  g_auto(Change) change = { self, actor, id };

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) ||
      !fl_database_transaction (_fl_leave_service_get_database (self), apply_cancel, &change, error))
    return FALSE;
  if (n_restored != NULL)
    *n_restored = change.count;
  return TRUE;
}

/* Reporting back */

GListModel *
fl_leave_service_list_to_report_back (FlLeaveService  *self,
                                      FlSession       *actor,
                                      GError         **error)
{
  g_autofree char *today = fl_month_today ();
  g_autofree char *where = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  gboolean everyone;
  GListStore *store;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error))
    return NULL;
  everyone = fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  /* today is ours, written YYYY-MM-DD: safe inside the statement. */
  /* Leave extended goes on: its extension is reported back instead. */
  where = g_strdup_printf ("WHERE r.state = 'approved' AND r.returned_on IS NULL AND r.last_day < '%s' "
                           "AND NOT EXISTS (SELECT 1 FROM leave_requests e WHERE e.extends_request_id = r.id "
                           "  AND e.state IN ('pending', 'approved')) %s "
                           "ORDER BY r.last_day, r.id", today, everyone ? "" : "AND t.lead_staff_id = ?1");
  if (!(requests = _fl_leave_read_requests (self, where, everyone ? 0 : fl_session_get_staff_id (actor), NULL, error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_LEAVE_REQUEST);
  g_list_store_splice (store, 0, 0, requests->pdata, requests->len);
  return G_LIST_MODEL (store);
}

/* The working days of @change's person from @from to the day before @to. */
static gboolean
read_days_between (Change       *change,
                   const GDate  *from,
                   const GDate  *to,
                   GArray       *working_days,
                   GError      **error)
{
  int n_days = g_date_days_between (from, to);
  g_autofree gboolean *working = NULL;

  if (n_days <= 0)
    return TRUE;
  working = g_new0 (gboolean, n_days);
  if (!_fl_leave_read_working_days (change->self, &change->person, from, (guint) n_days, working, error))
    return FALSE;
  for (int day = 0; day < n_days; day++)
    if (working[day])
      {
        GDate date = *from;

        g_date_add_days (&date, (guint) day);
        g_array_append_val (working_days, date);
      }
  return TRUE;
}

/* Late: every working day after the leave and before the return is an
 * absence (the first of them was the day to be back). */
static gboolean
record_absences (Change       *change,
                 const GDate  *returned,
                 GError      **error)
{
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(GArray) absent = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  GDate after;

  fl_month_parse_date (change->last_day, &after);
  g_date_add_days (&after, 1);
  if (!read_days_between (change, &after, returned, absent, error))
    return FALSE;
  insert = fl_database_prepare (database,
                                "INSERT INTO absences (staff_id, day, request_id, recorded_by_account_id, recorded_at) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (staff_id, day) DO NOTHING",
                                error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < absent->len; i++)
    {
      g_autofree char *day = fl_month_date_to_string (&g_array_index (absent, GDate, i));

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, change->person.staff_id);
      sqlite3_bind_text (insert, 2, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (insert, 3, change->id);
      fl_sql_bind_id (insert, 4, fl_session_get_account_id (change->actor));
      sqlite3_bind_text (insert, 5, now, -1, SQLITE_TRANSIENT);
      if (!fl_database_run (database, insert, error))
        return FALSE;
    }
  change->count = absent->len;
  return TRUE;
}

/* Early: the leave ends the evening before the return; its days count again. */
static gboolean
shorten (Change       *change,
         const GDate  *returned,
         GError      **error)
{
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(sqlite3_stmt) update = NULL;
  GDate first;
  guint n_restored = 0;
  double days;

  fl_month_parse_date (change->first_day, &first);
  if (!read_days_between (change, &first, returned, taken, error))
    return FALSE;
  days = taken->len;
  if (taken->len > 0 && change->first_half == FL_LEAVE_HALF_AFTERNOON &&
      g_date_compare (&g_array_index (taken, GDate, 0), &first) == 0)
    days -= 0.5;
  update = fl_database_prepare (database, "UPDATE leave_requests SET working_days = ?2, last_half = 'full' WHERE id = ?1",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, change->id);
  sqlite3_bind_double (update, 2, days);
  return fl_database_run (database, update, error) &&
         _fl_leave_restore_roster (database, change->id, change->returned_on, &n_restored, error);
}

static gboolean
apply_report_back (gpointer   user_data,
                   GError   **error)
{
  Change *change = user_data;
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autofree char *today = fl_month_today ();
  g_autoptr(JsonNode) before = NULL;
  GDate returned, last;

  if (!read_change (change, error) || !_fl_leave_may_file_for (change->actor, &change->person, error))
    return FALSE;
  if (change->state != FL_LEAVE_APPROVED || change->returned)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED,
                           change->returned ? _("The return from this leave is recorded already.")
                                            : _("Only approved leave is reported back."));
      return FALSE;
    }
  if (!fl_month_parse_date (change->returned_on, &returned))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("Write the day back as year-month-day, as 2027-01-11."));
      return FALSE;
    }
  if (g_strcmp0 (change->returned_on, change->first_day) <= 0)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("The day back comes no later than the leave’s first day: cancel the leave instead."));
      return FALSE;
    }
  if (g_strcmp0 (change->returned_on, today) > 0)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("The day back is still to come: record it on the day."));
      return FALSE;
    }
  fl_month_parse_date (change->last_day, &last);
  if (!(before = fl_audit_snapshot (database, "leave_requests", change->id, error)) ||
      !run_update (database, "UPDATE leave_requests SET returned_on = ?2 WHERE id = ?1", change->id,
                   change->returned_on, error))
    return FALSE;
  if (g_date_compare (&returned, &last) <= 0 ? !shorten (change, &returned, error)
                                              : !record_absences (change, &returned, error))
    return FALSE;
  return record (change, "report-back", before, "days_absent", error);
}

gboolean
fl_leave_service_report_back (FlLeaveService  *self,
                              FlSession       *actor,
                              gint64           id,
                              const char      *returned_on,
                              guint           *n_absent,
                              GError         **error)
{
  g_auto(Change) change = { self, actor, id };

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);

  change.returned_on = returned_on;
  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) ||
      !fl_database_transaction (_fl_leave_service_get_database (self), apply_report_back, &change, error))
    return FALSE;
  if (n_absent != NULL)
    *n_absent = change.count;
  return TRUE;
}

/* Documents */

static gboolean
apply_attach (gpointer   user_data,
              GError   **error)
{
  Change *change = user_data;
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  const FlLeaveFile *file = change->file;
  const char *content_type = file->data ? _fl_leave_sniff_content_type (file->data) : NULL;
  const char *name = file->file_name && *file->file_name ? file->file_name : "document";
  g_autofree char *now = fl_sql_now_utc ();
  g_autoptr(sqlite3_stmt) insert = NULL;
  gsize size = 0;
  gconstpointer bytes = file->data ? g_bytes_get_data (file->data, &size) : NULL;

  if (!read_change (change, error) || !_fl_leave_may_file_for (change->actor, &change->person, error))
    return FALSE;
  if (change->state == FL_LEAVE_REJECTED || change->state == FL_LEAVE_CANCELLED)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED,
                           _("This request was rejected or cancelled already."));
      return FALSE;
    }
  if (size > FL_LEAVE_ATTACHMENT_MAX_BYTES || content_type == NULL)
    {
      g_autofree char *limit = g_format_size_full (FL_LEAVE_ATTACHMENT_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT,
                   /* Translators: a file's name, then the largest size allowed */
                   _("“%1$s” cannot be attached: a document is an image or a PDF of at most %2$s."), name, limit);
      return FALSE;
    }
  insert = fl_database_prepare (database,
                                "INSERT INTO leave_attachments (request_id, file_name, content_type, data, "
                                "  added_by_account_id, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, change->id);
  sqlite3_bind_text (insert, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, content_type, -1, SQLITE_STATIC);
  sqlite3_bind_blob64 (insert, 4, bytes, size, SQLITE_STATIC);
  fl_sql_bind_id (insert, 5, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (insert, 6, now, -1, SQLITE_TRANSIENT);
  change->count = 1;
  return fl_database_run (database, insert, error) && record (change, "attach", NULL, "documents_added", error);
}

gboolean
fl_leave_service_attach (FlLeaveService    *self,
                         FlSession         *actor,
                         gint64             id,
                         const FlLeaveFile *file,
                         GError           **error)
{
  g_auto(Change) change = { self, actor, id };

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  change.file = file;
  return fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) &&
         fl_database_transaction (_fl_leave_service_get_database (self), apply_attach, &change, error);
}

/* Balances */

gboolean
fl_leave_service_get_balance (FlLeaveService  *self,
                              FlSession       *actor,
                              gint64           staff_id,
                              const char      *month,
                              FlLeaveBalance  *balance,
                              GError         **error)
{
  g_auto(FlLeavePerson) person = { 0 };
  g_autofree char *day = NULL;
#define ANNUAL_DAYS(state) \
  "SELECT coalesce (sum (r.working_days), 0) FROM leave_requests r JOIN leave_types t ON t.id = r.type_id " \
  "WHERE r.staff_id = ?1 AND t.counts_balance = 1 AND r.state = '" state "' " \
  "  AND substr (r.first_day, 1, 4) = substr (?2, 1, 4)"

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);
  g_return_val_if_fail (balance != NULL, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) ||
      !_fl_leave_read_person (_fl_leave_service_get_database (self), staff_id, &person, error))
    return FALSE;
  if (!fl_month_is_valid (month))
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("“%s” is not a month: write it as year-month, as 2026-12."), month ? month : "");
      return FALSE;
    }
  day = g_strconcat (month, "-01", NULL);
  balance->entitled = _fl_leave_annual_entitlement (self, &person, (int) g_ascii_strtoll (month, NULL, 10));
  balance->taken = _fl_leave_sum_days (self, ANNUAL_DAYS ("approved"), staff_id, day);
  balance->pending = _fl_leave_sum_days (self, ANNUAL_DAYS ("pending"), staff_id, day);
  balance->remaining = balance->entitled - balance->taken - balance->pending;
  balance->personal_in_month = _fl_leave_personal_days_in_month (self, staff_id, day);
  return TRUE;
#undef ANNUAL_DAYS
}
