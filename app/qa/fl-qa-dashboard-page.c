/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-calibration-deviation.h"
#include "fl-calibration-service.h"
#include "fl-month.h"
#include "fl-paint-probe.h"
#include "fl-pareto-chart.h"
#include "fl-probe.h"
#include "fl-qa-dashboard-page.h"
#include "fl-qa-report-service.h"
#include "fl-score-chart.h"

/* The department head's view of QA (质检看板): the month's pass rate and
 * average, the score trend by month and by week, the items failed most,
 * each scorer's work and each auditor's distance from the calibration
 * reference, for a team or the whole center; or one agent's trend and
 * items failed most. */
struct _FlQaDashboardPage
{
  AdwBin                parent_instance;

  FlDatabase           *database;
  FlSession            *session;
  FlQaReportService    *reports;
  GCancellable         *loading;
  char                 *month;
  gint64                team_id;
  gint64                agent_id;     /* 0: everyone in the team or center */
  gboolean              loaded;       /* the figures shown are the ones asked for */

  /* Template widgets */
  GtkWidget            *agent_bar;
  GtkLabel             *agent_label;
  GtkWidget            *scorers_box;
  GtkLabel             *state_label;
  GtkLabel             *pass_rate_label;
  GtkLabel             *average_label;
  GtkLabel             *scored_label;
  FlScoreChart         *monthly_chart;
  FlScoreChart         *weekly_chart;
  FlParetoChart        *pareto_chart;
  GtkGrid              *workload_grid;
  GtkGrid              *calibration_grid;
};

G_DEFINE_FINAL_TYPE (FlQaDashboardPage, fl_qa_dashboard_page, ADW_TYPE_BIN)

/* The months the trend covers, up to the month shown. */
#define DASHBOARD_MONTHS 6

/* Replaces the grid's rows with @cells, @n_columns to a row, the first row
 * headings; numbers right-aligned. */
static void
set_rows (GtkGrid     *grid,
          guint        n_columns,
          GPtrArray   *cells)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))))
    gtk_grid_remove (grid, child);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (cells, i));

      gtk_label_set_xalign (GTK_LABEL (label), i % n_columns == 0 ? 0.0f : 1.0f);
      gtk_widget_set_hexpand (label, i % n_columns == 0);
      gtk_widget_add_css_class (label, i < n_columns ? "heading" : "numeric");
      gtk_grid_attach (grid, label, i % n_columns, i / n_columns, 1, 1);
    }
}

static void
show_workload (FlQaDashboardPage *self,
               GArray            *workload)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("Scorer")));
  g_ptr_array_add (cells, g_strdup (C_("evaluation purpose", "QA")));
  g_ptr_array_add (cells, g_strdup (C_("evaluation purpose", "Monitoring")));
  g_ptr_array_add (cells, g_strdup (_("Calibration")));
  g_ptr_array_add (cells, g_strdup (_("Drafts")));
  g_ptr_array_add (cells, g_strdup (_("Hours")));
  for (guint i = 0; i < workload->len; i++)
    {
      const FlQaWorkload *row = &g_array_index (workload, FlQaWorkload, i);

      g_ptr_array_add (cells, g_strdup (row->name));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->qa));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->monitoring));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->calibration));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->drafts));
      g_ptr_array_add (cells, g_strdup_printf ("%.1f", row->review_hours));
    }
  set_rows (self->workload_grid, 6, cells);
}

static void
show_calibration (FlQaDashboardPage *self)
{
  g_autoptr(FlCalibrationService) calibration = fl_calibration_service_new (self->database);
  g_autofree char *first = fl_month_add (self->month, 1 - DASHBOARD_MONTHS);
  g_autoptr(GListModel) deviations = fl_calibration_service_list_deviations (calibration, self->session, first,
                                                                             self->month, NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("Auditor")));
  g_ptr_array_add (cells, g_strdup (_("Month")));
  g_ptr_array_add (cells, g_strdup (C_("calibration", "Sessions")));
  g_ptr_array_add (cells, g_strdup (C_("calibration", "Mean Distance")));
  for (guint i = 0; deviations != NULL && i < g_list_model_get_n_items (deviations); i++)
    {
      g_autoptr(FlCalibrationDeviation) deviation = g_list_model_get_item (deviations, i);
      const FlCalibrationDeviationFields *fields = fl_calibration_deviation_get_fields (deviation);

      g_ptr_array_add (cells, g_strdup (fields->auditor_name));
      g_ptr_array_add (cells, fl_month_format (fields->month));
      g_ptr_array_add (cells, g_strdup_printf ("%u", fields->sessions));
      g_ptr_array_add (cells, g_strdup_printf ("%.1f", fields->mean_deviation));
    }
  set_rows (self->calibration_grid, 4, cells);
}

/* The shown month's figures: its point of the monthly trend, if any. */
static void
show_month (FlQaDashboardPage *self,
            GArray            *monthly)
{
  const FlQaTrendPoint *point = NULL;
  g_autofree char *pass_rate = NULL;
  g_autofree char *average = NULL;
  g_autofree char *scored = NULL;

  for (guint i = 0; i < monthly->len; i++)
    if (g_str_equal (g_array_index (monthly, FlQaTrendPoint, i).period, self->month))
      point = &g_array_index (monthly, FlQaTrendPoint, i);
  pass_rate = point != NULL ? g_strdup_printf ("%.0f %%", 100.0 * point->passed / point->evaluated)
                            : g_strdup ("—");
  average = point != NULL ? g_strdup_printf ("%.1f", point->average_score) : g_strdup ("—");
  scored = g_strdup_printf ("%u", point != NULL ? point->evaluated : 0);
  gtk_label_set_label (self->pass_rate_label, pass_rate);
  gtk_label_set_label (self->average_label, average);
  gtk_label_set_label (self->scored_label, scored);
}

static void
dashboard_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(FlQaDashboardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FlQaDashboard) dashboard = fl_qa_report_service_dashboard_finish (FL_QA_REPORT_SERVICE (object),
                                                                              result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loaded = TRUE;
  fl_probe_mark ("dashboard-read");
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fl_paint_probe_mark (GTK_WIDGET (self), "dashboard-painted");
  if (dashboard == NULL)
    {
      gtk_label_set_label (self->state_label, error->message);
      return;
    }
  show_month (self, dashboard->monthly);
  fl_score_chart_set_points (self->monthly_chart, dashboard->monthly, FALSE);
  fl_score_chart_set_points (self->weekly_chart, dashboard->weekly, TRUE);
  fl_pareto_chart_set_items (self->pareto_chart, dashboard->failed_items);
  if (self->agent_id == 0)
    {
      show_workload (self, dashboard->workload);
      show_calibration (self);
    }
  gtk_label_set_label (self->state_label,
                       /* Translators: under the dashboard's figures */
                       _("Scores of QA calls only; the monitoring coefficient is on the Results tab."));
}

static void
reload (FlQaDashboardPage *self)
{
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  self->loaded = FALSE;
  gtk_widget_set_visible (self->agent_bar, self->agent_id != 0);
  gtk_widget_set_visible (self->scorers_box, self->agent_id == 0);
  gtk_label_set_label (self->state_label, _("Reading the months’ evaluations…"));
  fl_qa_report_service_dashboard_async (self->reports, self->session, self->agent_id != 0 ? 0 : self->team_id,
                                        self->agent_id, self->month, DASHBOARD_MONTHS, self->loading,
                                        dashboard_loaded_cb, g_object_ref (self));
}

/**
 * fl_qa_dashboard_page_load:
 * @month: the last month shown, YYYY-MM
 * @team_id: the team, or 0 for the whole center
 *
 * Reads the dashboard in the background. Another team than before shows
 * everyone in it again, not the agent chosen earlier.
 */
void
fl_qa_dashboard_page_load (FlQaDashboardPage *self,
                           const char        *month,
                           gint64             team_id)
{
  g_return_if_fail (FL_IS_QA_DASHBOARD_PAGE (self));
  g_return_if_fail (fl_month_is_valid (month));

  g_free (self->month);
  self->month = g_strdup (month);
  if (team_id != self->team_id)
    self->agent_id = 0;
  self->team_id = team_id;
  reload (self);
}

/**
 * fl_qa_dashboard_page_show_agent:
 * @staff_id: the agent
 * @name: the agent's name, for the heading
 *
 * Shows one agent's trend and the items they failed most, for the month
 * last loaded.
 */
void
fl_qa_dashboard_page_show_agent (FlQaDashboardPage *self,
                                 gint64             staff_id,
                                 const char        *name)
{
  g_autofree char *heading = NULL;

  g_return_if_fail (FL_IS_QA_DASHBOARD_PAGE (self));
  g_return_if_fail (staff_id > 0);
  g_return_if_fail (self->month != NULL);

  /* Translators: the heading of one agent's QA dashboard; %s is the agent */
  heading = g_strdup_printf (_("%s’s Calls"), name);
  gtk_label_set_label (self->agent_label, heading);
  self->agent_id = staff_id;
  reload (self);
}

static void
show_everyone_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlQaDashboardPage *self = FL_QA_DASHBOARD_PAGE (widget);

  self->agent_id = 0;
  reload (self);
}

/* For the window benchmark: the first frame after the tab opens, with the
 * figures or while they are read. */
static void
fl_qa_dashboard_page_map (GtkWidget *widget)
{
  FlQaDashboardPage *self = FL_QA_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (fl_qa_dashboard_page_parent_class)->map (widget);
  fl_paint_probe_mark (widget, "dashboard-frame");
  if (self->loaded)
    fl_paint_probe_mark (widget, "dashboard-frame-complete");
}

static void
fl_qa_dashboard_page_dispose (GObject *object)
{
  FlQaDashboardPage *self = FL_QA_DASHBOARD_PAGE (object);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_QA_DASHBOARD_PAGE);
  g_clear_object (&self->reports);
  g_clear_object (&self->database);
  g_clear_object (&self->session);
  g_clear_pointer (&self->month, g_free);

  G_OBJECT_CLASS (fl_qa_dashboard_page_parent_class)->dispose (object);
}

static void
fl_qa_dashboard_page_class_init (FlQaDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_qa_dashboard_page_dispose;
  widget_class->map = fl_qa_dashboard_page_map;

  g_type_ensure (FL_TYPE_SCORE_CHART);
  g_type_ensure (FL_TYPE_PARETO_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-qa-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, agent_bar);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, agent_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, scorers_box);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, pass_rate_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, average_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, scored_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, monthly_chart);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, weekly_chart);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, pareto_chart);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, workload_grid);
  gtk_widget_class_bind_template_child (widget_class, FlQaDashboardPage, calibration_grid);

  gtk_widget_class_install_action (widget_class, "dashboard.show-everyone", NULL, show_everyone_action);
}

static void
fl_qa_dashboard_page_init (FlQaDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_qa_dashboard_page_new (FlDatabase *database,
                          FlSession  *session)
{
  FlQaDashboardPage *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_QA_DASHBOARD_PAGE, NULL);
  self->database = g_object_ref (database);
  self->session = g_object_ref (session);
  self->reports = fl_qa_report_service_new (database);
  return GTK_WIDGET (self);
}
