/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-audit.h"
#include "fl-ledger-service-private.h"
#include "fl-month.h"
#include "fl-sql.h"

/* Moving stock: each movement one entry of the append-only ledger, the
 * balances kept from it in the same transaction, a mistake undone by a
 * reversing entry. */

/* What a movement concerns, as the store knows it now. */
typedef struct
{
  FlLedgerService       *self;
  FlSession             *actor;
  const FlMovementDraft *draft;
  gint64                 item_id;
  FlItemKind             kind;
  char                  *item_name;
  gint64                 asset_id;
  int                    status;        /* the asset's, or -1 */
  gint64                 holder;        /* who holds the asset, or 0 */
  char                  *staff_name;
  gint64                 id;
} Move;

static void
move_clear (Move *move)
{
  g_clear_pointer (&move->item_name, g_free);
  g_clear_pointer (&move->staff_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Move, move_clear)

static gint64
read_int (FlDatabase  *database,
          const char  *sql,
          gint64       first,
          gint64       second,
          gint64       third)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, sql, NULL);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, first);
  sqlite3_bind_int64 (statement, 2, second);
  sqlite3_bind_int64 (statement, 3, third);
  if (!fl_database_step (database, statement, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

static gboolean
write_balances (FlDatabase          *database,
                const FlLedgerWrite *write,
                const char          *now,
                GError             **error)
{
  g_autoptr(sqlite3_stmt) stock = NULL;
  g_autoptr(sqlite3_stmt) state = NULL;

  /* Updated, or added for an item's first entry: an upsert would check
   * the stock against none before adding it. */
  stock = fl_database_prepare (database,
                               read_int (database, "SELECT count(*) FROM stock WHERE item_id = ?1", write->item_id, 0, 0)
                                 ? "UPDATE stock SET on_hand = on_hand + ?2 WHERE item_id = ?1"
                                 : "INSERT INTO stock (item_id, on_hand) VALUES (?1, ?2)",
                               error);
  if (stock == NULL)
    return FALSE;
  sqlite3_bind_int64 (stock, 1, write->item_id);
  sqlite3_bind_int (stock, 2, write->changes.stock);
  if (!fl_database_run (database, stock, error))
    return FALSE;
  if (write->changes.held != 0)
    {
      g_autoptr(sqlite3_stmt) holding = NULL;
      gint64 held = read_int (database,
                              "SELECT quantity FROM holdings WHERE staff_id = ?1 AND item_id = ?2 AND asset_id = ?3",
                              write->staff_id, write->item_id, write->asset_id) + write->changes.held;

      holding = fl_database_prepare (database,
                                     held == 0 ? "DELETE FROM holdings WHERE staff_id = ?1 AND item_id = ?2 "
                                                 "AND asset_id = ?3"
                                               : "INSERT INTO holdings (staff_id, item_id, asset_id, quantity, since) "
                                                 "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET "
                                                 "quantity = excluded.quantity, since = CASE WHEN ?6 > 0 "
                                                 "THEN excluded.since ELSE since END",
                                     error);
      if (holding == NULL)
        return FALSE;
      sqlite3_bind_int64 (holding, 1, write->staff_id);
      sqlite3_bind_int64 (holding, 2, write->item_id);
      sqlite3_bind_int64 (holding, 3, write->asset_id);
      if (held != 0)
        {
          sqlite3_bind_int64 (holding, 4, held);
          sqlite3_bind_text (holding, 5, now, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (holding, 6, write->changes.held);
        }
      if (!fl_database_run (database, holding, error))
        return FALSE;
    }
  if (write->asset_status < 0)
    return TRUE;
  state = fl_database_prepare (database,
                               "INSERT INTO asset_states (asset_id, status, holder_staff_id) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (asset_id) DO UPDATE SET status = excluded.status, "
                               "holder_staff_id = excluded.holder_staff_id",
                               error);
  if (state == NULL)
    return FALSE;
  sqlite3_bind_int64 (state, 1, write->asset_id);
  sqlite3_bind_text (state, 2, fl_asset_status_to_string ((FlAssetStatus) write->asset_status), -1, SQLITE_STATIC);
  fl_sql_bind_id (state, 3, write->holder_staff_id);
  return fl_database_run (database, state, error);
}

gint64
_fl_ledger_write_entry (FlLedgerService     *self,
                        FlSession           *actor,
                        const FlLedgerWrite *write,
                        GError             **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (self);
  g_autofree char *now = _fl_ledger_service_now_utc (self);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(JsonNode) after = NULL;
  gint64 id;

  insert = fl_database_prepare (database,
                                "INSERT INTO ledger_entries (at, movement, item_id, asset_id, stock_change, "
                                "  held_change, staff_id, reverses_id, request_line_id, reason, account_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_text (insert, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 2, fl_movement_to_string (write->movement), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 3, write->item_id);
  fl_sql_bind_id (insert, 4, write->asset_id);
  sqlite3_bind_int (insert, 5, write->changes.stock);
  sqlite3_bind_int (insert, 6, write->changes.held);
  fl_sql_bind_id (insert, 7, write->staff_id);
  fl_sql_bind_id (insert, 8, write->reverses_id);
  fl_sql_bind_id (insert, 9, write->request_line_id);
  sqlite3_bind_text (insert, 10, write->reason ? write->reason : "", -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (insert, 11, fl_session_get_account_id (actor));
  if (!fl_database_run (database, insert, error))
    return 0;
  id = fl_database_last_insert_id (database);
  if (!write_balances (database, write, now, error) ||
      !(after = fl_audit_snapshot (database, "ledger_entries", id, error)) ||
      !fl_audit_record (database, actor, "ledger_entries", id, fl_movement_to_string (write->movement), NULL, after,
                        error))
    return 0;
  return id;
}

/* Recording */

static gboolean
read_asset (Move     *move,
            GError  **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (move->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT a.id, a.item_id, i.name, coalesce (s.status, 'retired'), "
                                   "  coalesce (s.holder_staff_id, 0) "
                                   "FROM assets a JOIN items i ON i.id = a.item_id "
                                   "LEFT JOIN asset_states s ON s.asset_id = a.id WHERE a.tag = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, move->draft->asset_tag, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row || (move->draft->item_id != 0 && move->draft->item_id != sqlite3_column_int64 (statement, 1)))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND,
                   has_row ? _("Asset %s is not of the item chosen: check its tag.")
                           : _("No asset has the tag %s: check the label, or add the asset to the catalog first."),
                   move->draft->asset_tag);
      return FALSE;
    }
  move->asset_id = sqlite3_column_int64 (statement, 0);
  move->item_id = sqlite3_column_int64 (statement, 1);
  move->kind = FL_ITEM_ASSET;
  move->item_name = g_strdup (fl_sql_column_text (statement, 2));
  move->status = fl_asset_status_from_string (fl_sql_column_text (statement, 3));
  move->holder = sqlite3_column_int64 (statement, 4);
  return TRUE;
}

static gboolean
read_item (Move     *move,
           GError  **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (move->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (move->draft->asset_tag != NULL && *move->draft->asset_tag != '\0')
    return read_asset (move, error);
  statement = fl_database_prepare (database, "SELECT kind, name FROM items WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, move->draft->item_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This item is not in the catalog."));
      return FALSE;
    }
  move->item_id = move->draft->item_id;
  move->kind = g_strcmp0 (fl_sql_column_text (statement, 0), "asset") == 0 ? FL_ITEM_ASSET : FL_ITEM_CONSUMABLE;
  move->item_name = g_strdup (fl_sql_column_text (statement, 1));
  move->status = -1;
  if (move->kind == FL_ITEM_ASSET)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   _("%s is tracked one by one: give the tag of the one that moves."), move->item_name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_person (Move     *move,
             GError  **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (move->self);
  const FlMovementDraft *draft = move->draft;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (draft->staff_id == 0)
    {
      if (!fl_movement_needs_person (draft->movement))
        return TRUE;
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Choose the person who receives or gives back."));
      return FALSE;
    }
  statement = fl_database_prepare (database, "SELECT name, status = 'active' FROM staff WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, draft->staff_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This person is not on the staff list."));
      return FALSE;
    }
  move->staff_name = g_strdup (fl_sql_column_text (statement, 0));
  if ((draft->movement == FL_MOVEMENT_ISSUE || draft->movement == FL_MOVEMENT_LOAN_OUT) &&
      !sqlite3_column_int (statement, 1))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("%s has left the center: nothing is issued to them."),
                   move->staff_name);
      return FALSE;
    }
  return TRUE;
}

static const char *
describe_status (FlAssetStatus status)
{
  switch (status)
    {
    case FL_ASSET_AVAILABLE:
      return _("in the store");
    case FL_ASSET_ISSUED:
      return _("issued to someone");
    case FL_ASSET_ON_LOAN:
      return _("on loan");
    case FL_ASSET_IN_REPAIR:
      return _("in repair");
    case FL_ASSET_RETIRED:
    default:
      return _("written off");
    }
}

/* What a movement does to an asset, in a sentence: "it cannot be issued". */
static const char *
describe_movement (FlMovement movement)
{
  switch (movement)
    {
    case FL_MOVEMENT_ISSUE:
      return C_("asset", "issued");
    case FL_MOVEMENT_RETURN:
      return C_("asset", "returned");
    case FL_MOVEMENT_LOAN_OUT:
      return C_("asset", "lent");
    case FL_MOVEMENT_LOAN_BACK:
      return C_("asset", "given back from loan");
    case FL_MOVEMENT_REPAIR_OUT:
      return C_("asset", "sent to repair");
    case FL_MOVEMENT_REPAIR_BACK:
      return C_("asset", "taken back from repair");
    case FL_MOVEMENT_WRITE_OFF:
      return C_("asset", "written off");
    default:
      return C_("asset", "moved");
    }
}

/* An asset's movement: from where it is, and from whom it comes back. */
static gboolean
plan_asset (Move          *move,
            FlLedgerWrite *write,
            GError       **error)
{
  const FlMovementDraft *draft = move->draft;
  FlAssetStatus after;

  if (!fl_asset_status_after ((FlAssetStatus) move->status, draft->movement, &after))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                   /* Translators: an item, its tag, where it is ("on loan"), what was asked ("issued") */
                   _("%1$s %2$s is %3$s: it cannot be %4$s now."), move->item_name, draft->asset_tag,
                   describe_status ((FlAssetStatus) move->status), describe_movement (draft->movement));
      return FALSE;
    }
  if ((draft->movement == FL_MOVEMENT_RETURN || draft->movement == FL_MOVEMENT_LOAN_BACK) &&
      draft->staff_id != move->holder)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                   _("%1$s %2$s is not held by %3$s: check the tag, or who gives it back."), move->item_name,
                   draft->asset_tag, move->staff_name);
      return FALSE;
    }
  write->asset_status = after;
  write->holder_staff_id = after == FL_ASSET_ISSUED || after == FL_ASSET_ON_LOAN ? draft->staff_id : 0;
  /* Written off from where it is: a person's hands, the store, or repair (neither). */
  if (draft->movement == FL_MOVEMENT_WRITE_OFF)
    {
      write->staff_id = move->holder;
      if (move->status == FL_ASSET_IN_REPAIR)
        write->changes = (FlMovementChanges) { 0, 0 };
      else
        fl_movement_changes (FL_MOVEMENT_WRITE_OFF, 1, move->holder != 0, &write->changes);
    }
  return TRUE;
}

/* Nobody and nothing below none: the store's stock, the person's holding. */
static gboolean
check_balances (Move                *move,
                const FlLedgerWrite *write,
                GError             **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (move->self);
  gint64 on_hand = read_int (database, "SELECT on_hand FROM stock WHERE item_id = ?1", write->item_id, 0, 0);
  gint64 held = read_int (database,
                          "SELECT quantity FROM holdings WHERE staff_id = ?1 AND item_id = ?2 AND asset_id = ?3",
                          write->staff_id, write->item_id, write->asset_id);

  if (on_hand + write->changes.stock < 0)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_SHORT,
                   /* Translators: how many of an item the store has */
                   g_dngettext (GETTEXT_PACKAGE, "Only %1$d of %2$s is in the store.",
                                "Only %1$d of %2$s are in the store.", (gulong) on_hand),
                   (int) on_hand, move->item_name);
      return FALSE;
    }
  if (held + write->changes.held < 0)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_SHORT,
                   /* Translators: who, how many of an item they hold, the item */
                   g_dngettext (GETTEXT_PACKAGE, "%1$s holds only %2$d of %3$s.", "%1$s holds only %2$d of %3$s.",
                                (gulong) held),
                   move->staff_name ? move->staff_name : "", (int) held, move->item_name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
close_loan (Move     *move,
            GError  **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (move->self);
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *today = _fl_ledger_service_today (move->self);

  update = fl_database_prepare (database,
                                "UPDATE loans SET back_entry_id = ?2, returned_on = ?3, return_condition = 'broken', "
                                "  return_note = ?4 WHERE asset_id = ?1 AND returned_on IS NULL",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, move->asset_id);
  sqlite3_bind_int64 (update, 2, move->id);
  sqlite3_bind_text (update, 3, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 4, move->draft->reason ? move->draft->reason : "", -1, SQLITE_TRANSIENT);
  return fl_database_run (database, update, error);
}

static gboolean
apply_record (gpointer   user_data,
              GError   **error)
{
  Move *move = user_data;
  const FlMovementDraft *draft = move->draft;
  FlLedgerWrite write = { draft->movement, 0, 0, { 0, 0 }, draft->staff_id, 0, draft->request_line_id, draft->reason,
                          -1, 0 };
  int quantity;

  if (!read_item (move, error) || !read_person (move, error))
    return FALSE;
  if (draft->quantity != floor (draft->quantity) || fabs (draft->quantity) > G_MAXINT / 2 ||
      (move->kind == FL_ITEM_ASSET && draft->quantity != 1))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   move->kind == FL_ITEM_ASSET ? _("%s moves one at a time, by its tag.")
                                               : _("%s is counted in whole units."),
                   move->item_name);
      return FALSE;
    }
  quantity = (int) draft->quantity;
  if ((move->kind == FL_ITEM_ASSET && draft->movement == FL_MOVEMENT_ADJUST) ||
      (move->kind == FL_ITEM_CONSUMABLE &&
       (draft->movement == FL_MOVEMENT_LOAN_OUT || draft->movement == FL_MOVEMENT_LOAN_BACK ||
        draft->movement == FL_MOVEMENT_REPAIR_OUT || draft->movement == FL_MOVEMENT_REPAIR_BACK)) ||
      !fl_movement_changes (draft->movement, quantity, draft->staff_id != 0, &write.changes))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   draft->movement == FL_MOVEMENT_ADJUST && move->kind == FL_ITEM_CONSUMABLE
                     ? _("A stocktake of %s differs by a whole number, more or fewer, never by none.")
                     : _("%s cannot be moved that way, or by that many."),
                   move->item_name);
      return FALSE;
    }
  write.item_id = move->item_id;
  write.asset_id = move->asset_id;
  if (move->kind == FL_ITEM_ASSET && !plan_asset (move, &write, error))
    return FALSE;
  if (!check_balances (move, &write, error))
    return FALSE;
  move->id = _fl_ledger_write_entry (move->self, move->actor, &write, error);
  if (move->id == 0)
    return FALSE;
  /* Lost while on loan: the loan ends with it. */
  if (draft->movement == FL_MOVEMENT_WRITE_OFF && move->status == FL_ASSET_ON_LOAN)
    return close_loan (move, error);
  return TRUE;
}

static gboolean
check_reason (const char  *reason,
              gboolean     needed,
              GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason ? reason : ""));

  if (needed && *stripped == '\0')
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Give the reason: a stocktake, a write-off and a reversal are explained in the ledger."));
      return FALSE;
    }
  if (!g_utf8_validate (stripped, -1, NULL) || g_utf8_strlen (stripped, -1) > FL_LEDGER_TEXT_MAX)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("A reason is at most %d characters."),
                   FL_LEDGER_TEXT_MAX);
      return FALSE;
    }
  return TRUE;
}

gint64
fl_ledger_service_record (FlLedgerService       *self,
                          FlSession             *actor,
                          const FlMovementDraft *draft,
                          GError               **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);

  /* A loan keeps its due day and an issue against a request its line:
   * those go through their own calls, which keep both in step. */
  if (draft->movement == FL_MOVEMENT_LOAN_OUT || draft->movement == FL_MOVEMENT_LOAN_BACK)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Lend and take back through the loans, which keep the day it is due."));
      return 0;
    }
  if (draft->request_line_id != 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Issue against a request from the request itself."));
      return 0;
    }
  return _fl_ledger_record (self, actor, draft, error);
}

gint64
_fl_ledger_record (FlLedgerService       *self,
                   FlSession             *actor,
                   const FlMovementDraft *draft,
                   GError               **error)
{
  g_auto(Move) move = { self, actor, draft };

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) ||
      !check_reason (draft->reason, draft->movement == FL_MOVEMENT_ADJUST || draft->movement == FL_MOVEMENT_WRITE_OFF,
                     error))
    return 0;
  if ((guint) draft->movement >= FL_MOVEMENT_COUNT || draft->movement == FL_MOVEMENT_TRANSFER ||
      draft->movement == FL_MOVEMENT_REVERSAL)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("Choose what happens to the item."));
      return 0;
    }
  if (!fl_database_transaction (_fl_ledger_service_get_database (self), apply_record, &move, error))
    return 0;
  return move.id;
}

/* Transfers */

typedef struct
{
  Move        move;
  gint64      to_staff_id;
} Transfer;

static gboolean
apply_transfer (gpointer   user_data,
                GError   **error)
{
  Transfer *transfer = user_data;
  Move *move = &transfer->move;
  const FlMovementDraft *draft = move->draft;
  FlDatabase *database = _fl_ledger_service_get_database (move->self);
  g_autoptr(sqlite3_stmt) receiver = NULL;
  FlLedgerWrite give = { FL_MOVEMENT_TRANSFER, 0, 0, { 0, 0 }, draft->staff_id, 0, 0, draft->reason, -1, 0 };
  FlLedgerWrite take = give;
  gboolean has_row = FALSE;
  int quantity = (int) draft->quantity;

  if (!read_item (move, error) || !read_person (move, error))
    return FALSE;
  receiver = fl_database_prepare (database, "SELECT name, status = 'active' FROM staff WHERE id = ?", error);
  if (receiver == NULL)
    return FALSE;
  sqlite3_bind_int64 (receiver, 1, transfer->to_staff_id);
  if (!fl_database_step (database, receiver, &has_row, error))
    return FALSE;
  if (!has_row || !sqlite3_column_int (receiver, 1) || transfer->to_staff_id == draft->staff_id)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, has_row ? FL_LEDGER_ERROR_INVALID : FL_LEDGER_ERROR_NOT_FOUND,
                           _("Choose someone else, still with the center, to hand it over to."));
      return FALSE;
    }
  if (draft->quantity != floor (draft->quantity) || draft->quantity < 1 || draft->quantity > G_MAXINT / 2 ||
      (move->kind == FL_ITEM_ASSET && quantity != 1))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   move->kind == FL_ITEM_ASSET ? _("%s moves one at a time, by its tag.")
                                               : _("%s is counted in whole units."),
                   move->item_name);
      return FALSE;
    }
  if (move->kind == FL_ITEM_ASSET && (move->status != FL_ASSET_ISSUED || move->holder != draft->staff_id))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                   _("%1$s %2$s is not issued to %3$s: only what someone holds is handed over (a loan is taken "
                     "back and lent again)."),
                   move->item_name, draft->asset_tag, move->staff_name);
      return FALSE;
    }
  give.item_id = take.item_id = move->item_id;
  give.asset_id = take.asset_id = move->asset_id;
  give.changes.held = -quantity;
  take.changes.held = quantity;
  take.staff_id = transfer->to_staff_id;
  if (move->kind == FL_ITEM_ASSET)
    {
      take.asset_status = FL_ASSET_ISSUED;
      take.holder_staff_id = transfer->to_staff_id;
    }
  if (!check_balances (move, &give, error) || !_fl_ledger_write_entry (move->self, move->actor, &give, error))
    return FALSE;
  move->id = _fl_ledger_write_entry (move->self, move->actor, &take, error);
  return move->id != 0;
}

gint64
fl_ledger_service_transfer (FlLedgerService  *self,
                            FlSession        *actor,
                            gint64            item_id,
                            const char       *tag,
                            double            quantity,
                            gint64            from_staff_id,
                            gint64            to_staff_id,
                            const char       *reason,
                            GError          **error)
{
  FlMovementDraft draft = { FL_MOVEMENT_TRANSFER, item_id, tag, quantity, from_staff_id, 0, reason };
  Transfer transfer = { { self, actor, &draft }, to_staff_id };
  gint64 id;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) || !check_reason (reason, FALSE, error))
    return 0;
  id = fl_database_transaction (_fl_ledger_service_get_database (self), apply_transfer, &transfer, error)
         ? transfer.move.id
         : 0;
  move_clear (&transfer.move);
  return id;
}

/* Stocktake (盘点) */

typedef struct
{
  FlLedgerService    *self;
  FlSession          *actor;
  const FlStockCount *counts;
  guint               n_counts;
  const char         *reason;
  guint               n_adjusted;
} Stocktake;

static gboolean
apply_stocktake (gpointer   user_data,
                 GError   **error)
{
  Stocktake *stocktake = user_data;
  FlDatabase *database = _fl_ledger_service_get_database (stocktake->self);

  for (guint i = 0; i < stocktake->n_counts; i++)
    {
      const FlStockCount *count = &stocktake->counts[i];
      gint64 on_hand = read_int (database, "SELECT on_hand FROM stock WHERE item_id = ?1", count->item_id, 0, 0);
      FlMovementDraft adjust = { FL_MOVEMENT_ADJUST, count->item_id, NULL, count->counted - (double) on_hand, 0, 0,
                                 stocktake->reason };

      if (count->counted < 0 || count->counted != floor (count->counted))
        {
          g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                       _("Line %u: a count is a whole number from 0 up."), i + 1);
          return FALSE;
        }
      if (adjust.quantity == 0)
        continue;
      if (fl_ledger_service_record (stocktake->self, stocktake->actor, &adjust, error) == 0)
        return FALSE;
      stocktake->n_adjusted++;
    }
  return TRUE;
}

gboolean
fl_ledger_service_stocktake (FlLedgerService     *self,
                             FlSession           *actor,
                             const FlStockCount  *counts,
                             guint                n_counts,
                             const char          *reason,
                             guint               *n_adjusted,
                             GError             **error)
{
  Stocktake stocktake = { self, actor, counts, n_counts, reason, 0 };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) || !check_reason (reason, TRUE, error) ||
      !fl_database_transaction (_fl_ledger_service_get_database (self), apply_stocktake, &stocktake, error))
    return FALSE;
  if (n_adjusted != NULL)
    *n_adjusted = stocktake.n_adjusted;
  return TRUE;
}

/* Reversing */

typedef struct
{
  FlLedgerService *self;
  FlSession       *actor;
  gint64           entry_id;
  const char      *reason;
  gint64           id;
} Reversal;

/* An asset's state from its entries, the reversed ones left out: where
 * the last movement left it. */
static gboolean
replay_asset (FlDatabase     *database,
              gint64          asset_id,
              FlLedgerWrite  *write,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;
  int status = FL_ASSET_RETIRED;
  gint64 holder = 0;

  statement = fl_database_prepare (database,
                                   "SELECT e.movement, coalesce (e.staff_id, 0) FROM ledger_entries e "
                                   "WHERE e.asset_id = ? AND e.reverses_id IS NULL AND NOT EXISTS "
                                   "  (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id) ORDER BY e.id",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, asset_id);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      FlMovement movement = (FlMovement) fl_movement_from_string (fl_sql_column_text (statement, 0));
      FlAssetStatus after;

      if (movement == FL_MOVEMENT_RECEIVE)
        status = FL_ASSET_AVAILABLE;
      else if (fl_asset_status_after ((FlAssetStatus) status, movement, &after))
        status = after;
      holder = status == FL_ASSET_ISSUED || status == FL_ASSET_ON_LOAN ? sqlite3_column_int64 (statement, 1) : 0;
    }
  if (has_row)
    return FALSE;
  write->asset_status = status;
  write->holder_staff_id = holder;
  return TRUE;
}

static gboolean
apply_reversal (gpointer   user_data,
                GError   **error)
{
  Reversal *reversal = user_data;
  FlDatabase *database = _fl_ledger_service_get_database (reversal->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_auto(Move) move = { reversal->self, reversal->actor, NULL };
  FlLedgerWrite write = { FL_MOVEMENT_REVERSAL, 0, 0, { 0, 0 }, 0, reversal->entry_id, 0, reversal->reason, -1, 0 };
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT e.item_id, coalesce (e.asset_id, 0), e.stock_change, e.held_change, "
                                   "  coalesce (e.staff_id, 0), e.movement = 'reversal', i.name, s.name, "
                                   "  EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id), "
                                   "  EXISTS (SELECT 1 FROM ledger_entries l WHERE l.asset_id = e.asset_id "
                                   "          AND l.id > e.id AND l.movement != 'reversal' AND NOT EXISTS "
                                   "          (SELECT 1 FROM ledger_entries x WHERE x.reverses_id = l.id)), "
                                   "  e.movement IN ('loan_out', 'loan_back', 'transfer') "
                                   "FROM ledger_entries e JOIN items i ON i.id = e.item_id "
                                   "LEFT JOIN staff s ON s.id = e.staff_id WHERE e.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, reversal->entry_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This ledger entry does not exist."));
      return FALSE;
    }
  if (sqlite3_column_int (statement, 5) || sqlite3_column_int (statement, 8))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_REVERSED,
                           sqlite3_column_int (statement, 5)
                             ? _("A reversal is not reversed: record the movement again instead.")
                             : _("This entry is reversed already."));
      return FALSE;
    }
  if (sqlite3_column_int (statement, 9))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                           _("The asset has moved since: reverse its later movements first, newest first."));
      return FALSE;
    }
  if (sqlite3_column_int (statement, 10))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                           _("A loan or a hand-over is not reversed: take the asset back, lend or hand it over "
                             "again."));
      return FALSE;
    }
  write.item_id = sqlite3_column_int64 (statement, 0);
  write.asset_id = sqlite3_column_int64 (statement, 1);
  write.changes.stock = -sqlite3_column_int (statement, 2);
  write.changes.held = -sqlite3_column_int (statement, 3);
  write.staff_id = sqlite3_column_int64 (statement, 4);
  move.item_name = g_strdup (fl_sql_column_text (statement, 6));
  move.staff_name = g_strdup (fl_sql_column_text (statement, 7));
  if (!check_balances (&move, &write, error))
    return FALSE;
  if (!(reversal->id = _fl_ledger_write_entry (reversal->self, reversal->actor, &write, error)))
    return FALSE;
  if (write.asset_id == 0)
    return TRUE;
  /* The asset goes back to where it was before the entry reversed. */
  write.changes = (FlMovementChanges) { 0, 0 };
  if (!replay_asset (database, write.asset_id, &write, error))
    return FALSE;
  if (write.asset_status == FL_ASSET_ON_LOAN)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE,
                           _("The asset was lost while on loan, and that loan is closed: lend it again instead."));
      return FALSE;
    }
  return write_balances (database, &write, "", error);
}

gint64
fl_ledger_service_reverse (FlLedgerService  *self,
                           FlSession        *actor,
                           gint64            entry_id,
                           const char       *reason,
                           GError          **error)
{
  Reversal reversal = { self, actor, entry_id, reason, 0 };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) || !check_reason (reason, TRUE, error) ||
      !fl_database_transaction (_fl_ledger_service_get_database (self), apply_reversal, &reversal, error))
    return 0;
  return reversal.id;
}
