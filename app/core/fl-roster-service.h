/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-roster.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_ROSTER_ERROR (fl_roster_error_quark ())

typedef enum
{
  FL_ROSTER_ERROR_INVALID,
  FL_ROSTER_ERROR_NOT_FOUND,
  FL_ROSTER_ERROR_NOT_ALLOWED,
  FL_ROSTER_ERROR_LOCKED,       /* submitted or published: not edited directly */
  FL_ROSTER_ERROR_VIOLATIONS,   /* hard rules are broken */
} FlRosterError;

#define FL_TYPE_ROSTER_SERVICE (fl_roster_service_get_type ())
G_DECLARE_FINAL_TYPE (FlRosterService, fl_roster_service, FL, ROSTER_SERVICE, GObject)

GQuark            fl_roster_error_quark           (void);
FlRosterService  *fl_roster_service_new           (FlDatabase       *database);

/* The shift types in use, in their order: GListModel of FlShiftType. */
GListModel       *fl_roster_service_list_shift_types (FlRosterService *self,
                                                      GError         **error);
/* Adds a shift type (@fields->id 0) or changes one, audited; the
 * department head or an administrator. Refused, saying why: a code that is
 * not one to three letters or digits or that another shift has, no name, a
 * colour not #rrggbb, a shift that ends when it starts, a break outside
 * it, a handover over 2 hours, leave made or unmade. Returns the id. */
gint64            fl_roster_service_save_shift_type (FlRosterService         *self,
                                                     FlSession               *actor,
                                                     const FlShiftTypeFields *fields,
                                                     GError                 **error);
/* A team's month (YYYY-MM) as it stands, with the last days of the month
 * before; a month nobody has started is an empty draft, saved on its first
 * edit. Anyone signed in may read a roster. */
FlRoster         *fl_roster_service_open          (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   gint64            team_id,
                                                   const char       *month,
                                                   GError          **error);
/* fl_roster_service_open() in a worker: a month of 300 agents never
 * stalls the window. */
void              fl_roster_service_open_async    (FlRosterService     *self,
                                                   FlSession           *actor,
                                                   gint64               team_id,
                                                   const char          *month,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
FlRoster         *fl_roster_service_open_finish   (FlRosterService     *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* The saved rotations (轮班), translated names and their codes
 * ("E,E,L,L,N,N,O,O"), in the same order. */
gboolean          fl_roster_service_list_patterns (FlRosterService  *self,
                                                   GStrv            *names,
                                                   GStrv            *codes,
                                                   GError          **error);
/* Sets cells of a draft in one transaction (a fill or a pattern is one
 * change), audited; the team's lead or the department head. Leave is set
 * only by approving a leave request. @roster follows, rules re-checked. */
gboolean          fl_roster_service_set_cells     (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   FlRoster         *roster,
                                                   const FlRosterEdit *edits,
                                                   guint             n_edits,
                                                   GError          **error);
/* Sets each day's seat of @edits on a draft, as one change, audited; the
 * team's lead or the department head. The check follows. */
gboolean          fl_roster_service_set_seats     (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   FlRoster         *roster,
                                                   const FlRosterSeatEdit *edits,
                                                   guint             n_edits,
                                                   GError          **error);
/* fl_roster_service_set_seats() with @seat (an index of the roster's seats,
 * or FL_ROSTER_EMPTY to clear) on the days from @first_day to @last_day of
 * @agents. */
gboolean          fl_roster_service_set_seat      (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   FlRoster         *roster,
                                                   const guint      *agents,
                                                   guint             n_agents,
                                                   guint             first_day,
                                                   guint             last_day,
                                                   int               seat,
                                                   GError          **error);
/* The lead hands the draft in; refused while a hard rule is broken. */
gboolean          fl_roster_service_submit        (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   FlRoster         *roster,
                                                   GError          **error);
/* The department head publishes a submitted roster, or sends it back to
 * the lead as a draft with a reason. */
gboolean          fl_roster_service_publish       (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   FlRoster         *roster,
                                                   GError          **error);
gboolean          fl_roster_service_return        (FlRosterService  *self,
                                                   FlSession        *actor,
                                                   FlRoster         *roster,
                                                   const char       *reason,
                                                   GError          **error);

G_END_DECLS
