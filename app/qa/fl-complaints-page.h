/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_COMPLAINTS_PAGE (fl_complaints_page_get_type ())
G_DECLARE_FINAL_TYPE (FlComplaintsPage, fl_complaints_page, FL, COMPLAINTS_PAGE, AdwBin)

GtkWidget *fl_complaints_page_new       (FlDatabase       *database,
                                         FlSession        *session);
/* Shows the complaints received in @month ("YYYY-MM"). */
void       fl_complaints_page_set_month (FlComplaintsPage *self,
                                         const char       *month);

G_END_DECLS
