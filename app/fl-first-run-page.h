/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"

G_BEGIN_DECLS

#define FL_TYPE_FIRST_RUN_PAGE (fl_first_run_page_get_type ())
G_DECLARE_FINAL_TYPE (FlFirstRunPage, fl_first_run_page, FL, FIRST_RUN_PAGE, AdwBin)

GtkWidget  *fl_first_run_page_new              (void);
FlDatabase *fl_first_run_page_get_database     (FlFirstRunPage *self);
void        fl_first_run_page_set_database     (FlFirstRunPage *self,
                                                FlDatabase     *database);
void        fl_first_run_page_set_opening_demo (FlFirstRunPage *self,
                                                gboolean        opening);

G_END_DECLS
