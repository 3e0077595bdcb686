/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fl-scorecard-item.h"

G_BEGIN_DECLS

/* Dates are stored as YYYY-MM-DD and times as UTC ISO-8601; these show them
 * the way the user's locale writes them. */
char *fl_format_date      (const char *iso_date);
char *fl_format_date_time (const char *iso_date_time);
/* A day with its weekday and no year: "Tuesday 1 December". */
char *fl_format_day       (const char *iso_date);

/* A weekday's name (1 = Monday) in the UI's language: "Monday", "星期一". */
char *fl_format_weekday   (guint       weekday);
/* A submitted evaluation's score and verdict, as lists show it: "93.3 · Pass". */
char *fl_format_score     (double      score,
                           gboolean    passed);

/* An answer to @item as a reviewer reads it: "Yes", "No", "3 of 5 points",
 * "N/A", or a dash when unanswered. */
char *fl_format_answer    (FlScorecardItem *item,
                           FlAnswerState    state,
                           int              points);

G_END_DECLS
