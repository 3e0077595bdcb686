/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-source-group"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-recording-service.h"
#include "fl-recording-source-dialog.h"
#include "fl-recording-source-group.h"
#include "fl-remote-source-service.h"

struct _FlRecordingSourceGroup
{
  AdwPreferencesGroup    parent_instance;

  FlRemoteSourceService *sources;
  FlRecordingService    *recordings;
  FlSession             *session;
  GPtrArray             *rows;
  GHashTable            *syncing;       /* source id → recordings listed so far, while it syncs */
  GCancellable          *cancellable;
};

G_DEFINE_FINAL_TYPE (FlRecordingSourceGroup, fl_recording_source_group, ADW_TYPE_PREFERENCES_GROUP)

static void refresh (FlRecordingSourceGroup *self);

static void
show_toast (FlRecordingSourceGroup *self,
            const char             *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
}

static char *
syncing_text (guint listed)
{
  /* Translators: a recording server's state while it syncs */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Syncing… %u recording listed so far",
                                       "Syncing… %u recordings listed so far", listed),
                          listed);
}

/* What the last sync left, or the one running. */
static char *
describe (FlRecordingSourceGroup     *self,
          const FlRemoteSourceFields *fields)
{
  gpointer listed;
  g_autofree char *when = NULL;

  if (g_hash_table_lookup_extended (self->syncing, &fields->id, NULL, &listed))
    return syncing_text (GPOINTER_TO_UINT (listed));
  if (fields->last_sync_at == NULL)
    /* Translators: a recording server's address, then that it was never synced */
    return g_strdup_printf (_("%s · Never synced"), fields->base_url);
  when = fl_format_date_time (fields->last_sync_at);
  if (fields->last_error != NULL)
    /* Translators: when the last sync ended, then what went wrong */
    return g_strdup_printf (_("Sync failed %s: %s"), when, fields->last_error);
  /* Translators: when the last sync ended and what it did */
  return g_strdup_printf (_("Synced %s · %d added, %d changed, %d flagged missing"), when, fields->n_added,
                          fields->n_changed, fields->n_removed);
}

typedef struct
{
  FlRecordingSourceGroup *self;   /* a weak pointer */
  gint64                  id;
  char                   *name;
} Syncing;

static void
syncing_free (Syncing *syncing)
{
  g_clear_weak_pointer (&syncing->self);
  g_free (syncing->name);
  g_free (syncing);
}

static void
sync_progress_cb (const FlImportProgress *progress,
                  gpointer                user_data)
{
  Syncing *syncing = user_data;
  FlRecordingSourceGroup *self = syncing->self;

  if (self == NULL || !g_hash_table_contains (self->syncing, &syncing->id))
    return;
  g_hash_table_replace (self->syncing, g_memdup2 (&syncing->id, sizeof syncing->id),
                        GUINT_TO_POINTER (progress->files_found));
  /* The row of the source, which refresh() rebuilds, says it. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->rows, i);
      FlRemoteSource *source = g_object_get_data (G_OBJECT (row), "fl-source");
      g_autofree char *text = NULL;

      if (source == NULL || fl_remote_source_get_fields (source)->id != syncing->id)
        continue;
      text = syncing_text (progress->files_found);
      adw_action_row_set_subtitle (row, text);
    }
}

static void
synced_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Syncing *syncing = user_data;
  FlRecordingSourceGroup *self = syncing->self;
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object), result, &error);
  if (self != NULL)
    {
      g_hash_table_remove (self->syncing, &syncing->id);
      if (summary != NULL)
        /* Translators: a toast: a recording server's name and what its sync did */
        message = g_strdup_printf (_("%s synced: %u added, %u changed, %u flagged missing"), syncing->name,
                                   summary->added, summary->updated, summary->missing);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        /* Translators: a toast: a recording server's name and what went wrong */
        message = g_strdup_printf (_("%s could not be synced: %s"), syncing->name, error->message);
      refresh (self);
      if (message != NULL)
        show_toast (self, message);
    }
  syncing_free (syncing);
}

static void
sync_clicked_cb (FlRecordingSourceGroup *self,
                 GtkButton              *button)
{
  FlRemoteSource *source = g_object_get_data (G_OBJECT (button), "fl-source");
  const FlRemoteSourceFields *fields = fl_remote_source_get_fields (source);
  Syncing *syncing = g_new0 (Syncing, 1);

  g_set_weak_pointer (&syncing->self, self);
  syncing->id = fields->id;
  syncing->name = g_strdup (fields->name);
  g_hash_table_replace (self->syncing, g_memdup2 (&fields->id, sizeof fields->id), GUINT_TO_POINTER (0));
  refresh (self);
  fl_recording_service_sync_async (self->recordings, self->session, syncing->id, FALSE, self->cancellable,
                                   sync_progress_cb, syncing, synced_cb, syncing);
}

static void
source_saved_cb (FlRecordingSourceGroup *self,
                 gint64                  id)
{
  refresh (self);
}

static void
edit_clicked_cb (FlRecordingSourceGroup *self,
                 GtkButton              *button)
{
  FlRemoteSource *source = g_object_get_data (G_OBJECT (button), "fl-source");
  GtkWidget *dialog = fl_recording_source_dialog_new (GTK_WIDGET (self), self->sources, self->session, source);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (source_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* @button names the source it acts on, and keeps it. */
static GtkWidget *
suffix_button (FlRecordingSourceGroup *self,
               GtkWidget              *button,
               const char             *label,
               FlRemoteSource         *source,
               GCallback               clicked)
{
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "fl-source", g_object_ref (source), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
create_row (FlRecordingSourceGroup *self,
            FlRemoteSource         *source)
{
  const FlRemoteSourceFields *fields = fl_remote_source_get_fields (source);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (self, fields);
  /* Translators: the button that syncs one recording server, by its name */
  g_autofree char *sync_label = g_strdup_printf (_("Sync %s Now"), fields->name);
  /* Translators: the button that changes one recording server, by its name */
  g_autofree char *edit_label = g_strdup_printf (_("Edit %s"), fields->name);
  GtkWidget *sync = suffix_button (self, gtk_button_new_with_label (_("Sync Now")), sync_label, source,
                                   G_CALLBACK (sync_clicked_cb));
  GtkWidget *edit = suffix_button (self, gtk_button_new_from_icon_name ("document-edit-symbolic"), edit_label,
                                   source, G_CALLBACK (edit_clicked_cb));
  gboolean busy = g_hash_table_contains (self->syncing, &fields->id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Marked by an icon: the row in red would make its buttons look destructive. */
  if (fields->last_error != NULL && !busy)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (warning, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The last sync failed"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), warning);
    }
  g_object_set_data_full (G_OBJECT (row), "fl-source", g_object_ref (source), g_object_unref);

  if (busy)
    {
      GtkWidget *spinner = gtk_spinner_new ();

      gtk_spinner_start (GTK_SPINNER (spinner));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spinner);
    }
  gtk_widget_set_sensitive (sync, !busy && fields->active &&
                                  fl_session_can (self->session, FL_PERMISSION_IMPORT_RECORDINGS));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sync);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_visible (edit, fl_session_can (self->session, FL_PERMISSION_MANAGE_SOURCES));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  return row;
}

static void
add_row (FlRecordingSourceGroup *self,
         GtkWidget              *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
refresh (FlRecordingSourceGroup *self)
{
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  if (!(sources = fl_remote_source_service_list (self->sources, self->session, &error)))
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      add_row (self, row);
      return;
    }
  n_items = g_list_model_get_n_items (sources);
  if (n_items == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No recording servers. Recordings come from folders you import."));
      gtk_widget_add_css_class (row, "dim-label");
      add_row (self, row);
    }
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FlRemoteSource) source = g_list_model_get_item (sources, i);

      add_row (self, create_row (self, source));
    }
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlRecordingSourceGroup *self = FL_RECORDING_SOURCE_GROUP (widget);
  GtkWidget *dialog = fl_recording_source_dialog_new (widget, self->sources, self->session, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (source_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fl_recording_source_group_dispose (GObject *object)
{
  FlRecordingSourceGroup *self = FL_RECORDING_SOURCE_GROUP (object);

  /* A sync running keeps what it wrote; the window closing stops it. */
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_RECORDING_SOURCE_GROUP);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->syncing, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sources);
  g_clear_object (&self->recordings);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_recording_source_group_parent_class)->dispose (object);
}

static void
fl_recording_source_group_class_init (FlRecordingSourceGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_recording_source_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-recording-source-group.ui");
  gtk_widget_class_install_action (widget_class, "sources.add", NULL, add_activated);
}

static void
fl_recording_source_group_init (FlRecordingSourceGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->syncing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.add", FALSE);
}

void
fl_recording_source_group_load (FlRecordingSourceGroup *self,
                                FlDatabase             *database,
                                FlSession              *session)
{
  g_return_if_fail (FL_IS_RECORDING_SOURCE_GROUP (self));
  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (FL_IS_SESSION (session));

  g_set_object (&self->session, session);
  g_clear_object (&self->sources);
  g_clear_object (&self->recordings);
  self->sources = fl_remote_source_service_new (database);
  self->recordings = fl_recording_service_new (database);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.add",
                                 fl_session_can (session, FL_PERMISSION_MANAGE_SOURCES));
  refresh (self);
}
