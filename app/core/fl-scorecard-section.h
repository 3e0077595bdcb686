/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-scorecard-item.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORECARD_SECTION (fl_scorecard_section_get_type ())
G_DECLARE_FINAL_TYPE (FlScorecardSection, fl_scorecard_section, FL, SCORECARD_SECTION, GObject)

/* A titled group of items, in order. Properties: id (0 until saved), title,
 * has-weight, weight, items (a GListModel of FlScorecardItem). A section
 * without a weight counts by its points (see fl-score.c). */
FlScorecardSection *fl_scorecard_section_new         (const char         *title);
FlScorecardSection *fl_scorecard_section_copy        (FlScorecardSection *self);

gint64              fl_scorecard_section_get_id      (FlScorecardSection *self);
const char         *fl_scorecard_section_get_title   (FlScorecardSection *self);
void                fl_scorecard_section_set_title   (FlScorecardSection *self,
                                                      const char         *title);
gboolean            fl_scorecard_section_get_has_weight (FlScorecardSection *self);
double              fl_scorecard_section_get_weight  (FlScorecardSection *self);
void                fl_scorecard_section_set_weight  (FlScorecardSection *self,
                                                      double              weight);
void                fl_scorecard_section_unset_weight (FlScorecardSection *self);

GListModel         *fl_scorecard_section_get_items   (FlScorecardSection *self);
guint               fl_scorecard_section_get_n_items (FlScorecardSection *self);
FlScorecardItem    *fl_scorecard_section_get_item    (FlScorecardSection *self,
                                                      guint               position);
void                fl_scorecard_section_append_item (FlScorecardSection *self,
                                                      FlScorecardItem    *item);
void                fl_scorecard_section_insert_item (FlScorecardSection *self,
                                                      guint               position,
                                                      FlScorecardItem    *item);
void                fl_scorecard_section_remove_item (FlScorecardSection *self,
                                                      guint               position);
int                 fl_scorecard_section_get_max_points (FlScorecardSection *self);

G_END_DECLS
