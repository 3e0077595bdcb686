/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-rows"

#include "config.h"

#include "fl-recording-row-private.h"
#include "fl-recording-rows.h"

struct _FlRecordingRows
{
  GObject          parent_instance;

  FlRecordingList *list;
  guint            n_items;     /* what this model has told */
  GHashTable      *rows;        /* position → FlRecordingRow, not owned: the rows someone holds */
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
        }
      else if (GPOINTER_TO_UINT (key) >= position)
        g_ptr_array_add (held, g_object_ref (row));
    }

  self->n_items = new_n;
  if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
  else if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);

  for (guint i = 0; i < held->len; i++)
    {
      FlRecordingRow *held_row = g_ptr_array_index (held, i);
      g_autoptr(FlRecording) recording = recording_at (self, fl_recording_row_get_position (held_row));

      fl_recording_row_set_recording (held_row, recording);
    }
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
    return g_object_ref (row);

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
