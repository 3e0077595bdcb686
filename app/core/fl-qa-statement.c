/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-statement"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-month.h"
#include "fl-qa-report-service.h"
#include "fl-qa-statement.h"

/* "32 of 40", or a dash when it does not apply. */
static char *
points_of (double points,
           double maximum)
{
  if (isnan (points))
    return g_strdup ("—");
  /* Translators: points earned of the most there are, as in "32 of 40" */
  return g_strdup_printf (_("%.0f of %.0f"), points, maximum);
}

static char *
figure (double value,
        guint  digits)
{
  return isnan (value) ? g_strdup ("—") : g_strdup_printf ("%.*f", (int) digits, value);
}

static void
add_fact (FlReportTable *table,
          const char    *label,
          char          *value)
{
  fl_report_table_add_fact (table, label, value);
  g_free (value);
}

FlReportTable *
fl_qa_statement_new (FlQaMonthResult *result,
                     const char      *month,
                     GArray          *lines,
                     const FlQaRules *rules)
{
  const FlQaMonthFigures *figures;
  g_autofree char *title = NULL;
  g_autofree char *month_name = NULL;
  g_autofree char *subtitle = NULL;
  FlReportTable *table;

  g_return_val_if_fail (FL_IS_QA_MONTH_RESULT (result), NULL);
  g_return_val_if_fail (lines != NULL && rules != NULL, NULL);

  figures = fl_qa_month_result_get_figures (result);
  /* Translators: an agent's monthly QA statement; the agent's name and job number */
  title = g_strdup_printf (_("QA Statement: %s (%s)"), fl_qa_month_result_get_name (result),
                           fl_qa_month_result_get_job_number (result));
  month_name = fl_month_format (month);
  subtitle = fl_qa_month_result_get_team_name (result) != NULL
             ? g_strdup_printf ("%s · %s", month_name, fl_qa_month_result_get_team_name (result))
             : g_strdup (month_name);
  table = fl_report_table_new (title, subtitle);

  /* Translators: calls evaluated, then how many passed and failed */
  add_fact (table, _("Calls evaluated"), g_strdup_printf (_("%u (%u passed, %u failed)"), figures->evaluated,
                                                          figures->passed, figures->failed));
  add_fact (table, _("Average score"), figure (figures->average_score, 1));
  add_fact (table, _("QA points (话务质检)"), points_of (figures->qa_points, rules->points));
  add_fact (table, _("Calls monitored"), g_strdup_printf ("%u", figures->monitored));
  add_fact (table, _("Monitoring coefficient (测听系数)"), figure (figures->coefficient, 1));
  add_fact (table, _("Confirmed complaints"), g_strdup_printf ("%u", figures->complaints));
  add_fact (table, _("Complaint points"), points_of (figures->complaint_points, rules->complaint_points));
  add_fact (table, _("Total"), figure (figures->total, 0));
  add_fact (table, _("Rank in the center"),
            figures->rank == 0 ? g_strdup ("—")
            : fl_qa_month_result_is_top_three (result)
            /* Translators: a rank among the month's top three, who are rewarded */
            ? g_strdup_printf (_("%u (top three)"), figures->rank)
            : g_strdup_printf ("%u", figures->rank));

  fl_report_table_add_column (table, _("Call Date"), FALSE);
  fl_report_table_add_column (table, _("Scored By"), FALSE);
  fl_report_table_add_column (table, C_("evaluation purpose", "Kind"), FALSE);
  fl_report_table_add_column (table, _("Score"), TRUE);
  fl_report_table_add_column (table, _("Result"), FALSE);
  fl_report_table_add_column (table, _("Items Missed"), FALSE);
  for (guint i = 0; i < lines->len; i++)
    {
      const FlQaStatementLine *line = &g_array_index (lines, FlQaStatementLine, i);

      fl_report_table_add_text (table, line->call_date);
      fl_report_table_add_text (table, line->scorer);
      fl_report_table_add_text (table, line->monitoring ? C_("evaluation purpose", "Monitoring")
                                                        : C_("evaluation purpose", "QA"));
      fl_report_table_add_number (table, line->scorable ? line->score : NAN, 1);
      fl_report_table_add_text (table, !line->scorable ? ""
                                       : line->passed ? C_("score", "Pass") : C_("score", "Fail"));
      fl_report_table_add_text (table, line->missed);
      fl_report_table_end_row (table);
    }
  return table;
}
