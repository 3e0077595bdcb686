/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-leave-request.h"

G_BEGIN_DECLS

#define FL_LEAVE_CALENDAR_MAX_DAYS 31

/* One person's day in a team absence calendar. */
typedef struct
{
  FlLeaveType  *type;        /* NULL: not away, or absent (旷工) */
  gboolean      absent;
  gint64        request_id;  /* 0: no leave */
  FlLeaveState  state;       /* pending or approved */
  FlLeaveHalf   half;        /* morning: away until noon; afternoon: from noon */
} FlLeaveCalendarDay;

/* One person who is away some day of the month. */
typedef struct
{
  gint64              staff_id;
  char               *name;
  char               *job_number;
  char               *team;     /* or NULL */
  FlLeaveCalendarDay  days[FL_LEAVE_CALENDAR_MAX_DAYS];
} FlLeaveCalendarRow;

/* A month of who is away (请假日历), by team. */
typedef struct
{
  char       *month;                               /* YYYY-MM */
  guint       n_days;
  GPtrArray  *rows;                                /* FlLeaveCalendarRow, by team and job number */
  GPtrArray  *types;                               /* FlLeaveType, every type, for the legend */
  guint       away[FL_LEAVE_CALENDAR_MAX_DAYS];    /* people away each day, approved or absent */
} FlLeaveCalendar;

void fl_leave_calendar_free (FlLeaveCalendar *self);

/* "Annual leave 3–6, Personal leave 20 (waiting), Absent 28": a row's days
 * in words, for a screen reader and a tooltip. */
char *fl_leave_calendar_row_describe (const FlLeaveCalendarRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlLeaveCalendar, fl_leave_calendar_free)

G_END_DECLS
