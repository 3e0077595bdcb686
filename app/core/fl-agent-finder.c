/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-agent-finder"

#include "config.h"

#include "fl-agent-finder.h"
#include "fl-sql.h"

struct _FlAgentFinder
{
  GHashTable *by_job_number;   /* 工号 → id */
  GHashTable *by_extension;
};

void
fl_agent_finder_free (FlAgentFinder *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->by_job_number, g_hash_table_unref);
  g_clear_pointer (&self->by_extension, g_hash_table_unref);
  g_free (self);
}

FlAgentFinder *
fl_agent_finder_load (FlDatabase  *database,
                      GError     **error)
{
  g_autoptr(FlAgentFinder) self = g_new0 (FlAgentFinder, 1);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  self->by_job_number = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_extension = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Active staff come last, and so replace departed ones. */
  statement = fl_database_prepare (database,
                                   "SELECT id, job_number, extension FROM staff "
                                   "ORDER BY status = 'active', id",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      gpointer id = GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (statement, 0));
      const char *extension = fl_sql_column_text (statement, 2);

      g_hash_table_replace (self->by_job_number, g_strdup (fl_sql_column_text (statement, 1)), id);
      if (extension != NULL && *extension != '\0')
        g_hash_table_replace (self->by_extension, g_strdup (extension), id);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&self);
}

gint64
fl_agent_finder_find (FlAgentFinder *self,
                      const char    *agent_number)
{
  gpointer id = NULL;

  g_return_val_if_fail (self != NULL, 0);

  if (agent_number == NULL)
    return 0;
  if (!g_hash_table_lookup_extended (self->by_job_number, agent_number, NULL, &id))
    g_hash_table_lookup_extended (self->by_extension, agent_number, NULL, &id);
  return (gint64) GPOINTER_TO_SIZE (id);
}
