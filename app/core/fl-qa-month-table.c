/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-month-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-csv-writer.h"
#include "fl-qa-month-result.h"
#include "fl-qa-month-table.h"

GBytes *
fl_qa_month_table_to_csv (GListModel *results)
{
  const char *headings[] = {
    N_("Rank"), N_("Job Number"), N_("Name"), N_("Team"), N_("Calls Evaluated"), N_("Passed"),
    N_("Failed"), N_("Average Score"), N_("QA Points"), N_("Calls Monitored"), N_("Monitored Score"),
    N_("Monitoring Coefficient"), N_("Confirmed Complaints"), N_("Complaint Points"), N_("Total"),
  };
  g_autoptr(FlCsvWriter) writer = fl_csv_writer_new ();

  g_return_val_if_fail (G_IS_LIST_MODEL (results), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    fl_csv_writer_add_text (writer, _(headings[i]));
  fl_csv_writer_end_row (writer);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(FlQaMonthResult) result = g_list_model_get_item (results, i);
      const FlQaMonthFigures *figures = fl_qa_month_result_get_figures (result);

      fl_csv_writer_add_number (writer, figures->rank > 0 ? figures->rank : NAN, 0);
      fl_csv_writer_add_text (writer, fl_qa_month_result_get_job_number (result));
      fl_csv_writer_add_text (writer, fl_qa_month_result_get_name (result));
      fl_csv_writer_add_text (writer, fl_qa_month_result_get_team_name (result));
      fl_csv_writer_add_number (writer, figures->evaluated, 0);
      fl_csv_writer_add_number (writer, figures->passed, 0);
      fl_csv_writer_add_number (writer, figures->failed, 0);
      fl_csv_writer_add_number (writer, figures->average_score, 1);
      fl_csv_writer_add_number (writer, figures->qa_points, 0);
      fl_csv_writer_add_number (writer, figures->monitored, 0);
      fl_csv_writer_add_number (writer, figures->monitored_score, 1);
      fl_csv_writer_add_number (writer, figures->coefficient, 1);
      fl_csv_writer_add_number (writer, figures->complaints, 0);
      fl_csv_writer_add_number (writer, figures->complaint_points, 0);
      fl_csv_writer_add_number (writer, figures->total, 0);
      fl_csv_writer_end_row (writer);
    }
  return fl_csv_writer_finish (writer);
}
