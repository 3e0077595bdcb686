/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-roster-history.h"

G_BEGIN_DECLS

#define FL_TYPE_SEAT_DIALOG (fl_seat_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlSeatDialog, fl_seat_dialog, FL, SEAT_DIALOG, FlFormDialog)

/* The lead seats (坐席) the selected agents, @first_agent to @last_agent,
 * on the days from @first_day to @last_day of @history's draft, as one
 * step that can be undone. */
GtkWidget *fl_seat_dialog_new (GtkWidget       *parent,
                               FlRosterHistory *history,
                               guint            first_agent,
                               guint            last_agent,
                               guint            first_day,
                               guint            last_day);

G_END_DECLS
