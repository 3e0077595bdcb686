/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-coverage-strip"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-coverage-strip.h"

#define AXIS_HEIGHT 18

struct _FlCoverageStrip
{
  GtkWidget  parent_instance;

  FlCoverage coverage;
  gboolean   known;
};

G_DEFINE_FINAL_TYPE (FlCoverageStrip, fl_coverage_strip, GTK_TYPE_WIDGET)

typedef enum
{
  LEVEL_UNDER,
  LEVEL_AT,
  LEVEL_OVER,
} Level;

/* At the need, or over it by at most a fifth (at least one agent). */
static Level
level_of (guint staffed,
          guint required)
{
  if (staffed < required)
    return LEVEL_UNDER;
  if (staffed <= required + MAX (1, required / 5))
    return LEVEL_AT;
  return LEVEL_OVER;
}

guint
fl_coverage_strip_count_under (FlCoverageStrip *self)
{
  guint under = 0;

  g_return_val_if_fail (FL_IS_COVERAGE_STRIP (self), 0);

  for (guint i = 0; self->known && i < FL_COVERAGE_INTERVALS; i++)
    under += self->coverage.staffed[i] < self->coverage.required[i];
  return under;
}

static void
describe (FlCoverageStrip *self)
{
  g_autofree char *description = NULL;
  guint under = fl_coverage_strip_count_under (self);
  guint worst = 0;
  int worst_gap = 0;

  if (!self->known)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      int gap = (int) self->coverage.required[i] - (int) self->coverage.staffed[i];

      if (gap > worst_gap)
        {
          worst_gap = gap;
          worst = i;
        }
    }
  if (under == 0)
    description = g_strdup (_("Every half-hour has as many agents as the forecast needs."));
  else
    /* Translators: the coverage strip's summary: %1$u half-hours short; the worst starts at %2$02u:%3$02u with %4$u of %5$u agents */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%1$u half-hour is short of agents; the worst, at %2$02u:%3$02u, has %4$u of %5$u.",
                                                "%1$u half-hours are short of agents; the worst, at %2$02u:%3$02u, has %4$u of %5$u.",
                                                under),
                                   under, worst / 2, (worst % 2) * 30, self->coverage.staffed[worst],
                                   self->coverage.required[worst]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

void
fl_coverage_strip_set_coverage (FlCoverageStrip  *self,
                                const FlCoverage *coverage)
{
  g_return_if_fail (FL_IS_COVERAGE_STRIP (self));

  self->known = coverage != NULL;
  if (coverage)
    self->coverage = *coverage;
  describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint
interval_at (FlCoverageStrip *self,
             double           x)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));

  return (guint) CLAMP (x / width * FL_COVERAGE_INTERVALS, 0, FL_COVERAGE_INTERVALS - 1);
}

static gboolean
query_tooltip_cb (FlCoverageStrip *self,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip)
{
  g_autofree char *text = NULL;
  guint i;

  if (!self->known)
    return FALSE;
  i = interval_at (self, x);
  /* Translators: a half-hour of the coverage strip: its start and end, agents at their phones, agents needed, forecast calls */
  text = g_strdup_printf (_("%1$02u:%2$02u–%3$02u:%4$02u: %5$u at their phones, %6$u needed for %7$.0f calls"),
                          i / 2, (i % 2) * 30, (i + 1) / 2 % 24, ((i + 1) % 2) * 30,
                          self->coverage.staffed[i], self->coverage.required[i], self->coverage.calls[i]);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
fl_coverage_strip_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  FlCoverageStrip *self = FL_COVERAGE_STRIP (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget) - AXIS_HEIGHT;
  double slot = width / FL_COVERAGE_INTERVALS;
  GdkRGBA colours[3], foreground, need;
  guint top = 1;

  if (!self->known || height <= 0)
    return;
  gtk_style_context_get_color (style, &foreground);
  if (!gtk_style_context_lookup_color (style, "error_color", &colours[LEVEL_UNDER]))
    gdk_rgba_parse (&colours[LEVEL_UNDER], "#c01c28");
  if (!gtk_style_context_lookup_color (style, "success_color", &colours[LEVEL_AT]))
    gdk_rgba_parse (&colours[LEVEL_AT], "#26a269");
  if (!gtk_style_context_lookup_color (style, "accent_color", &colours[LEVEL_OVER]))
    gdk_rgba_parse (&colours[LEVEL_OVER], "#1c71d8");
  need = foreground;

  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    top = MAX (top, MAX (self->coverage.staffed[i], self->coverage.required[i]));
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    {
      guint staffed = self->coverage.staffed[i];
      guint required = self->coverage.required[i];
      GdkRGBA colour = colours[level_of (staffed, required)];
      double bar = height * staffed / top;
      double mark = height - height * required / top;
      float x = (float) (i * slot + 1);

      colour.alpha = 0.75f;
      gtk_snapshot_append_color (snapshot, &colour,
                                 &GRAPHENE_RECT_INIT (x, (float) (height - bar), (float) MAX (1, slot - 2), (float) bar));
      /* What the forecast needs: a line across the bar. */
      need.alpha = 0.8f;
      gtk_snapshot_append_color (snapshot, &need,
                                 &GRAPHENE_RECT_INIT (x - 1, (float) MIN (mark, height - 2), (float) slot, 2));
    }

  foreground.alpha = 0.7f;
  for (guint hour = 0; hour < 24; hour += 3)
    {
      g_autofree char *label = g_strdup_printf ("%02u:00", hour);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, label);
      float x = (float) (hour * 2 * slot);

      gtk_snapshot_append_color (snapshot, &foreground, &GRAPHENE_RECT_INIT (x, (float) height, 1, 4));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 2, (float) height + 2));
      gtk_snapshot_append_layout (snapshot, layout, &foreground);
      gtk_snapshot_restore (snapshot);
    }
}

static void
fl_coverage_strip_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = FL_COVERAGE_INTERVALS * 4;
  else
    {
      *minimum = 48 + AXIS_HEIGHT;
      *natural = 72 + AXIS_HEIGHT;
    }
}

static void
fl_coverage_strip_class_init (FlCoverageStripClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = fl_coverage_strip_snapshot;
  widget_class->measure = fl_coverage_strip_measure;

  gtk_widget_class_set_css_name (widget_class, "coveragestrip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fl_coverage_strip_init (FlCoverageStrip *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
fl_coverage_strip_new (void)
{
  return g_object_new (FL_TYPE_COVERAGE_STRIP, NULL);
}
