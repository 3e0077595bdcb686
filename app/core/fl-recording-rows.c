/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-rows"

#include "config.h"

#include "fl-recording-row-private.h"
#include "fl-recording-rows.h"

/* The rows off screen are given their new recordings once the list has
 * been quiet this long (a search typed key by key changes it on each key),
 * this many per idle dispatch. */
#define STALE_DELAY_MS 300
#define STALE_BATCH 10

/* A list view builds a row widget for each new item up to what it keeps
 * (GTK 4.8's keeps 200, whatever it shows): a longer list is told this
 * many items a frame until then, so that the first rows show at once. */
#define GROW_STEP 40
#define GROW_UNTIL 240

struct _FlRecordingRows
{
  GObject          parent_instance;

  FlRecordingList *list;
  guint            n_items;       /* what this model has told */
  GHashTable      *rows;          /* position → FlRecordingRow, not owned: the rows someone holds */
  guint            visible_first; /* the rows on screen: given their recordings first */
  guint            visible_n;
  GHashTable      *stale;         /* FlRecordingRow (owned) still showing an earlier recording */
  guint            stale_source;
  guint            grow_source;   /* telling the list's new length, GROW_STEP items a frame */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FlRecordingRows, fl_recording_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
row_finalized_cb (gpointer  data,
                  GObject  *where_the_row_was)
{
  FlRecordingRows *self = data;
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    if (row == (gpointer) where_the_row_was)
      {
        g_hash_table_iter_remove (&iter);
        return;
      }
}

static FlRecording *
recording_at (FlRecordingRows *self,
              guint            position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->list), position);
}

static void
refresh_row (FlRecordingRows *self,
             FlRecordingRow  *row)
{
  g_autoptr(FlRecording) recording = recording_at (self, fl_recording_row_get_position (row));

  fl_recording_row_set_recording (row, recording);
}

static gboolean
is_visible (FlRecordingRows *self,
            guint            position)
{
  return position >= self->visible_first && position - self->visible_first < self->visible_n;
}

/* The rows off screen, a batch at a time between frames: a list view keeps
 * many more rows than it shows (GTK 4.8's keeps 200), and the labels of each
 * one changed cost a measure, an accessibility event and a frame. */
static gboolean
refresh_stale_cb (gpointer user_data)
{
  FlRecordingRows *self = user_data;
  GHashTableIter iter;
  gpointer row;
  guint done = 0;

  g_hash_table_iter_init (&iter, self->stale);
  while (done < STALE_BATCH && g_hash_table_iter_next (&iter, &row, NULL))
    {
      g_hash_table_iter_steal (&iter);
      refresh_row (self, row);
      g_object_unref (row);
      done++;
    }
  if (g_hash_table_size (self->stale) > 0)
    return G_SOURCE_CONTINUE;
  self->stale_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
quiet_cb (gpointer user_data)
{
  FlRecordingRows *self = user_data;

  self->stale_source = g_idle_add_full (G_PRIORITY_LOW, refresh_stale_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

/* Tells the list's new length, or GROW_STEP items of it; returns whether
 * there is more to tell. */
static gboolean
grow (FlRecordingRows *self)
{
  guint old_n = self->n_items;
  guint new_n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  gboolean more = new_n > old_n + GROW_STEP && old_n < GROW_UNTIL;

  if (more)
    new_n = old_n + GROW_STEP;
  self->n_items = new_n;
  if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
  return more;
}

static gboolean
grow_cb (gpointer user_data)
{
  FlRecordingRows *self = user_data;

  if (grow (self))
    return G_SOURCE_CONTINUE;
  self->grow_source = 0;
  return G_SOURCE_REMOVE;
}

/* The list changed: the rows held get their new recordings; a change of
 * length is told at the end. */
static void
list_items_changed_cb (FlRecordingRows *self,
                       guint            position,
                       guint            removed,
                       guint            added,
                       GListModel      *list)
{
  guint old_n = self->n_items;
  guint new_n = g_list_model_get_n_items (list);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    {
      /* Past the new end: gone with the items-changed below, and never
       * handed out again should the list grow back. */
      if (GPOINTER_TO_UINT (key) >= new_n)
        {
          g_object_weak_unref (row, row_finalized_cb, self);
          g_hash_table_iter_remove (&iter);
          g_hash_table_remove (self->stale, row);
        }
      else if (GPOINTER_TO_UINT (key) >= position)
        g_ptr_array_add (held, g_object_ref (row));
    }

  if (new_n < old_n)
    {
      g_clear_handle_id (&self->grow_source, g_source_remove);
      self->n_items = new_n;
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
  else if (new_n > old_n && self->grow_source == 0 && grow (self))
    /* The rest after each frame: idle time comes after the frame clock's. */
    self->grow_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_cb, self, NULL);

  /* The rows on screen now, the others a batch at a time. */
  for (guint i = 0; i < held->len; i++)
    {
      FlRecordingRow *held_row = g_ptr_array_index (held, i);

      if (is_visible (self, fl_recording_row_get_position (held_row)))
        {
          g_hash_table_remove (self->stale, held_row);
          refresh_row (self, held_row);
        }
      else
        g_hash_table_add (self->stale, g_object_ref (held_row));
    }

  /* Once the list is quiet, after the frame that shows the rows on screen. */
  g_clear_handle_id (&self->stale_source, g_source_remove);
  if (g_hash_table_size (self->stale) > 0)
    self->stale_source = g_timeout_add_full (G_PRIORITY_LOW, STALE_DELAY_MS, quiet_cb, self, NULL);
}

static GType
fl_recording_rows_get_item_type (GListModel *model)
{
  return FL_TYPE_RECORDING_ROW;
}

static guint
fl_recording_rows_get_n_items (GListModel *model)
{
  return FL_RECORDING_ROWS (model)->n_items;
}

static gpointer
fl_recording_rows_get_item (GListModel *model,
                            guint       position)
{
  FlRecordingRows *self = FL_RECORDING_ROWS (model);
  g_autoptr(FlRecording) recording = NULL;
  FlRecordingRow *row;

  if (position >= self->n_items)
    return NULL;
  row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));
  if (row != NULL)
    {
      /* Asked for (the selection, a row scrolled into view): up to date. */
      g_object_ref (row);
      if (g_hash_table_remove (self->stale, row))
        refresh_row (self, row);
      return row;
    }

  recording = recording_at (self, position);
  row = fl_recording_row_new (position, recording);
  g_object_weak_ref (G_OBJECT (row), row_finalized_cb, self);
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (position), row);
  return row;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fl_recording_rows_get_item_type;
  iface->get_n_items = fl_recording_rows_get_n_items;
  iface->get_item = fl_recording_rows_get_item;
}

static void
fl_recording_rows_dispose (GObject *object)
{
  FlRecordingRows *self = FL_RECORDING_ROWS (object);
  GHashTableIter iter;
  gpointer row;

  g_clear_handle_id (&self->stale_source, g_source_remove);
  g_clear_handle_id (&self->grow_source, g_source_remove);
  g_hash_table_remove_all (self->stale);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    g_object_weak_unref (row, row_finalized_cb, self);
  g_hash_table_remove_all (self->rows);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, list_items_changed_cb, self);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (fl_recording_rows_parent_class)->dispose (object);
}

static void
fl_recording_rows_finalize (GObject *object)
{
  FlRecordingRows *self = FL_RECORDING_ROWS (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->stale, g_hash_table_unref);

  G_OBJECT_CLASS (fl_recording_rows_parent_class)->finalize (object);
}

static void
fl_recording_rows_class_init (FlRecordingRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fl_recording_rows_dispose;
  object_class->finalize = fl_recording_rows_finalize;
}

static void
fl_recording_rows_init (FlRecordingRows *self)
{
  self->rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->stale = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
  /* Until a view tells what it shows, every row is on screen. */
  self->visible_n = G_MAXUINT;
}

FlRecordingRows *
fl_recording_rows_new (FlRecordingList *list)
{
  FlRecordingRows *self;

  g_return_val_if_fail (FL_IS_RECORDING_LIST (list), NULL);

  self = g_object_new (FL_TYPE_RECORDING_ROWS, NULL);
  self->list = g_object_ref (list);
  self->n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_signal_connect_object (list, "items-changed", G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

FlRecordingList *
fl_recording_rows_get_list (FlRecordingRows *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_ROWS (self), NULL);
  return self->list;
}

/**
 * fl_recording_rows_set_visible:
 * @first: the first row on screen
 * @n: how many rows are on screen
 *
 * When the list changes, the rows on screen are given their new recordings
 * at once and the others (a list view holds rows above and below what it
 * shows) a batch at a time in idle time; a row asked for with
 * g_list_model_get_item() is always up to date.
 */
void
fl_recording_rows_set_visible (FlRecordingRows *self,
                               guint            first,
                               guint            n)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (FL_IS_RECORDING_ROWS (self));

  self->visible_first = first;
  self->visible_n = n;

  /* Scrolled to rows not given their recordings yet: before they are seen. */
  g_hash_table_iter_init (&iter, self->stale);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    if (is_visible (self, fl_recording_row_get_position (row)))
      {
        g_hash_table_iter_steal (&iter);
        refresh_row (self, row);
        g_object_unref (row);
      }
}
