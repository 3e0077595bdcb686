/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_DISPUTES_PAGE (fl_disputes_page_get_type ())
G_DECLARE_FINAL_TYPE (FlDisputesPage, fl_disputes_page, FL, DISPUTES_PAGE, AdwBin)

GtkWidget *fl_disputes_page_new    (FlDatabase     *database,
                                    FlSession      *session);
/* Lists again the open disputes the signed-in person may decide. */
void       fl_disputes_page_reload (FlDisputesPage *self);

G_END_DECLS
