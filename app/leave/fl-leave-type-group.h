/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_LEAVE_TYPE_GROUP (fl_leave_type_group_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveTypeGroup, fl_leave_type_group, FL, LEAVE_TYPE_GROUP, AdwPreferencesGroup)

/* Lists the leave types; the department head and administrators change
 * and add them. */
void fl_leave_type_group_load (FlLeaveTypeGroup *self,
                               FlDatabase       *database,
                               FlSession        *session);

G_END_DECLS
