/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_QA_DASHBOARD_PAGE (fl_qa_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (FlQaDashboardPage, fl_qa_dashboard_page, FL, QA_DASHBOARD_PAGE, AdwBin)

GtkWidget *fl_qa_dashboard_page_new  (FlDatabase        *database,
                                      FlSession         *session);
/* Reads the dashboard of @team_id (0: the whole center) for the months up
 * to @month, in a worker thread; the page shows at once and fills in. */
void       fl_qa_dashboard_page_load (FlQaDashboardPage *self,
                                      const char        *month,
                                      gint64             team_id);
void       fl_qa_dashboard_page_show_agent (FlQaDashboardPage *self,
                                            gint64             staff_id,
                                            const char        *name);

G_END_DECLS
