/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-roster-service.h"

G_BEGIN_DECLS

#define FL_TYPE_ROSTER_HISTORY (fl_roster_history_get_type ())
G_DECLARE_FINAL_TYPE (FlRosterHistory, fl_roster_history, FL, ROSTER_HISTORY, GObject)

/* A lead's edits of one roster (its cells and its seats), each saved as it is made, that can be
 * undone and redone (Ctrl+Z, Ctrl+Shift+Z): an undo is itself a saved,
 * audited change. Emits "changed" after every change that went through. */
FlRosterHistory *fl_roster_history_new      (FlRosterService    *service,
                                             FlSession          *actor,
                                             FlRoster           *roster);
FlRoster        *fl_roster_history_get_roster (FlRosterHistory  *self);
/* Saves @edits as one step; cells that already hold their shift are left
 * out, and nothing left is no step. */
gboolean         fl_roster_history_apply    (FlRosterHistory    *self,
                                             const FlRosterEdit *edits,
                                             guint               n_edits,
                                             GError            **error);
/* Saves each day's seat of @edits as one step, as fl_roster_history_apply(). */
gboolean         fl_roster_history_set_seats (FlRosterHistory       *self,
                                             const FlRosterSeatEdit *edits,
                                             guint                  n_edits,
                                             GError               **error);
gboolean         fl_roster_history_undo     (FlRosterHistory    *self,
                                             GError            **error);
gboolean         fl_roster_history_redo     (FlRosterHistory    *self,
                                             GError            **error);
gboolean         fl_roster_history_can_undo (FlRosterHistory    *self);
gboolean         fl_roster_history_can_redo (FlRosterHistory    *self);

G_END_DECLS
