/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-programme-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-month.h"
#include "fl-qa-month-table.h"
#include "fl-qa-programme-panel-private.h"
#include "fl-qa-report-service.h"
#include "fl-qa-statement.h"
#include "fl-report-window.h"

/* The QA Programme's reports on the selected agent and the team shown:
 * an agent's monthly statement and the month's table, each opened as a
 * report to print or save as a PDF or CSV file; and an agent's dashboard. */

void
_fl_qa_programme_panel_update_reports (FlQaProgrammePanel *self)
{
  gboolean has_rows = self->month_results != NULL && g_list_model_get_n_items (self->month_results) > 0;
  gboolean has_agent = gtk_single_selection_get_selected_item (self->result_selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.statement", has_agent);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.agent-dashboard", has_agent);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.print-table", has_rows);
}

static void
statement_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);
  FlQaMonthResult *result = gtk_single_selection_get_selected_item (self->result_selection);
  g_autoptr(FlQaReportService) reports = fl_qa_report_service_new (self->database);
  g_autoptr(FlReportTable) statement = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  FlQaRules rules;

  if (result == NULL)
    return;
  /* One agent's month: a few dozen rows, read at once. */
  lines = fl_qa_report_service_statement_lines (reports, self->session,
                                                fl_qa_month_result_get_figures (result)->staff_id, self->month,
                                                &error);
  if (lines == NULL)
    {
      _fl_qa_programme_panel_toast (self, error->message);
      return;
    }
  fl_qa_results_service_get_rules (self->results, &rules);
  statement = fl_qa_statement_new (result, self->month, lines, &rules);
  /* Translators: the file name offered for an agent's statement: job number and month */
  file_name = g_strdup_printf (_("qa-statement-%s-%s"), fl_qa_month_result_get_job_number (result), self->month);
  gtk_window_present (GTK_WINDOW (fl_report_window_new (widget, statement, file_name)));
}

/* The selected agent's trend and the items they failed most. */
static void
agent_dashboard_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);
  FlQaMonthResult *result = gtk_single_selection_get_selected_item (self->result_selection);

  if (result == NULL)
    return;
  fl_qa_dashboard_page_show_agent (self->dashboard_page, fl_qa_month_result_get_figures (result)->staff_id,
                                   fl_qa_month_result_get_name (result));
  adw_view_stack_set_visible_child_name (self->view_stack, "dashboard");
}

static void
print_table_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);
  g_autofree char *month = fl_month_format (self->month);
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(FlReportTable) table = NULL;
  GtkStringObject *team = GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (self->team_dropdown));

  /* Translators: the printed month's QA table; %s is a month */
  title = g_strdup_printf (_("Monthly QA Results, %s"), month);
  if (self->month_results == NULL)
    return;
  table = fl_qa_month_table_new (self->month_results, title,
                                 team != NULL ? gtk_string_object_get_string (team) : NULL);
  /* Translators: the file name offered for the month's table; %s is "2026-11" */
  file_name = g_strdup_printf (_("qa-results-%s"), self->month);
  gtk_window_present (GTK_WINDOW (fl_report_window_new (widget, table, file_name)));
}

void
_fl_qa_programme_panel_install_reports (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "programme.statement", NULL, statement_action);
  gtk_widget_class_install_action (widget_class, "programme.print-table", NULL, print_table_action);
  gtk_widget_class_install_action (widget_class, "programme.agent-dashboard", NULL, agent_dashboard_action);
}
