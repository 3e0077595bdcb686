/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-player-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-player-bar.h"

struct _FlPlayerBar
{
  GtkWidget        parent_instance;

  FlPlayer        *player;
  GSignalGroup    *player_signals;
  GBindingGroup   *player_bindings;

  /* Template widgets */
  GtkWidget       *box;
  GtkRevealer     *message_revealer;
  GtkImage        *message_icon;
  GtkLabel        *message_label;
  GtkButton       *skip_back_long_button;
  GtkButton       *skip_back_button;
  GtkButton       *play_button;
  GtkButton       *skip_forward_button;
  GtkButton       *skip_forward_long_button;
  GtkLabel        *time_label;
  GtkMenuButton   *speed_button;
  GtkAdjustment   *speed_adjustment;
  GtkMenuButton   *channels_button;
  GtkToggleButton *agent_mute_button;
  GtkToggleButton *agent_solo_button;
  GtkToggleButton *customer_mute_button;
  GtkToggleButton *customer_solo_button;
  GtkAdjustment   *volume_adjustment;
};

G_DEFINE_FINAL_TYPE (FlPlayerBar, fl_player_bar, GTK_TYPE_WIDGET)

static char *
format_clock (gint64 nanoseconds)
{
  gint64 seconds = MAX (nanoseconds, 0) / 1000000000;

  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

static void
update_time (FlPlayerBar *self)
{
  g_autofree char *position = format_clock (fl_player_get_position (self->player));
  g_autofree char *duration = format_clock (fl_player_get_duration (self->player));
  g_autofree char *text = g_strdup_printf ("%s / %s", position, duration);

  gtk_label_set_label (self->time_label, text);
}

static void
update_state (FlPlayerBar *self)
{
  gboolean playing = fl_player_get_state (self->player) == FL_PLAYER_STATE_PLAYING;
  const char *label = playing ? _("Pause") : _("Play");
  /* Translators: a tooltip; %s is “Play” or “Pause” */
  g_autofree char *tooltip = g_strdup_printf (_("%s (Space)"), label);

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic"
                                                       : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_rate (FlPlayerBar *self)
{
  double rate = fl_player_get_rate (self->player);
  /* Translators: the playback speed, like “1.5×” */
  g_autofree char *label = g_strdup_printf (_("%.1f×"), rate);

  gtk_menu_button_set_label (self->speed_button, label);
  if (fabs (gtk_adjustment_get_value (self->speed_adjustment) - rate) > 0.01)
    gtk_adjustment_set_value (self->speed_adjustment, rate);
}

static void
update_channels (FlPlayerBar *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->channels_button),
                          fl_player_get_n_channels (self->player) >= 2);
}

static void
player_notify_cb (FlPlayerBar *self,
                  GParamSpec  *pspec,
                  FlPlayer    *player)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "position") || g_str_equal (name, "duration"))
    update_time (self);
  else if (g_str_equal (name, "state"))
    update_state (self);
  else if (g_str_equal (name, "rate"))
    update_rate (self);
  else if (g_str_equal (name, "n-channels"))
    update_channels (self);
}

static void
player_error_cb (FlPlayerBar  *self,
                 const GError *error,
                 FlPlayer     *player)
{
  fl_player_bar_show_message (self, error->message, TRUE);
}

static void
speed_changed_cb (FlPlayerBar   *self,
                  GtkAdjustment *adjustment)
{
  double rate = round (gtk_adjustment_get_value (adjustment) * 10) / 10;

  if (self->player != NULL && fabs (fl_player_get_rate (self->player) - rate) > 0.01)
    fl_player_set_rate (self->player, rate);
}

static void
channel_toggled_cb (FlPlayerBar     *self,
                    GtkToggleButton *button)
{
  if (self->player == NULL)
    return;

  fl_player_set_channel_muted (self->player, 0, gtk_toggle_button_get_active (self->agent_mute_button));
  fl_player_set_channel_muted (self->player, 1, gtk_toggle_button_get_active (self->customer_mute_button));
  fl_player_set_channel_solo (self->player, 0, gtk_toggle_button_get_active (self->agent_solo_button));
  fl_player_set_channel_solo (self->player, 1, gtk_toggle_button_get_active (self->customer_solo_button));
}

static void
fl_player_bar_dispose (GObject *object)
{
  FlPlayerBar *self = FL_PLAYER_BAR (object);

  g_clear_object (&self->player_signals);
  g_clear_object (&self->player_bindings);
  g_clear_object (&self->player);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_PLAYER_BAR);

  G_OBJECT_CLASS (fl_player_bar_parent_class)->dispose (object);
}

static void
fl_player_bar_class_init (FlPlayerBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_player_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/qa/fl-player-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, box);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, message_icon);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, message_label);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, skip_back_long_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, skip_back_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, play_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, skip_forward_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, skip_forward_long_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, time_label);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, speed_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, speed_adjustment);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, channels_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, agent_mute_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, agent_solo_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, customer_mute_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, customer_solo_button);
  gtk_widget_class_bind_template_child (widget_class, FlPlayerBar, volume_adjustment);
  gtk_widget_class_bind_template_callback (widget_class, channel_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fl_player_bar_init (FlPlayerBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->player_signals = g_signal_group_new (FL_TYPE_PLAYER);
  g_signal_group_connect_object (self->player_signals, "notify", G_CALLBACK (player_notify_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->player_signals, "error", G_CALLBACK (player_error_cb),
                                 self, G_CONNECT_SWAPPED);

  self->player_bindings = g_binding_group_new ();
  g_binding_group_bind (self->player_bindings, "volume", self->volume_adjustment, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->speed_adjustment, "value-changed",
                           G_CALLBACK (speed_changed_cb), self, G_CONNECT_SWAPPED);

  fl_player_bar_set_skip_seconds (self, 5, 10);
}

GtkWidget *
fl_player_bar_new (void)
{
  return g_object_new (FL_TYPE_PLAYER_BAR, NULL);
}

void
fl_player_bar_set_player (FlPlayerBar *self,
                          FlPlayer    *player)
{
  g_return_if_fail (FL_IS_PLAYER_BAR (self));
  g_return_if_fail (player == NULL || FL_IS_PLAYER (player));

  if (!g_set_object (&self->player, player))
    return;

  g_signal_group_set_target (self->player_signals, player);
  g_binding_group_set_source (self->player_bindings, player);
  if (player != NULL)
    {
      update_time (self);
      update_state (self);
      update_rate (self);
      update_channels (self);
    }
}

static void
name_button (GtkButton  *button,
             const char *text)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* Names the skip buttons after what they do, for tooltips and screen readers. */
void
fl_player_bar_set_skip_seconds (FlPlayerBar *self,
                                guint        skip_seconds,
                                guint        long_skip_seconds)
{
  g_autofree char *back = NULL;
  g_autofree char *forward = NULL;
  g_autofree char *long_back = NULL;
  g_autofree char *long_forward = NULL;

  g_return_if_fail (FL_IS_PLAYER_BAR (self));

  /* Translators: a button; %u is a number of seconds */
  back = g_strdup_printf (_("Back %u seconds (←)"), skip_seconds);
  /* Translators: a button; %u is a number of seconds */
  forward = g_strdup_printf (_("Forward %u seconds (→)"), skip_seconds);
  /* Translators: a button; %u is a number of seconds */
  long_back = g_strdup_printf (_("Back %u seconds (Shift+←)"), long_skip_seconds);
  /* Translators: a button; %u is a number of seconds */
  long_forward = g_strdup_printf (_("Forward %u seconds (Shift+→)"), long_skip_seconds);

  name_button (self->skip_back_button, back);
  name_button (self->skip_forward_button, forward);
  name_button (self->skip_back_long_button, long_back);
  name_button (self->skip_forward_long_button, long_forward);
}

/* Shows @message above the controls: an error in red, a notice in the
 * normal colour. NULL hides it. */
void
fl_player_bar_show_message (FlPlayerBar *self,
                            const char  *message,
                            gboolean     is_error)
{
  g_return_if_fail (FL_IS_PLAYER_BAR (self));

  if (message == NULL)
    {
      gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
      return;
    }

  gtk_label_set_label (self->message_label, message);
  gtk_image_set_from_icon_name (self->message_icon, is_error ? "dialog-error-symbolic"
                                                             : "dialog-information-symbolic");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_revealer), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_revealer), "error");
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}
