/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-leave-service-private.h"
#include "fl-sql.h"

/* Reading requests */

#define REQUEST_COLUMNS \
  "SELECT r.id, r.staff_id, s.name, s.job_number, coalesce (s.team_id, 0), r.type_id, r.first_day, r.first_half, " \
  "  r.last_day, r.last_half, r.working_days, r.reason, r.handover, r.urgent, r.state, coalesce (fs.name, a.login), " \
  "  r.filed_at, r.returned_on, (SELECT count (*) FROM leave_attachments d WHERE d.request_id = r.id), " \
  "  coalesce (t.lead_staff_id, 0), s.position, coalesce (r.extends_request_id, 0) " \
  "FROM leave_requests r JOIN staff s ON s.id = r.staff_id LEFT JOIN teams t ON t.id = s.team_id " \
  "LEFT JOIN accounts a ON a.id = r.filed_by_account_id LEFT JOIN staff fs ON fs.id = a.staff_id "

static gboolean
read_steps (FlDatabase      *database,
            FlLeaveRequest  *request,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT st.approver, st.decision, coalesce (ds.name, a.login), st.decided_at, "
                                   "  st.comment FROM leave_steps st "
                                   "LEFT JOIN accounts a ON a.id = st.decided_by_account_id "
                                   "LEFT JOIN staff ds ON ds.id = a.staff_id "
                                   "WHERE st.request_id = ? ORDER BY st.position",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_leave_request_get_fields (request)->id);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      const char *decision = fl_sql_column_text (statement, 1);
      FlLeaveStep step = {
        .approver = MAX (fl_leave_approver_from_string (fl_sql_column_text (statement, 0)), 0),
        .decision = g_strcmp0 (decision, "approved") == 0   ? FL_LEAVE_DECIDED_APPROVE
                    : g_strcmp0 (decision, "rejected") == 0 ? FL_LEAVE_DECIDED_REJECT
                                                            : FL_LEAVE_UNDECIDED,
        .decided_by = (char *) fl_sql_column_text (statement, 2),
        .decided_at = (char *) fl_sql_column_text (statement, 3),
        .comment = (char *) fl_sql_column_text (statement, 4),
      };

      fl_leave_request_add_step (request, &step);
    }
  return !has_row;
}

/* The requests @where selects (binding @id to ?1 when not 0), with their
 * steps; @people gets each one's person when not NULL. */
GPtrArray *
_fl_leave_read_requests (FlLeaveService  *self,
                         const char      *where,
                         gint64           id,
                         GArray          *people,
                         GError         **error)
{
  g_autofree char *sql = g_strconcat (REQUEST_COLUMNS, where, NULL);
  g_autoptr(GPtrArray) requests = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) types = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (!(types = _fl_leave_read_types (self, error)) || !(statement = fl_database_prepare (_fl_leave_service_get_database (self), sql, error)))
    return NULL;
  if (id != 0)
    sqlite3_bind_int64 (statement, 1, id);
  while (fl_database_step (_fl_leave_service_get_database (self), statement, &has_row, error) && has_row)
    {
      FlLeaveType *type = _fl_leave_find_type (types, sqlite3_column_int64 (statement, 5));
      FlLeaveRequestFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .staff_id = sqlite3_column_int64 (statement, 1),
        .staff_name = (char *) fl_sql_column_text (statement, 2),
        .job_number = (char *) fl_sql_column_text (statement, 3),
        .team_id = sqlite3_column_int64 (statement, 4),
        .first_day = (char *) fl_sql_column_text (statement, 6),
        .first_half = MAX (fl_leave_half_from_string (fl_sql_column_text (statement, 7)), 0),
        .last_day = (char *) fl_sql_column_text (statement, 8),
        .last_half = MAX (fl_leave_half_from_string (fl_sql_column_text (statement, 9)), 0),
        .working_days = sqlite3_column_double (statement, 10),
        .reason = (char *) fl_sql_column_text (statement, 11),
        .handover = (char *) fl_sql_column_text (statement, 12),
        .urgent = sqlite3_column_int (statement, 13) != 0,
        .state = fl_leave_state_from_string (fl_sql_column_text (statement, 14)),
        .filed_by = (char *) fl_sql_column_text (statement, 15),
        .filed_at = (char *) fl_sql_column_text (statement, 16),
        .returned_on = (char *) fl_sql_column_text (statement, 17),
        .n_attachments = (guint) sqlite3_column_int (statement, 18),
        .extends_id = sqlite3_column_int64 (statement, 21),
      };
      g_autoptr(FlLeaveRequest) request = NULL;

      if (type == NULL)
        continue;
      request = fl_leave_request_new (&fields, type);
      if (!read_steps (_fl_leave_service_get_database (self), request, error))
        return NULL;
      if (people != NULL)
        {
          FlLeavePerson person = { fields.staff_id, g_strdup (fields.staff_name), fields.team_id,
                                   sqlite3_column_int64 (statement, 19),
                                   _fl_leave_rank_of_position (fl_sql_column_text (statement, 20)), TRUE, NULL };

          g_array_append_val (people, person);
        }
      g_ptr_array_add (requests, g_steal_pointer (&request));
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&requests);
}

FlLeaveRequest *
fl_leave_service_get (FlLeaveService  *self,
                      FlSession       *actor,
                      gint64           id,
                      GError         **error)
{
  g_autoptr(GPtrArray) requests = NULL;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) ||
      !(requests = _fl_leave_read_requests (self, "WHERE r.id = ?1", id, NULL, error)))
    return NULL;
  if (requests->len == 0)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND, _("This leave request no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (requests, 0));
}

GListModel *
fl_leave_service_list_waiting (FlLeaveService  *self,
                               FlSession       *actor,
                               GError         **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (FlLeavePerson));
  g_autoptr(GPtrArray) requests = NULL;
  GListStore *store;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  g_array_set_clear_func (people, (GDestroyNotify) _fl_leave_person_clear);
  if (!fl_session_check (actor, FL_PERMISSION_APPROVE_LEAVE, error) ||
      !(requests = _fl_leave_read_requests (self, "WHERE r.state = 'pending' ORDER BY r.filed_at, r.id", 0, people, error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_LEAVE_REQUEST);
  for (guint i = 0; i < requests->len; i++)
    {
      FlLeaveRequest *request = g_ptr_array_index (requests, i);
      const FlLeaveStep *step = fl_leave_request_get_waiting_step (request);

      if (step != NULL && _fl_leave_may_decide (actor, &g_array_index (people, FlLeavePerson, i), step->approver, NULL))
        g_list_store_append (store, request);
    }
  return G_LIST_MODEL (store);
}

GListModel *
fl_leave_service_list_recent (FlLeaveService  *self,
                              FlSession       *actor,
                              const char      *since,
                              GError         **error)
{
  g_autoptr(GPtrArray) requests = NULL;
  g_autofree char *where = NULL;
  gboolean everyone;
  GDate date;
  GListStore *store;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) || !_fl_leave_parse_day (since, &date, error))
    return NULL;
  everyone = fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  /* @since is a date checked above: safe inside the statement. */
  where = g_strdup_printf ("WHERE r.last_day >= '%s' %s ORDER BY r.first_day DESC, r.id DESC", since,
                           everyone ? "" : "AND (t.lead_staff_id = ?1 OR r.staff_id = ?1)");
  if (!(requests = _fl_leave_read_requests (self, where, everyone ? 0 : fl_session_get_staff_id (actor), NULL,
                                            error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_LEAVE_REQUEST);
  g_list_store_splice (store, 0, 0, requests->pdata, requests->len);
  return G_LIST_MODEL (store);
}
