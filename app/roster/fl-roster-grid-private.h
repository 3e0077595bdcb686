/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-roster-grid.h"

G_BEGIN_DECLS

#define GRID_NAME_WIDTH    168
#define GRID_DAY_WIDTH     38
#define GRID_ROW_HEIGHT    30
#define GRID_HEADER_HEIGHT 42
#define GRID_COUNT_HEIGHT  22
#define GRID_TOTAL_WIDTH   54
#define GRID_N_TOTALS      4    /* hours, shifts, nights, weekends */

typedef struct
{
  guint    day_of_month;
  guint    weekday;        /* 1 = Monday */
  gboolean weekend;        /* Saturday or Sunday, and not a make-up workday */
  gboolean today;
  FlHoliday *holiday;      /* the roster's, or NULL */
} GridDay;

struct _FlRosterGrid
{
  GtkWidget      parent_instance;

  FlRoster      *roster;
  gboolean       editable;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  GArray        *days;          /* GridDay */
  GArray        *totals;        /* FlRosterTotals, one per agent */
  GArray        *count_types;   /* guint: the shift types counted per day, one row each */
  guint         *counts;        /* count_types->len × n_days */
  guint8        *marks;         /* FlRuleSeverity per agent × day */
  guint8        *hour_marks;    /* per agent */
  guint8        *day_marks;     /* per day: the team's */
  guint8        *swapped;       /* per agent × day: set by an approved swap */
  GPtrArray     *chip_layouts;  /* PangoLayout per shift type */

  guint          cursor_agent;
  guint          cursor_day;
  guint          anchor_agent;
  guint          anchor_day;

  GArray        *clipboard;     /* int shifts, clip_rows × clip_days */
  guint          clip_rows;
  guint          clip_days;
};

/* The block of rows and days the cells area shows: none when empty. */
typedef struct
{
  double width;    /* the cells area */
  double height;
  double body_x;   /* where it starts in the widget */
  double body_y;
} GridArea;

void _fl_roster_grid_get_area (FlRosterGrid *self,
                               GridArea     *area);
guint _fl_roster_grid_n_agents (FlRosterGrid *self);
guint _fl_roster_grid_n_days   (FlRosterGrid *self);
/* Moves the cursor there (clamped), scrolls to it, and selects from the
 * anchor when @extend, or only it. */
void _fl_roster_grid_move_cursor (FlRosterGrid *self,
                                  int           agent,
                                  int           day,
                                  gboolean      extend);
/* Hands @edits (FlRosterEdit) to whoever saves them, if the grid is editable. */
void _fl_roster_grid_emit_edits  (FlRosterGrid *self,
                                  GArray       *edits);
/* "Friday 1 October", with the public holiday it is, for the tooltip and
 * the screen reader. */
char *_fl_roster_grid_describe_day (FlRosterGrid *self,
                                    guint         day);
/* "王芳, Friday 1 October: E 08:00–16:00", with the holiday if it is one. */
char *_fl_roster_grid_describe_cell (FlRosterGrid *self,
                                     guint         agent,
                                     guint         day);
/* fl-roster-grid-input.c: the mouse, the keys and the clipboard. */
void _fl_roster_grid_add_controllers (FlRosterGrid *self);
void _fl_roster_grid_snapshot (GtkWidget    *widget,
                               GtkSnapshot  *snapshot);

G_END_DECLS
