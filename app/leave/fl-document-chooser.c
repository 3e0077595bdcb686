/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-document-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-document-chooser.h"

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, g_file_get_basename (G_FILE (source)), g_free);
  g_task_return_pointer (task, g_bytes_new_take (contents, length), (GDestroyNotify) g_bytes_unref);
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
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No document was chosen");
      return;
    }
  /* The core refuses a file over its cap with a clear message. */
  g_file_load_contents_async (file, g_task_get_cancellable (task), loaded_cb, g_steal_pointer (&task));
}

void
fl_document_chooser_choose_async (GtkWindow           *parent,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_task_set_source_tag (task, fl_document_chooser_choose_async);
  chooser = gtk_file_chooser_native_new (_("Attach a Document"), parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"),
                                         NULL);
  gtk_file_filter_set_name (filter, _("Images and PDF"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

GBytes *
fl_document_chooser_choose_finish (GAsyncResult  *result,
                                   char         **file_name,
                                   GError       **error)
{
  GBytes *bytes;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  bytes = g_task_propagate_pointer (G_TASK (result), error);
  if (bytes != NULL && file_name != NULL)
    *file_name = g_strdup (g_task_get_task_data (G_TASK (result)));
  return bytes;
}
