/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_QA_PANEL (fl_qa_panel_get_type ())
G_DECLARE_FINAL_TYPE (FlQaPanel, fl_qa_panel, FL, QA_PANEL, AdwBin)

GtkWidget *fl_qa_panel_new (FlDatabase *database,
                            FlSession  *session);

void       fl_qa_panel_open_recording (FlQaPanel  *self,
                                       gint64      recording_id);

G_END_DECLS
