/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-swap-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-swap-dialog.h"

struct _FlSwapDialog
{
  FlFormDialog   parent_instance;

  FlSwapService *service;
  FlSession     *actor;
  FlRoster      *roster;
  guint          agent;
  guint          day;
  GArray        *others;   /* guint: the rows the combo row offers */

  GtkLabel      *first_label;
  AdwComboRow   *agent_row;
  GtkSpinButton *day_spin;
  GtkEntry      *reason_entry;
};

G_DEFINE_FINAL_TYPE (FlSwapDialog, fl_swap_dialog, FL_TYPE_FORM_DIALOG)

static gint64
fl_swap_dialog_save (FlFormDialog  *dialog,
                     GError       **error)
{
  FlSwapDialog *self = FL_SWAP_DIALOG (dialog);
  guint position = adw_combo_row_get_selected (self->agent_row);
  guint other;

  if (position >= self->others->len)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID, _("Choose whom the agent swaps with."));
      return 0;
    }
  other = g_array_index (self->others, guint, position);
  gtk_spin_button_update (self->day_spin);
  return fl_swap_service_file (self->service, self->actor, self->roster, self->agent, self->day, other,
                               (guint) gtk_spin_button_get_value_as_int (self->day_spin) - 1,
                               gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)), error);
}

static void
fl_swap_dialog_dispose (GObject *object)
{
  FlSwapDialog *self = FL_SWAP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SWAP_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_object (&self->roster);
  g_clear_pointer (&self->others, g_array_unref);

  G_OBJECT_CLASS (fl_swap_dialog_parent_class)->dispose (object);
}

static void
fl_swap_dialog_class_init (FlSwapDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_swap_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_swap_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-swap-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlSwapDialog, first_label);
  gtk_widget_class_bind_template_child (widget_class, FlSwapDialog, agent_row);
  gtk_widget_class_bind_template_child (widget_class, FlSwapDialog, day_spin);
  gtk_widget_class_bind_template_child (widget_class, FlSwapDialog, reason_entry);
}

static void
fl_swap_dialog_init (FlSwapDialog *self)
{
  self->others = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_swap_dialog_new (GtkWidget     *parent,
                    FlSwapService *service,
                    FlSession     *actor,
                    FlRoster      *roster,
                    guint          agent,
                    guint          day)
{
  FlSwapDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *shift = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_SWAP_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_ROSTER (roster), NULL);
  g_return_val_if_fail (agent < fl_roster_get_n_agents (roster), NULL);

  self = g_object_new (FL_TYPE_SWAP_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  self->roster = g_object_ref (roster);
  self->agent = agent;
  self->day = day;

  date = fl_roster_dup_date (roster, (int) day);
  when = fl_format_day (date);
  shift = fl_roster_describe_cell (roster, agent, (int) day);
  /* Translators: the swap dialog's heading: a name, a day, and the shift then, as "E 08:00–16:00" */
  heading = g_strdup_printf (_("%1$s gives up %3$s on %2$s."), fl_roster_get_agent_name (roster, agent), when,
                             shift);
  gtk_label_set_label (self->first_label, heading);

  for (guint other = 0; other < fl_roster_get_n_agents (roster); other++)
    {
      g_autofree char *theirs = NULL;
      g_autofree char *entry = NULL;

      if (other == agent)
        continue;
      theirs = fl_roster_describe_cell (roster, other, (int) day);
      /* Translators: an agent to swap with, and their shift on the same day */
      entry = g_strdup_printf (_("%1$s (%2$s that day)"), fl_roster_get_agent_name (roster, other), theirs);
      gtk_string_list_append (names, entry);
      g_array_append_val (self->others, other);
    }
  adw_combo_row_set_model (self->agent_row, G_LIST_MODEL (names));
  gtk_spin_button_set_range (self->day_spin, 1, fl_roster_get_n_days (roster));
  gtk_spin_button_set_value (self->day_spin, day + 1);
  return GTK_WIDGET (self);
}
