/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-item-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-group-rows.h"
#include "fl-ledger-item-dialog.h"
#include "fl-ledger-item-editor.h"
#include "fl-ledger-name-choices.h"

/* Entries shown at a time. */
#define PAGE_SIZE 50

struct _FlLedgerItemDialog
{
  AdwWindow            parent_instance;

  FlLedgerService     *service;
  FlSession           *actor;
  FlLedgerItem        *item;
  gint64               oldest_id;   /* the oldest entry shown, or 0 */
  GHashTable          *assets_seen; /* the assets whose newest live entry is shown */

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *assets_group;
  AdwPreferencesGroup *history_group;
  GtkWidget           *older_button;
  GtkWidget           *receive_button;
  GtkWidget           *edit_button;
};

G_DEFINE_FINAL_TYPE (FlLedgerItemDialog, fl_ledger_item_dialog, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void show_newest (FlLedgerItemDialog *self);

static void
toast (FlLedgerItemDialog *self,
       const char         *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* After a change in the ledger: @error's message, or the page read again
 * with @done in a toast and told to the panel. */
static void
show_change (FlLedgerItemDialog *self,
             const GError       *error,
             const char         *done)
{
  if (error != NULL)
    {
      toast (self, error->message);
      return;
    }
  show_newest (self);
  toast (self, done);
  g_signal_emit (self, signals[CHANGED], 0, done);
}

/* Its name in the title; receiving only while it is in use. */
static void
show_item (FlLedgerItemDialog *self)
{
  const FlLedgerItemFields *fields = fl_ledger_item_get_fields (self->item);

  gtk_window_set_title (GTK_WINDOW (self), fields->name);
  adw_window_title_set_title (self->window_title, fields->name);
  gtk_widget_set_visible (self->receive_button,
                          fl_session_can (self->actor, FL_PERMISSION_MANAGE_STOCK) && fields->active);
}

/* Editing the item */

static void
item_saved_cb (FlLedgerItemDialog *self,
               gint64              item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = fl_ledger_service_list_stock (self->service, self->actor, &error);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);

      if (fl_ledger_item_get_fields (item)->id == item_id)
        g_set_object (&self->item, item);
    }
  show_item (self);
  show_change (self, error, _("The item is saved."));
}

static void
edit_clicked_cb (FlLedgerItemDialog *self)
{
  GtkWidget *editor = fl_ledger_item_editor_new (GTK_WIDGET (self), self->service, self->actor, self->item);

  g_signal_connect_object (editor, "saved", G_CALLBACK (item_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Undoing an entry */

static void
undo_response_cb (FlLedgerItemDialog *self,
                  const char         *response,
                  AdwMessageDialog   *dialog)
{
  FlLedgerEntry *entry = g_object_get_data (G_OBJECT (dialog), "fl-entry");
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  const char *done = _("Undone by a reversing entry.");

  if (g_strcmp0 (response, "undo") != 0)
    return;
  fl_ledger_service_reverse (self->service, self->actor, fl_ledger_entry_get_fields (entry)->id,
                             gtk_editable_get_text (reason), &error);
  show_change (self, error, done);
}

static void
undo_clicked_cb (FlLedgerItemDialog *self,
                 GtkButton          *button)
{
  FlLedgerEntry *entry = g_object_get_data (G_OBJECT (button), "fl-entry");
  GtkWidget *reason = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Undo This Entry?"),
                                                       _("A reversing entry is written with the reason; the entry "
                                                         "itself stays in the ledger.")));
  gtk_entry_set_max_length (GTK_ENTRY (reason), FL_LEDGER_TEXT_MAX);
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "undo", _("_Undo Entry"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "undo", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "undo");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fl-entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (undo_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Receiving: a consumable's delivery by quantity, or a new asset by its tag */

static GtkWidget *
add_field (GtkWidget  *box,
           GtkWidget  *field,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (GTK_IS_ENTRY (field))
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (field), label);
      gtk_entry_set_activates_default (GTK_ENTRY (field), TRUE);
    }
  gtk_box_append (GTK_BOX (box), field);
  return field;
}

static const char *
field_text (AdwMessageDialog *dialog,
            const char       *key)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), key)));
}

/* Where a new asset is kept: none, or one of the catalog's locations. */
static void
add_location_field (FlLedgerItemDialog *self,
                    AdwMessageDialog   *dialog,
                    GtkWidget          *box)
{
  g_autoptr(GListModel) locations = fl_ledger_service_list_locations (self->service, self->actor, NULL);
  GArray *ids = NULL;
  GtkStringList *names = fl_ledger_name_choices (locations, _("No location"), &ids);

  g_object_set_data (G_OBJECT (dialog), "fl-location",
                     add_field (box, gtk_drop_down_new (G_LIST_MODEL (names), NULL), _("Location")));
  g_object_set_data_full (G_OBJECT (dialog), "fl-location-ids", ids, (GDestroyNotify) g_array_unref);
}

static void
receive_response_cb (FlLedgerItemDialog *self,
                     const char         *response,
                     AdwMessageDialog   *dialog)
{
  const FlLedgerItemFields *item = fl_ledger_item_get_fields (self->item);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  gboolean received;

  if (g_strcmp0 (response, "receive") != 0)
    return;
  if (item->kind == FL_ITEM_CONSUMABLE)
    {
      GtkSpinButton *quantity = g_object_get_data (G_OBJECT (dialog), "fl-quantity");
      FlMovementDraft draft = { FL_MOVEMENT_RECEIVE, item->id, NULL, 0, 0, 0, field_text (dialog, "fl-reason") };

      gtk_spin_button_update (quantity);
      draft.quantity = gtk_spin_button_get_value_as_int (quantity);
      received = fl_ledger_service_record (self->service, self->actor, &draft, &error) > 0;
      /* Translators: a delivery received into the store: how many, the unit, and what */
      done = g_strdup_printf (_("Received: %1$d %2$s of %3$s."), (int) draft.quantity, item->unit, item->name);
    }
  else
    {
      GtkDropDown *location = g_object_get_data (G_OBJECT (dialog), "fl-location");
      GArray *location_ids = g_object_get_data (G_OBJECT (dialog), "fl-location-ids");
      FlAssetDraft draft = { item->id, field_text (dialog, "fl-tag"), field_text (dialog, "fl-serial"),
                             field_text (dialog, "fl-model"), 0, FL_CONDITION_NEW };

      if (gtk_drop_down_get_selected (location) < location_ids->len)
        draft.location_id = g_array_index (location_ids, gint64, gtk_drop_down_get_selected (location));

      received = fl_ledger_service_add_asset (self->service, self->actor, &draft, &error) > 0;
      /* Translators: a new asset received into the store, by its tag */
      done = g_strdup_printf (_("%s is in the store."), draft.tag);
    }
  show_change (self, received ? NULL : error, done);
}

static void
receive_clicked_cb (FlLedgerItemDialog *self)
{
  const FlLedgerItemFields *item = fl_ledger_item_get_fields (self->item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog;

  if (item->kind == FL_ITEM_CONSUMABLE)
    {
      GtkWidget *quantity = gtk_spin_button_new_with_range (1, 99999, 1);

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Receive Stock"),
                                                           _("How many came into the store, and from where.")));
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (quantity), TRUE);
      g_object_set_data (G_OBJECT (dialog), "fl-quantity", add_field (box, quantity, _("How Many")));
      g_object_set_data (G_OBJECT (dialog), "fl-reason", add_field (box, gtk_entry_new (), _("Order or supplier")));
    }
  else
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Add an Asset"),
                                                           _("The tag stuck on it, and what its label says.")));
      g_object_set_data (G_OBJECT (dialog), "fl-tag", add_field (box, gtk_entry_new (), _("Tag")));
      g_object_set_data (G_OBJECT (dialog), "fl-serial", add_field (box, gtk_entry_new (), _("Serial number")));
      g_object_set_data (G_OBJECT (dialog), "fl-model", add_field (box, gtk_entry_new (), _("Model")));
      add_location_field (self, dialog, box);
    }
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "receive", _("_Receive"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "receive", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "receive");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (receive_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rows */

/* Whether the core would undo the entry of @fields: not a reversal nor
 * reversed, not a loan's or a hand-over's, and of an asset only its newest
 * live entry (the pages come newest first). */
static gboolean
may_undo (FlLedgerItemDialog        *self,
          const FlLedgerEntryFields *fields)
{
  gboolean live = !fields->reversed && fields->movement != FL_MOVEMENT_REVERSAL;
  gboolean newest = TRUE;

  if (live && fields->asset_id != 0)
    newest = g_hash_table_add (self->assets_seen, g_memdup2 (&fields->asset_id, sizeof (gint64)));
  return live && newest && fl_session_can (self->actor, FL_PERMISSION_MANAGE_STOCK) &&
         fields->movement != FL_MOVEMENT_LOAN_OUT && fields->movement != FL_MOVEMENT_LOAN_BACK &&
         fields->movement != FL_MOVEMENT_TRANSFER;
}

static GtkWidget *
create_entry_row (FlLedgerItemDialog *self,
                  FlLedgerEntry      *entry)
{
  const FlLedgerEntryFields *fields = fl_ledger_entry_get_fields (entry);
  const FlLedgerItemFields *item = fl_ledger_item_get_fields (self->item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *at = fl_format_date_time (fields->at);
  g_autofree char *what = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  int change = fields->stock_change != 0 ? fields->stock_change : fields->held_change;

  if (fields->asset_tag != NULL)
    what = g_strdup (fields->asset_tag);
  else
    /* Translators: a quantity moved, signed, with its unit ("-2 ream") */
    what = g_strdup_printf (_("%1$+d %2$s"), change, item->unit);
  /* Translators: a ledger entry: what it was ("Issued"), and what moved */
  title = g_strdup_printf (_("%1$s · %2$s"), fl_movement_describe (fields->movement), what);
  if (fields->staff_name != NULL)
    g_string_append_printf (subtitle, "%s · ", fields->staff_name);
  /* Translators: when an entry was written, and by whom */
  g_string_append_printf (subtitle, _("%1$s by %2$s"), at, fields->recorded_by ? fields->recorded_by : "");
  if (fields->reason != NULL && *fields->reason != '\0')
    g_string_append_printf (subtitle, " · %s", fields->reason);
  if (fields->reversed)
    g_string_append_printf (subtitle, " · %s", _("undone"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (fields->reversed)
    gtk_widget_add_css_class (row, "dim-label");
  if (may_undo (self, fields))
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-undo-symbolic");
      /* Translators: for a screen reader: undo a ledger entry, named by its title */
      g_autofree char *accessible = g_strdup_printf (_("Undo %s"), title);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Undo with a reversing entry"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (button), "fl-entry", g_object_ref (entry), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

/* Adds the page of entries before the oldest shown. */
static void
show_page (FlLedgerItemDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = fl_ledger_service_list_history (self->service, self->actor,
                                                                  fl_ledger_item_get_fields (self->item)->id,
                                                                  self->oldest_id, PAGE_SIZE, &error);
  guint n_entries;

  if (entries == NULL)
    {
      toast (self, error->message);
      return;
    }
  n_entries = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(FlLedgerEntry) entry = g_list_model_get_item (entries, i);

      fl_group_rows_add (self->history_group, create_entry_row (self, entry));
      self->oldest_id = fl_ledger_entry_get_fields (entry)->id;
    }
  if (self->oldest_id == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing has moved yet"));
      fl_group_rows_add (self->history_group, row);
    }
  gtk_widget_set_visible (self->older_button, n_entries == PAGE_SIZE);
}

static void
older_clicked_cb (FlLedgerItemDialog *self)
{
  show_page (self);
}

/* Where an asset is, with whom, and what it is. */
static char *
describe_asset (FlLedgerAsset *asset)
{
  const FlLedgerAssetFields *fields = fl_ledger_asset_get_fields (asset);
  const char *status = fl_asset_status_describe (fields->status);
  g_autofree char *details = fl_ledger_asset_describe_details (asset);
  g_autofree char *where = fields->holder_name != NULL
                           /* Translators: where an asset is ("Issued", "On loan") and to whom */
                           ? g_strdup_printf (_("%1$s to %2$s"), status, fields->holder_name)
                           : g_strdup (status);

  if (*details == '\0')
    return g_steal_pointer (&where);
  return g_strdup_printf (_("%1$s · %2$s"), where, details);
}

static void
show_assets (FlLedgerItemDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) assets = NULL;

  fl_group_rows_clear (self->assets_group);
  if (fl_ledger_item_get_fields (self->item)->kind != FL_ITEM_ASSET)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->assets_group), FALSE);
      return;
    }
  assets = fl_ledger_service_list_assets (self->service, self->actor, fl_ledger_item_get_fields (self->item)->id,
                                          &error);
  if (assets == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(FlLedgerAsset) asset = g_list_model_get_item (assets, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = describe_asset (asset);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fl_ledger_asset_get_fields (asset)->tag);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      fl_group_rows_add (self->assets_group, row);
    }
}

/* The window's subtitle: the stock on hand, read again. */
static void
show_stock (FlLedgerItemDialog *self)
{
  g_autoptr(GListModel) items = fl_ledger_service_list_stock (self->service, self->actor, NULL);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);

      if (fl_ledger_item_get_fields (item)->id == fl_ledger_item_get_fields (self->item)->id)
        g_set_object (&self->item, item);
    }
  {
    g_autofree char *subtitle = fl_ledger_item_describe_stock (self->item);

    adw_window_title_set_subtitle (self->window_title, subtitle);
  }
}

static void
show_newest (FlLedgerItemDialog *self)
{
  self->oldest_id = 0;
  g_hash_table_remove_all (self->assets_seen);
  show_stock (self);
  fl_group_rows_clear (self->history_group);
  show_assets (self);
  show_page (self);
}

/* Lifecycle */

static void
fl_ledger_item_dialog_dispose (GObject *object)
{
  FlLedgerItemDialog *self = FL_LEDGER_ITEM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_ITEM_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_object (&self->item);
  g_clear_pointer (&self->assets_seen, g_hash_table_unref);

  G_OBJECT_CLASS (fl_ledger_item_dialog_parent_class)->dispose (object);
}

static void
fl_ledger_item_dialog_class_init (FlLedgerItemDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_item_dialog_dispose;

  /* An entry was undone: what was done, for a toast. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-item-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, assets_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, history_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, older_button);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, receive_button);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerItemDialog, edit_button);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, receive_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, older_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_ledger_item_dialog_init (FlLedgerItemDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->assets_seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

GtkWidget *
fl_ledger_item_dialog_new (GtkWidget       *parent,
                           FlLedgerService *service,
                           FlSession       *actor,
                           FlLedgerItem    *item)
{
  FlLedgerItemDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_LEDGER_ITEM_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  self->item = g_object_ref (item);
  show_item (self);
  gtk_widget_set_visible (self->edit_button, fl_session_can (actor, FL_PERMISSION_MANAGE_STOCK));
  show_newest (self);
  return GTK_WIDGET (self);
}
