/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-scorecard-editor.h"
#include "fl-scorecard-service.h"

G_BEGIN_DECLS

/* What to do once unsaved edits are saved or discarded. */
typedef enum
{
  FL_EDITOR_NEXT_NOTHING,
  FL_EDITOR_NEXT_SELECT,      /* show the template with next_id */
  FL_EDITOR_NEXT_NEW,
  FL_EDITOR_NEXT_CLOSE,
  FL_EDITOR_NEXT_DUPLICATE,
  FL_EDITOR_NEXT_ARCHIVE,
  FL_EDITOR_NEXT_RESTORE,
  FL_EDITOR_NEXT_RELOAD,      /* list again, e.g. with or without the archived ones */
} FlEditorNext;

struct _FlScorecardEditor
{
  AdwWindow           parent_instance;

  FlDatabase         *database;
  FlSession          *session;
  FlScorecardService *service;
  GListModel         *templates;
  gboolean            can_edit;

  FlScorecard        *draft;        /* the working copy shown in the form, or NULL */
  char               *saved_json;   /* the draft as stored; NULL for a new template */
  GHashTable         *expanded;     /* FlScorecardItem → itself: items shown open */
  gboolean            selecting;    /* selecting a row from code */
  gboolean            updating;     /* filling the fields from code */

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkListBox         *templates_list;
  GtkCheckButton     *show_archived_check;
  GtkStack           *form_stack;
  GtkScrolledWindow  *form_scroller;
  GtkLabel           *error_label;
  GtkLabel           *notice_label;
  AdwEntryRow        *name_row;
  AdwEntryRow        *description_row;
  GtkSpinButton      *pass_mark_spin;
  GtkBox             *sections_box;
};

/* fl-scorecard-editor.c */
gboolean _fl_scorecard_editor_is_dirty      (FlScorecardEditor *self);
gint64   _fl_scorecard_editor_get_shown_id  (FlScorecardEditor *self);
void     _fl_scorecard_editor_reload        (FlScorecardEditor *self,
                                             gint64             select_id);
void     _fl_scorecard_editor_show          (FlScorecardEditor *self,
                                             FlScorecard       *scorecard);
void     _fl_scorecard_editor_rebuild_sections (FlScorecardEditor  *self,
                                                FlScorecardSection *focus,
                                                int                 moved);
void     _fl_scorecard_editor_update_state  (FlScorecardEditor *self);
void     _fl_scorecard_editor_show_error    (FlScorecardEditor *self,
                                             const GError      *error);
void     _fl_scorecard_editor_toast         (FlScorecardEditor *self,
                                             const char        *message);

/* fl-scorecard-editor-actions.c */
void     _fl_scorecard_editor_then          (FlScorecardEditor *self,
                                             FlEditorNext       next,
                                             gint64             next_id);
void     _fl_scorecard_editor_install_actions (GtkWidgetClass  *widget_class);

G_END_DECLS
