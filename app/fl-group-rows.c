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

typedef struct
{
  FlGroupRowsEditFunc  clicked;
  gpointer             owner;
  GObject             *item;
} EditTarget;

static void
edit_target_free (gpointer data,
                  GClosure *closure)
{
  EditTarget *target = data;

  g_clear_object (&target->item);
  g_free (target);
}

static void
edit_clicked_cb (GtkButton  *button,
                 EditTarget *target)
{
  target->clicked (target->owner, target->item);
}

void
fl_group_rows_add_edit_button (AdwActionRow        *row,
                               const char          *label,
                               GObject             *item,
                               FlGroupRowsEditFunc  clicked,
                               gpointer             owner)
{
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  EditTarget *target = g_new0 (EditTarget, 1);

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  target->clicked = clicked;
  target->owner = owner;
  target->item = g_object_ref (item);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The row goes with its group, and its owner outlives it. */
  g_signal_connect_data (edit, "clicked", G_CALLBACK (edit_clicked_cb), target, edit_target_free, 0);
  adw_action_row_add_suffix (row, edit);
}
