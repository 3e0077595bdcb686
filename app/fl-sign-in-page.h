/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"

G_BEGIN_DECLS

#define FL_TYPE_SIGN_IN_PAGE (fl_sign_in_page_get_type ())
G_DECLARE_FINAL_TYPE (FlSignInPage, fl_sign_in_page, FL, SIGN_IN_PAGE, AdwBin)

GtkWidget  *fl_sign_in_page_new          (void);
FlDatabase *fl_sign_in_page_get_database (FlSignInPage *self);
void        fl_sign_in_page_set_database (FlSignInPage *self,
                                          FlDatabase   *database);
void        fl_sign_in_page_reload       (FlSignInPage *self);

G_END_DECLS
