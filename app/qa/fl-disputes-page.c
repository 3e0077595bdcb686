/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-disputes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-dispute-service.h"
#include "fl-disputes-page.h"
#include "fl-format.h"
#include "fl-text-column.h"

/* The disputes (申诉) waiting for the signed-in person: a team lead's
 * challenge of one answer of a submitted evaluation, decided by the
 * auditor who scored the call or by the department head. Keeping the
 * answer or accepting the proposal needs a comment; the evaluation is
 * rescored and keeps its earlier version in its history. */
struct _FlDisputesPage
{
  AdwBin              parent_instance;

  FlDatabase         *database;
  FlSession          *session;
  FlDisputeService   *disputes;
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkLabel           *summary_label;
  GtkStack           *stack;
  GtkColumnView      *view;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlDisputesPage, fl_disputes_page, ADW_TYPE_BIN)

static const FlDisputeFields *
fields (gpointer item)
{
  return fl_dispute_get_fields (FL_DISPUTE (item));
}

static char *
filed_text (gpointer item)
{
  return fl_format_date_time (fields (item)->filed_at);
}

static char *
proposed_text (gpointer item)
{
  const FlDisputeFields *dispute = fields (item);

  if (dispute->proposed_state == FL_ANSWER_STATE_NOT_APPLICABLE)
    return g_strdup (_("N/A"));
  /* Translators: the answer a dispute proposes, in points */
  return g_strdup_printf (g_dngettext (NULL, "%d point", "%d points", dispute->proposed_points),
                          dispute->proposed_points);
}

static FlDispute *
selected (FlDisputesPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

void
fl_disputes_page_reload (FlDisputesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *summary = NULL;
  guint n;

  g_return_if_fail (FL_IS_DISPUTES_PAGE (self));

  list = fl_dispute_service_list_to_decide (self->disputes, self->session, &error);
  n = list != NULL ? g_list_model_get_n_items (list) : 0;
  summary = g_strdup_printf (g_dngettext (NULL, "%u dispute waits for your decision.",
                                          "%u disputes wait for your decision.", n), n);
  gtk_label_set_label (self->summary_label, list != NULL ? summary : error->message);
  gtk_single_selection_set_model (self->selection, list);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "disputes.decide", selected (self) != NULL);
}

static void
comment_changed_cb (GtkEditable      *entry,
                    AdwMessageDialog *dialog)
{
  g_autofree char *comment = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "keep", *comment != '\0');
  adw_message_dialog_set_response_enabled (dialog, "accept", *comment != '\0');
}

static void
decide_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FlDisputesPage   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "dispute-id"));
  g_autoptr(GError) error = NULL;
  gboolean accept = g_strcmp0 (response, "accept") == 0;

  if (!accept && g_strcmp0 (response, "keep") != 0)
    return;
  if (!fl_dispute_service_decide (self->disputes, self->session, id,
                                  accept ? FL_DISPUTE_ACCEPTED : FL_DISPUTE_KEPT, FL_ANSWER_STATE_UNANSWERED, 0,
                                  gtk_editable_get_text (entry), &error))
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  fl_disputes_page_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlDisputesPage *self = FL_DISPUTES_PAGE (widget);
  FlDispute *dispute = selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *heading = NULL;
  g_autofree char *proposed = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (dispute == NULL)
    return;
  proposed = proposed_text (dispute);
  /* Translators: %s is the agent whose score is disputed */
  heading = g_strdup_printf (_("Decide the Dispute for %s"), fields (dispute)->agent_name);
  /* Translators: the item, the proposed answer, then the lead's reason */
  body = g_strdup_printf (_("“%s”: %s proposed. %s"), fields (dispute)->item_text, proposed,
                          fields (dispute)->reason);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why, for the lead and the agent"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why, for the lead and the agent"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "keep", _("Keep the Score"),
                                    "accept", _("Accept the Proposal"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_SUGGESTED);
  comment_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_object_set_data (G_OBJECT (dialog), "dispute-id", GSIZE_TO_POINTER ((gsize) fields (dispute)->id));
  g_signal_connect (entry, "changed", G_CALLBACK (comment_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (decide_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
selection_changed_cb (FlDisputesPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "disputes.decide", selected (self) != NULL);
}

static void
fl_disputes_page_dispose (GObject *object)
{
  FlDisputesPage *self = FL_DISPUTES_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_DISPUTES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->disputes);
  g_clear_object (&self->database);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_disputes_page_parent_class)->dispose (object);
}

static void
fl_disputes_page_class_init (FlDisputesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_disputes_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-disputes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlDisputesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlDisputesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FlDisputesPage, view);

  /**
   * FlDisputesPage::changed:
   *
   * A dispute was decided: an evaluation, and the month's results, may differ.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "disputes.decide", NULL, decide_action);
}

static void
fl_disputes_page_init (FlDisputesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  fl_text_column_add (self->view, C_("dispute", "Filed"), filed_text, FALSE);
  fl_text_column_add_field (self->view, _("Agent"), (FlFieldsFunc) fields,
                            G_STRUCT_OFFSET (FlDisputeFields, agent_name));
  gtk_column_view_column_set_expand (fl_text_column_add_field (self->view, _("Item"), (FlFieldsFunc) fields,
                                                               G_STRUCT_OFFSET (FlDisputeFields, item_text)),
                                     TRUE);
  fl_text_column_add (self->view, C_("dispute", "Proposed"), proposed_text, FALSE);
  gtk_column_view_column_set_expand (fl_text_column_add_field (self->view, C_("dispute", "Reason"),
                                                               (FlFieldsFunc) fields,
                                                               G_STRUCT_OFFSET (FlDisputeFields, reason)),
                                     TRUE);
  fl_text_column_add_field (self->view, C_("dispute", "Filed By"), (FlFieldsFunc) fields,
                            G_STRUCT_OFFSET (FlDisputeFields, filed_by));
}

GtkWidget *
fl_disputes_page_new (FlDatabase *database,
                      FlSession  *session)
{
  FlDisputesPage *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_DISPUTES_PAGE, NULL);
  self->database = g_object_ref (database);
  self->session = g_object_ref (session);
  self->disputes = fl_dispute_service_new (database);
  return GTK_WIDGET (self);
}
