/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-disputes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-dispute-decision-dialog.h"
#include "fl-dispute-service.h"
#include "fl-disputes-page.h"
#include "fl-evaluation-service.h"
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
  FlEvaluationService *evaluations;
  gboolean            filer;           /* a team lead: the disputes they filed */
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkLabel           *summary_label;
  GtkStack           *stack;
  GtkColumnView      *view;
  GtkWidget          *decide_button;
  AdwStatusPage      *empty_page;
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
answer_text (FlAnswerState state,
             int           points)
{
  if (state == FL_ANSWER_STATE_NOT_APPLICABLE)
    return g_strdup (_("N/A"));
  /* Translators: an answer a dispute proposes or sets, in points */
  return g_strdup_printf (g_dngettext (NULL, "%d point", "%d points", points), points);
}

static char *
proposed_text (gpointer item)
{
  return answer_text (fields (item)->proposed_state, fields (item)->proposed_points);
}

/* What became of a lead's dispute. */
static char *
outcome_text (gpointer item)
{
  const FlDisputeFields *dispute = fields (item);
  g_autofree char *answer = NULL;

  switch (dispute->state)
    {
    case FL_DISPUTE_OPEN:
      return g_strdup (C_("dispute", "Waiting"));
    case FL_DISPUTE_KEPT:
      return g_strdup (C_("dispute", "Score kept"));
    case FL_DISPUTE_ACCEPTED:
      return g_strdup (C_("dispute", "Accepted"));
    case FL_DISPUTE_CHANGED:
    default:
      answer = answer_text (dispute->decided_state, dispute->decided_points);
      /* Translators: a dispute decided with another answer than proposed; %s is that answer */
      return g_strdup_printf (C_("dispute", "Changed to %s"), answer);
    }
}

static FlDispute *
selected (FlDisputesPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (FlDisputesPage *self)
{
  FlDispute *dispute = selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "disputes.decide",
                                 dispute != NULL && fields (dispute)->state == FL_DISPUTE_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "disputes.open-call", dispute != NULL);
}

static guint
count_open (GListModel *list)
{
  guint n_open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FlDispute) dispute = g_list_model_get_item (list, i);

      n_open += fields (dispute)->state == FL_DISPUTE_OPEN;
    }
  return n_open;
}

void
fl_disputes_page_reload (FlDisputesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *summary = NULL;
  guint n;

  g_return_if_fail (FL_IS_DISPUTES_PAGE (self));

  if (self->filer)
    list = fl_dispute_service_list_filed (self->disputes, self->session, &error);
  else
    list = fl_dispute_service_list_to_decide (self->disputes, self->session, &error);
  n = list != NULL ? g_list_model_get_n_items (list) : 0;
  if (self->filer)
    /* Translators: a team lead's disputes; %u counts those not decided yet */
    summary = g_strdup_printf (g_dngettext (NULL, "%u of your disputes waits for a decision.",
                                            "%u of your disputes wait for a decision.", count_open (list)),
                               count_open (list));
  else
    summary = g_strdup_printf (g_dngettext (NULL, "%u dispute waits for your decision.",
                                            "%u disputes wait for your decision.", n), n);
  gtk_label_set_label (self->summary_label, list != NULL ? summary : error->message);
  gtk_single_selection_set_model (self->selection, list);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
  update_actions (self);
}

static void
decision_saved_cb (FlDisputesPage *self)
{
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
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (dispute == NULL)
    return;
  evaluation = fl_evaluation_service_load (self->evaluations, self->session, fields (dispute)->evaluation_id,
                                           &error);
  if (evaluation == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  dialog = fl_dispute_decision_dialog_new (widget, self->disputes, self->session, dispute, evaluation);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (decision_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whoever decides listens to the call first; the lead may too. */
static void
open_call_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlDispute *dispute = selected (FL_DISPUTES_PAGE (widget));

  if (dispute != NULL)
    gtk_widget_activate_action (widget, "win.review-call", "x", fields (dispute)->recording_id);
}


static void
add_long_field (FlDisputesPage *self,
                const char     *title,
                gsize           offset)
{
  gtk_column_view_column_set_expand (fl_text_column_add_field (self->view, title, (FlFieldsFunc) fields, offset),
                                     TRUE);
}

/* A lead reads first what became of each dispute; a decider who filed it. */
static void
add_columns (FlDisputesPage *self)
{
  fl_text_column_add (self->view, C_("dispute", "Filed"), filed_text, FALSE);
  fl_text_column_add_field (self->view, _("Agent"), (FlFieldsFunc) fields,
                            G_STRUCT_OFFSET (FlDisputeFields, agent_name));
  if (self->filer)
    fl_text_column_add (self->view, C_("dispute", "Decision"), outcome_text, FALSE);
  add_long_field (self, _("Item"), G_STRUCT_OFFSET (FlDisputeFields, item_text));
  fl_text_column_add (self->view, C_("dispute", "Proposed"), proposed_text, FALSE);
  add_long_field (self, C_("dispute", "Reason"), G_STRUCT_OFFSET (FlDisputeFields, reason));
  if (self->filer)
    add_long_field (self, C_("dispute", "Comment"), G_STRUCT_OFFSET (FlDisputeFields, decision_comment));
  else
    fl_text_column_add_field (self->view, C_("dispute", "Filed By"), (FlFieldsFunc) fields,
                              G_STRUCT_OFFSET (FlDisputeFields, filed_by));
}

static void
fl_disputes_page_dispose (GObject *object)
{
  FlDisputesPage *self = FL_DISPUTES_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_DISPUTES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->disputes);
  g_clear_object (&self->evaluations);
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
  gtk_widget_class_bind_template_child (widget_class, FlDisputesPage, decide_button);
  gtk_widget_class_bind_template_child (widget_class, FlDisputesPage, empty_page);

  /**
   * FlDisputesPage::changed:
   *
   * A dispute was decided: an evaluation, and the month's results, may differ.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "disputes.decide", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "disputes.open-call", NULL, open_call_action);
}

static void
fl_disputes_page_init (FlDisputesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);

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
  self->evaluations = fl_evaluation_service_new (database);
  self->filer = fl_session_can (session, FL_PERMISSION_FILE_DISPUTE);
  gtk_widget_set_visible (self->decide_button, !self->filer);
  if (self->filer)
    {
      adw_status_page_set_title (self->empty_page, _("No Disputes Filed"));
      adw_status_page_set_description (self->empty_page,
                                       _("To dispute a score on an agent’s behalf, open the call in Call Review, "
                                         "show its evaluations and choose Dispute…"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Your disputes"), -1);
    }
  add_columns (self);
  return GTK_WIDGET (self);
}
