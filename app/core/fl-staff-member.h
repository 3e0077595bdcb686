/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_POSITION_AGENT,
  FL_POSITION_TEAM_LEAD,
  FL_POSITION_QA_AUDITOR,
  FL_POSITION_DEPARTMENT_HEAD,
  FL_POSITION_ADMINISTRATOR,
  FL_N_POSITIONS,
} FlPosition;

const char *fl_position_to_code  (FlPosition  position);
FlPosition  fl_position_from_code (const char *code);
const char *fl_position_to_label (FlPosition  position);

#define FL_TYPE_STAFF_MEMBER (fl_staff_member_get_type ())
G_DECLARE_FINAL_TYPE (FlStaffMember, fl_staff_member, FL, STAFF_MEMBER, GObject)

/* A person of the center, agents included. Writable properties make the
 * object its own draft: an editor sets them and hands it to FlStaffService. */
FlStaffMember *fl_staff_member_new              (void);
gint64         fl_staff_member_get_id           (FlStaffMember *self);
const char    *fl_staff_member_get_job_number   (FlStaffMember *self);
const char    *fl_staff_member_get_name         (FlStaffMember *self);
const char    *fl_staff_member_get_english_name (FlStaffMember *self);
gint64         fl_staff_member_get_team_id      (FlStaffMember *self);
const char    *fl_staff_member_get_team_name    (FlStaffMember *self);
FlPosition     fl_staff_member_get_position     (FlStaffMember *self);
const char    *fl_staff_member_get_extension    (FlStaffMember *self);
const char    *fl_staff_member_get_hire_date    (FlStaffMember *self);
gboolean       fl_staff_member_get_active       (FlStaffMember *self);
char          *fl_staff_member_dup_display_name (FlStaffMember *self);

G_END_DECLS
