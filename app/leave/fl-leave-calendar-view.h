/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-leave-service.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_CALENDAR_VIEW (fl_leave_calendar_view_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveCalendarView, fl_leave_calendar_view, FL, LEAVE_CALENDAR_VIEW, AdwBin)

/* Shows this month for @session's teams; a person's row opens their
 * leave statement. */
void fl_leave_calendar_view_set_up  (FlLeaveCalendarView *self,
                                     FlDatabase          *database,
                                     FlLeaveService      *service,
                                     FlSession           *session);
/* Reads the month again (after a decision, a request filed). */
void fl_leave_calendar_view_refresh (FlLeaveCalendarView *self);

G_END_DECLS
