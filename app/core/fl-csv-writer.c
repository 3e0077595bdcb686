/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-csv-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fl-csv-writer.h"

struct _FlCsvWriter
{
  GString  *text;
  gboolean  row_started;
};

FlCsvWriter *
fl_csv_writer_new (void)
{
  FlCsvWriter *self = g_new0 (FlCsvWriter, 1);

  self->text = g_string_new ("\xEF\xBB\xBF");
  return self;
}

void
fl_csv_writer_free (FlCsvWriter *self)
{
  if (self == NULL)
    return;
  if (self->text != NULL)
    g_string_free (self->text, TRUE);
  g_free (self);
}

static void
start_cell (FlCsvWriter *self)
{
  if (self->row_started)
    g_string_append_c (self->text, ',');
  self->row_started = TRUE;
}

void
fl_csv_writer_add_text (FlCsvWriter *self,
                        const char  *text)
{
  gboolean formula;

  g_return_if_fail (self != NULL && self->text != NULL);

  start_cell (self);
  if (text == NULL || *text == '\0')
    return;

  formula = strchr ("=+-@", text[0]) != NULL;
  if (!formula && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (self->text, text);
      return;
    }

  g_string_append_c (self->text, '"');
  if (formula)
    g_string_append_c (self->text, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->text, '"');
      g_string_append_c (self->text, *p);
    }
  g_string_append_c (self->text, '"');
}

void
fl_csv_writer_add_number (FlCsvWriter *self,
                          double       value,
                          guint        digits)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_return_if_fail (self != NULL && self->text != NULL);

  start_cell (self);
  if (isnan (value))
    return;
  g_snprintf (format, sizeof format, "%%.%uf", MIN (digits, 9));
  g_string_append (self->text, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

void
fl_csv_writer_end_row (FlCsvWriter *self)
{
  g_return_if_fail (self != NULL && self->text != NULL);

  g_string_append (self->text, "\r\n");
  self->row_started = FALSE;
}

GBytes *
fl_csv_writer_finish (FlCsvWriter *self)
{
  g_return_val_if_fail (self != NULL && self->text != NULL, NULL);

  return g_string_free_to_bytes (g_steal_pointer (&self->text));
}
