/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_EDITOR (fl_scorecard_editor_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardEditor, fl_scorecard_editor, FL, SCORECARD_EDITOR, AdwWindow)

/* The window that lists, edits, duplicates and archives scorecard templates.
 * Read-only for accounts without FL_PERMISSION_EDIT_SCORECARDS. */
GtkWidget *fl_scorecard_editor_new (GtkWindow  *parent,
                                    FlDatabase *database,
                                    FlSession  *session);

G_END_DECLS
