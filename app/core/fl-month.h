/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Months as the QA programme counts them: "YYYY-MM" in the center's local
 * time (the machine's time zone). Calls are stored in UTC. */

/* TRUE for a well-formed "YYYY-MM" (years 2000–2999). */
gboolean  fl_month_is_valid      (const char *month);
/* @month as a heading in the UI's language: "November 2026", "2026年11月". */
char     *fl_month_format        (const char *month);
/* The month of today, local time. */
char     *fl_month_current       (void);
/* Today, local time, as YYYY-MM-DD. */
char     *fl_month_today         (void);
/* The month @delta months from @month ("2026-11", -1 → "2026-10"). */
char     *fl_month_add           (const char *month,
                                  int         delta);
/* The UTC instants at which @month starts and the next one starts, as
 * stored timestamps are written, for a half-open range query. */
gboolean  fl_month_utc_range     (const char *month,
                                  char      **start,
                                  char      **end);
/* The UTC instants at which weeks 1 to 4 of @month start (its 8th, 15th,
 * 22nd and 29th day, local time): a stored timestamp's week of the month is
 * how many of them it has reached. */
gboolean  fl_month_utc_week_starts (const char *month,
                                    char       *starts[4]);
/* The local day ("YYYY-MM-DD") of a stored UTC timestamp; NULL if it is
 * not one. */
char     *fl_month_local_date    (const char *utc_timestamp);
/* Days from @date (YYYY-MM-DD) to the month's last day; negative after it. */
int       fl_month_days_left     (const char *month,
                                  const char *date);

/* A day written YYYY-MM-DD, if it is a real one; @date is cleared if not. */
gboolean  fl_month_parse_date    (const char  *text,
                                  GDate       *date);
/* A range of days for a report, @first to @last, both real days in that
 * order; otherwise @error in @domain with @code says what to write. */
gboolean  fl_month_parse_range   (const char  *first,
                                  const char  *last,
                                  GDate       *from,
                                  GDate       *to,
                                  GQuark       domain,
                                  int          code,
                                  GError     **error);
/* @date written YYYY-MM-DD. */
char     *fl_month_date_to_string (const GDate *date);

G_END_DECLS
