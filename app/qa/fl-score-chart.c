/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-score-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-qa-results-service.h"
#include "fl-score-chart.h"

struct _FlScoreChart
{
  FlChart   parent_instance;

  gboolean  weekly;
};

G_DEFINE_FINAL_TYPE (FlScoreChart, fl_score_chart, FL_TYPE_CHART)


#define LEFT_AXIS    36.0
#define BOTTOM_AXIS  22.0
#define TOP_MARGIN   24.0
#define RIGHT_MARGIN 24.0

/* The accent blue and the success green of libadwaita's palette. */
static const GdkRGBA score_color = { 0.21, 0.52, 0.89, 1.0 };
static const GdkRGBA pass_color = { 0.18, 0.76, 0.49, 1.0 };

static double
pass_rate (const FlQaTrendPoint *point)
{
  return point->evaluated > 0 ? 100.0 * point->passed / point->evaluated : 0;
}

/* "Sep" for a month, "11-02" for the week of Monday 2 November. */
static char *
period_label (FlScoreChart         *self,
              const FlQaTrendPoint *point)
{
  int year = 0, month = 0, day = 1;
  g_autoptr(GDateTime) date = NULL;

  if (sscanf (point->period, "%d-%d-%d", &year, &month, &day) < 2 ||
      !(date = g_date_time_new_local (year, month, day, 0, 0, 0)))
    return g_strdup (point->period);
  /* Translators: a week on the score chart, by its Monday: see strftime */
  return g_date_time_format (date, self->weekly ? _("%m-%d") : "%b");
}

static void
draw_line (cairo_t       *cr,
           FlScoreChart  *self,
           double         width,
           double         height,
           gboolean       scores)
{
  GArray *points = fl_chart_get_data (FL_CHART (self));
  double plot_width = width - LEFT_AXIS - RIGHT_MARGIN;
  double plot_height = height - TOP_MARGIN - BOTTOM_AXIS;
  double step = points->len > 1 ? plot_width / (points->len - 1) : 0;

  gdk_cairo_set_source_rgba (cr, scores ? &score_color : &pass_color);
  cairo_set_line_width (cr, 2.0);
  if (!scores)
    cairo_set_dash (cr, (double[]) { 5.0, 3.0 }, 2, 0);
  for (guint i = 0; i < points->len; i++)
    {
      const FlQaTrendPoint *point = &g_array_index (points, FlQaTrendPoint, i);
      double value = scores ? point->average_score : pass_rate (point);
      double x = LEFT_AXIS + (points->len > 1 ? i * step : plot_width / 2);
      double y = TOP_MARGIN + plot_height * (1 - value / 100.0);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; scores && i < points->len; i++)
    {
      const FlQaTrendPoint *point = &g_array_index (points, FlQaTrendPoint, i);
      double x = LEFT_AXIS + (points->len > 1 ? i * step : plot_width / 2);

      cairo_arc (cr, x, TOP_MARGIN + plot_height * (1 - point->average_score / 100.0), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* Which line is which, at the top right. */
static void
draw_legend (cairo_t      *cr,
             FlScoreChart *self,
             double        width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const double y = TOP_MARGIN / 2 - 2;
  double x = width - RIGHT_MARGIN;

  for (int line = 0; line < 2; line++)
    {
      gboolean scores = line == 1;
      /* Translators: the score chart's legend */
      const char *label = scores ? _("Average score") : _("Passed, %");
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, label);
      int label_width = 0;

      pango_layout_get_pixel_size (layout, &label_width, NULL);
      fl_chart_set_color (cr, widget, 0.7);
      fl_chart_text (cr, widget, label, x, y, 1.0, 0);
      x -= label_width + 24;
      gdk_cairo_set_source_rgba (cr, scores ? &score_color : &pass_color);
      cairo_set_line_width (cr, 2.0);
      if (!scores)
        cairo_set_dash (cr, (double[]) { 5.0, 3.0 }, 2, 0);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 18, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      x -= 16;
    }
}

static void
fl_score_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  FlScoreChart *self = FL_SCORE_CHART (widget);
  GArray *points = fl_chart_get_data (FL_CHART (self));
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double plot_width = width - LEFT_AXIS - RIGHT_MARGIN;
  double plot_height = height - TOP_MARGIN - BOTTOM_AXIS;
  cairo_t *cr;

  if (plot_width <= 0 || plot_height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The grid: 0, 25, 50, 75 and 100. */
  cairo_set_line_width (cr, 1.0);
  for (int value = 0; value <= 100; value += 25)
    {
      g_autofree char *label = g_strdup_printf ("%d", value);
      double y = TOP_MARGIN + plot_height * (1 - value / 100.0);

      fl_chart_set_color (cr, widget, 0.12);
      cairo_move_to (cr, LEFT_AXIS, y);
      cairo_line_to (cr, width - RIGHT_MARGIN, y);
      cairo_stroke (cr);
      fl_chart_set_color (cr, widget, 0.6);
      fl_chart_text (cr, widget, label, LEFT_AXIS - 6, y, 1.0, 0);
    }

  if (points != NULL && points->len > 0)
    {
      guint every = MAX (1, points->len / 8);

      for (guint i = 0; i < points->len; i += every)
        {
          g_autofree char *label = period_label (self, &g_array_index (points, FlQaTrendPoint, i));
          double x = LEFT_AXIS + (points->len > 1 ? i * plot_width / (points->len - 1)
                                                        : plot_width / 2);

          fl_chart_set_color (cr, widget, 0.6);
          fl_chart_text (cr, widget, label, x, height - BOTTOM_AXIS / 2, 0.5, 0);
        }
      draw_line (cr, self, width, height, FALSE);
      draw_line (cr, self, width, height, TRUE);
      draw_legend (cr, self, width);
    }
  cairo_destroy (cr);
}

/* What the chart shows, in words, for a screen reader. */
static char *
fl_score_chart_describe (FlChart *chart)
{
  GArray *points = fl_chart_get_data (chart);
  GString *text = g_string_new (NULL);

  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      const FlQaTrendPoint *point = &g_array_index (points, FlQaTrendPoint, i);

      /* Translators: one period of the score chart, for a screen reader */
      g_string_append_printf (text, _("%s: average %.1f, %.0f %% passed. "), point->period, point->average_score,
                              pass_rate (point));
    }
  return text->len > 0 ? g_string_free (text, FALSE) : (g_string_free (text, TRUE), NULL);
}

static void
fl_score_chart_class_init (FlScoreChartClass *klass)
{
  GTK_WIDGET_CLASS (klass)->snapshot = fl_score_chart_snapshot;
  FL_CHART_CLASS (klass)->describe = fl_score_chart_describe;
}

static void
fl_score_chart_init (FlScoreChart *self)
{
}

GtkWidget *
fl_score_chart_new (void)
{
  return g_object_new (FL_TYPE_SCORE_CHART, NULL);
}

void
fl_score_chart_set_points (FlScoreChart *self,
                           GArray       *points,
                           gboolean      weekly)
{
  g_return_if_fail (FL_IS_SCORE_CHART (self));

  self->weekly = weekly;
  fl_chart_set_data (FL_CHART (self), points);
}
