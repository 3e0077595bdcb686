/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-ledger-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* Loans (借用): AV and training equipment lent to a named person until a
 * day, given back with its condition; overdue ones stand out. */

#define MAX_LOAN_DAYS 366

typedef struct
{
  FlLedgerService *self;
  FlSession       *actor;
  const char      *tag;
  gint64           staff_id;
  const char      *due_on;
  const char      *purpose;
  FlCondition      condition;
  gint64           id;
} Loan;

static gboolean
apply_lend (gpointer   user_data,
            GError   **error)
{
  Loan *loan = user_data;
  FlDatabase *database = _fl_ledger_service_get_database (loan->self);
  FlMovementDraft draft = { FL_MOVEMENT_LOAN_OUT, 0, loan->tag, 1, loan->staff_id, 0, loan->purpose };
  g_autoptr(sqlite3_stmt) kind = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *today = _fl_ledger_service_today (loan->self);
  gboolean has_row = FALSE;
  gint64 entry;

  kind = fl_database_prepare (database,
                              "SELECT a.id, i.loanable, i.name FROM assets a JOIN items i ON i.id = a.item_id "
                              "WHERE a.tag = ?",
                              error);
  if (kind == NULL)
    return FALSE;
  sqlite3_bind_text (kind, 1, loan->tag, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (database, kind, &has_row, error))
    return FALSE;
  if (has_row && !sqlite3_column_int (kind, 1))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   _("%s is issued to its user, not lent: mark the item as loanable in the catalog to lend it."),
                   fl_sql_column_text (kind, 2));
      return FALSE;
    }
  if (!(entry = _fl_ledger_record (loan->self, loan->actor, &draft, error)))
    return FALSE;
  insert = fl_database_prepare (database,
                                "INSERT INTO loans (asset_id, staff_id, purpose, out_entry_id, out_on, due_on) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, sqlite3_column_int64 (kind, 0));
  sqlite3_bind_int64 (insert, 2, loan->staff_id);
  sqlite3_bind_text (insert, 3, loan->purpose ? loan->purpose : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 4, entry);
  sqlite3_bind_text (insert, 5, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 6, loan->due_on, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, insert, error))
    return FALSE;
  loan->id = fl_database_last_insert_id (database);
  {
    g_autoptr(JsonNode) after = fl_audit_snapshot (database, "loans", loan->id, error);

    return after != NULL && fl_audit_record (database, loan->actor, "loans", loan->id, "lend", NULL, after, error);
  }
}

gint64
fl_ledger_service_lend (FlLedgerService  *self,
                        FlSession        *actor,
                        const char       *tag,
                        gint64            staff_id,
                        const char       *due_on,
                        const char       *purpose,
                        GError          **error)
{
  Loan loan = { self, actor, tag, staff_id, due_on, purpose, FL_CONDITION_GOOD, 0 };
  g_autofree char *today = _fl_ledger_service_today (self);
  GDate due, now;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error))
    return 0;
  if (!fl_month_parse_date (due_on, &due))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Write the day it is due back as year-month-day, as 2027-01-15."));
      return 0;
    }
  fl_month_parse_date (today, &now);
  if (g_date_compare (&due, &now) < 0 || g_date_days_between (&now, &due) > MAX_LOAN_DAYS)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   _("A loan is due back from today to %d days on."), MAX_LOAN_DAYS);
      return 0;
    }
  if (!fl_database_transaction (_fl_ledger_service_get_database (self), apply_lend, &loan, error))
    return 0;
  return loan.id;
}

typedef struct
{
  FlLedgerService *self;
  FlSession       *actor;
  gint64           id;
  FlCondition      condition;
  const char      *note;
} Return;

static gboolean
apply_take_back (gpointer   user_data,
                 GError   **error)
{
  Return *back = user_data;
  FlDatabase *database = _fl_ledger_service_get_database (back->self);
  g_autoptr(sqlite3_stmt) loan = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) condition = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autofree char *today = _fl_ledger_service_today (back->self);
  gboolean has_row = FALSE;
  gint64 entry;

  loan = fl_database_prepare (database,
                              "SELECT a.tag, l.staff_id, l.returned_on IS NOT NULL, l.asset_id FROM loans l "
                              "JOIN assets a ON a.id = l.asset_id WHERE l.id = ?",
                              error);
  if (loan == NULL)
    return FALSE;
  sqlite3_bind_int64 (loan, 1, back->id);
  if (!fl_database_step (database, loan, &has_row, error))
    return FALSE;
  if (!has_row || sqlite3_column_int (loan, 2))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, has_row ? FL_LEDGER_ERROR_STATE : FL_LEDGER_ERROR_NOT_FOUND,
                           has_row ? _("This loan is back already.") : _("This loan does not exist."));
      return FALSE;
    }
  {
    FlMovementDraft draft = { FL_MOVEMENT_LOAN_BACK, 0, fl_sql_column_text (loan, 0), 1, sqlite3_column_int64 (loan, 1),
                              0, back->note };

    if (!(entry = _fl_ledger_record (back->self, back->actor, &draft, error)))
      return FALSE;
  }
  if (!(before = fl_audit_snapshot (database, "loans", back->id, error)))
    return FALSE;
  update = fl_database_prepare (database,
                                "UPDATE loans SET back_entry_id = ?2, returned_on = ?3, return_condition = ?4, "
                                "  return_note = ?5 WHERE id = ?1",
                                error);
  condition = fl_database_prepare (database, "UPDATE assets SET condition = ?2 WHERE id = ?1", error);
  if (update == NULL || condition == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, back->id);
  sqlite3_bind_int64 (update, 2, entry);
  sqlite3_bind_text (update, 3, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 4, fl_condition_to_string (back->condition), -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 5, back->note ? back->note : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (condition, 1, sqlite3_column_int64 (loan, 3));
  sqlite3_bind_text (condition, 2, fl_condition_to_string (back->condition), -1, SQLITE_STATIC);
  if (!fl_database_run (database, update, error) || !fl_database_run (database, condition, error))
    return FALSE;
  {
    g_autoptr(JsonNode) after = fl_audit_snapshot (database, "loans", back->id, error);

    return after != NULL &&
           fl_audit_record (database, back->actor, "loans", back->id, "take back", before, after, error);
  }
}

gboolean
fl_ledger_service_take_back (FlLedgerService  *self,
                             FlSession        *actor,
                             gint64            loan_id,
                             FlCondition       condition,
                             const char       *note,
                             GError          **error)
{
  Return back = { self, actor, loan_id, condition, note };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error))
    return FALSE;
  if ((guint) condition > FL_CONDITION_BROKEN)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("Choose the asset’s condition."));
      return FALSE;
    }
  return fl_database_transaction (_fl_ledger_service_get_database (self), apply_take_back, &back, error);
}

GListModel *
fl_ledger_service_list_loans (FlLedgerService  *self,
                              FlSession        *actor,
                              gint64            staff_id,
                              gboolean          include_returned,
                              GError          **error)
{
  FlDatabase *database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_LOAN);
  g_autofree char *today = _fl_ledger_service_today (self);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  database = _fl_ledger_service_get_database (self);
  statement = fl_database_prepare (database,
                                   "SELECT l.id, l.asset_id, a.tag, i.name, l.staff_id, s.name, l.purpose, l.out_on, "
                                   "  l.due_on, l.returned_on, "
                                   "  CASE WHEN l.returned_on IS NULL AND l.due_on < ?1 "
                                   "    THEN CAST (julianday (?1) - julianday (l.due_on) AS INTEGER) ELSE 0 END AS late "
                                   "FROM loans l JOIN assets a ON a.id = l.asset_id JOIN items i ON i.id = a.item_id "
                                   "JOIN staff s ON s.id = l.staff_id "
                                   "WHERE (?2 = 0 OR l.staff_id = ?2) AND (?3 OR l.returned_on IS NULL) "
                                   "ORDER BY l.returned_on IS NOT NULL, late DESC, l.due_on, l.id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, staff_id);
  sqlite3_bind_int (statement, 3, include_returned ? 1 : 0);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      FlLoanFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .asset_id = sqlite3_column_int64 (statement, 1),
        .asset_tag = (char *) fl_sql_column_text (statement, 2),
        .item_name = (char *) fl_sql_column_text (statement, 3),
        .staff_id = sqlite3_column_int64 (statement, 4),
        .staff_name = (char *) fl_sql_column_text (statement, 5),
        .purpose = (char *) fl_sql_column_text (statement, 6),
        .out_on = (char *) fl_sql_column_text (statement, 7),
        .due_on = (char *) fl_sql_column_text (statement, 8),
        .returned_on = (char *) fl_sql_column_text (statement, 9),
        .days_overdue = sqlite3_column_int (statement, 10),
      };
      g_autoptr(FlLoan) loan = fl_loan_new (&fields);

      g_list_store_append (store, loan);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}
