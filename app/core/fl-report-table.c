/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-report-table"

#include "config.h"

#include <math.h>

#include "fl-csv-writer.h"
#include "fl-report-table.h"

typedef struct
{
  char     *text;        /* as shown */
  gboolean  is_number;
  double    number;
  guint     digits;
} Cell;

struct _FlReportTable
{
  GObject    parent_instance;

  char      *title;
  char      *subtitle;
  GPtrArray *facts;      /* label, value, label, value… */
  GPtrArray *headings;
  GArray    *numeric;    /* gboolean per column */
  GArray    *cells;      /* Cell, row by row */
  guint      n_rows;
  gboolean   landscape;
};

G_DEFINE_FINAL_TYPE (FlReportTable, fl_report_table, G_TYPE_OBJECT)

static void
clear_cell (gpointer data)
{
  g_free (((Cell *) data)->text);
}

static void
fl_report_table_finalize (GObject *object)
{
  FlReportTable *self = FL_REPORT_TABLE (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_ptr_array_unref (self->facts);
  g_ptr_array_unref (self->headings);
  g_array_unref (self->numeric);
  g_array_unref (self->cells);

  G_OBJECT_CLASS (fl_report_table_parent_class)->finalize (object);
}

static void
fl_report_table_class_init (FlReportTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_report_table_finalize;
}

static void
fl_report_table_init (FlReportTable *self)
{
  self->facts = g_ptr_array_new_with_free_func (g_free);
  self->headings = g_ptr_array_new_with_free_func (g_free);
  self->numeric = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (self->cells, clear_cell);
}

FlReportTable *
fl_report_table_new (const char *title,
                     const char *subtitle)
{
  FlReportTable *self = g_object_new (FL_TYPE_REPORT_TABLE, NULL);

  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}

void
fl_report_table_set_landscape (FlReportTable *self,
                               gboolean       landscape)
{
  g_return_if_fail (FL_IS_REPORT_TABLE (self));

  self->landscape = !!landscape;
}

gboolean
fl_report_table_get_landscape (FlReportTable *self)
{
  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), FALSE);

  return self->landscape;
}

void
fl_report_table_add_fact (FlReportTable *self,
                          const char    *label,
                          const char    *value)
{
  g_return_if_fail (FL_IS_REPORT_TABLE (self));

  g_ptr_array_add (self->facts, g_strdup (label));
  g_ptr_array_add (self->facts, g_strdup (value != NULL ? value : ""));
}

void
fl_report_table_add_column (FlReportTable *self,
                            const char    *heading,
                            gboolean       numeric)
{
  g_return_if_fail (FL_IS_REPORT_TABLE (self));
  g_return_if_fail (self->n_rows == 0 && self->cells->len == 0);

  g_ptr_array_add (self->headings, g_strdup (heading));
  g_array_append_val (self->numeric, numeric);
}

static void
add_cell (FlReportTable *self,
          Cell          *cell)
{
  g_return_if_fail (self->cells->len < (self->n_rows + 1) * self->headings->len);
  g_array_append_val (self->cells, *cell);
}

void
fl_report_table_add_text (FlReportTable *self,
                          const char    *text)
{
  Cell cell = { g_strdup (text != NULL ? text : ""), FALSE, NAN, 0 };

  g_return_if_fail (FL_IS_REPORT_TABLE (self));
  add_cell (self, &cell);
}

void
fl_report_table_add_number (FlReportTable *self,
                            double         value,
                            guint          digits)
{
  Cell cell = { isnan (value) ? g_strdup ("") : g_strdup_printf ("%.*f", (int) digits, value),
                !isnan (value), value, digits };

  g_return_if_fail (FL_IS_REPORT_TABLE (self));
  add_cell (self, &cell);
}

void
fl_report_table_end_row (FlReportTable *self)
{
  g_return_if_fail (FL_IS_REPORT_TABLE (self));

  /* A short row is padded with empty cells. */
  while (self->cells->len < (self->n_rows + 1) * self->headings->len)
    fl_report_table_add_text (self, NULL);
  self->n_rows++;
}

const char *
fl_report_table_get_title (FlReportTable *self)
{
  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), NULL);
  return self->title;
}

const char *
fl_report_table_get_subtitle (FlReportTable *self)
{
  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), NULL);
  return self->subtitle;
}

guint
fl_report_table_get_n_facts (FlReportTable *self)
{
  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), 0);
  return self->facts->len / 2;
}

const char *
fl_report_table_get_fact (FlReportTable  *self,
                          guint           index,
                          const char    **value)
{
  g_return_val_if_fail (index < fl_report_table_get_n_facts (self), NULL);

  if (value != NULL)
    *value = g_ptr_array_index (self->facts, index * 2 + 1);
  return g_ptr_array_index (self->facts, index * 2);
}

guint
fl_report_table_get_n_columns (FlReportTable *self)
{
  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), 0);
  return self->headings->len;
}

const char *
fl_report_table_get_heading (FlReportTable *self,
                             guint          column)
{
  g_return_val_if_fail (column < fl_report_table_get_n_columns (self), NULL);
  return g_ptr_array_index (self->headings, column);
}

gboolean
fl_report_table_is_numeric (FlReportTable *self,
                            guint          column)
{
  g_return_val_if_fail (column < fl_report_table_get_n_columns (self), FALSE);
  return g_array_index (self->numeric, gboolean, column);
}

guint
fl_report_table_get_n_rows (FlReportTable *self)
{
  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), 0);
  return self->n_rows;
}

static Cell *
get_cell (FlReportTable *self,
          guint          row,
          guint          column)
{
  return &g_array_index (self->cells, Cell, row * self->headings->len + column);
}

const char *
fl_report_table_get_cell (FlReportTable *self,
                          guint          row,
                          guint          column)
{
  g_return_val_if_fail (row < fl_report_table_get_n_rows (self), NULL);
  g_return_val_if_fail (column < fl_report_table_get_n_columns (self), NULL);
  return get_cell (self, row, column)->text;
}

GBytes *
fl_report_table_to_csv (FlReportTable *self)
{
  g_autoptr(FlCsvWriter) writer = fl_csv_writer_new ();

  g_return_val_if_fail (FL_IS_REPORT_TABLE (self), NULL);

  /* Whose report it is, first, as on paper. */
  for (guint i = 0; i < 2; i++)
    if ((i == 0 ? self->title : self->subtitle) != NULL)
      {
        fl_csv_writer_add_text (writer, i == 0 ? self->title : self->subtitle);
        fl_csv_writer_end_row (writer);
      }
  for (guint i = 0; i < fl_report_table_get_n_facts (self); i++)
    {
      const char *value = NULL;

      fl_csv_writer_add_text (writer, fl_report_table_get_fact (self, i, &value));
      fl_csv_writer_add_text (writer, value);
      fl_csv_writer_end_row (writer);
    }
  if (self->facts->len > 0)
    fl_csv_writer_end_row (writer);

  for (guint column = 0; column < self->headings->len; column++)
    fl_csv_writer_add_text (writer, g_ptr_array_index (self->headings, column));
  fl_csv_writer_end_row (writer);
  for (guint row = 0; row < self->n_rows; row++)
    {
      for (guint column = 0; column < self->headings->len; column++)
        {
          Cell *cell = get_cell (self, row, column);

          if (cell->is_number)
            fl_csv_writer_add_number (writer, cell->number, cell->digits);
          else
            fl_csv_writer_add_text (writer, cell->text);
        }
      fl_csv_writer_end_row (writer);
    }
  return fl_csv_writer_finish (writer);
}
