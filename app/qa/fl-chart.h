/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FL_TYPE_CHART (fl_chart_get_type ())
G_DECLARE_DERIVABLE_TYPE (FlChart, fl_chart, FL, CHART, GtkWidget)

/**
 * FlChartClass:
 * @describe: what the chart shows, in words, for a screen reader: a new
 *   string, or NULL when it shows nothing
 *
 * The dashboard's charts: each draws an array of figures in its snapshot,
 * and says what it shows as its accessible description.
 */
struct _FlChartClass
{
  GtkWidgetClass parent_class;

  char *(*describe) (FlChart *self);
};

/* The figures drawn, or NULL. */
GArray *fl_chart_get_data   (FlChart    *self);
/* Takes a reference on @data (NULL clears the chart). */
void    fl_chart_set_data   (FlChart    *self,
                             GArray     *data);

/* For subclasses' snapshots: text in the widget's font, placed by its
 * left, centre or right edge (@xalign 0, 0.5, 1) and its vertical centre,
 * ellipsized to @max_width if that is above 0; and the widget's
 * foreground colour at @alpha. */
void    fl_chart_text       (cairo_t    *cr,
                             GtkWidget  *widget,
                             const char *text,
                             double      x,
                             double      y,
                             double      xalign,
                             double      max_width);
void    fl_chart_set_color  (cairo_t    *cr,
                             GtkWidget  *widget,
                             double      alpha);

G_END_DECLS
