/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Which part of a day a cell fills. */
typedef enum
{
  FL_DAY_STRIP_WHOLE,
  FL_DAY_STRIP_MORNING,     /* the left half */
  FL_DAY_STRIP_AFTERNOON,   /* the right half */
} FlDayStripPart;

/* One day of a strip. */
typedef struct
{
  GdkRGBA         colour;     /* alpha 0: nothing */
  FlDayStripPart  part;
  gboolean        outlined;   /* asked, not yet granted: a light fill in an outline */
  gboolean        crossed;    /* a day of absence */
  gboolean        shaded;     /* a weekend or public holiday */
  gboolean        marked;     /* today: underlined in the accent colour */
  char            text[8];    /* a day's number, a count, or "" */
} FlDayStripCell;

/* The width of a day. */
#define FL_DAY_STRIP_CELL_WIDTH 24

#define FL_TYPE_DAY_STRIP (fl_day_strip_get_type ())
G_DECLARE_FINAL_TYPE (FlDayStrip, fl_day_strip, FL, DAY_STRIP, GtkWidget)

/* A row of days, drawn: a person's month in the absence calendar, the
 * calendar's day numbers and counts, a swatch in its legend. */
GtkWidget *fl_day_strip_new       (void);
/* Copies @cells. */
void       fl_day_strip_set_cells (FlDayStrip           *self,
                                   const FlDayStripCell *cells,
                                   guint                 n_cells);

G_END_DECLS
