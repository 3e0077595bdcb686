/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-form-dialog.h"
#include "fl-staff-service.h"
#include "fl-team.h"

G_BEGIN_DECLS

#define FL_TYPE_TEAM_DIALOG (fl_team_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlTeamDialog, fl_team_dialog, FL, TEAM_DIALOG, FlFormDialog)

GtkWidget *fl_team_dialog_new (GtkWidget      *parent,
                               FlStaffService *service,
                               FlTeam         *team);

G_END_DECLS
