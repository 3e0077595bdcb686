/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-chart.h"

G_BEGIN_DECLS

#define FL_TYPE_PARETO_CHART (fl_pareto_chart_get_type ())
G_DECLARE_FINAL_TYPE (FlParetoChart, fl_pareto_chart, FL, PARETO_CHART, FlChart)

/* The items failed most, as a Pareto chart: one bar per item, most failed
 * first, with the running share of all failures. @items is an array of
 * FlQaItemFailures, most failed first; NULL clears it. */
GtkWidget *fl_pareto_chart_new       (void);
void       fl_pareto_chart_set_items (FlParetoChart *self,
                                      GArray        *items);

G_END_DECLS
