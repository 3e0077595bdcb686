/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-roster-service.h"

G_BEGIN_DECLS

#define FL_TYPE_SHIFT_TYPE_DIALOG (fl_shift_type_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlShiftTypeDialog, fl_shift_type_dialog, FL, SHIFT_TYPE_DIALOG, FlFormDialog)

/* The department head or an administrator adds a shift type (@shift_type
 * NULL) or changes one: code, name, colour, kind, times, break, season
 * and handover. Leave keeps its kind: the leave chain sets it. */
GtkWidget *fl_shift_type_dialog_new (GtkWidget       *parent,
                                     FlRosterService *service,
                                     FlSession       *actor,
                                     FlShiftType     *shift_type);

G_END_DECLS
