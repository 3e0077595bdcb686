/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-month-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-qa-month-result.h"
#include "fl-qa-month-table.h"

FlReportTable *
fl_qa_month_table_new (GListModel *results,
                       const char *title,
                       const char *subtitle)
{
  static const struct
  {
    const char *heading;
    gboolean    numeric;
  } columns[] = {
    { N_("Rank"), TRUE }, { N_("Job Number"), FALSE }, { N_("Name"), FALSE }, { N_("Team"), FALSE },
    { N_("Calls Evaluated"), TRUE }, { N_("Passed"), TRUE }, { N_("Failed"), TRUE },
    { N_("Average Score"), TRUE }, { N_("QA Points"), TRUE }, { N_("Calls Monitored"), TRUE },
    { N_("Monitored Score"), TRUE }, { N_("Monitoring Coefficient"), TRUE },
    { N_("Confirmed Complaints"), TRUE }, { N_("Complaint Points"), TRUE }, { N_("Total"), TRUE },
  };
  FlReportTable *table;

  g_return_val_if_fail (G_IS_LIST_MODEL (results), NULL);

  table = fl_report_table_new (title, subtitle);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    fl_report_table_add_column (table, _(columns[i].heading), columns[i].numeric);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(FlQaMonthResult) result = g_list_model_get_item (results, i);
      const FlQaMonthFigures *figures = fl_qa_month_result_get_figures (result);

      fl_report_table_add_number (table, figures->rank > 0 ? figures->rank : NAN, 0);
      fl_report_table_add_text (table, fl_qa_month_result_get_job_number (result));
      fl_report_table_add_text (table, fl_qa_month_result_get_name (result));
      fl_report_table_add_text (table, fl_qa_month_result_get_team_name (result));
      fl_report_table_add_number (table, figures->evaluated, 0);
      fl_report_table_add_number (table, figures->passed, 0);
      fl_report_table_add_number (table, figures->failed, 0);
      fl_report_table_add_number (table, figures->average_score, 1);
      fl_report_table_add_number (table, figures->qa_points, 0);
      fl_report_table_add_number (table, figures->monitored, 0);
      fl_report_table_add_number (table, figures->monitored_score, 1);
      fl_report_table_add_number (table, figures->coefficient, 1);
      fl_report_table_add_number (table, figures->complaints, 0);
      fl_report_table_add_number (table, figures->complaint_points, 0);
      fl_report_table_add_number (table, figures->total, 0);
      fl_report_table_end_row (table);
    }
  return table;
}

GBytes *
fl_qa_month_table_to_csv (GListModel *results)
{
  g_autoptr(FlReportTable) table = fl_qa_month_table_new (results, NULL, NULL);

  return fl_report_table_to_csv (table);
}
