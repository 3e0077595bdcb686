/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-stocktake-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-stocktake-dialog.h"

/* The most of one item a store holds. */
#define MAX_COUNT 999999

struct _FlStocktakeDialog
{
  FlFormDialog         parent_instance;

  FlLedgerService     *service;
  FlSession           *actor;
  GArray              *item_ids;   /* gint64, one per spin */
  GPtrArray           *spins;
  guint                n_adjusted;

  /* Template widgets */
  GtkEntry            *reason_entry;
  AdwPreferencesGroup *items_group;
};

G_DEFINE_FINAL_TYPE (FlStocktakeDialog, fl_stocktake_dialog, FL_TYPE_FORM_DIALOG)

static gint64
fl_stocktake_dialog_save (FlFormDialog  *dialog,
                          GError       **error)
{
  FlStocktakeDialog *self = FL_STOCKTAKE_DIALOG (dialog);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (FlStockCount));

  for (guint i = 0; i < self->spins->len; i++)
    {
      GtkSpinButton *spin = g_ptr_array_index (self->spins, i);
      FlStockCount count = { g_array_index (self->item_ids, gint64, i), 0 };

      gtk_spin_button_update (spin);
      count.counted = gtk_spin_button_get_value_as_int (spin);
      g_array_append_val (counts, count);
    }
  if (!fl_ledger_service_stocktake (self->service, self->actor, (const FlStockCount *) (gpointer) counts->data,
                                    counts->len, gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)),
                                    &self->n_adjusted, error))
    return 0;
  return 1;
}

guint
fl_stocktake_dialog_get_n_adjusted (FlStocktakeDialog *self)
{
  g_return_val_if_fail (FL_IS_STOCKTAKE_DIALOG (self), 0);

  return self->n_adjusted;
}

static void
fl_stocktake_dialog_dispose (GObject *object)
{
  FlStocktakeDialog *self = FL_STOCKTAKE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_STOCKTAKE_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->item_ids, g_array_unref);
  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (fl_stocktake_dialog_parent_class)->dispose (object);
}

static void
fl_stocktake_dialog_class_init (FlStocktakeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_stocktake_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_stocktake_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-stocktake-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlStocktakeDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, FlStocktakeDialog, items_group);
}

static void
fl_stocktake_dialog_init (FlStocktakeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->spins = g_ptr_array_new ();
}

GtkWidget *
fl_stocktake_dialog_new (GtkWidget       *parent,
                         FlLedgerService *service,
                         FlSession       *actor,
                         GListModel      *items)
{
  FlStocktakeDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_STOCKTAKE_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);
      const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);
      GtkWidget *row, *spin;

      if (fields->kind != FL_ITEM_CONSUMABLE || !fields->active)
        continue;
      row = adw_action_row_new ();
      spin = gtk_spin_button_new_with_range (0, MAX_COUNT, 1);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fields->unit);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), fields->on_hand);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, fields->name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->items_group, row);
      g_array_append_val (self->item_ids, fields->id);
      g_ptr_array_add (self->spins, spin);
    }
  return GTK_WIDGET (self);
}
