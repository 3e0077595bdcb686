/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_SHIFT_TYPE_GROUP (fl_shift_type_group_get_type ())
G_DECLARE_FINAL_TYPE (FlShiftTypeGroup, fl_shift_type_group, FL, SHIFT_TYPE_GROUP, AdwPreferencesGroup)

/* Preferences' shift types (班次), a row each with its colour, code, times
 * and season; the department head or an administrator adds and changes
 * them. */
void fl_shift_type_group_load (FlShiftTypeGroup *self,
                               FlDatabase       *database,
                               FlSession        *session);

G_END_DECLS
