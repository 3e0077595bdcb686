/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-ledger-service-private.h"
#include "fl-sql.h"
#include "fl-strings.h"

/* Equipment and supplies (物品领用, 台账): the catalog, and reading the
 * ledger's balances and history. Movements are in fl-ledger-service-moves.c. */

#define NAME_MAX_CHARS 80

struct _FlLedgerService
{
  GObject     parent_instance;

  FlDatabase *database;
  GDateTime  *clock;      /* the demo's past, or NULL: now */
};

G_DEFINE_FINAL_TYPE (FlLedgerService, fl_ledger_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-ledger-error-quark, fl_ledger_error)

static const char * const condition_names[] = { "new", "good", "fair", "poor", "broken" };

const char *
fl_condition_to_string (FlCondition condition)
{
  g_return_val_if_fail ((guint) condition < G_N_ELEMENTS (condition_names), NULL);

  return condition_names[condition];
}

FlDatabase *
_fl_ledger_service_get_database (FlLedgerService *self)
{
  return self->database;
}

void
_fl_ledger_service_set_clock (FlLedgerService *self,
                              GDateTime       *now)
{
  g_clear_pointer (&self->clock, g_date_time_unref);
  if (now != NULL)
    self->clock = g_date_time_ref (now);
}

static GDateTime *
read_clock (FlLedgerService *self)
{
  return self->clock != NULL ? g_date_time_ref (self->clock) : g_date_time_new_now_local ();
}

char *
_fl_ledger_service_now_utc (FlLedgerService *self)
{
  g_autoptr(GDateTime) now = read_clock (self);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
_fl_ledger_service_today (FlLedgerService *self)
{
  g_autoptr(GDateTime) now = read_clock (self);
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* A name trimmed, not empty, not too long; or @error saying so. */
static char *
check_name (const char  *name,
            const char  *what,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL) || g_utf8_strlen (trimmed, -1) > NAME_MAX_CHARS)
    {
      /* Translators: what needs a name ("the item"), and its longest */
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("Give %s a name of at most %d characters."),
                   what, NAME_MAX_CHARS);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

typedef struct
{
  FlLedgerService *self;
  FlSession       *actor;
  const char      *table;
  const char      *name;
  const char      *what;
  gint64           id;      /* the row to rename, or 0: a new one; then the new row's */
} NameChange;

/* One row of a short list (a category, a location) added or renamed,
 * audited. Names are unique: a second "Headsets" would split the catalog. */
static gboolean
apply_name_change (gpointer   user_data,
                   GError   **error)
{
  NameChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autofree char *taken_sql = g_strdup_printf ("SELECT 1 FROM %s WHERE name = ? AND id != ?", change->table);
  g_autofree char *sql = change->id != 0 ? g_strdup_printf ("UPDATE %s SET name = ?1 WHERE id = ?2", change->table)
                                         : g_strdup_printf ("INSERT INTO %s (name) VALUES (?1)", change->table);
  g_autoptr(sqlite3_stmt) taken = fl_database_prepare (database, taken_sql, error);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  gboolean has_row = FALSE;

  if (taken == NULL)
    return FALSE;
  sqlite3_bind_text (taken, 1, change->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (taken, 2, change->id);
  if (!fl_database_step (database, taken, &has_row, error))
    return FALSE;
  if (has_row)
    {
      /* Translators: a name, and what it names ("the category") */
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("“%s” is %s already: choose it, or another name."),
                   change->name, change->what);
      return FALSE;
    }
  if (change->id != 0 && !(before = fl_audit_snapshot (database, change->table, change->id, error)))
    return FALSE;
  if (!(statement = fl_database_prepare (database, sql, error)))
    return FALSE;
  sqlite3_bind_text (statement, 1, change->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, change->id);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  if (change->id == 0)
    change->id = fl_database_last_insert_id (database);
  return fl_audit_record_saved (database, change->actor, change->table, change->id, before, error);
}

static gint64
save_name (FlLedgerService  *self,
           FlSession        *actor,
           const char       *table,
           gint64            id,
           const char       *name,
           const char       *what,
           GError          **error)
{
  g_autofree char *trimmed = NULL;
  NameChange change = { self, actor, table, NULL, what, id };

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) || !(trimmed = check_name (name, what, error)))
    return 0;
  change.name = trimmed;
  if (!fl_database_transaction (self->database, apply_name_change, &change, error))
    return 0;
  return change.id;
}

gint64
fl_ledger_service_add_category (FlLedgerService  *self,
                                FlSession        *actor,
                                const char       *name,
                                GError          **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);

  return save_name (self, actor, "item_categories", 0, name, _("the category"), error);
}

gint64
fl_ledger_service_add_location (FlLedgerService  *self,
                                FlSession        *actor,
                                const char       *name,
                                GError          **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);

  return save_name (self, actor, "item_locations", 0, name, _("the location"), error);
}

gboolean
fl_ledger_service_rename_category (FlLedgerService  *self,
                                   FlSession        *actor,
                                   gint64            category_id,
                                   const char       *name,
                                   GError          **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);
  g_return_val_if_fail (category_id > 0, FALSE);

  return save_name (self, actor, "item_categories", category_id, name, _("the category"), error) != 0;
}

gboolean
fl_ledger_service_rename_location (FlLedgerService  *self,
                                   FlSession        *actor,
                                   gint64            location_id,
                                   const char       *name,
                                   GError          **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);
  g_return_val_if_fail (location_id > 0, FALSE);

  return save_name (self, actor, "item_locations", location_id, name, _("the location"), error) != 0;
}

static GListModel *
list_names (FlLedgerService  *self,
            FlSession        *actor,
            const char       *table,
            GError          **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, name FROM %s ORDER BY name", table);
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_LEDGER_NAME);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error) ||
      !(statement = fl_database_prepare (self->database, sql, error)))
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlLedgerName) name = fl_ledger_name_new (sqlite3_column_int64 (statement, 0),
                                                         fl_sql_column_text (statement, 1));

      g_list_store_append (store, name);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
fl_ledger_service_list_categories (FlLedgerService  *self,
                                   FlSession        *actor,
                                   GError          **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  return list_names (self, actor, "item_categories", error);
}

GListModel *
fl_ledger_service_list_locations (FlLedgerService  *self,
                                  FlSession        *actor,
                                  GError          **error)
{
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  return list_names (self, actor, "item_locations", error);
}

/* Items */

typedef struct
{
  FlLedgerService          *self;
  FlSession                *actor;
  const FlLedgerItemFields *fields;
  const char               *name;
  FlItemKind                kind;
  gint64                    id;
} ItemChange;

static gboolean
apply_item (gpointer   user_data,
            GError   **error)
{
  ItemChange *change = user_data;
  const FlLedgerItemFields *fields = change->fields;
  FlDatabase *database = change->self->database;
  g_autofree char *now = _fl_ledger_service_now_utc (change->self);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;

  if (change->id != 0 && !(before = fl_audit_snapshot (database, "items", change->id, error)))
    return FALSE;
  /* An item's kind is set once: an edit goes by the stored one. */
  if (change->id != 0)
    {
      JsonNode *kind = json_object_get_member (json_node_get_object (before), "kind");

      change->kind = g_strcmp0 (kind ? json_node_get_string (kind) : NULL, "asset") == 0 ? FL_ITEM_ASSET
                                                                                          : FL_ITEM_CONSUMABLE;
    }
  statement = fl_database_prepare (database,
                                   change->id != 0
                                     ? "UPDATE items SET name = ?2, category_id = ?3, unit = ?4, reorder_level = ?5, "
                                       "  loanable = ?6, active = ?7 WHERE id = ?1"
                                     : "INSERT INTO items (name, category_id, unit, reorder_level, loanable, active, "
                                       "  kind, created_at) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  sqlite3_bind_text (statement, 2, change->name, -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (statement, 3, fields->category_id);
  sqlite3_bind_text (statement, 4, change->kind == FL_ITEM_CONSUMABLE && fields->unit ? fields->unit : "", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 5, change->kind == FL_ITEM_CONSUMABLE ? fields->reorder_level : 0);
  sqlite3_bind_int (statement, 6, change->kind == FL_ITEM_ASSET && fields->loanable);
  sqlite3_bind_int (statement, 7, change->id == 0 || fields->active);
  if (change->id == 0)
    {
      sqlite3_bind_text (statement, 8, change->kind == FL_ITEM_ASSET ? "asset" : "consumable", -1, SQLITE_STATIC);
      sqlite3_bind_text (statement, 9, now, -1, SQLITE_TRANSIENT);
    }
  if (!fl_database_run (database, statement, error))
    return FALSE;
  if (change->id != 0 && fl_database_changes (database) == 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This item is not in the catalog."));
      return FALSE;
    }
  if (change->id == 0)
    change->id = fl_database_last_insert_id (database);
  return fl_audit_record_saved (database, change->actor, "items", change->id, before, error);
}

gint64
fl_ledger_service_save_item (FlLedgerService           *self,
                             FlSession                 *actor,
                             const FlLedgerItemFields  *fields,
                             GError                   **error)
{
  g_autofree char *name = NULL;
  ItemChange change = { self, actor, fields, NULL, fields->kind, 0 };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) ||
      !(name = check_name (fields->name, _("the item"), error)))
    return 0;
  if (fields->reorder_level < 0 || fields->reorder_level > 1000000)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("The reorder level is a count from 0 up."));
      return 0;
    }
  change.name = name;
  change.id = fields->id;
  if (!fl_database_transaction (self->database, apply_item, &change, error))
    return 0;
  return change.id;
}

/* Assets */

typedef struct
{
  FlLedgerService    *self;
  FlSession          *actor;
  const FlAssetDraft *draft;
  const char         *tag;
  gint64              id;
} AssetAddition;

static gboolean
apply_asset (gpointer   user_data,
             GError   **error)
{
  AssetAddition *addition = user_data;
  const FlAssetDraft *draft = addition->draft;
  FlDatabase *database = addition->self->database;
  g_autofree char *now = _fl_ledger_service_now_utc (addition->self);
  g_autoptr(sqlite3_stmt) kind = NULL;
  g_autoptr(sqlite3_stmt) taken = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(JsonNode) after = NULL;
  FlLedgerWrite receive = { FL_MOVEMENT_RECEIVE, draft->item_id, 0, { 1, 0 }, 0, 0, 0, "", FL_ASSET_AVAILABLE, 0 };
  gboolean has_row = FALSE;

  kind = fl_database_prepare (database, "SELECT kind = 'asset' FROM items WHERE id = ?", error);
  if (kind == NULL)
    return FALSE;
  sqlite3_bind_int64 (kind, 1, draft->item_id);
  if (!fl_database_step (database, kind, &has_row, error))
    return FALSE;
  if (!has_row || !sqlite3_column_int (kind, 0))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, has_row ? FL_LEDGER_ERROR_INVALID : FL_LEDGER_ERROR_NOT_FOUND,
                           has_row ? _("This item is counted by quantity: receive it into stock instead.")
                                   : _("This item is not in the catalog."));
      return FALSE;
    }
  taken = fl_database_prepare (database, "SELECT 1 FROM assets WHERE tag = ?", error);
  if (taken == NULL)
    return FALSE;
  sqlite3_bind_text (taken, 1, addition->tag, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (database, taken, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   _("The tag %s is on another asset already: every asset has its own."), addition->tag);
      return FALSE;
    }
  insert = fl_database_prepare (database,
                                "INSERT INTO assets (item_id, tag, serial_number, model, location_id, condition, "
                                "  added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, draft->item_id);
  sqlite3_bind_text (insert, 2, addition->tag, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, draft->serial_number ? draft->serial_number : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, draft->model ? draft->model : "", -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (insert, 5, draft->location_id);
  sqlite3_bind_text (insert, 6, fl_condition_to_string (draft->condition), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 7, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, insert, error))
    return FALSE;
  addition->id = receive.asset_id = fl_database_last_insert_id (database);
  return (after = fl_audit_snapshot (database, "assets", addition->id, error)) != NULL &&
         fl_audit_record (database, addition->actor, "assets", addition->id, "add", NULL, after, error) &&
         _fl_ledger_write_entry (addition->self, addition->actor, &receive, error) != 0;
}

gint64
fl_ledger_service_add_asset (FlLedgerService     *self,
                             FlSession           *actor,
                             const FlAssetDraft  *draft,
                             GError             **error)
{
  g_autofree char *tag = NULL;
  AssetAddition addition = { self, actor, draft, NULL, 0 };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) ||
      !(tag = check_name (draft->tag, _("the asset’s tag"), error)))
    return 0;
  if ((guint) draft->condition >= G_N_ELEMENTS (condition_names))
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("Choose the asset’s condition."));
      return 0;
    }
  addition.tag = tag;
  if (!fl_database_transaction (self->database, apply_asset, &addition, error))
    return 0;
  return addition.id;
}

/* Reading */

GListModel *
fl_ledger_service_list_stock (FlLedgerService  *self,
                              FlSession        *actor,
                              GError          **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_LEDGER_ITEM);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT i.id, i.kind, i.name, coalesce (i.category_id, 0), c.name, i.unit, "
                                   "  i.reorder_level, i.loanable, i.active, coalesce (s.on_hand, 0) "
                                   "FROM items i LEFT JOIN item_categories c ON c.id = i.category_id "
                                   "LEFT JOIN stock s ON s.item_id = i.id ORDER BY i.name, i.id",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlLedgerItemFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .kind = g_strcmp0 (fl_sql_column_text (statement, 1), "asset") == 0 ? FL_ITEM_ASSET : FL_ITEM_CONSUMABLE,
        .name = (char *) fl_sql_column_text (statement, 2),
        .category_id = sqlite3_column_int64 (statement, 3),
        .category = (char *) fl_sql_column_text (statement, 4),
        .unit = (char *) fl_sql_column_text (statement, 5),
        .reorder_level = sqlite3_column_int (statement, 6),
        .loanable = sqlite3_column_int (statement, 7) != 0,
        .active = sqlite3_column_int (statement, 8) != 0,
        .on_hand = sqlite3_column_int (statement, 9),
      };

      g_ptr_array_add (items, fl_ledger_item_new (&fields));
    }
  if (has_row)
    return NULL;
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
fl_ledger_service_list_holdings (FlLedgerService  *self,
                                 FlSession        *actor,
                                 gint64            staff_id,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_HOLDING);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT h.item_id, i.name, h.asset_id, a.tag, coalesce (st.status, 'issued'), "
                                   "  h.quantity, h.since "
                                   "FROM holdings h JOIN items i ON i.id = h.item_id "
                                   "LEFT JOIN assets a ON a.id = h.asset_id "
                                   "LEFT JOIN asset_states st ON st.asset_id = h.asset_id "
                                   "WHERE h.staff_id = ? ORDER BY i.name, a.tag",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, staff_id);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlHoldingFields fields = {
        .staff_id = staff_id,
        .item_id = sqlite3_column_int64 (statement, 0),
        .item_name = (char *) fl_sql_column_text (statement, 1),
        .asset_id = sqlite3_column_int64 (statement, 2),
        .asset_tag = (char *) fl_sql_column_text (statement, 3),
        .status = MAX (fl_asset_status_from_string (fl_sql_column_text (statement, 4)), FL_ASSET_AVAILABLE),
        .quantity = sqlite3_column_int (statement, 5),
        .since = (char *) fl_sql_column_text (statement, 6),
      };
      g_autoptr(FlHolding) holding = fl_holding_new (&fields);

      g_list_store_append (store, holding);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The assets of @item_id, by tag, with where each is and who has it. */
GListModel *
fl_ledger_service_list_assets (FlLedgerService  *self,
                               FlSession        *actor,
                               gint64            item_id,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_LEDGER_ASSET);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT a.id, a.tag, a.serial_number, a.model, l.name, a.condition, "
                                   "  coalesce (st.status, 'available'), coalesce (st.holder_staff_id, 0), s.name "
                                   "FROM assets a LEFT JOIN item_locations l ON l.id = a.location_id "
                                   "LEFT JOIN asset_states st ON st.asset_id = a.id "
                                   "LEFT JOIN staff s ON s.id = st.holder_staff_id "
                                   "WHERE a.item_id = ? ORDER BY a.tag",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, item_id);
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlLedgerAssetFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .item_id = item_id,
        .tag = (char *) fl_sql_column_text (statement, 1),
        .serial_number = (char *) fl_sql_column_text (statement, 2),
        .model = (char *) fl_sql_column_text (statement, 3),
        .location = (char *) fl_sql_column_text (statement, 4),
        .condition = MAX (fl_strings_index (condition_names, G_N_ELEMENTS (condition_names), fl_sql_column_text (statement, 5)), 0),
        .status = MAX (fl_asset_status_from_string (fl_sql_column_text (statement, 6)), FL_ASSET_AVAILABLE),
        .holder_id = sqlite3_column_int64 (statement, 7),
        .holder_name = (char *) fl_sql_column_text (statement, 8),
      };
      g_autoptr(FlLedgerAsset) asset = fl_ledger_asset_new (&fields);

      g_list_store_append (store, asset);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
fl_ledger_service_list_history (FlLedgerService  *self,
                                FlSession        *actor,
                                gint64            item_id,
                                gint64            before_id,
                                guint             limit,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_LEDGER_ENTRY);
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_LEDGER, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT e.id, e.at, e.movement, e.item_id, i.name, coalesce (e.asset_id, 0), a.tag, "
                                   "  e.stock_change, e.held_change, coalesce (e.staff_id, 0), s.name, "
                                   "  coalesce (e.reverses_id, 0), "
                                   "  EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id), e.reason, "
                                   "  coalesce (bs.name, b.login) "
                                   "FROM ledger_entries e JOIN items i ON i.id = e.item_id "
                                   "LEFT JOIN assets a ON a.id = e.asset_id LEFT JOIN staff s ON s.id = e.staff_id "
                                   "LEFT JOIN accounts b ON b.id = e.account_id LEFT JOIN staff bs ON bs.id = b.staff_id "
                                   "WHERE e.item_id = ?1 AND e.id < ?2 ORDER BY e.id DESC LIMIT ?3",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, item_id);
  sqlite3_bind_int64 (statement, 2, before_id > 0 ? before_id : G_MAXINT64);
  sqlite3_bind_int (statement, 3, (int) MIN (limit, 1000));
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlLedgerEntryFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .at = (char *) fl_sql_column_text (statement, 1),
        .movement = (FlMovement) MAX (fl_movement_from_string (fl_sql_column_text (statement, 2)), 0),
        .item_id = sqlite3_column_int64 (statement, 3),
        .item_name = (char *) fl_sql_column_text (statement, 4),
        .asset_id = sqlite3_column_int64 (statement, 5),
        .asset_tag = (char *) fl_sql_column_text (statement, 6),
        .stock_change = sqlite3_column_int (statement, 7),
        .held_change = sqlite3_column_int (statement, 8),
        .staff_id = sqlite3_column_int64 (statement, 9),
        .staff_name = (char *) fl_sql_column_text (statement, 10),
        .reverses_id = sqlite3_column_int64 (statement, 11),
        .reversed = sqlite3_column_int (statement, 12) != 0,
        .reason = (char *) fl_sql_column_text (statement, 13),
        .recorded_by = (char *) fl_sql_column_text (statement, 14),
      };
      g_autoptr(FlLedgerEntry) entry = fl_ledger_entry_new (&fields);

      g_list_store_append (store, entry);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Lifecycle */

static void
fl_ledger_service_dispose (GObject *object)
{
  FlLedgerService *self = FL_LEDGER_SERVICE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->clock, g_date_time_unref);

  G_OBJECT_CLASS (fl_ledger_service_parent_class)->dispose (object);
}

static void
fl_ledger_service_class_init (FlLedgerServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_ledger_service_dispose;
}

static void
fl_ledger_service_init (FlLedgerService *self)
{
}

FlLedgerService *
fl_ledger_service_new (FlDatabase *database)
{
  FlLedgerService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_LEDGER_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}
