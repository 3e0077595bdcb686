/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-leave-calendar.h"

void
fl_leave_calendar_free (FlLeaveCalendar *self)
{
  if (self == NULL)
    return;
  g_free (self->month);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->types, g_ptr_array_unref);
  g_free (self);
}

static gboolean
same_run (const FlLeaveCalendarDay *a,
          const FlLeaveCalendarDay *b)
{
  return a->type == b->type && a->absent == b->absent && a->request_id == b->request_id && a->state == b->state;
}

static gboolean
is_away (const FlLeaveCalendarDay *day)
{
  return day->type != NULL || day->absent;
}

/* What a run of days is: "Annual leave", "Personal leave (waiting)", "Absent". */
static char *
describe_run (const FlLeaveCalendarDay *day)
{
  const char *what;

  if (day->absent)
    /* Translators: in the absence calendar, days missed without leave (旷工) */
    return g_strdup (C_("calendar", "Absent"));
  what = fl_leave_type_get_fields (day->type)->name;
  if (day->state == FL_LEAVE_PENDING)
    /* Translators: in the absence calendar, leave asked for and not yet approved: the type */
    return g_strdup_printf (C_("calendar", "%s (waiting)"), what);
  return g_strdup (what);
}

char *
fl_leave_calendar_row_describe (const FlLeaveCalendarRow *row)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (row != NULL, NULL);

  for (guint day = 0; day < FL_LEAVE_CALENDAR_MAX_DAYS; day++)
    {
      const FlLeaveCalendarDay *first = &row->days[day];
      g_autofree char *what = NULL;
      guint last = day;

      if (!is_away (first))
        continue;
      while (last + 1 < FL_LEAVE_CALENDAR_MAX_DAYS && same_run (first, &row->days[last + 1]))
        last++;
      what = describe_run (first);
      if (last == day)
        /* Translators: in the absence calendar, one day: what, the day of the month */
        g_ptr_array_add (runs, g_strdup_printf (C_("calendar", "%s %u"), what, day + 1));
      else
        /* Translators: in the absence calendar, days in a row: what, the first and last day of the month */
        g_ptr_array_add (runs, g_strdup_printf (C_("calendar", "%s %u–%u"), what, day + 1, last + 1));
      day = last;
    }
  g_ptr_array_add (runs, NULL);
  /* Translators: between the leave of one person in the absence calendar */
  return g_strjoinv (C_("calendar", ", "), (char **) runs->pdata);
}
