/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-ledger-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"
#include "fl-worker.h"

/* The ledger's reports, each one table for the screen, paper (PDF) and a
 * spreadsheet (CSV): stock on hand, a person's holdings, the movements of
 * a range of days. */

static void
add_columns (FlReportTable      *table,
             const char * const *headings,
             guint               n_headings,
             guint64             numeric)
{
  for (guint i = 0; i < n_headings; i++)
    fl_report_table_add_column (table, _(headings[i]), (numeric >> i) & 1);
}

/* "As of 28 Nov 2026 17:40", the service's now in local time. */
static char *
describe_as_of (FlLedgerService *self)
{
  g_autofree char *now = _fl_ledger_service_now_utc (self);
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");

  /* Translators: %s is a date and time, as 2026-11-28 17:40 */
  return g_strdup_printf (_("As of %s"), when);
}

static void
add_count_fact (FlReportTable *table,
                const char    *label,
                guint          count)
{
  g_autofree char *value = g_strdup_printf ("%u", count);

  fl_report_table_add_fact (table, label, value);
}

FlReportTable *
fl_ledger_service_report_stock (FlLedgerService  *self,
                                FlSession        *actor,
                                GError          **error)
{
  static const char * const headings[] = {
    N_("Item"), N_("Category"), N_("Kind"), N_("Unit"), N_("On hand"), N_("Reorder level"), N_("To order"),
  };
  g_autoptr(GListModel) items = NULL;
  g_autoptr(FlReportTable) table = NULL;
  g_autofree char *as_of = NULL;
  guint n_to_order = 0;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!(items = fl_ledger_service_list_stock (self, actor, error)))
    return NULL;
  as_of = describe_as_of (self);
  table = fl_report_table_new (_("Stock on Hand"), as_of);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);

      n_to_order += fl_ledger_item_needs_order (item);
    }
  add_count_fact (table, _("Items"), g_list_model_get_n_items (items));
  add_count_fact (table, _("At or under their reorder level"), n_to_order);
  add_columns (table, headings, G_N_ELEMENTS (headings), 0x30);
  /* Those to order first, then the rest, each by name. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);
        const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);

        if (fl_ledger_item_needs_order (item) != (pass == 0))
          continue;
        fl_report_table_add_text (table, fields->name);
        fl_report_table_add_text (table, fields->category);
        fl_report_table_add_text (table, fields->kind == FL_ITEM_ASSET ? _("Asset") : _("Consumable"));
        fl_report_table_add_text (table, fields->unit);
        fl_report_table_add_number (table, fields->on_hand, 0);
        fl_report_table_add_number (table, fields->kind == FL_ITEM_CONSUMABLE ? fields->reorder_level : NAN, 0);
        fl_report_table_add_text (table, pass == 0 ? _("yes") : "");
        fl_report_table_end_row (table);
      }
  return g_steal_pointer (&table);
}

static char *
read_staff_name (FlLedgerService  *self,
                 gint64            staff_id,
                 GError          **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (self);
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, "SELECT name FROM staff WHERE id = ?", error);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, staff_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND,
                           _("That person is not on the staff list. Reload the list and try again."));
      return NULL;
    }
  return g_strdup (fl_sql_column_text (statement, 0));
}

/* When a holding was last received, in local time: "2026-11-28 17:40". */
static char *
format_local (const char *utc_iso)
{
  g_autoptr(GDateTime) utc = utc_iso != NULL ? g_date_time_new_from_iso8601 (utc_iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (utc_iso != NULL ? utc_iso : "");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

FlReportTable *
fl_ledger_service_report_holdings (FlLedgerService  *self,
                                   FlSession        *actor,
                                   gint64            staff_id,
                                   GError          **error)
{
  static const char * const headings[] = {
    N_("Item"), N_("Tag"), N_("Quantity"), N_("Held as"), N_("Since"), N_("Due back"),
  };
  g_autoptr(GListModel) holdings = NULL;
  g_autoptr(GListModel) loans = NULL;
  g_autoptr(FlReportTable) table = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;
  guint n_loans, n_overdue = 0;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!(holdings = fl_ledger_service_list_holdings (self, actor, staff_id, error)) ||
      !(loans = fl_ledger_service_list_loans (self, actor, staff_id, FALSE, error)) ||
      !(name = read_staff_name (self, staff_id, error)))
    return NULL;
  /* Translators: %s is a person's name */
  title = g_strdup_printf (_("Equipment Held by %s"), name);
  as_of = describe_as_of (self);
  table = fl_report_table_new (title, as_of);
  n_loans = g_list_model_get_n_items (loans);
  for (guint j = 0; j < n_loans; j++)
    {
      g_autoptr(FlLoan) loan = g_list_model_get_item (loans, j);

      n_overdue += fl_loan_get_fields (loan)->days_overdue > 0;
    }
  add_count_fact (table, _("Lines held"), g_list_model_get_n_items (holdings));
  add_count_fact (table, _("On loan"), n_loans);
  add_count_fact (table, _("Overdue"), n_overdue);
  add_columns (table, headings, G_N_ELEMENTS (headings), 0x4);
  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(FlHolding) holding = g_list_model_get_item (holdings, i);
      const FlHoldingFields *fields = fl_holding_get_fields (holding);
      g_autofree char *since = format_local (fields->since);
      g_autofree char *due = NULL;

      for (guint j = 0; fields->status == FL_ASSET_ON_LOAN && j < n_loans; j++)
        {
          g_autoptr(FlLoan) loan = g_list_model_get_item (loans, j);

          if (fl_loan_get_fields (loan)->asset_id == fields->asset_id)
            {
              g_free (due);
              due = g_strdup (fl_loan_get_fields (loan)->due_on);
            }
        }
      fl_report_table_add_text (table, fields->item_name);
      fl_report_table_add_text (table, fields->asset_tag);
      fl_report_table_add_number (table, fields->quantity, 0);
      fl_report_table_add_text (table, fields->status == FL_ASSET_ON_LOAN ? C_("holding", "On loan")
                                                                         : C_("holding", "Issued"));
      fl_report_table_add_text (table, since);
      fl_report_table_add_text (table, due);
      fl_report_table_end_row (table);
    }
  return g_steal_pointer (&table);
}

/* Local midnight of @day as the ledger writes times (UTC). */
static char *
utc_of_local_midnight (const GDate *day)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day),
                                                      g_date_get_day (day), 0, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

  /* With a fraction, as the entries' times have one: "…:00Z" sorts after
   * "…:00.5Z", so a bound without would leave the first second out. */
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000000Z");
}

FlReportTable *
fl_ledger_service_report_movements (FlLedgerService  *self,
                                    FlSession        *actor,
                                    const char       *first,
                                    const char       *last,
                                    GError          **error)
{
  static const char * const headings[] = {
    N_("At"), N_("Movement"), N_("Item"), N_("Tag"), N_("Store"), N_("Person’s"), N_("Person"),
    N_("Reason"), N_("Recorded by"), N_("Entry"), N_("Reverses"),
  };
  FlDatabase *database;
  g_autoptr(FlReportTable) table = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *count = NULL;
  gboolean has_row = FALSE;
  GDate first_day, after_last;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  if (!fl_month_parse_range (first, last, &first_day, &after_last, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, error))
    return NULL;
  g_date_add_days (&after_last, 1);
  from = utc_of_local_midnight (&first_day);
  until = utc_of_local_midnight (&after_last);
  database = _fl_ledger_service_get_database (self);
  statement = fl_database_prepare (database,
                                   "SELECT e.at, e.movement, i.name, a.tag, e.stock_change, e.held_change, s.name, "
                                   "  e.reason, coalesce (bs.name, b.login), e.id, e.reverses_id "
                                   "FROM ledger_entries e JOIN items i ON i.id = e.item_id "
                                   "LEFT JOIN assets a ON a.id = e.asset_id LEFT JOIN staff s ON s.id = e.staff_id "
                                   "LEFT JOIN accounts b ON b.id = e.account_id LEFT JOIN staff bs ON bs.id = b.staff_id "
                                   "WHERE e.at >= ? AND e.at < ? ORDER BY e.id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, until, -1, SQLITE_TRANSIENT);
  /* Translators: the first and the last day of a report, as 2026-11-01 */
  subtitle = g_strdup_printf (_("From %s to %s"), first, last);
  table = fl_report_table_new (_("Ledger Movements"), subtitle);
  fl_report_table_set_landscape (table, TRUE);
  add_columns (table, headings, G_N_ELEMENTS (headings), 0x630);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      g_autofree char *at = format_local (fl_sql_column_text (statement, 0));

      fl_report_table_add_text (table, at);
      fl_report_table_add_text (table, fl_movement_describe ((FlMovement) MAX (
                                  fl_movement_from_string (fl_sql_column_text (statement, 1)), 0)));
      fl_report_table_add_text (table, fl_sql_column_text (statement, 2));
      fl_report_table_add_text (table, fl_sql_column_text (statement, 3));
      fl_report_table_add_number (table, sqlite3_column_int (statement, 4), 0);
      fl_report_table_add_number (table, sqlite3_column_int (statement, 5), 0);
      fl_report_table_add_text (table, fl_sql_column_text (statement, 6));
      fl_report_table_add_text (table, fl_sql_column_text (statement, 7));
      fl_report_table_add_text (table, fl_sql_column_text (statement, 8));
      fl_report_table_add_number (table, sqlite3_column_int64 (statement, 9), 0);
      fl_report_table_add_number (table, sqlite3_column_type (statement, 10) == SQLITE_NULL
                                           ? NAN : (double) sqlite3_column_int64 (statement, 10), 0);
      fl_report_table_end_row (table);
    }
  if (has_row)
    return NULL;
  count = g_strdup_printf ("%u", fl_report_table_get_n_rows (table));
  fl_report_table_add_fact (table, _("Entries"), count);
  return g_steal_pointer (&table);
}

typedef struct
{
  FlSession *actor;
  char      *first;
  char      *last;
} MovementsQuery;

static void
movements_query_free (gpointer data)
{
  MovementsQuery *query = data;

  g_object_unref (query->actor);
  g_free (query->first);
  g_free (query->last);
  g_free (query);
}

static gpointer
movements_in_worker (FlDatabase  *connection,
                     gpointer     data,
                     GError     **error)
{
  MovementsQuery *query = data;
  g_autoptr(FlLedgerService) service = fl_ledger_service_new (connection);

  return fl_ledger_service_report_movements (service, query->actor, query->first, query->last, error);
}

void
fl_ledger_service_report_movements_async (FlLedgerService     *self,
                                          FlSession           *actor,
                                          const char          *first,
                                          const char          *last,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  MovementsQuery *query;

  g_return_if_fail (FL_IS_LEDGER_SERVICE (self));
  g_return_if_fail (FL_IS_SESSION (actor));

  query = g_new0 (MovementsQuery, 1);
  query->actor = g_object_ref (actor);
  query->first = g_strdup (first);
  query->last = g_strdup (last);
  fl_worker_run (_fl_ledger_service_get_database (self), self, fl_ledger_service_report_movements_async,
                 movements_in_worker, query, movements_query_free, g_object_unref, cancellable, callback,
                 user_data);
}

FlReportTable *
fl_ledger_service_report_movements_finish (FlLedgerService  *self,
                                           GAsyncResult     *result,
                                           GError          **error)
{
  return fl_worker_finish (result, fl_ledger_service_report_movements_async, error);
}
