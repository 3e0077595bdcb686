/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-seat-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-seat-dialog.h"

struct _FlSeatDialog
{
  FlFormDialog     parent_instance;

  FlRosterHistory *history;
  FlRoster        *roster;
  guint            first_agent;
  guint            last_agent;
  guint            first_day;
  guint            last_day;

  /* Template widgets */
  GtkLabel        *heading_label;
  AdwComboRow     *seat_row;
};

G_DEFINE_FINAL_TYPE (FlSeatDialog, fl_seat_dialog, FL_TYPE_FORM_DIALOG)

static gint64
fl_seat_dialog_save (FlFormDialog  *dialog,
                     GError       **error)
{
  FlSeatDialog *self = FL_SEAT_DIALOG (dialog);
  guint n_agents = self->last_agent - self->first_agent + 1;
  g_autofree guint *agents = g_new (guint, n_agents);
  guint selected = adw_combo_row_get_selected (self->seat_row);
  /* The last item is "No seat". */
  int seat = selected < fl_roster_get_n_seats (self->roster) ? (int) selected : FL_ROSTER_EMPTY;
  g_autoptr(GArray) edits = NULL;

  for (guint i = 0; i < n_agents; i++)
    agents[i] = self->first_agent + i;
  edits = fl_roster_seat_edits_new (agents, n_agents, self->first_day, self->last_day, seat);
  if (!fl_roster_history_set_seats (self->history, (const FlRosterSeatEdit *) edits->data, edits->len, error))
    return 0;
  return n_agents;
}

static void
fl_seat_dialog_dispose (GObject *object)
{
  FlSeatDialog *self = FL_SEAT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SEAT_DIALOG);
  g_clear_object (&self->history);
  g_clear_object (&self->roster);

  G_OBJECT_CLASS (fl_seat_dialog_parent_class)->dispose (object);
}

static void
fl_seat_dialog_class_init (FlSeatDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_seat_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_seat_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-seat-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlSeatDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, FlSeatDialog, seat_row);
}

static void
fl_seat_dialog_init (FlSeatDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "王芳 to 李娜 (3 agents), from Monday 4 January to Sunday 10 January." */
static void
describe_selection (FlSeatDialog *self)
{
  guint n_agents = self->last_agent - self->first_agent + 1;
  g_autofree char *first = fl_roster_dup_date (self->roster, (int) self->first_day);
  g_autofree char *last = fl_roster_dup_date (self->roster, (int) self->last_day);
  g_autofree char *from = fl_format_day (first);
  g_autofree char *to = fl_format_day (last);
  g_autofree char *who = NULL;
  g_autofree char *text = NULL;

  if (n_agents == 1)
    who = g_strdup (fl_roster_get_agent_name (self->roster, self->first_agent));
  else
    /* Translators: the first and last agents of a selection, and how many it holds */
    who = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s to %2$s (%3$u agent)", "%1$s to %2$s (%3$u agents)",
                                        n_agents),
                           fl_roster_get_agent_name (self->roster, self->first_agent),
                           fl_roster_get_agent_name (self->roster, self->last_agent), n_agents);
  /* Translators: who is seated, then the first and last days */
  text = g_strdup_printf (_("%s, from %s to %s."), who, from, to);
  gtk_label_set_label (self->heading_label, text);
}

GtkWidget *
fl_seat_dialog_new (GtkWidget       *parent,
                    FlRosterHistory *history,
                    guint            first_agent,
                    guint            last_agent,
                    guint            first_day,
                    guint            last_day)
{
  FlSeatDialog *self;
  g_autoptr(GtkStringList) seats = gtk_string_list_new (NULL);
  FlRoster *roster;
  int current;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (history), NULL);

  roster = fl_roster_history_get_roster (history);
  g_return_val_if_fail (first_agent <= last_agent && last_agent < fl_roster_get_n_agents (roster), NULL);
  g_return_val_if_fail (first_day <= last_day && last_day < fl_roster_get_n_days (roster), NULL);

  self = g_object_new (FL_TYPE_SEAT_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->history = g_object_ref (history);
  self->roster = g_object_ref (roster);
  self->first_agent = first_agent;
  self->last_agent = last_agent;
  self->first_day = first_day;
  self->last_day = last_day;
  describe_selection (self);
  for (guint seat = 0; seat < fl_roster_get_n_seats (roster); seat++)
    {
      /* Translators: a seat (坐席) and its code in the grid: "Call-backs (C)" */
      g_autofree char *item = g_strdup_printf (_("%s (%s)"), fl_roster_get_seat_name (roster, seat),
                                               fl_roster_get_seat_code (roster, seat));

      gtk_string_list_append (seats, item);
    }
  gtk_string_list_append (seats, _("No seat"));
  adw_combo_row_set_model (self->seat_row, G_LIST_MODEL (seats));
  current = fl_roster_get_seat (roster, first_agent, (int) first_day);
  adw_combo_row_set_selected (self->seat_row, current != FL_ROSTER_EMPTY ? (guint) current : 0);
  return GTK_WIDGET (self);
}
