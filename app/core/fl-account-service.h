/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-account.h"
#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_ACCOUNT_ERROR (fl_account_error_quark ())

typedef enum
{
  FL_ACCOUNT_ERROR_WRONG_PASSWORD,
  FL_ACCOUNT_ERROR_LOCKED,
  FL_ACCOUNT_ERROR_INACTIVE,
  FL_ACCOUNT_ERROR_INVALID,
  FL_ACCOUNT_ERROR_DUPLICATE,
  FL_ACCOUNT_ERROR_NOT_FIRST,
} FlAccountError;

#define FL_TYPE_ACCOUNT_SERVICE (fl_account_service_get_type ())
G_DECLARE_FINAL_TYPE (FlAccountService, fl_account_service, FL, ACCOUNT_SERVICE, GObject)

GQuark            fl_account_error_quark              (void);
FlAccountService *fl_account_service_new              (FlDatabase        *database);

gboolean          fl_account_service_has_accounts     (FlAccountService  *self);
/* Active accounts, for the sign-in screen; no permission needed. */
GListModel       *fl_account_service_list             (FlAccountService  *self,
                                                       gboolean           include_inactive,
                                                       GError           **error);

FlSession        *fl_account_service_sign_in          (FlAccountService  *self,
                                                       const char        *login,
                                                       const char        *password,
                                                       GError           **error);
FlSession        *fl_account_service_sign_in_at       (FlAccountService  *self,
                                                       const char        *login,
                                                       const char        *password,
                                                       GDateTime         *now,
                                                       GError           **error);
void              fl_account_service_sign_in_async    (FlAccountService  *self,
                                                       const char        *login,
                                                       const char        *password,
                                                       GCancellable      *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer           user_data);
FlSession        *fl_account_service_sign_in_finish   (FlAccountService  *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);

/* Only when there is no account yet: creates the staff member and the admin account. */
FlSession        *fl_account_service_create_first_admin (FlAccountService *self,
                                                         const char       *name,
                                                         const char       *job_number,
                                                         const char       *login,
                                                         const char       *password,
                                                         GError          **error);
gint64            fl_account_service_create           (FlAccountService  *self,
                                                       FlSession         *actor,
                                                       const char        *login,
                                                       const char        *password,
                                                       gint64             staff_id,
                                                       FlRoles            roles,
                                                       GError           **error);
gboolean          fl_account_service_update           (FlAccountService  *self,
                                                       FlSession         *actor,
                                                       gint64             id,
                                                       FlRoles            roles,
                                                       gboolean           active,
                                                       const char        *new_password,
                                                       GError           **error);
gboolean          fl_account_service_set_password     (FlAccountService  *self,
                                                       FlSession         *actor,
                                                       gint64             id,
                                                       const char        *password,
                                                       GError           **error);

G_END_DECLS
