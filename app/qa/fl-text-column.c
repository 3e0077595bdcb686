/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-text-column"

#include "config.h"

#include "fl-text-column.h"

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (numeric) ? 1.0f : 0.0f);
  if (GPOINTER_TO_INT (numeric))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  numeric)
{
  FlTextColumnFunc text_func = g_object_get_data (G_OBJECT (factory), "text-func");
  g_autofree char *text = text_func (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
bind_field_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  numeric)
{
  FlFieldsFunc fields_func = g_object_get_data (G_OBJECT (factory), "fields-func");
  gsize offset = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (factory), "string-offset"));
  const char *text = G_STRUCT_MEMBER (const char *, fields_func (gtk_list_item_get_item (item)), offset);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static GtkColumnViewColumn *
append_column (GtkColumnView      *view,
               const char         *title,
               GtkListItemFactory *factory)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

GtkColumnViewColumn *
fl_text_column_add_field (GtkColumnView *view,
                          const char    *title,
                          FlFieldsFunc   fields_func,
                          gsize          string_offset)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (fields_func != NULL, NULL);

  g_object_set_data (G_OBJECT (factory), "fields-func", fields_func);
  g_object_set_data (G_OBJECT (factory), "string-offset", GSIZE_TO_POINTER (string_offset));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_field_cb), NULL);
  return append_column (view, title, factory);
}

GtkColumnViewColumn *
fl_text_column_add (GtkColumnView    *view,
                    const char       *title,
                    FlTextColumnFunc  text_func,
                    gboolean          numeric)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (text_func != NULL, NULL);

  g_object_set_data (G_OBJECT (factory), "text-func", text_func);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (numeric));
  return append_column (view, title, factory);
}
