/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-stock-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-group-rows.h"
#include "fl-ledger-catalog-dialog.h"
#include "fl-ledger-item-dialog.h"
#include "fl-ledger-item-editor.h"
#include "fl-ledger-movements-dialog.h"
#include "fl-ledger-stock-view.h"
#include "fl-report-window.h"
#include "fl-stocktake-dialog.h"

/* What the kind filter shows, as its list orders them. */
typedef enum
{
  SHOW_ALL,
  SHOW_ASSETS,
  SHOW_CONSUMABLES,
  SHOW_TO_REORDER,
} Show;

struct _FlLedgerStockView
{
  AdwBin               parent_instance;

  FlLedgerService     *service;
  FlSession           *session;
  AdwToastOverlay     *toasts;
  GListModel          *items;   /* FlLedgerItem, as the rows show them */
  GPtrArray           *rows;
  GCancellable        *cancellable;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkWidget           *stocktake_button;
  GtkWidget           *catalog_button;
  GtkWidget           *reports_button;
  GtkSpinner          *reports_spinner;
  AdwPreferencesGroup *items_group;
  GtkWidget           *empty_page;
};

G_DEFINE_FINAL_TYPE (FlLedgerStockView, fl_ledger_stock_view, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
toast (FlLedgerStockView *self,
       const char        *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

static gboolean
shows (FlLedgerStockView *self,
       FlLedgerItem      *item,
       const char        *wanted)
{
  const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);
  g_autofree char *searched = g_strdup_printf ("%s %s", fields->name, fields->category ? fields->category : "");
  g_autofree char *folded = g_utf8_casefold (searched, -1);

  switch ((Show) gtk_drop_down_get_selected (self->kind_dropdown))
    {
    case SHOW_ASSETS:
      if (fields->kind != FL_ITEM_ASSET)
        return FALSE;
      break;
    case SHOW_CONSUMABLES:
      if (fields->kind != FL_ITEM_CONSUMABLE)
        return FALSE;
      break;
    case SHOW_TO_REORDER:
      if (!fl_ledger_item_needs_order (item))
        return FALSE;
      break;
    case SHOW_ALL:
    default:
      break;
    }
  return strstr (folded, wanted) != NULL;
}

static void
filter_changed_cb (FlLedgerStockView *self)
{
  g_autofree char *typed = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  const char *wanted = g_strstrip (typed);
  guint n_shown = 0;

  for (guint i = 0; self->items != NULL && i < self->rows->len; i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (self->items, i);
      gboolean visible = shows (self, item, wanted);

      gtk_widget_set_visible (g_ptr_array_index (self->rows, i), visible);
      n_shown += visible;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->items_group), n_shown > 0);
  gtk_widget_set_visible (self->empty_page, n_shown == 0);
}

static void
item_changed_cb (FlLedgerStockView *self,
                 const char        *message)
{
  g_signal_emit (self, signals[CHANGED], 0, message);
}

static void
history_clicked_cb (FlLedgerStockView *self,
                    GtkButton         *button)
{
  GtkWidget *dialog = fl_ledger_item_dialog_new (GTK_WIDGET (self), self->service, self->session,
                                                 g_object_get_data (G_OBJECT (button), "fl-item"));

  g_signal_connect_object (dialog, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* How much of @item the store has, and when to order more. */
static char *
describe_item (FlLedgerItem *item)
{
  const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);
  g_autofree char *stock = fl_ledger_item_describe_stock (item);

  if (fields->kind == FL_ITEM_CONSUMABLE && fields->reorder_level > 0)
    {
      /* Translators: a consumable's stock, then the level at which to order more */
      char *with_level = g_strdup_printf (_("%1$s · reorder at %2$d"), stock, fields->reorder_level);

      g_free (stock);
      stock = with_level;
    }
  if (fields->category != NULL)
    return g_strdup_printf (_("%1$s · %2$s"), fields->category, stock);
  return g_steal_pointer (&stock);
}

static GtkWidget *
create_row (FlLedgerStockView *self,
            FlLedgerItem      *item)
{
  const FlLedgerItemFields *fields = fl_ledger_item_get_fields (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("History…"));
  g_autofree char *subtitle = describe_item (item);
  /* Translators: for a screen reader: the page of an item with its ledger entries */
  g_autofree char *accessible = g_strdup_printf (_("History of %s"), fields->name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (fl_ledger_item_needs_order (item))
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (warning, "warning");
      gtk_widget_set_tooltip_text (warning, _("At or under its reorder level"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("At or under its reorder level"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);
    }
  if (!fields->active)
    gtk_widget_add_css_class (row, "dim-label");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_object_set_data_full (G_OBJECT (button), "fl-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (history_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
fl_ledger_stock_view_refresh (FlLedgerStockView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FL_IS_LEDGER_STOCK_VIEW (self));

  if (self->service == NULL)
    return;
  g_clear_object (&self->items);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_ptr_array_set_size (self->rows, 0);
  fl_group_rows_clear (self->items_group);
  self->items = fl_ledger_service_list_stock (self->service, self->session, &error);
  if (self->items == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->items); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (self->items, i);
      GtkWidget *row = create_row (self, item);

      g_ptr_array_add (self->rows, row);
      fl_group_rows_add (self->items_group, row);
    }
  filter_changed_cb (self);
}

/* Stocktake and export */

static void
counted_cb (FlLedgerStockView *self,
            gint64             id,
            FlStocktakeDialog *dialog)
{
  guint n_adjusted = fl_stocktake_dialog_get_n_adjusted (dialog);
  g_autofree char *done = NULL;

  if (n_adjusted == 0)
    done = g_strdup (_("The count matches the ledger: nothing to adjust."));
  else
    done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item adjusted to the count.",
                                         "%u items adjusted to the count.", n_adjusted), n_adjusted);
  g_signal_emit (self, signals[CHANGED], 0, done);
}

static void
stocktake_clicked_cb (FlLedgerStockView *self)
{
  GtkWidget *dialog;

  if (self->items == NULL)
    return;
  dialog = fl_stocktake_dialog_new (GTK_WIDGET (self), self->service, self->session, self->items);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (counted_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The catalog */

static void
catalog_changed_cb (FlLedgerStockView *self)
{
  g_signal_emit (self, signals[CHANGED], 0, _("The catalog is saved."));
}

static void
new_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FlLedgerStockView *self = FL_LEDGER_STOCK_VIEW (widget);
  GtkWidget *dialog = fl_ledger_item_editor_new (widget, self->service, self->session, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (catalog_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_names_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FlLedgerStockView *self = FL_LEDGER_STOCK_VIEW (widget);
  GtkWidget *dialog = fl_ledger_catalog_dialog_new (widget, self->service, self->session);

  g_signal_connect_object (dialog, "changed", G_CALLBACK (catalog_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reports */

static void
report_stock_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FlLedgerStockView *self = FL_LEDGER_STOCK_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlReportTable) table = fl_ledger_service_report_stock (self->service, self->session, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "stock-%Y-%m-%d");

  if (table == NULL)
    {
      toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (fl_report_window_new (widget, table, name)));
}

static void
movements_ready_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FlLedgerStockView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FlReportTable) table = fl_ledger_service_report_movements_finish (FL_LEDGER_SERVICE (source), result,
                                                                              &error);
  g_autofree char *name = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->reports_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->reports_spinner), FALSE);
  gtk_spinner_stop (self->reports_spinner);
  if (table == NULL)
    {
      toast (self, error->message);
      return;
    }
  name = g_strdup_printf ("movements-%s", fl_report_table_get_subtitle (table));
  g_strdelimit (name, " ", '-');
  gtk_window_present (GTK_WINDOW (fl_report_window_new (GTK_WIDGET (self), table, name)));
}

/* A range of a busy ledger holds many thousand entries: read in a worker,
 * with a spinner by the menu meanwhile. */
static void
movements_chosen_cb (FlLedgerStockView       *self,
                     gint64                   id,
                     FlLedgerMovementsDialog *dialog)
{
  gtk_widget_set_sensitive (self->reports_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reports_spinner), TRUE);
  gtk_spinner_start (self->reports_spinner);
  fl_ledger_service_report_movements_async (self->service, self->session,
                                            fl_ledger_movements_dialog_get_first (dialog),
                                            fl_ledger_movements_dialog_get_last (dialog), self->cancellable,
                                            movements_ready_cb, g_object_ref (self));
}

static void
report_movements_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FlLedgerStockView *self = FL_LEDGER_STOCK_VIEW (widget);
  GtkWidget *dialog = fl_ledger_movements_dialog_new (widget);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (movements_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Lifecycle */

static void
fl_ledger_stock_view_dispose (GObject *object)
{
  FlLedgerStockView *self = FL_LEDGER_STOCK_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_STOCK_VIEW);
  g_clear_object (&self->service);
  g_clear_object (&self->session);
  g_clear_object (&self->items);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fl_ledger_stock_view_parent_class)->dispose (object);
}

static void
fl_ledger_stock_view_class_init (FlLedgerStockViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_stock_view_dispose;

  /* The ledger changed here: a message for a toast, or NULL. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-stock-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, stocktake_button);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, catalog_button);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, reports_button);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, reports_spinner);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, items_group);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerStockView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stocktake_clicked_cb);
  gtk_widget_class_install_action (widget_class, "stock.new-item", NULL, new_item_action);
  gtk_widget_class_install_action (widget_class, "stock.edit-names", NULL, edit_names_action);
  gtk_widget_class_install_action (widget_class, "stock.report-stock", NULL, report_stock_action);
  gtk_widget_class_install_action (widget_class, "stock.report-movements", NULL, report_movements_action);
}

static void
fl_ledger_stock_view_init (FlLedgerStockView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  self->rows = g_ptr_array_new ();
}

void
fl_ledger_stock_view_set_up (FlLedgerStockView *self,
                             FlLedgerService   *service,
                             FlSession         *session,
                             AdwToastOverlay   *toasts)
{
  g_return_if_fail (FL_IS_LEDGER_STOCK_VIEW (self));
  g_return_if_fail (FL_IS_LEDGER_SERVICE (service));

  self->service = g_object_ref (service);
  self->session = g_object_ref (session);
  self->toasts = toasts;
  gtk_widget_set_visible (self->stocktake_button, fl_session_can (session, FL_PERMISSION_MANAGE_STOCK));
  gtk_widget_set_visible (self->catalog_button, fl_session_can (session, FL_PERMISSION_MANAGE_STOCK));
  fl_ledger_stock_view_refresh (self);
}
