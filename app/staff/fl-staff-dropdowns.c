/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-staff-dropdowns"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-department.h"
#include "fl-staff-dropdowns.h"
#include "fl-staff-member.h"
#include "fl-team.h"

static char *
describe_item (GObject *item,
               gint64  *id)
{
  if (FL_IS_TEAM (item))
    {
      *id = fl_team_get_id (FL_TEAM (item));
      return g_strdup (fl_team_get_name (FL_TEAM (item)));
    }

  if (FL_IS_DEPARTMENT (item))
    {
      *id = fl_department_get_id (FL_DEPARTMENT (item));
      return g_strdup (fl_department_get_name (FL_DEPARTMENT (item)));
    }

  if (FL_IS_STAFF_MEMBER (item))
    {
      FlStaffMember *member = FL_STAFF_MEMBER (item);
      g_autofree char *name = fl_staff_member_dup_display_name (member);

      *id = fl_staff_member_get_id (member);
      /* Translators: a person in a dropdown: the job number (工号), then the name */
      return g_strdup_printf (_("%s · %s"), fl_staff_member_get_job_number (member), name);
    }

  g_assert_not_reached ();
}

/**
 * fl_staff_dropdown_fill:
 * @dropdown: the dropdown to fill
 * @none_label: (nullable): the entry that stands for "none" (id 0), first
 * @items: (nullable): FlTeam, FlDepartment or FlStaffMember objects
 * @selected_id: the id to select, or 0
 * @selected_label: (nullable): how to show @selected_id when @items lacks it
 *   (a departed lead, say), so that saving never changes it behind the user's back
 *
 * Returns: (transfer full): the id of each entry, in order
 */
GArray *
fl_staff_dropdown_fill (GtkDropDown *dropdown,
                        const char  *none_label,
                        GListModel  *items,
                        gint64       selected_id,
                        const char  *selected_label)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint selected = 0;
  gboolean found = (selected_id == 0);
  guint n_items = items != NULL ? g_list_model_get_n_items (items) : 0;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), ids);

  if (none_label != NULL)
    {
      gint64 none = 0;

      gtk_string_list_append (labels, none_label);
      g_array_append_val (ids, none);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *label = NULL;
      gint64 id = 0;

      label = describe_item (item, &id);
      gtk_string_list_append (labels, label);
      g_array_append_val (ids, id);
      if (!found && id == selected_id)
        {
          selected = ids->len - 1;
          found = TRUE;
        }
    }

  if (!found)
    {
      gtk_string_list_append (labels, selected_label != NULL ? selected_label : "");
      g_array_append_val (ids, selected_id);
      selected = ids->len - 1;
    }

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_enable_search (dropdown, n_items > 10);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, selected);

  return ids;
}

/* The id of the selected entry, 0 for "none" or no selection. */
gint64
fl_staff_dropdown_get_id (GtkDropDown *dropdown,
                          GArray      *ids)
{
  guint selected;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), 0);
  g_return_val_if_fail (ids != NULL, 0);

  selected = gtk_drop_down_get_selected (dropdown);
  if (selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}
