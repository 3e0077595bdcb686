/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-evaluation-service.h"
#include "fl-recording.h"

G_BEGIN_DECLS

#define FL_TYPE_EVALUATION_LIST (fl_evaluation_list_get_type ())
G_DECLARE_FINAL_TYPE (FlEvaluationList, fl_evaluation_list, FL, EVALUATION_LIST, GtkPopover)

/* Evaluations per recording and per agent: everyone's evaluations of the
 * call under review, then the agent's evaluations of their other calls,
 * newest first. Activating one of those emits ::recording-activated with
 * its recording's id. */
GtkWidget *fl_evaluation_list_new  (void);
void       fl_evaluation_list_load (FlEvaluationList    *self,
                                    FlEvaluationService *service,
                                    FlSession           *session,
                                    FlRecording         *recording);

G_END_DECLS
