/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-swap-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-swap.h"
#include "fl-swap-list.h"

struct _FlSwapList
{
  GtkBox      parent_instance;

  GtkLabel   *summary_label;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (FlSwapList, fl_swap_list, GTK_TYPE_BOX)

enum { DECIDE, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
decide_clicked_cb (GtkButton  *button,
                   FlSwapList *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "swap-id");

  g_signal_emit (self, signals[DECIDE], 0, *id,
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "approve")));
}

static GtkWidget *
make_decide_button (FlSwapList   *self,
                    const char   *label,
                    const char   *accessible,
                    gint64        id,
                    gboolean      approve)
{
  GtkWidget *button = gtk_button_new_with_label (label);
  gint64 *stored = g_new (gint64, 1);

  *stored = id;
  g_object_set_data_full (G_OBJECT (button), "swap-id", stored, g_free);
  g_object_set_data (G_OBJECT (button), "approve", GINT_TO_POINTER (approve));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  if (approve)
    gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked", G_CALLBACK (decide_clicked_cb), self, 0);
  return button;
}

static const char *
describe_state (const FlSwapFields *fields)
{
  switch (fields->state)
    {
    case FL_SWAP_PENDING:
      /* Translators: a swap's state */
      return C_("swap state", "Waiting for the department head");
    case FL_SWAP_APPROVED:
      return C_("swap state", "Approved");
    case FL_SWAP_REJECTED:
      return C_("swap state", "Rejected");
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
make_row (FlSwapList *self,
          FlSwap     *swap,
          gboolean    may_decide)
{
  const FlSwapFields *fields = fl_swap_get_fields (swap);
  g_autofree char *first_day = fl_format_day (fields->first_day);
  g_autofree char *second_day = fl_format_day (fields->second_day);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (g_strcmp0 (fields->first_day, fields->second_day) == 0)
    /* Translators: a swap on one day: the two agents, then the day */
    title = g_strdup_printf (_("%1$s ⇄ %2$s on %3$s"), fields->first_name, fields->second_name, first_day);
  else
    /* Translators: a swap over two days: an agent and their day, then the other and theirs */
    title = g_strdup_printf (_("%1$s (%2$s) ⇄ %3$s (%4$s)"), fields->first_name, first_day, fields->second_name,
                             second_day);
  if (fields->decision_comment != NULL && *fields->decision_comment != '\0')
    /* Translators: a swap's state, the reason for it, and the department head's comment */
    subtitle = g_strdup_printf (_("%1$s · %2$s · “%3$s”"), describe_state (fields), fields->reason,
                                fields->decision_comment);
  else
    subtitle = g_strdup_printf ("%s · %s", describe_state (fields), fields->reason);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  if (may_decide && fields->state == FL_SWAP_PENDING)
    {
      /* Translators: buttons of a waiting swap, and what they tell a screen reader */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_decide_button (self, _("Reject…"), _("Reject the Swap"), fields->id, FALSE));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_decide_button (self, _("Approve"), _("Approve the Swap"), fields->id, TRUE));
    }
  return row;
}

void
fl_swap_list_set (FlSwapList *self,
                  GListModel *swaps,
                  gboolean    may_decide)
{
  guint n_swaps = swaps ? g_list_model_get_n_items (swaps) : 0;
  guint pending = 0;
  g_autofree char *summary = NULL;
  GtkWidget *child;

  g_return_if_fail (FL_IS_SWAP_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  for (guint i = n_swaps; i > 0; i--)
    {
      g_autoptr(FlSwap) swap = g_list_model_get_item (swaps, i - 1);

      pending += fl_swap_get_fields (swap)->state == FL_SWAP_PENDING;
      gtk_list_box_append (self->list, make_row (self, swap, may_decide));
    }
  if (n_swaps == 0)
    summary = g_strdup (_("No swaps asked for this month."));
  else
    /* Translators: under the Swaps heading */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u waiting for a decision.",
                                            "%u waiting for a decision.", pending), pending);
  gtk_label_set_label (self->summary_label, summary);
}

static void
fl_swap_list_class_init (FlSwapListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[DECIDE] = g_signal_new ("decide", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-swap-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FlSwapList, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlSwapList, list);
}

static void
fl_swap_list_init (FlSwapList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_swap_list_new (void)
{
  return g_object_new (FL_TYPE_SWAP_LIST, NULL);
}
