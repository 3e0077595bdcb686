/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-loans-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-ledger-loans-view.h"
#include "fl-loan-dialog.h"

struct _FlLedgerLoansView
{
  AdwBin               parent_instance;

  FlDatabase          *database;
  FlLedgerService     *service;
  FlSession           *session;
  AdwToastOverlay     *toasts;

  /* Template widgets */
  AdwPreferencesGroup *loans_group;
  GtkWidget           *lend_button;
};

G_DEFINE_FINAL_TYPE (FlLedgerLoansView, fl_ledger_loans_view, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
toast (FlLedgerLoansView *self,
       const char        *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

/* Taking back */

static void
take_back_response_cb (FlLedgerLoansView *self,
                       const char        *response,
                       AdwMessageDialog  *dialog)
{
  const FlLoanFields *loan = fl_loan_get_fields (g_object_get_data (G_OBJECT (dialog), "fl-loan"));
  GtkDropDown *condition = g_object_get_data (G_OBJECT (dialog), "fl-condition");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "fl-note");
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (g_strcmp0 (response, "back") != 0)
    return;
  if (!fl_ledger_service_take_back (self->service, self->session, loan->id,
                                    (FlCondition) gtk_drop_down_get_selected (condition),
                                    gtk_editable_get_text (note), &error))
    {
      /* Perhaps done meanwhile by someone else: the lists say so. */
      g_signal_emit (self, signals[CHANGED], 0, error->message);
      return;
    }
  /* Translators: a loaned asset is back: its tag, and who had it */
  done = g_strdup_printf (_("%1$s is back from %2$s."), loan->asset_tag, loan->staff_name);
  g_signal_emit (self, signals[CHANGED], 0, done);
}

static void
take_back_clicked_cb (FlLedgerLoansView *self,
                      GtkButton         *button)
{
  FlLoan *loan = g_object_get_data (G_OBJECT (button), "fl-loan");
  const FlLoanFields *fields = fl_loan_get_fields (loan);
  /* Translators: the heading of the dialog for a loan given back: the asset's tag, and who had it */
  g_autofree char *heading = g_strdup_printf (_("%1$s Back from %2$s"), fields->asset_tag, fields->staff_name);
  const char * const conditions[] = { C_("condition", "New"), C_("condition", "Good"), C_("condition", "Fair"),
                                      C_("condition", "Poor"), C_("condition", "Broken"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *condition = gtk_drop_down_new_from_strings (conditions);
  GtkWidget *note = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                                       _("The condition it came back in, and anything to note.")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (condition), FL_CONDITION_GOOD);
  gtk_accessible_update_property (GTK_ACCESSIBLE (condition), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Condition"), -1);
  gtk_entry_set_max_length (GTK_ENTRY (note), FL_LEDGER_TEXT_MAX);
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Note (optional)"));
  gtk_entry_set_activates_default (GTK_ENTRY (note), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_box_append (GTK_BOX (box), condition);
  gtk_box_append (GTK_BOX (box), note);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "back", _("_Take Back"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "back", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "back");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fl-loan", g_object_ref (loan), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "fl-condition", condition);
  g_object_set_data (G_OBJECT (dialog), "fl-note", note);
  g_signal_connect_object (dialog, "response", G_CALLBACK (take_back_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Lending */

static void
lent_cb (FlLedgerLoansView *self)
{
  g_signal_emit (self, signals[CHANGED], 0, _("Lent, and written in the ledger."));
}

static void
lend_clicked_cb (FlLedgerLoansView *self)
{
  GtkWidget *dialog = fl_loan_dialog_new (GTK_WIDGET (self), self->database, self->service, self->session);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (lent_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rows */

static GtkWidget *
create_row (FlLedgerLoansView *self,
            FlLoan            *loan)
{
  const FlLoanFields *fields = fl_loan_get_fields (loan);
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a loan: the asset's item and tag, and who has it */
  g_autofree char *title = g_strdup_printf (_("%1$s %2$s · %3$s"), fields->item_name, fields->asset_tag,
                                            fields->staff_name);
  /* Translators: a loan's days out and due, and its purpose */
  g_autofree char *subtitle = g_strdup_printf (_("Out %1$s, due %2$s · %3$s"), fields->out_on, fields->due_on,
                                               fields->purpose);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (fields->days_overdue > 0)
    {
      g_autofree char *overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue",
                                                               "%d days overdue", fields->days_overdue),
                                                  fields->days_overdue);
      GtkWidget *label = gtk_label_new (overdue);

      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  if (fl_session_can (self->session, FL_PERMISSION_MANAGE_STOCK))
    {
      GtkWidget *button = gtk_button_new_with_label (_("Take Back…"));
      /* Translators: for a screen reader: take back a loaned asset, by its tag */
      g_autofree char *accessible = g_strdup_printf (_("Take back %s"), fields->asset_tag);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
      g_object_set_data_full (G_OBJECT (button), "fl-loan", g_object_ref (loan), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (take_back_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

void
fl_ledger_loans_view_refresh (FlLedgerLoansView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) loans = NULL;

  g_return_if_fail (FL_IS_LEDGER_LOANS_VIEW (self));

  if (self->service == NULL)
    return;
  fl_group_rows_clear (self->loans_group);
  loans = fl_ledger_service_list_loans (self->service, self->session, 0, FALSE, &error);
  if (loans == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (loans); i++)
    {
      g_autoptr(FlLoan) loan = g_list_model_get_item (loans, i);

      fl_group_rows_add (self->loans_group, create_row (self, loan));
    }
  if (g_list_model_get_n_items (loans) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing is on loan"));
      fl_group_rows_add (self->loans_group, row);
    }
}

/* Lifecycle */

static void
fl_ledger_loans_view_dispose (GObject *object)
{
  FlLedgerLoansView *self = FL_LEDGER_LOANS_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_LOANS_VIEW);
  g_clear_object (&self->database);
  g_clear_object (&self->service);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_ledger_loans_view_parent_class)->dispose (object);
}

static void
fl_ledger_loans_view_class_init (FlLedgerLoansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_loans_view_dispose;

  /* The ledger changed here: a message for a toast. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-loans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerLoansView, loans_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerLoansView, lend_button);
  gtk_widget_class_bind_template_callback (widget_class, lend_clicked_cb);
}

static void
fl_ledger_loans_view_init (FlLedgerLoansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
fl_ledger_loans_view_set_up (FlLedgerLoansView *self,
                             FlDatabase        *database,
                             FlLedgerService   *service,
                             FlSession         *session,
                             AdwToastOverlay   *toasts)
{
  g_return_if_fail (FL_IS_LEDGER_LOANS_VIEW (self));
  g_return_if_fail (FL_IS_LEDGER_SERVICE (service));

  self->database = g_object_ref (database);
  self->service = g_object_ref (service);
  self->session = g_object_ref (session);
  self->toasts = toasts;
  gtk_widget_set_visible (self->lend_button, fl_session_can (session, FL_PERMISSION_MANAGE_STOCK));
  fl_ledger_loans_view_refresh (self);
}
