/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "fl-chart.h"

typedef struct
{
  GArray *data;
} FlChartPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (FlChart, fl_chart, GTK_TYPE_WIDGET)

static void
fl_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 140;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 200;
}

static void
fl_chart_finalize (GObject *object)
{
  FlChartPrivate *priv = fl_chart_get_instance_private (FL_CHART (object));

  g_clear_pointer (&priv->data, g_array_unref);

  G_OBJECT_CLASS (fl_chart_parent_class)->finalize (object);
}

static void
fl_chart_class_init (FlChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fl_chart_finalize;
  widget_class->measure = fl_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fl_chart_init (FlChart *self)
{
}

GArray *
fl_chart_get_data (FlChart *self)
{
  FlChartPrivate *priv = fl_chart_get_instance_private (self);

  g_return_val_if_fail (FL_IS_CHART (self), NULL);
  return priv->data;
}

void
fl_chart_set_data (FlChart *self,
                   GArray  *data)
{
  FlChartPrivate *priv = fl_chart_get_instance_private (self);
  g_autofree char *description = NULL;

  g_return_if_fail (FL_IS_CHART (self));

  g_clear_pointer (&priv->data, g_array_unref);
  priv->data = data != NULL ? g_array_ref (data) : NULL;
  description = FL_CHART_GET_CLASS (self)->describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : _("Nothing to show."), -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
fl_chart_set_color (cairo_t   *cr,
                    GtkWidget *widget,
                    double     alpha)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * alpha);
}

void
fl_chart_text (cairo_t    *cr,
               GtkWidget  *widget,
               const char *text,
               double      x,
               double      y,
               double      xalign,
               double      max_width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0, height = 0;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (max_width));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - xalign * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}
