/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-scorecard-view-private.h"

/* Submitting, reopening with a reason, and the history of the changes.
 * "Fair and open": every change after a submit keeps who, when and why. */

/* Marks every item still unanswered and takes the reviewer to the first. */
static void
point_at_unanswered (FlScorecardView *self)
{
  gboolean first = TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      FlScorecardItemRow *row = g_ptr_array_index (self->rows, i);
      gboolean missing = fl_scorecard_item_row_get_answer (row, NULL) == FL_ANSWER_STATE_UNANSWERED;

      fl_scorecard_item_row_set_missing (row, missing);
      if (missing && first)
        {
          fl_scorecard_item_row_focus_answer (row);
          first = FALSE;
        }
    }
}

void
_fl_scorecard_view_submit (FlScorecardView *self)
{
  g_autoptr(GError) error = NULL;

  if (!_fl_scorecard_view_is_editable (self))
    return;

  if (!fl_scorecard_autosave_flush (self->autosave, &error))
    {
      /* Translators: %s says why the database refused, e.g. that it is busy */
      g_autofree char *message = g_strdup_printf (_("Not submitted: the latest answers are not saved yet. %s"),
                                                  error->message);

      _fl_scorecard_view_show_error (self, message);
      return;
    }

  if (!fl_evaluation_service_submit (self->service, self->session, self->evaluation, &error))
    {
      if (g_error_matches (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_INCOMPLETE))
        point_at_unanswered (self);
      _fl_scorecard_view_show_error (self, error->message);
      return;
    }

  _fl_scorecard_view_hide_error (self);
  fl_scorecard_view_show_message (self, _("Evaluation submitted"));
  _fl_scorecard_view_emit_submitted (self);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reopen", *reason != '\0');
}

static void
change_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FlScorecardView  *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "reopen") || self->evaluation == NULL)
    return;

  if (!fl_evaluation_service_reopen (self->service, self->session, self->evaluation,
                                     gtk_editable_get_text (entry), &error))
    {
      _fl_scorecard_view_show_error (self, error->message);
      return;
    }
  _fl_scorecard_view_hide_error (self);
  fl_scorecard_view_show_message (self, _("Reopened. Change the answers, then submit again."));
}

/* A submitted evaluation changes only with a reason, kept in its history. */
void
_fl_scorecard_view_ask_to_change (FlScorecardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  if (self->evaluation == NULL)
    return;

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why the evaluation changes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Change the Submitted Evaluation?"),
                                                       _("The submitted answers stay in the history with your "
                                                         "reason. The evaluation becomes a draft until you "
                                                         "submit it again.")));
  adw_message_dialog_set_extra_child (dialog, entry);
  /* No mnemonics: GTK 4.8 names such a button “_Reopen Reopen” for screen readers. */
  adw_message_dialog_add_responses (dialog, "cancel", _("Cancel"), "reopen", _("Reopen"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reopen", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "reopen", FALSE);
  adw_message_dialog_set_default_response (dialog, "reopen");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (change_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static char *
describe_score (gboolean scorable,
                double   score,
                gboolean passed)
{
  g_autofree char *percent = NULL;

  if (!scorable)
    return g_strdup (_("not scored"));
  percent = _fl_scorecard_view_format_percent (score);
  /* Translators: a score and its verdict, e.g. “86.5 % · Pass” */
  return g_strdup_printf (_("%s · %s"), percent, passed ? C_("verdict", "Pass") : C_("verdict", "Fail"));
}

static void
add_history_row (FlScorecardView *self,
                 const char      *title,
                 const char      *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_append (self->history_list, row);
}

static void
add_current_row (FlScorecardView *self)
{
  FlEvaluation *evaluation = self->evaluation;
  g_autofree char *score = describe_score (fl_evaluation_get_scorable (evaluation),
                                           fl_evaluation_get_score (evaluation),
                                           fl_evaluation_get_passed (evaluation));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: the evaluation as it is now in its history; %d counts revisions, %s is the score */
  title = g_strdup_printf (_("Revision %d (now): %s"), fl_evaluation_get_revision (evaluation), score);
  if (fl_evaluation_get_state (evaluation) == FL_EVALUATION_STATE_SUBMITTED)
    {
      g_autofree char *when = fl_format_date_time (fl_evaluation_get_submitted_at (evaluation));

      /* Translators: %s is who scored the call, then a date and time */
      subtitle = g_strdup_printf (_("Submitted by %s, %s"), fl_evaluation_get_evaluator_name (evaluation), when);
    }
  else
    /* Translators: %s is who is scoring the call */
    subtitle = g_strdup_printf (_("Draft by %s, not submitted"), fl_evaluation_get_evaluator_name (evaluation));
  add_history_row (self, title, subtitle);
}

static void
add_revision_row (FlScorecardView      *self,
                  FlEvaluationRevision *revision)
{
  g_autofree char *score = describe_score (fl_evaluation_revision_get_scorable (revision),
                                           fl_evaluation_revision_get_score (revision),
                                           fl_evaluation_revision_get_passed (revision));
  g_autofree char *when = fl_format_date_time (fl_evaluation_revision_get_changed_at (revision));
  /* Translators: a submitted revision of an evaluation; %d counts revisions, %s is the score */
  g_autofree char *title = g_strdup_printf (_("Revision %d: %s"), fl_evaluation_revision_get_revision (revision),
                                            score);
  /* Translators: who reopened a submitted evaluation, when, and the reason they gave */
  g_autofree char *subtitle = g_strdup_printf (_("Reopened by %s, %s: “%s”"),
                                               fl_evaluation_revision_get_changed_by_name (revision), when,
                                               fl_evaluation_revision_get_reason (revision));

  add_history_row (self, title, subtitle);
}

/* Newest first: the evaluation as it is, then each submitted revision and why it was reopened. */
void
_fl_scorecard_view_fill_history (FlScorecardView *self)
{
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n_revisions;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))))
    gtk_list_box_remove (self->history_list, child);
  if (self->evaluation == NULL)
    return;

  add_current_row (self);
  revisions = fl_evaluation_service_list_revisions (self->service, self->session,
                                                    fl_evaluation_get_id (self->evaluation), &error);
  if (revisions == NULL)
    {
      add_history_row (self, _("The history could not be read"), error->message);
      return;
    }

  n_revisions = g_list_model_get_n_items (revisions);
  if (n_revisions == 0)
    add_history_row (self, _("No earlier revisions"),
                     _("A submitted evaluation that is changed keeps its earlier answers and the reason here."));
  for (guint i = n_revisions; i > 0; i--)
    {
      g_autoptr(FlEvaluationRevision) revision = g_list_model_get_item (revisions, i - 1);

      add_revision_row (self, revision);
    }
}
