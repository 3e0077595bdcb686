/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-import-summary.h"
#include "fl-recording-list.h"
#include "fl-recording.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_RECORDING_ERROR (fl_recording_error_quark ())

typedef enum
{
  FL_RECORDING_ERROR_NOT_FOUND,
} FlRecordingError;

#define FL_TYPE_RECORDING_SERVICE (fl_recording_service_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingService, fl_recording_service, FL, RECORDING_SERVICE, GObject)

GQuark              fl_recording_error_quark           (void);
FlRecordingService *fl_recording_service_new           (FlDatabase           *database);
FlDatabase         *fl_recording_service_get_database  (FlRecordingService   *self);

FlRecording        *fl_recording_service_get           (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        gint64                id,
                                                        GError              **error);
FlRecordingList    *fl_recording_service_new_list      (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        GError              **error);

/* For the library's filters: the queues that recordings name, and the
 * people (FlStaffMember) recordings were mapped to, departed ones too. */
GStrv               fl_recording_service_list_queues   (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        GError              **error);
GListModel         *fl_recording_service_list_agents   (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        GError              **error);

/* Imports a folder of recordings (and a CDR CSV, or NULL) in a worker
 * thread with its own database connection; @progress runs on the thread-
 * default main context of the caller. Cancelling keeps the batches already
 * written; _finish() then fails with G_IO_ERROR_CANCELLED. */
void                fl_recording_service_import_async  (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        const char           *folder,
                                                        const char           *cdr_path,
                                                        GCancellable         *cancellable,
                                                        FlImportProgressFunc  progress,
                                                        gpointer              progress_data,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
FlImportSummary    *fl_recording_service_import_finish (FlRecordingService   *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* Syncs recording server @source_id in the same way (see
 * fl_remote_sync_run()); finished with fl_recording_service_import_finish(). */
void                fl_recording_service_sync_async    (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        gint64                source_id,
                                                        gboolean              full,
                                                        GCancellable         *cancellable,
                                                        FlImportProgressFunc  progress,
                                                        gpointer              progress_data,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
/* The same, blocking, on the service's own connection (for the command
 * line and the demo). */
FlImportSummary    *fl_recording_service_import        (FlRecordingService   *self,
                                                        FlSession            *actor,
                                                        const char           *folder,
                                                        const char           *cdr_path,
                                                        GCancellable         *cancellable,
                                                        FlImportProgressFunc  progress,
                                                        gpointer              progress_data,
                                                        GError              **error);

G_END_DECLS
