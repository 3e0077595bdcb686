/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-holiday.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* A holiday's name is at most this many characters. */
#define FL_HOLIDAY_NAME_MAX 40
/* One mark covers at most this many days: the longest holiday is a week
 * or two (Spring Festival), never a month. */
#define FL_HOLIDAY_MAX_DAYS 31

#define FL_TYPE_HOLIDAY_SERVICE (fl_holiday_service_get_type ())
G_DECLARE_FINAL_TYPE (FlHolidayService, fl_holiday_service, FL, HOLIDAY_SERVICE, GObject)

FlHolidayService *fl_holiday_service_new     (FlDatabase        *database);

/* The calendar's days from @first to @last (YYYY-MM-DD, both included) in
 * date order: a GListModel of FlHoliday. Anyone signed in. */
GListModel       *fl_holiday_service_list    (FlHolidayService  *self,
                                              FlSession         *actor,
                                              const char        *first,
                                              const char        *last,
                                              GError           **error);
/* Marks every day from @first to @last as @kind named @name ("National
 * Day"), replacing what the calendar said of them; the department head or
 * an administrator, one transaction, each day audited. Refused, saying
 * why: not a date, @last before @first, more than FL_HOLIDAY_MAX_DAYS
 * days, no name or a longer one than FL_HOLIDAY_NAME_MAX. Returns the
 * number of days marked, 0 with @error set. Errors are FL_ROSTER_ERROR. */
guint             fl_holiday_service_mark    (FlHolidayService  *self,
                                              FlSession         *actor,
                                              const char        *first,
                                              const char        *last,
                                              const char        *name,
                                              FlHolidayKind      kind,
                                              GError           **error);
/* Takes the days from @first to @last off the calendar, each audited;
 * returns how many there were, 0 with @error set when there were none. */
guint             fl_holiday_service_unmark  (FlHolidayService  *self,
                                              FlSession         *actor,
                                              const char        *first,
                                              const char        *last,
                                              GError           **error);
/* The days the office works from @first to @last, both included, by
 * fl_holiday_is_working_day(): how leave is counted where no roster is
 * published. */
gboolean          fl_holiday_service_count_working_days (FlHolidayService  *self,
                                                         const char        *first,
                                                         const char        *last,
                                                         guint             *n_days,
                                                         GError           **error);

G_END_DECLS
