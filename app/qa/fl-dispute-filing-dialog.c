/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-dispute-filing-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-dispute-filing-dialog.h"
#include "fl-format.h"
#include "fl-qa-error.h"
#include "fl-scorecard-item-row.h"

/* A team lead disputes (申诉) one answer of an auditor's evaluation on the
 * agent's behalf: the lead picks the answer among the auditor's, sets the
 * one it should have been and says why. */
struct _FlDisputeFilingDialog
{
  FlFormDialog         parent_instance;

  FlDisputeService    *disputes;
  FlSession           *session;
  FlEvaluation        *evaluation;     /* with its scorecard and answers */
  FlScorecardItemRow  *proposal_row;   /* the chosen item's answer as the lead proposes it */

  /* Template widgets */
  AdwPreferencesGroup *items_group;
  GtkListBox          *item_list;
  AdwPreferencesGroup *proposal_group;
  GtkEntry            *reason_entry;
};

G_DEFINE_FINAL_TYPE (FlDisputeFilingDialog, fl_dispute_filing_dialog, FL_TYPE_FORM_DIALOG)

static FlScorecardItem *
item_of_row (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "item") : NULL;
}

static GtkWidget *
create_item_row (FlDisputeFilingDialog *self,
                 FlScorecardItem       *item)
{
  GtkWidget *row = adw_action_row_new ();
  int points = 0;
  FlAnswerState state = fl_evaluation_get_answer (self->evaluation, fl_scorecard_item_get_id (item), &points);
  g_autofree char *answer = fl_format_answer (item, state, points);
  /* Translators: the answer an auditor gave to a scorecard item */
  g_autofree char *subtitle = g_strdup_printf (_("Scored: %s"), answer);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fl_scorecard_translate (fl_scorecard_item_get_text (item)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  return row;
}

/* The answer editor follows the chosen item, starting from the auditor's answer. */
static void
item_selected_cb (FlDisputeFilingDialog *self,
                  GtkListBoxRow         *row)
{
  FlScorecardItem *item = item_of_row (row);
  FlAnswerState state;
  int points = 0;

  if (self->proposal_group == NULL)   /* the dialog is being torn down */
    return;
  if (self->proposal_row != NULL)
    adw_preferences_group_remove (self->proposal_group, GTK_WIDGET (self->proposal_row));
  self->proposal_row = NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->proposal_group), item != NULL);
  if (item == NULL)
    return;

  state = fl_evaluation_get_answer (self->evaluation, fl_scorecard_item_get_id (item), &points);
  self->proposal_row = FL_SCORECARD_ITEM_ROW (fl_scorecard_item_row_new (item));
  fl_scorecard_item_row_set_commentable (self->proposal_row, FALSE);
  fl_scorecard_item_row_set_editable (self->proposal_row, TRUE);
  fl_scorecard_item_row_set_answer (self->proposal_row, state, points);
  adw_preferences_group_add (self->proposal_group, GTK_WIDGET (self->proposal_row));
}

static gint64
fl_dispute_filing_dialog_save (FlFormDialog  *dialog,
                               GError       **error)
{
  FlDisputeFilingDialog *self = FL_DISPUTE_FILING_DIALOG (dialog);
  FlScorecardItem *item = item_of_row (gtk_list_box_get_selected_row (self->item_list));
  FlAnswerState state;
  int points = 0;

  if (item == NULL || self->proposal_row == NULL)
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID, _("Choose the answer you dispute."));
      return 0;
    }
  state = fl_scorecard_item_row_get_answer (self->proposal_row, &points);
  return fl_dispute_service_file (self->disputes, self->session, fl_evaluation_get_id (self->evaluation),
                                  fl_scorecard_item_get_id (item),
                                  gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)),
                                  state, points, error);
}

static void
fl_dispute_filing_dialog_dispose (GObject *object)
{
  FlDisputeFilingDialog *self = FL_DISPUTE_FILING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_DISPUTE_FILING_DIALOG);
  g_clear_object (&self->disputes);
  g_clear_object (&self->session);
  g_clear_object (&self->evaluation);

  G_OBJECT_CLASS (fl_dispute_filing_dialog_parent_class)->dispose (object);
}

static void
fl_dispute_filing_dialog_class_init (FlDisputeFilingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_dispute_filing_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_dispute_filing_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-dispute-filing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlDisputeFilingDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeFilingDialog, item_list);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeFilingDialog, proposal_group);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeFilingDialog, reason_entry);
  gtk_widget_class_bind_template_callback (widget_class, item_selected_cb);
}

static void
fl_dispute_filing_dialog_init (FlDisputeFilingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fl_dispute_filing_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @evaluation: a submitted evaluation, loaded with its scorecard and answers
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_dispute_filing_dialog_new (GtkWidget        *parent,
                              FlDisputeService *disputes,
                              FlSession        *session,
                              FlEvaluation     *evaluation)
{
  FlDisputeFilingDialog *self;
  FlScorecard *scorecard;
  g_autofree char *description = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (disputes), NULL);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), NULL);
  g_return_val_if_fail (fl_evaluation_get_scorecard (evaluation) != NULL, NULL);

  self = g_object_new (FL_TYPE_DISPUTE_FILING_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->disputes = g_object_ref (disputes);
  self->session = g_object_ref (session);
  self->evaluation = g_object_ref (evaluation);

  /* Translators: the auditor who scored the call, then the agent */
  description = g_strdup_printf (_("%s’s answers to %s’s call. Choose the one you dispute on the agent’s behalf."),
                                 fl_evaluation_get_evaluator_name (evaluation),
                                 fl_evaluation_get_agent_name (evaluation));
  adw_preferences_group_set_description (self->items_group, description);
  scorecard = fl_evaluation_get_scorecard (evaluation);
  for (guint i = 0; i < fl_scorecard_get_n_items (scorecard); i++)
    gtk_list_box_append (self->item_list, create_item_row (self, fl_scorecard_get_nth_item (scorecard, i)));
  return GTK_WIDGET (self);
}
