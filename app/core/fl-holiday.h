/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_HOLIDAY_DAY_OFF,   /* a public holiday (法定节假日) */
  FL_HOLIDAY_WORKDAY,   /* a weekend day worked in place of one (调休上班) */
} FlHolidayKind;

#define FL_TYPE_HOLIDAY (fl_holiday_get_type ())
G_DECLARE_FINAL_TYPE (FlHoliday, fl_holiday, FL, HOLIDAY, GObject)

/* One day of the public-holiday calendar. */
FlHoliday     *fl_holiday_new       (gint64         id,
                                     const char    *date,
                                     const char    *name,
                                     FlHolidayKind  kind);
gint64         fl_holiday_get_id    (FlHoliday     *self);
const char    *fl_holiday_get_date  (FlHoliday     *self);   /* YYYY-MM-DD */
const char    *fl_holiday_get_name  (FlHoliday     *self);
FlHolidayKind  fl_holiday_get_kind  (FlHoliday     *self);

/* "holiday" or "workday", as the database writes it, and back. */
const char    *fl_holiday_kind_to_string   (FlHolidayKind  kind);
FlHolidayKind  fl_holiday_kind_from_string (const char    *text);

/* Whether the office works on @date: Monday to Friday unless @holiday (the
 * calendar's entry for @date, or NULL) is a day off, and a weekend day
 * only when it is a make-up workday. */
gboolean       fl_holiday_is_working_day   (const GDate   *date,
                                            FlHoliday     *holiday);

G_END_DECLS
