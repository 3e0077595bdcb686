/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-ledger-loans-view.h"
#include "fl-ledger-panel.h"
#include "fl-ledger-purchases-view.h"
#include "fl-ledger-service.h"
#include "fl-ledger-stock-view.h"
#include "fl-staff-service.h"
#include "fl-supply-issue-dialog.h"
#include "fl-supply-request-dialog.h"

struct _FlLedgerPanel
{
  AdwBin                 parent_instance;

  FlDatabase            *database;
  FlSession             *session;
  FlLedgerService       *service;
  guint                  badge;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  GtkLabel              *summary_label;
  GtkWidget             *request_button;
  AdwPreferencesGroup   *waiting_group;
  AdwPreferencesGroup   *issue_group;
  AdwPreferencesGroup   *recent_group;
  FlLedgerStockView     *stock_view;
  FlLedgerLoansView     *loans_view;
  FlLedgerPurchasesView *purchases_view;
};

G_DEFINE_FINAL_TYPE (FlLedgerPanel, fl_ledger_panel, ADW_TYPE_BIN)

enum { PROP_0, PROP_DATABASE, PROP_SESSION, PROP_BADGE, N_PROPS };

static GParamSpec *properties[N_PROPS];

static void refresh (FlLedgerPanel *self);

static void
toast (FlLedgerPanel *self,
       const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
changed_cb (FlLedgerPanel *self,
            const char    *message)
{
  refresh (self);
  if (message != NULL)
    toast (self, message);
}

static FlSupplyLine *
line_of (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "fl-line");
}

/* Deciding */

static void
approve_clicked_cb (FlLedgerPanel *self,
                    GtkButton     *button)
{
  const FlSupplyLineFields *line = fl_supply_line_get_fields (line_of (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!fl_ledger_service_decide_line (self->service, self->session, line->id, FL_SUPPLY_APPROVED, NULL, &error))
    {
      /* Perhaps decided meanwhile by someone else: the lists say so. */
      changed_cb (self, error->message);
      return;
    }
  /* Translators: a request line approved: how many, what, for whom */
  done = g_strdup_printf (_("Approved: %1$d × %2$s for %3$s."), line->quantity, line->item_name, line->receiver_name);
  changed_cb (self, done);
}

static void
reject_response_cb (FlLedgerPanel    *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  const FlSupplyLineFields *line = fl_supply_line_get_fields (g_object_get_data (G_OBJECT (dialog), "fl-line"));
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (g_strcmp0 (response, "reject") != 0)
    return;
  if (!fl_ledger_service_decide_line (self->service, self->session, line->id, FL_SUPPLY_REJECTED,
                                      gtk_editable_get_text (entry), &error))
    {
      changed_cb (self, error->message);
      return;
    }
  /* Translators: a request line rejected: what, for whom */
  done = g_strdup_printf (_("Rejected: %1$s for %2$s."), line->item_name, line->receiver_name);
  changed_cb (self, done);
}

static void
reject_clicked_cb (FlLedgerPanel *self,
                   GtkButton     *button)
{
  FlSupplyLine *line = line_of (GTK_WIDGET (button));
  const FlSupplyLineFields *fields = fl_supply_line_get_fields (line);
  /* Translators: the heading of the dialog rejecting a request line: the item, and for whom */
  g_autofree char *heading = g_strdup_printf (_("Reject %1$s for %2$s?"), fields->item_name, fields->receiver_name);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                                       _("Say why, for the team lead who asked.")));
  gtk_entry_set_max_length (GTK_ENTRY (entry), FL_LEDGER_TEXT_MAX);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reject", _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reject");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fl-line", g_object_ref (line), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reject_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Issuing */

static void
issued_cb (FlLedgerPanel *self,
           gint64         line_id)
{
  changed_cb (self, _("Issued, and written in the ledger."));
}

static void
issue_clicked_cb (FlLedgerPanel *self,
                  GtkButton     *button)
{
  GtkWidget *dialog = fl_supply_issue_dialog_new (GTK_WIDGET (self), self->service, self->session,
                                                  line_of (GTK_WIDGET (button)));

  g_signal_connect_object (dialog, "saved", G_CALLBACK (issued_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
purchase_clicked_cb (FlLedgerPanel *self,
                     GtkButton     *button)
{
  const FlSupplyLineFields *line = fl_supply_line_get_fields (line_of (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (fl_ledger_service_request_purchase (self->service, self->session, line->id, &error) == 0)
    {
      changed_cb (self, error->message);
      return;
    }
  /* Translators: what the store lacks of an item is to be bought */
  done = g_strdup_printf (_("%s is on the purchase list, with the others to order."), line->item_name);
  changed_cb (self, done);
}

/* Rows */

/* Where @line stands, in a few words. */
static char *
describe_line_state (const FlSupplyLineFields *line)
{
  switch (line->decision)
    {
    case FL_SUPPLY_UNDECIDED:
      return g_strdup (_("Waiting for approval"));
    case FL_SUPPLY_REJECTED:
      /* Translators: a rejected request line, with the approver's reason */
      return g_strdup_printf (_("Rejected: %s"), line->comment != NULL ? line->comment : "");
    case FL_SUPPLY_APPROVED:
    default:
      if (line->issued >= line->quantity)
        return g_strdup (_("Issued"));
      if (line->purchasing > 0)
        /* Translators: an approved request line, part of which is being bought */
        return g_strdup_printf (_("Approved; %d being bought"), line->purchasing);
      if (line->issued > 0)
        /* Translators: an approved request line partly issued */
        return g_strdup_printf (_("Approved; %1$d of %2$d issued"), line->issued, line->quantity);
      return g_strdup (_("Approved; to issue"));
    }
}

static void
add_button (FlLedgerPanel *self,
            GtkWidget     *row,
            FlSupplyLine  *line,
            const char    *label,
            const char    *accessible,
            GCallback      clicked)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), -1);
  g_object_set_data_full (G_OBJECT (button), "fl-line", g_object_ref (line), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* What a list shows of its lines. */
typedef enum
{
  LINES_WAITING,
  LINES_TO_ISSUE,
  LINES_RECENT,
} LineList;

static GtkWidget *
create_row (FlLedgerPanel *self,
            FlSupplyLine  *line,
            LineList       list)
{
  const FlSupplyLineFields *fields = fl_supply_line_get_fields (line);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *state = describe_line_state (fields);
  g_autofree char *day = g_strndup (fields->filed_at, 10);
  g_autofree char *who = fields->for_team
                         /* Translators: a request for the team, signed for by its lead */
                         ? g_strdup_printf (_("%s (for the team)"), fields->receiver_name)
                         : g_strdup (fields->receiver_name);
  /* Translators: a request line: for whom, how many, and what */
  g_autofree char *title = g_strdup_printf (_("%1$s · %2$d × %3$s"), who, fields->quantity, fields->item_name);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *accessible = NULL;

  if (fields->reason != NULL && *fields->reason != '\0')
    g_string_append_printf (subtitle, "%s · ", fields->reason);
  /* Translators: who filed a request and on which day */
  g_string_append_printf (subtitle, _("asked by %1$s on %2$s"), fields->filed_by, day);
  g_string_append_printf (subtitle, " · %s", state);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  switch (list)
    {
    case LINES_WAITING:
      /* Translators: for a screen reader: approve an item for a person */
      accessible = g_strdup_printf (_("Approve %1$s for %2$s"), fields->item_name, fields->receiver_name);
      add_button (self, row, line, _("Approve"), accessible, G_CALLBACK (approve_clicked_cb));
      g_free (accessible);
      /* Translators: for a screen reader: reject an item for a person */
      accessible = g_strdup_printf (_("Reject %1$s for %2$s"), fields->item_name, fields->receiver_name);
      add_button (self, row, line, _("Reject…"), accessible, G_CALLBACK (reject_clicked_cb));
      break;
    case LINES_TO_ISSUE:
      /* The core says when the store covers it after all (other lines may wait for its stock). */
      if (fields->quantity - fields->issued > fields->purchasing + fields->on_hand ||
          (fields->on_hand == 0 && fields->quantity - fields->issued > fields->purchasing))
        {
          /* Translators: for a screen reader: buy what the store lacks of an item */
          accessible = g_strdup_printf (_("Buy %s"), fields->item_name);
          add_button (self, row, line, _("Buy the Rest"), accessible, G_CALLBACK (purchase_clicked_cb));
          g_free (accessible);
        }
      if (fields->on_hand > 0)
        {
          /* Translators: for a screen reader: issue an item to a person */
          accessible = g_strdup_printf (_("Issue %1$s to %2$s"), fields->item_name, fields->receiver_name);
          add_button (self, row, line, _("Issue…"), accessible, G_CALLBACK (issue_clicked_cb));
        }
      break;
    case LINES_RECENT:
    default:
      break;
    }
  return row;
}

/* Fills @group with @list's lines, hidden when there are none (a recent
 * list says so instead); returns how many. */
static guint
fill_group (FlLedgerPanel       *self,
            AdwPreferencesGroup *group,
            FlSupplyLines        which,
            LineList             list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = fl_ledger_service_list_lines (self->service, self->session, which, &error);
  guint n_lines;

  fl_group_rows_clear (group);
  if (lines == NULL)
    {
      toast (self, error->message);
      gtk_widget_set_visible (GTK_WIDGET (group), FALSE);
      return 0;
    }
  n_lines = g_list_model_get_n_items (lines);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(FlSupplyLine) line = g_list_model_get_item (lines, i);

      fl_group_rows_add (group, create_row (self, line, list));
    }
  if (list == LINES_RECENT && n_lines == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No requests in the last 90 days"));
      fl_group_rows_add (group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (group), list == LINES_RECENT || n_lines > 0);
  return n_lines;
}

static void
refresh (FlLedgerPanel *self)
{
  guint n_waiting = 0, n_to_issue = 0, badge;
  g_autofree char *waiting = NULL;
  g_autofree char *to_issue = NULL;
  g_autofree char *summary = NULL;

  if (fl_session_can (self->session, FL_PERMISSION_APPROVE_SUPPLIES))
    n_waiting = fill_group (self, self->waiting_group, FL_SUPPLY_LINES_WAITING, LINES_WAITING);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->waiting_group), FALSE);
  if (fl_session_can (self->session, FL_PERMISSION_MANAGE_STOCK))
    n_to_issue = fill_group (self, self->issue_group, FL_SUPPLY_LINES_TO_ISSUE, LINES_TO_ISSUE);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->issue_group), FALSE);
  fill_group (self, self->recent_group, FL_SUPPLY_LINES_RECENT, LINES_RECENT);

  if (n_waiting > 0)
    waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line waits for your decision.",
                                            "%u lines wait for your decision.", n_waiting), n_waiting);
  if (n_to_issue > 0)
    to_issue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u approved line is to issue.",
                                             "%u approved lines are to issue.", n_to_issue), n_to_issue);
  if (waiting != NULL && to_issue != NULL)
    /* Translators: the summary above the requests: lines to decide, then lines to issue */
    summary = g_strdup_printf (_("%1$s %2$s"), waiting, to_issue);
  else if (waiting != NULL || to_issue != NULL)
    summary = g_strdup (waiting != NULL ? waiting : to_issue);
  else
    summary = g_strdup (_("Nothing waits for you."));
  gtk_label_set_label (self->summary_label, summary);
  fl_ledger_stock_view_refresh (self->stock_view);
  fl_ledger_loans_view_refresh (self->loans_view);
  fl_ledger_purchases_view_refresh (self->purchases_view);

  badge = n_waiting + n_to_issue;
  if (self->badge != badge)
    {
      self->badge = badge;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
    }
}

/* Filing */

static void
filed_cb (FlLedgerPanel *self)
{
  changed_cb (self, _("The request is filed: it waits for the department head or an administrator."));
}

static gboolean
any_active (GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (items, i);

      if (fl_ledger_item_get_fields (item)->active)
        return TRUE;
    }
  return FALSE;
}

static void
request_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FlLedgerPanel *self = FL_LEDGER_PANEL (widget);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (self->database, self->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) everyone = fl_staff_service_list_staff (staff, NULL, FALSE, &error);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListStore) people = g_list_store_new (FL_TYPE_STAFF_MEMBER);
  GtkWidget *dialog;

  if (everyone != NULL)
    items = fl_ledger_service_list_stock (self->service, self->session, &error);
  if (items == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (everyone); i++)
    {
      g_autoptr(FlStaffMember) member = g_list_model_get_item (everyone, i);

      if (fl_staff_member_get_id (member) != fl_session_get_staff_id (self->session) &&
          fl_ledger_service_may_request_for (self->service, self->session, fl_staff_member_get_id (member)))
        g_list_store_append (people, member);
    }
  if (!any_active (items))
    {
      toast (self, _("The catalog is empty: an administrator adds items under Stock."));
      return;
    }
  dialog = fl_supply_request_dialog_new (widget, self->service, self->session, G_LIST_MODEL (people), items);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (filed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Lifecycle */

static void
fl_ledger_panel_constructed (GObject *object)
{
  FlLedgerPanel *self = FL_LEDGER_PANEL (object);

  G_OBJECT_CLASS (fl_ledger_panel_parent_class)->constructed (object);

  self->service = fl_ledger_service_new (self->database);
  gtk_widget_set_visible (self->request_button, fl_session_can (self->session, FL_PERMISSION_REQUEST_SUPPLIES));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.request",
                                 fl_session_can (self->session, FL_PERMISSION_REQUEST_SUPPLIES));
  fl_ledger_stock_view_set_up (self->stock_view, self->service, self->session, self->toast_overlay);
  fl_ledger_loans_view_set_up (self->loans_view, self->database, self->service, self->session,
                               self->toast_overlay);
  fl_ledger_purchases_view_set_up (self->purchases_view, self->service, self->session, self->toast_overlay);
  g_signal_connect_object (self->stock_view, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loans_view, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->purchases_view, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
fl_ledger_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fl_ledger_panel_parent_class)->map (widget);

  /* Others may have filed or decided meanwhile. */
  refresh (FL_LEDGER_PANEL (widget));
}

static void
fl_ledger_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FlLedgerPanel *self = FL_LEDGER_PANEL (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      g_value_set_uint (value, self->badge);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_ledger_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FlLedgerPanel *self = FL_LEDGER_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_ledger_panel_dispose (GObject *object)
{
  FlLedgerPanel *self = FL_LEDGER_PANEL (object);

  /* AdwBin would unparent its child again after the template let it go. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_PANEL);
  g_clear_object (&self->service);
  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_ledger_panel_parent_class)->dispose (object);
}

static void
fl_ledger_panel_class_init (FlLedgerPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_ledger_panel_constructed;
  object_class->get_property = fl_ledger_panel_get_property;
  object_class->set_property = fl_ledger_panel_set_property;
  object_class->dispose = fl_ledger_panel_dispose;
  widget_class->map = fl_ledger_panel_map;

  properties[PROP_DATABASE] = g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                                                   G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                   G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                                                  G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /* Lines waiting for the signed-in person's decision, or for them to
   * issue. The sidebar shows it. */
  properties[PROP_BADGE] = g_param_spec_uint ("badge", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FL_TYPE_LEDGER_STOCK_VIEW);
  g_type_ensure (FL_TYPE_LEDGER_LOANS_VIEW);
  g_type_ensure (FL_TYPE_LEDGER_PURCHASES_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, request_button);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, waiting_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, issue_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, recent_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, stock_view);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, loans_view);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerPanel, purchases_view);
  gtk_widget_class_install_action (widget_class, "ledger.request", NULL, request_activated);
}

static void
fl_ledger_panel_init (FlLedgerPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_ledger_panel_new (FlDatabase *database,
                     FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_LEDGER_PANEL, "database", database, "session", session, NULL);
}
