/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-mpris"

#include "config.h"

#include "fl-mpris.h"

#define MPRIS_PATH "/org/mpris/MediaPlayer2"
#define TRACK_PATH "/io/github/floorlead/Floorlead/Recording"
#define NS_PER_US  1000

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.mpris.MediaPlayer2'>"
  "    <method name='Raise'/>"
  "    <method name='Quit'/>"
  "    <property name='CanQuit' type='b' access='read'/>"
  "    <property name='CanRaise' type='b' access='read'/>"
  "    <property name='HasTrackList' type='b' access='read'/>"
  "    <property name='Identity' type='s' access='read'/>"
  "    <property name='DesktopEntry' type='s' access='read'/>"
  "    <property name='SupportedUriSchemes' type='as' access='read'/>"
  "    <property name='SupportedMimeTypes' type='as' access='read'/>"
  "  </interface>"
  "  <interface name='org.mpris.MediaPlayer2.Player'>"
  "    <method name='Next'/>"
  "    <method name='Previous'/>"
  "    <method name='Pause'/>"
  "    <method name='PlayPause'/>"
  "    <method name='Stop'/>"
  "    <method name='Play'/>"
  "    <method name='Seek'><arg direction='in' name='Offset' type='x'/></method>"
  "    <method name='SetPosition'>"
  "      <arg direction='in' name='TrackId' type='o'/>"
  "      <arg direction='in' name='Position' type='x'/>"
  "    </method>"
  "    <method name='OpenUri'><arg direction='in' name='Uri' type='s'/></method>"
  "    <signal name='Seeked'><arg name='Position' type='x'/></signal>"
  "    <property name='PlaybackStatus' type='s' access='read'/>"
  "    <property name='Rate' type='d' access='readwrite'/>"
  "    <property name='Metadata' type='a{sv}' access='read'/>"
  "    <property name='Volume' type='d' access='readwrite'/>"
  "    <property name='Position' type='x' access='read'/>"
  "    <property name='MinimumRate' type='d' access='read'/>"
  "    <property name='MaximumRate' type='d' access='read'/>"
  "    <property name='CanGoNext' type='b' access='read'/>"
  "    <property name='CanGoPrevious' type='b' access='read'/>"
  "    <property name='CanPlay' type='b' access='read'/>"
  "    <property name='CanPause' type='b' access='read'/>"
  "    <property name='CanSeek' type='b' access='read'/>"
  "    <property name='CanControl' type='b' access='read'/>"
  "  </interface>"
  "</node>";

struct _FlMpris
{
  GObject          parent_instance;

  GDBusConnection *connection;
  GDBusNodeInfo   *node_info;
  guint            root_id;
  guint            player_id;
  guint            name_id;
  char            *identity;
  char            *desktop_entry;

  FlPlayer        *player;
  GSignalGroup    *player_signals;
  char            *title;
};

enum {
  RAISE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlMpris, fl_mpris, G_TYPE_OBJECT)

static const char *
playback_status (FlMpris *self)
{
  if (self->player == NULL)
    return "Stopped";

  switch (fl_player_get_state (self->player))
    {
    case FL_PLAYER_STATE_PLAYING:
      return "Playing";
    case FL_PLAYER_STATE_PAUSED:
      return "Paused";
    case FL_PLAYER_STATE_STOPPED:
    default:
      return "Stopped";
    }
}

static GVariant *
build_metadata (FlMpris *self)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  if (self->player != NULL)
    {
      g_variant_builder_add (&builder, "{sv}", "mpris:trackid", g_variant_new_object_path (TRACK_PATH));
      g_variant_builder_add (&builder, "{sv}", "mpris:length",
                             g_variant_new_int64 (fl_player_get_duration (self->player) / NS_PER_US));
      if (self->title != NULL)
        g_variant_builder_add (&builder, "{sv}", "xesam:title", g_variant_new_string (self->title));
    }
  return g_variant_builder_end (&builder);
}

static GVariant *
get_root_property (FlMpris    *self,
                   const char *name)
{
  if (g_str_equal (name, "CanQuit") || g_str_equal (name, "HasTrackList"))
    return g_variant_new_boolean (FALSE);
  if (g_str_equal (name, "CanRaise"))
    return g_variant_new_boolean (TRUE);
  if (g_str_equal (name, "Identity"))
    return g_variant_new_string (self->identity);
  if (g_str_equal (name, "DesktopEntry"))
    return g_variant_new_string (self->desktop_entry);
  if (g_str_equal (name, "SupportedUriSchemes") || g_str_equal (name, "SupportedMimeTypes"))
    return g_variant_new_strv (NULL, 0);
  return NULL;
}

static GVariant *
get_player_property (FlMpris    *self,
                     const char *name)
{
  gboolean loaded = self->player != NULL;

  if (g_str_equal (name, "PlaybackStatus"))
    return g_variant_new_string (playback_status (self));
  if (g_str_equal (name, "Rate"))
    return g_variant_new_double (loaded ? fl_player_get_rate (self->player) : 1.0);
  if (g_str_equal (name, "Metadata"))
    return build_metadata (self);
  if (g_str_equal (name, "Volume"))
    return g_variant_new_double (loaded ? fl_player_get_volume (self->player) : 1.0);
  if (g_str_equal (name, "Position"))
    return g_variant_new_int64 (loaded ? fl_player_get_position (self->player) / NS_PER_US : 0);
  if (g_str_equal (name, "MinimumRate"))
    return g_variant_new_double (FL_PLAYER_MIN_RATE);
  if (g_str_equal (name, "MaximumRate"))
    return g_variant_new_double (FL_PLAYER_MAX_RATE);
  if (g_str_equal (name, "CanGoNext") || g_str_equal (name, "CanGoPrevious"))
    return g_variant_new_boolean (FALSE);
  if (g_str_equal (name, "CanControl"))
    return g_variant_new_boolean (TRUE);
  if (g_str_equal (name, "CanPlay") || g_str_equal (name, "CanPause") || g_str_equal (name, "CanSeek"))
    return g_variant_new_boolean (loaded);
  return NULL;
}

static GVariant *
get_property_cb (GDBusConnection  *connection,
                 const char       *sender,
                 const char       *object_path,
                 const char       *interface_name,
                 const char       *property_name,
                 GError          **error,
                 gpointer          user_data)
{
  FlMpris *self = user_data;
  GVariant *value;

  if (g_str_equal (interface_name, "org.mpris.MediaPlayer2"))
    value = get_root_property (self, property_name);
  else
    value = get_player_property (self, property_name);

  if (value == NULL)
    g_set_error (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_PROPERTY,
                 "No property %s on %s", property_name, interface_name);
  return value;
}

static gboolean
set_property_cb (GDBusConnection  *connection,
                 const char       *sender,
                 const char       *object_path,
                 const char       *interface_name,
                 const char       *property_name,
                 GVariant         *value,
                 GError          **error,
                 gpointer          user_data)
{
  FlMpris *self = user_data;

  if (self->player == NULL)
    return TRUE;

  if (g_str_equal (property_name, "Rate"))
    fl_player_set_rate (self->player, g_variant_get_double (value));
  else if (g_str_equal (property_name, "Volume"))
    fl_player_set_volume (self->player, CLAMP (g_variant_get_double (value), 0.0, 1.0));
  return TRUE;
}

static void
emit_seeked (FlMpris *self)
{
  if (self->player_id == 0)
    return;

  g_dbus_connection_emit_signal (self->connection, NULL, MPRIS_PATH,
                                 "org.mpris.MediaPlayer2.Player", "Seeked",
                                 g_variant_new ("(x)", fl_player_get_position (self->player) / NS_PER_US),
                                 NULL);
}

static void
call_player_method (FlMpris    *self,
                    const char *method,
                    GVariant   *parameters)
{
  if (g_str_equal (method, "Play"))
    fl_player_play (self->player);
  else if (g_str_equal (method, "Pause") || g_str_equal (method, "Stop"))
    fl_player_pause (self->player);
  else if (g_str_equal (method, "PlayPause"))
    fl_player_toggle (self->player);
  else if (g_str_equal (method, "Seek"))
    {
      gint64 offset_us;

      g_variant_get (parameters, "(x)", &offset_us);
      fl_player_skip (self->player, offset_us * NS_PER_US);
      emit_seeked (self);
    }
  else if (g_str_equal (method, "SetPosition"))
    {
      const char *track;
      gint64 position_us;

      g_variant_get (parameters, "(&ox)", &track, &position_us);
      if (g_str_equal (track, TRACK_PATH))
        {
          fl_player_seek (self->player, position_us * NS_PER_US);
          emit_seeked (self);
        }
    }
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  FlMpris *self = user_data;

  if (g_str_equal (method_name, "Raise"))
    g_signal_emit (self, signals[RAISE], 0);
  else if (self->player != NULL)
    call_player_method (self, method_name, parameters);

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable interface_vtable = {
  method_call_cb,
  get_property_cb,
  set_property_cb,
  { 0 },
};

static void
emit_player_properties (FlMpris     *self,
                        const char  *first_name,
                        ...)
{
  GVariantBuilder changed;
  va_list args;

  if (self->player_id == 0)
    return;

  g_variant_builder_init (&changed, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    g_variant_builder_add (&changed, "{sv}", name, get_player_property (self, name));
  va_end (args);

  g_dbus_connection_emit_signal (self->connection, NULL, MPRIS_PATH,
                                 "org.freedesktop.DBus.Properties", "PropertiesChanged",
                                 g_variant_new ("(sa{sv}as)", "org.mpris.MediaPlayer2.Player",
                                                &changed, NULL),
                                 NULL);
}

static void
player_notify_cb (FlMpris    *self,
                  GParamSpec *pspec,
                  FlPlayer   *player)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "state"))
    emit_player_properties (self, "PlaybackStatus", NULL);
  else if (g_str_equal (name, "rate"))
    emit_player_properties (self, "Rate", NULL);
  else if (g_str_equal (name, "volume"))
    emit_player_properties (self, "Volume", NULL);
  else if (g_str_equal (name, "duration"))
    emit_player_properties (self, "Metadata", NULL);
}

static void
fl_mpris_dispose (GObject *object)
{
  FlMpris *self = FL_MPRIS (object);

  if (self->name_id != 0)
    g_bus_unown_name (self->name_id);
  self->name_id = 0;
  if (self->root_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->root_id);
  self->root_id = 0;
  if (self->player_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->player_id);
  self->player_id = 0;

  g_clear_object (&self->player_signals);
  g_clear_object (&self->player);
  g_clear_object (&self->connection);

  G_OBJECT_CLASS (fl_mpris_parent_class)->dispose (object);
}

static void
fl_mpris_finalize (GObject *object)
{
  FlMpris *self = FL_MPRIS (object);

  g_clear_pointer (&self->node_info, g_dbus_node_info_unref);
  g_free (self->identity);
  g_free (self->desktop_entry);
  g_free (self->title);

  G_OBJECT_CLASS (fl_mpris_parent_class)->finalize (object);
}

static void
fl_mpris_class_init (FlMprisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fl_mpris_dispose;
  object_class->finalize = fl_mpris_finalize;

  /* The desktop asked to show the player's window. */
  signals[RAISE] = g_signal_new ("raise", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fl_mpris_init (FlMpris *self)
{
  self->player_signals = g_signal_group_new (FL_TYPE_PLAYER);
  g_signal_group_connect_object (self->player_signals, "notify", G_CALLBACK (player_notify_cb),
                                 self, G_CONNECT_SWAPPED);
}

/* Registers on @connection as org.mpris.MediaPlayer2.@bus_name_suffix.
 * Failing to register only costs the media keys, so it is logged, not fatal. */
FlMpris *
fl_mpris_new (GDBusConnection *connection,
              const char      *bus_name_suffix,
              const char      *identity,
              const char      *desktop_entry)
{
  g_autoptr(FlMpris) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bus_name = NULL;

  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);
  g_return_val_if_fail (bus_name_suffix != NULL, NULL);

  self = g_object_new (FL_TYPE_MPRIS, NULL);
  self->connection = g_object_ref (connection);
  self->identity = g_strdup (identity);
  self->desktop_entry = g_strdup (desktop_entry);
  self->node_info = g_dbus_node_info_new_for_xml (introspection_xml, &error);
  g_assert_no_error (error);

  self->root_id = g_dbus_connection_register_object (connection, MPRIS_PATH,
                                                     self->node_info->interfaces[0],
                                                     &interface_vtable, self, NULL, &error);
  if (self->root_id != 0)
    self->player_id = g_dbus_connection_register_object (connection, MPRIS_PATH,
                                                         self->node_info->interfaces[1],
                                                         &interface_vtable, self, NULL, &error);
  if (error != NULL)
    {
      g_warning ("Media keys will not work: %s", error->message);
      return g_steal_pointer (&self);
    }

  bus_name = g_strconcat ("org.mpris.MediaPlayer2.", bus_name_suffix, NULL);
  self->name_id = g_bus_own_name_on_connection (connection, bus_name, G_BUS_NAME_OWNER_FLAGS_NONE,
                                                NULL, NULL, NULL, NULL);
  return g_steal_pointer (&self);
}

/* The player that media keys control now, and the title the desktop shows. */
void
fl_mpris_set_player (FlMpris    *self,
                     FlPlayer   *player,
                     const char *title)
{
  g_return_if_fail (FL_IS_MPRIS (self));
  g_return_if_fail (player == NULL || FL_IS_PLAYER (player));

  g_set_object (&self->player, player);
  g_free (self->title);
  self->title = g_strdup (title);
  g_signal_group_set_target (self->player_signals, player);
  emit_player_properties (self, "PlaybackStatus", "Metadata", "Rate", "Volume",
                          "CanPlay", "CanPause", "CanSeek", NULL);
}
