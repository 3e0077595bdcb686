/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-roster-grid-private.h"

/* The grid's drawing: the cells that show, then the names, totals, days
 * and counts that stay put around them. */

typedef struct
{
  GdkRGBA foreground;
  GdkRGBA line;
  GdkRGBA weekend;
  GdkRGBA holiday;
  GdkRGBA today;
  GdkRGBA accent;
  GdkRGBA selection;
  GdkRGBA background;
  GdkRGBA hard;
  GdkRGBA soft;
  GdkRGBA chip_text_light;
  GdkRGBA chip_text_dark;
} Palette;

static void
read_palette (GtkWidget *widget,
              Palette   *palette)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (style, &palette->foreground);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &palette->accent))
    gdk_rgba_parse (&palette->accent, "#3584e4");
  if (!gtk_style_context_lookup_color (style, "view_bg_color", &palette->background))
    gdk_rgba_parse (&palette->background, "#ffffff");
  if (!gtk_style_context_lookup_color (style, "error_color", &palette->hard))
    gdk_rgba_parse (&palette->hard, "#c01c28");
  if (!gtk_style_context_lookup_color (style, "warning_color", &palette->soft))
    gdk_rgba_parse (&palette->soft, "#ae7b03");
  palette->line = palette->foreground;
  palette->line.alpha = 0.12f;
  palette->weekend = palette->foreground;
  palette->weekend.alpha = 0.05f;
  palette->holiday = palette->hard;
  palette->holiday.alpha = 0.08f;
  palette->today = palette->accent;
  palette->today.alpha = 0.12f;
  palette->selection = palette->accent;
  palette->selection.alpha = 0.22f;
  gdk_rgba_parse (&palette->chip_text_light, "#ffffff");
  gdk_rgba_parse (&palette->chip_text_dark, "#241f31");
}

/* A day's column is tinted for today, a public holiday or a weekend. */
static const GdkRGBA *
day_tint (const GridDay *info,
          const Palette *palette)
{
  if (info->today)
    return &palette->today;
  if (info->holiday != NULL && fl_holiday_get_kind (info->holiday) == FL_HOLIDAY_DAY_OFF)
    return &palette->holiday;
  return info->weekend ? &palette->weekend : NULL;
}

static void
append_text (GtkSnapshot    *snapshot,
             PangoLayout    *layout,
             const GdkRGBA  *color,
             double          x,
             double          y,
             double          width,
             double          height,
             gboolean        centred)
{
  int text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) (centred ? x + (width - text_width) / 2 : x),
                                                         (float) (y + (height - text_height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_label (GtkWidget     *widget,
              GtkSnapshot   *snapshot,
              const char    *text,
              const GdkRGBA *color,
              double         x,
              double         y,
              double         width,
              double         height,
              gboolean       centred)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (centred)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  append_text (snapshot, layout, color, x, y, width, height, FALSE);
}

static void
append_mark (GtkSnapshot   *snapshot,
             guint8         severity,
             const Palette *palette,
             double         x,
             double         y,
             double         width,
             double         height)
{
  const GdkRGBA *color = severity == FL_RULE_HARD ? &palette->hard : &palette->soft;
  GskRoundedRect outline;

  if (severity == FL_RULE_OFF)
    return;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT ((float) x + 1, (float) y + 1,
                                                                  (float) width - 2, (float) height - 2), 4);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 2, 2, 2, 2 },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

/* A cell an approved swap set: a dot in the chip's corner. */
static void
append_swap_mark (GtkSnapshot   *snapshot,
                  const Palette *palette,
                  double         x,
                  double         y)
{
  GskRoundedRect dot;

  gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT ((float) x + GRID_DAY_WIDTH - 11, (float) y + 2, 8, 8), 4);
  gtk_snapshot_push_rounded_clip (snapshot, &dot);
  gtk_snapshot_append_color (snapshot, &palette->soft, &dot.bounds);
  gtk_snapshot_pop (snapshot);
}

/* The day an agent takes a seat (坐席): a bar down the cell's left edge. */
static void
append_seat_start (GtkSnapshot   *snapshot,
                   const Palette *palette,
                   double         x,
                   double         y)
{
  gtk_snapshot_append_color (snapshot, &palette->accent,
                             &GRAPHENE_RECT_INIT ((float) x + 1, (float) y + 3, 2, GRID_ROW_HEIGHT - 6));
}

static gboolean
takes_seat (FlRosterGrid *self,
            guint         agent,
            guint         day)
{
  int seat = fl_roster_check_get_seat (fl_roster_get_check (self->roster), agent, (int) day);

  return seat != FL_ROSTER_EMPTY && seat != fl_roster_get_seat (self->roster, agent, (int) day - 1);
}

static void
append_chip (FlRosterGrid  *self,
             GtkSnapshot   *snapshot,
             const Palette *palette,
             int            shift,
             double         x,
             double         y)
{
  const FlShiftTypeFields *fields = fl_shift_type_get_fields (fl_roster_get_shift_type (self->roster, (guint) shift));
  GskRoundedRect chip;
  GdkRGBA fill;

  if (!gdk_rgba_parse (&fill, fields->colour))
    fill = palette->accent;
  if (fields->spec.kind == FL_SHIFT_KIND_OFF)
    fill.alpha = 0.25f;
  gsk_rounded_rect_init_from_rect (&chip, &GRAPHENE_RECT_INIT ((float) x + 4, (float) y + 4,
                                                               GRID_DAY_WIDTH - 8, GRID_ROW_HEIGHT - 8), 5);
  gtk_snapshot_push_rounded_clip (snapshot, &chip);
  gtk_snapshot_append_color (snapshot, &fill, &chip.bounds);
  gtk_snapshot_pop (snapshot);
  append_text (snapshot, g_ptr_array_index (self->chip_layouts, shift),
               fields->spec.kind == FL_SHIFT_KIND_OFF ? &palette->foreground : &palette->chip_text_light,
               x, y, GRID_DAY_WIDTH, GRID_ROW_HEIGHT, TRUE);
}

/* The rows the cells area shows, @first to before @last. */
static void
visible_rows (FlRosterGrid   *self,
              const GridArea *area,
              guint          *first,
              guint          *last)
{
  double v = gtk_adjustment_get_value (self->vadjustment);

  *first = (guint) (v / GRID_ROW_HEIGHT);
  *last = MIN (fl_roster_get_n_agents (self->roster), (guint) ((v + area->height) / GRID_ROW_HEIGHT) + 1);
}

static void
snapshot_cells (FlRosterGrid   *self,
                GtkSnapshot    *snapshot,
                const Palette  *palette,
                const GridArea *area)
{
  double h = gtk_adjustment_get_value (self->hadjustment);
  double v = gtk_adjustment_get_value (self->vadjustment);
  guint n_days = fl_roster_get_n_days (self->roster);
  guint n_agents = fl_roster_get_n_agents (self->roster);
  guint first_day = (guint) (h / GRID_DAY_WIDTH);
  guint last_day = MIN (n_days, (guint) ((h + area->width) / GRID_DAY_WIDTH) + 1);
  guint first_agent, last_agent;
  double rows_height = (double) n_agents * GRID_ROW_HEIGHT;
  guint sel_first_agent = 0, sel_last_agent = 0, sel_first_day = 0, sel_last_day = 0;

  visible_rows (self, area, &first_agent, &last_agent);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT ((float) area->body_x, (float) area->body_y,
                                                         (float) area->width, (float) area->height));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) (area->body_x - h), (float) (area->body_y - v)));

  for (guint day = first_day; day < last_day; day++)
    {
      const GridDay *info = &g_array_index (self->days, GridDay, day);
      float x = (float) day * GRID_DAY_WIDTH;

      const GdkRGBA *tint = day_tint (info, palette);

      if (tint != NULL)
        gtk_snapshot_append_color (snapshot, tint, &GRAPHENE_RECT_INIT (x, 0, GRID_DAY_WIDTH, (float) rows_height));
      gtk_snapshot_append_color (snapshot, &palette->line,
                                 &GRAPHENE_RECT_INIT (x + GRID_DAY_WIDTH - 1, (float) (first_agent * GRID_ROW_HEIGHT),
                                                      1, (float) ((last_agent - first_agent) * GRID_ROW_HEIGHT)));
    }
  for (guint agent = first_agent; agent < last_agent; agent++)
    {
      double y = (double) agent * GRID_ROW_HEIGHT;

      gtk_snapshot_append_color (snapshot, &palette->line,
                                 &GRAPHENE_RECT_INIT ((float) (first_day * GRID_DAY_WIDTH), (float) y + GRID_ROW_HEIGHT - 1,
                                                      (float) ((last_day - first_day) * GRID_DAY_WIDTH), 1));
      for (guint day = first_day; day < last_day; day++)
        {
          double x = (double) day * GRID_DAY_WIDTH;
          int shift = fl_roster_get_cell (self->roster, agent, (int) day);

          if (shift != FL_ROSTER_EMPTY)
            append_chip (self, snapshot, palette, shift, x, y);
          if (self->swapped[agent * n_days + day])
            append_swap_mark (snapshot, palette, x, y);
          if (takes_seat (self, agent, day))
            append_seat_start (snapshot, palette, x, y);
          append_mark (snapshot, self->marks[agent * n_days + day], palette, x, y, GRID_DAY_WIDTH, GRID_ROW_HEIGHT);
        }
    }

  fl_roster_grid_get_selection (self, &sel_first_agent, &sel_last_agent, &sel_first_day, &sel_last_day);
  if (n_agents > 0)
    {
      GskRoundedRect cursor;
      float width = gtk_widget_has_focus (GTK_WIDGET (self)) ? 2.f : 1.f;

      gtk_snapshot_append_color (snapshot, &palette->selection,
                                 &GRAPHENE_RECT_INIT ((float) (sel_first_day * GRID_DAY_WIDTH),
                                                      (float) (sel_first_agent * GRID_ROW_HEIGHT),
                                                      (float) ((sel_last_day - sel_first_day + 1) * GRID_DAY_WIDTH),
                                                      (float) ((sel_last_agent - sel_first_agent + 1) * GRID_ROW_HEIGHT)));
      gsk_rounded_rect_init_from_rect (&cursor, &GRAPHENE_RECT_INIT ((float) (self->cursor_day * GRID_DAY_WIDTH),
                                                                     (float) (self->cursor_agent * GRID_ROW_HEIGHT),
                                                                     GRID_DAY_WIDTH, GRID_ROW_HEIGHT), 3);
      gtk_snapshot_append_border (snapshot, &cursor, (float[4]) { width, width, width, width },
                                  (GdkRGBA[4]) { palette->accent, palette->accent, palette->accent, palette->accent });
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_names_and_totals (FlRosterGrid   *self,
                           GtkSnapshot    *snapshot,
                           const Palette  *palette,
                           const GridArea *area)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double v = gtk_adjustment_get_value (self->vadjustment);
  double totals_x = area->body_x + area->width;
  guint first_agent, last_agent;

  visible_rows (self, area, &first_agent, &last_agent);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, (float) area->body_y,
                                                         (float) gtk_widget_get_width (widget), (float) area->height));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (float) (area->body_y - v)));
  for (guint agent = first_agent; agent < last_agent; agent++)
    {
      const FlRosterTotals *totals = &g_array_index (self->totals, FlRosterTotals, agent);
      double y = (double) agent * GRID_ROW_HEIGHT;
      guint counts[] = { totals->shifts, totals->nights, totals->weekends };
      char number[16];

      gtk_snapshot_append_color (snapshot, &palette->line,
                                 &GRAPHENE_RECT_INIT (0, (float) y + GRID_ROW_HEIGHT - 1, GRID_NAME_WIDTH, 1));
      gtk_snapshot_append_color (snapshot, &palette->line,
                                 &GRAPHENE_RECT_INIT ((float) totals_x, (float) y + GRID_ROW_HEIGHT - 1,
                                                      GRID_N_TOTALS * GRID_TOTAL_WIDTH, 1));
      append_label (widget, snapshot, fl_roster_get_agent_name (self->roster, agent), &palette->foreground,
                    12, y, GRID_NAME_WIDTH - 18, GRID_ROW_HEIGHT, FALSE);
      g_snprintf (number, sizeof number, "%.1f", totals->minutes / 60.0);
      append_label (widget, snapshot, number, &palette->foreground, totals_x, y, GRID_TOTAL_WIDTH, GRID_ROW_HEIGHT, TRUE);
      append_mark (snapshot, self->hour_marks[agent], palette, totals_x, y, GRID_TOTAL_WIDTH, GRID_ROW_HEIGHT);
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        {
          g_snprintf (number, sizeof number, "%u", counts[i]);
          append_label (widget, snapshot, number, &palette->foreground, totals_x + (i + 1) * GRID_TOTAL_WIDTH, y,
                        GRID_TOTAL_WIDTH, GRID_ROW_HEIGHT, TRUE);
        }
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_days (FlRosterGrid   *self,
               GtkSnapshot    *snapshot,
               const Palette  *palette,
               const GridArea *area)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double h = gtk_adjustment_get_value (self->hadjustment);
  guint n_days = fl_roster_get_n_days (self->roster);
  double counts_y = area->body_y + area->height;
  /* Translators: one-letter weekday names under the day numbers of the roster, Monday first */
  g_auto(GStrv) weekdays = g_strsplit (C_("weekdays", "M T W T F S S"), " ", 7);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT ((float) area->body_x, 0, (float) area->width,
                                                         (float) gtk_widget_get_height (widget)));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) (area->body_x - h), 0));
  for (guint day = 0; day < n_days; day++)
    {
      const GridDay *info = &g_array_index (self->days, GridDay, day);
      double x = (double) day * GRID_DAY_WIDTH;
      const char *weekday = g_strv_length (weekdays) == 7 ? weekdays[info->weekday - 1] : "";
      char number[16];
      const GdkRGBA *tint = day_tint (info, palette);
      const GdkRGBA *ink = info->today ? &palette->accent : tint == &palette->holiday ? &palette->hard
                                                                                  : &palette->foreground;

      if (x + GRID_DAY_WIDTH < h || x > h + area->width)
        continue;
      if (tint != NULL)
        gtk_snapshot_append_color (snapshot, tint, &GRAPHENE_RECT_INIT ((float) x, 0, GRID_DAY_WIDTH, GRID_HEADER_HEIGHT));
      g_snprintf (number, sizeof number, "%u", info->day_of_month);
      append_label (widget, snapshot, number, ink, x, 2, GRID_DAY_WIDTH, GRID_HEADER_HEIGHT / 2, TRUE);
      append_label (widget, snapshot, weekday, ink == &palette->accent ? &palette->foreground : ink, x,
                    GRID_HEADER_HEIGHT / 2 - 2, GRID_DAY_WIDTH, GRID_HEADER_HEIGHT / 2, TRUE);
      append_mark (snapshot, self->day_marks[day], palette, x, 0, GRID_DAY_WIDTH, GRID_HEADER_HEIGHT);
      for (guint row = 0; row < self->count_types->len; row++)
        {
          guint count = self->counts[row * n_days + day];

          if (count == 0)
            continue;
          g_snprintf (number, sizeof number, "%u", count);
          append_label (widget, snapshot, number, &palette->foreground, x, counts_y + row * GRID_COUNT_HEIGHT,
                        GRID_DAY_WIDTH, GRID_COUNT_HEIGHT, TRUE);
        }
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_restore (snapshot);
}

/* The corners: what the columns and the count rows are. */
static void
snapshot_headings (FlRosterGrid   *self,
                   GtkSnapshot    *snapshot,
                   const Palette  *palette,
                   const GridArea *area)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double totals_x = area->body_x + area->width;
  double counts_y = area->body_y + area->height;
  int width = gtk_widget_get_width (widget);
  const char *totals[GRID_N_TOTALS] = {
    /* Translators: roster column headings, narrow: hours worked, shifts, night shifts, weekend shifts */
    C_("roster total", "Hours"), C_("roster total", "Shifts"), C_("roster total", "Nights"),
    C_("roster total", "Wkends"),
  };

  append_label (widget, snapshot, _("Agent"), &palette->foreground, 12, 0, GRID_NAME_WIDTH - 18,
                GRID_HEADER_HEIGHT, FALSE);
  for (guint i = 0; i < GRID_N_TOTALS; i++)
    append_label (widget, snapshot, totals[i], &palette->foreground, totals_x + i * GRID_TOTAL_WIDTH, 0,
                  GRID_TOTAL_WIDTH, GRID_HEADER_HEIGHT, TRUE);
  for (guint row = 0; row < self->count_types->len; row++)
    {
      guint shift = g_array_index (self->count_types, guint, row);
      const FlShiftTypeFields *fields = fl_shift_type_get_fields (fl_roster_get_shift_type (self->roster, shift));
      g_autofree char *text = g_strdup_printf ("%s  %s", fields->code, fields->name);

      append_label (widget, snapshot, text, &palette->foreground, 12, counts_y + row * GRID_COUNT_HEIGHT,
                    GRID_NAME_WIDTH - 18, GRID_COUNT_HEIGHT, FALSE);
    }
  /* Rules between the fixed parts and the cells. */
  gtk_snapshot_append_color (snapshot, &palette->line,
                             &GRAPHENE_RECT_INIT (0, GRID_HEADER_HEIGHT - 1, (float) width, 1));
  gtk_snapshot_append_color (snapshot, &palette->line,
                             &GRAPHENE_RECT_INIT (0, (float) counts_y, (float) width, 1));
  gtk_snapshot_append_color (snapshot, &palette->line,
                             &GRAPHENE_RECT_INIT (GRID_NAME_WIDTH - 1, 0, 1, (float) gtk_widget_get_height (widget)));
  gtk_snapshot_append_color (snapshot, &palette->line,
                             &GRAPHENE_RECT_INIT ((float) totals_x, 0, 1, (float) gtk_widget_get_height (widget)));
}

void
_fl_roster_grid_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FlRosterGrid *self = FL_ROSTER_GRID (widget);
  Palette palette;
  GridArea area;

  if (self->roster == NULL)
    return;
  read_palette (widget, &palette);
  _fl_roster_grid_get_area (self, &area);
  gtk_snapshot_append_color (snapshot, &palette.background,
                             &GRAPHENE_RECT_INIT (0, 0, (float) gtk_widget_get_width (widget),
                                                  (float) gtk_widget_get_height (widget)));
  snapshot_cells (self, snapshot, &palette, &area);
  snapshot_names_and_totals (self, snapshot, &palette, &area);
  snapshot_days (self, snapshot, &palette, &area);
  snapshot_headings (self, snapshot, &palette, &area);
}
