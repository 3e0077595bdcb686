/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-qa-month-result.h"
#include "fl-qa-rules.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* A period of an agent's score trend: a week (its Monday) or a month. */
typedef struct
{
  char   period[11];        /* "YYYY-MM-DD" (week) or "YYYY-MM" (month) */
  guint  evaluated;
  guint  passed;
  double average_score;     /* percent */
} FlQaTrendPoint;

#define FL_TYPE_QA_RESULTS_SERVICE (fl_qa_results_service_get_type ())
G_DECLARE_FINAL_TYPE (FlQaResultsService, fl_qa_results_service, FL, QA_RESULTS_SERVICE, GObject)

FlQaResultsService *fl_qa_results_service_new          (FlDatabase          *database);

/* The rules as Preferences set them now. */
void        fl_qa_results_service_get_rules   (FlQaResultsService  *self,
                                               FlQaRules           *rules);

/* A GListModel of FlQaMonthResult: each agent of @team_id (0 for the whole
 * center) in @month ("YYYY-MM"), in job number order. The coefficient's
 * range and the ranking are the whole center's. A closed month gives its
 * frozen results. */
GListModel *fl_qa_results_service_list_month  (FlQaResultsService  *self,
                                               FlSession           *actor,
                                               const char          *month,
                                               gint64               team_id,
                                               GError             **error);
/* The same in a worker thread, on a connection of its own. */
void        fl_qa_results_service_list_month_async  (FlQaResultsService  *self,
                                                     FlSession           *actor,
                                                     const char          *month,
                                                     gint64               team_id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GListModel *fl_qa_results_service_list_month_finish (FlQaResultsService  *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
gboolean    fl_qa_results_service_is_closed   (FlQaResultsService  *self,
                                               const char          *month);
/* Freezes the month's results as they stand; later changes to its
 * evaluations are refused until it is reopened. */
gboolean    fl_qa_results_service_close_month (FlQaResultsService  *self,
                                               FlSession           *actor,
                                               const char          *month,
                                               GError             **error);
void        fl_qa_results_service_close_month_async  (FlQaResultsService  *self,
                                                      FlSession           *actor,
                                                      const char          *month,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean    fl_qa_results_service_close_month_finish (FlQaResultsService  *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
gboolean    fl_qa_results_service_reopen_month (FlQaResultsService *self,
                                                FlSession          *actor,
                                                const char         *month,
                                                const char         *reason,
                                                GError            **error);

/* An agent's QA scores from @first_month to @last_month, by week or by
 * month, oldest first; periods with no evaluation are left out. */
GArray     *fl_qa_results_service_agent_trend (FlQaResultsService  *self,
                                               FlSession           *actor,
                                               gint64               staff_id,
                                               const char          *first_month,
                                               const char          *last_month,
                                               gboolean             by_week,
                                               GError             **error);

G_END_DECLS
