/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-day-strip"

#include "config.h"

#include "fl-day-strip.h"

#define CELL_HEIGHT 24
#define CELL_GAP    2

struct _FlDayStrip
{
  GtkWidget  parent_instance;

  GArray    *cells;   /* FlDayStripCell */
};

G_DEFINE_FINAL_TYPE (FlDayStrip, fl_day_strip, GTK_TYPE_WIDGET)

static void
fl_day_strip_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  FlDayStrip *self = FL_DAY_STRIP (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL
                          ? (int) self->cells->len * FL_DAY_STRIP_CELL_WIDTH
                          : CELL_HEIGHT;
}

/* A day of absence: an outline and a cross. */
static void
draw_cross (GtkSnapshot           *snapshot,
            const graphene_rect_t *box,
            const GdkRGBA         *colour)
{
  GskRoundedRect outline;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };
  float arm = box->size.width * 0.6f;

  gsk_rounded_rect_init_from_rect (&outline, box, 3);
  gtk_snapshot_append_border (snapshot, &outline, widths, colours);
  for (int turn = 0; turn < 2; turn++)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (box->origin.x + box->size.width / 2,
                                                              box->origin.y + box->size.height / 2));
      gtk_snapshot_rotate (snapshot, turn == 0 ? 45 : -45);
      gtk_snapshot_append_color (snapshot, colour, &GRAPHENE_RECT_INIT (-arm / 2, -1, arm, 2));
      gtk_snapshot_restore (snapshot);
    }
}

static void
draw_cell (GtkWidget            *widget,
           GtkSnapshot          *snapshot,
           const FlDayStripCell *cell,
           float                 x,
           const GdkRGBA        *foreground)
{
  graphene_rect_t box = GRAPHENE_RECT_INIT (x + 1, 1, FL_DAY_STRIP_CELL_WIDTH - CELL_GAP, CELL_HEIGHT - CELL_GAP);
  graphene_rect_t fill = box;
  gboolean filled = cell->colour.alpha > 0;

  if (cell->shaded)
    {
      GdkRGBA shade = *foreground;

      shade.alpha = 0.08f;
      gtk_snapshot_append_color (snapshot, &shade, &box);
    }
  if (cell->part != FL_DAY_STRIP_WHOLE)
    fill.size.width /= 2;
  if (cell->part == FL_DAY_STRIP_AFTERNOON)
    fill.origin.x += fill.size.width;
  if (filled && cell->outlined)
    {
      GskRoundedRect outline;
      GdkRGBA light = cell->colour;
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA colours[4] = { cell->colour, cell->colour, cell->colour, cell->colour };

      light.alpha = 0.25f;
      gtk_snapshot_append_color (snapshot, &light, &fill);
      gsk_rounded_rect_init_from_rect (&outline, &fill, 3);
      gtk_snapshot_append_border (snapshot, &outline, widths, colours);
    }
  else if (filled)
    {
      GskRoundedRect rounded;

      gsk_rounded_rect_init_from_rect (&rounded, &fill, 3);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, &cell->colour, &fill);
      gtk_snapshot_pop (snapshot);
    }
  if (cell->crossed)
    draw_cross (snapshot, &box, foreground);
  if (cell->marked)
    {
      GdkRGBA accent = { 0.208f, 0.518f, 0.894f, 1 };   /* GNOME's accent blue */

      gtk_snapshot_append_color (snapshot, &accent,
                                 &GRAPHENE_RECT_INIT (box.origin.x, box.origin.y + box.size.height - 3, box.size.width, 3));
    }
  if (cell->text[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, cell->text);
      GdkRGBA on_fill = { 1, 1, 1, 1 };
      int width, height;

      pango_layout_get_pixel_size (layout, &width, &height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (FL_DAY_STRIP_CELL_WIDTH - width) / 2.0f,
                                                              (CELL_HEIGHT - height) / 2.0f));
      gtk_snapshot_append_layout (snapshot, layout, filled && !cell->outlined ? &on_fill : foreground);
      gtk_snapshot_restore (snapshot);
    }
}

static void
fl_day_strip_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  FlDayStrip *self = FL_DAY_STRIP (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA foreground;

  gtk_style_context_get_color (style, &foreground);
  for (guint i = 0; i < self->cells->len; i++)
    draw_cell (widget, snapshot, &g_array_index (self->cells, FlDayStripCell, i),
               (float) (i * FL_DAY_STRIP_CELL_WIDTH), &foreground);
}

static void
fl_day_strip_finalize (GObject *object)
{
  FlDayStrip *self = FL_DAY_STRIP (object);

  g_clear_pointer (&self->cells, g_array_unref);

  G_OBJECT_CLASS (fl_day_strip_parent_class)->finalize (object);
}

static void
fl_day_strip_class_init (FlDayStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fl_day_strip_finalize;
  widget_class->measure = fl_day_strip_measure;
  widget_class->snapshot = fl_day_strip_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "daystrip");
}

static void
fl_day_strip_init (FlDayStrip *self)
{
  self->cells = g_array_new (FALSE, TRUE, sizeof (FlDayStripCell));
}

GtkWidget *
fl_day_strip_new (void)
{
  return g_object_new (FL_TYPE_DAY_STRIP, NULL);
}

void
fl_day_strip_set_cells (FlDayStrip           *self,
                        const FlDayStripCell *cells,
                        guint                 n_cells)
{
  g_return_if_fail (FL_IS_DAY_STRIP (self));

  g_array_set_size (self->cells, 0);
  g_array_append_vals (self->cells, cells, n_cells);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
