/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-pareto-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-pareto-chart.h"
#include "fl-qa-report-service.h"

struct _FlParetoChart
{
  FlChart  parent_instance;

  guint    total;      /* failures of all items */
};

G_DEFINE_FINAL_TYPE (FlParetoChart, fl_pareto_chart, FL_TYPE_CHART)

/* At most this many bars; the rest are the long tail. */
#define MAX_BARS    8
#define ROW_HEIGHT 26.0
#define BAR_HEIGHT 14.0

/* libadwaita's destructive red, for what was failed. */
static const GdkRGBA bar_color = { 0.88, 0.11, 0.14, 0.85 };

static guint
n_bars (FlParetoChart *self)
{
  GArray *items = fl_chart_get_data (FL_CHART (self));

  return items != NULL ? MIN (items->len, MAX_BARS) : 0;
}

static void
fl_pareto_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FlParetoChart *self = FL_PARETO_CHART (widget);
  GArray *items = fl_chart_get_data (FL_CHART (self));
  double width = gtk_widget_get_width (widget);
  double label_width = width * 0.42;
  double share_width = 56;
  double bar_space = width - label_width - share_width - 12;
  guint most = n_bars (self) > 0 ? g_array_index (items, FlQaItemFailures, 0).failures : 0;
  guint running = 0;
  cairo_t *cr;

  if (n_bars (self) == 0 || bar_space <= 0 || most == 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, width, gtk_widget_get_height (widget)));
  for (guint i = 0; i < n_bars (self); i++)
    {
      const FlQaItemFailures *item = &g_array_index (items, FlQaItemFailures, i);
      double y = i * ROW_HEIGHT + ROW_HEIGHT / 2;
      double length = bar_space * item->failures / most;
      g_autofree char *count = g_strdup_printf ("%u", item->failures);
      g_autofree char *share = NULL;

      running += item->failures;
      /* Translators: the running share of all failures on the Pareto chart */
      share = g_strdup_printf (_("%.0f %%"), 100.0 * running / MAX (self->total, 1));

      fl_chart_set_color (cr, widget, 0.85);
      fl_chart_text (cr, widget, item->item_text, 0, y, 0.0, label_width - 8);
      gdk_cairo_set_source_rgba (cr, &bar_color);
      cairo_rectangle (cr, label_width, y - BAR_HEIGHT / 2, MAX (length, 2), BAR_HEIGHT);
      cairo_fill (cr);
      fl_chart_set_color (cr, widget, 0.85);
      fl_chart_text (cr, widget, count, label_width + MAX (length, 2) + 4, y, 0.0, 0);
      fl_chart_set_color (cr, widget, 0.55);
      fl_chart_text (cr, widget, share, width, y, 1.0, 0);
    }
  cairo_destroy (cr);
}

static void
fl_pareto_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FlParetoChart *self = FL_PARETO_CHART (widget);

  GTK_WIDGET_CLASS (fl_pareto_chart_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                            minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = (int) (MAX (n_bars (self), 1) * ROW_HEIGHT);
}

static char *
fl_pareto_chart_describe (FlChart *chart)
{
  FlParetoChart *self = FL_PARETO_CHART (chart);
  GArray *items = fl_chart_get_data (chart);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_bars (self); i++)
    {
      const FlQaItemFailures *item = &g_array_index (items, FlQaItemFailures, i);

      /* Translators: one bar of the failed items' chart, for a screen reader */
      g_string_append_printf (text, _("%s: failed %u times. "), item->item_text, item->failures);
    }
  return text->len > 0 ? g_string_free (text, FALSE) : (g_string_free (text, TRUE), NULL);
}

static void
fl_pareto_chart_class_init (FlParetoChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = fl_pareto_chart_snapshot;
  widget_class->measure = fl_pareto_chart_measure;
  FL_CHART_CLASS (klass)->describe = fl_pareto_chart_describe;
}

static void
fl_pareto_chart_init (FlParetoChart *self)
{
}

GtkWidget *
fl_pareto_chart_new (void)
{
  return g_object_new (FL_TYPE_PARETO_CHART, NULL);
}

void
fl_pareto_chart_set_items (FlParetoChart *self,
                           GArray        *items)
{
  g_return_if_fail (FL_IS_PARETO_CHART (self));

  self->total = 0;
  for (guint i = 0; items != NULL && i < items->len; i++)
    self->total += g_array_index (items, FlQaItemFailures, i).failures;
  fl_chart_set_data (FL_CHART (self), items);
}
