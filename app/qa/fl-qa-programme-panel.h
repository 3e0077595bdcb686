/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_QA_PROGRAMME_PANEL (fl_qa_programme_panel_get_type ())
G_DECLARE_FINAL_TYPE (FlQaProgrammePanel, fl_qa_programme_panel, FL, QA_PROGRAMME_PANEL, AdwBin)

GtkWidget *fl_qa_programme_panel_new (FlDatabase *database,
                                      FlSession  *session);

G_END_DECLS
