/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-calibration-deviation.h"
#include "fl-calibration-page.h"
#include "fl-calibration-result-view.h"
#include "fl-calibration-service.h"
#include "fl-format.h"
#include "fl-month.h"
#include "fl-text-column.h"

/* Calibration sessions (校准): which are open and who has scored, closing
 * one, its results, and how far each auditor has been from the reference
 * month by month. Sessions start from a call in Call Review. */
struct _FlCalibrationPage
{
  AdwBin                parent_instance;

  FlDatabase           *database;
  FlSession            *session;
  FlCalibrationService *calibration;
  GtkSingleSelection   *selection;
  GtkNoSelection       *deviations;

  /* Template widgets */
  GtkLabel             *summary_label;
  GtkWidget            *close_button;
  GtkStack             *stack;
  GtkColumnView        *view;
  GtkColumnView        *deviation_view;
};

G_DEFINE_FINAL_TYPE (FlCalibrationPage, fl_calibration_page, ADW_TYPE_BIN)

/* How many months of deviations the page shows. */
#define DEVIATION_MONTHS 6

static const FlCalibrationSessionFields *
fields (gpointer item)
{
  return fl_calibration_session_get_fields (FL_CALIBRATION_SESSION (item));
}

static char *
title_text (gpointer item)
{
  return g_strdup (fields (item)->title != NULL ? fields (item)->title : _("Untitled session"));
}

static char *
call_text (gpointer item)
{
  g_autofree char *when = fl_format_date_time (fields (item)->call_started_at);

  return fields (item)->agent_name != NULL ? g_strdup_printf ("%s · %s", fields (item)->agent_name, when)
                                           : g_steal_pointer (&when);
}

static char *
scored_text (gpointer item)
{
  /* Translators: how many of a calibration session's scorers have submitted, as in "2 of 3" */
  return g_strdup_printf (_("%u of %u"), fields (item)->n_submitted, fields (item)->n_scorers);
}

static char *
state_text (gpointer item)
{
  const FlCalibrationSessionFields *session = fields (item);

  if (session->closed)
    return g_strdup (C_("calibration", "Closed"));
  if (session->actor_scores && !session->actor_submitted)
    return g_strdup (C_("calibration", "Open, yours to score"));
  return g_strdup (C_("calibration", "Open"));
}

static const FlCalibrationDeviationFields *
deviation (gpointer item)
{
  return fl_calibration_deviation_get_fields (FL_CALIBRATION_DEVIATION (item));
}

static char *
month_text (gpointer item)
{
  return fl_month_format (deviation (item)->month);
}

static char *
sessions_text (gpointer item)
{
  return g_strdup_printf ("%u", deviation (item)->sessions);
}

static char *
mean_deviation_text (gpointer item)
{
  return g_strdup_printf ("%.1f", deviation (item)->mean_deviation);
}

static char *
largest_deviation_text (gpointer item)
{
  return g_strdup_printf ("%.1f", deviation (item)->largest_deviation);
}

static FlCalibrationSession *
selected (FlCalibrationPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (FlCalibrationPage *self)
{
  FlCalibrationSession *session = selected (self);
  gboolean open = session != NULL && !fields (session)->closed;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calibration.score",
                                 open && fields (session)->actor_scores);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calibration.close", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calibration.results",
                                 session != NULL && fields (session)->closed);
}

static void
reload_sessions (FlCalibrationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = fl_calibration_service_list (self->calibration, self->session, &error);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;
  guint open = 0;
  guint to_score = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FlCalibrationSession) session = g_list_model_get_item (list, i);

      open += !fields (session)->closed;
      to_score += !fields (session)->closed && fields (session)->actor_scores && !fields (session)->actor_submitted;
    }
  /* Translators: open calibration sessions, and how many of them the signed-in person still has to score */
  summary = g_strdup_printf (_("%u open, %u for you to score. Start a session from a call in Call Review."),
                             open, to_score);
  gtk_label_set_label (self->summary_label, list != NULL ? summary : error->message);
  gtk_single_selection_set_model (self->selection, list);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
  update_actions (self);
}

void
fl_calibration_page_reload (FlCalibrationPage *self,
                            const char        *month)
{
  g_autofree char *first = NULL;
  g_autoptr(GListModel) deviations = NULL;

  g_return_if_fail (FL_IS_CALIBRATION_PAGE (self));
  g_return_if_fail (fl_month_is_valid (month));

  reload_sessions (self);
  first = fl_month_add (month, 1 - DEVIATION_MONTHS);
  deviations = fl_calibration_service_list_deviations (self->calibration, self->session, first, month, NULL);
  gtk_no_selection_set_model (self->deviations, deviations);
}

static void
score_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FlCalibrationSession *session = selected (FL_CALIBRATION_PAGE (widget));

  if (session != NULL)
    gtk_widget_activate_action (widget, "win.review-call", "x", fields (session)->recording_id);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FlCalibrationPage *self = FL_CALIBRATION_PAGE (widget);
  FlCalibrationSession *session = selected (self);
  g_autoptr(GError) error = NULL;

  if (session == NULL)
    return;
  if (!fl_calibration_service_close (self->calibration, self->session, fields (session)->id, &error))
    gtk_label_set_label (self->summary_label, error->message);
  else
    reload_sessions (self);
}

static void
results_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FlCalibrationPage *self = FL_CALIBRATION_PAGE (widget);
  FlCalibrationSession *session = selected (self);
  g_autoptr(FlCalibrationResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view;

  if (session == NULL)
    return;
  result = fl_calibration_service_get_result (self->calibration, self->session, fields (session)->id, &error);
  if (result == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  view = fl_calibration_result_view_new (widget, fields (session)->title, result);
  gtk_window_present (GTK_WINDOW (view));
}

static void
activate_cb (FlCalibrationPage *self,
             guint              position)
{
  FlCalibrationSession *session = selected (self);

  if (session == NULL)
    return;
  if (fields (session)->closed)
    gtk_widget_activate_action (GTK_WIDGET (self), "calibration.results", NULL);
  else if (fields (session)->actor_scores)
    gtk_widget_activate_action (GTK_WIDGET (self), "calibration.score", NULL);
}

static void
selection_changed_cb (FlCalibrationPage *self)
{
  update_actions (self);
}

static void
fl_calibration_page_dispose (GObject *object)
{
  FlCalibrationPage *self = FL_CALIBRATION_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_CALIBRATION_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->deviations);
  g_clear_object (&self->calibration);
  g_clear_object (&self->database);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_calibration_page_parent_class)->dispose (object);
}

static void
fl_calibration_page_class_init (FlCalibrationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_calibration_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-calibration-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationPage, close_button);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationPage, view);
  gtk_widget_class_bind_template_child (widget_class, FlCalibrationPage, deviation_view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "calibration.score", NULL, score_action);
  gtk_widget_class_install_action (widget_class, "calibration.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "calibration.results", NULL, results_action);
}

static void
fl_calibration_page_init (FlCalibrationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->deviations = gtk_no_selection_new (NULL);
  gtk_column_view_set_model (self->deviation_view, GTK_SELECTION_MODEL (self->deviations));

  gtk_column_view_column_set_expand (fl_text_column_add (self->view, _("Title"), title_text, FALSE), TRUE);
  fl_text_column_add (self->view, _("Call"), call_text, FALSE);
  fl_text_column_add_field (self->view, _("Scorecard"), (FlFieldsFunc) fields,
                            G_STRUCT_OFFSET (FlCalibrationSessionFields, template_name));
  fl_text_column_add_field (self->view, C_("calibration", "Reference"), (FlFieldsFunc) fields,
                            G_STRUCT_OFFSET (FlCalibrationSessionFields, reference_name));
  fl_text_column_add (self->view, C_("calibration", "Scored"), scored_text, TRUE);
  fl_text_column_add (self->view, C_("calibration", "State"), state_text, FALSE);

  fl_text_column_add (self->deviation_view, _("Month"), month_text, FALSE);
  gtk_column_view_column_set_expand (fl_text_column_add_field (self->deviation_view, _("Auditor"), (FlFieldsFunc) deviation,
                                                               G_STRUCT_OFFSET (FlCalibrationDeviationFields,
                                                                                auditor_name)),
                                     TRUE);
  fl_text_column_add (self->deviation_view, C_("calibration", "Sessions"), sessions_text, TRUE);
  fl_text_column_add (self->deviation_view, C_("calibration", "Mean Distance"), mean_deviation_text, TRUE);
  fl_text_column_add (self->deviation_view, C_("calibration", "Largest Distance"), largest_deviation_text, TRUE);
}

GtkWidget *
fl_calibration_page_new (FlDatabase *database,
                         FlSession  *session)
{
  FlCalibrationPage *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_PAGE, NULL);
  self->database = g_object_ref (database);
  self->session = g_object_ref (session);
  self->calibration = fl_calibration_service_new (database);
  gtk_widget_set_visible (self->close_button, fl_session_can (session, FL_PERMISSION_RUN_CALIBRATION));
  return GTK_WIDGET (self);
}
