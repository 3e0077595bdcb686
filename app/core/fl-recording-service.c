/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-recording-import.h"
#include "fl-recording-private.h"
#include "fl-recording-service.h"
#include "fl-remote-sync.h"
#include "fl-sql.h"
#include "fl-staff-member.h"

struct _FlRecordingService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlRecordingService, fl_recording_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-recording-error-quark, fl_recording_error)

/* Hands the import's progress from its worker to the caller's context,
 * coalesced: only the latest state is delivered. */
typedef struct
{
  GMutex                lock;
  GMainContext         *context;
  FlImportProgressFunc  func;
  gpointer              data;
  FlImportProgress      latest;
  gboolean              pending;
  gboolean              closed;
} Relay;

typedef struct
{
  char      *database_path;
  FlSession *actor;
  char      *folder;
  char      *cdr_path;
  gint64     source_id;   /* a recording server's, to sync it instead */
  gboolean   full;
  Relay     *relay;
} Import;

static void
relay_clear (gpointer data)
{
  Relay *relay = data;

  g_mutex_clear (&relay->lock);
  g_main_context_unref (relay->context);
}

static void
relay_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, relay_clear);
}

static Relay *
relay_new (FlImportProgressFunc func,
           gpointer             data)
{
  Relay *relay = g_atomic_rc_box_new0 (Relay);

  g_mutex_init (&relay->lock);
  relay->context = g_main_context_ref_thread_default ();
  relay->func = func;
  relay->data = data;
  return relay;
}

static gboolean
deliver_progress_cb (gpointer user_data)
{
  Relay *relay = user_data;
  FlImportProgress progress;

  g_mutex_lock (&relay->lock);
  progress = relay->latest;
  relay->pending = FALSE;
  g_mutex_unlock (&relay->lock);

  relay->func (&progress, relay->data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker. Sources of one priority are dispatched in the order
 * they were attached, so the last progress arrives before the result. */
static void
relay_progress (const FlImportProgress *progress,
                gpointer                user_data)
{
  Relay *relay = user_data;
  gboolean schedule;
  GSource *source;

  g_mutex_lock (&relay->lock);
  relay->latest = *progress;
  schedule = !relay->pending && !relay->closed;
  relay->pending = relay->pending || schedule;
  g_mutex_unlock (&relay->lock);

  if (!schedule)
    return;

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, g_atomic_rc_box_acquire (relay),
                         relay_release);
  g_source_set_static_name (source, "[floorlead] import progress");
  g_source_attach (source, relay->context);
  g_source_unref (source);
}

static void
import_free (Import *import)
{
  g_free (import->database_path);
  g_clear_object (&import->actor);
  g_free (import->folder);
  g_free (import->cdr_path);
  g_clear_pointer (&import->relay, relay_release);
  g_free (import);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Import *import = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = NULL;
  FlImportSummary *summary = NULL;

  database = fl_database_open_connection (import->database_path, &error);
  if (database != NULL && import->source_id != 0)
    summary = fl_remote_sync_run (database, import->actor, import->source_id, import->full, cancellable,
                                  import->relay ? relay_progress : NULL, import->relay, &error);
  else if (database != NULL)
    summary = fl_recording_import_run (database, import->actor, import->folder, import->cdr_path,
                                       cancellable, import->relay ? relay_progress : NULL,
                                       import->relay, &error);

  if (import->relay != NULL)
    {
      g_mutex_lock (&import->relay->lock);
      import->relay->closed = TRUE;
      g_mutex_unlock (&import->relay->lock);
    }

  if (summary == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, summary, (GDestroyNotify) fl_import_summary_free);
}

static FlStaffMember *
member_from_row (sqlite3_stmt *statement)
{
  return g_object_new (FL_TYPE_STAFF_MEMBER,
                       "id", sqlite3_column_int64 (statement, 0),
                       "job-number", fl_sql_column_text (statement, 1),
                       "name", fl_sql_column_text (statement, 2),
                       "english-name", fl_sql_column_text (statement, 3),
                       "team-id", sqlite3_column_int64 (statement, 4),
                       "team-name", fl_sql_column_text (statement, 5),
                       "position", fl_position_from_code (fl_sql_column_text (statement, 6)),
                       "extension", fl_sql_column_text (statement, 7),
                       "active", g_strcmp0 (fl_sql_column_text (statement, 8), "active") == 0,
                       NULL);
}

static void
fl_recording_service_finalize (GObject *object)
{
  FlRecordingService *self = (FlRecordingService *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_recording_service_parent_class)->finalize (object);
}

static void
fl_recording_service_class_init (FlRecordingServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_recording_service_finalize;
}

static void
fl_recording_service_init (FlRecordingService *self)
{
}

FlRecordingService *
fl_recording_service_new (FlDatabase *database)
{
  FlRecordingService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_RECORDING_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}

FlDatabase *
fl_recording_service_get_database (FlRecordingService *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);
  return self->database;
}

FlRecording *
fl_recording_service_get (FlRecordingService  *self,
                          FlSession           *actor,
                          gint64               id,
                          GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;

  statement = fl_database_prepare (self->database,
                                   "SELECT " FL_RECORDING_COLUMNS FL_RECORDING_FROM
                                   "WHERE r.id = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, FL_RECORDING_ERROR, FL_RECORDING_ERROR_NOT_FOUND,
                   _("This recording is not in the library. Reload the list."));
      return NULL;
    }
  return fl_recording_new_from_row (statement);
}

/* An empty list to set a query on; see FlRecordingList. */
FlRecordingList *
fl_recording_service_new_list (FlRecordingService  *self,
                               FlSession           *actor,
                               GError             **error)
{
  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;
  return fl_recording_list_new (self->database);
}

GStrv
fl_recording_service_list_queues (FlRecordingService  *self,
                                  FlSession           *actor,
                                  GError             **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;

  /* Walks recordings_by_queue once, a step per queue. */
  statement = fl_database_prepare (self->database,
                                   "SELECT DISTINCT queue FROM recordings "
                                   "WHERE queue IS NOT NULL ORDER BY queue",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    g_strv_builder_add (builder, fl_sql_column_text (statement, 0));
  if (has_row)
    return NULL;
  return g_strv_builder_end (builder);
}

GListModel *
fl_recording_service_list_agents (FlRecordingService  *self,
                                  FlSession           *actor,
                                  GError             **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_STAFF_MEMBER);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error))
    return NULL;

  statement = fl_database_prepare (self->database,
                                   "SELECT s.id, s.job_number, s.name, s.english_name, s.team_id, "
                                   "t.name, s.position, s.extension, s.status "
                                   "FROM staff s LEFT JOIN teams t ON t.id = s.team_id "
                                   "WHERE s.id IN (SELECT DISTINCT agent_staff_id FROM recordings "
                                   "  WHERE agent_staff_id IS NOT NULL) "
                                   "ORDER BY s.job_number",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlStaffMember) member = member_from_row (statement);
      g_list_store_append (store, member);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Starts @import (its folder or source set) in a worker thread. */
static void
run_import (FlRecordingService   *self,
            Import               *import,
            FlSession            *actor,
            GCancellable         *cancellable,
            FlImportProgressFunc  progress,
            gpointer              progress_data,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fl_recording_service_import_async);
  /* What was written stays written: report it, cancelled or not. */
  g_task_set_check_cancellable (task, FALSE);
  import->database_path = g_strdup (fl_database_get_path (self->database));
  import->actor = g_object_ref (actor);
  if (progress != NULL)
    import->relay = relay_new (progress, progress_data);
  g_task_set_task_data (task, import, (GDestroyNotify) import_free);

  if (!fl_session_check (actor, FL_PERMISSION_IMPORT_RECORDINGS, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_run_in_thread (task, import_thread);
}

void
fl_recording_service_import_async (FlRecordingService   *self,
                                   FlSession            *actor,
                                   const char           *folder,
                                   const char           *cdr_path,
                                   GCancellable         *cancellable,
                                   FlImportProgressFunc  progress,
                                   gpointer              progress_data,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  Import *import;

  g_return_if_fail (FL_IS_RECORDING_SERVICE (self));
  g_return_if_fail (folder != NULL);

  import = g_new0 (Import, 1);
  import->folder = g_strdup (folder);
  import->cdr_path = g_strdup (cdr_path);
  run_import (self, import, actor, cancellable, progress, progress_data, callback, user_data);
}

void
fl_recording_service_sync_async (FlRecordingService   *self,
                                 FlSession            *actor,
                                 gint64                source_id,
                                 gboolean              full,
                                 GCancellable         *cancellable,
                                 FlImportProgressFunc  progress,
                                 gpointer              progress_data,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data)
{
  Import *import;

  g_return_if_fail (FL_IS_RECORDING_SERVICE (self));
  g_return_if_fail (source_id > 0);

  import = g_new0 (Import, 1);
  import->source_id = source_id;
  import->full = full;
  run_import (self, import, actor, cancellable, progress, progress_data, callback, user_data);
}

FlImportSummary *
fl_recording_service_import_finish (FlRecordingService  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        fl_recording_service_import_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

FlImportSummary *
fl_recording_service_import (FlRecordingService    *self,
                             FlSession             *actor,
                             const char            *folder,
                             const char            *cdr_path,
                             GCancellable          *cancellable,
                             FlImportProgressFunc   progress,
                             gpointer               progress_data,
                             GError               **error)
{
  g_return_val_if_fail (FL_IS_RECORDING_SERVICE (self), NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  return fl_recording_import_run (self->database, actor, folder, cdr_path, cancellable,
                                  progress, progress_data, error);
}
