/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-dispute-service.h"
#include "fl-evaluation.h"
#include "fl-form-dialog.h"

G_BEGIN_DECLS

#define FL_TYPE_DISPUTE_FILING_DIALOG (fl_dispute_filing_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlDisputeFilingDialog, fl_dispute_filing_dialog, FL, DISPUTE_FILING_DIALOG, FlFormDialog)

GtkWidget *fl_dispute_filing_dialog_new (GtkWidget        *parent,
                                         FlDisputeService *disputes,
                                         FlSession        *session,
                                         FlEvaluation     *evaluation);

G_END_DECLS
