/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-csv-parser"

#include "config.h"

#include <string.h>

#include "fl-csv-parser.h"

/* The separator the first line uses most: comma, semicolon or tab. */
static char
guess_separator (const char *text)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  char best = ',';
  guint best_count = 0;

  for (const char *p = text; *p != '\0' && *p != '\n' && *p != '\r'; p++)
    for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
      if (*p == candidates[i])
        counts[i]++;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > best_count)
      {
        best = candidates[i];
        best_count = counts[i];
      }
  return best;
}

/* Consumes a line end at the parser's position, if there is one. */
static gboolean
take_line_end (FlCsvParser *self)
{
  if (self->p >= self->end || (*self->p != '\n' && *self->p != '\r'))
    return FALSE;
  if (*self->p == '\r' && self->p + 1 < self->end && self->p[1] == '\n')
    self->p++;
  self->p++;
  self->line++;
  return TRUE;
}

/* A quoted field's text, up to its closing quote; FALSE if it has none. */
static gboolean
read_quoted (FlCsvParser *self,
             GString     *field)
{
  self->p++;
  while (self->p < self->end)
    {
      if (*self->p == '"')
        {
          if (self->p + 1 < self->end && self->p[1] == '"')
            {
              g_string_append_c (field, '"');
              self->p += 2;
              continue;
            }
          self->p++;
          return TRUE;
        }
      if (take_line_end (self))
        g_string_append_c (field, '\n');
      else
        g_string_append_c (field, *self->p++);
    }
  return FALSE;
}

void
fl_csv_parser_init (FlCsvParser *self,
                    const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  *self = (FlCsvParser) { text, text + strlen (text), 1, guess_separator (text) };
}

gboolean
fl_csv_parser_next_record (FlCsvParser *self,
                           GPtrArray   *fields,
                           gboolean    *unclosed)
{
  g_autoptr(GString) field = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (unclosed != NULL, FALSE);

  field = g_string_new (NULL);
  g_ptr_array_set_size (fields, 0);
  *unclosed = FALSE;
  if (self->p >= self->end)
    return FALSE;

  for (;;)
    {
      g_string_truncate (field, 0);
      if (self->p < self->end && *self->p == '"' && !read_quoted (self, field))
        *unclosed = TRUE;
      /* Text after a closing quote is kept, as spreadsheets do. */
      while (self->p < self->end && *self->p != self->separator &&
             *self->p != '\n' && *self->p != '\r')
        g_string_append_c (field, *self->p++);
      g_ptr_array_add (fields, g_strndup (field->str, field->len));

      if (self->p < self->end && *self->p == self->separator)
        self->p++;
      else
        {
          take_line_end (self);
          return TRUE;
        }
    }
}
