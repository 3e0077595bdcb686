/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-list"

#include "config.h"

#include "fl-recording-list.h"
#include "fl-recording-private.h"

/*
 * What runs where:
 *
 * - the query (filter and sort of every matching row, up to the whole
 *   library) runs in a worker thread on a connection of its own and only
 *   returns the row ids, 8 bytes a row;
 * - back on the main thread the ids replace the old ones, and items-changed
 *   tells only the run of ids that differ; the rows handed out lately (at
 *   most FL_RECORDING_LIST_MAX_PAGES pages: what can be on screen) are read
 *   again and compared, so that a refresh after an evaluation updates that
 *   row and a view keeps its place;
 * - get_item() reads the page of FL_RECORDING_LIST_PAGE_SIZE rows around
 *   the position by primary key, on the main thread (about a millisecond),
 *   and keeps the FL_RECORDING_LIST_MAX_PAGES pages used last.
 *
 * A newer query cancels the one still running; its result is dropped.
 */

struct _FlRecordingList
{
  GObject           parent_instance;

  FlDatabase       *database;
  FlRecordingQuery *query;
  GArray           *ids;            /* gint64, in the query's order */
  GHashTable       *pages;          /* page number → GPtrArray of FlRecording */
  GQueue            recent_pages;   /* page numbers, the last used first */
  sqlite3_stmt     *page_statement;
  GCancellable     *cancellable;
  GError           *error;
  gboolean          loading;
  gboolean          loaded;         /* a query has been shown */
};

enum {
  PROP_0,
  PROP_QUERY,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FlRecordingList, fl_recording_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

typedef struct
{
  char             *path;
  FlRecordingQuery *query;
} Load;

static void
load_free (Load *load)
{
  g_free (load->path);
  fl_recording_query_free (load->query);
  g_free (load);
}

static void
load_ids_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1024);
  gboolean has_row = FALSE;

  if (!(database = fl_database_open_connection (load->path, &error)) ||
      !(statement = fl_recording_query_prepare (load->query, database, "r.id", &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  while (fl_database_step (database, statement, &has_row, &error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (ids, id);
      if ((ids->len & 0xfff) == 0 && g_task_return_error_if_cancelled (task))
        return;
    }
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

static void
clear_pages (FlRecordingList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent_pages);
}

static void
set_loading (FlRecordingList *self,
             gboolean         loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

typedef struct
{
  guint        position;  /* in the new ids */
  FlRecording *shown;
} Shown;

static void
clear_shown (gpointer data)
{
  g_object_unref (((Shown *) data)->shown);
}

static int
compare_shown (gconstpointer a,
               gconstpointer b)
{
  guint position_a = ((const Shown *) a)->position;
  guint position_b = ((const Shown *) b)->position;

  return position_a < position_b ? -1 : position_a > position_b;
}

static gint64
id_at (GArray *ids,
       guint   position)
{
  return g_array_index (ids, gint64, position);
}

/* The rows handed out lately that keep their id, at their new position:
 * only those can be on screen. */
static GArray *
collect_shown (FlRecordingList *self,
               guint            prefix,
               guint            suffix,
               guint            new_n)
{
  GArray *shown = g_array_new (FALSE, FALSE, sizeof (Shown));
  guint old_n = self->ids->len;
  GHashTableIter iter;
  gpointer page, items;

  g_array_set_clear_func (shown, clear_shown);
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &page, &items))
    {
      guint first = GPOINTER_TO_UINT (page) * FL_RECORDING_LIST_PAGE_SIZE;

      for (guint i = 0; i < ((GPtrArray *) items)->len; i++)
        {
          FlRecording *recording = g_ptr_array_index ((GPtrArray *) items, i);
          guint position = first + i;
          Shown entry;

          if (recording == NULL)
            continue;
          if (position < prefix)
            entry.position = position;
          else if (position >= old_n - suffix)
            entry.position = position - old_n + new_n;
          else
            continue;
          entry.shown = g_object_ref (recording);
          g_array_append_val (shown, entry);
        }
    }
  g_array_sort (shown, compare_shown);
  return shown;
}

static void
emit_run (FlRecordingList *self,
          guint            start,
          guint            length)
{
  if (length > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), start, length, length);
}

/* Tells about the rows among @shown whose content changed (an evaluation,
 * a file flagged missing), in runs of neighbours. */
static void
report_changed_rows (FlRecordingList *self,
                     GArray          *shown)
{
  guint run_start = 0, run_length = 0;

  for (guint i = 0; i < shown->len; i++)
    {
      Shown *entry = &g_array_index (shown, Shown, i);
      g_autoptr(FlRecording) now = g_list_model_get_item (G_LIST_MODEL (self), entry->position);

      if (now == NULL || fl_recording_same (now, entry->shown))
        continue;
      if (run_length > 0 && run_start + run_length == entry->position)
        {
          run_length++;
          continue;
        }
      emit_run (self, run_start, run_length);
      run_start = entry->position;
      run_length = 1;
    }
  emit_run (self, run_start, run_length);
}

/* Replaces the ids telling only what changed, so that a view keeps its
 * place on a refresh: the run of ids that differ between the two lists,
 * then the rows around it whose content changed. */
static void
swap_ids (FlRecordingList *self,
          GArray          *ids)
{
  g_autoptr(GArray) shown = NULL;
  guint old_n = self->ids->len;
  guint new_n = ids->len;
  guint prefix = 0, suffix = 0;
  guint removed, added;

  while (prefix < old_n && prefix < new_n && id_at (self->ids, prefix) == id_at (ids, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         id_at (self->ids, old_n - 1 - suffix) == id_at (ids, new_n - 1 - suffix))
    suffix++;

  shown = collect_shown (self, prefix, suffix, new_n);
  removed = old_n - prefix - suffix;
  added = new_n - prefix - suffix;

  /* One change, however large: views see it through FlRecordingRows,
   * which does not hand it on to GTK as a replacement of every row. */
  g_array_unref (self->ids);
  self->ids = g_array_ref (ids);
  clear_pages (self);
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
  report_changed_rows (self, shown);

  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
ids_loaded_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  FlRecordingList *self = FL_RECORDING_LIST (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  ids = g_task_propagate_pointer (G_TASK (result), &error);

  /* A newer query took over: it reports, not this one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  if (error != NULL)
    {
      g_debug ("Cannot list the recordings: %s", error->message);
      self->error = g_steal_pointer (&error);
    }
  else
    {
      self->loaded = TRUE;
      swap_ids (self, ids);
    }

  set_loading (self, FALSE);
}

static void
start_loading (FlRecordingList *self)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  load = g_new0 (Load, 1);
  load->path = g_strdup (fl_database_get_path (self->database));
  load->query = fl_recording_query_copy (self->query);

  task = g_task_new (self, self->cancellable, ids_loaded_cb, NULL);
  g_task_set_source_tag (task, start_loading);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_ids_thread);

  set_loading (self, TRUE);
}

static void
forget_page (gpointer data)
{
  g_ptr_array_unref (data);
}

static gboolean
prepare_page_statement (FlRecordingList *self)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(GError) error = NULL;

  if (self->page_statement != NULL)
    return TRUE;

  sql = g_string_new ("SELECT " FL_RECORDING_COLUMNS FL_RECORDING_FROM "WHERE r.id IN (?");
  for (guint i = 1; i < FL_RECORDING_LIST_PAGE_SIZE; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  self->page_statement = fl_database_prepare (self->database, sql->str, &error);
  if (self->page_statement == NULL)
    {
      g_warning ("Cannot read recordings: %s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Reads one page by primary key and keeps it, forgetting the page used
 * longest ago when there are too many. */
static GPtrArray *
load_page (FlRecordingList *self,
           guint            page)
{
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *statement;
  GPtrArray *items;
  guint first = page * FL_RECORDING_LIST_PAGE_SIZE;
  guint count = MIN (FL_RECORDING_LIST_PAGE_SIZE, self->ids->len - first);
  gboolean has_row = FALSE;

  if (!prepare_page_statement (self))
    return NULL;
  statement = self->page_statement;
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  for (guint i = 0; i < count; i++)
    sqlite3_bind_int64 (statement, i + 1, g_array_index (self->ids, gint64, first + i));

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  while (fl_database_step (self->database, statement, &has_row, &error) && has_row)
    {
      FlRecording *recording = fl_recording_new_from_row (statement);

      g_hash_table_insert (by_id, g_memdup2 (&(gint64) { fl_recording_get_id (recording) },
                                             sizeof (gint64)),
                           recording);
    }
  sqlite3_reset (statement);
  if (error != NULL)
    {
      g_warning ("Cannot read recordings: %s", error->message);
      return NULL;
    }

  /* Rows are never deleted; a row that is gone anyway shows as NULL. */
  items = g_ptr_array_new_full (count, (GDestroyNotify) g_object_unref);
  for (guint i = 0; i < count; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, first + i);
      FlRecording *recording = g_hash_table_lookup (by_id, &id);

      g_ptr_array_add (items, recording ? g_object_ref (recording) : NULL);
    }

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->recent_pages, GUINT_TO_POINTER (page));
  while (g_queue_get_length (&self->recent_pages) > FL_RECORDING_LIST_MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent_pages));
  return items;
}

static GType
fl_recording_list_get_item_type (GListModel *model)
{
  return FL_TYPE_RECORDING;
}

static guint
fl_recording_list_get_n_items (GListModel *model)
{
  return FL_RECORDING_LIST (model)->ids->len;
}

static gpointer
fl_recording_list_get_item (GListModel *model,
                            guint       position)
{
  FlRecordingList *self = FL_RECORDING_LIST (model);
  guint page = position / FL_RECORDING_LIST_PAGE_SIZE;
  GPtrArray *items;
  gpointer item;

  if (position >= self->ids->len)
    return NULL;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items != NULL)
    {
      /* Most recently used first. */
      g_queue_remove (&self->recent_pages, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->recent_pages, GUINT_TO_POINTER (page));
    }
  else if (!(items = load_page (self, page)))
    return NULL;

  item = g_ptr_array_index (items, position % FL_RECORDING_LIST_PAGE_SIZE);
  return item ? g_object_ref (item) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fl_recording_list_get_item_type;
  iface->get_n_items = fl_recording_list_get_n_items;
  iface->get_item = fl_recording_list_get_item;
}

static void
fl_recording_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FlRecordingList *self = FL_RECORDING_LIST (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_recording_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FlRecordingList *self = FL_RECORDING_LIST (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      if (g_value_get_boxed (value) != NULL)
        fl_recording_list_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_recording_list_dispose (GObject *object)
{
  FlRecordingList *self = FL_RECORDING_LIST (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_pages (self);
  g_clear_pointer (&self->page_statement, sqlite3_finalize);

  G_OBJECT_CLASS (fl_recording_list_parent_class)->dispose (object);
}

static void
fl_recording_list_finalize (GObject *object)
{
  FlRecordingList *self = FL_RECORDING_LIST (object);

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->query, fl_recording_query_free);
  g_clear_error (&self->error);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_recording_list_parent_class)->finalize (object);
}

static void
fl_recording_list_class_init (FlRecordingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fl_recording_list_get_property;
  object_class->set_property = fl_recording_list_set_property;
  object_class->dispose = fl_recording_list_dispose;
  object_class->finalize = fl_recording_list_finalize;

  properties[PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, FL_TYPE_RECORDING_QUERY,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* TRUE while a query runs; the items are the previous query's until it ends. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_recording_list_init (FlRecordingList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, forget_page);
  self->query = fl_recording_query_new ();
  g_queue_init (&self->recent_pages);
}

/* Empty until a query is set. */
FlRecordingList *
fl_recording_list_new (FlDatabase *database)
{
  FlRecordingList *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_RECORDING_LIST, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* Runs @query in a worker; the items change when it is done. A query equal
 * to the one shown (or running) does nothing: use refresh to read again. */
void
fl_recording_list_set_query (FlRecordingList        *self,
                             const FlRecordingQuery *query)
{
  gboolean shown;

  g_return_if_fail (FL_IS_RECORDING_LIST (self));
  g_return_if_fail (query != NULL);

  shown = self->cancellable != NULL || (self->loaded && self->error == NULL);
  if (shown && fl_recording_query_equal (self->query, query))
    return;

  fl_recording_query_free (self->query);
  self->query = fl_recording_query_copy (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
  start_loading (self);
}

const FlRecordingQuery *
fl_recording_list_get_query (FlRecordingList *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_LIST (self), NULL);
  return self->query;
}

/* Runs the query again: after an import or an evaluation. */
void
fl_recording_list_refresh (FlRecordingList *self)
{
  g_return_if_fail (FL_IS_RECORDING_LIST (self));
  start_loading (self);
}

gboolean
fl_recording_list_get_loading (FlRecordingList *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_LIST (self), FALSE);
  return self->loading;
}

/* Why the last query failed, or NULL. */
const GError *
fl_recording_list_get_error (FlRecordingList *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_LIST (self), NULL);
  return self->error;
}

/* The position of recording @id, or G_MAXUINT; for keeping a selection
 * across a refresh. */
guint
fl_recording_list_find (FlRecordingList *self,
                        gint64           id)
{
  g_return_val_if_fail (FL_IS_RECORDING_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

/* The id at @position without reading its row. */
gint64
fl_recording_list_get_id (FlRecordingList *self,
                          guint            position)
{
  g_return_val_if_fail (FL_IS_RECORDING_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

/* How many rows are held in memory: at most a few pages. */
guint
fl_recording_list_get_n_cached (FlRecordingList *self)
{
  GHashTableIter iter;
  gpointer items;
  guint n = 0;

  g_return_val_if_fail (FL_IS_RECORDING_LIST (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &items))
    n += ((GPtrArray *) items)->len;
  return n;
}
