/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo-recordings"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "fl-core-resources.h"
#include "fl-demo-recordings.h"

/*
 * The demo center's recorded calls, written the way real PBXes leave them.
 *
 * build-aux/make-demo-calls speaks each call with espeak-ng and keeps it in
 * the core resource as one small Ogg file with two mono Opus streams, the
 * agent's (serial 1) and the customer's (serial 2); data/demo/calls.json
 * says how each becomes a PBX recording. Here every call is decoded and
 * encoded again into its PBX format at 8 kHz, named as FreePBX
 * ({mode}-{…}-{YYYYMMDD}-{HHMMSS}-{uniqueid} under YYYY/MM/DD/) or Oreka
 * (YYYYMMDD_HHMMSS_{port} under YYYY/MM/DD/HH/) would, with dates counted
 * back from the demo's creation. No espeak-ng is needed at run time.
 *
 * Stereo files have the agent on the left channel and the customer on the
 * right; a leg pair is two mono files; GSM is one mono mix of both.
 */

#define RESOURCE_DIR  "/io/github/floorlead/Floorlead/demo/"
#define MANIFEST      RESOURCE_DIR "calls.json"

/* A party's track at telephone quality: positioned for interleave (agent
 * left, customer right), plain mono for a leg file or the GSM mix. */
#define TRACK(serial, caps) \
  "demux.src_" serial " ! queue ! opusdec ! audioconvert ! audioresample ! " \
  "audio/x-raw,format=S16LE,rate=8000,channels=1" caps
#define AGENT_SERIAL    "00000001"
#define CUSTOMER_SERIAL "00000002"

#define GSM_FRAME_SIZE      33   /* bytes of one 20 ms frame as gsmenc writes it */
#define GSM_FRAME_SAMPLES   160
#define WAV49_BLOCK_SIZE    65   /* two frames, Microsoft's packing */

typedef struct
{
  const char *format;
  const char *stereo;   /* after the interleaved tracks */
  const char *leg;      /* after one party's mono track */
} Encoder;

static const Encoder encoders[] = {
  { "wav-mulaw", "audio/x-raw,rate=8000,channels=2 ! mulawenc ! wavenc", "mulawenc ! wavenc" },
  { "wav-alaw", "audio/x-raw,rate=8000,channels=2 ! alawenc ! wavenc", "alawenc ! wavenc" },
  { "wav-pcm", "audio/x-raw,format=S16LE,rate=8000,channels=2 ! wavenc", "wavenc" },
  /* With a Xing header, as the lame command writes. */
  { "mp3", "audio/x-raw,rate=8000,channels=2 ! lamemp3enc target=bitrate bitrate=24 cbr=true ! "
           "xingmux", NULL },
  { "flac", "audio/x-raw,format=S16LE,rate=8000,channels=2 ! flacenc", NULL },
  /* Stereo Opus needs about 20 kbit/s: below that libopus codes it as mono. */
  { "opus", "audio/x-raw,rate=8000,channels=2 ! opusenc bitrate=24000 audio-type=voice "
            "bandwidth=narrowband ! oggmux", NULL },
  { "wav49", NULL, NULL },
};

G_DEFINE_QUARK (fl-demo-recordings-error-quark, fl_demo_recordings_error)

static void
turn_free (FlDemoTurn *turn)
{
  g_free (turn->text);
  g_free (turn);
}

static const Encoder *
find_encoder (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (encoders); i++)
    if (g_strcmp0 (encoders[i].format, format) == 0)
      return &encoders[i];
  return NULL;
}

static gboolean
damaged (GError     **error,
         guint        number,
         const char  *what)
{
  g_set_error (error, FL_DEMO_RECORDINGS_ERROR, FL_DEMO_RECORDINGS_ERROR_DAMAGED,
               /* Translators: the demo's built-in recordings; %u is a call's number */
               _("The demo's recordings are damaged (call %u: %s). Reinstall Floorlead."),
               number, what);
  return FALSE;
}

static gpointer
damaged_call (GError     **error,
              guint        number,
              const char  *what)
{
  damaged (error, number, what);
  return NULL;
}

static const char *
text_member (JsonObject *object,
             const char *name)
{
  return json_object_get_string_member_with_default (object, name, NULL);
}

/* @day's date at @time ("HH:MM:SS"), local time. */
static GDateTime *
time_on_day (GDateTime  *day,
             const char *time)
{
  guint hour, minute, second;
  GDateTime *result;

  if (time == NULL || sscanf (time, "%2u:%2u:%2u", &hour, &minute, &second) != 3 ||
      hour > 23 || minute > 59 || second > 59)
    return NULL;

  result = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                  g_date_time_get_day_of_month (day), hour, minute, second);
  /* A time that daylight saving skips is taken an hour later. */
  if (result == NULL && hour < 23)
    result = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                    g_date_time_get_day_of_month (day), hour + 1, minute, second);
  return result;
}

/* The file name without leg and extension, and its folder. */
static gboolean
name_call (FlDemoCall  *call,
           JsonObject  *object,
           char       **folder,
           char       **name)
{
  const char *mode = text_member (object, "mode");
  const char *port = text_member (object, "port");
  g_autofree char *parties = NULL;
  g_autofree char *stamp = NULL;

  if (g_strcmp0 (call->pattern, "oreka") == 0)
    {
      if (port == NULL)
        return FALSE;
      *folder = g_date_time_format (call->started_at, "%Y/%m/%d/%H");
      stamp = g_date_time_format (call->started_at, "%Y%m%d_%H%M%S");
      *name = g_strdup_printf ("%s_%s", stamp, port);
      return TRUE;
    }

  if (g_strcmp0 (call->pattern, "freepbx") != 0 || mode == NULL)
    return FALSE;

  /* {mode}-{destination}-{source}, as sub-record-check names them. */
  if (strcmp (mode, "out") == 0)
    parties = g_strdup_printf ("out-%s-%s", call->caller, call->agent_extension);
  else if ((strcmp (mode, "q") == 0 || strcmp (mode, "rg") == 0) && call->queue != NULL)
    parties = g_strdup_printf ("%s-%s-%s", mode, call->queue, call->caller);
  else if (strcmp (mode, "exten") == 0 || strcmp (mode, "external") == 0)
    parties = g_strdup_printf ("%s-%s-%s", mode, call->agent_extension, call->caller);
  else
    return FALSE;

  *folder = g_date_time_format (call->started_at, "%Y/%m/%d");
  stamp = g_date_time_format (call->started_at, "%Y%m%d-%H%M%S");
  *name = g_strdup_printf ("%s-%s-%s", parties, stamp, call->unique_id);
  return TRUE;
}

/* Sets the paths: one file, or the two legs of a pair. The first leg
 * ("in", "r") is what the channel that started the recording said: the
 * customer on inbound calls, the agent on outbound ones. */
static gboolean
place_call (FlDemoCall *call,
            JsonObject *object)
{
  const char *legs = text_member (object, "legs");
  const char *extension = text_member (object, "extension");
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) leg_names = NULL;
  const char *agent_leg, *customer_leg;

  if (extension == NULL || !name_call (call, object, &folder, &name))
    return FALSE;

  if (legs == NULL)
    {
      call->path = g_strdup_printf ("%s/%s.%s", folder, name, extension);
      return TRUE;
    }

  leg_names = g_strsplit (legs, "-", -1);
  if (g_strv_length (leg_names) != 2)
    return FALSE;
  agent_leg = call->outbound ? leg_names[0] : leg_names[1];
  customer_leg = call->outbound ? leg_names[1] : leg_names[0];
  call->path = g_strdup_printf ("%s/%s-%s.%s", folder, name, agent_leg, extension);
  call->second_path = g_strdup_printf ("%s/%s-%s.%s", folder, name, customer_leg, extension);
  return TRUE;
}

static GPtrArray *
turns_from_json (JsonArray *array)
{
  GPtrArray *turns = g_ptr_array_new_with_free_func ((GDestroyNotify) turn_free);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      FlDemoTurn *turn;

      if (object == NULL)
        continue;
      turn = g_new0 (FlDemoTurn, 1);
      turn->speaker = g_strcmp0 (text_member (object, "speaker"), "agent") == 0
                      ? FL_DEMO_SPEAKER_AGENT : FL_DEMO_SPEAKER_CUSTOMER;
      turn->start_ms = json_object_get_int_member_with_default (object, "start_ms", 0);
      turn->end_ms = json_object_get_int_member_with_default (object, "end_ms", 0);
      turn->text = g_strdup (text_member (object, "text"));
      g_ptr_array_add (turns, turn);
    }
  return turns;
}

static GStrv
strings_from_json (JsonArray *array)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *text = json_array_get_string_element (array, i);

      if (text != NULL)
        g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static FlDemoCall *
call_from_json (JsonObject  *object,
                GDateTime   *local_now,
                GError     **error)
{
  g_autoptr(FlDemoCall) call = g_new0 (FlDemoCall, 1);
  g_autoptr(GDateTime) day = NULL;
  const char *source = text_member (object, "source");
  gint64 day_offset = json_object_get_int_member_with_default (object, "day_offset", -1);

  call->number = json_object_get_int_member_with_default (object, "number", 0);
  call->format = g_strdup (text_member (object, "format"));
  call->pattern = g_strdup (text_member (object, "pattern"));
  call->language = g_strdup (text_member (object, "language"));
  call->agent_job_number = g_strdup (text_member (object, "agent"));
  call->agent_extension = g_strdup (text_member (object, "agent_extension"));
  call->caller = g_strdup (text_member (object, "caller"));
  call->queue = g_strdup (text_member (object, "queue"));
  call->outbound = g_strcmp0 (text_member (object, "direction"), "outbound") == 0;
  call->duration_ms = json_object_get_int_member_with_default (object, "duration_ms", -1);
  call->quality = g_strdup (text_member (object, "quality"));
  call->faults = strings_from_json (array_member (object, "faults"));
  call->scenario = g_strdup (text_member (object, "scenario"));
  call->description = g_strdup (text_member (object, "description"));
  call->turns = turns_from_json (array_member (object, "turns"));

  if (source == NULL || strchr (source, '/') == NULL || strstr (source, "..") != NULL)
    return damaged_call (error, call->number, "source");
  call->source = g_strconcat (RESOURCE_DIR, source, NULL);

  if (find_encoder (call->format) == NULL)
    return damaged_call (error, call->number, "format");
  if (call->agent_job_number == NULL || call->agent_extension == NULL || call->caller == NULL)
    return damaged_call (error, call->number, "parties");
  if (day_offset < 1)
    return damaged_call (error, call->number, "day_offset");

  day = g_date_time_add_days (local_now, -day_offset);
  call->started_at = time_on_day (day, text_member (object, "time"));
  if (call->started_at == NULL)
    return damaged_call (error, call->number, "time");

  if (g_strcmp0 (call->pattern, "freepbx") == 0)
    {
      gint64 sequence = json_object_get_int_member_with_default (object, "sequence", 1);

      call->unique_id = g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                                         g_date_time_to_unix (call->started_at), sequence);
    }
  if (!place_call (call, object))
    return damaged_call (error, call->number, "name");
  if (call->second_path != NULL && find_encoder (call->format)->leg == NULL)
    return damaged_call (error, call->number, "legs");

  call->channels = call->second_path != NULL || strcmp (call->format, "wav49") == 0 ? 1 : 2;
  return g_steal_pointer (&call);
}

/* GSM 6.10 as gsmenc writes it: 33 bytes a frame, the 0xD signature and
 * then 76 parameters, most significant bit first. WAV49, Microsoft's GSM
 * that FreePBX writes as ".WAV", packs the parameters of two frames into
 * 65 bytes, least significant bit first. */
static guint
parameter_width (guint index)
{
  static const guint8 lar[8] = { 6, 6, 5, 5, 4, 4, 3, 3 };
  static const guint8 subframe[4] = { 7, 2, 2, 6 };   /* Nc, bc, Mc, xmaxc; then 13 xMc of 3 */
  guint position;

  if (index < G_N_ELEMENTS (lar))
    return lar[index];
  position = (index - G_N_ELEMENTS (lar)) % 17;
  return position < G_N_ELEMENTS (subframe) ? subframe[position] : 3;
}

#define GSM_PARAMETERS (8 + 4 * 17)

static guint
read_msb_first (const guint8 *data,
                gsize        *bit,
                guint         width)
{
  guint value = 0;

  for (guint i = 0; i < width; i++, (*bit)++)
    value = (value << 1) | ((data[*bit / 8] >> (7 - *bit % 8)) & 1);
  return value;
}

static void
write_lsb_first (guint8 *data,
                 gsize  *bit,
                 guint   value,
                 guint   width)
{
  for (guint i = 0; i < width; i++, (*bit)++)
    data[*bit / 8] |= ((value >> i) & 1) << (*bit % 8);
}

static void
repack_frames (const guint8 *first,
               const guint8 *second,
               guint8       *block)
{
  const guint8 *frames[2] = { first, second };
  gsize out = 0;

  memset (block, 0, WAV49_BLOCK_SIZE);
  for (guint f = 0; f < G_N_ELEMENTS (frames); f++)
    {
      gsize in = 4;   /* past the signature */

      for (guint p = 0; p < GSM_PARAMETERS; p++)
        write_lsb_first (block, &out, read_msb_first (frames[f], &in, parameter_width (p)),
                         parameter_width (p));
    }
}

static void
put_le32 (GByteArray *array,
          guint32     value)
{
  guint32 le = GUINT32_TO_LE (value);

  g_byte_array_append (array, (const guint8 *) &le, sizeof le);
}

static void
put_le16 (GByteArray *array,
          guint16     value)
{
  guint16 le = GUINT16_TO_LE (value);

  g_byte_array_append (array, (const guint8 *) &le, sizeof le);
}

/* A WAVE_FORMAT_GSM610 file of @frames (whole gsmenc frames). */
static GBytes *
wav49_from_frames (GByteArray *frames)
{
  guint count = frames->len / GSM_FRAME_SIZE;
  guint blocks = (count + 1) / 2;
  g_autoptr(GByteArray) file = g_byte_array_sized_new (60 + blocks * WAV49_BLOCK_SIZE);
  guint8 block[WAV49_BLOCK_SIZE];

  g_byte_array_append (file, (const guint8 *) "RIFF", 4);
  put_le32 (file, 4 + (8 + 20) + (8 + 4) + (8 + blocks * WAV49_BLOCK_SIZE));
  g_byte_array_append (file, (const guint8 *) "WAVEfmt ", 8);
  put_le32 (file, 20);
  put_le16 (file, 0x0031);                      /* WAVE_FORMAT_GSM610 */
  put_le16 (file, 1);                           /* mono */
  put_le32 (file, 8000);
  put_le32 (file, 8000 / 320 * WAV49_BLOCK_SIZE); /* bytes a second */
  put_le16 (file, WAV49_BLOCK_SIZE);
  put_le16 (file, 0);                           /* bits per sample */
  put_le16 (file, 2);                           /* extra bytes: */
  put_le16 (file, 2 * GSM_FRAME_SAMPLES);       /* samples a block */
  g_byte_array_append (file, (const guint8 *) "fact", 4);
  put_le32 (file, 4);
  put_le32 (file, blocks * 2 * GSM_FRAME_SAMPLES);
  g_byte_array_append (file, (const guint8 *) "data", 4);
  put_le32 (file, blocks * WAV49_BLOCK_SIZE);

  for (guint b = 0; b < blocks; b++)
    {
      const guint8 *first = frames->data + 2 * b * GSM_FRAME_SIZE;
      /* An odd last frame is doubled: the call ends in silence anyway. */
      const guint8 *second = 2 * b + 1 < count ? first + GSM_FRAME_SIZE : first;

      repack_frames (first, second, block);
      g_byte_array_append (file, block, sizeof block);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&file));
}

static GstFlowReturn
new_sample_cb (GstAppSink *sink,
               gpointer    user_data)
{
  GByteArray *frames = user_data;
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  GstBuffer *buffer = sample ? gst_sample_get_buffer (sample) : NULL;
  GstMapInfo map;

  if (buffer != NULL && gst_buffer_map (buffer, &map, GST_MAP_READ))
    {
      g_byte_array_append (frames, map.data, map.size);
      gst_buffer_unmap (buffer, &map);
    }
  return GST_FLOW_OK;
}

static char *
describe_pipeline (const FlDemoCall *call)
{
  const Encoder *encoder = find_encoder (call->format);

  if (strcmp (call->format, "wav49") == 0)
    /* One mono mix of both parties, as MixMonitor records. */
    return g_strdup ("giostreamsrc name=source ! oggdemux name=demux "
                     "audiomixer name=mix ! audioconvert ! "
                     "audio/x-raw,format=S16LE,rate=8000,channels=1 ! gsmenc ! "
                     "appsink name=frames sync=false "
                     TRACK (AGENT_SERIAL, "") " ! mix.sink_0 "
                     TRACK (CUSTOMER_SERIAL, "") " ! mix.sink_1");

  if (call->second_path != NULL)
    return g_strdup_printf ("giostreamsrc name=source ! oggdemux name=demux "
                            TRACK (AGENT_SERIAL, "") " ! %s ! filesink name=sink0 "
                            TRACK (CUSTOMER_SERIAL, "") " ! %s ! filesink name=sink1",
                            encoder->leg, encoder->leg);

  return g_strdup_printf ("giostreamsrc name=source ! oggdemux name=demux "
                          "interleave name=mix ! audioconvert ! %s ! filesink name=sink0 "
                          TRACK (AGENT_SERIAL, ",channel-mask=(bitmask)0x1") " ! mix.sink_0 "
                          TRACK (CUSTOMER_SERIAL, ",channel-mask=(bitmask)0x2") " ! mix.sink_1",
                          encoder->stereo);
}

static gboolean
conversion_failed (GError          **error,
                   const FlDemoCall *call,
                   const char       *reason)
{
  g_set_error (error, FL_DEMO_RECORDINGS_ERROR, FL_DEMO_RECORDINGS_ERROR_CONVERSION,
               /* Translators: %u is the number of a demo call, %s what went wrong */
               _("Demo call %u could not be converted: %s. Check that the GStreamer plugins "
                 "(base, good and bad) are installed."),
               call->number, reason);
  return FALSE;
}

/* Plays @pipeline to its end, or until @cancellable is cancelled. */
static gboolean
run_pipeline (GstElement        *pipeline,
              const FlDemoCall  *call,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  gboolean finished = FALSE;
  gboolean ok = FALSE;

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE &&
      !gst_bus_have_pending (bus))
    {
      gst_element_set_state (pipeline, GST_STATE_NULL);
      return conversion_failed (error, call, "the pipeline does not start");
    }

  while (!finished)
    {
      g_autoptr(GstMessage) message = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      message = gst_bus_timed_pop_filtered (bus, 100 * GST_MSECOND,
                                            GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
      if (message == NULL)
        continue;

      finished = TRUE;
      if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS)
        ok = TRUE;
      else
        {
          g_autoptr(GError) gst_error = NULL;
          g_autofree char *debug = NULL;

          gst_message_parse_error (message, &gst_error, &debug);
          g_debug ("Call %u: %s", call->number, debug);
          conversion_failed (error, call, gst_error->message);
        }
    }

  gst_element_set_state (pipeline, GST_STATE_NULL);
  return ok;
}

static gboolean
write_failed (GError     **error,
              const char  *path,
              const char  *reason)
{
  g_set_error (error, FL_DEMO_RECORDINGS_ERROR, FL_DEMO_RECORDINGS_ERROR_WRITE,
               /* Translators: the first %s is a file or folder, the second the system's reason */
               _("Could not write the demo recording %s: %s"), path, reason);
  return FALSE;
}

static gboolean
make_parent (const char  *path,
             GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (path);

  if (g_mkdir_with_parents (parent, 0755) != 0)
    return write_failed (error, parent, g_strerror (errno));
  return TRUE;
}

static gboolean
convert_call (const char        *folder,
              const FlDemoCall  *call,
              GCancellable      *cancellable,
              GError           **error)
{
  const char *paths[2] = { call->path, call->second_path };
  g_autofree char *description = describe_pipeline (call);
  g_autoptr(GInputStream) source = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) source_element = NULL;
  g_autoptr(GByteArray) frames = g_byte_array_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) parse_error = NULL;
  gboolean ok;

  source = g_resource_open_stream (fl_core_get_resource (), call->source,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (source == NULL)
    return damaged (error, call->number, "source");

  pipeline = gst_parse_launch (description, &parse_error);
  if (pipeline == NULL || parse_error != NULL)
    return conversion_failed (error, call, parse_error ? parse_error->message : "no pipeline");
  gst_object_ref_sink (pipeline);

  source_element = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  g_object_set (source_element, "stream", source, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paths) && paths[i] != NULL; i++)
    {
      g_autofree char *sink_name = g_strdup_printf ("sink%u", i);
      g_autoptr(GstElement) sink = gst_bin_get_by_name (GST_BIN (pipeline), sink_name);
      char *part;

      if (sink == NULL)
        continue;
      /* Written aside and renamed when complete: a half-written file is
       * never taken for a recording. */
      part = g_strconcat (folder, G_DIR_SEPARATOR_S, paths[i], ".part", NULL);
      g_ptr_array_add (parts, part);
      if (!make_parent (part, error))
        return FALSE;
      g_object_set (sink, "location", part, NULL);
    }

  if (strcmp (call->format, "wav49") == 0)
    {
      g_autoptr(GstElement) sink = gst_bin_get_by_name (GST_BIN (pipeline), "frames");
      GstAppSinkCallbacks callbacks = { .new_sample = new_sample_cb };

      gst_app_sink_set_callbacks (GST_APP_SINK (sink), &callbacks, frames, NULL);
    }

  ok = run_pipeline (pipeline, call, cancellable, error);

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      g_autofree char *path = g_build_filename (folder, paths[i], NULL);

      if (!ok)
        g_unlink (part);
      else if (g_rename (part, path) != 0)
        {
          int saved_errno = errno;

          g_unlink (part);
          ok = write_failed (error, path, g_strerror (saved_errno));
        }
    }

  if (ok && strcmp (call->format, "wav49") == 0)
    {
      g_autofree char *path = g_build_filename (folder, call->path, NULL);
      g_autoptr(GBytes) wav = NULL;
      g_autoptr(GError) local_error = NULL;

      if (frames->len < GSM_FRAME_SIZE || frames->len % GSM_FRAME_SIZE != 0)
        return conversion_failed (error, call, "the GSM encoder wrote partial frames");
      wav = wav49_from_frames (frames);
      if (!make_parent (path, error))
        return FALSE;
      if (!g_file_set_contents (path, g_bytes_get_data (wav, NULL), g_bytes_get_size (wav),
                                &local_error))
        return write_failed (error, path, local_error->message);
    }
  return ok;
}

/* The conversions of one write, shared by the pool's threads. The first
 * failure stops the others. */
typedef struct
{
  const char   *folder;
  GCancellable *stop;
  GMutex        mutex;
  GCond         done;
  guint         pending;
  GError       *error;
} Batch;

static void
convert_in_pool (gpointer data,
                 gpointer user_data)
{
  const FlDemoCall *call = data;
  Batch *batch = user_data;
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();

  if (!g_cancellable_set_error_if_cancelled (batch->stop, &error))
    convert_call (batch->folder, call, batch->stop, &error);
  g_debug ("Call %u (%s): %.2f s", call->number, call->format,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  g_mutex_lock (&batch->mutex);
  if (error != NULL && batch->error == NULL)
    {
      batch->error = g_steal_pointer (&error);
      g_cancellable_cancel (batch->stop);
    }
  if (--batch->pending == 0)
    g_cond_signal (&batch->done);
  g_mutex_unlock (&batch->mutex);
}

static void
cancelled_cb (GCancellable *cancellable,
              GCancellable *stop)
{
  g_cancellable_cancel (stop);
}

/* A GStreamer pipeline keeps about one core busy: run as many as there are. */
static gboolean
convert_calls (const char    *folder,
               GPtrArray     *calls,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GCancellable) stop = g_cancellable_new ();
  Batch batch = { folder, stop, { 0 }, { 0 }, calls->len, NULL };
  GThreadPool *pool;
  gulong handler = 0;

  g_mutex_init (&batch.mutex);
  g_cond_init (&batch.done);
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), stop, NULL);

  pool = g_thread_pool_new (convert_in_pool, &batch, CLAMP (g_get_num_processors (), 1, 4),
                            FALSE, NULL);
  for (guint i = 0; i < calls->len; i++)
    g_thread_pool_push (pool, g_ptr_array_index (calls, i), NULL);

  g_mutex_lock (&batch.mutex);
  while (batch.pending > 0)
    g_cond_wait (&batch.done, &batch.mutex);
  g_mutex_unlock (&batch.mutex);

  g_thread_pool_free (pool, FALSE, TRUE);
  g_cancellable_disconnect (cancellable, handler);
  g_mutex_clear (&batch.mutex);
  g_cond_clear (&batch.done);

  if (batch.error != NULL)
    {
      g_propagate_error (error, batch.error);
      return FALSE;
    }
  return TRUE;
}

void
fl_demo_call_free (FlDemoCall *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->second_path);
  g_free (self->source);
  g_free (self->format);
  g_free (self->pattern);
  g_free (self->language);
  g_free (self->agent_job_number);
  g_free (self->agent_extension);
  g_free (self->caller);
  g_free (self->queue);
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_free (self->unique_id);
  g_free (self->quality);
  g_strfreev (self->faults);
  g_free (self->scenario);
  g_free (self->description);
  g_clear_pointer (&self->turns, g_ptr_array_unref);
  g_free (self);
}

/**
 * fl_demo_recordings_list:
 * @now: when the demo is created; the calls are dated in the weeks before
 *
 * The demo center's calls as fl_demo_recordings_write() names them for @now.
 *
 * Returns: (transfer full) (element-type FlDemoCall): the calls, or %NULL
 * with @error set
 */
GPtrArray *
fl_demo_recordings_list (GDateTime  *now,
                         GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  JsonNode *root;
  JsonArray *array = NULL;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Referencing the core's resource keeps it linked in from the static library. */
  bytes = g_resource_lookup_data (fl_core_get_resource (), MANIFEST,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), NULL))
    return damaged_call (error, 0, "calls.json");

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    array = array_member (json_node_get_object (root), "calls");
  if (array == NULL || json_array_get_length (array) == 0)
    return damaged_call (error, 0, "calls.json");

  local_now = g_date_time_to_local (now);
  calls = g_ptr_array_new_with_free_func ((GDestroyNotify) fl_demo_call_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      FlDemoCall *call;

      if (object == NULL)
        return damaged_call (error, i + 1, "calls.json");
      if (!(call = call_from_json (object, local_now, error)))
        return NULL;
      g_ptr_array_add (calls, call);
    }
  return g_steal_pointer (&calls);
}

/**
 * fl_demo_recordings_write:
 * @folder: where the recordings go; made if missing
 * @now: when the demo is created; the calls are dated in the weeks before
 * @cancellable: (nullable): stops between and during conversions
 * @error: the first failure
 *
 * Writes the demo center's calls into @folder as a PBX would have left
 * them: FreePBX and Oreka names under their date folders, in µ-law, A-law,
 * 16-bit PCM and GSM (WAV49) WAV, MP3, Ogg/Opus and FLAC, and some as two
 * mono legs. Blocks for a few seconds: call it from a worker thread.
 *
 * Returns: %TRUE when every recording was written
 */
gboolean
fl_demo_recordings_write (const char    *folder,
                          GDateTime     *now,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GPtrArray) calls = NULL;

  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gst_init_check (NULL, NULL, error))
    return FALSE;
  if (!(calls = fl_demo_recordings_list (now, error)))
    return FALSE;
  if (g_mkdir_with_parents (folder, 0755) != 0)
    return write_failed (error, folder, g_strerror (errno));

  return convert_calls (folder, calls, cancellable, error);
}
