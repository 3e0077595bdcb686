/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-roster.h"

G_BEGIN_DECLS

#define FL_TYPE_VIOLATION_LIST (fl_violation_list_get_type ())
G_DECLARE_FINAL_TYPE (FlViolationList, fl_violation_list, FL, VIOLATION_LIST, GtkBox)

/* The rules a roster breaks, in words, each row taking the lead to its
 * cell ("show-cell": the agent's row, or FL_ROSTER_TEAM, and the day). */
GtkWidget *fl_violation_list_new    (void);
/* Shows @roster's violations as they now stand, changing only the rows
 * that changed: an edit redraws one or two, not the whole list. */
void       fl_violation_list_update (FlViolationList *self,
                                     FlRoster        *roster);

G_END_DECLS
