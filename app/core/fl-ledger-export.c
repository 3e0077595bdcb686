/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-csv-writer.h"
#include "fl-format.h"
#include "fl-ledger-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* The ledger's reports as spreadsheets (CSV): stock on hand, a person's
 * holdings, the movements of a range of days. */

static void
add_headings (FlCsvWriter        *csv,
              const char * const *headings,
              guint               n_headings)
{
  for (guint i = 0; i < n_headings; i++)
    fl_csv_writer_add_text (csv, _(headings[i]));
  fl_csv_writer_end_row (csv);
}

GBytes *
fl_ledger_service_export_stock (FlLedgerService  *self,
                                FlSession        *actor,
                                GError          **error)
{
  static const char * const headings[] = {
    N_("Item"), N_("Category"), N_("Kind"), N_("Unit"), N_("On hand"), N_("Reorder level"), N_("To order"),
  };
  g_autoptr(GListModel) items = NULL;
  g_autoptr(FlCsvWriter) csv = fl_csv_writer_new ();

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!(items = fl_ledger_service_list_stock (self, actor, error)))
    return NULL;
  add_headings (csv, headings, G_N_ELEMENTS (headings));
  /* Those to order first, then the rest, each by name. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);
        const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);

        if (fl_ledger_item_needs_order (item) != (pass == 0))
          continue;
        fl_csv_writer_add_text (csv, fields->name);
        fl_csv_writer_add_text (csv, fields->category);
        fl_csv_writer_add_text (csv, fields->kind == FL_ITEM_ASSET ? _("Asset") : _("Consumable"));
        fl_csv_writer_add_text (csv, fields->unit);
        fl_csv_writer_add_number (csv, fields->on_hand, 0);
        fl_csv_writer_add_number (csv, fields->kind == FL_ITEM_CONSUMABLE ? fields->reorder_level : NAN, 0);
        fl_csv_writer_add_text (csv, pass == 0 ? _("yes") : "");
        fl_csv_writer_end_row (csv);
      }
  return fl_csv_writer_finish (csv);
}

GBytes *
fl_ledger_service_export_holdings (FlLedgerService  *self,
                                   FlSession        *actor,
                                   gint64            staff_id,
                                   GError          **error)
{
  static const char * const headings[] = {
    N_("Item"), N_("Tag"), N_("Quantity"), N_("Held as"), N_("Since (UTC)"), N_("Due back"),
  };
  g_autoptr(GListModel) holdings = NULL;
  g_autoptr(GListModel) loans = NULL;
  g_autoptr(FlCsvWriter) csv = fl_csv_writer_new ();

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!(holdings = fl_ledger_service_list_holdings (self, actor, staff_id, error)) ||
      !(loans = fl_ledger_service_list_loans (self, actor, staff_id, FALSE, error)))
    return NULL;
  add_headings (csv, headings, G_N_ELEMENTS (headings));
  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(FlHolding) holding = g_list_model_get_item (holdings, i);
      const FlHoldingFields *fields = fl_holding_get_fields (holding);
      g_autofree char *due = NULL;

      for (guint j = 0; fields->status == FL_ASSET_ON_LOAN && j < g_list_model_get_n_items (loans); j++)
        {
          g_autoptr(FlLoan) loan = g_list_model_get_item (loans, j);

          if (fl_loan_get_fields (loan)->asset_id == fields->asset_id)
            {
              g_free (due);
              due = g_strdup (fl_loan_get_fields (loan)->due_on);
            }
        }
      fl_csv_writer_add_text (csv, fields->item_name);
      fl_csv_writer_add_text (csv, fields->asset_tag);
      fl_csv_writer_add_number (csv, fields->quantity, 0);
      fl_csv_writer_add_text (csv, fields->status == FL_ASSET_ON_LOAN ? C_("holding", "On loan") : C_("holding", "Issued"));
      fl_csv_writer_add_text (csv, fields->since);
      fl_csv_writer_add_text (csv, due);
      fl_csv_writer_end_row (csv);
    }
  return fl_csv_writer_finish (csv);
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

GBytes *
fl_ledger_service_export_movements (FlLedgerService  *self,
                                    FlSession        *actor,
                                    const char       *first,
                                    const char       *last,
                                    GError          **error)
{
  static const char * const headings[] = {
    N_("At (UTC)"), N_("Movement"), N_("Item"), N_("Tag"), N_("Store"), N_("Person’s"), N_("Person"),
    N_("Reason"), N_("Recorded by"), N_("Entry"), N_("Reverses"),
  };
  FlDatabase *database;
  g_autoptr(FlCsvWriter) csv = fl_csv_writer_new ();
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
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
  add_headings (csv, headings, G_N_ELEMENTS (headings));
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      fl_csv_writer_add_text (csv, fl_sql_column_text (statement, 0));
      fl_csv_writer_add_text (csv, fl_movement_describe ((FlMovement) MAX (
                                     fl_movement_from_string (fl_sql_column_text (statement, 1)), 0)));
      fl_csv_writer_add_text (csv, fl_sql_column_text (statement, 2));
      fl_csv_writer_add_text (csv, fl_sql_column_text (statement, 3));
      fl_csv_writer_add_number (csv, sqlite3_column_int (statement, 4), 0);
      fl_csv_writer_add_number (csv, sqlite3_column_int (statement, 5), 0);
      fl_csv_writer_add_text (csv, fl_sql_column_text (statement, 6));
      fl_csv_writer_add_text (csv, fl_sql_column_text (statement, 7));
      fl_csv_writer_add_text (csv, fl_sql_column_text (statement, 8));
      fl_csv_writer_add_number (csv, sqlite3_column_int64 (statement, 9), 0);
      fl_csv_writer_add_number (csv, sqlite3_column_type (statement, 10) == SQLITE_NULL
                                       ? NAN : (double) sqlite3_column_int64 (statement, 10), 0);
      fl_csv_writer_end_row (csv);
    }
  if (has_row)
    return NULL;
  return fl_csv_writer_finish (csv);
}
