/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-scorecard-item.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_ITEM_ROW (fl_scorecard_item_row_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardItemRow, fl_scorecard_item_row, FL, SCORECARD_ITEM_ROW, AdwPreferencesRow)

/* One item of a scorecard being filled in. The row only shows; ::answer-changed
 * and ::comment-changed tell what the reviewer did, and the setters (which
 * emit nothing) show what is stored. */
GtkWidget       *fl_scorecard_item_row_new          (FlScorecardItem    *item);
FlScorecardItem *fl_scorecard_item_row_get_item     (FlScorecardItemRow *self);
FlAnswerState    fl_scorecard_item_row_get_answer   (FlScorecardItemRow *self,
                                                     int                *points);
void             fl_scorecard_item_row_set_answer   (FlScorecardItemRow *self,
                                                     FlAnswerState       state,
                                                     int                 points);
void             fl_scorecard_item_row_set_comment  (FlScorecardItemRow *self,
                                                     const char         *comment);
void             fl_scorecard_item_row_set_editable (FlScorecardItemRow *self,
                                                     gboolean            editable);
void             fl_scorecard_item_row_set_commentable (FlScorecardItemRow *self,
                                                        gboolean            commentable);
void             fl_scorecard_item_row_set_missing  (FlScorecardItemRow *self,
                                                     gboolean            missing);
void             fl_scorecard_item_row_set_notes    (FlScorecardItemRow *self,
                                                     GPtrArray          *notes);
void             fl_scorecard_item_row_focus_answer (FlScorecardItemRow *self);

G_END_DECLS
