/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fl-month.h"
#include "fl-roster-export.h"

/* RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
static void
append_escaped (GString    *line,
                const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '\\' || *c == ';' || *c == ',')
        g_string_append_c (line, '\\');
      if (*c == '\n')
        g_string_append (line, "\\n");
      else if (*c != '\r')
        g_string_append_c (line, *c);
    }
}

/* RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a
 * space, never inside a UTF-8 character. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize limit = 75;

  while (length - start > limit)
    {
      gsize end = start + limit;

      while (end > start && (line[end] & 0xc0) == 0x80)
        end--;
      g_string_append_len (out, line + start, (gssize) (end - start));
      g_string_append (out, "\r\n ");
      start = end;
      limit = 74;   /* the space counts */
    }
  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_escaped (line, text);
  append_folded (out, line->str);
}

static void append_printf (GString    *out,
                           const char *format,
                           ...) G_GNUC_PRINTF (2, 3);

/* A line of its own, folded. */
static void
append_printf (GString    *out,
               const char *format,
               ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  append_folded (out, line);
}

static char *
format_utc (GDateTime *local)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

/* Minutes from the day's midnight, local time, as a time of its own. */
static GDateTime *
local_time (const char *date,
            int         minutes)
{
  int year, month, day;
  g_autoptr(GDateTime) midnight = NULL;

  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  midnight = g_date_time_new_local (year, month, day, 0, 0, 0);
  return g_date_time_add_minutes (midnight, minutes);
}

static void
append_event (GString     *out,
              FlRoster    *roster,
              guint        agent,
              guint        day,
              const char  *stamp,
              gint64       sequence)
{
  int shift = fl_roster_get_cell (roster, agent, (int) day);
  FlShiftType *type;
  const FlShiftTypeFields *fields;
  g_autofree char *date = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *times = NULL;
  g_autoptr(GDateTime) handover = NULL;
  g_autoptr(GDateTime) finish = NULL;

  if (shift == FL_ROSTER_EMPTY)
    return;
  type = fl_roster_get_shift_type (roster, (guint) shift);
  fields = fl_shift_type_get_fields (type);
  if (fields->spec.kind != FL_SHIFT_KIND_WORK)
    return;

  date = fl_roster_dup_date (roster, (int) day);
  handover = local_time (date, fields->spec.start - fields->handover_minutes);
  finish = local_time (date, fields->spec.start + fl_shift_spec_length (&fields->spec));
  if (handover == NULL || finish == NULL)
    return;
  start = format_utc (handover);
  end = format_utc (finish);
  uid = g_strdup_printf ("roster-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "-%s@floorlead", fl_roster_get_team_id (roster),
                         fl_roster_get_agent_id (roster, agent), date);
  /* Translators: an exported calendar event: the agent, the shift's name and code */
  summary = g_strdup_printf (_("%1$s: %2$s (%3$s)"), fl_roster_get_agent_name (roster, agent), fields->name,
                             fields->code);
  times = fl_shift_type_describe_times (type);
  /* Translators: an exported calendar event's description: the shift's times, then the handover's minutes */
  description = g_strdup_printf (_("Shift %1$s; arrive %2$d minutes early for the handover."), times,
                                 fields->handover_minutes);

  append_folded (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_printf (out, "DTSTAMP:%s", stamp);
  append_printf (out, "SEQUENCE:%" G_GINT64_FORMAT, sequence);
  append_printf (out, "DTSTART:%s", start);
  append_printf (out, "DTEND:%s", end);
  append_property (out, "SUMMARY", summary);
  append_property (out, "DESCRIPTION", description);
  append_folded (out, "TRANSP:OPAQUE");
  append_folded (out, "END:VEVENT");
}

char *
fl_roster_export_ics (FlRoster  *roster,
                      guint      agent,
                      GDateTime *exported_at)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *stamp = NULL;
  /* Later exports carry later sequences: the minutes since 2020. */
  gint64 sequence;

  g_return_val_if_fail (FL_IS_ROSTER (roster), NULL);
  g_return_val_if_fail (exported_at != NULL, NULL);
  g_return_val_if_fail (agent == FL_ROSTER_ALL_AGENTS || agent < fl_roster_get_n_agents (roster), NULL);

  stamp = format_utc (exported_at);
  sequence = MAX (0, (g_date_time_to_unix (exported_at) - 1577836800) / 60);

  append_folded (out, "BEGIN:VCALENDAR");
  append_folded (out, "VERSION:2.0");
  append_folded (out, "PRODID:-//Floorlead//Roster//EN");
  append_folded (out, "CALSCALE:GREGORIAN");
  append_folded (out, "METHOD:PUBLISH");
  for (guint a = 0; a < fl_roster_get_n_agents (roster); a++)
    {
      if (agent != FL_ROSTER_ALL_AGENTS && a != agent)
        continue;
      for (guint day = 0; day < fl_roster_get_n_days (roster); day++)
        append_event (out, roster, a, day, stamp, sequence);
    }
  append_folded (out, "END:VCALENDAR");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

FlReportTable *
fl_roster_export_table (FlRoster   *roster,
                        const char *team_name)
{
  g_autofree char *month = NULL;
  g_autofree char *title = NULL;
  FlReportTable *table;

  g_return_val_if_fail (FL_IS_ROSTER (roster), NULL);

  month = fl_month_format (fl_roster_get_month (roster));
  /* Translators: the title of an exported roster: the team, then the month */
  title = g_strdup_printf (_("Roster of %1$s, %2$s"), team_name ? team_name : "", month);
  table = fl_report_table_new (title, fl_roster_state_describe (fl_roster_get_state (roster)));
  fl_report_table_set_landscape (table, TRUE);
  for (guint i = 0; i < fl_roster_get_n_shift_types (roster); i++)
    {
      FlShiftType *type = fl_roster_get_shift_type (roster, i);
      g_autofree char *times = fl_shift_type_describe_times (type);
      g_autofree char *value = g_strdup_printf ("%s, %s", fl_shift_type_get_fields (type)->name, times);

      fl_report_table_add_fact (table, fl_shift_type_get_fields (type)->code, value);
    }

  fl_report_table_add_column (table, _("Agent"), FALSE);
  for (guint day = 0; day < fl_roster_get_n_days (roster); day++)
    {
      char heading[8];

      g_snprintf (heading, sizeof heading, "%u", day + 1);
      fl_report_table_add_column (table, heading, FALSE);
    }
  fl_report_table_add_column (table, C_("roster total", "Hours"), TRUE);
  fl_report_table_add_column (table, C_("roster total", "Shifts"), TRUE);
  fl_report_table_add_column (table, C_("roster total", "Nights"), TRUE);
  fl_report_table_add_column (table, C_("roster total", "Wkends"), TRUE);

  for (guint agent = 0; agent < fl_roster_get_n_agents (roster); agent++)
    {
      FlRosterTotals totals;

      fl_roster_get_totals (roster, agent, &totals);
      fl_report_table_add_text (table, fl_roster_get_agent_name (roster, agent));
      for (guint day = 0; day < fl_roster_get_n_days (roster); day++)
        {
          int shift = fl_roster_get_cell (roster, agent, (int) day);

          fl_report_table_add_text (table, shift == FL_ROSTER_EMPTY ? NULL
                                           : fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift))->code);
        }
      fl_report_table_add_number (table, totals.minutes / 60.0, 1);
      fl_report_table_add_number (table, totals.shifts, 0);
      fl_report_table_add_number (table, totals.nights, 0);
      fl_report_table_add_number (table, totals.weekends, 0);
      fl_report_table_end_row (table);
    }
  return table;
}
