/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-coverage.h"

G_BEGIN_DECLS

#define FL_TYPE_COVERAGE_STRIP (fl_coverage_strip_get_type ())
G_DECLARE_FINAL_TYPE (FlCoverageStrip, fl_coverage_strip, FL, COVERAGE_STRIP, GtkWidget)

/* A day's coverage as bars, one per half-hour: agents at their phones
 * against the forecast's need, coloured under, at or over it. */
GtkWidget *fl_coverage_strip_new          (void);
/* Copies @coverage; NULL shows nothing (not read yet). */
void       fl_coverage_strip_set_coverage (FlCoverageStrip  *self,
                                           const FlCoverage *coverage);
/* The half-hours with fewer at their phones than needed. */
guint      fl_coverage_strip_count_under  (FlCoverageStrip  *self);

G_END_DECLS
