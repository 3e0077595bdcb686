/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FL_TYPE_DEPARTMENT (fl_department_get_type ())
G_DECLARE_FINAL_TYPE (FlDepartment, fl_department, FL, DEPARTMENT, GObject)

/* A department with its head; properties: id, name, head-id, head-name, team-count. */
FlDepartment *fl_department_new            (void);
gint64        fl_department_get_id         (FlDepartment *self);
const char   *fl_department_get_name       (FlDepartment *self);
gint64        fl_department_get_head_id    (FlDepartment *self);
const char   *fl_department_get_head_name  (FlDepartment *self);
guint         fl_department_get_team_count (FlDepartment *self);

G_END_DECLS
