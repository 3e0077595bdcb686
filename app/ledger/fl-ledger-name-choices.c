/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-ledger-name-choices.h"

GtkStringList *
fl_ledger_name_choices (GListModel  *names,
                        const char  *none,
                        GArray     **ids)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  gint64 none_id = 0;

  g_return_val_if_fail (ids != NULL, NULL);

  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (choices, none);
  g_array_append_val (*ids, none_id);
  for (guint i = 0; names != NULL && i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(FlLedgerName) name = g_list_model_get_item (names, i);
      gint64 id = fl_ledger_name_get_id (name);

      gtk_string_list_append (choices, fl_ledger_name_get_name (name));
      g_array_append_val (*ids, id);
    }
  return choices;
}

guint
fl_ledger_name_choice_of (GArray *ids,
                          gint64  id)
{
  for (guint i = 0; id != 0 && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}
