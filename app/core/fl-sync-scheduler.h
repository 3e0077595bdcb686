/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-recording-service.h"

G_BEGIN_DECLS

/* Syncs each recording server in use on its interval while someone who
 * imports recordings is signed in: a minute after starting, then each
 * source once its last sync is older than its interval; one sync at a
 * time, in the background. A source that failed waits its interval too
 * (no retry storm). Emits ::synced (source id) after each. */
#define FL_TYPE_SYNC_SCHEDULER (fl_sync_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (FlSyncScheduler, fl_sync_scheduler, FL, SYNC_SCHEDULER, GObject)

FlSyncScheduler *fl_sync_scheduler_new   (FlDatabase      *database,
                                          FlSession       *session,
                                          guint            check_seconds);
/* Looks for a source due now, rather than at the next check. */
void             fl_sync_scheduler_check (FlSyncScheduler *self);

G_END_DECLS
