/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-supply-request-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-staff-member.h"
#include "fl-supply-request-dialog.h"

/* At most this many of one item in one request. */
#define MAX_QUANTITY 999

/* One item's row, and what was asked of it. */
typedef struct
{
  gint64     item_id;
  char      *folded;     /* the name and category, for finding it */
  GtkWidget *row;
  GtkWidget *quantity;
  GtkWidget *reason;
} ItemRow;

struct _FlSupplyRequestDialog
{
  FlFormDialog     parent_instance;

  FlLedgerService *service;
  FlSession       *actor;
  GArray          *staff_ids;   /* gint64, as person_dropdown lists them; 0: the team */
  GArray          *item_rows;   /* ItemRow */

  /* Template widgets */
  GtkDropDown     *person_dropdown;
  GtkEntry        *note_entry;
  AdwPreferencesGroup *items_group;
  GtkSearchEntry  *search_entry;
};

G_DEFINE_FINAL_TYPE (FlSupplyRequestDialog, fl_supply_request_dialog, FL_TYPE_FORM_DIALOG)

static void
item_row_clear (ItemRow *item)
{
  g_free (item->folded);
}

static void
search_changed_cb (FlSupplyRequestDialog *self)
{
  g_autofree char *wanted = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);

  for (guint i = 0; i < self->item_rows->len; i++)
    {
      ItemRow *item = &g_array_index (self->item_rows, ItemRow, i);

      gtk_widget_set_visible (item->row, strstr (item->folded, g_strstrip (wanted)) != NULL);
    }
}

static gint64
fl_supply_request_dialog_save (FlFormDialog  *dialog,
                               GError       **error)
{
  FlSupplyRequestDialog *self = FL_SUPPLY_REQUEST_DIALOG (dialog);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (FlSupplyLineDraft));
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  guint selected = gtk_drop_down_get_selected (self->person_dropdown);
  FlSupplyDraft draft = { 0 };

  for (guint i = 0; i < self->item_rows->len; i++)
    {
      ItemRow *item = &g_array_index (self->item_rows, ItemRow, i);
      int quantity;
      char *reason;

      gtk_spin_button_update (GTK_SPIN_BUTTON (item->quantity));
      quantity = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (item->quantity));
      if (quantity <= 0)
        continue;
      reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->reason))));
      g_ptr_array_add (reasons, reason);
      g_array_append_vals (lines, &(FlSupplyLineDraft) { item->item_id, quantity, reason }, 1);
    }
  if (lines->len == 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Nothing is asked for yet: set how many of an item you need."));
      return 0;
    }
  if (selected < self->staff_ids->len)
    draft.for_staff_id = g_array_index (self->staff_ids, gint64, selected);
  draft.note = note;
  draft.lines = (const FlSupplyLineDraft *) (gpointer) lines->data;
  draft.n_lines = lines->len;
  return fl_ledger_service_file_request (self->service, self->actor, &draft, error);
}

static void
fl_supply_request_dialog_dispose (GObject *object)
{
  FlSupplyRequestDialog *self = FL_SUPPLY_REQUEST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SUPPLY_REQUEST_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->item_rows, g_array_unref);

  G_OBJECT_CLASS (fl_supply_request_dialog_parent_class)->dispose (object);
}

static void
fl_supply_request_dialog_class_init (FlSupplyRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_supply_request_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_supply_request_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-supply-request-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlSupplyRequestDialog, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlSupplyRequestDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FlSupplyRequestDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, FlSupplyRequestDialog, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
fl_supply_request_dialog_init (FlSupplyRequestDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->item_rows = g_array_new (FALSE, TRUE, sizeof (ItemRow));
  g_array_set_clear_func (self->item_rows, (GDestroyNotify) item_row_clear);
}

static void
add_item_row (FlSupplyRequestDialog *self,
              FlLedgerItem          *ledger_item)
{
  const FlLedgerItemFields *fields = fl_ledger_item_get_fields (ledger_item);
  g_autofree char *stock = fl_ledger_item_describe_stock (ledger_item);
  g_autofree char *subtitle = fields->category != NULL ? g_strdup_printf (_("%1$s · %2$s"), fields->category, stock)
                                                       : g_strdup (stock);
  /* Translators: %s is an item's name, for a screen reader */
  g_autofree char *reason_label = g_strdup_printf (_("Reason for %s"), fields->name);
  g_autofree char *searched = g_strdup_printf ("%s %s", fields->name, fields->category ? fields->category : "");
  ItemRow item = {
    .item_id = fields->id,
    .folded = g_utf8_casefold (searched, -1),
    .row = adw_action_row_new (),
    .quantity = gtk_spin_button_new_with_range (0, MAX_QUANTITY, 1),
    .reason = gtk_entry_new (),
  };

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item.row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item.row), fields->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (item.row), subtitle);
  gtk_widget_set_valign (item.reason, GTK_ALIGN_CENTER);
  gtk_entry_set_max_length (GTK_ENTRY (item.reason), FL_LEDGER_TEXT_MAX);
  gtk_editable_set_width_chars (GTK_EDITABLE (item.reason), 14);
  gtk_entry_set_placeholder_text (GTK_ENTRY (item.reason), _("Why"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (item.reason), GTK_ACCESSIBLE_PROPERTY_LABEL, reason_label, -1);
  gtk_widget_set_valign (item.quantity, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (item.quantity), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item.quantity), GTK_ACCESSIBLE_PROPERTY_LABEL, fields->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("How many"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (item.row), item.reason);
  adw_action_row_add_suffix (ADW_ACTION_ROW (item.row), item.quantity);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item.row), item.quantity);
  adw_preferences_group_add (self->items_group, item.row);
  g_array_append_val (self->item_rows, item);
}

GtkWidget *
fl_supply_request_dialog_new (GtkWidget       *parent,
                              FlLedgerService *service,
                              FlSession       *actor,
                              GListModel      *people,
                              GListModel      *items)
{
  FlSupplyRequestDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 team = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_SUPPLY_REQUEST_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  if (fl_session_get_staff_id (actor) != 0)
    {
      gtk_string_list_append (names, _("The team"));
      g_array_append_val (self->staff_ids, team);
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FlStaffMember) member = g_list_model_get_item (people, i);
      gint64 id = fl_staff_member_get_id (member);

      gtk_string_list_append (names, fl_staff_member_get_name (member));
      g_array_append_val (self->staff_ids, id);
    }
  gtk_drop_down_set_model (self->person_dropdown, G_LIST_MODEL (names));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);

      if (fl_ledger_item_get_fields (item)->active)
        add_item_row (self, item);
    }
  return GTK_WIDGET (self);
}
