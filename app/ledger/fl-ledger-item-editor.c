/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-ledger-item-editor.h"
#include "fl-ledger-name-choices.h"

/* What the kind drop-down lists, in its order. */
enum { KIND_ASSET, KIND_CONSUMABLE };

struct _FlLedgerItemEditor
{
  FlFormDialog         parent_instance;

  FlLedgerService     *service;
  FlSession           *actor;
  gint64               item_id;          /* 0: a new item */
  GArray              *category_ids;     /* gint64 per drop-down entry; 0: none */

  /* Template widgets */
  GtkEntry            *name_entry;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *category_dropdown;
  AdwPreferencesGroup *consumable_group;
  AdwPreferencesGroup *asset_group;
  AdwPreferencesGroup *active_group;
  GtkEntry            *unit_entry;
  GtkSpinButton       *reorder_spin;
  GtkSwitch           *loanable_switch;
  GtkSwitch           *active_switch;
};

G_DEFINE_FINAL_TYPE (FlLedgerItemEditor, fl_ledger_item_editor, FL_TYPE_FORM_DIALOG)

static void
kind_changed_cb (FlLedgerItemEditor *self)
{
  gboolean asset = gtk_drop_down_get_selected (self->kind_dropdown) == KIND_ASSET;

  gtk_widget_set_visible (GTK_WIDGET (self->consumable_group), !asset);
  gtk_widget_set_visible (GTK_WIDGET (self->asset_group), asset);
}

static gint64
fl_ledger_item_editor_save (FlFormDialog  *dialog,
                            GError       **error)
{
  FlLedgerItemEditor *self = FL_LEDGER_ITEM_EDITOR (dialog);
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  g_autofree char *unit = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->unit_entry))));
  FlLedgerItemFields fields = {
    .id = self->item_id,
    .kind = gtk_drop_down_get_selected (self->kind_dropdown) == KIND_ASSET ? FL_ITEM_ASSET : FL_ITEM_CONSUMABLE,
    .name = (char *) gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
    .category_id = self->category_ids != NULL && category < self->category_ids->len
                     ? g_array_index (self->category_ids, gint64, category) : 0,
    .unit = unit,
    .reorder_level = gtk_spin_button_get_value_as_int (self->reorder_spin),
    .loanable = gtk_switch_get_active (self->loanable_switch),
    .active = gtk_switch_get_active (self->active_switch),
  };

  return fl_ledger_service_save_item (self->service, self->actor, &fields, error);
}

/* "No category" and the catalog's, choosing @category_id's. */
static void
fill_categories (FlLedgerItemEditor *self,
                 gint64              category_id)
{
  g_autoptr(GListModel) categories = fl_ledger_service_list_categories (self->service, self->actor, NULL);
  g_autoptr(GtkStringList) names = fl_ledger_name_choices (categories, _("No category"), &self->category_ids);

  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->category_dropdown, fl_ledger_name_choice_of (self->category_ids, category_id));
}

static void
show_item (FlLedgerItemEditor *self,
           FlLedgerItem       *item)
{
  const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);

  self->item_id = fields->id;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), fields->name);
  gtk_drop_down_set_selected (self->kind_dropdown, fields->kind == FL_ITEM_ASSET ? KIND_ASSET : KIND_CONSUMABLE);
  /* The ledger counts an item one way for good. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), fields->unit);
  gtk_spin_button_set_value (self->reorder_spin, fields->reorder_level);
  gtk_switch_set_active (self->loanable_switch, fields->loanable);
  gtk_switch_set_active (self->active_switch, fields->active);
  gtk_widget_set_visible (GTK_WIDGET (self->active_group), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Item"));
}

static void
fl_ledger_item_editor_dispose (GObject *object)
{
  FlLedgerItemEditor *self = FL_LEDGER_ITEM_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_ITEM_EDITOR);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->category_ids, g_array_unref);

  G_OBJECT_CLASS (fl_ledger_item_editor_parent_class)->dispose (object);
}

static void
fl_ledger_item_editor_class_init (FlLedgerItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_item_editor_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_ledger_item_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, consumable_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, asset_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, active_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, reorder_spin);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, loanable_switch);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemEditor, active_switch);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
}

static void
fl_ledger_item_editor_init (FlLedgerItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kind_changed_cb (self);
}

GtkWidget *
fl_ledger_item_editor_new (GtkWidget       *parent,
                           FlLedgerService *service,
                           FlSession       *actor,
                           FlLedgerItem    *item)
{
  FlLedgerItemEditor *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);
  g_return_val_if_fail (item == NULL || FL_IS_LEDGER_ITEM (item), NULL);

  self = g_object_new (FL_TYPE_LEDGER_ITEM_EDITOR, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  if (item != NULL)
    show_item (self, item);
  else
    gtk_drop_down_set_selected (self->kind_dropdown, KIND_CONSUMABLE);
  fill_categories (self, item != NULL ? fl_ledger_item_get_fields (item)->category_id : 0);
  return GTK_WIDGET (self);
}
