/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-scorecard-item.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_ITEM_EDITOR (fl_scorecard_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardItemEditor, fl_scorecard_item_editor, FL, SCORECARD_ITEM_EDITOR, AdwExpanderRow)

/* Edits @item in place. ::edited after each change of a field; ::move (-1 up,
 * +1 down) and ::remove ask the section to rearrange its items. @place names
 * the item for screen readers, e.g. "Section 1, item 2". */
GtkWidget       *fl_scorecard_item_editor_new      (FlScorecardItem       *item,
                                                    const char            *place,
                                                    gboolean               editable);
FlScorecardItem *fl_scorecard_item_editor_get_item (FlScorecardItemEditor *self);
void             fl_scorecard_item_editor_set_movable (FlScorecardItemEditor *self,
                                                       gboolean               up,
                                                       gboolean               down);
void             fl_scorecard_item_editor_focus_text (FlScorecardItemEditor *self);
void             fl_scorecard_item_editor_focus_move (FlScorecardItemEditor *self,
                                                      int                    delta);

G_END_DECLS
