/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-result-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-calibration-result-view.h"

/* A closed calibration session (校准): each scorer's score and distance
 * from the reference and the mean, those far off marked; then, item by
 * item, everyone's answer beside the reference's and how many agreed. */
struct _FlCalibrationResultView
{
  AdwWindow            parent_instance;

  FlCalibrationResult *result;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *scorers_group;
  GtkGrid             *grid;
};

G_DEFINE_FINAL_TYPE (FlCalibrationResultView, fl_calibration_result_view, ADW_TYPE_WINDOW)

static char *
answer_text (const FlCalibrationAnswer *answer)
{
  switch (answer->state)
    {
    case FL_ANSWER_STATE_POINTS:
      return g_strdup_printf ("%d", answer->points);
    case FL_ANSWER_STATE_NOT_APPLICABLE:
      return g_strdup (_("N/A"));
    case FL_ANSWER_STATE_UNANSWERED:
    default:
      return g_strdup ("—");
    }
}

static void
add_scorer_row (FlCalibrationResultView *self,
                guint                    index)
{
  const FlCalibrationScorer *scorer = fl_calibration_result_get_scorer (self->result, index);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  title = scorer->is_reference ? g_strdup_printf (_("%s (reference)"), scorer->name) : g_strdup (scorer->name);
  if (!scorer->submitted)
    subtitle = g_strdup (_("Did not submit before the session closed"));
  else if (!scorer->scorable)
    subtitle = g_strdup (_("Nothing applicable was answered"));
  else if (scorer->is_reference)
    /* Translators: a calibration score, then its distance from the mean of all scorers */
    subtitle = g_strdup_printf (_("Score %.1f %% · %+.1f from the mean"), scorer->score,
                                fl_calibration_result_get_mean_deviation (self->result, index));
  else
    /* Translators: a calibration score, then its distances from the reference scorer's and from the mean */
    subtitle = g_strdup_printf (_("Score %.1f %% · %+.1f from the reference · %+.1f from the mean"),
                                scorer->score, fl_calibration_result_get_deviation (self->result, index),
                                fl_calibration_result_get_mean_deviation (self->result, index));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (fl_calibration_result_is_far_off (self->result, index))
    {
      GtkWidget *label = gtk_label_new (_("Far off"));

      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (row, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (self->scorers_group, row);
}

static void
attach_label (FlCalibrationResultView *self,
              const char              *text,
              int                      column,
              int                      row,
              const char              *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0f : 1.0f);
  gtk_label_set_wrap (GTK_LABEL (label), column == 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

/* Items down, scorers across, the share that agreed with the reference
 * last; an answer that differs from the reference's is marked. */
static void
fill_grid (FlCalibrationResultView *self)
{
  guint n_scorers = fl_calibration_result_get_n_scorers (self->result);
  guint n_items = fl_calibration_result_get_n_items (self->result);

  attach_label (self, _("Item"), 0, 0, "heading");
  for (guint s = 0; s < n_scorers; s++)
    attach_label (self, fl_calibration_result_get_scorer (self->result, s)->name, s + 1, 0, "heading");
  attach_label (self, _("Agreement"), n_scorers + 1, 0, "heading");

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *agreement = g_strdup_printf ("%.0f %%",
                                                    100 * fl_calibration_result_get_agreement (self->result, i));

      attach_label (self, fl_calibration_result_get_item_text (self->result, i), 0, i + 1, NULL);
      for (guint s = 0; s < n_scorers; s++)
        {
          const FlCalibrationAnswer *answer = fl_calibration_result_get_answer (self->result, i, s);
          const FlCalibrationAnswer *reference = fl_calibration_result_get_answer (self->result, i, 0);
          gboolean differs = fl_calibration_result_get_scorer (self->result, s)->submitted
                             && (answer->state != reference->state || answer->points != reference->points);
          g_autofree char *text = answer_text (answer);

          attach_label (self, text, s + 1, i + 1, differs ? "warning" : NULL);
        }
      attach_label (self, agreement, n_scorers + 1, i + 1,
                    fl_calibration_result_get_agreement (self->result, i) < 1.0 ? "warning" : NULL);
    }
}

static void
fl_calibration_result_view_dispose (GObject *object)
{
  FlCalibrationResultView *self = FL_CALIBRATION_RESULT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_CALIBRATION_RESULT_VIEW);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (fl_calibration_result_view_parent_class)->dispose (object);
}

static void
fl_calibration_result_view_class_init (FlCalibrationResultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_calibration_result_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-calibration-result-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationResultView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationResultView, scorers_group);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationResultView, grid);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_calibration_result_view_init (FlCalibrationResultView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fl_calibration_result_view_new:
 * @parent: a widget in the window the view belongs to
 * @title: (nullable): the session's title
 *
 * Returns: (transfer none): the window, not yet shown; GTK owns it
 */
GtkWidget *
fl_calibration_result_view_new (GtkWidget           *parent,
                                const char          *title,
                                FlCalibrationResult *result)
{
  FlCalibrationResultView *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (result), NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_RESULT_VIEW, "transient-for", gtk_widget_get_root (parent), NULL);
  self->result = g_object_ref (result);
  if (title != NULL)
    adw_window_title_set_subtitle (self->window_title, title);
  for (guint s = 0; s < fl_calibration_result_get_n_scorers (result); s++)
    add_scorer_row (self, s);
  fill_grid (self);
  return GTK_WIDGET (self);
}
