/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-chart.h"

G_BEGIN_DECLS

#define FL_TYPE_SCORE_CHART (fl_score_chart_get_type ())
G_DECLARE_FINAL_TYPE (FlScoreChart, fl_score_chart, FL, SCORE_CHART, FlChart)

/* A line chart of QA scores over time: the average score and the pass
 * rate per period, on a 0–100 scale. @points is an array of
 * FlQaTrendPoint (monthly or weekly), oldest first; NULL clears it. */
GtkWidget *fl_score_chart_new        (void);
void       fl_score_chart_set_points (FlScoreChart *self,
                                      GArray       *points,
                                      gboolean      weekly);

G_END_DECLS
