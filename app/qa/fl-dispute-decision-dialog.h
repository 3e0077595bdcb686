/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-dispute-service.h"
#include "fl-evaluation.h"
#include "fl-form-dialog.h"

G_BEGIN_DECLS

#define FL_TYPE_DISPUTE_DECISION_DIALOG (fl_dispute_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlDisputeDecisionDialog, fl_dispute_decision_dialog, FL, DISPUTE_DECISION_DIALOG, FlFormDialog)

GtkWidget *fl_dispute_decision_dialog_new (GtkWidget        *parent,
                                           FlDisputeService *disputes,
                                           FlSession        *session,
                                           FlDispute        *dispute,
                                           FlEvaluation     *evaluation);

G_END_DECLS
