/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-scorecard-view-private.h"

/* The top of the scorecard: score, verdict against the pass mark, the
 * critical item that failed the call, how much is answered, each section's
 * score, whether the latest input is saved, and what state the evaluation is
 * in. All of it follows the rows' answers through fl_scorecard_score(). */

/* Translators: a score or pass mark in percent; %s is a number like 86.5 */
#define PERCENT_FORMAT C_("percent", "%s %%")

char *
_fl_scorecard_view_format_percent (double value)
{
  g_autofree char *number = fl_score_format (value);

  return g_strdup_printf (PERCENT_FORMAT, number);
}

static char *
describe_item (FlScorecard *scorecard,
               int          index)
{
  g_autoptr(FlScorecardItem) item = index >= 0 ? fl_scorecard_get_nth_item (scorecard, index) : NULL;

  return g_strdup (item ? fl_scorecard_translate (fl_scorecard_item_get_text (item)) : "");
}

static void
show_section_scores (FlScorecardView     *self,
                     const FlScoreResult *result)
{
  FlScorecard *scorecard = _fl_scorecard_view_get_scorecard (self);

  for (guint s = 0; s < self->section_labels->len && s < result->n_sections; s++)
    {
      GtkLabel *label = g_ptr_array_index (self->section_labels, s);
      const FlSectionScore *section = &result->sections[s];
      g_autofree char *text = section->scorable ? _fl_scorecard_view_format_percent (section->score)
                                                : g_strdup ("");
      g_autofree char *tooltip = NULL;

      gtk_label_set_label (label, text);
      if (section->failed_item >= 0)
        {
          g_autofree char *item = describe_item (scorecard, section->failed_item);

          /* Translators: why a section scores 0; %s is a section-critical item */
          tooltip = g_strdup_printf (_("“%s” failed, so the whole section scores 0."), item);
          gtk_widget_add_css_class (GTK_WIDGET (label), "error");
        }
      else
        gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
    }
}

static void
show_verdict (FlScorecardView     *self,
              const FlScoreResult *result)
{
  GtkWidget *verdict = GTK_WIDGET (self->verdict_label);
  g_autofree char *score = result->scorable ? _fl_scorecard_view_format_percent (result->score) : g_strdup ("–");
  g_autofree char *pass_mark = _fl_scorecard_view_format_percent (fl_scorecard_get_pass_mark (_fl_scorecard_view_get_scorecard (self)));
  g_autofree char *pass_mark_text = NULL;

  gtk_label_set_label (self->score_label, score);
  gtk_widget_remove_css_class (verdict, "success");
  gtk_widget_remove_css_class (verdict, "error");
  if (result->auto_failed || (result->scorable && !result->passed))
    {
      /* Translators: the verdict of an evaluation below the pass mark */
      gtk_label_set_label (self->verdict_label, C_("verdict", "Fail"));
      gtk_widget_add_css_class (verdict, "error");
    }
  else if (result->scorable)
    {
      /* Translators: the verdict of an evaluation at or above the pass mark */
      gtk_label_set_label (self->verdict_label, C_("verdict", "Pass"));
      gtk_widget_add_css_class (verdict, "success");
    }
  else
    gtk_label_set_label (self->verdict_label, _("Not scored yet"));

  /* Translators: under the score; %s is the pass mark like “80.0 %” */
  pass_mark_text = g_strdup_printf (_("Pass mark %s"), pass_mark);
  gtk_label_set_label (self->pass_mark_label, pass_mark_text);

  gtk_widget_set_visible (self->auto_fail_box, result->auto_failed);
  if (result->auto_failed)
    {
      g_autofree char *item = describe_item (_fl_scorecard_view_get_scorecard (self), result->failed_item);
      /* Translators: %s is the critical scorecard item that failed the call */
      g_autofree char *text = g_strdup_printf (_("Automatic fail: the critical item “%s” failed."), item);

      gtk_label_set_label (self->auto_fail_label, text);
    }
}

/* Everything at the top follows the rows' answers. */
void
_fl_scorecard_view_update (FlScorecardView *self)
{
  g_autoptr(FlScoreResult) result = NULL;
  g_autofree char *progress = NULL;
  guint done;

  if (_fl_scorecard_view_get_scorecard (self) == NULL)
    return;

  result = fl_scorecard_score (_fl_scorecard_view_get_scorecard (self), self->answers);
  done = result->n_answered + result->n_not_applicable;
  /* Translators: how much of a scorecard is filled in, e.g. “12 of 15 answered” */
  progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u answered", "%u of %u answered",
                                           result->n_items),
                              done, result->n_items);
  gtk_label_set_label (self->progress_label, progress);
  show_verdict (self, result);
  show_section_scores (self, result);
}

void
_fl_scorecard_view_update_save_status (FlScorecardView *self)
{
  FlAutosaveState state = self->autosave ? fl_scorecard_autosave_get_state (self->autosave)
                                         : FL_AUTOSAVE_STATE_SAVED;
  const GError *error = self->autosave ? fl_scorecard_autosave_get_error (self->autosave) : NULL;
  gboolean retrying = state == FL_AUTOSAVE_STATE_RETRYING && error != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->save_label), _fl_scorecard_view_is_editable (self) || retrying);
  gtk_widget_set_visible (self->save_error_box, retrying);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scorecard.retry-save", retrying);

  switch (state)
    {
    case FL_AUTOSAVE_STATE_SAVING:
      gtk_label_set_label (self->save_label, _("Saving…"));
      break;
    case FL_AUTOSAVE_STATE_RETRYING:
      {
        /* Translators: %s says why the database refused, e.g. that it is busy */
        g_autofree char *text = g_strdup_printf (_("Not saved yet: %s Trying again…"), error ? error->message : "");

        gtk_label_set_label (self->save_label, _("Not saved"));
        gtk_label_set_label (self->save_error_label, text);
      }
      break;
    case FL_AUTOSAVE_STATE_SAVED:
    default:
      gtk_label_set_label (self->save_label, _("Saved"));
      break;
    }
}

void
_fl_scorecard_view_update_status (FlScorecardView *self)
{
  g_autofree char *text = NULL;
  int revision = fl_evaluation_get_revision (self->evaluation);

  if (self->read_only_reason != NULL)
    text = g_strdup (self->read_only_reason);
  else if (!_fl_scorecard_view_is_own (self))
    /* Translators: on someone else's evaluation; %s is who scored the call */
    text = g_strdup_printf (_("Scored by %s. Only they can change it."),
                            fl_evaluation_get_evaluator_name (self->evaluation));
  else if (fl_evaluation_get_state (self->evaluation) == FL_EVALUATION_STATE_SUBMITTED)
    {
      g_autofree char *when = fl_format_date_time (fl_evaluation_get_submitted_at (self->evaluation));

      text = revision > 1
        /* Translators: %s is a date and time, %d how many times it was submitted */
        ? g_strdup_printf (_("Submitted %s (revision %d). Use Change… to correct it; the reason is kept."),
                           when, revision)
        /* Translators: %s is a date and time */
        : g_strdup_printf (_("Submitted %s. Use Change… to correct it; the reason is kept."), when);
    }
  else if (revision > 1)
    /* Translators: a submitted evaluation that was reopened; %d counts its revisions */
    text = g_strdup_printf (_("Reopened for changes (revision %d). Submit it again when done."), revision);

  gtk_label_set_label (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}
