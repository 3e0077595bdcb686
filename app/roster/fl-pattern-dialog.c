/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-pattern-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-pattern-dialog.h"

struct _FlPatternDialog
{
  FlFormDialog     parent_instance;

  FlRosterHistory *history;
  guint            first_agent;
  guint            last_agent;
  GStrv            pattern_codes;

  GtkLabel        *agents_label;
  AdwComboRow     *pattern_row;
  GtkEntry        *codes_entry;
  GtkSpinButton   *first_day_spin;
  GtkSpinButton   *last_day_spin;
  GtkSpinButton   *stagger_spin;
};

G_DEFINE_FINAL_TYPE (FlPatternDialog, fl_pattern_dialog, FL_TYPE_FORM_DIALOG)

static void
pattern_chosen_cb (FlPatternDialog *self)
{
  guint position = adw_combo_row_get_selected (self->pattern_row);

  if (self->pattern_codes != NULL && position < g_strv_length (self->pattern_codes))
    gtk_editable_set_text (GTK_EDITABLE (self->codes_entry), self->pattern_codes[position]);
}

static gint64
fl_pattern_dialog_save (FlFormDialog  *dialog,
                        GError       **error)
{
  FlPatternDialog *self = FL_PATTERN_DIALOG (dialog);
  FlRoster *roster = fl_roster_history_get_roster (self->history);
  guint first_day, last_day, stagger;
  guint n_agents = self->last_agent - self->first_agent + 1;
  g_autofree guint *agents = g_new (guint, n_agents);
  g_autofree guint *offsets = g_new (guint, n_agents);
  g_autoptr(GArray) pattern = NULL;
  g_autoptr(GArray) edits = NULL;

  /* What is typed counts, Enter pressed or not. */
  gtk_spin_button_update (self->first_day_spin);
  gtk_spin_button_update (self->last_day_spin);
  gtk_spin_button_update (self->stagger_spin);
  first_day = (guint) gtk_spin_button_get_value_as_int (self->first_day_spin) - 1;
  last_day = (guint) gtk_spin_button_get_value_as_int (self->last_day_spin) - 1;
  stagger = (guint) gtk_spin_button_get_value_as_int (self->stagger_spin);
  if (first_day > last_day)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("The last day comes before the first: choose a last day on or after it."));
      return 0;
    }
  if (!(pattern = fl_roster_parse_pattern (roster, gtk_editable_get_text (GTK_EDITABLE (self->codes_entry)), error)))
    return 0;
  for (guint i = 0; i < n_agents; i++)
    {
      agents[i] = self->first_agent + i;
      offsets[i] = (i * stagger) % pattern->len;
    }
  edits = fl_roster_fill_pattern (pattern, agents, offsets, n_agents, first_day, last_day);
  if (!fl_roster_history_apply (self->history, (const FlRosterEdit *) edits->data, edits->len, error))
    return 0;
  return 1;
}

static void
fl_pattern_dialog_dispose (GObject *object)
{
  FlPatternDialog *self = FL_PATTERN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_PATTERN_DIALOG);
  g_clear_object (&self->history);
  g_clear_pointer (&self->pattern_codes, g_strfreev);

  G_OBJECT_CLASS (fl_pattern_dialog_parent_class)->dispose (object);
}

static void
fl_pattern_dialog_class_init (FlPatternDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_pattern_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_pattern_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-pattern-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlPatternDialog, agents_label);
  gtk_widget_class_bind_template_child (widget_class, FlPatternDialog, pattern_row);
  gtk_widget_class_bind_template_child (widget_class, FlPatternDialog, codes_entry);
  gtk_widget_class_bind_template_child (widget_class, FlPatternDialog, first_day_spin);
  gtk_widget_class_bind_template_child (widget_class, FlPatternDialog, last_day_spin);
  gtk_widget_class_bind_template_child (widget_class, FlPatternDialog, stagger_spin);
  gtk_widget_class_bind_template_callback (widget_class, pattern_chosen_cb);
}

static void
fl_pattern_dialog_init (FlPatternDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
describe_agents (FlPatternDialog *self,
                 FlRoster        *roster)
{
  guint n_agents = self->last_agent - self->first_agent + 1;
  g_autofree char *text = NULL;

  if (n_agents == 1)
    /* Translators: the pattern dialog's heading: %s is the one agent it fills */
    text = g_strdup_printf (_("For %s."), fl_roster_get_agent_name (roster, self->first_agent));
  else
    /* Translators: the pattern dialog's heading: the number of agents, then the first and last of them */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "For %1$u agent, %2$s to %3$s.",
                                         "For %1$u agents, %2$s to %3$s.", n_agents),
                            n_agents, fl_roster_get_agent_name (roster, self->first_agent),
                            fl_roster_get_agent_name (roster, self->last_agent));
  gtk_label_set_label (self->agents_label, text);
}

GtkWidget *
fl_pattern_dialog_new (GtkWidget       *parent,
                       FlRosterService *service,
                       FlRosterHistory *history,
                       guint            first_agent,
                       guint            last_agent,
                       guint            first_day,
                       guint            last_day)
{
  FlPatternDialog *self;
  FlRoster *roster;
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  guint n_days;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (history), NULL);
  g_return_val_if_fail (first_agent <= last_agent, NULL);

  roster = fl_roster_history_get_roster (history);
  n_days = fl_roster_get_n_days (roster);
  self = g_object_new (FL_TYPE_PATTERN_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->history = g_object_ref (history);
  self->first_agent = first_agent;
  self->last_agent = last_agent;
  describe_agents (self, roster);

  gtk_spin_button_set_range (self->first_day_spin, 1, n_days);
  gtk_spin_button_set_range (self->last_day_spin, 1, n_days);
  gtk_spin_button_set_value (self->first_day_spin, first_day + 1);
  /* One day chosen: from it to the month's end. */
  gtk_spin_button_set_value (self->last_day_spin, (first_day == last_day ? n_days - 1 : last_day) + 1);

  if (fl_roster_service_list_patterns (service, &names, &self->pattern_codes, &error))
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const *) names);

      adw_combo_row_set_model (self->pattern_row, G_LIST_MODEL (list));
      pattern_chosen_cb (self);
    }
  else
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
  return GTK_WIDGET (self);
}
