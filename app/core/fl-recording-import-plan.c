/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-recording-import-private.h"
#include "fl-sql.h"

void
fl_import_existing_free (FlImportExisting *existing)
{
  g_free (existing->path);
  g_free (existing->second_path);
  g_free (existing);
}

/* The rows whose path is under the folder: [folder/, folder0), as "0"
 * follows "/" in every collation SQLite and PostgreSQL use for paths. */
static gboolean
load_existing (FlImportJob  *job,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *low = g_strconcat (job->folder, "/", NULL);
  g_autofree char *high = g_strconcat (job->folder, "0", NULL);
  gboolean has_row = FALSE;

  job->existing_by_path = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify) fl_import_existing_free);
  job->existing_by_second = g_hash_table_new (g_str_hash, g_str_equal);

  statement = fl_database_prepare (job->database,
                                   "SELECT id, path, second_path, file_size, file_mtime, status "
                                   "FROM recordings WHERE path >= ? AND path < ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, low, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, high, -1, SQLITE_STATIC);

  while (fl_database_step (job->database, statement, &has_row, error) && has_row)
    {
      FlImportExisting *existing = g_new0 (FlImportExisting, 1);

      existing->id = sqlite3_column_int64 (statement, 0);
      existing->path = g_strdup (fl_sql_column_text (statement, 1));
      existing->second_path = g_strdup (fl_sql_column_text (statement, 2));
      existing->size = sqlite3_column_int64 (statement, 3);
      existing->mtime = sqlite3_column_int64 (statement, 4);
      existing->status = fl_recording_status_from_code (fl_sql_column_text (statement, 5));
      g_hash_table_insert (job->existing_by_path, existing->path, existing);
      if (existing->second_path != NULL)
        g_hash_table_insert (job->existing_by_second, existing->second_path, existing);
    }
  return !has_row;
}

/* The row this recording was imported as before, if any: by its path, or
 * — when a single leg has become a pair, or a pair lost a leg — by the
 * other leg's. */
static FlImportExisting *
find_existing (FlImportJob  *job,
               FlImportItem *item)
{
  FlImportExisting *candidates[] = {
    g_hash_table_lookup (job->existing_by_path, item->path),
    item->second_path ? g_hash_table_lookup (job->existing_by_path, item->second_path) : NULL,
    g_hash_table_lookup (job->existing_by_second, item->path),
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] != NULL && !candidates[i]->claimed)
      {
        candidates[i]->claimed = TRUE;
        return candidates[i];
      }
  return NULL;
}

static void
plan_item (FlImportJob      *job,
           FlImportItem     *item,
           FlRecordingGroup *group)
{
  FlScannedFile *file = g_hash_table_lookup (job->scan->by_path, group->path);
  FlScannedFile *second = NULL;
  const FlCallMetadata *row = NULL;

  item->relative_path = group->path;
  item->path = g_build_filename (job->folder, group->path, NULL);
  item->size = item->first_size = file->size;
  item->mtime = file->mtime;
  item->is_folder = file->is_folder;
  if (group->second_path != NULL)
    {
      second = g_hash_table_lookup (job->scan->by_path, group->second_path);
      item->second_path = g_build_filename (job->folder, group->second_path, NULL);
      item->second_size = second->size;
      item->size += second->size;
      item->mtime = MAX (item->mtime, second->mtime);
      item->is_folder = item->is_folder || second->is_folder;
    }

  /* The name first; the call list overrides and fills it. */
  item->metadata = fl_call_metadata_new ();
  fl_recording_names_parse (group->path, item->metadata);
  if (job->cdr != NULL)
    {
      row = fl_cdr_reader_find (job->cdr, group->path, item->metadata);
      if (row == NULL && group->second_path != NULL)
        row = fl_cdr_reader_find (job->cdr, group->second_path, item->metadata);
    }
  if (row != NULL)
    {
      fl_call_metadata_merge (item->metadata, row);
      job->summary->cdr_matched++;
    }
  item->agent_staff_id = fl_agent_finder_find (job->agents, item->metadata->agent_number);

  /* Unchanged files keep what was read from them; the rest are read. */
  item->existing = find_existing (job, item);
  item->examine = item->existing == NULL ||
                  item->existing->status != FL_RECORDING_STATUS_PRESENT ||
                  item->existing->size != item->size ||
                  item->existing->mtime != item->mtime ||
                  g_strcmp0 (item->existing->path, item->path) != 0 ||
                  g_strcmp0 (item->existing->second_path, item->second_path) != 0;
  item->info.duration_ms = -1;
  if (item->is_folder)
    {
      g_autofree char *name = g_path_get_basename (item->path);

      item->examine = FALSE;
      item->readable = FALSE;
      item->info.problem = g_strdup_printf (_("“%s” is a folder, not a sound file."), name);
    }
}

/* What each recording under the folder is, and which must be read. */
gboolean
fl_import_job_plan (FlImportJob  *job,
                    GError      **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_sized_new (job->scan->files->len);

  for (guint i = 0; i < job->scan->files->len; i++)
    {
      FlScannedFile *file = g_ptr_array_index (job->scan->files, i);

      g_ptr_array_add (paths, file->relative_path);
    }
  job->groups = fl_recording_names_pair_legs (paths);

  if (!load_existing (job, error) || !(job->agents = fl_agent_finder_load (job->database, error)))
    return FALSE;

  job->n_items = job->groups->len;
  job->items = g_new0 (FlImportItem, job->n_items + 1);
  for (guint i = 0; i < job->n_items; i++)
    plan_item (job, &job->items[i], g_ptr_array_index (job->groups, i));

  job->summary->files = job->scan->files->len;
  job->summary->recordings = job->n_items;
  job->state.files_total = job->scan->files->len;
  return TRUE;
}
