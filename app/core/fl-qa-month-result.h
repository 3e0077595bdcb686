/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One agent's QA month by the center's rules. A figure that does not apply
 * (no evaluated call, no monitored call) is NAN. */
typedef struct
{
  gint64  staff_id;
  guint   evaluated;          /* submitted QA evaluations of the month's calls */
  guint   passed;
  guint   failed;
  double  average_score;      /* percent */
  double  qa_points;          /* 话务质检, of rules.points */
  guint   monitored;          /* submitted monitoring evaluations */
  double  monitored_score;    /* their average, percent */
  double  coefficient;        /* 测听系数 */
  guint   complaints;         /* confirmed 投诉 */
  double  complaint_points;
  double  total;              /* qa_points + complaint_points */
  guint   rank;               /* in the whole center, 1 = best; 0 = not ranked */
} FlQaMonthFigures;

#define FL_TYPE_QA_MONTH_RESULT (fl_qa_month_result_get_type ())
G_DECLARE_FINAL_TYPE (FlQaMonthResult, fl_qa_month_result, FL, QA_MONTH_RESULT, GObject)

FlQaMonthResult        *fl_qa_month_result_new          (const FlQaMonthFigures *figures,
                                                         const char             *job_number,
                                                         const char             *name,
                                                         const char             *team_name);
const FlQaMonthFigures *fl_qa_month_result_get_figures  (FlQaMonthResult        *self);
const char             *fl_qa_month_result_get_job_number (FlQaMonthResult      *self);
const char             *fl_qa_month_result_get_name     (FlQaMonthResult        *self);
const char             *fl_qa_month_result_get_team_name (FlQaMonthResult       *self);
/* One of the month's top three, who are rewarded. */
gboolean                fl_qa_month_result_is_top_three (FlQaMonthResult        *self);

G_END_DECLS
