/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-qa-results-service.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* How often one scorecard item was failed in the QA evaluations of a
 * period: a yes/no item answered no, a scale item given half its points
 * or fewer. */
typedef struct
{
  char  *item_text;          /* translated */
  guint  failures;
  guint  answered;           /* with points, not N/A */
} FlQaItemFailures;

/* One scorer's work in a month: submitted evaluations by purpose, drafts
 * still open, and the time spent listening and scoring. */
typedef struct
{
  gint64  account_id;
  char   *name;
  guint   qa;
  guint   monitoring;
  guint   calibration;
  guint   drafts;
  double  review_hours;
} FlQaWorkload;

/* One evaluation on an agent's monthly QA statement. */
typedef struct
{
  char     *call_date;       /* YYYY-MM-DD, the call's local day */
  char     *scorer;
  gboolean  monitoring;      /* a supervisor's monitored call, not QA */
  gboolean  scorable;
  double    score;           /* percent */
  gboolean  passed;
  char     *missed;          /* the items not given full points, translated, "; " between */
} FlQaStatementLine;

/* What the department head's dashboard shows, for a team (0: the whole
 * center) or one agent. */
typedef struct
{
  GArray *monthly;           /* FlQaTrendPoint, oldest first */
  GArray *weekly;            /* FlQaTrendPoint, oldest first */
  GArray *failed_items;      /* FlQaItemFailures, most failed first */
  GArray *workload;          /* FlQaWorkload of the last month, busiest first */
} FlQaDashboard;

void fl_qa_dashboard_free (FlQaDashboard *dashboard);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlQaDashboard, fl_qa_dashboard_free)

#define FL_TYPE_QA_REPORT_SERVICE (fl_qa_report_service_get_type ())
G_DECLARE_FINAL_TYPE (FlQaReportService, fl_qa_report_service, FL, QA_REPORT_SERVICE, GObject)

FlQaReportService *fl_qa_report_service_new        (FlDatabase         *database);

/* Scores of the QA evaluations from @first_month to @last_month, by week
 * (Monday) or month, for @staff_id if not 0, else @team_id if not 0, else
 * the center; periods without an evaluation are left out. */
GArray        *fl_qa_report_service_trend          (FlQaReportService  *self,
                                                    FlSession          *actor,
                                                    gint64              team_id,
                                                    gint64              staff_id,
                                                    const char         *first_month,
                                                    const char         *last_month,
                                                    gboolean            by_week,
                                                    GError            **error);
GArray        *fl_qa_report_service_failed_items   (FlQaReportService  *self,
                                                    FlSession          *actor,
                                                    gint64              team_id,
                                                    gint64              staff_id,
                                                    const char         *first_month,
                                                    const char         *last_month,
                                                    GError            **error);
GArray        *fl_qa_report_service_workload       (FlQaReportService  *self,
                                                    FlSession          *actor,
                                                    const char         *month,
                                                    GError            **error);

/* The agent's submitted QA and monitoring evaluations of @month's calls,
 * in call order, for the agent's statement. */
GArray        *fl_qa_report_service_statement_lines (FlQaReportService  *self,
                                                     FlSession          *actor,
                                                     gint64              staff_id,
                                                     const char         *month,
                                                     GError            **error);

/* All of the dashboard for the @months months up to @last_month, read in
 * a worker thread on a connection of its own. */
void           fl_qa_report_service_dashboard_async  (FlQaReportService   *self,
                                                      FlSession           *actor,
                                                      gint64               team_id,
                                                      gint64               staff_id,
                                                      const char          *last_month,
                                                      guint                months,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
FlQaDashboard *fl_qa_report_service_dashboard_finish (FlQaReportService   *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

G_END_DECLS
