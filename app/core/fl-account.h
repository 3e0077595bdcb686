/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_ACCOUNT (fl_account_get_type ())
G_DECLARE_FINAL_TYPE (FlAccount, fl_account, FL, ACCOUNT, GObject)

/* Someone who signs in; properties: id, login, staff-id, display-name,
 * roles (FlRoles as guint), roles-label (translated), active, locked-until (text, UTC ISO-8601 or NULL). */
FlAccount  *fl_account_new              (void);
gint64      fl_account_get_id           (FlAccount *self);
const char *fl_account_get_login        (FlAccount *self);
gint64      fl_account_get_staff_id     (FlAccount *self);
const char *fl_account_get_display_name (FlAccount *self);
FlRoles     fl_account_get_roles        (FlAccount *self);
gboolean    fl_account_get_active       (FlAccount *self);
const char *fl_account_get_locked_until (FlAccount *self);

G_END_DECLS
