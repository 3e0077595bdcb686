/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-ledger-service-private.h"
#include "fl-sql.h"

/* Pooled purchasing (集中申购): what the store cannot cover of an approved
 * line is bought with the others', ordered, then received into stock. */

typedef struct
{
  FlLedgerService    *self;
  FlSession          *actor;
  gint64              id;
  const char * const *tags;
} Purchase;

/* What the other approved lines of @line's item still wait for. */
static int
outstanding_elsewhere (FlDatabase                *database,
                       const FlSupplyLineFields  *line,
                       GError                   **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT coalesce (sum (max (l.quantity - coalesce ((SELECT sum (e.held_change) "
                                   "  FROM ledger_entries e WHERE e.request_line_id = l.id AND NOT EXISTS (SELECT 1 "
                                   "  FROM ledger_entries x WHERE x.reverses_id = e.id)), 0), 0)), 0) "
                                   "FROM supply_request_lines l WHERE l.item_id = ?1 AND l.id != ?2 "
                                   "AND l.decision = 'approved'",
                                   error);
  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, line->item_id);
  sqlite3_bind_int64 (statement, 2, line->id);
  if (!fl_database_step (database, statement, &has_row, error) || !has_row)
    return 0;
  return sqlite3_column_int (statement, 0);
}

static gboolean
apply_purchase_request (gpointer   user_data,
                        GError   **error)
{
  Purchase *purchase = user_data;
  FlDatabase *database = _fl_ledger_service_get_database (purchase->self);
  g_autoptr(FlSupplyLine) line = _fl_ledger_read_line (purchase->self, purchase->id, error);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *now = _fl_ledger_service_now_utc (purchase->self);
  const FlSupplyLineFields *fields;
  int short_by;

  if (line == NULL)
    return FALSE;
  fields = fl_supply_line_get_fields (line);
  /* The store's stock serves the other approved lines of the item too. */
  short_by = fields->quantity - fields->issued - fields->purchasing -
             MAX (fields->on_hand - outstanding_elsewhere (database, fields, error), 0);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (fields->decision != FL_SUPPLY_APPROVED || short_by <= 0)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                   fields->decision != FL_SUPPLY_APPROVED
                     ? _("%s is not approved yet: only an approved line is bought for.")
                     : _("The store and the purchases under way cover %s: issue it instead."),
                   fields->item_name);
      return FALSE;
    }
  insert = fl_database_prepare (database,
                                "INSERT INTO purchases (item_id, quantity, request_line_id, created_at) "
                                "VALUES (?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, fields->item_id);
  sqlite3_bind_int (insert, 2, short_by);
  sqlite3_bind_int64 (insert, 3, fields->id);
  sqlite3_bind_text (insert, 4, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, insert, error))
    return FALSE;
  purchase->id = fl_database_last_insert_id (database);
  return _fl_ledger_run_audited (database, purchase->actor, "purchases", purchase->id, "request", NULL, error);
}

gint64
fl_ledger_service_request_purchase (FlLedgerService  *self,
                                    FlSession        *actor,
                                    gint64            line_id,
                                    GError          **error)
{
  Purchase purchase = { self, actor, line_id, NULL };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) ||
      !fl_database_transaction (_fl_ledger_service_get_database (self), apply_purchase_request, &purchase, error))
    return 0;
  return purchase.id;
}

/* The purchase's state, item, kind and quantity; or an error. */
static sqlite3_stmt *
read_purchase (Purchase  *purchase,
               GError   **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (purchase->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT p.state, p.item_id, i.kind, p.quantity, i.name FROM purchases p "
                                   "JOIN items i ON i.id = p.item_id WHERE p.id = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, purchase->id);
  if (!fl_database_step (database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This purchase no longer exists."));
      return NULL;
    }
  return g_steal_pointer (&statement);
}

/* A purchase ordered or received: its state, when, the receiving entry,
 * audited. */
static gboolean
advance_purchase (Purchase    *purchase,
                  const char  *state,
                  gint64       entry,
                  GError     **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (purchase->self);
  g_autoptr(JsonNode) before = fl_audit_snapshot (database, "purchases", purchase->id, error);
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *now = _fl_ledger_service_now_utc (purchase->self);
  gboolean ordered = g_strcmp0 (state, "ordered") == 0;

  if (before == NULL)
    return FALSE;
  update = fl_database_prepare (database,
                                ordered ? "UPDATE purchases SET state = 'ordered', ordered_at = ?2 WHERE id = ?1"
                                        : "UPDATE purchases SET state = 'received', received_at = ?2, "
                                          "  received_entry_id = ?3 WHERE id = ?1",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, purchase->id);
  sqlite3_bind_text (update, 2, now, -1, SQLITE_TRANSIENT);
  if (!ordered)
    fl_sql_bind_id (update, 3, entry);
  return fl_database_run (database, update, error) &&
         _fl_ledger_run_audited (database, purchase->actor, "purchases", purchase->id, ordered ? "order" : "receive",
                                 before, error);
}

static gboolean
apply_ordered (gpointer   user_data,
               GError   **error)
{
  Purchase *purchase = user_data;
  g_autoptr(sqlite3_stmt) state = read_purchase (purchase, error);

  if (state == NULL)
    return FALSE;
  if (g_strcmp0 (fl_sql_column_text (state, 0), "requested") != 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE, _("This purchase is ordered already."));
      return FALSE;
    }
  return advance_purchase (purchase, "ordered", 0, error);
}

gboolean
fl_ledger_service_mark_ordered (FlLedgerService  *self,
                                FlSession        *actor,
                                gint64            purchase_id,
                                GError          **error)
{
  Purchase purchase = { self, actor, purchase_id, NULL };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  return fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) &&
         fl_database_transaction (_fl_ledger_service_get_database (self), apply_ordered, &purchase, error);
}

static gboolean
apply_received (gpointer   user_data,
                GError   **error)
{
  Purchase *purchase = user_data;
  g_autoptr(sqlite3_stmt) state = read_purchase (purchase, error);
  gint64 entry = 0;
  int quantity;

  if (state == NULL)
    return FALSE;
  if (g_strcmp0 (fl_sql_column_text (state, 0), "ordered") != 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                           g_strcmp0 (fl_sql_column_text (state, 0), "received") == 0
                             ? _("This purchase is received already.")
                             : _("Mark the purchase as ordered before receiving it."));
      return FALSE;
    }
  quantity = sqlite3_column_int (state, 3);
  if (g_strcmp0 (fl_sql_column_text (state, 2), "asset") == 0)
    {
      if (purchase->tags == NULL || g_strv_length ((char **) purchase->tags) != (guint) quantity)
        {
          g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                       /* Translators: how many tags, and the item received */
                       g_dngettext (GETTEXT_PACKAGE, "Give %1$d tag for the %2$s received.",
                                    "Give %1$d tags for the %2$s received, one each.", (gulong) quantity),
                       quantity, fl_sql_column_text (state, 4));
          return FALSE;
        }
      for (int i = 0; i < quantity; i++)
        {
          FlAssetDraft asset = { sqlite3_column_int64 (state, 1), purchase->tags[i], "", "", 0, FL_CONDITION_NEW };

          if (fl_ledger_service_add_asset (purchase->self, purchase->actor, &asset, error) == 0)
            return FALSE;
        }
    }
  else
    {
      FlMovementDraft receive = { FL_MOVEMENT_RECEIVE, sqlite3_column_int64 (state, 1), NULL, quantity, 0, 0, "" };

      if (!(entry = fl_ledger_service_record (purchase->self, purchase->actor, &receive, error)))
        return FALSE;
    }
  return advance_purchase (purchase, "received", entry, error);
}

gboolean
fl_ledger_service_receive_purchase (FlLedgerService     *self,
                                    FlSession           *actor,
                                    gint64               purchase_id,
                                    const char * const  *tags,
                                    GError             **error)
{
  Purchase purchase = { self, actor, purchase_id, tags };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  return fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) &&
         fl_database_transaction (_fl_ledger_service_get_database (self), apply_received, &purchase, error);
}

GListModel *
fl_ledger_service_list_purchases (FlLedgerService  *self,
                                  FlSession        *actor,
                                  gboolean          include_received,
                                  GError          **error)
{
  FlDatabase *database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_PURCHASE);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  database = _fl_ledger_service_get_database (self);
  statement = fl_database_prepare (database,
                                   "SELECT p.id, p.item_id, i.name, i.unit, p.quantity, p.state, "
                                   "  coalesce (p.request_line_id, 0), s.name, p.created_at, p.ordered_at, "
                                   "  p.received_at, i.kind "
                                   "FROM purchases p JOIN items i ON i.id = p.item_id "
                                   "LEFT JOIN supply_request_lines l ON l.id = p.request_line_id "
                                   "LEFT JOIN supply_requests r ON r.id = l.request_id "
                                   "LEFT JOIN staff s ON s.id = r.receiver_staff_id "
                                   "WHERE ?1 OR p.state != 'received' ORDER BY p.state = 'received', i.name, p.id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int (statement, 1, include_received ? 1 : 0);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      const char *state = fl_sql_column_text (statement, 5);
      FlPurchaseFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .item_id = sqlite3_column_int64 (statement, 1),
        .item_name = (char *) fl_sql_column_text (statement, 2),
        .unit = (char *) fl_sql_column_text (statement, 3),
        .quantity = sqlite3_column_int (statement, 4),
        .state = g_strcmp0 (state, "received") == 0  ? FL_PURCHASE_RECEIVED
                 : g_strcmp0 (state, "ordered") == 0 ? FL_PURCHASE_ORDERED
                                                     : FL_PURCHASE_REQUESTED,
        .request_line_id = sqlite3_column_int64 (statement, 6),
        .for_name = (char *) fl_sql_column_text (statement, 7),
        .created_at = (char *) fl_sql_column_text (statement, 8),
        .ordered_at = (char *) fl_sql_column_text (statement, 9),
        .received_at = (char *) fl_sql_column_text (statement, 10),
        .kind = g_strcmp0 (fl_sql_column_text (statement, 11), "asset") == 0 ? FL_ITEM_ASSET : FL_ITEM_CONSUMABLE,
      };
      g_autoptr(FlPurchase) purchase = fl_purchase_new (&fields);

      g_list_store_append (store, purchase);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}
