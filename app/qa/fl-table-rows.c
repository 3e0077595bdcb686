/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-table-rows"

#include "config.h"

#include "fl-table-rows.h"

/* Rows a table gets at a time: the first screenful at once, the rest a
 * batch per turn of the main loop, so that a click (say on another tab)
 * is handled between batches instead of after 300 agents' rows. */
#define ROWS_PER_STEP 20

typedef struct
{
  GListStore *store;
  GPtrArray  *items;
  guint       next;
} Filling;

static void
filling_free (gpointer data)
{
  Filling *filling = data;

  g_ptr_array_unref (filling->items);
  g_free (filling);
}

static void
remove_source (gpointer id)
{
  g_source_remove (GPOINTER_TO_UINT (id));
}

/* Replaces the next batch of rows in place (the old rows' widgets go a
 * batch at a time too); the last batch also drops old rows left over. */
static gboolean
fill_step (gpointer data)
{
  Filling *filling = data;
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (filling->store));
  guint n = MIN (ROWS_PER_STEP, filling->items->len - filling->next);
  gboolean last = filling->next + n == filling->items->len;
  guint removed = filling->next >= n_rows ? 0 : last ? n_rows - filling->next : MIN (n, n_rows - filling->next);

  g_list_store_splice (filling->store, filling->next, removed, filling->items->pdata + filling->next, n);
  filling->next += n;
  if (!last)
    return G_SOURCE_CONTINUE;
  g_object_steal_data (G_OBJECT (filling->store), "filling-source");
  return G_SOURCE_REMOVE;
}

/* All of @store's rows become @rows (none when NULL): row by row, the
 * table would lay itself out again for each of 300 agents, and all at
 * once it keeps the window from answering for a fifth of a second (the
 * dashboard's window benchmark, on the QA Programme's 300 agents). */
static void
replace_rows (GListStore *store,
              GListModel *rows)
{
  Filling *filling = g_new0 (Filling, 1);
  guint id;

  g_object_set_data (G_OBJECT (store), "filling-source", NULL);
  filling->store = store;
  filling->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (filling->items, g_list_model_get_item (rows, i));
  if (!fill_step (filling))
    {
      filling_free (filling);
      return;
    }
  id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_step, filling, filling_free);
  g_object_set_data_full (G_OBJECT (store), "filling-source", GUINT_TO_POINTER (id), remove_source);
}

void
fl_table_rows_set (GtkWidget  *view,
                   GListStore *store,
                   GListModel *rows)
{
  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (rows == NULL || G_IS_LIST_MODEL (rows));

  if (rows == NULL || g_list_model_get_n_items (rows) == 0 || gtk_widget_get_mapped (view))
    {
      g_object_set_data (G_OBJECT (view), "pending-rows", NULL);
      replace_rows (store, rows);
      return;
    }
  g_object_set_data_full (G_OBJECT (view), "pending-rows", g_object_ref (rows), g_object_unref);
}

static void
view_mapped_cb (GtkWidget  *view,
                GListStore *store)
{
  g_autoptr(GListModel) rows = g_object_steal_data (G_OBJECT (view), "pending-rows");

  if (rows != NULL)
    replace_rows (store, rows);
}

void
fl_table_rows_track (GtkWidget  *view,
                     GListStore *store)
{
  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (G_IS_LIST_STORE (store));

  g_signal_connect_object (view, "map", G_CALLBACK (view_mapped_cb), store, 0);
}
