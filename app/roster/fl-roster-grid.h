/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-roster.h"

G_BEGIN_DECLS

#define FL_TYPE_ROSTER_GRID (fl_roster_grid_get_type ())
G_DECLARE_FINAL_TYPE (FlRosterGrid, fl_roster_grid, FL, ROSTER_GRID, GtkWidget)

/* A team's month drawn as agents × days, each cell a shift chip, with the
 * agents' totals at the right and each day's count per shift below. The
 * names, days and totals stay put while the cells scroll (GtkScrollable).
 * It edits nothing itself: "edit" hands the cells to set to whoever saves
 * them, who then calls fl_roster_grid_refresh(). */
GtkWidget *fl_roster_grid_new            (void);
void       fl_roster_grid_set_roster     (FlRosterGrid *self,
                                          FlRoster     *roster);
FlRoster  *fl_roster_grid_get_roster     (FlRosterGrid *self);
void       fl_roster_grid_set_editable   (FlRosterGrid *self,
                                          gboolean      editable);
/* The cells or the rules changed: totals, counts and marks are counted
 * again and the grid repainted. */
void       fl_roster_grid_refresh        (FlRosterGrid *self);
void       fl_roster_grid_get_cursor     (FlRosterGrid *self,
                                          guint        *agent,
                                          guint        *day);
/* Moves the cursor to a cell, selects only it and scrolls it into view. */
void       fl_roster_grid_set_cursor     (FlRosterGrid *self,
                                          guint         agent,
                                          guint         day);
/* The selected block, rows and days inclusive. */
void       fl_roster_grid_get_selection  (FlRosterGrid *self,
                                          guint        *first_agent,
                                          guint        *last_agent,
                                          guint        *first_day,
                                          guint        *last_day);
/* Marks the cells approved swaps set (@cells' shift is not read). */
void       fl_roster_grid_set_swapped    (FlRosterGrid       *self,
                                          const FlRosterEdit *cells,
                                          guint               n_cells);
/* Asks for every selected cell to hold @shift (FL_ROSTER_EMPTY clears). */
void       fl_roster_grid_fill_selection (FlRosterGrid *self,
                                          int           shift);

G_END_DECLS
