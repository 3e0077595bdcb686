/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-import-command"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n-lib.h>
#include <signal.h>

#include "fl-import-command.h"
#include "fl-recording-service.h"
#include "fl-remote-source-service.h"

#define PROGRESS_LINE_INTERVAL_US G_USEC_PER_SEC

typedef struct
{
  GMainLoop       *loop;
  GCancellable    *cancellable;
  FlImportSummary *summary;
  GError          *error;
  gint64           last_line;
  FlImportPhase    last_phase;
} Command;

static void
progress_cb (const FlImportProgress *progress,
             gpointer                user_data)
{
  Command *command = user_data;
  gint64 now = g_get_monotonic_time ();

  /* A line a second, and one for each new step. */
  if (progress->phase == command->last_phase &&
      now - command->last_line < PROGRESS_LINE_INTERVAL_US)
    return;
  command->last_phase = progress->phase;
  command->last_line = now;

  switch (progress->phase)
    {
    case FL_IMPORT_PHASE_SCANNING:
      g_printerr (ngettext ("%s: %u file found\n", "%s: %u files found\n", progress->files_found),
                  fl_import_phase_to_label (progress->phase), progress->files_found);
      break;
    case FL_IMPORT_PHASE_EXAMINING:
      /* Translators: "Reading recordings: 1200 of 10000 files (12 %)" */
      g_printerr (_("%s: %u of %u files (%u %%)\n"), fl_import_phase_to_label (progress->phase),
                  progress->files_done, progress->files_total,
                  progress->files_total ? progress->files_done * 100 / progress->files_total : 100);
      break;
    case FL_IMPORT_PHASE_READING_CDR:
    case FL_IMPORT_PHASE_FINISHING:
    case FL_IMPORT_PHASE_DONE:
    default:
      g_printerr ("%s\n", fl_import_phase_to_label (progress->phase));
      break;
    }
}

static void
import_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Command *command = user_data;

  command->summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object),
                                                         result, &command->error);
  g_main_loop_quit (command->loop);
}

static gboolean
interrupt_cb (gpointer user_data)
{
  Command *command = user_data;

  g_printerr ("%s\n", _("Stopping; what was saved is kept…"));
  g_cancellable_cancel (command->cancellable);
  return G_SOURCE_CONTINUE;
}

static void
print_problems (const char *heading,
                GPtrArray  *problems)
{
  g_print ("  %s: %u\n", heading, problems->len);
  for (guint i = 0; i < problems->len; i++)
    {
      FlImportProblem *problem = g_ptr_array_index (problems, i);

      if (problem->path != NULL)
        g_print ("    %s: %s\n", problem->path, problem->reason);
      else
        /* Translators: a problem in a line of the CDR file, "line 12: …" */
        g_print (_("    line %u: %s\n"), problem->line, problem->reason);
    }
}

static void
print_summary (const FlImportSummary *summary)
{
  if (summary->source_name != NULL)
    {
      /* Translators: "Synced PBX recordings (https://pbx/recordings/) in 3.2 s" */
      g_print (_("Synced %s (%s) in %.1f s\n"), summary->source_name, summary->folder,
               summary->elapsed_ms / 1000.0);
      g_print (_("  Recordings listed: %u\n"), summary->recordings);
    }
  else
    {
      g_print (_("Imported %s in %.1f s\n"), summary->folder, summary->elapsed_ms / 1000.0);
      g_print (_("  Files: %u, making %u recordings (a leg pair is one)\n"),
               summary->files, summary->recordings);
    }
  g_print (_("  Added: %u\n"), summary->added);
  g_print (_("  Updated: %u (of which %u back from missing)\n"),
           summary->updated, summary->reappeared);
  g_print (_("  Unchanged: %u\n"), summary->unchanged);
  g_print (_("  Flagged missing: %u\n"), summary->missing);
  if (summary->cdr_path != NULL)
    g_print (_("  Call list: %u rows read, applied to %u recordings\n"),
             summary->cdr_rows, summary->cdr_matched);
  print_problems (_("Imported as unreadable"), summary->unreadable);
  print_problems (_("Failed"), summary->failed);
  if (summary->cdr_path != NULL)
    print_problems (_("Call list problems"), summary->cdr_problems);
}

/* Opens the database, starts the import or the sync, and waits for it,
 * Ctrl+C cancelling. */
static int
run_command (const char *database_path,
             const char *folder,
             const char *cdr_path,
             const char *source_name,
             gboolean    full)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(FlSession) system = NULL;
  g_autoptr(FlRecordingService) service = NULL;
  g_autoptr(FlRemoteSource) source = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  Command command = { 0 };
  guint interrupt_id, terminate_id;
  int status;

  if (!(database = fl_database_open (database_path, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* The nightly job's actor; its audit rows say "system". */
  system = fl_session_new_system ();
  if (source_name != NULL)
    {
      g_autoptr(FlRemoteSourceService) sources = fl_remote_source_service_new (database);

      if (!(source = fl_remote_source_service_find (sources, system, source_name, &error)))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  service = fl_recording_service_new (database);
  loop = g_main_loop_new (NULL, FALSE);
  cancellable = g_cancellable_new ();
  command.loop = loop;
  command.cancellable = cancellable;
  command.last_phase = FL_IMPORT_PHASE_DONE;

  interrupt_id = g_unix_signal_add (SIGINT, interrupt_cb, &command);
  terminate_id = g_unix_signal_add (SIGTERM, interrupt_cb, &command);
  if (source != NULL)
    {
      const FlRemoteSourceFields *fields = fl_remote_source_get_fields (source);

      /* Translators: "Syncing PBX recordings (https://pbx/recordings/)" */
      g_printerr (_("Syncing %s (%s)\n"), fields->name, fields->base_url);
      fl_recording_service_sync_async (service, system, fields->id, full, cancellable, progress_cb, &command,
                                       import_done_cb, &command);
    }
  else
    {
      g_printerr (_("Importing the recordings in %s\n"), folder);
      fl_recording_service_import_async (service, system, folder, cdr_path, cancellable,
                                         progress_cb, &command, import_done_cb, &command);
    }
  g_main_loop_run (loop);
  g_source_remove (interrupt_id);
  g_source_remove (terminate_id);

  if (command.summary == NULL)
    {
      g_printerr ("%s\n", command.error->message);
      g_clear_error (&command.error);
      return 1;
    }

  print_summary (command.summary);
  status = command.summary->failed->len > 0 ? 1 : 0;
  fl_import_summary_free (command.summary);
  return status;
}

int
fl_import_command_run (const char *database_path,
                       const char *folder,
                       const char *cdr_path)
{
  g_return_val_if_fail (database_path != NULL, 1);
  g_return_val_if_fail (folder != NULL, 1);

  return run_command (database_path, folder, cdr_path, NULL, FALSE);
}

int
fl_import_command_sync (const char *database_path,
                        const char *source_name,
                        gboolean    full)
{
  g_return_val_if_fail (database_path != NULL, 1);
  g_return_val_if_fail (source_name != NULL, 1);

  return run_command (database_path, NULL, NULL, source_name, full);
}
