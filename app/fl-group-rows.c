/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-group-rows.h"

#define ROWS_KEY "fl-group-rows"

void
fl_group_rows_clear (AdwPreferencesGroup *group)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), ROWS_KEY);

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_object_set_data_full (G_OBJECT (group), ROWS_KEY, g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
}

void
fl_group_rows_add (AdwPreferencesGroup *group,
                   GtkWidget           *row)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), ROWS_KEY);

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  if (rows == NULL)
    {
      fl_group_rows_clear (group);
      rows = g_object_get_data (G_OBJECT (group), ROWS_KEY);
    }
  g_ptr_array_add (rows, row);
  adw_preferences_group_add (group, row);
}
