/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-movements-dialog"

#include "config.h"

#include "fl-ledger-movements-dialog.h"
#include "fl-ledger-service.h"
#include "fl-month.h"

/* The range of days of the ledger's movements report (出入库明细). */
struct _FlLedgerMovementsDialog
{
  FlFormDialog  parent_instance;

  char         *first;
  char         *last;

  /* Template widgets */
  GtkEntry     *first_entry;
  GtkEntry     *last_entry;
};

G_DEFINE_FINAL_TYPE (FlLedgerMovementsDialog, fl_ledger_movements_dialog, FL_TYPE_FORM_DIALOG)

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static gint64
fl_ledger_movements_dialog_save (FlFormDialog  *dialog,
                                 GError       **error)
{
  FlLedgerMovementsDialog *self = FL_LEDGER_MOVEMENTS_DIALOG (dialog);
  g_autofree char *first = entry_text (self->first_entry);
  g_autofree char *last = entry_text (self->last_entry);
  GDate from, to;

  if (!fl_month_parse_range (first, last, &from, &to, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, error))
    return 0;
  g_free (self->first);
  g_free (self->last);
  self->first = fl_month_date_to_string (&from);
  self->last = fl_month_date_to_string (&to);
  return 1;
}

const char *
fl_ledger_movements_dialog_get_first (FlLedgerMovementsDialog *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_MOVEMENTS_DIALOG (self), NULL);

  return self->first;
}

const char *
fl_ledger_movements_dialog_get_last (FlLedgerMovementsDialog *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_MOVEMENTS_DIALOG (self), NULL);

  return self->last;
}

static void
fl_ledger_movements_dialog_dispose (GObject *object)
{
  FlLedgerMovementsDialog *self = FL_LEDGER_MOVEMENTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEDGER_MOVEMENTS_DIALOG);
  g_clear_pointer (&self->first, g_free);
  g_clear_pointer (&self->last, g_free);

  G_OBJECT_CLASS (fl_ledger_movements_dialog_parent_class)->dispose (object);
}

static void
fl_ledger_movements_dialog_class_init (FlLedgerMovementsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_ledger_movements_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_ledger_movements_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/ledger/fl-ledger-movements-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLedgerMovementsDialog, first_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLedgerMovementsDialog, last_entry);
}

static void
fl_ledger_movements_dialog_init (FlLedgerMovementsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_ledger_movements_dialog_new (GtkWidget *parent)
{
  FlLedgerMovementsDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *first_text = g_date_time_format (now, "%Y-%m-01");
  g_autofree char *last_text = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  self = g_object_new (FL_TYPE_LEDGER_MOVEMENTS_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->first_entry), first_text);
  gtk_editable_set_text (GTK_EDITABLE (self->last_entry), last_text);
  return GTK_WIDGET (self);
}
