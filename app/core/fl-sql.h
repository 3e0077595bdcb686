/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Small binding and reading helpers shared by the services. Private to app/core. */

/* The time a change is stamped with: UTC, ISO 8601. */
static inline char *
fl_sql_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

static inline void
fl_sql_bind_text (sqlite3_stmt *statement,
                  int           column,
                  const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (statement, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, column);
}

static inline void
fl_sql_bind_id (sqlite3_stmt *statement,
                int           column,
                gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (statement, column, id);
  else
    sqlite3_bind_null (statement, column);
}

static inline const char *
fl_sql_column_text (sqlite3_stmt *statement,
                    int           column)
{
  return (const char *) sqlite3_column_text (statement, column);
}

/* An answer as two columns: not_applicable (0 or 1) at @column and points
 * (NULL unless answered with points) at @column + 1. */
static inline void
fl_sql_bind_answer (sqlite3_stmt *statement,
                    int           column,
                    gboolean      not_applicable,
                    gboolean      has_points,
                    int           points)
{
  sqlite3_bind_int (statement, column, not_applicable);
  if (has_points)
    sqlite3_bind_int (statement, column + 1, points);
  else
    sqlite3_bind_null (statement, column + 1);
}

/* "%text%" for a LIKE … ESCAPE '\' that matches @text literally, lower-cased. */
static inline char *
fl_sql_like_pattern (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *pattern = g_string_new ("%");

  for (const char *p = lower; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

G_END_DECLS
