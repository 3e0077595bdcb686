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

/* A seat (坐席) an agent can take. */
typedef struct
{
  gint64  id;
  char   *code;
  char   *name;   /* translated */
} FlRosterSeat;

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
/* The seats agents can take (FlRosterSeat, taken), before any is read. */
void      _fl_roster_set_seat_types (FlRoster          *self,
                                     GArray            *seats);
gint64    _fl_roster_get_seat_id  (FlRoster            *self,
                                   guint                seat);
/* The index of seat @seat_id, or FL_ROSTER_EMPTY. */
int       _fl_roster_find_seat    (FlRoster            *self,
                                   gint64               seat_id);
/* Reads rows of (staff_id, day, id) that @sql selects for the roster's
 * team (?1) between the first day before the month (?2) and its last
 * (?3), handing each to @load with its row and day. */
typedef void (*FlRosterDayFunc) (FlRoster *roster,
                                 guint     agent,
                                 int       day,
                                 gint64    id);
gboolean  _fl_roster_read_days    (FlDatabase          *database,
                                   FlRoster            *roster,
                                   const char          *sql,
                                   FlRosterDayFunc      load,
                                   GError             **error);
/* fl-roster-service-seats.c: the seats and the month's seat days, after
 * the roster's row is known and before its cells are checked. */
gboolean  _fl_roster_service_read_seats (FlDatabase    *database,
                                         FlRoster      *roster,
                                         GError       **error);
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

/* For the edits of a draft, inside their transaction: its row in the
 * database, made on the first edit of a month (refused when it was
 * submitted meanwhile), and the time it last changed. */
gboolean  _fl_roster_ensure_row     (FlDatabase        *database,
                                     FlRoster          *roster,
                                     const char        *now,
                                     GError           **error);
gboolean  _fl_roster_touch          (FlDatabase        *database,
                                     FlRoster          *roster,
                                     const char        *now,
                                     GError           **error);
/* Refused, saying why, unless @roster is in @wanted state. */
gboolean  _fl_roster_check_state    (FlRoster          *roster,
                                     FlRosterState      wanted,
                                     GError           **error);

G_END_DECLS
