/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-violation-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fl-violation-list.h"

/* Most violations listed at once; the grid marks them all. */
#define MAX_LISTED 50
/* Rows made with a month's first frame, and then per idle moment up to
 * MAX_LISTED: the first frame of a month of 300 agents waits for no more. */
#define ROWS_AT_ONCE 10

struct _FlViolationList
{
  GtkBox      parent_instance;

  GArray     *listed;   /* FlRosterViolation, all of them: the rows show the first */
  FlRoster   *roster;   /* whose violations are listed */
  guint       n_wanted; /* rows to show when there are as many: up to MAX_LISTED */
  guint       top_up_id;

  GtkLabel   *summary_label;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (FlViolationList, fl_violation_list, GTK_TYPE_BOX)

enum { SHOW_CELL, N_SIGNALS };

static guint signals[N_SIGNALS];

static gboolean
same_violation (const FlRosterViolation *a,
                const FlRosterViolation *b)
{
  return a->rule == b->rule && a->severity == b->severity && a->agent == b->agent && a->day == b->day &&
         a->value == b->value && a->limit == b->limit;
}

static void
row_activated_cb (FlViolationList *self,
                  GtkListBoxRow   *row)
{
  int index = gtk_list_box_row_get_index (row);
  const FlRosterViolation *violation;

  if (index < 0 || (guint) index >= self->listed->len)
    return;
  violation = &g_array_index (self->listed, FlRosterViolation, index);
  g_signal_emit (self, signals[SHOW_CELL], 0, violation->agent, violation->day);
}

static void
show_clicked_cb (FlViolationList *self,
                 GtkButton       *button)
{
  row_activated_cb (self, GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW)));
}

static GtkWidget *
make_row (FlViolationList         *self,
          FlRoster                *roster,
          const FlRosterViolation *violation)
{
  g_autofree char *text = fl_roster_describe_violation (roster, violation);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *show = gtk_button_new_from_icon_name ("find-location-symbolic");
  gboolean hard = violation->severity == FL_RULE_HARD;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hard ? _("Blocks submitting") : _("Warning"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (hard ? "dialog-error-symbolic" : "dialog-warning-symbolic"));
  gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (show, "flat");
  gtk_widget_set_tooltip_text (show, _("Show the Cell"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (show), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show the Cell"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  g_signal_connect_object (show, "clicked", G_CALLBACK (show_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), show);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
update_summary (FlViolationList *self,
                FlRoster        *roster)
{
  guint hard = roster ? fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_HARD) : 0;
  guint soft = roster ? fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_SOFT) : 0;
  g_autofree char *summary = NULL;

  if (hard == 0 && soft == 0)
    summary = g_strdup (_("Every rule is kept."));
  else if (hard > 0)
    /* Translators: above the list of broken roster rules; %1$u must be fixed before submitting, %2$u warn */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%1$u must be fixed before submitting; %2$u warnings.",
                                            "%1$u must be fixed before submitting; %2$u warnings.", hard),
                               hard, soft);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning; nothing blocks submitting.",
                                            "%u warnings; nothing blocks submitting.", soft), soft);
  gtk_label_set_label (self->summary_label, summary);
}

static guint
count_rows (FlViolationList *self)
{
  guint n_rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n_rows++;
  return n_rows;
}

/* Makes rows after the last up to n_wanted, or as many as listed. */
static void
append_rows (FlViolationList *self)
{
  for (guint shown = count_rows (self); shown < MIN (self->listed->len, self->n_wanted); shown++)
    gtk_list_box_append (self->list,
                         make_row (self, self->roster, &g_array_index (self->listed, FlRosterViolation, shown)));
}

static gboolean
top_up_cb (gpointer user_data)
{
  FlViolationList *self = user_data;

  self->n_wanted = MIN (self->n_wanted + ROWS_AT_ONCE, MAX_LISTED);
  append_rows (self);
  if (self->n_wanted < MAX_LISTED && self->n_wanted < self->listed->len)
    return G_SOURCE_CONTINUE;
  self->top_up_id = 0;
  return G_SOURCE_REMOVE;
}

void
fl_violation_list_update (FlViolationList *self,
                          FlRoster        *roster)
{
  g_autoptr(GArray) violations = NULL;
  const FlRosterViolation *now;
  const FlRosterViolation *before;
  guint n_now, n_before, prefix = 0, suffix = 0, shown;

  g_return_if_fail (FL_IS_VIOLATION_LIST (self));

  /* Another month: its first rows now, the others once it is painted. */
  if (g_set_object (&self->roster, roster))
    {
      self->n_wanted = ROWS_AT_ONCE;
      if (self->top_up_id == 0)
        self->top_up_id = g_idle_add (top_up_cb, self);
    }
  update_summary (self, roster);
  violations = roster ? fl_roster_check_list (fl_roster_get_check (roster))
                      : g_array_new (FALSE, FALSE, sizeof (FlRosterViolation));
  now = (const FlRosterViolation *) violations->data;
  before = (const FlRosterViolation *) self->listed->data;
  n_now = violations->len;
  n_before = self->listed->len;

  /* Both lists run by agent then day: an edit changes a stretch between
   * what stays before it and what stays after. Of it, only what falls
   * among the rows shown is made again. */
  while (prefix < n_now && prefix < n_before && same_violation (&now[prefix], &before[prefix]))
    prefix++;
  while (suffix < n_now - prefix && suffix < n_before - prefix &&
         same_violation (&now[n_now - 1 - suffix], &before[n_before - 1 - suffix]))
    suffix++;

  shown = count_rows (self);
  for (guint i = prefix; i < MIN (n_before - suffix, shown); i++)
    gtk_list_box_remove (self->list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) prefix)));
  shown -= MIN (n_before - suffix, shown) - MIN (prefix, shown);
  /* New rows where the changed stretch starts among the rows shown. */
  for (guint i = prefix; i <= shown && i < MIN (n_now - suffix, self->n_wanted); i++, shown++)
    gtk_list_box_insert (self->list, make_row (self, roster, &now[i]), (int) i);
  /* The rows shown are the first of the new list, as many as wanted. */
  while (shown > MIN (n_now, self->n_wanted))
    gtk_list_box_remove (self->list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) --shown)));
  g_array_set_size (self->listed, 0);
  g_array_append_vals (self->listed, now, n_now);
  append_rows (self);
}

static void
fl_violation_list_finalize (GObject *object)
{
  FlViolationList *self = FL_VIOLATION_LIST (object);

  g_array_unref (self->listed);
  g_clear_object (&self->roster);
  g_clear_handle_id (&self->top_up_id, g_source_remove);

  G_OBJECT_CLASS (fl_violation_list_parent_class)->finalize (object);
}

static void
fl_violation_list_class_init (FlViolationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fl_violation_list_finalize;

  signals[SHOW_CELL] = g_signal_new ("show-cell", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                     NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-violation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FlViolationList, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlViolationList, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
fl_violation_list_init (FlViolationList *self)
{
  self->listed = g_array_new (FALSE, FALSE, sizeof (FlRosterViolation));
  self->n_wanted = MAX_LISTED;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_violation_list_new (void)
{
  return g_object_new (FL_TYPE_VIOLATION_LIST, NULL);
}
