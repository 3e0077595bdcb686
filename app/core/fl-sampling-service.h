/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-sample-progress.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* What a draw did. */
typedef struct
{
  gint64 plan_id;
  guint  agents;             /* agents with calls in the month */
  guint  drawn_qa;           /* calls newly drawn for QA */
  guint  drawn_monitoring;   /* and for the supervisors' monitoring */
  guint  short_agents;       /* agents with fewer calls than the quota */
} FlSamplingOutcome;

#define FL_TYPE_SAMPLING_SERVICE (fl_sampling_service_get_type ())
G_DECLARE_FINAL_TYPE (FlSamplingService, fl_sampling_service, FL, SAMPLING_SERVICE, GObject)

FlSamplingService *fl_sampling_service_new             (FlDatabase        *database);

/* Draws @month's sample for @team_id (0: the whole center), or tops the
 * existing plan up with calls that arrived since: N calls per agent for QA
 * (Preferences), spread across the month's weeks and queues, only calls
 * long enough and not evaluated yet, assigned to the QA auditors evenly
 * (never their own calls); and the monitoring quota, assigned to each
 * agent's team lead. One transaction, audited. */
gboolean    fl_sampling_service_draw              (FlSamplingService  *self,
                                                   FlSession          *actor,
                                                   const char         *month,
                                                   gint64              team_id,
                                                   FlSamplingOutcome  *outcome,
                                                   GError            **error);
/* The same in a worker thread; the outcome is returned by the finish. */
void        fl_sampling_service_draw_async        (FlSamplingService   *self,
                                                   FlSession           *actor,
                                                   const char          *month,
                                                   gint64               team_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean    fl_sampling_service_draw_finish       (FlSamplingService   *self,
                                                   GAsyncResult        *result,
                                                   FlSamplingOutcome   *outcome,
                                                   GError             **error);
/* The plan of @month for @team_id, or 0 if none is drawn yet. */
gint64      fl_sampling_service_find_plan         (FlSamplingService  *self,
                                                   const char         *month,
                                                   gint64              team_id);
/* A GListModel of FlSampleProgress: each agent of the plan, then each
 * assignee, by name. */
GListModel *fl_sampling_service_list_progress     (FlSamplingService  *self,
                                                   FlSession          *actor,
                                                   gint64              plan_id,
                                                   GError            **error);
void        fl_sampling_service_list_progress_async  (FlSamplingService   *self,
                                                      FlSession           *actor,
                                                      gint64               plan_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GListModel *fl_sampling_service_list_progress_finish (FlSamplingService   *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* The actor's next call to score: the oldest assigned to them and not
 * submitted yet; 0 when there is none. */
gint64      fl_sampling_service_next_assignment   (FlSamplingService  *self,
                                                   FlSession          *actor,
                                                   GError            **error);

G_END_DECLS
