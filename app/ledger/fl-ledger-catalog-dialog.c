/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-catalog-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-ledger-catalog-dialog.h"

/* Which list a name belongs to. */
typedef enum
{
  LIST_CATEGORIES,
  LIST_LOCATIONS,
} List;

struct _FlLedgerCatalogDialog
{
  AdwWindow            parent_instance;

  FlLedgerService     *service;
  FlSession           *actor;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *categories_group;
  AdwPreferencesGroup *locations_group;
};

G_DEFINE_FINAL_TYPE (FlLedgerCatalogDialog, fl_ledger_catalog_dialog, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
toast (FlLedgerCatalogDialog *self,
       const char            *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void ask_name (FlLedgerCatalogDialog *self,
                      List                   list,
                      FlLedgerName          *existing);

static void
rename_category_cb (gpointer owner,
                    gpointer item)
{
  ask_name (owner, LIST_CATEGORIES, item);
}

static void
rename_location_cb (gpointer owner,
                    gpointer item)
{
  ask_name (owner, LIST_LOCATIONS, item);
}

static void
fill_group (FlLedgerCatalogDialog *self,
            List                   list)
{
  AdwPreferencesGroup *group = list == LIST_CATEGORIES ? self->categories_group : self->locations_group;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) names = list == LIST_CATEGORIES
                                  ? fl_ledger_service_list_categories (self->service, self->actor, &error)
                                  : fl_ledger_service_list_locations (self->service, self->actor, &error);

  fl_group_rows_clear (group);
  if (names == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(FlLedgerName) name = g_list_model_get_item (names, i);
      g_autofree char *label = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fl_ledger_name_get_name (name));
      /* Translators: a button's name to a screen reader; %s is a category or a location */
      label = g_strdup_printf (_("Rename %s"), fl_ledger_name_get_name (name));
      fl_group_rows_add_edit_button (ADW_ACTION_ROW (row), label, G_OBJECT (name),
                                     list == LIST_CATEGORIES ? rename_category_cb : rename_location_cb, self);
      fl_group_rows_add (group, row);
    }
}

static void
name_response_cb (FlLedgerCatalogDialog *self,
                  const char            *response,
                  AdwMessageDialog      *dialog)
{
  FlLedgerName *existing = g_object_get_data (G_OBJECT (dialog), "fl-name");
  List list = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "fl-list"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)));
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (!g_str_equal (response, "save"))
    return;
  if (existing != NULL)
    saved = list == LIST_CATEGORIES
              ? fl_ledger_service_rename_category (self->service, self->actor, fl_ledger_name_get_id (existing),
                                                   text, &error)
              : fl_ledger_service_rename_location (self->service, self->actor, fl_ledger_name_get_id (existing),
                                                   text, &error);
  else
    saved = (list == LIST_CATEGORIES ? fl_ledger_service_add_category (self->service, self->actor, text, &error)
                                     : fl_ledger_service_add_location (self->service, self->actor, text, &error)) != 0;
  if (!saved)
    {
      toast (self, error->message);
      return;
    }
  fill_group (self, list);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A name for a new category or location, or another for @existing. */
static void
ask_name (FlLedgerCatalogDialog *self,
          List                   list,
          FlLedgerName          *existing)
{
  static const char * const headings[2][2] = {
    { N_("New Category"), N_("Rename Category") },
    { N_("New Location"), N_("Rename Location") },
  };
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _(headings[list][existing != NULL]),
                                                       NULL));
  gtk_entry_set_max_length (GTK_ENTRY (entry), 80);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  if (existing != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), fl_ledger_name_get_name (existing));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", existing ? _("_Rename") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (existing != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "fl-name", g_object_ref (existing), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "fl-list", GINT_TO_POINTER (list));
  g_signal_connect_object (dialog, "response", G_CALLBACK (name_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_category_clicked_cb (FlLedgerCatalogDialog *self)
{
  ask_name (self, LIST_CATEGORIES, NULL);
}

static void
add_location_clicked_cb (FlLedgerCatalogDialog *self)
{
  ask_name (self, LIST_LOCATIONS, NULL);
}

static void
fl_ledger_catalog_dialog_dispose (GObject *object)
{
  FlLedgerCatalogDialog *self = FL_LEDGER_CATALOG_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_CATALOG_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (fl_ledger_catalog_dialog_parent_class)->dispose (object);
}

static void
fl_ledger_catalog_dialog_class_init (FlLedgerCatalogDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_catalog_dialog_dispose;

  /**
   * FlLedgerCatalogDialog::changed:
   *
   * A category or a location was added or renamed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-catalog-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerCatalogDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerCatalogDialog, categories_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerCatalogDialog, locations_group);
  gtk_widget_class_bind_template_callback (widget_class, add_category_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_location_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_ledger_catalog_dialog_init (FlLedgerCatalogDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_ledger_catalog_dialog_new (GtkWidget       *parent,
                              FlLedgerService *service,
                              FlSession       *actor)
{
  FlLedgerCatalogDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_SESSION (actor), NULL);

  self = g_object_new (FL_TYPE_LEDGER_CATALOG_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  fill_group (self, LIST_CATEGORIES);
  fill_group (self, LIST_LOCATIONS);
  return GTK_WIDGET (self);
}
