/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-report-printer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "fl-report-printer.h"

/* A4 in points, and the page's margin. */
#define A4_WIDTH   595.276
#define A4_HEIGHT  841.890
#define MARGIN     42.0
#define CELL_PAD   4.0
#define MIN_TEXT_COLUMN 48.0

typedef struct
{
  FlReportTable *table;
  double         width;           /* the page's, in points */
  double         height;
  GArray        *column_widths;   /* double */
  GArray        *row_heights;     /* double; 0 is the headings' row */
  GArray        *page_starts;     /* guint: the first table row of each page */
  double         header_height;   /* the title, subtitle and facts on page 1 */
} Layout;

static PangoLayout *
new_text (cairo_t    *cr,
          const char *text,
          const char *font,
          double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static double
text_height (cairo_t    *cr,
             const char *text,
             const char *font,
             double      width)
{
  g_autoptr(PangoLayout) layout = new_text (cr, text, font, width);
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static double
text_width (cairo_t    *cr,
            const char *text,
            const char *font)
{
  g_autoptr(PangoLayout) layout = new_text (cr, text, font, -1);
  int width = 0;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

#define TITLE_FONT   "Sans Bold 15"
#define BODY_FONT    "Sans 9"
#define HEADING_FONT "Sans Bold 9"

static int
compare_widths (gconstpointer a,
                gconstpointer b,
                gpointer      widths)
{
  double first = g_array_index ((GArray *) widths, double, *(const guint *) a);
  double second = g_array_index ((GArray *) widths, double, *(const guint *) b);

  return (first > second) - (first < second);
}

/* Numbers keep their natural width. Text columns share what is left:
 * narrowest first, each takes what it needs up to an equal share of what
 * remains, so short columns never wrap and the widest takes the rest. */
static void
measure_columns (Layout  *layout,
                 cairo_t *cr)
{
  FlReportTable *table = layout->table;
  guint n_columns = fl_report_table_get_n_columns (table);
  double remaining = layout->width - 2 * MARGIN;
  g_autoptr(GArray) text_columns = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_set_size (layout->column_widths, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      double natural = text_width (cr, fl_report_table_get_heading (table, c), HEADING_FONT);

      for (guint r = 0; r < fl_report_table_get_n_rows (table); r++)
        natural = MAX (natural, text_width (cr, fl_report_table_get_cell (table, r, c), BODY_FONT));
      natural += 2 * CELL_PAD + 1;
      g_array_index (layout->column_widths, double, c) = natural;
      if (fl_report_table_is_numeric (table, c))
        remaining -= natural;
      else
        g_array_append_val (text_columns, c);
    }
  g_array_sort_with_data (text_columns, compare_widths, layout->column_widths);
  for (guint i = 0; i < text_columns->len; i++)
    {
      double *width = &g_array_index (layout->column_widths, double, g_array_index (text_columns, guint, i));

      *width = MAX (MIN_TEXT_COLUMN, MIN (*width, remaining / (text_columns->len - i)));
      remaining -= *width;
    }
}

static double
row_height (Layout  *layout,
            cairo_t *cr,
            gint     row)     /* -1: the headings */
{
  double height = 0;

  for (guint c = 0; c < layout->column_widths->len; c++)
    {
      const char *text = row < 0 ? fl_report_table_get_heading (layout->table, c)
                                 : fl_report_table_get_cell (layout->table, row, c);

      height = MAX (height, text_height (cr, text, row < 0 ? HEADING_FONT : BODY_FONT,
                                         g_array_index (layout->column_widths, double, c) - 2 * CELL_PAD));
    }
  return height + 2 * CELL_PAD;
}

static double
measure_header (Layout  *layout,
                cairo_t *cr)
{
  FlReportTable *table = layout->table;
  double width = layout->width - 2 * MARGIN;
  double height = text_height (cr, fl_report_table_get_title (table), TITLE_FONT, width) + 4;

  if (fl_report_table_get_subtitle (table) != NULL)
    height += text_height (cr, fl_report_table_get_subtitle (table), BODY_FONT, width) + 10;
  for (guint i = 0; i < fl_report_table_get_n_facts (table); i++)
    height += text_height (cr, fl_report_table_get_fact (table, i, NULL), BODY_FONT, width / 2) + 3;
  return height + 14;
}

/* Where each page starts, the headings' row repeated on every one. */
static void
paginate (Layout  *layout,
          cairo_t *cr)
{
  guint n_rows = fl_report_table_get_n_rows (layout->table);
  double bottom = layout->height - MARGIN - 20;
  double y;
  guint first = 0;

  measure_columns (layout, cr);
  layout->header_height = measure_header (layout, cr);
  g_array_append_val (layout->row_heights, (double) { row_height (layout, cr, -1) });
  for (guint r = 0; r < n_rows; r++)
    g_array_append_val (layout->row_heights, (double) { row_height (layout, cr, r) });

  g_array_append_val (layout->page_starts, first);
  y = MARGIN + layout->header_height + g_array_index (layout->row_heights, double, 0);
  for (guint r = 0; r < n_rows; r++)
    {
      double height = g_array_index (layout->row_heights, double, r + 1);

      if (y + height > bottom && y > MARGIN + g_array_index (layout->row_heights, double, 0) + 1)
        {
          g_array_append_val (layout->page_starts, r);
          y = MARGIN + g_array_index (layout->row_heights, double, 0);
        }
      y += height;
    }
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      width,
           gboolean    right)
{
  g_autoptr(PangoLayout) layout = new_text (cr, text, font, width);

  if (right)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
draw_row (Layout  *layout,
          cairo_t *cr,
          gint     row,
          double   y)
{
  double x = MARGIN;
  double height = g_array_index (layout->row_heights, double, row + 1);

  for (guint c = 0; c < layout->column_widths->len; c++)
    {
      double width = g_array_index (layout->column_widths, double, c);
      const char *text = row < 0 ? fl_report_table_get_heading (layout->table, c)
                                 : fl_report_table_get_cell (layout->table, row, c);

      draw_text (cr, text, row < 0 ? HEADING_FONT : BODY_FONT, x + CELL_PAD, y + CELL_PAD, width - 2 * CELL_PAD,
                 fl_report_table_is_numeric (layout->table, c));
      x += width;
    }
  cairo_set_line_width (cr, row < 0 ? 1.0 : 0.3);
  cairo_move_to (cr, MARGIN, y + height);
  cairo_line_to (cr, x, y + height);
  cairo_stroke (cr);
  return y + height;
}

static double
draw_header (Layout  *layout,
             cairo_t *cr)
{
  FlReportTable *table = layout->table;
  double width = layout->width - 2 * MARGIN;
  double y = MARGIN;

  draw_text (cr, fl_report_table_get_title (table), TITLE_FONT, MARGIN, y, width, FALSE);
  y += text_height (cr, fl_report_table_get_title (table), TITLE_FONT, width) + 4;
  if (fl_report_table_get_subtitle (table) != NULL)
    {
      draw_text (cr, fl_report_table_get_subtitle (table), BODY_FONT, MARGIN, y, width, FALSE);
      y += text_height (cr, fl_report_table_get_subtitle (table), BODY_FONT, width) + 10;
    }
  for (guint i = 0; i < fl_report_table_get_n_facts (table); i++)
    {
      const char *value = NULL;
      const char *label = fl_report_table_get_fact (table, i, &value);

      draw_text (cr, label, BODY_FONT, MARGIN, y, width / 2, FALSE);
      draw_text (cr, value, HEADING_FONT, MARGIN + width / 2, y, width / 2, FALSE);
      y += text_height (cr, label, BODY_FONT, width / 2) + 3;
    }
  return MARGIN + layout->header_height;
}

static void
draw_page (Layout  *layout,
           cairo_t *cr,
           guint    page)
{
  guint first = g_array_index (layout->page_starts, guint, page);
  guint end = page + 1 < layout->page_starts->len ? g_array_index (layout->page_starts, guint, page + 1)
                                                   : fl_report_table_get_n_rows (layout->table);
  g_autofree char *footer = NULL;
  double y = MARGIN;

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page == 0)
    y = draw_header (layout, cr);
  if (fl_report_table_get_n_columns (layout->table) > 0)
    {
      y = draw_row (layout, cr, -1, y);
      for (guint r = first; r < end; r++)
        y = draw_row (layout, cr, r, y);
    }
  /* Translators: the foot of a printed report's page: its number of how many */
  footer = g_strdup_printf (_("Page %u of %u"), page + 1, layout->page_starts->len);
  draw_text (cr, footer, BODY_FONT, MARGIN, layout->height - MARGIN - 10, layout->width - 2 * MARGIN, TRUE);
}

static Layout *
layout_new (FlReportTable *table,
            double         width,
            double         height)
{
  Layout *layout = g_new0 (Layout, 1);

  layout->table = g_object_ref (table);
  layout->width = width;
  layout->height = height;
  layout->column_widths = g_array_new (FALSE, TRUE, sizeof (double));
  layout->row_heights = g_array_new (FALSE, TRUE, sizeof (double));
  layout->page_starts = g_array_new (FALSE, TRUE, sizeof (guint));
  return layout;
}

static void
layout_free (gpointer data)
{
  Layout *layout = data;

  g_object_unref (layout->table);
  g_array_unref (layout->column_widths);
  g_array_unref (layout->row_heights);
  g_array_unref (layout->page_starts);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Layout, layout_free)

gboolean
fl_report_printer_write_pdf (FlReportTable  *table,
                             const char     *path,
                             GError        **error)
{
  gboolean landscape = fl_report_table_get_landscape (table);
  double width = landscape ? A4_HEIGHT : A4_WIDTH;
  double height = landscape ? A4_WIDTH : A4_HEIGHT;
  g_autoptr(Layout) layout = layout_new (table, width, height);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (FL_IS_REPORT_TABLE (table), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, fl_report_table_get_title (table));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Floorlead");
  cr = cairo_create (surface);
  paginate (layout, cr);
  for (guint page = 0; page < layout->page_starts->len; page++)
    {
      draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the PDF %s: %s"), path,
               cairo_status_to_string (status));
  return FALSE;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Layout            *layout)
{
  layout->width = gtk_print_context_get_width (context);
  layout->height = gtk_print_context_get_height (context);
  paginate (layout, gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, layout->page_starts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Layout            *layout)
{
  draw_page (layout, gtk_print_context_get_cairo_context (context), page);
}

void
fl_report_printer_print (FlReportTable *table,
                         GtkWindow     *parent)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  Layout *layout;

  g_return_if_fail (FL_IS_REPORT_TABLE (table));

  if (fl_report_table_get_landscape (table))
    {
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
      gtk_print_operation_set_default_page_setup (operation, setup);
      layout = layout_new (table, A4_HEIGHT, A4_WIDTH);
    }
  else
    layout = layout_new (table, A4_WIDTH, A4_HEIGHT);
  g_object_set_data_full (G_OBJECT (operation), "layout", layout, layout_free);
  gtk_print_operation_set_job_name (operation, fl_report_table_get_title (table));
  /* The printable area, without the printer's own margins added again. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), layout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), layout);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}
