/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-audit.h"
#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* A person's leave over a year: the annual entitlement an administrator
 * sets, and the statement (个人请假记录) their lead and the head read. */

#define MAX_ENTITLEMENT_DAYS 365

typedef struct
{
  FlLeaveService *self;
  FlSession      *actor;
  gint64          staff_id;
  int             year;
  double          days;   /* < 0: by years of service */
} Entitlement;

/* The year and days an administrator set, or NULL for none. */
static JsonNode *
entitlement_snapshot (FlDatabase  *database,
                      gint64       staff_id,
                      int          year,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, "SELECT days FROM leave_entitlements WHERE staff_id = ? AND year = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, staff_id);
  sqlite3_bind_int (statement, 2, year);
  if (!fl_database_step (database, statement, &has_row, error) || !has_row)
    return NULL;
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, year);
  json_builder_set_member_name (builder, "days");
  json_builder_add_double_value (builder, sqlite3_column_double (statement, 0));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
apply_entitlement (gpointer   user_data,
                   GError   **error)
{
  Entitlement *change = user_data;
  FlDatabase *database = _fl_leave_service_get_database (change->self);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  GError *local_error = NULL;

  before = entitlement_snapshot (database, change->staff_id, change->year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  statement = fl_database_prepare (database,
                                   change->days < 0
                                     ? "DELETE FROM leave_entitlements WHERE staff_id = ?1 AND year = ?2"
                                     : "INSERT INTO leave_entitlements (staff_id, year, days) VALUES (?1, ?2, ?3) "
                                       "ON CONFLICT (staff_id, year) DO UPDATE SET days = excluded.days",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->staff_id);
  sqlite3_bind_int (statement, 2, change->year);
  if (change->days >= 0)
    sqlite3_bind_double (statement, 3, change->days);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  after = entitlement_snapshot (database, change->staff_id, change->year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return fl_audit_record (database, change->actor, "leave_entitlements", change->staff_id,
                          before == NULL ? "add" : after == NULL ? "remove" : "edit", before, after, error);
}

gboolean
fl_leave_service_set_entitlement (FlLeaveService  *self,
                                  FlSession       *actor,
                                  gint64           staff_id,
                                  int              year,
                                  double           days,
                                  GError         **error)
{
  g_auto(FlLeavePerson) person = { 0 };
  Entitlement change = { self, actor, staff_id, year, days };

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error))
    return FALSE;
  if (!fl_session_has_role (actor, FL_ROLE_ADMIN))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED,
                           _("Only an administrator sets how much annual leave someone has."));
      return FALSE;
    }
  if (!_fl_leave_read_person (_fl_leave_service_get_database (self), staff_id, &person, error))
    return FALSE;
  if (year < 2000 || year > 2100)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("%d is not a year to set leave for."), year);
      return FALSE;
    }
  if (isnan (days) || days > MAX_ENTITLEMENT_DAYS || (days >= 0 && floor (days * 2) != days * 2))
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("Annual leave is set in whole or half days, from 0 to %d."), MAX_ENTITLEMENT_DAYS);
      return FALSE;
    }
  if (days < 0)
    change.days = -1;
  return fl_database_transaction (_fl_leave_service_get_database (self), apply_entitlement, &change, error);
}

/* The statement */

static gboolean
read_names (FlDatabase        *database,
            FlLeaveStatement  *statement,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) query = NULL;
  gboolean has_row = FALSE;

  query = fl_database_prepare (database,
                               "SELECT s.name, s.job_number, t.name, "
                               "  EXISTS (SELECT 1 FROM leave_entitlements e WHERE e.staff_id = s.id AND e.year = ?2) "
                               "FROM staff s LEFT JOIN teams t ON t.id = s.team_id WHERE s.id = ?1",
                               error);
  if (query == NULL)
    return FALSE;
  sqlite3_bind_int64 (query, 1, statement->staff_id);
  sqlite3_bind_int (query, 2, statement->year);
  if (!fl_database_step (database, query, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND, _("This person is not on the staff list."));
      return FALSE;
    }
  statement->name = g_strdup (fl_sql_column_text (query, 0));
  statement->job_number = g_strdup (fl_sql_column_text (query, 1));
  statement->team = g_strdup (fl_sql_column_text (query, 2));
  statement->entitlement_set = sqlite3_column_int (query, 3) != 0;
  return TRUE;
}

static gboolean
read_absences (FlDatabase        *database,
               FlLeaveStatement  *statement,
               GError           **error)
{
  g_autoptr(sqlite3_stmt) query = NULL;
  gboolean has_row = FALSE;

  query = fl_database_prepare (database,
                               "SELECT day FROM absences WHERE staff_id = ? AND substr (day, 1, 4) = printf ('%04d', ?) "
                               "ORDER BY day",
                               error);
  if (query == NULL)
    return FALSE;
  sqlite3_bind_int64 (query, 1, statement->staff_id);
  sqlite3_bind_int (query, 2, statement->year);
  while (fl_database_step (database, query, &has_row, error) && has_row)
    g_ptr_array_add (statement->absences, g_strdup (fl_sql_column_text (query, 0)));
  return !has_row;
}

/* The days of each type, approved and waiting, in the types' order. */
static void
add_totals (FlLeaveStatement *statement,
            GPtrArray        *types)
{
  for (guint t = 0; t < types->len; t++)
    {
      FlLeaveTypeTotal total = { g_ptr_array_index (types, t), 0, 0 };

      for (guint r = 0; r < statement->requests->len; r++)
        {
          FlLeaveRequest *request = g_ptr_array_index (statement->requests, r);
          const FlLeaveRequestFields *fields = fl_leave_request_get_fields (request);

          if (fl_leave_type_get_fields (fl_leave_request_get_leave_type (request))->id !=
              fl_leave_type_get_fields (total.type)->id)
            continue;
          if (fields->state == FL_LEAVE_APPROVED)
            total.approved += fields->working_days;
          else if (fields->state == FL_LEAVE_PENDING)
            total.pending += fields->working_days;
        }
      if (total.approved > 0 || total.pending > 0)
        {
          g_object_ref (total.type);
          g_array_append_val (statement->totals, total);
        }
    }
}

static void
type_total_clear (gpointer data)
{
  g_clear_object (&((FlLeaveTypeTotal *) data)->type);
}

FlLeaveStatement *
fl_leave_service_read_statement (FlLeaveService  *self,
                                 FlSession       *actor,
                                 gint64           staff_id,
                                 int              year,
                                 GError         **error)
{
  FlDatabase *database;
  g_auto(FlLeavePerson) person = { 0 };
  g_autoptr(FlLeaveStatement) statement = NULL;
  g_autoptr(GPtrArray) types = NULL;
  g_autofree char *this_month = fl_month_current ();
  g_autofree char *month = NULL;
  g_autofree char *where = NULL;
  gboolean this_year;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  database = _fl_leave_service_get_database (self);
  if (!_fl_leave_read_person (database, staff_id, &person, error) || !_fl_leave_may_file_for (actor, &person, error))
    return NULL;
  if (year < 2000 || year > 2100)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("%d is not a year to set leave for."), year);
      return NULL;
    }
  statement = g_new0 (FlLeaveStatement, 1);
  statement->staff_id = staff_id;
  statement->year = year;
  statement->totals = g_array_new (FALSE, TRUE, sizeof (FlLeaveTypeTotal));
  g_array_set_clear_func (statement->totals, type_total_clear);
  statement->absences = g_ptr_array_new_with_free_func (g_free);
  statement->service_entitlement = _fl_leave_service_years_entitlement (&person, year);
  this_year = g_ascii_strtoll (this_month, NULL, 10) == year;
  month = this_year ? g_strdup (this_month) : g_strdup_printf ("%04d-01", year);
  /* The year is a number in range: safe inside the statement. */
  where = g_strdup_printf ("WHERE r.staff_id = ?1 AND substr (r.first_day, 1, 4) = '%04d' ORDER BY r.first_day, r.id",
                           year);
  if (!read_names (database, statement, error) ||
      !fl_leave_service_get_balance (self, actor, staff_id, month, &statement->annual, error) ||
      !(types = _fl_leave_read_types (self, error)) ||
      !(statement->requests = _fl_leave_read_requests (self, where, staff_id, NULL, error)) ||
      !read_absences (database, statement, error))
    return NULL;
  if (!this_year)
    statement->annual.personal_in_month = 0;
  add_totals (statement, types);
  return g_steal_pointer (&statement);
}
