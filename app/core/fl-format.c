/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "fl-format.h"

/* Midnight of "2024-03-01", local time; NULL when it is not a date. */
static GDateTime *
local_midnight (const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

/* "2024-03-01" as the locale writes a date: 03/01/2024, 2024年03月01日. */
char *
fl_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = local_midnight (iso_date);

  if (date == NULL)
    return g_strdup (iso_date ? iso_date : "");
  return g_date_time_format (date, "%x");
}

/* "2026-12-01" as a day of a roster: "Tuesday 1 December", "12月1日 星期二". */
char *
fl_format_day (const char *iso_date)
{
  g_autoptr(GDateTime) date = local_midnight (iso_date);

  if (date == NULL)
    return g_strdup (iso_date ? iso_date : "");
  /* Translators: a day of a roster, as g_date_time_format() writes it: "Tuesday 1 December" */
  return g_date_time_format (date, C_("roster day", "%A %-d %B"));
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

char *
fl_format_answer (FlScorecardItem *item,
                  FlAnswerState    state,
                  int              points)
{
  int max_points;

  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (item), NULL);

  max_points = fl_scorecard_item_get_max_points (item);
  if (state == FL_ANSWER_STATE_NOT_APPLICABLE)
    /* Translators: "not applicable", the answer for an item that does not concern the call */
    return g_strdup (C_("answer", "N/A"));
  if (state != FL_ANSWER_STATE_POINTS)
    return g_strdup ("—");
  if (fl_scorecard_item_get_answer_type (item) == FL_ANSWER_TYPE_YES_NO)
    return g_strdup (points > 0 ? C_("answer", "Yes") : C_("answer", "No"));
  /* Translators: an answer on a scale, as in "3 of 5 points" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d point", "%d of %d points", max_points),
                          points, max_points);
}

/* 1 January 2024 was a Monday. */
char *
fl_format_weekday (guint weekday)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, NULL);

  date = g_date_time_new_local (2024, 1, (int) weekday, 0, 0, 0);
  return g_date_time_format (date, "%A");
}
