/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "fl-format.h"

/* "2024-03-01" as the locale writes a date: 03/01/2024, 2024年03月01日. */
char *
fl_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (iso_date ? iso_date : "");

  date = g_date_time_new_local (year, month, day, 0, 0, 0);
  return g_date_time_format (date, "%x");
}

/* A stored UTC time in local time, as the locale writes date and time. */
char *
fl_format_date_time (const char *iso_date_time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso_date_time == NULL || !(utc = g_date_time_new_from_iso8601 (iso_date_time, NULL)))
    return g_strdup (iso_date_time ? iso_date_time : "");

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%x %X");
}

/* Whole scores without a decimal: "100 · Pass", "93.3 · Fail". */
char *
fl_format_score (double   score,
                 gboolean passed)
{
  g_autofree char *number = g_strdup_printf (score == (int) score ? "%.0f" : "%.1f", score);

  /* Translators: a submitted evaluation's score (a percentage), then Pass or Fail */
  return g_strdup_printf (_("%s · %s"), number, passed ? C_("score", "Pass") : C_("score", "Fail"));
}
