/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-complaint-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-complaint-dialog.h"
#include "fl-format.h"
#include "fl-month.h"
#include "fl-qa-error.h"
#include "fl-staff-member.h"

/* Logs a complaint (投诉): about whom, when, from which caller and what it
 * says; opened from a call, it concerns that call. */
struct _FlComplaintDialog
{
  FlFormDialog        parent_instance;

  FlComplaintService *complaints;
  FlStaffService     *staff;
  FlSession          *session;
  FlRecording        *recording;
  gint64              agent_id;          /* who the job number names, or 0 */

  AdwActionRow       *agent_row;
  GtkEntry           *agent_entry;
  GtkEntry           *date_entry;
  GtkEntry           *caller_entry;
  GtkEntry           *description_entry;
  AdwActionRow       *recording_row;
};

G_DEFINE_FINAL_TYPE (FlComplaintDialog, fl_complaint_dialog, FL_TYPE_FORM_DIALOG)

/* The agent is named by their job number (工号), which supervisors know by
 * heart; the row says whom it names as it is typed. */
static void
agent_changed_cb (FlComplaintDialog *self)
{
  g_autofree char *job_number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->agent_entry))));
  g_autoptr(GListModel) found = NULL;
  g_autofree char *subtitle = NULL;

  self->agent_id = 0;
  if (*job_number != '\0')
    found = fl_staff_service_list_staff (self->staff, job_number, FALSE, NULL);
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(FlStaffMember) member = g_list_model_get_item (found, i);

      if (g_strcmp0 (fl_staff_member_get_job_number (member), job_number) == 0)
        {
          self->agent_id = fl_staff_member_get_id (member);
          subtitle = fl_staff_member_dup_display_name (member);
        }
    }
  if (subtitle == NULL)
    subtitle = g_strdup (*job_number != '\0' ? _("Nobody has this job number")
                                              : _("Who the caller complained about"));
  adw_action_row_set_subtitle (self->agent_row, subtitle);
}

static gint64
fl_complaint_dialog_save (FlFormDialog  *dialog,
                          GError       **error)
{
  FlComplaintDialog *self = FL_COMPLAINT_DIALOG (dialog);
  gint64 recording_id = self->recording != NULL ? fl_recording_get_id (self->recording) : 0;

  if (self->agent_id == 0)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND,
                           _("Type the job number (工号) of the agent the complaint is about."));
      return 0;
    }
  return fl_complaint_service_file (self->complaints, self->session,
                                    gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->caller_entry)),
                                    self->agent_id,
                                    gtk_editable_get_text (GTK_EDITABLE (self->description_entry)),
                                    &recording_id, recording_id > 0 ? 1 : 0, error);
}

static void
fl_complaint_dialog_dispose (GObject *object)
{
  FlComplaintDialog *self = FL_COMPLAINT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_COMPLAINT_DIALOG);
  g_clear_object (&self->complaints);
  g_clear_object (&self->session);
  g_clear_object (&self->recording);
  g_clear_object (&self->staff);

  G_OBJECT_CLASS (fl_complaint_dialog_parent_class)->dispose (object);
}

static void
fl_complaint_dialog_class_init (FlComplaintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_complaint_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_complaint_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-complaint-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlComplaintDialog, agent_row);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintDialog, agent_entry);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintDialog, caller_entry);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintDialog, description_entry);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintDialog, recording_row);
  gtk_widget_class_bind_template_callback (widget_class, agent_changed_cb);
}

static void
fl_complaint_dialog_init (FlComplaintDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Today, or the day of @recording's call, local time. */
static char *
received_on (FlRecording *recording)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  char *date = recording != NULL ? fl_month_local_date (fl_recording_get_started_at (recording)) : NULL;

  return date != NULL ? date : g_date_time_format (now, "%Y-%m-%d");
}

/**
 * fl_complaint_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @recording: (nullable): the call the complaint concerns
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_complaint_dialog_new (GtkWidget          *parent,
                         FlComplaintService *complaints,
                         FlStaffService     *staff,
                         FlSession          *session,
                         FlRecording        *recording)
{
  FlComplaintDialog *self;
  g_autofree char *date = received_on (recording);

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_COMPLAINT_SERVICE (complaints), NULL);
  g_return_val_if_fail (recording == NULL || FL_IS_RECORDING (recording), NULL);

  self = g_object_new (FL_TYPE_COMPLAINT_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->complaints = g_object_ref (complaints);
  self->session = g_object_ref (session);
  self->recording = recording != NULL ? g_object_ref (recording) : NULL;
  self->staff = g_object_ref (staff);

  if (recording != NULL && fl_recording_get_agent_job_number (recording) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->agent_entry), fl_recording_get_agent_job_number (recording));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);

  if (recording != NULL)
    {
      g_autofree char *when = fl_format_date_time (fl_recording_get_started_at (recording));

      gtk_editable_set_text (GTK_EDITABLE (self->caller_entry),
                             fl_recording_get_caller (recording) != NULL ? fl_recording_get_caller (recording) : "");
      adw_action_row_set_subtitle (self->recording_row, when);
      gtk_widget_set_visible (GTK_WIDGET (self->recording_row), TRUE);
      fl_form_dialog_set_first_field (FL_FORM_DIALOG (self), GTK_WIDGET (self->description_entry));
    }
  return GTK_WIDGET (self);
}
