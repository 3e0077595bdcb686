/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-scorecard-section.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_SECTION_EDITOR (fl_scorecard_section_editor_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardSectionEditor, fl_scorecard_section_editor, FL, SCORECARD_SECTION_EDITOR,
                      AdwPreferencesGroup)

/* Edits @section in place, its items included (add, remove, reorder).
 * ::edited after every change; ::move (-1 up, +1 down) and ::remove ask the
 * template editor to rearrange the sections. @expanded (a set of
 * FlScorecardItem) keeps the open items open across rebuilds. */
GtkWidget *fl_scorecard_section_editor_new         (FlScorecardSection       *section,
                                                    guint                     number,
                                                    gboolean                  editable,
                                                    GHashTable               *expanded);
FlScorecardSection *fl_scorecard_section_editor_get_section (FlScorecardSectionEditor *self);
void       fl_scorecard_section_editor_set_movable (FlScorecardSectionEditor *self,
                                                    gboolean                  up,
                                                    gboolean                  down);
void       fl_scorecard_section_editor_focus_title (FlScorecardSectionEditor *self);
void       fl_scorecard_section_editor_focus_move  (FlScorecardSectionEditor *self,
                                                    int                       delta);

G_END_DECLS
