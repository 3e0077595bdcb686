/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-score.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_ITEM (fl_scorecard_item_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardItem, fl_scorecard_item, FL, SCORECARD_ITEM, GObject)

/* One question of a scorecard. Properties: id (0 until saved), text,
 * guidance, max-points, answer-type, criticality, allow-na. The texts of the
 * default template are English msgids: show them with fl_scorecard_translate(). */
FlScorecardItem *fl_scorecard_item_new             (const char       *text,
                                                    int               max_points);
FlScorecardItem *fl_scorecard_item_copy            (FlScorecardItem  *self);

gint64           fl_scorecard_item_get_id          (FlScorecardItem  *self);
const char      *fl_scorecard_item_get_text        (FlScorecardItem  *self);
void             fl_scorecard_item_set_text        (FlScorecardItem  *self,
                                                    const char       *text);
const char      *fl_scorecard_item_get_guidance    (FlScorecardItem  *self);
void             fl_scorecard_item_set_guidance    (FlScorecardItem  *self,
                                                    const char       *guidance);
int              fl_scorecard_item_get_max_points  (FlScorecardItem  *self);
void             fl_scorecard_item_set_max_points  (FlScorecardItem  *self,
                                                    int               max_points);
FlAnswerType     fl_scorecard_item_get_answer_type (FlScorecardItem  *self);
void             fl_scorecard_item_set_answer_type (FlScorecardItem  *self,
                                                    FlAnswerType      answer_type);
FlCriticality    fl_scorecard_item_get_criticality (FlScorecardItem  *self);
void             fl_scorecard_item_set_criticality (FlScorecardItem  *self,
                                                    FlCriticality     criticality);
gboolean         fl_scorecard_item_get_allow_na    (FlScorecardItem  *self);
void             fl_scorecard_item_set_allow_na    (FlScorecardItem  *self,
                                                    gboolean          allow_na);

G_END_DECLS
