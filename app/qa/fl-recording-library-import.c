/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-library-import"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-import-dialog.h"
#include "fl-recording-library-private.h"

/* The library's import: FlImportDialog chooses a folder and a call list,
 * FlRecordingService imports them in a worker thread while the progress
 * shows above the list (with Cancel), and a toast then tells what was done,
 * with the whole summary behind "Details". The window stays usable
 * throughout; the list is read again at the end, also after a cancel,
 * since what was written before it is kept. */

/* One import, from the callbacks' side: the library may be gone first. */
typedef struct
{
  GWeakRef      library;
  GCancellable *cancellable;
} ImportRun;


static void
import_run_free (ImportRun *run)
{
  g_weak_ref_clear (&run->library);
  g_clear_object (&run->cancellable);
  g_free (run);
}

/* The library of @run if it still waits for this import. */
static FlRecordingLibrary *
import_run_get_library (ImportRun *run)
{
  FlRecordingLibrary *self = g_weak_ref_get (&run->library);

  if (self != NULL && self->import_cancellable != run->cancellable)
    g_clear_object (&self);
  return self;
}

static void
import_progress_cb (const FlImportProgress *progress,
                    gpointer                user_data)
{
  g_autoptr(FlRecordingLibrary) self = import_run_get_library (user_data);
  g_autofree char *text = NULL;
  const char *phase = fl_import_phase_to_label (progress->phase);

  if (self == NULL)
    return;

  switch (progress->phase)
    {
    case FL_IMPORT_PHASE_SCANNING:
      /* Translators: %s is a step of the import ("Looking for recordings"), %'u a number */
      text = g_strdup_printf (g_dngettext (NULL, "%s: %'u file found", "%s: %'u files found",
                                           progress->files_found),
                              phase, progress->files_found);
      gtk_progress_bar_pulse (self->import_progress);
      break;
    case FL_IMPORT_PHASE_EXAMINING:
      /* Translators: %s is a step of the import ("Reading recordings"), then e.g. 1,234 of 10,000 files */
      text = g_strdup_printf (g_dngettext (NULL, "%s: %'u of %'u file", "%s: %'u of %'u files",
                                           progress->files_total),
                              phase, progress->files_done, progress->files_total);
      gtk_progress_bar_set_fraction (self->import_progress,
                                     progress->files_total > 0
                                     ? (double) progress->files_done / progress->files_total : 0);
      break;
    case FL_IMPORT_PHASE_READING_CDR:
      text = g_strdup (phase);
      gtk_progress_bar_pulse (self->import_progress);
      break;
    case FL_IMPORT_PHASE_FINISHING:
    case FL_IMPORT_PHASE_DONE:
    default:
      text = g_strdup (phase);
      gtk_progress_bar_set_fraction (self->import_progress, 1.0);
      break;
    }
  gtk_label_set_text (self->import_label, text);
}

static void
show_import_error (FlRecordingLibrary *self,
                   const GError       *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (_fl_recording_library_get_window (self), _("Import Failed"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_import_summary (FlRecordingLibrary *self)
{
  const FlImportSummary *summary = self->last_summary;
  guint problems = summary->failed->len + summary->unreadable->len + summary->cdr_problems->len;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (problems > 0)
    /* Translators: a toast after an import; the numbers are recordings, then problems */
    title = g_strdup_printf (g_dngettext (NULL,
                                          "Import finished: %'u added, %'u updated, %'u problem",
                                          "Import finished: %'u added, %'u updated, %'u problems",
                                          problems),
                             summary->added, summary->updated, problems);
  else
    /* Translators: a toast after an import; the numbers are recordings */
    title = g_strdup_printf (_("Import finished: %'u added, %'u updated"),
                             summary->added, summary->updated);

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Details"));
  adw_toast_set_action_name (toast, "library.import-details");
  /* Problems wait for the user; a clean import goes by. */
  if (problems > 0)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
import_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportRun *run = user_data;
  g_autoptr(FlRecordingLibrary) self = import_run_get_library (run);
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object), result, &error);
  import_run_free (run);
  if (self == NULL)
    return;

  g_clear_object (&self->import_cancellable);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  _fl_recording_library_update_actions (self);

  /* What was written before a cancel or a failure is kept: show it too. */
  fl_recording_library_refresh (self);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _fl_recording_library_show_toast (self, _("Import cancelled. The recordings read before are kept."), FALSE);
  else if (error != NULL)
    show_import_error (self, error);
  else
    {
      g_clear_pointer (&self->last_summary, fl_import_summary_free);
      self->last_summary = g_steal_pointer (&summary);
      _fl_recording_library_update_actions (self);
      show_import_summary (self);
    }
}

static void
start_import (FlRecordingLibrary *self,
              const char         *folder,
              const char         *cdr_path)
{
  ImportRun *run;

  g_return_if_fail (self->import_cancellable == NULL);

  self->import_cancellable = g_cancellable_new ();
  run = g_new0 (ImportRun, 1);
  g_weak_ref_init (&run->library, self);
  run->cancellable = g_object_ref (self->import_cancellable);

  gtk_label_set_text (self->import_label, _("Starting…"));
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
  _fl_recording_library_update_actions (self);

  fl_recording_service_import_async (self->service, self->session, folder, cdr_path,
                                     self->import_cancellable, import_progress_cb, run,
                                     import_done_cb, run);
}

static void
import_chosen_cb (FlRecordingLibrary *self,
                  const char         *folder,
                  const char         *cdr_path)
{
  if (self->import_cancellable == NULL)
    start_import (self, folder, cdr_path);
}

/* Actions */

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  /* The core checks again when the import starts. */
  if (!fl_session_check (self->session, FL_PERMISSION_IMPORT_RECORDINGS, &error))
    {
      _fl_recording_library_show_toast (self, error->message, TRUE);
      return;
    }
  if (self->import_cancellable != NULL)
    return;

  dialog = fl_import_dialog_new (_fl_recording_library_get_window (self));
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  if (self->import_cancellable != NULL)
    {
      g_cancellable_cancel (self->import_cancellable);
      gtk_label_set_text (self->import_label, _("Cancelling…"));
    }
}

static void
import_details_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  if (self->last_summary != NULL)
    gtk_window_present (GTK_WINDOW (fl_import_summary_dialog_new (_fl_recording_library_get_window (self),
                                                                  self->last_summary)));
}

void
_fl_recording_library_class_import_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "library.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "library.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "library.import-details", NULL, import_details_action);
}
