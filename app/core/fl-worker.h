/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* Runs in a worker thread on a connection of its own to the same database
 * file. Returns the result (freed with the result_free given to
 * fl_worker_run() if nobody takes it), or NULL with @error set. */
typedef gpointer (*FlWorkerFunc) (FlDatabase  *connection,
                                  gpointer     data,
                                  GError     **error);

/* Runs @func off the main thread, for a service's _async variant: slow
 * queries and writes never block the window. */
void     fl_worker_run    (FlDatabase          *database,
                           gpointer             source_object,
                           gpointer             source_tag,
                           FlWorkerFunc         func,
                           gpointer             data,
                           GDestroyNotify       data_free,
                           GDestroyNotify       result_free,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);
gpointer fl_worker_finish (GAsyncResult        *result,
                           gpointer             source_tag,
                           GError             **error);

/* What most workers need: who asks, for which month, and an id (a team,
 * a plan…). */
typedef struct
{
  FlSession *actor;
  char      *month;
  gint64     id;
} FlWorkerQuery;

FlWorkerQuery *fl_worker_query_new  (FlSession  *actor,
                                     const char *month,
                                     gint64      id);
void           fl_worker_query_free (gpointer    query);

G_END_DECLS
