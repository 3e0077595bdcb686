/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "fl-agent-finder.h"
#include "fl-cdr-reader.h"
#include "fl-recording-import.h"
#include "fl-recording-names.h"
#include "fl-recording-probe.h"
#include "fl-recording-scan.h"
#include "fl-recording.h"

G_BEGIN_DECLS

/* The state of one import, shared by fl-recording-import.c (the steps and
 * the examiner threads), fl-recording-import-plan.c (what each recording is
 * and whether its files must be read) and fl-recording-import-write.c (the
 * SQL). Private to app/core. */

/* A row already in the database under the folder. */
typedef struct
{
  gint64             id;
  char              *path;
  char              *second_path;
  gint64             size;
  gint64             mtime;
  FlRecordingStatus  status;
  gboolean           claimed;
} FlImportExisting;

/* One recording to write: a file, or a leg pair. */
typedef struct
{
  const char       *relative_path;    /* borrowed from the group */
  char             *path;             /* absolute */
  char             *second_path;
  gint64            size;             /* a pair's: both legs' sizes, the later time */
  gint64            mtime;
  gint64            first_size;
  gint64            second_size;
  gboolean          is_folder;
  FlCallMetadata   *metadata;
  gint64            agent_staff_id;
  FlImportExisting *existing;         /* NULL for a new recording */
  gboolean          examine;          /* its files must be read */
  gboolean          readable;
  FlAudioInfo       info;
  gboolean          done;             /* examined, or skipped; under FlImportJob.lock */
} FlImportItem;

typedef struct
{
  FlDatabase            *database;
  FlSession             *actor;
  char                  *folder;      /* absolute, canonical */
  GCancellable          *cancellable;
  FlImportProgressFunc   progress;
  gpointer               progress_data;
  gint64                 last_report;
  FlImportProgress       state;

  FlImportSummary       *summary;
  FlCdrReader           *cdr;
  FlScan                *scan;
  GPtrArray             *groups;
  GHashTable            *existing_by_path;
  GHashTable            *existing_by_second;
  FlAgentFinder         *agents;
  FlImportItem          *items;
  guint                  n_items;

  /* Shared with the examiner threads. */
  GMutex                 lock;
  GCond                  item_done;
  gint                   next_item;
  guint                  files_done;

  sqlite3_stmt          *insert;
  sqlite3_stmt          *update_all;
  sqlite3_stmt          *update_names;
  char                  *now;
} FlImportJob;

gboolean  fl_import_job_plan         (FlImportJob       *job,
                                      GError           **error);
gboolean  fl_import_job_prepare      (FlImportJob       *job,
                                      GError           **error);
gboolean  fl_import_job_write_batch  (FlImportJob       *job,
                                      guint              start,
                                      guint              end,
                                      GError           **error);
gboolean  fl_import_job_finish       (FlImportJob       *job,
                                      gboolean           complete,
                                      GError           **error);
void      fl_import_existing_free    (FlImportExisting  *existing);

G_END_DECLS
