/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-supply-issue-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-supply-issue-dialog.h"

struct _FlSupplyIssueDialog
{
  FlFormDialog         parent_instance;

  FlLedgerService     *service;
  FlSession           *actor;
  FlSupplyLine        *line;
  GPtrArray           *checks;   /* GtkSwitch, each with its tag as "fl-tag" */

  /* Template widgets */
  AdwPreferencesGroup *line_group;
  AdwActionRow        *quantity_row;
  GtkSpinButton       *quantity_spin;
  AdwPreferencesGroup *assets_group;
};

G_DEFINE_FINAL_TYPE (FlSupplyIssueDialog, fl_supply_issue_dialog, FL_TYPE_FORM_DIALOG)

static gint64
fl_supply_issue_dialog_save (FlFormDialog  *dialog,
                             GError       **error)
{
  FlSupplyIssueDialog *self = FL_SUPPLY_ISSUE_DIALOG (dialog);
  const FlSupplyLineFields *line = fl_supply_line_get_fields (self->line);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();

  if (line->kind == FL_ITEM_CONSUMABLE)
    {
      gtk_spin_button_update (self->quantity_spin);
      return fl_ledger_service_issue_line (self->service, self->actor, line->id,
                                           gtk_spin_button_get_value_as_int (self->quantity_spin), NULL, error)
             ? line->id : 0;
    }
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_switch_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (tags, g_object_get_data (G_OBJECT (g_ptr_array_index (self->checks, i)), "fl-tag"));
  if (tags->len == 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Choose the assets handed over by their tags."));
      return 0;
    }
  g_ptr_array_add (tags, NULL);
  return fl_ledger_service_issue_line (self->service, self->actor, line->id, (int) tags->len - 1,
                                       (const char * const *) tags->pdata, error)
         ? line->id : 0;
}

static void
fl_supply_issue_dialog_dispose (GObject *object)
{
  FlSupplyIssueDialog *self = FL_SUPPLY_ISSUE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SUPPLY_ISSUE_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_object (&self->line);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (fl_supply_issue_dialog_parent_class)->dispose (object);
}

static void
fl_supply_issue_dialog_class_init (FlSupplyIssueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_supply_issue_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_supply_issue_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-supply-issue-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlSupplyIssueDialog, line_group);
  gtk_widget_class_bind_template_child (widget_class, FlSupplyIssueDialog, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, FlSupplyIssueDialog, quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, FlSupplyIssueDialog, assets_group);
}

static void
fl_supply_issue_dialog_init (FlSupplyIssueDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_ptr_array_new_with_free_func (g_object_unref);
}

/* A row for an asset in the store: its tag, and a switch to hand it over
 * (GTK 4.8 gives a check button no action a screen reader can press). */
static void
add_asset_row (FlSupplyIssueDialog *self,
               FlLedgerAsset       *asset)
{
  const FlLedgerAssetFields *fields = fl_ledger_asset_get_fields (asset);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_switch_new ();
  g_autofree char *subtitle = fl_ledger_asset_describe_details (asset);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->tag);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, fields->tag, -1);
  g_object_set_data_full (G_OBJECT (check), "fl-tag", g_strdup (fields->tag), g_free);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->assets_group, row);
  g_ptr_array_add (self->checks, g_object_ref (check));
}

GtkWidget *
fl_supply_issue_dialog_new (GtkWidget       *parent,
                            FlLedgerService *service,
                            FlSession       *actor,
                            FlSupplyLine    *line)
{
  const FlSupplyLineFields *fields = fl_supply_line_get_fields (line);
  FlSupplyIssueDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  int outstanding = fields->quantity - fields->issued;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_SUPPLY_ISSUE_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  self->line = g_object_ref (line);
  /* Translators: the title of the dialog issuing an item to a person: the item, and to whom */
  title = g_strdup_printf (_("%1$s for %2$s"), fields->item_name, fields->receiver_name);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d still to issue of those approved; %d in the store.",
                                              "%d still to issue of those approved; %d in the store.", outstanding),
                                 outstanding, fields->on_hand);
  adw_preferences_group_set_title (self->line_group, title);
  adw_preferences_group_set_description (self->line_group, description);
  if (fields->kind == FL_ITEM_CONSUMABLE)
    {
      int most = MAX (1, MIN (outstanding, fields->on_hand));

      gtk_spin_button_set_range (self->quantity_spin, 1, most);
      gtk_spin_button_set_value (self->quantity_spin, most);
      gtk_widget_set_visible (GTK_WIDGET (self->assets_group), FALSE);
      fl_form_dialog_set_first_field (FL_FORM_DIALOG (self), GTK_WIDGET (self->quantity_spin));
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) assets = fl_ledger_service_list_assets (service, actor, fields->item_id, &error);

      gtk_widget_set_visible (GTK_WIDGET (self->quantity_row), FALSE);
      if (assets == NULL)
        fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
      for (guint i = 0; assets != NULL && i < g_list_model_get_n_items (assets); i++)
        {
          g_autoptr(FlLedgerAsset) asset = g_list_model_get_item (assets, i);

          if (fl_ledger_asset_get_fields (asset)->status == FL_ASSET_AVAILABLE)
            add_asset_row (self, asset);
        }
      if (self->checks->len > 0)
        fl_form_dialog_set_first_field (FL_FORM_DIALOG (self), g_ptr_array_index (self->checks, 0));
      else
        adw_preferences_group_set_description (self->assets_group,
                                               _("None is in the store: ask to buy them under Purchases."));
    }
  return GTK_WIDGET (self);
}
