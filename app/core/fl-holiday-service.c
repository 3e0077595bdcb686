/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-holiday-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-holiday-service.h"
#include "fl-month.h"
#include "fl-roster-service.h"
#include "fl-sql.h"

/* The public-holiday calendar (法定节假日 and 调休上班), as the department
 * head or an administrator keeps it each year. */
struct _FlHolidayService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlHolidayService, fl_holiday_service, G_TYPE_OBJECT)

static gboolean
parse_range (const char  *first,
             const char  *last,
             GDate       *from,
             GDate       *to,
             GError     **error)
{
  if (!fl_month_parse_date (first, from) || !fl_month_parse_date (last, to))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Write the days as year-month-day, as 2027-10-01."));
      return FALSE;
    }
  if (g_date_compare (to, from) < 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("The last day comes before the first: swap them."));
      return FALSE;
    }
  return TRUE;
}

/* Each FlHoliday from @first to @last, in date order. */
static GPtrArray *
read_days (FlHolidayService  *self,
           const char        *first,
           const char        *last,
           GError           **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT id, day, name, kind FROM public_holidays "
                                   "WHERE day BETWEEN ? AND ? ORDER BY day",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, last, -1, SQLITE_TRANSIENT);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    g_ptr_array_add (days, fl_holiday_new (sqlite3_column_int64 (statement, 0), fl_sql_column_text (statement, 1),
                                           fl_sql_column_text (statement, 2),
                                           fl_holiday_kind_from_string (fl_sql_column_text (statement, 3))));
  if (has_row)
    return NULL;
  return g_steal_pointer (&days);
}

GListModel *
fl_holiday_service_list (FlHolidayService  *self,
                         FlSession         *actor,
                         const char        *first,
                         const char        *last,
                         GError           **error)
{
  g_autoptr(GPtrArray) days = NULL;
  GListStore *store;
  GDate from, to;

  g_return_val_if_fail (FL_IS_HOLIDAY_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_STAFF, error) || !parse_range (first, last, &from, &to, error) ||
      !(days = read_days (self, first, last, error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_HOLIDAY);
  g_list_store_splice (store, 0, 0, days->pdata, days->len);
  return G_LIST_MODEL (store);
}

typedef struct
{
  FlDatabase    *database;
  FlSession     *actor;
  GDate          from;
  GDate          to;
  const char    *name;
  FlHolidayKind  kind;
} HolidayMark;

static gboolean
mark_day (HolidayMark  *mark,
          const char   *date,
          GError      **error)
{
  g_autoptr(sqlite3_stmt) existing = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(JsonNode) before = NULL;
  gboolean has_row = FALSE;
  gint64 id = 0;

  existing = fl_database_prepare (mark->database, "SELECT id FROM public_holidays WHERE day = ?", error);
  if (existing == NULL)
    return FALSE;
  sqlite3_bind_text (existing, 1, date, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (mark->database, existing, &has_row, error))
    return FALSE;
  if (has_row)
    {
      id = sqlite3_column_int64 (existing, 0);
      if (!(before = fl_audit_snapshot (mark->database, "public_holidays", id, error)))
        return FALSE;
    }
  write = fl_database_prepare (mark->database,
                               "INSERT INTO public_holidays (day, name, kind) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (day) DO UPDATE SET name = excluded.name, kind = excluded.kind",
                               error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_text (write, 1, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (write, 2, mark->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (write, 3, fl_holiday_kind_to_string (mark->kind), -1, SQLITE_STATIC);
  if (!fl_database_run (mark->database, write, error))
    return FALSE;
  if (id == 0)
    id = fl_database_last_insert_id (mark->database);
  return fl_audit_record_saved (mark->database, mark->actor, "public_holidays", id, before, error);
}

static gboolean
apply_mark (gpointer   user_data,
            GError   **error)
{
  HolidayMark *mark = user_data;
  GDate day = mark->from;

  for (; g_date_compare (&day, &mark->to) <= 0; g_date_add_days (&day, 1))
    {
      g_autofree char *date = fl_month_date_to_string (&day);

      if (!mark_day (mark, date, error))
        return FALSE;
    }
  return TRUE;
}

guint
fl_holiday_service_mark (FlHolidayService  *self,
                         FlSession         *actor,
                         const char        *first,
                         const char        *last,
                         const char        *name,
                         FlHolidayKind      kind,
                         GError           **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  HolidayMark mark = { self->database, actor, { 0 }, { 0 }, stripped, kind };
  guint n_days;

  g_return_val_if_fail (FL_IS_HOLIDAY_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error) ||
      !parse_range (first, last, &mark.from, &mark.to, error))
    return 0;
  n_days = (guint) g_date_days_between (&mark.from, &mark.to) + 1;
  if (n_days > FL_HOLIDAY_MAX_DAYS)
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   _("A holiday is marked at most %d days at a time: mark a longer one in parts."),
                   FL_HOLIDAY_MAX_DAYS);
      return 0;
    }
  if (*stripped == '\0' || g_utf8_strlen (stripped, -1) > FL_HOLIDAY_NAME_MAX)
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   _("Give the holiday a name of up to %d characters, as National Day."), FL_HOLIDAY_NAME_MAX);
      return 0;
    }
  if (!fl_database_transaction (self->database, apply_mark, &mark, error))
    return 0;
  return n_days;
}

typedef struct
{
  FlHolidayService *self;
  FlSession        *actor;
  const char       *first;
  const char       *last;
  guint             n_removed;
} HolidayRemoval;

static gboolean
apply_unmark (gpointer   user_data,
              GError   **error)
{
  HolidayRemoval *removal = user_data;
  FlDatabase *database = removal->self->database;
  g_autoptr(GPtrArray) days = read_days (removal->self, removal->first, removal->last, error);

  if (days == NULL)
    return FALSE;
  if (days->len == 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND,
                           _("These days are no longer on the holiday calendar."));
      return FALSE;
    }
  for (guint i = 0; i < days->len; i++)
    {
      gint64 id = fl_holiday_get_id (days->pdata[i]);
      g_autoptr(JsonNode) before = fl_audit_snapshot (database, "public_holidays", id, error);
      g_autoptr(sqlite3_stmt) statement = NULL;

      if (before == NULL ||
          !(statement = fl_database_prepare (database, "DELETE FROM public_holidays WHERE id = ?", error)))
        return FALSE;
      sqlite3_bind_int64 (statement, 1, id);
      if (!fl_database_run (database, statement, error) ||
          !fl_audit_record (database, removal->actor, "public_holidays", id, "remove", before, NULL, error))
        return FALSE;
    }
  removal->n_removed = days->len;
  return TRUE;
}

guint
fl_holiday_service_unmark (FlHolidayService  *self,
                           FlSession         *actor,
                           const char        *first,
                           const char        *last,
                           GError           **error)
{
  HolidayRemoval removal = { self, actor, first, last, 0 };
  GDate from, to;

  g_return_val_if_fail (FL_IS_HOLIDAY_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error) || !parse_range (first, last, &from, &to, error) ||
      !fl_database_transaction (self->database, apply_unmark, &removal, error))
    return 0;
  return removal.n_removed;
}

gboolean
fl_holiday_service_count_working_days (FlHolidayService  *self,
                                       const char        *first,
                                       const char        *last,
                                       guint             *n_days,
                                       GError           **error)
{
  g_autoptr(GPtrArray) days = NULL;
  GDate day, to;
  guint next = 0;

  g_return_val_if_fail (FL_IS_HOLIDAY_SERVICE (self), FALSE);
  g_return_val_if_fail (n_days != NULL, FALSE);

  *n_days = 0;
  if (!parse_range (first, last, &day, &to, error) || !(days = read_days (self, first, last, error)))
    return FALSE;
  for (; g_date_compare (&day, &to) <= 0; g_date_add_days (&day, 1))
    {
      FlHoliday *holiday = NULL;
      GDate listed;

      /* The calendar's days come in date order, as the loop's do. */
      if (next < days->len && fl_month_parse_date (fl_holiday_get_date (days->pdata[next]), &listed) &&
          g_date_compare (&listed, &day) == 0)
        holiday = days->pdata[next++];
      *n_days += fl_holiday_is_working_day (&day, holiday);
    }
  return TRUE;
}

static void
fl_holiday_service_dispose (GObject *object)
{
  g_clear_object (&FL_HOLIDAY_SERVICE (object)->database);

  G_OBJECT_CLASS (fl_holiday_service_parent_class)->dispose (object);
}

static void
fl_holiday_service_class_init (FlHolidayServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_holiday_service_dispose;
}

static void
fl_holiday_service_init (FlHolidayService *self)
{
}

FlHolidayService *
fl_holiday_service_new (FlDatabase *database)
{
  FlHolidayService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_HOLIDAY_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}
