/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-account-service.h"
#include "fl-form-dialog.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

#define FL_TYPE_ACCOUNT_DIALOG (fl_account_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlAccountDialog, fl_account_dialog, FL, ACCOUNT_DIALOG, FlFormDialog)

GtkWidget *fl_account_dialog_new (GtkWidget        *parent,
                                  FlAccountService *accounts,
                                  FlStaffService   *staff,
                                  FlSession        *actor,
                                  FlAccount        *account);

G_END_DECLS
