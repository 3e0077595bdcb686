/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-loan-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-loan-dialog.h"
#include "fl-staff-service.h"

/* A loan's first proposed length, in days. */
#define DEFAULT_LOAN_DAYS 7

struct _FlLoanDialog
{
  FlFormDialog     parent_instance;

  FlLedgerService *service;
  FlSession       *actor;
  GPtrArray       *tags;        /* as asset_row lists them */
  GArray          *staff_ids;   /* gint64, as person_row lists them */

  /* Template widgets */
  AdwComboRow     *asset_row;
  AdwComboRow     *person_row;
  GtkEntry        *due_entry;
  GtkEntry        *purpose_entry;
};

G_DEFINE_FINAL_TYPE (FlLoanDialog, fl_loan_dialog, FL_TYPE_FORM_DIALOG)

static gint64
fl_loan_dialog_save (FlFormDialog  *dialog,
                     GError       **error)
{
  FlLoanDialog *self = FL_LOAN_DIALOG (dialog);
  guint asset = adw_combo_row_get_selected (self->asset_row);
  guint person = adw_combo_row_get_selected (self->person_row);
  g_autofree char *due = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_entry))));

  if (asset >= self->tags->len)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND,
                           _("No equipment to lend is in the store."));
      return 0;
    }
  if (person >= self->staff_ids->len)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("Choose whom it is lent to."));
      return 0;
    }
  return fl_ledger_service_lend (self->service, self->actor, g_ptr_array_index (self->tags, asset),
                                 g_array_index (self->staff_ids, gint64, person), due,
                                 gtk_editable_get_text (GTK_EDITABLE (self->purpose_entry)), error);
}

static void
fl_loan_dialog_dispose (GObject *object)
{
  FlLoanDialog *self = FL_LOAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LOAN_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (fl_loan_dialog_parent_class)->dispose (object);
}

static void
fl_loan_dialog_class_init (FlLoanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_loan_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_loan_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-loan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLoanDialog, asset_row);
  gtk_widget_class_bind_template_child (widget_class, FlLoanDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, FlLoanDialog, due_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLoanDialog, purpose_entry);
}

static void
fl_loan_dialog_init (FlLoanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* The loanable assets in the store, as "Projector · PJ-01". */
static void
list_assets (FlLoanDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = fl_ledger_service_list_stock (self->service, self->actor, &error);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);
      const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);
      g_autoptr(GListModel) assets = NULL;

      if (fields->kind != FL_ITEM_ASSET || !fields->loanable || fields->on_hand == 0)
        continue;
      if (!(assets = fl_ledger_service_list_assets (self->service, self->actor, fields->id, &error)))
        break;
      for (guint j = 0; assets != NULL && j < g_list_model_get_n_items (assets); j++)
        {
          g_autoptr(FlLedgerAsset) asset = g_list_model_get_item (assets, j);
          const FlLedgerAssetFields *asset_fields = fl_ledger_asset_get_fields (asset);
          g_autofree char *name = NULL;

          if (asset_fields->status != FL_ASSET_AVAILABLE)
            continue;
          /* Translators: an asset to lend: its item, and its tag */
          name = g_strdup_printf (_("%1$s · %2$s"), fields->name, asset_fields->tag);
          gtk_string_list_append (names, name);
          g_ptr_array_add (self->tags, g_strdup (asset_fields->tag));
        }
    }
  if (error != NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  adw_combo_row_set_model (self->asset_row, G_LIST_MODEL (names));
}

/* Everyone at the center now. */
static void
list_people (FlLoanDialog *self,
             FlDatabase   *database)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (database, self->actor);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) everyone = fl_staff_service_list_staff (staff, NULL, FALSE, &error);

  if (everyone == NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  for (guint i = 0; everyone != NULL && i < g_list_model_get_n_items (everyone); i++)
    {
      g_autoptr(FlStaffMember) member = g_list_model_get_item (everyone, i);
      gint64 id = fl_staff_member_get_id (member);

      gtk_string_list_append (names, fl_staff_member_get_name (member));
      g_array_append_val (self->staff_ids, id);
    }
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
}

GtkWidget *
fl_loan_dialog_new (GtkWidget       *parent,
                    FlDatabase      *database,
                    FlLedgerService *service,
                    FlSession       *actor)
{
  FlLoanDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = g_date_time_add_days (now, DEFAULT_LOAN_DAYS);
  g_autofree char *due_text = g_date_time_format (due, "%Y-%m-%d");

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_LOAN_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), due_text);
  list_assets (self);
  list_people (self, database);
  return GTK_WIDGET (self);
}
