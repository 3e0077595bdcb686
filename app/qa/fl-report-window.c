/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-report-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-report-printer.h"
#include "fl-report-window.h"

/* A report on screen as it prints (an agent's statement, the team's
 * month), to print, or to save as a PDF or a CSV file. */
struct _FlReportWindow
{
  AdwWindow            parent_instance;

  FlReportTable       *table;
  char                *file_name;      /* without extension */

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *facts_group;
  GtkGrid             *grid;
  GtkLabel            *more_label;
};

/* The most rows shown on screen, a label a cell: a month of a busy ledger
 * would make the window crawl.
 * The rest are in the PDF, the printout and the CSV file. */
#define MAX_ROWS_SHOWN 1000

G_DEFINE_FINAL_TYPE (FlReportWindow, fl_report_window, ADW_TYPE_WINDOW)

static void
show_toast (FlReportWindow *self,
            const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* Both kinds of file are written in a moment: a statement is a page or two. */
static void
save (FlReportWindow *self,
      GFile          *file,
      gboolean        pdf)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean saved;

  if (pdf)
    saved = path != NULL && fl_report_printer_write_pdf (self->table, path, &error);
  else
    {
      g_autoptr(GBytes) csv = fl_report_table_to_csv (self->table);

      saved = g_file_replace_contents (file, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
    }
  if (saved)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Saved “%s”."), name);
  else
    /* Translators: %s is what went wrong */
    text = g_strdup_printf (_("The report could not be saved: %s"),
                            error != NULL ? error->message : _("choose a file on this computer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->window_title), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  show_toast (self, text);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     FlReportWindow  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    save (self, file, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "pdf")));
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlReportWindow *self = FL_REPORT_WINDOW (widget);
  gboolean pdf = g_str_equal (action_name, "report.export-pdf");
  g_autofree char *name = g_strconcat (self->file_name, pdf ? ".pdf" : ".csv", NULL);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (pdf ? _("Export as PDF") : _("Export as CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FlReportWindow *self = FL_REPORT_WINDOW (widget);

  fl_report_printer_print (self->table, GTK_WINDOW (self));
}

static void
attach (FlReportWindow *self,
        const char     *text,
        guint           column,
        guint           row,
        gboolean        heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), fl_report_table_is_numeric (self->table, column) ? 1.0f : 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  gtk_widget_add_css_class (label, heading ? "heading" : "numeric");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

static void
fill (FlReportWindow *self)
{
  FlReportTable *table = self->table;
  guint n_rows;

  adw_window_title_set_title (self->window_title, fl_report_table_get_title (table));
  adw_window_title_set_subtitle (self->window_title, fl_report_table_get_subtitle (table));
  gtk_window_set_title (GTK_WINDOW (self), fl_report_table_get_title (table));
  for (guint i = 0; i < fl_report_table_get_n_facts (table); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value_label;
      const char *value = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fl_report_table_get_fact (table, i, &value));
      value_label = gtk_label_new (value);
      gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);
      adw_preferences_group_add (self->facts_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->facts_group), fl_report_table_get_n_facts (table) > 0);

  n_rows = fl_report_table_get_n_rows (table);
  for (guint column = 0; column < fl_report_table_get_n_columns (table); column++)
    {
      attach (self, fl_report_table_get_heading (table, column), column, 0, TRUE);
      for (guint row = 0; row < MIN (n_rows, MAX_ROWS_SHOWN); row++)
        attach (self, fl_report_table_get_cell (table, row, column), column, row + 1, FALSE);
    }
  if (n_rows > MAX_ROWS_SHOWN)
    {
      g_autofree char *more = NULL;

      /* Translators: %u and %u are numbers of rows, as 1000 and 15230 */
      more = g_strdup_printf (_("The first %u of %u rows are shown here; the printout, the PDF and the CSV file "
                                "have them all."), MAX_ROWS_SHOWN, n_rows);
      gtk_label_set_text (self->more_label, more);
      gtk_widget_set_visible (GTK_WIDGET (self->more_label), TRUE);
    }
}

static void
fl_report_window_dispose (GObject *object)
{
  FlReportWindow *self = FL_REPORT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_REPORT_WINDOW);
  g_clear_object (&self->table);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (fl_report_window_parent_class)->dispose (object);
}

static void
fl_report_window_class_init (FlReportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_report_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FlReportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlReportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FlReportWindow, facts_group);
  gtk_widget_class_bind_template_child (widget_class, FlReportWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, FlReportWindow, more_label);

  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.export-csv", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_report_window_init (FlReportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fl_report_window_new:
 * @parent: a widget in the window the report belongs to
 * @file_name: the name offered when it is saved, without extension
 *
 * Returns: (transfer none): the window, not yet shown; GTK owns it
 */
GtkWidget *
fl_report_window_new (GtkWidget     *parent,
                      FlReportTable *table,
                      const char    *file_name)
{
  FlReportWindow *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_REPORT_TABLE (table), NULL);

  self = g_object_new (FL_TYPE_REPORT_WINDOW, "transient-for", gtk_widget_get_root (parent), NULL);
  /* As wide on screen as a landscape page: a month's days, a ledger's columns. */
  if (fl_report_table_get_landscape (table))
    gtk_window_set_default_size (GTK_WINDOW (self), 1200, 700);
  self->table = g_object_ref (table);
  self->file_name = g_strdup (file_name);
  fill (self);
  return GTK_WIDGET (self);
}
