/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-complaints-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-complaint-dialog.h"
#include "fl-complaint-service.h"
#include "fl-complaints-page.h"
#include "fl-format.h"
#include "fl-month.h"
#include "fl-staff-service.h"
#include "fl-text-column.h"

struct _FlComplaintsPage
{
  AdwBin              parent_instance;

  FlDatabase         *database;
  FlSession          *session;
  FlComplaintService *complaints;
  FlStaffService     *staff;
  char               *month;
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkLabel           *summary_label;
  GtkWidget          *seen_button;
  GtkWidget          *verify_button;
  GtkStack           *stack;
  GtkColumnView      *view;
  AdwStatusPage      *status;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlComplaintsPage, fl_complaints_page, ADW_TYPE_BIN)

static const FlComplaintFields *
fields (gpointer item)
{
  return fl_complaint_get_fields (FL_COMPLAINT (item));
}

static char *
received_text (gpointer item)
{
  return fl_format_date (fields (item)->received_on);
}

static char *
state_text (gpointer item)
{
  const FlComplaintFields *complaint = fields (item);

  switch (complaint->state)
    {
    case FL_COMPLAINT_CONFIRMED:
      return g_strdup (complaint->seen_by_head ? C_("complaint", "Confirmed, seen")
                                               : C_("complaint", "Confirmed"));
    case FL_COMPLAINT_NOT_CONFIRMED:
      return g_strdup (C_("complaint", "Not confirmed"));
    case FL_COMPLAINT_OPEN:
    default:
      return g_strdup (C_("complaint", "To verify"));
    }
}

static FlComplaint *
selected (FlComplaintsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (FlComplaintsPage *self)
{
  FlComplaint *complaint = selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.verify",
                                 complaint != NULL && fields (complaint)->state == FL_COMPLAINT_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.mark-seen",
                                 complaint != NULL && fields (complaint)->state == FL_COMPLAINT_CONFIRMED
                                 && !fields (complaint)->seen_by_head);
}

static void
reload (FlComplaintsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = fl_complaint_service_list (self->complaints, self->session, self->month, FALSE,
                                                          &error);
  g_autofree char *title = fl_month_format (self->month);
  g_autofree char *summary = NULL;
  guint confirmed = 0, open = 0, n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FlComplaint) complaint = g_list_model_get_item (list, i);

      confirmed += fields (complaint)->state == FL_COMPLAINT_CONFIRMED;
      open += fields (complaint)->state == FL_COMPLAINT_OPEN;
    }
  /* Translators: %s is a month; then how many complaints are confirmed and how many wait */
  summary = g_strdup_printf (_("%s: %u confirmed, %u to verify against the recordings."), title, confirmed, open);
  gtk_label_set_label (self->summary_label, list != NULL ? summary : error->message);

  gtk_single_selection_set_model (self->selection, list);
  if (n == 0)
    {
      adw_status_page_set_description (self->status,
                                       _("Log a complaint when a caller complains about an agent. A QA auditor "
                                         "then checks it against the recording."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "table");
  update_actions (self);
}

/* A complaint was logged or decided: the month's complaint points move. */
static void
changed (FlComplaintsPage *self)
{
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
saved_cb (FlComplaintsPage *self)
{
  changed (self);
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FlComplaintsPage *self = FL_COMPLAINTS_PAGE (widget);
  GtkWidget *dialog = fl_complaint_dialog_new (widget, self->complaints, self->staff, self->session, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
note_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "confirmed", *note != '\0');
  adw_message_dialog_set_response_enabled (dialog, "not-confirmed", *note != '\0');
}

static void
verify_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FlComplaintsPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "complaint-id"));
  g_autoptr(GError) error = NULL;
  gboolean confirmed = g_strcmp0 (response, "confirmed") == 0;

  if (!confirmed && g_strcmp0 (response, "not-confirmed") != 0)
    return;
  if (!fl_complaint_service_verify (self->complaints, self->session, id, confirmed,
                                    gtk_editable_get_text (entry), NULL, 0, &error))
    gtk_label_set_label (self->summary_label, error->message);
  else
    changed (self);
}

static void
verify_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlComplaintsPage *self = FL_COMPLAINTS_PAGE (widget);
  FlComplaint *complaint = selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (complaint == NULL)
    return;
  /* Translators: %s is the agent's name */
  heading = g_strdup_printf (_("Did %s Cause This Complaint?"), fields (complaint)->agent_name);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   fields (complaint)->description);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What the recording shows"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the recording shows"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "not-confirmed", _("Not Confirmed"),
                                    "confirmed", _("Confirmed"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirmed",
                                              ADW_RESPONSE_DESTRUCTIVE);
  note_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_object_set_data (G_OBJECT (dialog), "complaint-id", GSIZE_TO_POINTER ((gsize) fields (complaint)->id));
  g_signal_connect (entry, "changed", G_CALLBACK (note_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (verify_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mark_seen_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlComplaintsPage *self = FL_COMPLAINTS_PAGE (widget);
  FlComplaint *complaint = selected (self);
  g_autoptr(GError) error = NULL;

  if (complaint == NULL)
    return;
  if (!fl_complaint_service_mark_seen (self->complaints, self->session, fields (complaint)->id, &error))
    gtk_label_set_label (self->summary_label, error->message);
  else
    reload (self);
}

static void
selection_changed_cb (FlComplaintsPage *self)
{
  update_actions (self);
}

static void
fl_complaints_page_dispose (GObject *object)
{
  FlComplaintsPage *self = FL_COMPLAINTS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_COMPLAINTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->complaints);
  g_clear_object (&self->staff);
  g_clear_object (&self->database);
  g_clear_object (&self->session);
  g_clear_pointer (&self->month, g_free);

  G_OBJECT_CLASS (fl_complaints_page_parent_class)->dispose (object);
}

static void
fl_complaints_page_class_init (FlComplaintsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_complaints_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-complaints-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlComplaintsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintsPage, seen_button);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintsPage, verify_button);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintsPage, view);
  gtk_widget_class_bind_template_child (widget_class, FlComplaintsPage, status);

  /**
   * FlComplaintsPage::changed:
   *
   * A complaint was logged or verified: the month's results may differ.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "complaints.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "complaints.verify", NULL, verify_action);
  gtk_widget_class_install_action (widget_class, "complaints.mark-seen", NULL, mark_seen_action);
}

static void
fl_complaints_page_init (FlComplaintsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  fl_text_column_add (self->view, C_("complaint", "Received"), received_text, FALSE);
  fl_text_column_add_field (self->view, _("Agent"), (FlFieldsFunc) fields,
                            G_STRUCT_OFFSET (FlComplaintFields, agent_name));
  fl_text_column_add_field (self->view, _("Caller"), (FlFieldsFunc) fields, G_STRUCT_OFFSET (FlComplaintFields, caller));
  gtk_column_view_column_set_expand (fl_text_column_add_field (self->view, _("Complaint"), (FlFieldsFunc) fields,
                                                               G_STRUCT_OFFSET (FlComplaintFields, description)),
                                     TRUE);
  fl_text_column_add (self->view, C_("complaint", "State"), state_text, FALSE);
  gtk_column_view_column_set_expand (fl_text_column_add_field (self->view, C_("complaint", "Verification"),
                                                               (FlFieldsFunc) fields,
                                                               G_STRUCT_OFFSET (FlComplaintFields,
                                                                                verification_note)),
                                     TRUE);
}

GtkWidget *
fl_complaints_page_new (FlDatabase *database,
                        FlSession  *session)
{
  FlComplaintsPage *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_COMPLAINTS_PAGE, NULL);
  self->database = g_object_ref (database);
  self->session = g_object_ref (session);
  self->complaints = fl_complaint_service_new (database);
  self->staff = fl_staff_service_new (database, session);
  gtk_widget_set_visible (self->verify_button, fl_session_can (session, FL_PERMISSION_VERIFY_COMPLAINT));
  gtk_widget_set_visible (self->seen_button, fl_session_can (session, FL_PERMISSION_CLOSE_QA_MONTH));
  return GTK_WIDGET (self);
}

void
fl_complaints_page_set_month (FlComplaintsPage *self,
                              const char       *month)
{
  g_return_if_fail (FL_IS_COMPLAINTS_PAGE (self));
  g_return_if_fail (fl_month_is_valid (month));

  g_free (self->month);
  self->month = g_strdup (month);
  reload (self);
}
