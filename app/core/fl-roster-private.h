/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"
#include "fl-roster-service.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* For FlRosterService only: a roster is made and changed as it reads and
 * writes the database. */
typedef struct
{
  gint64  staff_id;
  char   *name;
  int     min_minutes;   /* contract; 0: no bound */
  int     max_minutes;
} FlRosterAgent;

FlRoster *_fl_roster_new          (gint64               id,
                                   gint64               team_id,
                                   const char          *month,
                                   FlRosterState        state,
                                   const FlRosterRules *rules,
                                   GPtrArray           *shift_types,
                                   GArray              *agents);
void      _fl_roster_set_id       (FlRoster            *self,
                                   gint64               id);
void      _fl_roster_set_state    (FlRoster            *self,
                                   FlRosterState        state);
/* The month's days on the public-holiday calendar (FlHoliday). */
void      _fl_roster_set_holidays (FlRoster            *self,
                                   GListModel          *holidays);
/* The row of @staff_id, or -1. */
int       _fl_roster_find_agent   (FlRoster            *self,
                                   gint64               staff_id);
/* The index of the shift type @id, or FL_ROSTER_EMPTY. */
int       _fl_roster_find_shift   (FlRoster            *self,
                                   gint64               shift_type_id);
/* The day of @date ("YYYY-MM-DD") counted from the month's first, which
 * may be negative; FALSE when it is not a date. */
gboolean  _fl_roster_day_of_date  (FlRoster            *self,
                                   const char          *date,
                                   int                 *day);

FlDatabase *_fl_roster_service_get_database (FlRosterService *self);

/* The team's lead or the department head may change its roster. */
gboolean  _fl_roster_check_may_edit (FlDatabase        *database,
                                     FlSession         *actor,
                                     FlRoster          *roster,
                                     GError           **error);

/* Writes one cell of @roster's month (FL_ROSTER_EMPTY deletes it); @swap_id
 * names the approved swap that set it, or 0. Inside a transaction. */
gboolean  _fl_roster_write_cell     (FlDatabase        *database,
                                     FlRoster          *roster,
                                     guint              agent,
                                     guint              day,
                                     int                shift,
                                     gint64             swap_id,
                                     GError           **error);

G_END_DECLS
