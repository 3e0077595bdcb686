/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-scorecard-autosave.h"
#include "fl-scorecard-item-row.h"
#include "fl-scorecard-view.h"

G_BEGIN_DECLS

struct _FlScorecardView
{
  GtkWidget            parent_instance;

  FlEvaluationService *service;
  FlSession           *session;
  FlEvaluation        *evaluation;
  FlScorecardAutosave *autosave;
  GPtrArray           *leftovers;       /* FlScorecardAutosave of earlier evaluations, still waiting */
  GListModel          *notes;
  char                *read_only_reason;

  GHashTable          *answers;         /* gint64 item id → FlScoreAnswer: what the rows show */
  GPtrArray           *rows;            /* FlScorecardItemRow, in the order of the items */
  GPtrArray           *section_labels;  /* GtkLabel with each section's score */
  gboolean             updating;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkLabel            *template_label;
  GtkLabel            *score_label;
  GtkLabel            *verdict_label;
  GtkLabel            *pass_mark_label;
  GtkLabel            *save_label;
  GtkLabel            *progress_label;
  GtkWidget           *auto_fail_box;
  GtkLabel            *auto_fail_label;
  GtkWidget           *error_box;
  GtkLabel            *error_label;
  GtkWidget           *save_error_box;
  GtkLabel            *save_error_label;
  GtkLabel            *status_label;
  GtkScrolledWindow   *scroller;
  GtkBox              *sections_box;
  GtkTextView         *comment_view;
  GtkMenuButton       *history_button;
  GtkListBox          *history_list;
  GtkWidget           *change_button;
  GtkWidget           *submit_button;
};

/* fl-scorecard-view.c */
FlScorecard *_fl_scorecard_view_get_scorecard (FlScorecardView *self);
gboolean _fl_scorecard_view_is_own         (FlScorecardView *self);
gboolean _fl_scorecard_view_is_editable    (FlScorecardView *self);
void     _fl_scorecard_view_show_error     (FlScorecardView *self,
                                            const char      *message);
void     _fl_scorecard_view_hide_error     (FlScorecardView *self);
void     _fl_scorecard_view_emit_submitted (FlScorecardView *self);

/* fl-scorecard-view-summary.c */
char    *_fl_scorecard_view_format_percent (double           value);
void     _fl_scorecard_view_update         (FlScorecardView *self);
void     _fl_scorecard_view_update_status  (FlScorecardView *self);
void     _fl_scorecard_view_update_save_status (FlScorecardView *self);

/* fl-scorecard-view-actions.c */
void     _fl_scorecard_view_submit         (FlScorecardView *self);
void     _fl_scorecard_view_ask_to_change  (FlScorecardView *self);
void     _fl_scorecard_view_fill_history   (FlScorecardView *self);

G_END_DECLS
