/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-worker"

#include "config.h"

#include "fl-worker.h"

typedef struct
{
  char           *path;
  FlWorkerFunc    func;
  gpointer        data;
  GDestroyNotify  data_free;
  GDestroyNotify  result_free;
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  if (work->data_free != NULL)
    work->data_free (work->data);
  g_free (work->path);
  g_free (work);
}

static void
work_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Work *work = task_data;
  g_autoptr(FlDatabase) connection = NULL;
  GError *error = NULL;
  gpointer result;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error)
      || !(connection = fl_database_open_connection (work->path, &error))
      || !(result = work->func (connection, work->data, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, work->result_free);
}

void
fl_worker_run (FlDatabase          *database,
               gpointer             source_object,
               gpointer             source_tag,
               FlWorkerFunc         func,
               gpointer             data,
               GDestroyNotify       data_free,
               GDestroyNotify       result_free,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Work *work;

  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (func != NULL);

  work = g_new0 (Work, 1);
  work->path = g_strdup (fl_database_get_path (database));
  work->func = func;
  work->data = data;
  work->data_free = data_free;
  work->result_free = result_free;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, work, work_free);
  g_task_run_in_thread (task, work_thread);
}

gpointer
fl_worker_finish (GAsyncResult  *result,
                  gpointer       source_tag,
                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

FlWorkerQuery *
fl_worker_query_new (FlSession  *actor,
                     const char *month,
                     gint64      id)
{
  FlWorkerQuery *query = g_new0 (FlWorkerQuery, 1);

  query->actor = actor != NULL ? g_object_ref (actor) : NULL;
  query->month = g_strdup (month);
  query->id = id;
  return query;
}

void
fl_worker_query_free (gpointer data)
{
  FlWorkerQuery *query = data;

  if (query == NULL)
    return;
  g_clear_object (&query->actor);
  g_free (query->month);
  g_free (query);
}
