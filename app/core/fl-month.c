/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-month"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fl-month.h"

static gboolean
parse_month (const char *month,
             int        *year,
             int        *number)
{
  char end = '\0';

  return month != NULL && strlen (month) == 7
         && sscanf (month, "%4d-%2d%c", year, number, &end) == 2
         && *year >= 2000 && *year <= 2999 && *number >= 1 && *number <= 12;
}

gboolean
fl_month_is_valid (const char *month)
{
  int year, number;

  return parse_month (month, &year, &number);
}

char *
fl_month_format (const char *month)
{
  g_autoptr(GDateTime) first = NULL;
  int year, number;

  g_return_val_if_fail (parse_month (month, &year, &number), NULL);

  first = g_date_time_new_local (year, number, 1, 0, 0, 0);
  /* Translators: a month as a heading, "November 2026"; see strftime(3) */
  return g_date_time_format (first, _("%B %Y"));
}

char *
fl_month_current (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m");
}

char *
fl_month_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
fl_month_add (const char *month,
              int         delta)
{
  int year, number, index;

  g_return_val_if_fail (parse_month (month, &year, &number), NULL);

  index = year * 12 + (number - 1) + delta;
  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}

static char *
utc_of_local_day_start (int year,
                        int number,
                        int day)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (year, number, day, 0, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
fl_month_utc_range (const char  *month,
                    char       **start,
                    char       **end)
{
  int year, number;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (!parse_month (month, &year, &number))
    return FALSE;
  *start = utc_of_local_day_start (year, number, 1);
  *end = number == 12 ? utc_of_local_day_start (year + 1, 1, 1)
                      : utc_of_local_day_start (year, number + 1, 1);
  return TRUE;
}

gboolean
fl_month_utc_week_starts (const char *month,
                          char       *starts[4])
{
  int year, number;

  if (!parse_month (month, &year, &number))
    return FALSE;
  for (int week = 1; week <= 4; week++)
    starts[week - 1] = utc_of_local_day_start (year, number, 1 + 7 * week);
  return TRUE;
}

char *
fl_month_local_date (const char *utc_timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc_timestamp == NULL)
    return NULL;
  instant = g_date_time_new_from_iso8601 (utc_timestamp, utc);
  if (instant == NULL)
    return NULL;
  local = g_date_time_to_local (instant);
  return g_date_time_format (local, "%Y-%m-%d");
}

int
fl_month_days_left (const char *month,
                    const char *date)
{
  GDate day, last;
  int year, number;

  g_return_val_if_fail (parse_month (month, &year, &number), 0);

  if (!fl_month_parse_date (date, &day))
    return 0;
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, g_date_get_days_in_month (number, year), number, year);
  return g_date_days_between (&day, &last);
}

gboolean
fl_month_parse_date (const char *text,
                     GDate      *date)
{
  guint year, month, day;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 || year < 1000 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
fl_month_parse_range (const char  *first,
                      const char  *last,
                      GDate       *from,
                      GDate       *to,
                      GQuark       domain,
                      int          code,
                      GError     **error)
{
  if (!fl_month_parse_date (first, from) || !fl_month_parse_date (last, to))
    {
      g_set_error_literal (error, domain, code, _("Write the days as year-month-day, as 2027-01-04."));
      return FALSE;
    }
  if (g_date_compare (to, from) < 0)
    {
      g_set_error_literal (error, domain, code, _("The last day comes before the first: swap them."));
      return FALSE;
    }
  return TRUE;
}

char *
fl_month_date_to_string (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}
