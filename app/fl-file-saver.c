/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-file-saver"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-file-saver.h"

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_file_get_basename (G_FILE (source)), g_free);
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No place to save was chosen");
      return;
    }
  g_file_replace_contents_bytes_async (file, g_task_get_task_data (task), NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, g_task_get_cancellable (task), written_cb,
                                       g_steal_pointer (&task));
}

void
fl_file_saver_save_async (GtkWindow           *parent,
                          const char          *title,
                          const char          *file_name,
                          GBytes              *bytes,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;
  GtkFileChooserNative *chooser;

  g_return_if_fail (bytes != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fl_file_saver_save_async);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
fl_file_saver_save_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(AdwToastOverlay) toasts = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = fl_file_saver_save_finish (result, &error);
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;

  if (name == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* Translators: a toast: the file something was saved to */
  message = name != NULL ? g_strdup_printf (_("Saved %s."), name) : g_strdup (error->message);
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (toasts, adw_toast_new (escaped));
}

void
fl_file_saver_save (GtkWindow       *parent,
                    const char      *title,
                    const char      *file_name,
                    GBytes          *bytes,
                    AdwToastOverlay *toasts)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));

  fl_file_saver_save_async (parent, title, file_name, bytes, NULL, saved_cb, g_object_ref (toasts));
}
