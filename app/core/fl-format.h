/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates are stored as YYYY-MM-DD and times as UTC ISO-8601; these show them
 * the way the user's locale writes them. */
char *fl_format_date      (const char *iso_date);
char *fl_format_date_time (const char *iso_date_time);

/* A submitted evaluation's score and verdict, as lists show it: "93.3 · Pass". */
char *fl_format_score     (double      score,
                           gboolean    passed);

G_END_DECLS
