/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-coverage-strip.h"
#include "fl-forecast-service.h"
#include "fl-policy-service.h"
#include "fl-roster-grid.h"
#include "fl-roster-history.h"
#include "fl-roster-panel.h"
#include "fl-swap-list.h"
#include "fl-swap-service.h"
#include "fl-violation-list.h"

G_BEGIN_DECLS

/* Shared by fl-roster-panel.c (the month, its grid and coverage) and
 * fl-roster-panel-actions.c (editing, the roster's way, swaps). */
struct _FlRosterPanel
{
  AdwBin             parent_instance;

  FlDatabase        *database;
  FlSession         *session;
  FlRosterService   *service;
  FlForecastService *forecasts;
  FlSwapService     *swaps;
  FlPolicyService   *policies;
  FlRosterHistory   *history;
  char              *month;
  GArray            *team_ids;
  GArray            *team_lead_ids;
  GCancellable      *opening;
  GCancellable      *covering;
  guint              coverage_day;   /* of the month, from 0 */

  AdwToastOverlay   *toast_overlay;
  AdwToast          *toast;            /* the one showing, weak */
  GtkLabel          *month_label;
  GtkLabel          *state_label;
  GtkDropDown       *team_dropdown;
  GtkRevealer       *deadline_revealer;
  GtkLabel          *deadline_label;
  GtkWidget         *edit_tools;
  GtkBox            *shift_box;
  GtkButton         *submit_button;
  GtkButton         *return_button;
  GtkButton         *publish_button;
  GtkStack          *content_stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *message_page;
  FlRosterGrid      *grid;
  GtkLabel          *coverage_heading;
  GtkLabel          *coverage_summary;
  FlCoverageStrip   *coverage_strip;
  FlViolationList   *violation_list;
  FlSwapList        *swap_list;
  GtkButton         *swap_button;
};

void      _fl_roster_panel_toast            (FlRosterPanel *self,
                                             const char    *text);
FlRoster *_fl_roster_panel_current_roster   (FlRosterPanel *self);
gboolean  _fl_roster_panel_may_edit_team    (FlRosterPanel *self);
/* The name of the team shown, as the dropdown shows it. */
const char *_fl_roster_panel_team_name      (FlRosterPanel *self);
/* What the roster's state allows, and the deadline: on opening a month
 * and when its state changes. */
void      _fl_roster_panel_update_actions   (FlRosterPanel *self);
/* After the cells changed: the grid, the rules, the coverage, the buttons. */
void      _fl_roster_panel_cells_changed    (FlRosterPanel *self);
void      _fl_roster_panel_read_swaps       (FlRosterPanel *self);
void      _fl_roster_panel_install_actions  (GtkWidgetClass *widget_class);
/* FlSwapList::decide: approve at once, or ask why not. */
void      _fl_roster_panel_swap_decided_cb  (FlRosterPanel  *self,
                                             gint64          id,
                                             gboolean        approve,
                                             FlSwapList     *list);

G_END_DECLS
