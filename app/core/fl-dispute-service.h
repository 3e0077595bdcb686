/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-dispute.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_DISPUTE_SERVICE (fl_dispute_service_get_type ())
G_DECLARE_FINAL_TYPE (FlDisputeService, fl_dispute_service, FL, DISPUTE_SERVICE, GObject)

FlDisputeService *fl_dispute_service_new        (FlDatabase        *database);

/* A team lead disputes one item of a submitted evaluation of an agent of
 * their team, on the agent's behalf, within the days Preferences allow,
 * proposing another answer. Returns the dispute's id, or 0. */
gint64      fl_dispute_service_file            (FlDisputeService  *self,
                                                FlSession         *actor,
                                                gint64             evaluation_id,
                                                gint64             item_id,
                                                const char        *reason,
                                                FlAnswerState      proposed_state,
                                                int                proposed_points,
                                                GError           **error);
/* The auditor who scored the call, or a department head, decides: keep
 * the answer, accept the proposal, or change it to @state and @points.
 * A comment is required. The evaluation keeps its earlier version in its
 * history and is rescored; the month's results follow. */
gboolean    fl_dispute_service_decide          (FlDisputeService  *self,
                                                FlSession         *actor,
                                                gint64             dispute_id,
                                                FlDisputeState     outcome,
                                                FlAnswerState      state,
                                                int                points,
                                                const char        *comment,
                                                GError           **error);
/* GListModels of FlDispute: an evaluation's disputes, oldest first; and
 * the open disputes the actor may decide (their own evaluations', or all
 * of them for a department head), oldest first. */
GListModel *fl_dispute_service_list_for_evaluation (FlDisputeService *self,
                                                    FlSession        *actor,
                                                    gint64            evaluation_id,
                                                    GError          **error);
GListModel *fl_dispute_service_list_to_decide  (FlDisputeService  *self,
                                                FlSession         *actor,
                                                GError           **error);
/* The disputes a team lead filed, decided or not, oldest first. */
GListModel *fl_dispute_service_list_filed      (FlDisputeService  *self,
                                                FlSession         *actor,
                                                GError           **error);

G_END_DECLS
