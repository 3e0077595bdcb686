/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FL_TYPE_TEAM (fl_team_get_type ())
G_DECLARE_FINAL_TYPE (FlTeam, fl_team, FL, TEAM, GObject)

/* A team (班组) with its lead; properties: id, name, department-id,
 * department-name, lead-id, lead-name, member-count. */
FlTeam     *fl_team_new                 (void);
gint64      fl_team_get_id              (FlTeam *self);
const char *fl_team_get_name            (FlTeam *self);
gint64      fl_team_get_department_id   (FlTeam *self);
const char *fl_team_get_department_name (FlTeam *self);
gint64      fl_team_get_lead_id         (FlTeam *self);
const char *fl_team_get_lead_name       (FlTeam *self);
guint       fl_team_get_member_count    (FlTeam *self);

G_END_DECLS
