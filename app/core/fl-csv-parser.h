/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads CSV text one record at a time. Fields are separated by commas,
 * semicolons or tabs, whichever the first line uses most, and quoted as in
 * RFC 4180: a quoted field may hold the separator, line breaks and doubled
 * quotes. Lines end in CRLF, LF or CR. Meant for the stack; the text must
 * outlive it. */
typedef struct
{
  const char *p;          /* private: where the next record starts */
  const char *end;        /* private: the end of the text */
  guint       line;       /* the line the next record starts on, the first being 1 */
  char        separator;  /* ',', ';' or '\t' */
} FlCsvParser;

/* Starts reading @text, a NUL-terminated string, at its first line. */
void       fl_csv_parser_init        (FlCsvParser *self,
                                      const char  *text);

/* Replaces @fields' contents (an array that frees its elements with
 * g_free()) with the next record's fields, unquoted; a line break in a
 * quoted field becomes "\n". Text after a closing quote is kept, as
 * spreadsheets do. @unclosed is set to TRUE when a quote is never closed:
 * the record then holds the rest of the text. Returns FALSE, leaving
 * @fields empty, at the end of the text. */
gboolean   fl_csv_parser_next_record (FlCsvParser *self,
                                      GPtrArray   *fields,
                                      gboolean    *unclosed);

G_END_DECLS
