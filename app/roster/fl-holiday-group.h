/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_HOLIDAY_GROUP (fl_holiday_group_get_type ())
G_DECLARE_FINAL_TYPE (FlHolidayGroup, fl_holiday_group, FL, HOLIDAY_GROUP, AdwPreferencesGroup)

/* Preferences' public-holiday calendar from this year on, a row per run
 * of days; the department head or an administrator marks and removes. */
void fl_holiday_group_load (FlHolidayGroup *self,
                            FlDatabase     *database,
                            FlSession      *session);

G_END_DECLS
