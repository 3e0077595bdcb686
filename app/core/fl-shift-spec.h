/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FL_MINUTES_PER_DAY 1440

/* What a roster cell holds: a shift worked, a day off, or leave (set only
 * by the leave approval chain). */
typedef enum
{
  FL_SHIFT_KIND_WORK,
  FL_SHIFT_KIND_OFF,
  FL_SHIFT_KIND_LEAVE,
} FlShiftKind;

/* A shift type's times, for the pure roster rules and coverage. Times are
 * minutes after midnight of the shift's day; an end at or before the start
 * falls on the next day (a shift 16:00–24:00 ends at 0, 00:00 the next
 * day). A start of FL_MINUTES_PER_DAY (24:00) makes the night after the
 * day the shift's: 24:00–08:00. An unpaid break (lunch) lies within the
 * shift, or break_start is -1. */
typedef struct
{
  FlShiftKind kind;
  int         start;
  int         end;
  int         break_start;
  int         break_end;
} FlShiftSpec;

/* A kind as the database writes it: "work", "off" or "leave". */
FlShiftKind fl_shift_kind_from_string   (const char        *text);

/* Minutes from the start to the end: 0 for a day off or leave. */
int      fl_shift_spec_length        (const FlShiftSpec *spec);
/* Minutes paid: the length less the break. */
int      fl_shift_spec_paid_minutes  (const FlShiftSpec *spec);
/* A night shift for the totals: worked past midnight, or starting before six. */
gboolean fl_shift_spec_is_night      (const FlShiftSpec *spec);
/* Whether an agent on this shift on day 0 is at their phone at @minute
 * (minutes after midnight of day 0; from FL_MINUTES_PER_DAY on it is the
 * next day, as a night shift runs into it): within the shift and not on
 * its break. */
gboolean fl_shift_spec_staffs        (const FlShiftSpec *spec,
                                      int                minute);

/* A time of day typed as "8:00", "08:30" or "24:00", in minutes after
 * midnight; an empty text is -1 (no time: no break). FALSE when it is not
 * a time. */
gboolean fl_shift_spec_parse_time    (const char        *text,
                                      int               *minutes);
/* Minutes after midnight as "08:30"; -1 as an empty text. */
char    *fl_shift_spec_format_time   (int                minutes);

G_END_DECLS
