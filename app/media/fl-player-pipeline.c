/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-player-pipeline"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <gst/audio/audio.h>
#include <string.h>

#include "fl-media-error.h"
#include "fl-player.h"
#include "fl-player-pipeline.h"

/* The pipeline:
 *
 *   uridecodebin → audioconvert ─────────────────────────────────────┐
 *   or, for a pair, per leg:                                         │
 *   uridecodebin → audioconvert → audioresample → mono F32 → audiointerleave
 *                                                                    ↓
 *   F32 → scaletempo → [channel gains] → volume → audioconvert → audioresample → sink
 *
 * FlPlayer puts the channel gains on volume's sink pad. */

#define LEG_RATE 48000   /* the legs of a pair meet at one rate */

/* Makes an element and adds it to the pipeline. */
static GstElement *
add_element (GstElement  *pipeline,
             const char  *factory,
             GError     **error)
{
  GstElement *element = gst_element_factory_make (factory, NULL);

  if (element == NULL)
    {
      g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING_PLUGIN,
                   _("Playing recordings needs the GStreamer element “%s”, which is not "
                     "installed. Install the GStreamer base and good plugins."), factory);
      return NULL;
    }
  gst_bin_add (GST_BIN (pipeline), element);
  return element;
}

static gboolean
has_fake_sink (GstElement *element)
{
  g_autoptr(GstIterator) iterator = NULL;
  GValue item = G_VALUE_INIT;
  gboolean found = FALSE;

  if (!GST_IS_BIN (element))
    return gst_element_get_factory (element) != NULL
           && g_strcmp0 (GST_OBJECT_NAME (gst_element_get_factory (element)), "fakesink") == 0;

  iterator = gst_bin_iterate_sinks (GST_BIN (element));
  while (!found && gst_iterator_next (iterator, &item) == GST_ITERATOR_OK)
    {
      found = has_fake_sink (g_value_get_object (&item));
      g_value_reset (&item);
    }
  g_value_unset (&item);
  return found;
}

/* $FLOORLEAD_AUDIO_SINK, or autoaudiosink if it can open a device, or a
 * fakesink that keeps time so the position still moves. */
static GstElement *
make_sink (gboolean *no_audio_device)
{
  const char *description = g_getenv ("FLOORLEAD_AUDIO_SINK");
  g_autoptr(GError) error = NULL;
  GstElement *sink;

  if (description != NULL && description[0] != '\0')
    {
      sink = gst_parse_bin_from_description (description, TRUE, &error);
      if (sink != NULL)
        {
          *no_audio_device = has_fake_sink (sink);
          return sink;
        }
      g_warning ("FLOORLEAD_AUDIO_SINK “%s” is not usable: %s", description, error->message);
    }

  sink = gst_element_factory_make ("autoaudiosink", NULL);
  if (sink != NULL && gst_element_set_state (sink, GST_STATE_READY) != GST_STATE_CHANGE_FAILURE
      && !has_fake_sink (sink))
    {
      *no_audio_device = FALSE;
      return sink;
    }

  if (sink != NULL)
    {
      gst_element_set_state (sink, GST_STATE_NULL);
      gst_object_unref (gst_object_ref_sink (sink));
    }
  g_debug ("No sound device: playing silently");
  *no_audio_device = TRUE;
  sink = gst_element_factory_make ("fakesink", NULL);
  g_object_set (sink, "sync", TRUE, NULL);
  return sink;
}

static gboolean
is_audio_pad (GstPad *pad)
{
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);

  if (caps == NULL)
    caps = gst_pad_query_caps (pad, NULL);
  return caps != NULL && !gst_caps_is_empty (caps)
         && g_str_has_prefix (gst_structure_get_name (gst_caps_get_structure (caps, 0)), "audio/");
}

static void
pad_added_cb (GstElement *decoder,
              GstPad     *pad,
              GstElement *next)
{
  g_autoptr(GstPad) sink_pad = gst_element_get_static_pad (next, "sink");

  if (gst_pad_is_linked (sink_pad) || !is_audio_pad (pad))
    return;
  if (GST_PAD_LINK_FAILED (gst_pad_link (pad, sink_pad)))
    GST_ELEMENT_ERROR (decoder, CORE, NEGOTIATION, (NULL), ("Could not link the decoded audio"));
}

static void
no_more_pads_cb (GstElement *decoder,
                 GstElement *next)
{
  g_autoptr(GstPad) sink_pad = gst_element_get_static_pad (next, "sink");

  if (!gst_pad_is_linked (sink_pad))
    GST_ELEMENT_ERROR (decoder, STREAM, WRONG_TYPE, (NULL), ("No audio stream"));
}

/* A stream's sign-in, kept on its uridecodebin for the HTTP source it makes. */
typedef struct
{
  char         *user;
  char         *password;
  char         *token;
  GTlsDatabase *database;   /* the source's CA, or NULL: the system's */
} HttpAccess;

static void
wipe_and_free (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

static void
http_access_free (gpointer data)
{
  HttpAccess *access = data;

  g_free (access->user);
  wipe_and_free (access->password);
  wipe_and_free (access->token);
  g_clear_object (&access->database);
  g_free (access);
}

/* The CA goes in a database, not souphttpsrc's ssl-ca-file, which it
 * does not pass on to libsoup 3. */
static HttpAccess *
http_access_copy (const FlPlayerHttpAccess  *access,
                  GError                   **error)
{
  HttpAccess *copy = g_new0 (HttpAccess, 1);

  if (access->ca_file != NULL && access->ca_file[0] != '\0')
    {
      g_autoptr(GError) ca_error = NULL;

      if (!(copy->database = g_tls_file_database_new (access->ca_file, &ca_error)))
        {
          g_free (copy);
          /* Translators: %s is a file's path, then what was wrong with it */
          g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE,
                       _("The CA certificate file “%s” could not be read: %s. Choose the PEM file of the CA "
                         "that signed the server's certificate."),
                       access->ca_file, ca_error->message);
          return NULL;
        }
    }
  copy->user = g_strdup (access->user);
  copy->password = g_strdup (access->password);
  copy->token = g_strdup (access->token);
  return copy;
}

/* souphttpsrc, as the recording server's other client (FlRemoteClient)
 * would talk: signed in, the certificate checked against the source's CA
 * alone when it has one, and no redirect followed, so none can lead from
 * HTTPS to HTTP. */
static void
source_setup_cb (GstElement *decoder,
                 GstElement *source,
                 gpointer    user_data)
{
  const HttpAccess *access = g_object_get_data (G_OBJECT (decoder), "fl-http-access");

  if (access == NULL || g_object_class_find_property (G_OBJECT_GET_CLASS (source), "ssl-strict") == NULL)
    return;
  g_object_set (source,
                "ssl-strict", TRUE,
                "automatic-redirect", FALSE,
                "timeout", 30,
                NULL);
  if (access->database != NULL)
    g_object_set (source, "tls-database", access->database, NULL);
  if (access->user != NULL)
    g_object_set (source, "user-id", access->user, "user-pw", access->password, NULL);
  if (access->token != NULL)
    {
      g_autofree char *authorization = g_strconcat ("Bearer ", access->token, NULL);
      g_autoptr(GstStructure) headers = gst_structure_new ("extra-headers",
                                                          "Authorization", G_TYPE_STRING, authorization,
                                                          NULL);

      g_object_set (source, "extra-headers", headers, NULL);
      memset (authorization, 0, strlen (authorization));
    }
}

/* uridecodebin → audioconvert [→ audioresample → mono F32 at LEG_RATE],
 * returning the last element. @access: see fl_player_pipeline_build(). */
static GstElement *
add_source (GstElement               *pipeline,
            const char               *path,
            const FlPlayerHttpAccess *access,
            gboolean                  leg,
            GError                  **error)
{
  g_autofree char *uri = access != NULL ? g_strdup (path) : fl_media_path_to_uri (path);
  HttpAccess *http_access = NULL;
  GstElement *decoder;
  GstElement *convert;
  GstElement *resample;
  GstElement *caps_filter;
  g_autoptr(GstCaps) caps = NULL;

  if ((access != NULL && (http_access = http_access_copy (access, error)) == NULL)
      || (decoder = add_element (pipeline, "uridecodebin", error)) == NULL
      || (convert = add_element (pipeline, "audioconvert", error)) == NULL)
    {
      g_clear_pointer (&http_access, http_access_free);
      return NULL;
    }
  g_object_set (decoder, "uri", uri, NULL);
  g_object_set_data_full (G_OBJECT (decoder), "fl-path", g_strdup (path), g_free);
  if (http_access != NULL)
    {
      g_object_set_data_full (G_OBJECT (decoder), "fl-http-access", http_access, http_access_free);
      g_signal_connect (decoder, "source-setup", G_CALLBACK (source_setup_cb), NULL);
    }
  g_signal_connect_object (decoder, "pad-added", G_CALLBACK (pad_added_cb), convert, 0);
  g_signal_connect_object (decoder, "no-more-pads", G_CALLBACK (no_more_pads_cb), convert, 0);
  if (!leg)
    return convert;

  if ((resample = add_element (pipeline, "audioresample", error)) == NULL
      || (caps_filter = add_element (pipeline, "capsfilter", error)) == NULL)
    return NULL;
  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, GST_AUDIO_NE (F32),
                              "layout", G_TYPE_STRING, "interleaved",
                              "rate", G_TYPE_INT, LEG_RATE,
                              "channels", G_TYPE_INT, 1,
                              NULL);
  g_object_set (caps_filter, "caps", caps, NULL);
  gst_element_link_many (convert, resample, caps_filter, NULL);
  return caps_filter;
}

/* Two mono legs become the left (agent) and right (customer) channels. */
static GstElement *
add_interleave (GstElement  *pipeline,
                GstElement  *first,
                GstElement  *second,
                GError     **error)
{
  /* audiointerleave, not interleave: interleave fails flushing seeks
   * (GStreamer 1.22 refuses the seek on its flushing sink pads). */
  GstElement *interleave = add_element (pipeline, "audiointerleave", error);
  GValueArray *positions;
  GValue position = G_VALUE_INIT;

  if (interleave == NULL)
    return NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  positions = g_value_array_new (2);
  g_value_init (&position, GST_TYPE_AUDIO_CHANNEL_POSITION);
  g_value_set_enum (&position, GST_AUDIO_CHANNEL_POSITION_FRONT_LEFT);
  g_value_array_append (positions, &position);
  g_value_set_enum (&position, GST_AUDIO_CHANNEL_POSITION_FRONT_RIGHT);
  g_value_array_append (positions, &position);
  g_object_set (interleave,
                "channel-positions-from-input", FALSE,
                "channel-positions", positions,
                NULL);
  g_value_array_free (positions);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_value_unset (&position);

  if (!gst_element_link_pads (first, "src", interleave, "sink_0")
      || !gst_element_link_pads (second, "src", interleave, "sink_1"))
    g_assert_not_reached ();
  return interleave;
}

/**
 * fl_player_pipeline_build:
 * @second_path: (nullable): the other leg of a pair
 *
 * Builds the pipeline in NULL state. On failure @self holds nothing.
 */
gboolean
fl_player_pipeline_build (FlPlayerPipeline         *self,
                          const char               *path,
                          const char               *second_path,
                          const FlPlayerHttpAccess *access,
                          GError                  **error)
{
  g_autoptr(GstCaps) caps = NULL;
  GstElement *pipeline = gst_object_ref_sink (gst_pipeline_new ("fl-player"));
  GstElement *source;
  GstElement *tempo;
  GstElement *convert;
  GstElement *resample;
  GstElement *sink;

  memset (self, 0, sizeof *self);
  self->pipeline = pipeline;
  if (second_path == NULL)
    source = add_source (pipeline, path, access, FALSE, error);
  else
    {
      GstElement *first = add_source (pipeline, path, NULL, TRUE, error);
      GstElement *second = first != NULL ? add_source (pipeline, second_path, NULL, TRUE, error) : NULL;

      source = second != NULL ? add_interleave (pipeline, first, second, error) : NULL;
    }

  if (source == NULL
      || (self->tempo_caps = add_element (pipeline, "capsfilter", error)) == NULL
      || (tempo = add_element (pipeline, "scaletempo", error)) == NULL
      || (self->volume = add_element (pipeline, "volume", error)) == NULL
      || (convert = add_element (pipeline, "audioconvert", error)) == NULL
      || (resample = add_element (pipeline, "audioresample", error)) == NULL)
    {
      fl_player_pipeline_clear (self);
      return FALSE;
    }

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, GST_AUDIO_NE (F32),
                              "layout", G_TYPE_STRING, "interleaved",
                              "channels", GST_TYPE_INT_RANGE, 1, FL_PLAYER_MAX_CHANNELS,
                              NULL);
  g_object_set (self->tempo_caps, "caps", caps, NULL);
  sink = make_sink (&self->no_audio_device);
  gst_bin_add (GST_BIN (pipeline), sink);
  if (!gst_element_link_many (source, self->tempo_caps, tempo, self->volume, convert, resample,
                              sink, NULL))
    {
      g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_FAILED,
                   _("The sound output could not be set up."));
      fl_player_pipeline_clear (self);
      return FALSE;
    }
  return TRUE;
}

void
fl_player_pipeline_clear (FlPlayerPipeline *self)
{
  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, GST_STATE_NULL);
  g_clear_object (&self->pipeline);
  self->tempo_caps = NULL;
  self->volume = NULL;
}

/* Which file a message is about: the path of the uridecodebin it came from. */
const char *
fl_player_pipeline_path_of_message (GstMessage *message,
                                    const char *fallback)
{
  for (GstObject *object = GST_MESSAGE_SRC (message); object != NULL; object = object->parent)
    {
      const char *path = g_object_get_data (G_OBJECT (object), "fl-path");

      if (path != NULL)
        return path;
    }
  return fallback;
}
