/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-library"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-import-dialog.h"
#include "fl-recording-filters.h"
#include "fl-recording-library.h"
#include "fl-recording-service.h"
#include "fl-staff-service.h"

/* The recordings library: every recording the center imported, in a
 * column view over an FlRecordingList. Searching, filtering and sorting
 * are one FlRecordingQuery that the list runs in a worker thread, so even
 * a library of a million calls never blocks the window; the view only
 * shows the rows on screen. Importing a folder runs in the background too,
 * with its progress above the list. */

/* A column's sorter never sorts: asked to compare, it says which column it
 * is (see sorter_changed_cb). */
typedef struct
{
  FlRecordingLibrary *self;
  FlRecordingSort     sort;
} SortProbe;

/* One import, from the callbacks' side: the library may be gone first. */
typedef struct
{
  GWeakRef      library;
  GCancellable *cancellable;
} ImportRun;

struct _FlRecordingLibrary
{
  AdwBin                parent_instance;

  FlDatabase           *database;
  FlSession            *session;
  FlRecordingService   *service;
  FlStaffService       *staff;
  FlRecordingList      *list;
  GError               *list_error;
  FlRecordingFilters   *filters;
  SortProbe             probes[FL_N_RECORDING_SORTS];
  int                   asked_sort;
  FlRecordingSort       sort;
  gboolean              descending;
  gboolean              loaded;
  gint64                selected_id;
  GCancellable         *import_cancellable;
  FlImportSummary      *last_summary;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filters_button;
  GtkWidget            *import_button;
  GtkRevealer          *import_revealer;
  GtkLabel             *import_label;
  GtkProgressBar       *import_progress;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkColumnViewColumn  *date_column;
  GtkColumnViewColumn  *agent_column;
  GtkColumnViewColumn  *caller_column;
  GtkColumnViewColumn  *queue_column;
  GtkColumnViewColumn  *direction_column;
  GtkColumnViewColumn  *duration_column;
  GtkColumnViewColumn  *state_column;
  GtkColumnViewColumn  *score_column;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_import_button;
  GtkWidget            *empty_clear_button;
  GtkWidget            *empty_retry_button;
  GtkSpinner           *spinner;
  GtkLabel             *count_label;
};

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

enum {
  RECORDING_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlRecordingLibrary, fl_recording_library, ADW_TYPE_BIN)

static gboolean
can_import (FlRecordingLibrary *self)
{
  return fl_session_can (self->session, FL_PERMISSION_IMPORT_RECORDINGS);
}

static GtkWindow *
get_window (FlRecordingLibrary *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (FlRecordingLibrary *self,
            const char         *text,
            gboolean            important)
{
  g_autofree char *title = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (title);

  if (important)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 10);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
is_searching (FlRecordingLibrary *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  return *g_strstrip (text) != '\0';
}

/* The search text, the filters and the sort, as one query for the core. */
static void
update_query (FlRecordingLibrary *self)
{
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();

  if (self->list == NULL)
    return;

  fl_recording_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (self->filters != NULL)
    fl_recording_filters_apply (self->filters, query);
  query->sort = self->sort;
  query->descending = self->descending;
  fl_recording_list_set_query (self->list, query);
}

static void
update_filters_button (FlRecordingLibrary *self)
{
  guint n_active = self->filters ? fl_recording_filters_get_n_active (self->filters) : 0;
  g_autofree char *label = NULL;

  if (n_active > 0)
    /* Translators: the Filters button when some filters are set; %u is how many */
    label = g_strdup_printf (_("Filters (%u)"), n_active);
  gtk_menu_button_set_label (self->filters_button, label ? label : _("Filters"));
}

static void
show_empty_page (FlRecordingLibrary *self,
                 const char         *icon_name,
                 const char         *title,
                 const char         *description,
                 GtkWidget          *button)
{
  adw_status_page_set_icon_name (self->empty_page, icon_name);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (self->empty_import_button, button == self->empty_import_button);
  gtk_widget_set_visible (self->empty_clear_button, button == self->empty_clear_button);
  gtk_widget_set_visible (self->empty_retry_button, button == self->empty_retry_button);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The count and spinner below the list, and what shows instead of an
 * empty list: no recordings yet, no matches, or why the query failed. */
static void
update_status (FlRecordingLibrary *self)
{
  guint n_items = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gboolean loading = self->list && fl_recording_list_get_loading (self->list);
  const GError *error = self->list ? fl_recording_list_get_error (self->list) : self->list_error;
  gboolean filtered = is_searching (self) ||
                      (self->filters && fl_recording_filters_get_n_active (self->filters) > 0);
  g_autofree char *count = NULL;

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  if (self->loaded && error == NULL)
    /* Translators: the number of recordings the list shows, e.g. "1,234 recordings" */
    count = g_strdup_printf (g_dngettext (NULL, "%'u recording", "%'u recordings", n_items), n_items);
  gtk_label_set_text (self->count_label, count ? count : "");
  update_filters_button (self);

  if (error != NULL && !loading)
    show_empty_page (self, "dialog-error-symbolic", _("Cannot Show the Recordings"),
                     error->message, self->list ? self->empty_retry_button : NULL);
  else if (n_items > 0 || !self->loaded || loading)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (filtered)
    show_empty_page (self, "system-search-symbolic", _("No Matching Recordings"),
                     _("Try other words, or clear the search and filters."),
                     self->empty_clear_button);
  else if (can_import (self))
    show_empty_page (self, "audio-x-generic-symbolic", _("No Recordings Yet"),
                     _("Import a folder of recordings to review the center's calls."),
                     self->empty_import_button);
  else
    show_empty_page (self, "audio-x-generic-symbolic", _("No Recordings Yet"),
                     _("Recordings show here once a QA auditor or an administrator imports them."),
                     NULL);
}

static void
update_actions (FlRecordingLibrary *self)
{
  gboolean importing = self->import_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.import",
                                 can_import (self) && !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.cancel-import", importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.import-details",
                                 self->last_summary != NULL);
}

/* Column sorters: see sorter_changed_cb. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortProbe *probe = user_data;

  if (probe->self->asked_sort < 0)
    probe->self->asked_sort = probe->sort;
  return GTK_ORDERING_SMALLER;
}

static void
install_sorters (FlRecordingLibrary *self)
{
  /* In FlRecordingSort's order. */
  GtkColumnViewColumn *columns[FL_N_RECORDING_SORTS] = {
    self->date_column, self->agent_column, self->caller_column, self->queue_column,
    self->direction_column, self->duration_column, self->state_column, self->score_column,
  };

  for (guint i = 0; i < FL_N_RECORDING_SORTS; i++)
    {
      g_autoptr(GtkCustomSorter) sorter = NULL;

      self->probes[i].self = self;
      self->probes[i].sort = i;
      sorter = gtk_custom_sorter_new (probe_compare, &self->probes[i], NULL);
      gtk_column_view_column_set_sorter (columns[i], GTK_SORTER (sorter));
    }
}

/* The user clicked a column header. GTK 4.8 cannot tell which column sorts
 * first, and the list must not be sorted by a GtkSortListModel (it holds
 * only the rows on screen), so ask the column view's sorter to compare two
 * placeholders: it asks the primary column's sorter first, which notes
 * itself, and turns "smaller" into "larger" when that column is descending. */
static void
sorter_changed_cb (FlRecordingLibrary *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  self->asked_sort = -1;
  order = gtk_sorter_compare (sorter, a, b);
  if (self->asked_sort < 0)
    {
      self->sort = FL_RECORDING_SORT_STARTED_AT;
      self->descending = TRUE;
    }
  else
    {
      self->sort = self->asked_sort;
      self->descending = order == GTK_ORDERING_LARGER;
    }
  update_query (self);
}

static void
search_changed_cb (FlRecordingLibrary *self)
{
  update_query (self);
}

static void
stop_search_cb (FlRecordingLibrary *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filters_changed_cb (FlRecordingLibrary *self)
{
  update_filters_button (self);
  update_query (self);
}

static void
row_activated_cb (FlRecordingLibrary *self,
                  guint               position)
{
  g_autoptr(FlRecording) recording = NULL;

  recording = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (recording != NULL)
    g_signal_emit (self, signals[RECORDING_ACTIVATED], 0, recording);
}

/* Remembers the selected recording so that it stays selected when the
 * list is read again (the list then replaces every row). */
static void
selection_changed_cb (FlRecordingLibrary *self)
{
  FlRecording *recording = gtk_single_selection_get_selected_item (self->selection);

  if (recording != NULL)
    self->selected_id = fl_recording_get_id (recording);
}

static void
list_items_changed_cb (FlRecordingLibrary *self)
{
  guint position;

  if (self->selected_id != 0 &&
      (position = fl_recording_list_find (self->list, self->selected_id)) != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);
  update_status (self);
}

static void
list_loading_cb (FlRecordingLibrary *self)
{
  if (!fl_recording_list_get_loading (self->list))
    self->loaded = TRUE;
  update_status (self);
}

/* Cells */

static char **
cell_css_classes (GtkListItem *item,
                  int          status,
                  const char  *extra)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (extra != NULL && *extra != '\0')
    g_strv_builder_add (builder, extra);
  /* A recording whose file is missing or unreadable is dimmed. */
  if (status != FL_RECORDING_STATUS_PRESENT)
    g_strv_builder_add (builder, "dim-label");
  return g_strv_builder_end (builder);
}

static gboolean
has_problem (GtkListItem *item,
             int          status)
{
  return status != FL_RECORDING_STATUS_PRESENT;
}

static char *
problem_text (GtkListItem *item,
              int          status,
              const char  *problem)
{
  if (status == FL_RECORDING_STATUS_PRESENT)
    return NULL;
  if (problem != NULL)
    /* Translators: a tooltip: the recording's state (Missing, Unreadable), then the problem */
    return g_strdup_printf (_("%s: %s"), fl_recording_status_to_label (status), problem);
  return g_strdup (fl_recording_status_to_label (status));
}

static char *
started_at_label (GtkListItem *item,
                  const char  *started_at)
{
  return started_at != NULL ? fl_format_date_time (started_at) : NULL;
}

static char *
agent_label (GtkListItem *item,
             const char  *name,
             const char  *job_number,
             const char  *agent_number)
{
  if (name != NULL && job_number != NULL)
    /* Translators: an agent in the recordings list: the name, then the job number (工号) */
    return g_strdup_printf (_("%s · %s"), name, job_number);
  /* Not a known staff member: what the PBX called the agent. */
  return g_strdup (name != NULL ? name : agent_number);
}

static char *
text_label (GtkListItem *item,
            const char  *text)
{
  return g_strdup (text);
}

static char *
direction_label (GtkListItem *item,
                 int          direction)
{
  if (direction == FL_CALL_DIRECTION_UNKNOWN)
    return NULL;
  return g_strdup (fl_call_direction_to_label (direction));
}

/* m:ss, as a call's length is usually told; an hour is 60:00. */
static char *
duration_label (GtkListItem *item,
                gint64       duration_ms)
{
  gint64 seconds;

  if (duration_ms < 0)
    return NULL;
  seconds = (duration_ms + 500) / 1000;
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

static char *
state_label (GtkListItem *item,
             int          state)
{
  return g_strdup (fl_recording_evaluation_to_label (state));
}

static char *
score_label (GtkListItem *item,
             double       score,
             gboolean     passed)
{
  g_autofree char *number = NULL;

  if (score < 0)
    return NULL;
  number = g_strdup_printf (score == (int) score ? "%.0f" : "%.1f", score);
  /* Translators: a submitted evaluation's score (a percentage), then Pass or Fail */
  return g_strdup_printf (_("%s · %s"), number, passed ? C_("score", "Pass") : C_("score", "Fail"));
}

static char **
score_css_classes (GtkListItem *item,
                   int          status,
                   double       score,
                   gboolean     passed)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "numeric");
  if (score >= 0)
    g_strv_builder_add (builder, passed ? "success" : "error");
  if (status != FL_RECORDING_STATUS_PRESENT)
    g_strv_builder_add (builder, "dim-label");
  return g_strv_builder_end (builder);
}

/* Importing */

static void
import_run_free (ImportRun *run)
{
  g_weak_ref_clear (&run->library);
  g_clear_object (&run->cancellable);
  g_free (run);
}

/* The library of @run if it still waits for this import. */
static FlRecordingLibrary *
import_run_get_library (ImportRun *run)
{
  FlRecordingLibrary *self = g_weak_ref_get (&run->library);

  if (self != NULL && self->import_cancellable != run->cancellable)
    g_clear_object (&self);
  return self;
}

static void
import_progress_cb (const FlImportProgress *progress,
                    gpointer                user_data)
{
  g_autoptr(FlRecordingLibrary) self = import_run_get_library (user_data);
  g_autofree char *text = NULL;
  const char *phase = fl_import_phase_to_label (progress->phase);

  if (self == NULL)
    return;

  switch (progress->phase)
    {
    case FL_IMPORT_PHASE_SCANNING:
      /* Translators: %s is a step of the import ("Looking for recordings"), %'u a number */
      text = g_strdup_printf (g_dngettext (NULL, "%s: %'u file found", "%s: %'u files found",
                                           progress->files_found),
                              phase, progress->files_found);
      gtk_progress_bar_pulse (self->import_progress);
      break;
    case FL_IMPORT_PHASE_EXAMINING:
      /* Translators: %s is a step of the import ("Reading recordings"), then e.g. 1,234 of 10,000 files */
      text = g_strdup_printf (g_dngettext (NULL, "%s: %'u of %'u file", "%s: %'u of %'u files",
                                           progress->files_total),
                              phase, progress->files_done, progress->files_total);
      gtk_progress_bar_set_fraction (self->import_progress,
                                     progress->files_total > 0
                                     ? (double) progress->files_done / progress->files_total : 0);
      break;
    case FL_IMPORT_PHASE_READING_CDR:
      text = g_strdup (phase);
      gtk_progress_bar_pulse (self->import_progress);
      break;
    case FL_IMPORT_PHASE_FINISHING:
    case FL_IMPORT_PHASE_DONE:
    default:
      text = g_strdup (phase);
      gtk_progress_bar_set_fraction (self->import_progress, 1.0);
      break;
    }
  gtk_label_set_text (self->import_label, text);
}

static void
show_import_error (FlRecordingLibrary *self,
                   const GError       *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), _("Import Failed"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_import_summary (FlRecordingLibrary *self)
{
  const FlImportSummary *summary = self->last_summary;
  guint problems = summary->failed->len + summary->unreadable->len + summary->cdr_problems->len;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (problems > 0)
    /* Translators: a toast after an import; the numbers are recordings, then problems */
    title = g_strdup_printf (g_dngettext (NULL,
                                          "Import finished: %'u added, %'u updated, %'u problem",
                                          "Import finished: %'u added, %'u updated, %'u problems",
                                          problems),
                             summary->added, summary->updated, problems);
  else
    /* Translators: a toast after an import; the numbers are recordings */
    title = g_strdup_printf (_("Import finished: %'u added, %'u updated"),
                             summary->added, summary->updated);

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Details"));
  adw_toast_set_action_name (toast, "library.import-details");
  /* Problems wait for the user; a clean import goes by. */
  if (problems > 0)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
import_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportRun *run = user_data;
  g_autoptr(FlRecordingLibrary) self = import_run_get_library (run);
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object), result, &error);
  import_run_free (run);
  if (self == NULL)
    return;

  g_clear_object (&self->import_cancellable);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  update_actions (self);

  /* What was written before a cancel or a failure is kept: show it too. */
  fl_recording_library_refresh (self);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, _("Import cancelled. The recordings read before are kept."), FALSE);
  else if (error != NULL)
    show_import_error (self, error);
  else
    {
      g_clear_pointer (&self->last_summary, fl_import_summary_free);
      self->last_summary = g_steal_pointer (&summary);
      update_actions (self);
      show_import_summary (self);
    }
}

static void
start_import (FlRecordingLibrary *self,
              const char         *folder,
              const char         *cdr_path)
{
  ImportRun *run;

  g_return_if_fail (self->import_cancellable == NULL);

  self->import_cancellable = g_cancellable_new ();
  run = g_new0 (ImportRun, 1);
  g_weak_ref_init (&run->library, self);
  run->cancellable = g_object_ref (self->import_cancellable);

  gtk_label_set_text (self->import_label, _("Starting…"));
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
  update_actions (self);

  fl_recording_service_import_async (self->service, self->session, folder, cdr_path,
                                     self->import_cancellable, import_progress_cb, run,
                                     import_done_cb, run);
}

static void
import_chosen_cb (FlRecordingLibrary *self,
                  const char         *folder,
                  const char         *cdr_path)
{
  if (self->import_cancellable == NULL)
    start_import (self, folder, cdr_path);
}

/* Actions */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  /* The core checks again when the import starts. */
  if (!fl_session_check (self->session, FL_PERMISSION_IMPORT_RECORDINGS, &error))
    {
      show_toast (self, error->message, TRUE);
      return;
    }
  if (self->import_cancellable != NULL)
    return;

  dialog = fl_import_dialog_new (get_window (self));
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  if (self->import_cancellable != NULL)
    {
      g_cancellable_cancel (self->import_cancellable);
      gtk_label_set_text (self->import_label, _("Cancelling…"));
    }
}

static void
import_details_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  if (self->last_summary != NULL)
    gtk_window_present (GTK_WINDOW (fl_import_summary_dialog_new (get_window (self),
                                                                  self->last_summary)));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  /* One query for both: the filters' "changed" runs it. */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  if (self->filters != NULL)
    fl_recording_filters_clear (self->filters);
  update_query (self);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  fl_recording_library_refresh (FL_RECORDING_LIBRARY (widget));
}

/* GObject */

static void
fl_recording_library_constructed (GObject *object)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (object);

  G_OBJECT_CLASS (fl_recording_library_parent_class)->constructed (object);

  g_assert (FL_IS_DATABASE (self->database));
  g_assert (FL_IS_SESSION (self->session));

  self->service = fl_recording_service_new (self->database);
  self->staff = fl_staff_service_new (self->database, self->session);
  self->filters = FL_RECORDING_FILTERS (fl_recording_filters_new (self->service, self->staff,
                                                                  self->session));
  gtk_menu_button_set_popover (self->filters_button, GTK_WIDGET (self->filters));
  g_signal_connect_object (self->filters, "changed",
                           G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_visible (self->import_button, can_import (self));
  update_actions (self);

  self->list = fl_recording_service_new_list (self->service, self->session, &self->list_error);
  if (self->list != NULL)
    {
      /* After the selection model has dropped its selection: restore it. */
      g_signal_connect_object (self->list, "items-changed",
                               G_CALLBACK (list_items_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (self->list, "notify::loading",
                               G_CALLBACK (list_loading_cb), self, G_CONNECT_SWAPPED);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
    }

  install_sorters (self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
  /* The newest calls first; this runs the first query. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
  update_query (self);
  update_status (self);
}

static void
fl_recording_library_unroot (GtkWidget *widget)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  /* Signed out, or the window closes: the import stops with the view. */
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);

  GTK_WIDGET_CLASS (fl_recording_library_parent_class)->unroot (widget);
}

static void
fl_recording_library_dispose (GObject *object)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (object);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);

  /* The filters popover belongs to its menu button, a template child. */
  self->filters = NULL;
  /* The bin's child is a template child too: let go of it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_RECORDING_LIBRARY);
  g_clear_object (&self->list);
  g_clear_object (&self->service);
  g_clear_object (&self->staff);
  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_recording_library_parent_class)->dispose (object);
}

static void
fl_recording_library_finalize (GObject *object)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (object);

  g_clear_error (&self->list_error);
  g_clear_pointer (&self->last_summary, fl_import_summary_free);

  G_OBJECT_CLASS (fl_recording_library_parent_class)->finalize (object);
}

static void
fl_recording_library_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_recording_library_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_recording_library_class_init (FlRecordingLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_recording_library_constructed;
  object_class->dispose = fl_recording_library_dispose;
  object_class->finalize = fl_recording_library_finalize;
  object_class->get_property = fl_recording_library_get_property;
  object_class->set_property = fl_recording_library_set_property;
  widget_class->unroot = fl_recording_library_unroot;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FlRecordingLibrary::recording-activated:
   * @recording: the recording to review
   *
   * A row was double-clicked, or Enter pressed on it.
   */
  signals[RECORDING_ACTIVATED] =
    g_signal_new ("recording-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, FL_TYPE_RECORDING);

  /* The cell templates look these types up by name. */
  g_type_ensure (FL_TYPE_RECORDING);
  g_type_ensure (G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-recording-library.ui");
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, filters_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, import_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, import_label);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, import_progress);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, stack);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, column_view);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, selection);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, date_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, agent_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, caller_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, queue_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, direction_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, duration_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, state_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, score_column);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, empty_clear_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, empty_retry_button);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, spinner);
  gtk_widget_class_bind_template_child (widget_class, FlRecordingLibrary, count_label);

  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, has_problem);
  gtk_widget_class_bind_template_callback (widget_class, problem_text);
  gtk_widget_class_bind_template_callback (widget_class, started_at_label);
  gtk_widget_class_bind_template_callback (widget_class, agent_label);
  gtk_widget_class_bind_template_callback (widget_class, text_label);
  gtk_widget_class_bind_template_callback (widget_class, direction_label);
  gtk_widget_class_bind_template_callback (widget_class, duration_label);
  gtk_widget_class_bind_template_callback (widget_class, state_label);
  gtk_widget_class_bind_template_callback (widget_class, score_label);
  gtk_widget_class_bind_template_callback (widget_class, score_css_classes);

  gtk_widget_class_install_action (widget_class, "library.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "library.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "library.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "library.import-details", NULL, import_details_action);
  gtk_widget_class_install_action (widget_class, "library.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "library.refresh", NULL, refresh_action);
}

static void
fl_recording_library_init (FlRecordingLibrary *self)
{
  self->sort = FL_RECORDING_SORT_STARTED_AT;
  self->descending = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
}

GtkWidget *
fl_recording_library_new (FlDatabase *database,
                          FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_RECORDING_LIBRARY,
                       "database", database,
                       "session", session,
                       NULL);
}

/* Reads the list again, keeping the query and the selected recording:
 * after an evaluation changed a score, or an import added recordings. */
void
fl_recording_library_refresh (FlRecordingLibrary *self)
{
  g_return_if_fail (FL_IS_RECORDING_LIBRARY (self));

  /* The filters list agents and queues afresh when they open. */
  if (self->list != NULL)
    fl_recording_list_refresh (self->list);
}
