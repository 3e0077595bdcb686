/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-roster-history.h"

G_BEGIN_DECLS

#define FL_TYPE_PATTERN_DIALOG (fl_pattern_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlPatternDialog, fl_pattern_dialog, FL, PATTERN_DIALOG, FlFormDialog)

/* Repeats a rotation (轮班) over agents @first_agent to @last_agent from a
 * day to a day, each agent further into it by the stagger: one step of
 * @history. Days are the month's, from 0. */
GtkWidget *fl_pattern_dialog_new (GtkWidget       *parent,
                                  FlRosterService *service,
                                  FlRosterHistory *history,
                                  guint            first_agent,
                                  guint            last_agent,
                                  guint            first_day,
                                  guint            last_day);

G_END_DECLS
