/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-holdings-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-holdings-dialog.h"
#include "fl-month.h"
#include "fl-report-window.h"
#include "fl-staff-service.h"

struct _FlHoldingsDialog
{
  AdwWindow            parent_instance;

  FlDatabase          *database;
  FlSession           *actor;
  FlLedgerService     *service;
  gint64               staff_id;
  char                *name;
  gboolean             departing;
  GListModel          *loans;   /* the person's open FlLoan */

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *holdings_group;
  GtkWidget           *departure_box;
  GtkWidget           *override_button;
  GtkWidget           *depart_button;
};

G_DEFINE_FINAL_TYPE (FlHoldingsDialog, fl_holdings_dialog, ADW_TYPE_WINDOW)

enum { DEPARTED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void refresh (FlHoldingsDialog *self);

static void
toast (FlHoldingsDialog *self,
       const char       *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* The open loan of the asset @asset_id, or NULL. */
static FlLoan *
find_loan (FlHoldingsDialog *self,
           gint64            asset_id)
{
  for (guint i = 0; self->loans != NULL && i < g_list_model_get_n_items (self->loans); i++)
    {
      g_autoptr(FlLoan) loan = g_list_model_get_item (self->loans, i);

      if (fl_loan_get_fields (loan)->asset_id == asset_id)
        return g_steal_pointer (&loan);
    }
  return NULL;
}

static const FlHoldingFields *
holding_of (gpointer object)
{
  return fl_holding_get_fields (g_object_get_data (G_OBJECT (object), "fl-holding"));
}

/* Records @movement of all of @holding, for @reason; TRUE when done. */
static gboolean
move_holding (FlHoldingsDialog       *self,
              const FlHoldingFields  *holding,
              FlMovement              movement,
              const char             *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlLoan) loan = holding->status == FL_ASSET_ON_LOAN ? find_loan (self, holding->asset_id) : NULL;
  FlMovementDraft draft = { movement, holding->asset_id == 0 ? holding->item_id : 0, holding->asset_tag,
                            holding->quantity, self->staff_id, 0, reason };
  gboolean done;

  if (loan != NULL && movement == FL_MOVEMENT_RETURN)
    done = fl_ledger_service_take_back (self->service, self->actor, fl_loan_get_fields (loan)->id,
                                        FL_CONDITION_GOOD, reason, &error);
  else
    done = fl_ledger_service_record (self->service, self->actor, &draft, &error) > 0;
  if (!done)
    toast (self, error->message);
  return done;
}

static void
returned_clicked_cb (FlHoldingsDialog *self,
                     GtkButton        *button)
{
  const FlHoldingFields *holding = holding_of (button);
  g_autofree char *done = NULL;

  if (!move_holding (self, holding, FL_MOVEMENT_RETURN, self->departing ? _("Recovered on leaving") : ""))
    return;
  /* Translators: an item given back to the store: what, and by whom */
  done = g_strdup_printf (_("%1$s is back in the store from %2$s."),
                          holding->asset_tag != NULL ? holding->asset_tag : holding->item_name, self->name);
  refresh (self);
  toast (self, done);
}

static void
write_off_response_cb (FlHoldingsDialog *self,
                       const char       *response,
                       AdwMessageDialog *dialog)
{
  const FlHoldingFields *holding = holding_of (dialog);
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "write-off") != 0 ||
      !move_holding (self, holding, FL_MOVEMENT_WRITE_OFF, gtk_editable_get_text (reason)))
    return;
  refresh (self);
  toast (self, _("Written off, with the reason, in the ledger."));
}

static void
write_off_clicked_cb (FlHoldingsDialog *self,
                      GtkButton        *button)
{
  const FlHoldingFields *holding = holding_of (button);
  /* Translators: the heading of the dialog writing off what a person holds: what */
  g_autofree char *heading = g_strdup_printf (_("Write Off %s?"),
                                              holding->asset_tag != NULL ? holding->asset_tag : holding->item_name);
  GtkWidget *reason = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Lost, broken beyond repair or used up: say which.")));
  gtk_entry_set_max_length (GTK_ENTRY (reason), FL_LEDGER_TEXT_MAX);
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "write-off", _("_Write Off"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "write-off", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "write-off");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fl-holding", g_object_ref (g_object_get_data (G_OBJECT (button),
                                                                                            "fl-holding")),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (write_off_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rows */

static void
add_button (FlHoldingsDialog *self,
            GtkWidget        *row,
            FlHolding        *holding,
            const char       *label,
            const char       *accessible,
            GCallback         clicked)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "fl-holding", g_object_ref (holding), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static GtkWidget *
create_row (FlHoldingsDialog *self,
            FlHolding        *holding)
{
  const FlHoldingFields *fields = fl_holding_get_fields (holding);
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(FlLoan) loan = fields->status == FL_ASSET_ON_LOAN ? find_loan (self, fields->asset_id) : NULL;
  g_autofree char *since = fields->since != NULL ? fl_month_local_date (fields->since) : g_strdup ("—");
  const char *what = fields->asset_tag != NULL ? fields->asset_tag : fields->item_name;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (fields->asset_tag != NULL)
    /* Translators: an asset someone holds: its item and its tag */
    title = g_strdup_printf (_("%1$s %2$s"), fields->item_name, fields->asset_tag);
  else
    /* Translators: a consumable someone holds: what, and how many */
    title = g_strdup_printf (_("%1$s × %2$d"), fields->item_name, fields->quantity);
  if (loan != NULL && fl_loan_get_fields (loan)->days_overdue > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "On loan, due %s: %d day overdue",
                                             "On loan, due %s: %d days overdue",
                                             fl_loan_get_fields (loan)->days_overdue),
                                fl_loan_get_fields (loan)->due_on, fl_loan_get_fields (loan)->days_overdue);
  else if (loan != NULL)
    /* Translators: an asset on loan, and the day it is due back */
    subtitle = g_strdup_printf (_("On loan, due %s"), fl_loan_get_fields (loan)->due_on);
  else
    /* Translators: since when someone holds an item */
    subtitle = g_strdup_printf (_("Issued on %s"), since);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (loan != NULL && fl_loan_get_fields (loan)->days_overdue > 0)
    gtk_widget_add_css_class (row, "error");
  if (fl_session_can (self->actor, FL_PERMISSION_MANAGE_STOCK))
    {
      /* Translators: for a screen reader: an item given back to the store */
      accessible = g_strdup_printf (_("%s returned"), what);
      add_button (self, row, holding, _("Returned"), accessible, G_CALLBACK (returned_clicked_cb));
      g_free (accessible);
      /* Translators: for a screen reader: write off an item someone holds */
      accessible = g_strdup_printf (_("Write off %s"), what);
      add_button (self, row, holding, _("Write Off…"), accessible, G_CALLBACK (write_off_clicked_cb));
    }
  return row;
}

static void
refresh (FlHoldingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) holdings = fl_ledger_service_list_holdings (self->service, self->actor, self->staff_id,
                                                                    &error);
  guint n_held;

  g_clear_object (&self->loans);
  fl_group_rows_clear (self->holdings_group);
  /* Unknown until read: nobody departs meanwhile. */
  gtk_widget_set_sensitive (self->depart_button, FALSE);
  gtk_widget_set_visible (self->override_button, FALSE);
  if (holdings != NULL)
    self->loans = fl_ledger_service_list_loans (self->service, self->actor, self->staff_id, FALSE, &error);
  if (holdings == NULL || self->loans == NULL)
    {
      toast (self, error->message);
      return;
    }
  n_held = g_list_model_get_n_items (holdings);
  for (guint i = 0; i < n_held; i++)
    {
      g_autoptr(FlHolding) holding = g_list_model_get_item (holdings, i);

      fl_group_rows_add (self->holdings_group, create_row (self, holding));
    }
  if (n_held == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Holds nothing of the center"));
      fl_group_rows_add (self->holdings_group, row);
    }
  gtk_widget_set_sensitive (self->depart_button, n_held == 0);
  gtk_widget_set_visible (self->override_button, n_held > 0 && fl_session_has_role (self->actor, FL_ROLE_ADMIN));
}

/* Leaving */

static gboolean
depart (FlHoldingsDialog *self,
        const char       *override_reason)
{
  g_autoptr(FlStaffService) staff = fl_staff_service_new (self->database, self->actor);
  g_autoptr(GError) error = NULL;

  if (!fl_staff_service_depart (staff, self->staff_id, override_reason, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[DEPARTED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
depart_clicked_cb (FlHoldingsDialog *self)
{
  depart (self, NULL);
}

static void
override_response_cb (FlHoldingsDialog *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  if (g_strcmp0 (response, "depart") != 0)
    return;
  if (*text == '\0')
    {
      toast (self, _("Say why the items are left unrecovered: the reason is kept in the audit log."));
      return;
    }
  depart (self, text);
}

static void
override_clicked_cb (FlHoldingsDialog *self)
{
  GtkWidget *reason = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Depart with Items Unrecovered?"),
                                                       _("What is still held stays in the ledger as theirs. The "
                                                         "reason is kept in the audit log with the list.")));
  gtk_entry_set_max_length (GTK_ENTRY (reason), FL_LEDGER_TEXT_MAX);
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "depart", _("_Depart Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "depart", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (override_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_clicked_cb (FlHoldingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlReportTable) table = fl_ledger_service_report_holdings (self->service, self->actor, self->staff_id,
                                                                      &error);
  g_autofree char *name = g_strdup_printf ("holdings-%s", self->name);

  if (table == NULL)
    {
      toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (fl_report_window_new (GTK_WIDGET (self), table, name)));
}

/* Lifecycle */

static void
fl_holdings_dialog_dispose (GObject *object)
{
  FlHoldingsDialog *self = FL_HOLDINGS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_HOLDINGS_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->actor);
  g_clear_object (&self->service);
  g_clear_object (&self->loans);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (fl_holdings_dialog_parent_class)->dispose (object);
}

static void
fl_holdings_dialog_class_init (FlHoldingsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_holdings_dialog_dispose;

  /* The person was marked as departed. */
  signals[DEPARTED] = g_signal_new ("departed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-holdings-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlHoldingsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlHoldingsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FlHoldingsDialog, holdings_group);
  gtk_widget_class_bind_template_child (widget_class, FlHoldingsDialog, departure_box);
  gtk_widget_class_bind_template_child (widget_class, FlHoldingsDialog, override_button);
  gtk_widget_class_bind_template_child (widget_class, FlHoldingsDialog, depart_button);
  gtk_widget_class_bind_template_callback (widget_class, report_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, depart_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, override_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_holdings_dialog_init (FlHoldingsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_holdings_dialog_new (GtkWidget  *parent,
                        FlDatabase *database,
                        FlSession  *actor,
                        gint64      staff_id,
                        const char *name,
                        gboolean    departing)
{
  FlHoldingsDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_HOLDINGS_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->database = g_object_ref (database);
  self->actor = g_object_ref (actor);
  self->service = fl_ledger_service_new (database);
  self->staff_id = staff_id;
  self->name = g_strdup (name);
  self->departing = departing;
  if (departing)
    {
      /* Translators: the title of the recovery checklist (离职回收) of someone leaving */
      title = g_strdup_printf (_("%s Is Leaving"), name);
      adw_preferences_group_set_title (self->holdings_group, _("To Recover"));
      adw_preferences_group_set_description (self->holdings_group,
                                             _("Each line is returned to the store or written off with a reason "
                                               "before the person is marked as departed (离职回收)."));
    }
  else
    {
      /* Translators: the title of the window of what a person holds of the center */
      title = g_strdup_printf (_("%s’s Equipment"), name);
      adw_preferences_group_set_title (self->holdings_group, _("Holds"));
      adw_preferences_group_set_description (self->holdings_group,
                                             _("Issued to them, or lent until a day."));
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->departure_box, departing);
  refresh (self);
  return GTK_WIDGET (self);
}
