/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "fl-recording-import-private.h"

/*
 * An import, step by step:
 *
 * 1. read the call list (CDR), if any: a file that cannot be used stops the
 *    import before anything is written; bad rows are reported by line;
 * 2. walk the folder, pair the legs of each call, and work out from names,
 *    CDR and the rows already in the database which files must be read
 *    (new, changed — size or time differs —, reappeared, or unreadable last
 *    time);
 * 3. read those files on a few examiner threads (fl-recording-probe.c)
 *    while this thread writes the results in order, FL_IMPORT_BATCH_SIZE
 *    recordings per transaction;
 * 4. flag the rows under the folder whose files are gone as missing, and
 *    write the one audit row of the import, in the last transaction.
 *
 * Cancelling keeps the batches already committed (each is whole: a row is
 * never half written) and skips step 4's flagging, since an interrupted
 * import has not looked at every file; the audit row records it as
 * cancelled. Rows are never deleted, so evaluations stay attached.
 */

#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 10)

/* The discoverer spends most of its ~50 ms per MP3 waiting on its own
 * pipeline, not computing: on two cores, 16 examiners read MP3s 8 times
 * faster than 2 (see tests/benchmarks/library-benchmark.c). WAV files,
 * read from their header, need no discoverer. */
#define MAX_EXAMINERS        16
#define EXAMINERS_PER_CORE   8

G_DEFINE_QUARK (fl-import-error-quark, fl_import_error)

static void
job_clear (FlImportJob *job)
{
  for (guint i = 0; i < job->n_items; i++)
    {
      g_free (job->items[i].path);
      g_free (job->items[i].second_path);
      g_clear_pointer (&job->items[i].metadata, fl_call_metadata_free);
      fl_audio_info_clear (&job->items[i].info);
    }
  g_clear_pointer (&job->items, g_free);
  g_clear_pointer (&job->insert, sqlite3_finalize);
  g_clear_pointer (&job->update_all, sqlite3_finalize);
  g_clear_pointer (&job->update_names, sqlite3_finalize);
  g_clear_pointer (&job->existing_by_second, g_hash_table_unref);
  g_clear_pointer (&job->existing_by_path, g_hash_table_unref);
  g_clear_pointer (&job->agents, fl_agent_finder_free);
  g_clear_pointer (&job->groups, g_ptr_array_unref);
  g_clear_pointer (&job->scan, fl_recording_scan_free);
  g_clear_object (&job->cdr);
  g_clear_pointer (&job->summary, fl_import_summary_free);
  g_clear_pointer (&job->folder, g_free);
  g_clear_pointer (&job->now, g_free);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->item_done);
}

static void
report (FlImportJob   *job,
        FlImportPhase  phase,
        gboolean       force)
{
  gint64 now = g_get_monotonic_time ();

  if (job->progress == NULL)
    return;
  if (!force && phase == job->state.phase && now - job->last_report < PROGRESS_INTERVAL_US)
    return;

  job->state.phase = phase;
  job->last_report = now;
  job->progress (&job->state, job->progress_data);
}

static void
scan_progress_cb (guint    files_found,
                  gpointer user_data)
{
  FlImportJob *job = user_data;

  job->state.files_found = files_found;
  report (job, FL_IMPORT_PHASE_SCANNING, FALSE);
}

static gboolean
read_cdr (FlImportJob  *job,
          const char   *cdr_path,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *problems;

  report (job, FL_IMPORT_PHASE_READING_CDR, TRUE);
  job->cdr = fl_cdr_reader_load (cdr_path, &local_error);
  if (job->cdr == NULL)
    {
      g_set_error (error, FL_IMPORT_ERROR, FL_IMPORT_ERROR_CDR,
                   _("The call list “%s” cannot be used, so nothing was imported: %s"),
                   cdr_path, local_error->message);
      return FALSE;
    }

  job->summary->cdr_rows = fl_cdr_reader_get_rows (job->cdr)->len;
  problems = fl_cdr_reader_get_problems (job->cdr);
  for (guint i = 0; i < problems->len; i++)
    {
      FlCdrProblem *problem = g_ptr_array_index (problems, i);

      fl_import_summary_add_problem (job->summary->cdr_problems, NULL, problem->line,
                                     problem->message);
    }
  return TRUE;
}

static void
examine_item (FlRecordingProbe *probe,
              FlImportItem     *item)
{
  g_auto(FlAudioInfo) second = { 0 };
  gboolean second_readable;

  item->readable = fl_recording_probe_examine (probe, item->path, item->first_size, &item->info);
  if (item->second_path == NULL)
    return;

  /* A leg pair plays as one recording of both legs' channels, as long as
   * the longer leg. */
  second_readable = fl_recording_probe_examine (probe, item->second_path, item->second_size,
                                                &second);
  if (item->readable && second_readable)
    {
      item->info.duration_ms = MAX (item->info.duration_ms, second.duration_ms);
      item->info.channels += second.channels;
    }
  else if (item->readable)
    {
      g_autofree char *name = g_path_get_basename (item->second_path);

      item->readable = FALSE;
      item->info.duration_ms = -1;
      item->info.problem = g_strdup_printf (_("The customer's leg “%s”: %s"),
                                            name, second.problem);
    }
  else
    {
      g_autofree char *name = g_path_get_basename (item->path);
      char *problem = g_strdup_printf (_("The agent's leg “%s”: %s"), name, item->info.problem);

      g_free (item->info.problem);
      item->info.problem = problem;
    }
}

typedef struct
{
  FlImportJob      *job;
  FlRecordingProbe *probe;
  GThread          *thread;
} Examiner;

/* Examiners take the items in order, so the writer finds its batch done
 * soon after it asks. */
static gpointer
examiner_thread (gpointer data)
{
  Examiner *examiner = data;
  FlImportJob *job = examiner->job;
  gint index;

  while ((index = g_atomic_int_add (&job->next_item, 1)) < (gint) job->n_items)
    {
      FlImportItem *item = &job->items[index];

      if (item->examine && !g_cancellable_is_cancelled (job->cancellable))
        examine_item (examiner->probe, item);

      g_mutex_lock (&job->lock);
      item->done = TRUE;
      job->files_done += item->second_path != NULL ? 2 : 1;
      g_cond_broadcast (&job->item_done);
      g_mutex_unlock (&job->lock);
    }
  return NULL;
}

static void
wait_for_items (FlImportJob *job,
                guint        start,
                guint        end)
{
  for (guint i = start; i < end; i++)
    {
      g_mutex_lock (&job->lock);
      while (!job->items[i].done)
        {
          g_cond_wait_until (&job->item_done, &job->lock,
                             g_get_monotonic_time () + PROGRESS_INTERVAL_US);
          job->state.files_done = job->files_done;
          g_mutex_unlock (&job->lock);
          report (job, FL_IMPORT_PHASE_EXAMINING, FALSE);
          g_mutex_lock (&job->lock);
        }
      job->state.files_done = job->files_done;
      g_mutex_unlock (&job->lock);
    }
  report (job, FL_IMPORT_PHASE_EXAMINING, FALSE);
}

static char *
canonical_folder (const char *folder)
{
  g_autofree char *absolute = g_canonicalize_filename (folder, NULL);
  char *resolved = realpath (absolute, NULL);

  /* A folder reached through a link is the folder it links to, so the
   * same recordings are not imported twice under two names. */
  if (resolved != NULL)
    {
      char *copy = g_strdup (resolved);

      free (resolved);
      return copy;
    }
  return g_steal_pointer (&absolute);
}

static guint
count_examiners (FlImportJob *job)
{
  guint to_examine = 0;

  for (guint i = 0; i < job->n_items; i++)
    to_examine += job->items[i].examine ? 1 : 0;
  return CLAMP (EXAMINERS_PER_CORE * g_get_num_processors (), 1,
                MIN (MAX_EXAMINERS, MAX (to_examine, 1)));
}

/* Writes the items in batches while the examiners read them. */
static gboolean
examine_and_write (FlImportJob  *job,
                   GError      **error)
{
  Examiner examiners[MAX_EXAMINERS] = { { 0 } };
  guint n_examiners = count_examiners (job);
  gboolean ok = TRUE;

  for (guint i = 0; i < n_examiners; i++)
    {
      examiners[i].job = job;
      if (!(examiners[i].probe = fl_recording_probe_new (error)))
        {
          n_examiners = i;
          ok = FALSE;
          break;
        }
    }
  if (!ok)
    {
      for (guint i = 0; i < n_examiners; i++)
        fl_recording_probe_free (examiners[i].probe);
      return FALSE;
    }

  report (job, FL_IMPORT_PHASE_EXAMINING, TRUE);
  for (guint i = 0; i < n_examiners; i++)
    examiners[i].thread = g_thread_new ("fl-import-examiner", examiner_thread, &examiners[i]);

  for (guint start = 0; ok && start < job->n_items; start += FL_IMPORT_BATCH_SIZE)
    {
      guint end = MIN (start + FL_IMPORT_BATCH_SIZE, job->n_items);

      wait_for_items (job, start, end);
      if (g_cancellable_is_cancelled (job->cancellable))
        break;
      ok = fl_import_job_write_batch (job, start, end, error);
    }

  /* Stops the examiners early when the import stops early. */
  g_atomic_int_set (&job->next_item, job->n_items);
  for (guint i = 0; i < n_examiners; i++)
    {
      g_thread_join (examiners[i].thread);
      job->summary->discovered += fl_recording_probe_get_discovered (examiners[i].probe);
      fl_recording_probe_free (examiners[i].probe);
    }
  for (guint i = 0; i < job->n_items; i++)
    {
      FlImportItem *item = &job->items[i];

      if (item->examine)
        job->summary->examined += item->second_path != NULL ? 2 : 1;
    }
  return ok;
}

FlImportSummary *
fl_recording_import_run (FlDatabase            *database,
                         FlSession             *actor,
                         const char            *folder,
                         const char            *cdr_path,
                         GCancellable          *cancellable,
                         FlImportProgressFunc   progress,
                         gpointer               progress_data,
                         GError               **error)
{
  FlImportJob job = { 0 };
  g_autoptr(GError) local_error = NULL;
  gint64 started = g_get_monotonic_time ();
  FlImportSummary *summary = NULL;
  gboolean complete;
  guint saved;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_IMPORT_RECORDINGS, error))
    return NULL;

  g_mutex_init (&job.lock);
  g_cond_init (&job.item_done);
  job.database = database;
  job.actor = actor;
  job.cancellable = cancellable;
  job.progress = progress;
  job.progress_data = progress_data;
  job.folder = canonical_folder (folder);
  job.summary = fl_import_summary_new (job.folder, cdr_path);

  if (cdr_path != NULL && !read_cdr (&job, cdr_path, error))
    goto out;

  report (&job, FL_IMPORT_PHASE_SCANNING, TRUE);
  job.scan = fl_recording_scan (job.folder, cancellable, scan_progress_cb, &job,
                                job.summary->failed, error);
  if (job.scan == NULL || !fl_import_job_plan (&job, error) || !fl_import_job_prepare (&job, error))
    goto out;

  complete = examine_and_write (&job, &local_error) && !g_cancellable_is_cancelled (cancellable);

  /* An import that stopped half-way is audited too: the batches it wrote
   * stay. Its own error, if any, is the one worth telling. */
  report (&job, FL_IMPORT_PHASE_FINISHING, TRUE);
  if (!fl_import_job_finish (&job, complete, local_error ? NULL : &local_error) || local_error)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto out;
    }

  if (!complete)
    {
      saved = job.summary->added + job.summary->updated;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   ngettext ("The import was stopped. The %u recording saved before it stopped is "
                             "kept; import the folder again to finish.",
                             "The import was stopped. The %u recordings saved before it stopped "
                             "are kept; import the folder again to finish.",
                             saved),
                   saved);
      goto out;
    }

  job.summary->elapsed_ms = (g_get_monotonic_time () - started) / 1000;
  job.state.files_done = job.state.files_total;
  report (&job, FL_IMPORT_PHASE_DONE, TRUE);
  summary = g_steal_pointer (&job.summary);

out:
  job_clear (&job);
  return summary;
}
