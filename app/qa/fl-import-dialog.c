/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-import-dialog.h"

/* Chooses a folder of recordings and, optionally, the PBX's call list (a
 * CDR CSV), then hands both to whoever listens to "import": the import runs
 * in the background while the window stays usable, so this dialog closes
 * as soon as it starts. fl_import_summary_dialog_new() tells what an
 * import did. */
struct _FlImportDialog
{
  AdwWindow             parent_instance;

  char                 *folder;
  char                 *cdr_path;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwActionRow         *folder_row;
  AdwActionRow         *cdr_row;
  GtkWidget            *cdr_clear_button;
};

enum {
  IMPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Problems listed in the summary, at most; the rest are counted. */
#define MAX_PROBLEMS_SHOWN 500

G_DEFINE_FINAL_TYPE (FlImportDialog, fl_import_dialog, ADW_TYPE_WINDOW)

static void
update_rows (FlImportDialog *self)
{
  adw_action_row_set_subtitle (self->folder_row,
                               self->folder != NULL ? self->folder : _("None chosen"));
  adw_action_row_set_subtitle (self->cdr_row,
                               self->cdr_path != NULL ? self->cdr_path : _("None chosen"));
  gtk_widget_set_visible (self->cdr_clear_button, self->cdr_path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", self->folder != NULL);
}

static void
chooser_response_cb (FlImportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  GtkFileChooser *file_chooser = GTK_FILE_CHOOSER (chooser);
  g_autoptr(GFile) file = NULL;
  char *path;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (file_chooser);
  /* Only local files can be imported: the core reads them by path. */
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    {
      char **field = gtk_file_chooser_get_action (file_chooser) == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                     ? &self->folder : &self->cdr_path;

      g_free (*field);
      *field = path;
      update_rows (self);
    }

  g_clear_object (&self->chooser);
}

static void
open_chooser (FlImportDialog       *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *current)
{
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (csv, _("CSV files"));
      gtk_file_filter_add_mime_type (csv, "text/csv");
      gtk_file_filter_add_suffix (csv, "csv");
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
    }

  if (current != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (current);

      if (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), file, NULL);
      else
        gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
    }

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlImportDialog *self = FL_IMPORT_DIALOG (widget);

  open_chooser (self, _("Choose the Recordings Folder"),
                GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, self->folder);
}

static void
choose_cdr_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FlImportDialog *self = FL_IMPORT_DIALOG (widget);

  open_chooser (self, _("Choose the Call List"),
                GTK_FILE_CHOOSER_ACTION_OPEN, self->cdr_path);
}

static void
clear_cdr_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlImportDialog *self = FL_IMPORT_DIALOG (widget);

  g_clear_pointer (&self->cdr_path, g_free);
  update_rows (self);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FlImportDialog *self = FL_IMPORT_DIALOG (widget);

  g_assert (self->folder != NULL);

  g_signal_emit (self, signals[IMPORT], 0, self->folder, self->cdr_path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fl_import_dialog_dispose (GObject *object)
{
  FlImportDialog *self = FL_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (fl_import_dialog_parent_class)->dispose (object);
}

static void
fl_import_dialog_finalize (GObject *object)
{
  FlImportDialog *self = FL_IMPORT_DIALOG (object);

  g_free (self->folder);
  g_free (self->cdr_path);

  G_OBJECT_CLASS (fl_import_dialog_parent_class)->finalize (object);
}

static void
fl_import_dialog_class_init (FlImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_import_dialog_dispose;
  object_class->finalize = fl_import_dialog_finalize;

  /**
   * FlImportDialog::import:
   * @folder: the folder of recordings
   * @cdr_path: (nullable): the call list, a CSV file
   */
  signals[IMPORT] =
    g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlImportDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, FlImportDialog, cdr_row);
  gtk_widget_class_bind_template_child (widget_class, FlImportDialog, cdr_clear_button);

  gtk_widget_class_install_action (widget_class, "import.choose-folder", NULL, choose_folder_action);
  gtk_widget_class_install_action (widget_class, "import.choose-cdr", NULL, choose_cdr_action);
  gtk_widget_class_install_action (widget_class, "import.clear-cdr", NULL, clear_cdr_action);
  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_import_dialog_init (FlImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_rows (self);
}

GtkWidget *
fl_import_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (FL_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
}

/* One line of the counts: what, then how many. */
static void
add_count (GtkGrid    *grid,
           const char *what,
           guint       count)
{
  g_autofree char *number = g_strdup_printf ("%'u", count);
  int row = 0;
  GtkWidget *label;
  GtkWidget *value;

  while (gtk_grid_get_child_at (grid, 0, row) != NULL)
    row++;

  label = gtk_label_new (what);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  value = gtk_label_new (number);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_widget_add_css_class (value, "numeric");
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, value, 1, row, 1, 1);
}

static GtkWidget *
create_counts (const FlImportSummary *summary)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_row_spacing (grid, 3);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_widget_set_halign (GTK_WIDGET (grid), GTK_ALIGN_CENTER);

  add_count (grid, _("Audio files"), summary->files);
  add_count (grid, _("Recordings in them"), summary->recordings);
  add_count (grid, C_("import summary", "Added"), summary->added);
  add_count (grid, C_("import summary", "Updated"), summary->updated);
  add_count (grid, C_("import summary", "Unchanged"), summary->unchanged);
  add_count (grid, C_("import summary", "Flagged missing"), summary->missing);
  add_count (grid, C_("import summary", "Unreadable"), summary->unreadable->len);
  add_count (grid, C_("import summary", "Could not be imported"), summary->failed->len);
  if (summary->cdr_path != NULL)
    {
      add_count (grid, _("Call list rows read"), summary->cdr_rows);
      add_count (grid, _("Recordings matched to the call list"), summary->cdr_matched);
      add_count (grid, _("Call list problems"), summary->cdr_problems->len);
    }
  return GTK_WIDGET (grid);
}

static char *
describe_import (const FlImportSummary *summary)
{
  gint64 seconds = summary->elapsed_ms / 1000;
  g_autofree char *elapsed = NULL;

  elapsed = g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
  if (summary->cdr_path != NULL)
    /* Translators: the import summary; the first %s is a folder, the second a CSV file,
       the third how long the import took in minutes:seconds */
    return g_strdup_printf (_("From %s with the call list %s, in %s."),
                            summary->folder, summary->cdr_path, elapsed);
  /* Translators: the import summary; %s is a folder, then how long the import
     took in minutes:seconds */
  return g_strdup_printf (_("From %s, in %s."), summary->folder, elapsed);
}

static void
append_problems (GString         *markup,
                 const char      *heading,
                 const GPtrArray *problems,
                 guint           *shown)
{
  g_autofree char *escaped = NULL;

  if (problems->len == 0)
    return;

  escaped = g_markup_escape_text (heading, -1);
  g_string_append_printf (markup, "%s<b>%s</b>\n", markup->len > 0 ? "\n" : "", escaped);
  for (guint i = 0; i < problems->len && *shown < MAX_PROBLEMS_SHOWN; i++, (*shown)++)
    {
      const FlImportProblem *problem = g_ptr_array_index ((GPtrArray *) problems, i);
      g_autofree char *reason = g_markup_escape_text (problem->reason, -1);

      /* A file, then why; a call list problem names its line itself. */
      if (problem->path != NULL)
        {
          g_autofree char *path = g_markup_escape_text (problem->path, -1);

          g_string_append_printf (markup, "%s\n<span size=\"small\">%s</span>\n", path, reason);
        }
      else
        g_string_append_printf (markup, "%s\n", reason);
    }
}

static GtkWidget *
create_problem_list (const FlImportSummary *summary)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  guint total = summary->failed->len + summary->unreadable->len + summary->cdr_problems->len;
  guint shown = 0;
  GtkWidget *label;
  GtkWidget *scroller;

  append_problems (markup, _("Could not be imported"), summary->failed, &shown);
  append_problems (markup, _("Unreadable: imported, but they cannot be played"),
                   summary->unreadable, &shown);
  append_problems (markup, _("Call list problems"), summary->cdr_problems, &shown);
  if (shown < total)
    {
      g_autofree char *more = NULL;

      more = g_strdup_printf (g_dngettext (NULL, "… and %'u more problem", "… and %'u more problems",
                                           total - shown),
                              total - shown);
      g_string_append_printf (markup, "\n%s", more);
    }

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 9);
  gtk_widget_set_margin_end (label, 9);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_widget_add_css_class (scroller, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (scroller),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import problems"),
                                  -1);
  return scroller;
}

/* What an import did: the counts, and every problem with its file or its
 * line of the call list. */
GtkWidget *
fl_import_summary_dialog_new (GtkWindow             *parent,
                              const FlImportSummary *summary)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  gboolean problems;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  problems = summary->failed->len + summary->unreadable->len + summary->cdr_problems->len > 0;
  body = describe_import (summary);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       problems ? _("Import Finished with Problems")
                                                                : _("Import Finished"),
                                                       body));
  adw_message_dialog_add_response (dialog, "close", _("Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), create_counts (summary));
  if (problems)
    {
      gtk_box_append (GTK_BOX (box), create_problem_list (summary));
      gtk_window_set_default_size (GTK_WINDOW (dialog), 600, -1);
    }
  adw_message_dialog_set_extra_child (dialog, box);

  return GTK_WIDGET (dialog);
}
