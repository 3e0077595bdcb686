/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-sync-scheduler"

#include "config.h"

#include "fl-probe.h"
#include "fl-remote-source-service.h"
#include "fl-sync-scheduler.h"

struct _FlSyncScheduler
{
  GObject                parent_instance;

  FlRemoteSourceService *sources;
  FlRecordingService    *recordings;
  FlSession             *session;
  GCancellable          *cancellable;
  guint                  timeout_id;
  gboolean               busy;
};

G_DEFINE_FINAL_TYPE (FlSyncScheduler, fl_sync_scheduler, G_TYPE_OBJECT)

enum {
  SYNCED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fl_sync_scheduler_dispose (GObject *object)
{
  FlSyncScheduler *self = FL_SYNC_SCHEDULER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sources);
  g_clear_object (&self->recordings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_sync_scheduler_parent_class)->dispose (object);
}

static void
fl_sync_scheduler_class_init (FlSyncSchedulerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_sync_scheduler_dispose;

  /**
   * FlSyncScheduler::synced:
   * @source_id: the source that was synced, or failed to be
   */
  signals[SYNCED] = g_signal_new ("synced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
fl_sync_scheduler_init (FlSyncScheduler *self)
{
  self->cancellable = g_cancellable_new ();
}

/* Whether @fields' interval has passed since its last sync. */
static gboolean
is_due (const FlRemoteSourceFields *fields,
        GDateTime                  *now)
{
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) next = NULL;

  if (!fields->active || fields->sync_minutes <= 0)
    return FALSE;
  if (fields->last_sync_at == NULL || !(last = g_date_time_new_from_iso8601 (fields->last_sync_at, NULL)))
    return TRUE;
  next = g_date_time_add_minutes (last, fields->sync_minutes);
  return g_date_time_compare (next, now) <= 0;
}

typedef struct
{
  GWeakRef self;
  gint64   source_id;
} Running;

static void
synced_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Running *running = user_data;
  g_autoptr(FlSyncScheduler) self = g_weak_ref_get (&running->self);
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  /* The source keeps its error, for Preferences; here it is only logged. */
  summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object), result, &error);
  if (summary == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Recording source %" G_GINT64_FORMAT " could not be synced: %s", running->source_id,
               error->message);
  fl_probe_mark ("sync-finished");
  if (self != NULL)
    {
      self->busy = FALSE;
      g_signal_emit (self, signals[SYNCED], 0, running->source_id);
      fl_sync_scheduler_check (self);
    }
  g_weak_ref_clear (&running->self);
  g_free (running);
}

void
fl_sync_scheduler_check (FlSyncScheduler *self)
{
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FL_IS_SYNC_SCHEDULER (self));

  if (self->busy || !(sources = fl_remote_source_service_list (self->sources, self->session, &error)))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FlRemoteSource) source = g_list_model_get_item (sources, i);
      const FlRemoteSourceFields *fields = fl_remote_source_get_fields (source);
      Running *running;

      if (!is_due (fields, now))
        continue;
      running = g_new0 (Running, 1);
      g_weak_ref_init (&running->self, self);
      running->source_id = fields->id;
      self->busy = TRUE;
      fl_probe_mark ("sync-started");
      fl_recording_service_sync_async (self->recordings, self->session, fields->id, FALSE, self->cancellable, NULL,
                                       NULL, synced_cb, running);
      return;
    }
}

static gboolean
check_cb (gpointer user_data)
{
  fl_sync_scheduler_check (user_data);
  return G_SOURCE_CONTINUE;
}

FlSyncScheduler *
fl_sync_scheduler_new (FlDatabase *database,
                       FlSession  *session,
                       guint       check_seconds)
{
  FlSyncScheduler *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_SYNC_SCHEDULER, NULL);
  self->sources = fl_remote_source_service_new (database);
  self->recordings = fl_recording_service_new (database);
  self->session = g_object_ref (session);
  self->timeout_id = g_timeout_add_seconds (MAX (check_seconds, 1), check_cb, self);
  return self;
}
