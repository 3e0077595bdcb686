/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-shift-spec"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fl-shift-spec.h"

FlShiftKind
fl_shift_kind_from_string (const char *text)
{
  if (g_strcmp0 (text, "off") == 0)
    return FL_SHIFT_KIND_OFF;
  if (g_strcmp0 (text, "leave") == 0)
    return FL_SHIFT_KIND_LEAVE;
  return FL_SHIFT_KIND_WORK;
}

int
fl_shift_spec_length (const FlShiftSpec *spec)
{
  g_return_val_if_fail (spec != NULL, 0);

  if (spec->kind != FL_SHIFT_KIND_WORK)
    return 0;
  return spec->end > spec->start ? spec->end - spec->start : spec->end + FL_MINUTES_PER_DAY - spec->start;
}

/* The break's minutes after the shift's start, as an interval [from, to)
 * within the shift; empty without a break. */
static void
break_offsets (const FlShiftSpec *spec,
               int               *from,
               int               *to)
{
  int length = fl_shift_spec_length (spec);

  *from = *to = 0;
  if (spec->break_start < 0 || spec->break_end < 0)
    return;
  *from = (spec->break_start - spec->start + 2 * FL_MINUTES_PER_DAY) % FL_MINUTES_PER_DAY;
  *to = *from + (spec->break_end - spec->break_start + FL_MINUTES_PER_DAY) % FL_MINUTES_PER_DAY;
  *from = MIN (*from, length);
  *to = MIN (*to, length);
}

int
fl_shift_spec_paid_minutes (const FlShiftSpec *spec)
{
  int from, to;

  g_return_val_if_fail (spec != NULL, 0);

  break_offsets (spec, &from, &to);
  return MAX (fl_shift_spec_length (spec) - (to - from), 0);
}

gboolean
fl_shift_spec_is_night (const FlShiftSpec *spec)
{
  int start;

  g_return_val_if_fail (spec != NULL, FALSE);

  if (spec->kind != FL_SHIFT_KIND_WORK)
    return FALSE;
  start = spec->start % FL_MINUTES_PER_DAY;
  return spec->start >= FL_MINUTES_PER_DAY || start < 360 || start + fl_shift_spec_length (spec) > FL_MINUTES_PER_DAY;
}

gboolean
fl_shift_spec_staffs (const FlShiftSpec *spec,
                      int                minute)
{
  int offset;
  int from, to;

  g_return_val_if_fail (spec != NULL, FALSE);

  offset = minute - spec->start;
  if (spec->kind != FL_SHIFT_KIND_WORK || offset < 0 || offset >= fl_shift_spec_length (spec))
    return FALSE;
  break_offsets (spec, &from, &to);
  return offset < from || offset >= to;
}

gboolean
fl_shift_spec_parse_time (const char *text,
                          int        *minutes)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  guint hours, minute;
  char end;

  g_return_val_if_fail (minutes != NULL, FALSE);

  *minutes = -1;
  if (*stripped == '\0')
    return TRUE;
  if (strlen (stripped) > 5 || sscanf (stripped, "%2u:%2u%c", &hours, &minute, &end) != 2 || minute > 59 ||
      hours > 24 || (hours == 24 && minute != 0) || !g_ascii_isdigit (stripped[strlen (stripped) - 1]) ||
      strlen (strchr (stripped, ':') + 1) != 2)
    return FALSE;
  *minutes = (int) (hours * 60 + minute);
  return TRUE;
}

char *
fl_shift_spec_format_time (int minutes)
{
  if (minutes < 0)
    return g_strdup ("");
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}
