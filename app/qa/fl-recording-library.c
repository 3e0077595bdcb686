/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-library"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fl-paint-probe.h"
#include "fl-recording-library-private.h"

/* Rows above and below the screen given their recordings with it. */
#define VISIBLE_MARGIN 3

/* How long a query runs before the spinner shows. */
#define SPINNER_DELAY_MS 300

/* The recordings library: every recording the center imported, in a
 * column view over an FlRecordingList. Searching, filtering and sorting
 * are one FlRecordingQuery that the list runs in a worker thread, so even
 * a library of a million calls never blocks the window; the view only
 * shows the rows on screen. The instance struct is in
 * fl-recording-library-private.h; importing, which runs in the background
 * with its progress above the list, in fl-recording-library-import.c. */

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

gboolean
_fl_recording_library_can_import (FlRecordingLibrary *self)
{
  return fl_session_can (self->session, FL_PERMISSION_IMPORT_RECORDINGS);
}

GtkWindow *
_fl_recording_library_get_window (FlRecordingLibrary *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_fl_recording_library_show_toast (FlRecordingLibrary *self,
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

static gboolean
show_spinner_cb (gpointer user_data)
{
  FlRecordingLibrary *self = user_data;

  self->spinner_source = 0;
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  return G_SOURCE_REMOVE;
}

/* A query that answers quickly shows no spinner: each frame of one costs
 * what a frame of the whole window costs. */
static void
show_loading (FlRecordingLibrary *self,
              gboolean            loading)
{
  if (loading && self->spinner_source == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    self->spinner_source = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);
  else if (!loading)
    {
      g_clear_handle_id (&self->spinner_source, g_source_remove);
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
    }
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

  show_loading (self, loading);
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
  else if (_fl_recording_library_can_import (self))
    show_empty_page (self, "audio-x-generic-symbolic", _("No Recordings Yet"),
                     _("Import a folder of recordings to review the center's calls."),
                     self->empty_import_button);
  else
    show_empty_page (self, "audio-x-generic-symbolic", _("No Recordings Yet"),
                     _("Recordings show here once a QA auditor or an administrator imports them."),
                     NULL);
}

void
_fl_recording_library_update_actions (FlRecordingLibrary *self)
{
  gboolean importing = self->import_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.import",
                                 _fl_recording_library_can_import (self) && !importing);
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

/* Each column's cells, and its sorter. */
static void
install_columns (FlRecordingLibrary *self)
{
  /* In FlRecordingSort's order. */
  GtkColumnViewColumn *columns[FL_N_RECORDING_SORTS] = {
    self->date_column, self->agent_column, self->caller_column, self->queue_column,
    self->direction_column, self->duration_column, self->state_column, self->score_column,
  };

  for (guint i = 0; i < FL_N_RECORDING_SORTS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = _fl_recording_library_cell_factory_new (i);
      g_autoptr(GtkCustomSorter) sorter = NULL;

      gtk_column_view_column_set_factory (columns[i], factory);
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
  g_autoptr(FlRecordingRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL && fl_recording_row_get_recording (row) != NULL)
    g_signal_emit (self, signals[RECORDING_ACTIVATED], 0, fl_recording_row_get_recording (row));
}

/* Tells the rows which of them are on screen (with a few around), so that
 * a new order shows there first. The rows are all of a height. */
static void
scrolled_cb (FlRecordingLibrary *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  double row_height;
  guint first, n;

  /* Not laid out yet: every row is on screen. */
  if (n_items == 0 || gtk_adjustment_get_upper (adjustment) < n_items)
    {
      fl_recording_rows_set_visible (self->rows, 0, G_MAXUINT);
      return;
    }
  row_height = gtk_adjustment_get_upper (adjustment) / n_items;
  first = gtk_adjustment_get_value (adjustment) / row_height;
  n = ceil (gtk_adjustment_get_page_size (adjustment) / row_height) + 1;
  fl_recording_rows_set_visible (self->rows, first > VISIBLE_MARGIN ? first - VISIBLE_MARGIN : 0,
                                 n + 2 * VISIBLE_MARGIN);
}

/* Remembers the selected recording so that it stays selected when the
 * list is read again (the rows then show other recordings). */
static void
selection_changed_cb (FlRecordingLibrary *self)
{
  FlRecordingRow *row = gtk_single_selection_get_selected_item (self->selection);
  FlRecording *recording = row ? fl_recording_row_get_recording (row) : NULL;

  if (recording != NULL)
    self->selected_id = fl_recording_get_id (recording);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.open", recording != NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    row_activated_cb (self, position);
}

static void
list_items_changed_cb (FlRecordingLibrary *self)
{
  guint position;

  /* The selected row may show another call now: select the call's new
   * place, or nothing when it is no longer listed. */
  if (self->selected_id != 0)
    {
      position = fl_recording_list_find (self->list, self->selected_id);
      gtk_single_selection_set_selected (self->selection,
                                         position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
    }
  update_status (self);
}

static void
list_loading_cb (FlRecordingLibrary *self)
{
  if (!fl_recording_list_get_loading (self->list))
    {
      /* For the benchmarks: when the answer to a query is on screen. */
      fl_paint_probe_mark (GTK_WIDGET (self), self->loaded ? "library-rows" : "library-shown");
      self->loaded = TRUE;
    }
  update_status (self);
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
  GtkAdjustment *adjustment;

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

  gtk_widget_set_visible (self->import_button, _fl_recording_library_can_import (self));
  _fl_recording_library_update_actions (self);

  self->list = fl_recording_service_new_list (self->service, self->session, &self->list_error);
  if (self->list != NULL)
    {
      /* After the selection model has dropped its selection: restore it. */
      g_signal_connect_object (self->list, "items-changed",
                               G_CALLBACK (list_items_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (self->list, "notify::loading",
                               G_CALLBACK (list_loading_cb), self, G_CONNECT_SWAPPED);
      /* Shown to the view when the library is first on screen (map). */
      self->rows = fl_recording_rows_new (self->list);
      /* The rows tell a longer list a part at a time: the selected call
       * may be further down. */
      g_signal_connect_object (self->rows, "items-changed",
                               G_CALLBACK (list_items_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
      g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
    }

  install_columns (self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
  /* The newest calls first; this runs the first query. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
  update_query (self);
  update_status (self);
}

/* A list view that was never laid out makes a row for every item: the
 * rows reach the view only once the library is on screen, so a signed-in
 * person who works in another panel carries no hidden table of calls. */
static void
fl_recording_library_map (GtkWidget *widget)
{
  FlRecordingLibrary *self = FL_RECORDING_LIBRARY (widget);

  GTK_WIDGET_CLASS (fl_recording_library_parent_class)->map (widget);

  if (self->rows != NULL && gtk_single_selection_get_model (self->selection) == NULL)
    gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->rows));
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
  g_clear_handle_id (&self->spinner_source, g_source_remove);

  /* Removing the columns changes the sorter: nothing to query any more. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->column_view),
                                          sorter_changed_cb, self);
  /* The filters popover belongs to its menu button, a template child. */
  self->filters = NULL;
  /* The bin's child is a template child too: let go of it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_RECORDING_LIBRARY);
  g_clear_object (&self->rows);
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
  widget_class->map = fl_recording_library_map;

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

  gtk_widget_class_install_action (widget_class, "library.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "library.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "library.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "library.refresh", NULL, refresh_action);
  _fl_recording_library_class_import_init (widget_class);
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
  selection_changed_cb (self);
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
