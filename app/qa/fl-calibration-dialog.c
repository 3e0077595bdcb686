/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-account-service.h"
#include "fl-calibration-dialog.h"
#include "fl-calibration-service.h"
#include "fl-format.h"

/* Starts a calibration session (校准) on the call under review: who
 * scores it beside the reference scorer, on the scorecard it is open on. */
struct _FlCalibrationDialog
{
  FlFormDialog          parent_instance;

  FlCalibrationService *calibration;
  FlSession            *session;
  FlRecording          *recording;
  gint64                template_id;
  GPtrArray            *reference_buttons;   /* GtkCheckButton, "account-id" data */
  GPtrArray            *scorer_buttons;      /* GtkSwitch, "account-id" data */

  GtkEntry             *title_entry;
  AdwActionRow         *recording_row;
  AdwPreferencesGroup  *reference_group;
  AdwPreferencesGroup  *scorers_group;
};

G_DEFINE_FINAL_TYPE (FlCalibrationDialog, fl_calibration_dialog, FL_TYPE_FORM_DIALOG)

static gint64
button_account (GtkWidget *button)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "account-id"));
}

static gint64
fl_calibration_dialog_save (FlFormDialog  *dialog,
                            GError       **error)
{
  FlCalibrationDialog *self = FL_CALIBRATION_DIALOG (dialog);
  g_autoptr(GArray) scorers = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 reference = 0;

  for (guint i = 0; i < self->reference_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->reference_buttons, i)))
      reference = button_account (g_ptr_array_index (self->reference_buttons, i));
  for (guint i = 0; i < self->scorer_buttons->len; i++)
    if (gtk_switch_get_active (g_ptr_array_index (self->scorer_buttons, i)))
      {
        gint64 id = button_account (g_ptr_array_index (self->scorer_buttons, i));

        g_array_append_val (scorers, id);
      }
  return fl_calibration_service_create (self->calibration, self->session, fl_recording_get_id (self->recording),
                                        self->template_id, reference, (const gint64 *) scorers->data,
                                        scorers->len, gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                                        error);
}

/* A row naming @account, with a radio button joining @radio_group's when
 * @radio (the reference is one of them), else a switch (a scorer or not). */
static GtkWidget *
add_account_row (AdwPreferencesGroup *preferences_group,
                 FlAccount           *account,
                 gboolean             radio,
                 GtkCheckButton      *radio_group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  const char *name = fl_account_get_display_name (account);
  g_autofree char *roles = fl_roles_to_string (fl_account_get_roles (account));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : fl_account_get_login (account));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), roles);
  if (radio)
    {
      button = gtk_check_button_new ();
      gtk_check_button_set_group (GTK_CHECK_BUTTON (button), radio_group);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);
    }
  else
    {
      button = gtk_switch_new ();
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "account-id", GSIZE_TO_POINTER ((gsize) fl_account_get_id (account)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (preferences_group, row);
  return button;
}

/* The reference always scores: their switch is on and fixed. */
static void
reference_toggled_cb (FlCalibrationDialog *self)
{
  for (guint i = 0; i < self->reference_buttons->len; i++)
    {
      gboolean is_reference = gtk_check_button_get_active (g_ptr_array_index (self->reference_buttons, i));
      GtkWidget *scorer = g_ptr_array_index (self->scorer_buttons, i);

      if (is_reference)
        gtk_switch_set_active (GTK_SWITCH (scorer), TRUE);
      gtk_widget_set_sensitive (scorer, !is_reference);
    }
}

/* Everyone who scores calls, except the agent on this one; the one
 * starting the session is the reference unless they cannot score. */
static void
add_accounts (FlCalibrationDialog *self,
              FlAccountService    *accounts)
{
  g_autoptr(GListModel) list = fl_account_service_list (accounts, FALSE, NULL);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FlAccount) account = g_list_model_get_item (list, i);
      GtkWidget *reference;

      if (!fl_roles_can (fl_account_get_roles (account), FL_PERMISSION_EVALUATE) ||
          (fl_account_get_staff_id (account) > 0
           && fl_account_get_staff_id (account) == fl_recording_get_agent_staff_id (self->recording)))
        continue;
      reference = add_account_row (self->reference_group, account, TRUE,
                                   self->reference_buttons->len > 0
                                   ? g_ptr_array_index (self->reference_buttons, 0) : NULL);
      g_ptr_array_add (self->reference_buttons, reference);
      g_ptr_array_add (self->scorer_buttons, add_account_row (self->scorers_group, account, FALSE, NULL));
      if (fl_account_get_id (account) == fl_session_get_account_id (self->session))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (reference), TRUE);
      g_signal_connect_object (reference, "toggled", G_CALLBACK (reference_toggled_cb), self, G_CONNECT_SWAPPED);
    }
  reference_toggled_cb (self);
}

static void
fl_calibration_dialog_dispose (GObject *object)
{
  FlCalibrationDialog *self = FL_CALIBRATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_CALIBRATION_DIALOG);
  g_clear_object (&self->calibration);
  g_clear_object (&self->session);
  g_clear_object (&self->recording);
  g_clear_pointer (&self->reference_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->scorer_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (fl_calibration_dialog_parent_class)->dispose (object);
}

static void
fl_calibration_dialog_class_init (FlCalibrationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_calibration_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_calibration_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-calibration-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationDialog, recording_row);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationDialog, reference_group);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationDialog, scorers_group);
}

static void
fl_calibration_dialog_init (FlCalibrationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->reference_buttons = g_ptr_array_new ();
  self->scorer_buttons = g_ptr_array_new ();
}

/**
 * fl_calibration_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @recording: the call to calibrate on
 * @template_id: the scorecard template version it is scored on
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_calibration_dialog_new (GtkWidget   *parent,
                           FlDatabase  *database,
                           FlSession   *session,
                           FlRecording *recording,
                           gint64       template_id)
{
  FlCalibrationDialog *self;
  g_autoptr(FlAccountService) accounts = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_RECORDING (recording), NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->calibration = fl_calibration_service_new (database);
  self->session = g_object_ref (session);
  self->recording = g_object_ref (recording);
  self->template_id = template_id;

  when = fl_format_date_time (fl_recording_get_started_at (recording));
  subtitle = fl_recording_get_agent_name (recording) != NULL
             ? g_strdup_printf ("%s · %s", fl_recording_get_agent_name (recording), when)
             : g_strdup (when);
  adw_action_row_set_subtitle (self->recording_row, subtitle);
  accounts = fl_account_service_new (database);
  add_accounts (self, accounts);
  return GTK_WIDGET (self);
}
