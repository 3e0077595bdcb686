/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-department.h"
#include "fl-session.h"
#include "fl-staff-member.h"
#include "fl-team.h"

G_BEGIN_DECLS

#define FL_STAFF_ERROR (fl_staff_error_quark ())

typedef enum
{
  FL_STAFF_ERROR_INVALID,
  FL_STAFF_ERROR_DUPLICATE,
  FL_STAFF_ERROR_NOT_FOUND,
  FL_STAFF_ERROR_IN_USE,
} FlStaffError;

#define FL_STAFF_NAME_MAX_LENGTH       100
#define FL_STAFF_JOB_NUMBER_MAX_LENGTH 20

#define FL_TYPE_STAFF_SERVICE (fl_staff_service_get_type ())
G_DECLARE_FINAL_TYPE (FlStaffService, fl_staff_service, FL, STAFF_SERVICE, GObject)

GQuark          fl_staff_error_quark            (void);
FlStaffService *fl_staff_service_new            (FlDatabase     *database,
                                                 FlSession      *session);

/* People. @search matches name, English name, 工号 and extension; NULL for all. */
GListModel     *fl_staff_service_list_staff     (FlStaffService *self,
                                                 const char     *search,
                                                 gboolean        include_departed,
                                                 GError        **error);
FlStaffMember  *fl_staff_service_get_member     (FlStaffService *self,
                                                 gint64          id,
                                                 GError        **error);
gint64          fl_staff_service_add_member     (FlStaffService *self,
                                                 FlStaffMember  *draft,
                                                 GError        **error);
gboolean        fl_staff_service_update_member  (FlStaffService *self,
                                                 FlStaffMember  *member,
                                                 GError        **error);
gboolean        fl_staff_service_set_active     (FlStaffService *self,
                                                 gint64          id,
                                                 gboolean        active,
                                                 GError        **error);
/* Marks @id as departed (离职): refused while they lead a team or a
 * department, or hold anything of the center (issued, on loan) that has
 * not been recovered (离职回收) — unless an administrator overrides the
 * recovery with @override_reason, audited with what they still hold. */
gboolean        fl_staff_service_depart         (FlStaffService *self,
                                                 gint64          id,
                                                 const char     *override_reason,
                                                 GError        **error);

/* Teams and departments. */
GListModel     *fl_staff_service_list_teams       (FlStaffService *self,
                                                   GError        **error);
gint64          fl_staff_service_add_team         (FlStaffService *self,
                                                   const char     *name,
                                                   gint64          department_id,
                                                   gint64          lead_id,
                                                   GError        **error);
gboolean        fl_staff_service_update_team      (FlStaffService *self,
                                                   gint64          id,
                                                   const char     *name,
                                                   gint64          department_id,
                                                   gint64          lead_id,
                                                   GError        **error);
GListModel     *fl_staff_service_list_departments (FlStaffService *self,
                                                   GError        **error);
gint64          fl_staff_service_add_department   (FlStaffService *self,
                                                   const char     *name,
                                                   gint64          head_id,
                                                   GError        **error);
gboolean        fl_staff_service_update_department (FlStaffService *self,
                                                    gint64          id,
                                                    const char     *name,
                                                    gint64          head_id,
                                                    GError        **error);

G_END_DECLS
