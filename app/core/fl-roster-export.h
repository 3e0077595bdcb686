/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-report-table.h"
#include "fl-roster.h"

G_BEGIN_DECLS

/* Every agent, for fl_roster_export_ics(). */
#define FL_ROSTER_ALL_AGENTS G_MAXUINT

/* The roster's worked shifts as an iCalendar file (RFC 5545): one event
 * per shift, starting at the handover (交接班) before it, for one agent or
 * for all. An event's UID names the team, the agent and the day, so that a
 * calendar importing a later export updates its events instead of adding
 * them again; the export's time is their SEQUENCE. Times in UTC from the
 * machine's time zone. */
char          *fl_roster_export_ics   (FlRoster   *roster,
                                       guint       agent,
                                       GDateTime  *exported_at);
/* The month as a table of codes, an agent a row, with each agent's totals
 * (hours, shifts, nights, weekends): for CSV, PDF and print. */
FlReportTable *fl_roster_export_table (FlRoster   *roster,
                                       const char *team_name);

G_END_DECLS
