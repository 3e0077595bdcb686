/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-source-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-recording-source-dialog.h"
#include "fl-remote-secrets.h"

struct _FlRecordingSourceDialog
{
  FlFormDialog           parent_instance;

  FlRemoteSourceService *service;
  FlSession             *actor;
  FlRemoteSource        *source;       /* NULL: a new one */

  /* Template widgets */
  GtkEntry              *name_entry;
  GtkDropDown           *kind_dropdown;
  GtkEntry              *address_entry;
  GtkDropDown           *sign_in_dropdown;
  AdwActionRow          *user_row;
  GtkEntry              *user_entry;
  AdwActionRow          *secret_row;
  GtkPasswordEntry      *secret_entry;
  AdwActionRow          *ca_row;
  GtkEntry              *ca_entry;
  GtkSpinButton         *interval_spin;
  GtkSwitch             *active_switch;
};

G_DEFINE_FINAL_TYPE (FlRecordingSourceDialog, fl_recording_source_dialog, FL_TYPE_FORM_DIALOG)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The keyring's answer comes after the dialog closed: told in a toast of
 * the window it was opened from. */
static void
secret_stored_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWidget) parent = user_data;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (parent);

  if (fl_remote_secrets_update_finish (result, &error) || !ADW_IS_PREFERENCES_WINDOW (root))
    return;
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (error->message));
}

static gint64
fl_recording_source_dialog_save (FlFormDialog  *dialog,
                                 GError       **error)
{
  FlRecordingSourceDialog *self = FL_RECORDING_SOURCE_DIALOG (dialog);
  const char *secret = gtk_editable_get_text (GTK_EDITABLE (self->secret_entry));
  FlRemoteSourceFields fields = {
    .id = self->source != NULL ? fl_remote_source_get_fields (self->source)->id : 0,
    .name = (char *) text_of (self->name_entry),
    .kind = (FlRemoteListingKind) gtk_drop_down_get_selected (self->kind_dropdown),
    .base_url = (char *) text_of (self->address_entry),
    .auth = (FlRemoteAuth) gtk_drop_down_get_selected (self->sign_in_dropdown),
    .user_name = (char *) text_of (self->user_entry),
    .ca_file = (char *) text_of (self->ca_entry),
    .sync_minutes = gtk_spin_button_get_value_as_int (self->interval_spin),
    .active = gtk_switch_get_active (self->active_switch),
  };
  g_autoptr(FlRemoteSource) saved = NULL;
  gint64 id;

  if (fields.auth != FL_REMOTE_AUTH_NONE && *secret == '\0' && self->source == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           fields.auth == FL_REMOTE_AUTH_BASIC ? _("Write the password the server signs in with.")
                                                               : _("Write the token the server signs in with."));
      return 0;
    }
  if ((id = fl_remote_source_service_save (self->service, self->actor, &fields, error)) == 0 ||
      !(saved = fl_remote_source_service_get (self->service, self->actor, id, error)))
    return 0;
  /* Under the address as it was kept, which the sync looks it up by. */
  fl_remote_secrets_update_async (self->source, saved, secret, NULL, secret_stored_cb,
                                  g_object_ref (gtk_window_get_transient_for (GTK_WINDOW (self))));
  return id;
}

static void
sign_in_changed_cb (FlRecordingSourceDialog *self)
{
  FlRemoteAuth auth = (FlRemoteAuth) gtk_drop_down_get_selected (self->sign_in_dropdown);

  gtk_widget_set_visible (GTK_WIDGET (self->user_row), auth == FL_REMOTE_AUTH_BASIC);
  gtk_widget_set_visible (GTK_WIDGET (self->secret_row), auth != FL_REMOTE_AUTH_NONE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->secret_row),
                                 auth == FL_REMOTE_AUTH_BEARER ? _("Token") : _("Password"));
}

static void
ca_chosen_cb (FlRecordingSourceDialog *self,
              int                      response,
              GtkFileChooserNative    *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) &&
      (path = g_file_get_path (file)))
    gtk_editable_set_text (GTK_EDITABLE (self->ca_entry), path);
  g_object_unref (chooser);
}

static void
choose_ca_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose the CA Certificate"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_file_filter_set_name (filter, _("PEM certificates"));
  gtk_file_filter_add_pattern (filter, "*.pem");
  gtk_file_filter_add_pattern (filter, "*.crt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (ca_chosen_cb), widget, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fl_recording_source_dialog_dispose (GObject *object)
{
  FlRecordingSourceDialog *self = FL_RECORDING_SOURCE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_RECORDING_SOURCE_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (fl_recording_source_dialog_parent_class)->dispose (object);
}

static void
fl_recording_source_dialog_class_init (FlRecordingSourceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_recording_source_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_recording_source_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-recording-source-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, address_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, sign_in_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, user_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, secret_row);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, secret_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, ca_row);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, ca_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingSourceDialog, active_switch);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_changed_cb);
  gtk_widget_class_install_action (widget_class, "source.choose-ca", NULL, choose_ca_activated);
}

static void
fl_recording_source_dialog_init (FlRecordingSourceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sign_in_changed_cb (self);
}

GtkWidget *
fl_recording_source_dialog_new (GtkWidget             *parent,
                                FlRemoteSourceService *service,
                                FlSession             *actor,
                                FlRemoteSource        *source)
{
  FlRecordingSourceDialog *self;
  const FlRemoteSourceFields *fields;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_REMOTE_SOURCE_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);

  self = g_object_new (FL_TYPE_RECORDING_SOURCE_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  if (source == NULL)
    return GTK_WIDGET (self);

  self->source = g_object_ref (source);
  fields = fl_remote_source_get_fields (source);
  gtk_window_set_title (GTK_WINDOW (self), _("Recording Source"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), fields->name);
  gtk_drop_down_set_selected (self->kind_dropdown, fields->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), fields->base_url);
  gtk_drop_down_set_selected (self->sign_in_dropdown, fields->auth);
  gtk_editable_set_text (GTK_EDITABLE (self->user_entry), fields->user_name != NULL ? fields->user_name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->ca_entry), fields->ca_file != NULL ? fields->ca_file : "");
  gtk_spin_button_set_value (self->interval_spin, fields->sync_minutes);
  gtk_switch_set_active (self->active_switch, fields->active);
  adw_action_row_set_subtitle (self->secret_row, _("Kept in the keyring; leave empty to keep the saved one"));
  return GTK_WIDGET (self);
}
