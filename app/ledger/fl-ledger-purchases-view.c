/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-purchases-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-ledger-purchases-view.h"

struct _FlLedgerPurchasesView
{
  AdwBin               parent_instance;

  FlLedgerService     *service;
  FlSession           *session;
  AdwToastOverlay     *toasts;

  /* Template widgets */
  AdwPreferencesGroup *purchases_group;
};

G_DEFINE_FINAL_TYPE (FlLedgerPurchasesView, fl_ledger_purchases_view, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
toast (FlLedgerPurchasesView *self,
       const char            *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

static const FlPurchaseFields *
purchase_of (gpointer object)
{
  return fl_purchase_get_fields (g_object_get_data (G_OBJECT (object), "fl-purchase"));
}

static void
ordered_clicked_cb (FlLedgerPurchasesView *self,
                    GtkButton             *button)
{
  const FlPurchaseFields *purchase = purchase_of (button);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!fl_ledger_service_mark_ordered (self->service, self->session, purchase->id, &error))
    {
      /* Perhaps done meanwhile by someone else: the lists say so. */
      g_signal_emit (self, signals[CHANGED], 0, error->message);
      return;
    }
  /* Translators: a purchase ordered: how many of what */
  done = g_strdup_printf (_("Ordered: %1$d × %2$s."), purchase->quantity, purchase->item_name);
  g_signal_emit (self, signals[CHANGED], 0, done);
}

static void
receive (FlLedgerPurchasesView  *self,
         const FlPurchaseFields *purchase,
         const char * const     *tags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!fl_ledger_service_receive_purchase (self->service, self->session, purchase->id, tags, &error))
    {
      /* Perhaps done meanwhile by someone else: the lists say so. */
      g_signal_emit (self, signals[CHANGED], 0, error->message);
      return;
    }
  /* Translators: a purchase received into the store: how many of what */
  done = g_strdup_printf (_("Received into the store: %1$d × %2$s."), purchase->quantity, purchase->item_name);
  g_signal_emit (self, signals[CHANGED], 0, done);
}

static void
tags_response_cb (FlLedgerPurchasesView *self,
                  const char            *response,
                  AdwMessageDialog      *dialog)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();

  if (g_strcmp0 (response, "receive") != 0)
    return;
  words = g_regex_split_simple ("[\\s,，、;；]+", gtk_editable_get_text (entry), 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (tags, words[i]);
  g_ptr_array_add (tags, NULL);
  receive (self, purchase_of (dialog), (const char * const *) tags->pdata);
}

static void
receive_clicked_cb (FlLedgerPurchasesView *self,
                    GtkButton             *button)
{
  FlPurchase *purchase = g_object_get_data (G_OBJECT (button), "fl-purchase");
  const FlPurchaseFields *fields = fl_purchase_get_fields (purchase);
  g_autofree char *heading = NULL;
  GtkWidget *entry;
  AdwMessageDialog *dialog;

  if (fields->kind == FL_ITEM_CONSUMABLE)
    {
      receive (self, fields, NULL);
      return;
    }
  /* Translators: the heading of the dialog receiving bought assets: how many of what */
  heading = g_strdup_printf (_("Receive %1$d × %2$s"), fields->quantity, fields->item_name);
  entry = gtk_entry_new ();
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                                       _("The tags stuck on the new assets, one each, separated "
                                                         "by spaces or commas.")));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tags"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "receive", _("_Receive"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "receive", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "receive");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fl-purchase", g_object_ref (purchase), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (tags_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (FlLedgerPurchasesView *self,
            FlPurchase            *purchase)
{
  const FlPurchaseFields *fields = fl_purchase_get_fields (purchase);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *day = g_strndup (fields->created_at, 10);
  /* Translators: a purchase: how many of what */
  g_autofree char *title = g_strdup_printf (_("%1$d × %2$s"), fields->quantity, fields->item_name);
  const char *state = fields->state == FL_PURCHASE_REQUESTED ? _("To order")
                      : fields->state == FL_PURCHASE_ORDERED ? _("Ordered") : _("Received");
  /* Translators: a purchase: for whom, the day it was asked, and where it stands */
  g_autofree char *subtitle = g_strdup_printf (_("For %1$s · asked %2$s · %3$s"),
                                               fields->for_name ? fields->for_name : "—", day, state);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (fl_session_can (self->session, FL_PERMISSION_MANAGE_STOCK) && fields->state != FL_PURCHASE_RECEIVED)
    {
      gboolean ordered = fields->state == FL_PURCHASE_ORDERED;
      GtkWidget *button = gtk_button_new_with_label (ordered ? _("Receive…") : _("Mark Ordered"));
      /* Translators: for a screen reader: receive or order a purchase of an item */
      g_autofree char *accessible = g_strdup_printf (ordered ? _("Receive %s") : _("Mark %s ordered"),
                                                     fields->item_name);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
      g_object_set_data_full (G_OBJECT (button), "fl-purchase", g_object_ref (purchase), g_object_unref);
      g_signal_connect_object (button, "clicked", ordered ? G_CALLBACK (receive_clicked_cb)
                                                          : G_CALLBACK (ordered_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

void
fl_ledger_purchases_view_refresh (FlLedgerPurchasesView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) purchases = NULL;

  g_return_if_fail (FL_IS_LEDGER_PURCHASES_VIEW (self));

  if (self->service == NULL)
    return;
  fl_group_rows_clear (self->purchases_group);
  purchases = fl_ledger_service_list_purchases (self->service, self->session, FALSE, &error);
  if (purchases == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (purchases); i++)
    {
      g_autoptr(FlPurchase) purchase = g_list_model_get_item (purchases, i);

      fl_group_rows_add (self->purchases_group, create_row (self, purchase));
    }
  if (g_list_model_get_n_items (purchases) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing to buy"));
      fl_group_rows_add (self->purchases_group, row);
    }
}

static void
fl_ledger_purchases_view_dispose (GObject *object)
{
  FlLedgerPurchasesView *self = FL_LEDGER_PURCHASES_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_PURCHASES_VIEW);
  g_clear_object (&self->service);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_ledger_purchases_view_parent_class)->dispose (object);
}

static void
fl_ledger_purchases_view_class_init (FlLedgerPurchasesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_purchases_view_dispose;

  /* The ledger changed here: a message for a toast. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-purchases-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPurchasesView, purchases_group);
}

static void
fl_ledger_purchases_view_init (FlLedgerPurchasesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
fl_ledger_purchases_view_set_up (FlLedgerPurchasesView *self,
                                 FlLedgerService       *service,
                                 FlSession             *session,
                                 AdwToastOverlay       *toasts)
{
  g_return_if_fail (FL_IS_LEDGER_PURCHASES_VIEW (self));
  g_return_if_fail (FL_IS_LEDGER_SERVICE (service));

  self->service = g_object_ref (service);
  self->session = g_object_ref (session);
  self->toasts = toasts;
  fl_ledger_purchases_view_refresh (self);
}
