/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-dispute-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-dispute-decision-dialog.h"
#include "fl-format.h"
#include "fl-qa-error.h"
#include "fl-scorecard-item-row.h"

/* The auditor who scored the call, or the department head, decides a
 * dispute (申诉): keep the answer, accept the lead's proposal, or set
 * another answer, always with a comment the lead and the agent read. */
struct _FlDisputeDecisionDialog
{
  FlFormDialog         parent_instance;

  FlDisputeService    *disputes;
  FlSession           *session;
  FlDispute           *dispute;
  FlScorecardItemRow  *answer_row;     /* the other answer, when that is the decision */

  /* Template widgets */
  AdwActionRow        *item_row;
  AdwActionRow        *reason_row;
  GtkToggleButton     *keep_button;
  GtkToggleButton     *accept_button;
  GtkToggleButton     *change_button;
  AdwPreferencesGroup *answer_group;
  GtkEntry            *comment_entry;
};

G_DEFINE_FINAL_TYPE (FlDisputeDecisionDialog, fl_dispute_decision_dialog, FL_TYPE_FORM_DIALOG)

static void
outcome_toggled_cb (FlDisputeDecisionDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->answer_group), gtk_toggle_button_get_active (self->change_button));
}

static gint64
fl_dispute_decision_dialog_save (FlFormDialog  *dialog,
                                 GError       **error)
{
  FlDisputeDecisionDialog *self = FL_DISPUTE_DECISION_DIALOG (dialog);
  const FlDisputeFields *fields = fl_dispute_get_fields (self->dispute);
  FlAnswerState state = FL_ANSWER_STATE_UNANSWERED;
  FlDisputeState outcome;
  int points = 0;

  if (gtk_toggle_button_get_active (self->keep_button))
    outcome = FL_DISPUTE_KEPT;
  else if (gtk_toggle_button_get_active (self->accept_button))
    outcome = FL_DISPUTE_ACCEPTED;
  else if (gtk_toggle_button_get_active (self->change_button))
    {
      outcome = FL_DISPUTE_CHANGED;
      state = fl_scorecard_item_row_get_answer (self->answer_row, &points);
    }
  else
    {
      g_set_error_literal (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
                           _("Choose whether the score stands, the proposal is accepted or another answer is "
                             "set."));
      return 0;
    }
  if (!fl_dispute_service_decide (self->disputes, self->session, fields->id, outcome, state, points,
                                  gtk_editable_get_text (GTK_EDITABLE (self->comment_entry)), error))
    return 0;
  return fields->id;
}

static void
fl_dispute_decision_dialog_dispose (GObject *object)
{
  FlDisputeDecisionDialog *self = FL_DISPUTE_DECISION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_DISPUTE_DECISION_DIALOG);
  g_clear_object (&self->disputes);
  g_clear_object (&self->session);
  g_clear_object (&self->dispute);

  G_OBJECT_CLASS (fl_dispute_decision_dialog_parent_class)->dispose (object);
}

static void
fl_dispute_decision_dialog_class_init (FlDisputeDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_dispute_decision_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_dispute_decision_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-dispute-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, item_row);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, keep_button);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, change_button);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, answer_group);
  gtk_widget_class_bind_template_child (widget_class, FlDisputeDecisionDialog, comment_entry);
  gtk_widget_class_bind_template_callback (widget_class, outcome_toggled_cb);
}

static void
fl_dispute_decision_dialog_init (FlDisputeDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Scored: No · Proposed: Yes" */
static char *
describe_answers (FlScorecardItem       *item,
                  FlEvaluation          *evaluation,
                  const FlDisputeFields *fields)
{
  int points = 0;
  FlAnswerState state = fl_evaluation_get_answer (evaluation, fields->item_id, &points);
  g_autofree char *scored = fl_format_answer (item, state, points);
  g_autofree char *proposed = fl_format_answer (item, fields->proposed_state, fields->proposed_points);

  /* Translators: the auditor's answer to a disputed item, then the answer the lead proposes */
  return g_strdup_printf (_("Scored: %s · Proposed: %s"), scored, proposed);
}

/**
 * fl_dispute_decision_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @dispute: an open dispute
 * @evaluation: the disputed evaluation, loaded with its scorecard and answers
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_dispute_decision_dialog_new (GtkWidget        *parent,
                                FlDisputeService *disputes,
                                FlSession        *session,
                                FlDispute        *dispute,
                                FlEvaluation     *evaluation)
{
  const FlDisputeFields *fields;
  FlDisputeDecisionDialog *self;
  FlScorecardItem *item;
  g_autofree char *title = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *filed_at = NULL;
  g_autofree char *filed = NULL;
  FlAnswerState state;
  int points = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_DISPUTE_SERVICE (disputes), NULL);
  g_return_val_if_fail (FL_IS_DISPUTE (dispute), NULL);
  g_return_val_if_fail (FL_IS_EVALUATION (evaluation), NULL);

  fields = fl_dispute_get_fields (dispute);
  item = fl_scorecard_find_item (fl_evaluation_get_scorecard (evaluation), fields->item_id);
  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (FL_TYPE_DISPUTE_DECISION_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->disputes = g_object_ref (disputes);
  self->session = g_object_ref (session);
  self->dispute = g_object_ref (dispute);

  /* Translators: %s is the agent whose score is disputed */
  title = g_strdup_printf (_("Decide the Dispute for %s"), fields->agent_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  answers = describe_answers (item, evaluation, fields);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->item_row), fields->item_text);
  adw_action_row_set_subtitle (self->item_row, answers);
  filed_at = fl_format_date_time (fields->filed_at);
  /* Translators: who filed a dispute and when */
  filed = g_strdup_printf (_("Filed by %s, %s"), fields->filed_by, filed_at);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), fields->reason);
  adw_action_row_set_subtitle (self->reason_row, filed);

  self->answer_row = FL_SCORECARD_ITEM_ROW (fl_scorecard_item_row_new (item));
  fl_scorecard_item_row_set_commentable (self->answer_row, FALSE);
  fl_scorecard_item_row_set_editable (self->answer_row, TRUE);
  /* Starting from the auditor's answer (read before its points are passed on). */
  state = fl_evaluation_get_answer (evaluation, fields->item_id, &points);
  fl_scorecard_item_row_set_answer (self->answer_row, state, points);
  adw_preferences_group_add (self->answer_group, GTK_WIDGET (self->answer_row));
  return GTK_WIDGET (self);
}
