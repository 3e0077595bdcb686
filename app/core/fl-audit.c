/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-audit"

#include "config.h"

#include "fl-audit.h"
#include "fl-sql.h"

static char *
node_to_text (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return json_to_string (node, FALSE);
}

static void
bind_text_or_null (sqlite3_stmt *statement,
                   int           column,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (statement, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, column);
}

gboolean
fl_audit_record (FlDatabase  *database,
                 FlSession   *actor,
                 const char  *entity,
                 gint64       entity_id,
                 const char  *action,
                 JsonNode    *before,
                 JsonNode    *after,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *at = fl_sql_now_utc ();
  g_autofree char *before_text = node_to_text (before);
  g_autofree char *after_text = node_to_text (after);

  g_return_val_if_fail (FL_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (FL_IS_SESSION (actor), FALSE);
  g_return_val_if_fail (entity != NULL && action != NULL, FALSE);
  /* An audit row outside the change's transaction could outlive a rolled-back change. */
  g_return_val_if_fail (fl_database_in_transaction (database), FALSE);

  statement = fl_database_prepare (database,
                                   "INSERT INTO audit_log (at, actor_account_id, actor, entity, "
                                   "entity_id, action, before_json, after_json) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, at, -1, SQLITE_TRANSIENT);
  if (fl_session_get_account_id (actor) > 0)
    sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (actor));
  else
    sqlite3_bind_null (statement, 2);
  sqlite3_bind_text (statement, 3, fl_session_get_login (actor), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, entity_id);
  sqlite3_bind_text (statement, 6, action, -1, SQLITE_TRANSIENT);
  bind_text_or_null (statement, 7, before_text);
  bind_text_or_null (statement, 8, after_text);

  return fl_database_run (database, statement, error);
}

static gboolean
is_identifier (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

static void
add_column (JsonBuilder  *builder,
            sqlite3_stmt *statement,
            int           column)
{
  json_builder_set_member_name (builder, sqlite3_column_name (statement, column));

  switch (sqlite3_column_type (statement, column))
    {
    case SQLITE_INTEGER:
      json_builder_add_int_value (builder, sqlite3_column_int64 (statement, column));
      break;
    case SQLITE_FLOAT:
      json_builder_add_double_value (builder, sqlite3_column_double (statement, column));
      break;
    case SQLITE_NULL:
      json_builder_add_null_value (builder);
      break;
    case SQLITE_BLOB:
      /* Attachments are audited by size, not content. */
      json_builder_add_int_value (builder, sqlite3_column_bytes (statement, column));
      break;
    case SQLITE_TEXT:
    default:
      json_builder_add_string_value (builder, (const char *) sqlite3_column_text (statement, column));
      break;
    }
}

gboolean
fl_audit_record_saved (FlDatabase  *database,
                       FlSession   *actor,
                       const char  *table,
                       gint64       id,
                       JsonNode    *before,
                       GError     **error)
{
  g_autoptr(JsonNode) after = fl_audit_snapshot (database, table, id, error);

  return after != NULL && fl_audit_record (database, actor, table, id, before ? "edit" : "add", before, after, error);
}

/* The row as it stands, as a JSON object; a JSON null when there is no such row. */
JsonNode *
fl_audit_snapshot (FlDatabase  *database,
                   const char  *table,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (is_identifier (table), NULL);

  sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?", table);
  if (!(statement = fl_database_prepare (database, sql, error)))
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  if (!fl_database_step (database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    return json_node_new (JSON_NODE_NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  for (int column = 0; column < sqlite3_column_count (statement); column++)
    {
      /* Secrets never reach the audit log. */
      if (g_str_equal (sqlite3_column_name (statement, column), "password_hash"))
        continue;
      add_column (builder, statement, column);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

gint64
fl_audit_count (FlDatabase *database,
                const char *entity,
                gint64      entity_id)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_DATABASE (database), -1);

  statement = fl_database_prepare (database,
                                   "SELECT count(*) FROM audit_log "
                                   "WHERE (?1 IS NULL OR entity = ?1) AND (?2 = 0 OR entity_id = ?2)",
                                   NULL);
  if (statement == NULL)
    return -1;
  bind_text_or_null (statement, 1, entity);
  sqlite3_bind_int64 (statement, 2, entity_id);
  if (!fl_database_step (database, statement, &has_row, NULL) || !has_row)
    return -1;
  return sqlite3_column_int64 (statement, 0);
}
