/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-calibration-page.h"
#include "fl-complaints-page.h"
#include "fl-disputes-page.h"
#include "fl-qa-dashboard-page.h"
#include "fl-qa-programme-panel.h"
#include "fl-qa-results-service.h"
#include "fl-sampling-service.h"

G_BEGIN_DECLS

/* Private to the QA Programme panel: fl-qa-programme-panel.c and, for the
 * statements and printouts, fl-qa-programme-panel-reports.c. */
struct _FlQaProgrammePanel
{
  AdwBin              parent_instance;

  FlDatabase         *database;
  FlSession          *session;
  FlQaResultsService *results;
  FlSamplingService  *sampling;
  char               *month;
  GArray             *team_ids;        /* gint64, by the dropdown's position; 0 = all */
  GListStore         *result_rows;     /* what the table shows, filled when it is shown */
  GListModel         *month_results;   /* the month's results as last read: what is printed and exported */
  GListStore         *progress_rows;
  GCancellable       *loading;         /* the month's results and progress */
  gboolean            drawing;
  FlComplaintsPage   *complaints_page;
  FlCalibrationPage  *calibration_page;
  FlQaDashboardPage  *dashboard_page;
  FlDisputesPage     *disputes_page;
  GtkSingleSelection *result_selection;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwViewStack       *view_stack;
  GtkLabel           *month_label;
  GtkDropDown        *team_dropdown;
  GtkLabel           *month_state_label;
  GtkWidget          *close_button;
  GtkWidget          *reopen_button;
  GtkStack           *results_stack;
  GtkColumnView      *results_view;
  AdwStatusPage      *results_status;
  GtkLabel           *plan_label;
  GtkSpinner         *draw_spinner;
  GtkButton          *draw_button;
  GtkStack           *progress_stack;
  GtkColumnView      *progress_view;
  AdwStatusPage      *progress_status;
};

gint64 _fl_qa_programme_panel_selected_team   (FlQaProgrammePanel *self);
void   _fl_qa_programme_panel_toast           (FlQaProgrammePanel *self,
                                               const char         *text);
void   _fl_qa_programme_panel_update_reports  (FlQaProgrammePanel *self);
void   _fl_qa_programme_panel_install_reports (GtkWidgetClass     *widget_class);

G_END_DECLS
