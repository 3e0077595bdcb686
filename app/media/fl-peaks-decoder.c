/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-peaks-decoder"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/app/gstappsink.h>
#include <gst/audio/audio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fl-media-error.h"
#include "fl-peaks-decoder.h"
#include "fl-peaks-framer.h"

/* uridecodebin → audioconvert → appsink per file, S16 at the file's own
 * rate and channels, never synchronised to a clock.
 *
 * Each appsink's new-sample callback pulls the sample and folds it in the
 * streaming thread that decoded it. Measured on this project's 2-core
 * machines, handing every buffer to a worker thread instead costs a thread
 * wake-up per buffer (WAV and MP3 arrive in 4 KiB or smaller buffers: 28,000
 * to 50,000 an hour), which made the load 1.2–3× slower than the decode
 * alone; folding where the buffer is decoded adds only the fold itself. The
 * calling thread watches the bus for the end, errors and cancellation. A
 * pair decodes its two legs in two streaming threads at once.
 *
 * Ogg/Opus needs no rate caps: opusdec already outputs the rate the file was
 * made at (8 kHz for a telephone call), and asking for 8 kHz from a 48 kHz
 * file saved 5 %. Its cost is per packet: libopus 1.3 runs CPUID several
 * times per packet (opus_multistream_decode → opus_decoder_get_size), which
 * traps in a virtual machine and dominates there. So a long Ogg/Opus file
 * is decoded as two halves at once, each in its own streaming thread: both
 * inputs preroll, then the first is told to stop at a frame boundary near
 * the middle and the second to start there (an accurate seek, which Ogg
 * supports exactly). The halves write disjoint frames; what is published
 * is what is contiguous from the start. */

/* How long the calling thread waits on the bus before it looks at the
 * cancellables again. */
#define BUS_TIMEOUT       (50 * GST_MSECOND)
/* Decoders hand over this much audio at a time instead of one codec frame
 * (an MP3 frame at 8 kHz is 72 ms): fewer, bigger buffers through
 * audioconvert and the appsink. */
#define DECODER_BATCH     (500 * GST_MSECOND)
/* Ogg/Opus files this big or bigger may be split (an hour of an 8 kHz call
 * is 7–30 MB); of those, the ones that last this long are. */
#define SPLIT_MIN_SIZE     (512 * 1024)
#define SPLIT_MIN_DURATION (60 * GST_SECOND)
#define NS_PER_FRAME       (GST_SECOND / FL_PEAKS_FRAMES_PER_SECOND)

typedef struct _Decode Decode;

/* One decoded stream: the whole file, one leg of a pair, or one half of a
 * split file. Only its own
 * streaming thread touches it while the pipeline runs, except for the
 * fields marked as guarded by Decode.lock. */
typedef struct
{
  Decode     *decode;
  const char *path;
  GstElement *decoder;
  GstElement *sink;
  guint       first_channel;
  FlPeaksFramer framer;
  gboolean    placed;             /* a part's first buffer was placed by its time */
  guint       frames_done;        /* guarded */
  gboolean    eos;                /* guarded */
} Input;

struct _Decode
{
  GstElement        *pipeline;
  GstBus            *bus;
  Input              inputs[2];
  guint              n_inputs;
  gboolean           legs;        /* two files, one channel each */
  GPtrArray         *missing_plugins;
  GCancellable      *cancellables[2];
  FlPeaksDecodeFunc  progress;
  gpointer           user_data;

  /* Serialises the writers of the peaks: the legs of a pair. */
  GMutex             lock;
  FlPeaks           *peaks;
};

static gboolean
is_cancelled (Decode *decode)
{
  return g_cancellable_is_cancelled (decode->cancellables[0])
         || g_cancellable_is_cancelled (decode->cancellables[1]);
}

/* The caps of the first sample tell the input its format. */
static gboolean
set_input_format (Input   *input,
                  GstCaps *caps)
{
  GstAudioInfo info;

  return caps != NULL && gst_audio_info_from_caps (&info, caps)
         && GST_AUDIO_INFO_RATE (&info) > 0
         && fl_peaks_framer_set_format (&input->framer, GST_AUDIO_INFO_CHANNELS (&info),
                                        GST_AUDIO_INFO_RATE (&info));
}

/* The samples of @buffer to skip: a part's first buffer is placed by its
 * time (a seek may land a little before the part); the rest follow on. */
static guint64
place_buffer (Input     *input,
              GstSample *sample,
              GstBuffer *buffer)
{
  const GstSegment *segment = gst_sample_get_segment (sample);
  FlPeaksFramer *framer = &input->framer;
  GstClockTime time = GST_BUFFER_PTS (buffer);
  guint64 at;

  if (input->placed || framer->first_frame == 0)
    return 0;
  input->placed = TRUE;

  if (segment != NULL && GST_CLOCK_TIME_IS_VALID (time))
    time = gst_segment_to_stream_time (segment, GST_FORMAT_TIME, time);
  if (!GST_CLOCK_TIME_IS_VALID (time))
    return 0;

  at = gst_util_uint64_scale_round (time, framer->rate, GST_SECOND);
  g_debug ("%s: the part from sample %" G_GUINT64_FORMAT " starts with a buffer at %"
           G_GUINT64_FORMAT, input->path, framer->position, at);
  return fl_peaks_framer_place (framer, at);
}

/* Frames every channel has reached; a finished leg no longer holds the
 * other back (its missing frames stay silent). Called with the lock held. */
static guint
frames_ready (Decode *decode)
{
  guint ready = G_MAXUINT;
  guint longest = 0;

  for (guint i = 0; i < decode->n_inputs; i++)
    {
      longest = MAX (longest, decode->inputs[i].frames_done);
      if (!decode->inputs[i].eos)
        ready = MIN (ready, decode->inputs[i].frames_done);
    }
  return ready == G_MAXUINT ? longest : ready;
}

/* Called with the lock held. The first input with a format decides the
 * peaks' sample rate; a pair always has two channels. */
static void
ensure_peaks (Decode *decode,
              Input  *input)
{
  gint64 duration = -1;

  if (decode->peaks != NULL)
    return;
  if (!gst_element_query_duration (decode->pipeline, GST_FORMAT_TIME, &duration))
    duration = -1;
  decode->peaks = fl_peaks_new (decode->legs ? 2 : input->framer.n_channels, input->framer.rate,
                                duration);
}

/* Moves the input's finished frames into the peaks and publishes what every
 * channel has reached. */
static void
flush_input (Input    *input,
             gboolean  eos)
{
  Decode *decode = input->decode;
  FlPeaksFramer *framer = &input->framer;

  g_mutex_lock (&decode->lock);
  if (framer->n_channels > 0)
    {
      ensure_peaks (decode, input);
      fl_peaks_set_frames (decode->peaks, input->first_channel, framer->n_channels,
                           framer->staged_first, (const gint16 *) (gpointer) framer->staged->data,
                           fl_peaks_framer_n_staged (framer));
    }
  fl_peaks_framer_take_staged (framer);
  input->frames_done = framer->frame;
  input->eos = input->eos || eos;
  if (decode->peaks != NULL)
    {
      fl_peaks_publish (decode->peaks, frames_ready (decode));
      if (decode->progress != NULL)
        decode->progress (decode->peaks, decode->user_data);
    }
  g_mutex_unlock (&decode->lock);
}

static GstFlowReturn
new_sample_cb (GstAppSink *sink,
               gpointer    user_data)
{
  Input *input = user_data;
  FlPeaksFramer *framer = &input->framer;
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  GstBuffer *buffer;
  GstMapInfo map;

  if (sample == NULL || is_cancelled (input->decode))
    return GST_FLOW_FLUSHING;
  if (framer->n_channels == 0 && !set_input_format (input, gst_sample_get_caps (sample)))
    return GST_FLOW_NOT_NEGOTIATED;

  buffer = gst_sample_get_buffer (sample);
  if (buffer != NULL && gst_buffer_map (buffer, &map, GST_MAP_READ))
    {
      gsize n_samples = map.size / (sizeof (gint16) * framer->n_channels);
      gsize skip = MIN (place_buffer (input, sample, buffer), n_samples);

      fl_peaks_framer_fold (framer,
                            (const gint16 *) (gconstpointer) map.data + skip * framer->n_channels,
                            n_samples - skip);
      gst_buffer_unmap (buffer, &map);
    }
  flush_input (input, FALSE);
  return GST_FLOW_OK;
}

static void
eos_cb (GstAppSink *sink,
        gpointer    user_data)
{
  Input *input = user_data;

  if (input->framer.n_channels == 0)
    {
      /* No samples at all (a header and no data): a recording of nothing,
       * if its format is known. */
      g_autoptr(GstPad) pad = gst_element_get_static_pad (input->sink, "sink");
      g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);

      set_input_format (input, caps);
    }
  fl_peaks_framer_finish (&input->framer);
  flush_input (input, TRUE);
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
              GstElement *convert)
{
  g_autoptr(GstPad) sink_pad = gst_element_get_static_pad (convert, "sink");

  if (gst_pad_is_linked (sink_pad) || !is_audio_pad (pad))
    return;
  if (GST_PAD_LINK_FAILED (gst_pad_link (pad, sink_pad)))
    GST_ELEMENT_ERROR (decoder, CORE, NEGOTIATION, (NULL), ("Could not link the decoded audio"));
}

static void
element_added_cb (GstBin     *bin,
                  GstBin     *sub_bin,
                  GstElement *element,
                  gpointer    user_data)
{
  if (GST_IS_AUDIO_DECODER (element))
    g_object_set (element, "min-latency", (gint64) DECODER_BATCH, NULL);
}

static void
no_more_pads_cb (GstElement *decoder,
                 GstElement *convert)
{
  g_autoptr(GstPad) sink_pad = gst_element_get_static_pad (convert, "sink");

  /* Something decodable with no sound in it: an image, a silent video. */
  if (!gst_pad_is_linked (sink_pad))
    GST_ELEMENT_ERROR (decoder, STREAM, WRONG_TYPE, (NULL), ("No audio stream"));
}

static void
add_input (Decode     *decode,
           const char *path,
           guint       max_channels,
           guint       first_channel)
{
  GstAppSinkCallbacks callbacks = { .eos = eos_cb, .new_sample = new_sample_cb };
  Input *input = &decode->inputs[decode->n_inputs];
  g_autofree char *uri = fl_media_path_to_uri (path);
  g_autoptr(GstCaps) caps = NULL;
  GstElement *convert;

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, GST_AUDIO_NE (S16),
                              "layout", G_TYPE_STRING, "interleaved",
                              NULL);
  if (max_channels == 1)
    gst_caps_set_simple (caps, "channels", G_TYPE_INT, 1, NULL);
  else
    gst_caps_set_simple (caps, "channels", GST_TYPE_INT_RANGE, 1, (int) max_channels, NULL);

  input->decode = decode;
  input->path = path;
  input->first_channel = first_channel;
  fl_peaks_framer_init (&input->framer);
  decode->n_inputs++;
  input->decoder = gst_element_factory_make ("uridecodebin", NULL);
  convert = gst_element_factory_make ("audioconvert", NULL);
  input->sink = gst_element_factory_make ("appsink", NULL);
  g_assert (input->decoder != NULL && convert != NULL && input->sink != NULL);

  g_object_set (input->decoder, "uri", uri, NULL);
  /* Peaks are 16-bit: dither would only add noise to the silence. */
  g_object_set (convert, "dithering", 0, "noise-shaping", 0, NULL);
  g_object_set (input->sink,
                "caps", caps,
                "sync", FALSE,
                "emit-signals", FALSE,
                "enable-last-sample", FALSE,
                NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (input->sink), &callbacks, input, NULL);

  gst_bin_add_many (GST_BIN (decode->pipeline), input->decoder, convert, input->sink, NULL);
  if (!gst_element_link (convert, input->sink))
    g_assert_not_reached ();
  g_signal_connect_object (input->decoder, "pad-added", G_CALLBACK (pad_added_cb), convert, 0);
  g_signal_connect_object (input->decoder, "no-more-pads", G_CALLBACK (no_more_pads_cb), convert,
                           0);
  g_signal_connect (input->decoder, "deep-element-added", G_CALLBACK (element_added_cb), NULL);
}

static const char *
path_of_message (Decode     *decode,
                 GstMessage *message)
{
  for (guint i = 0; i < decode->n_inputs; i++)
    if (gst_object_has_as_ancestor (GST_MESSAGE_SRC (message),
                                    GST_OBJECT (decode->inputs[i].decoder)))
      return decode->inputs[i].path;
  return decode->inputs[0].path;
}

static GError *
error_from_message (Decode     *decode,
                    GstMessage *message)
{
  GstMessage *later;

  /* A missing decoder's name may be queued right behind its error. */
  while ((later = gst_bus_pop_filtered (decode->bus, GST_MESSAGE_ELEMENT)) != NULL)
    {
      fl_media_collect_missing_plugin (later, decode->missing_plugins);
      gst_message_unref (later);
    }
  return fl_media_error_from_message (message, path_of_message (decode, message),
                                      decode->missing_plugins);
}

static gboolean
change_state (Decode    *decode,
              GstState   state,
              GError   **error)
{
  g_autoptr(GstMessage) message = NULL;

  if (gst_element_set_state (decode->pipeline, state) != GST_STATE_CHANGE_FAILURE)
    return TRUE;

  message = gst_bus_pop_filtered (decode->bus, GST_MESSAGE_ERROR);
  *error = message != NULL ? error_from_message (decode, message)
                           : fl_media_error_new_damaged (decode->inputs[0].path);
  return FALSE;
}

/* Waits on the bus for @until: every sink prerolled (ASYNC_DONE) or every
 * stream ended (EOS). */
static gboolean
wait_for (Decode          *decode,
          GstMessageType   until,
          GError         **error)
{
  for (;;)
    {
      g_autoptr(GstMessage) message = NULL;

      if (is_cancelled (decode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("Loading the waveform was cancelled."));
          return FALSE;
        }

      message = gst_bus_timed_pop_filtered (decode->bus, BUS_TIMEOUT,
                                            until | GST_MESSAGE_ERROR | GST_MESSAGE_ELEMENT);
      if (message == NULL)
        continue;
      if (GST_MESSAGE_TYPE (message) == until)
        return TRUE;
      if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
        {
          *error = error_from_message (decode, message);
          return FALSE;
        }
      fl_media_collect_missing_plugin (message, decode->missing_plugins);
    }
}

/* An Ogg/Opus file big enough to be worth decoding in two halves. */
static gboolean
is_worth_splitting (const char *path)
{
  static const char ogg[] = "OggS";
  static const char opus[] = "OpusHead";
  char head[64] = { 0, };
  GStatBuf stat_buf;
  FILE *file;
  gsize n = 0;

  if (g_stat (path, &stat_buf) != 0 || stat_buf.st_size < SPLIT_MIN_SIZE)
    return FALSE;
  if ((file = g_fopen (path, "rb")) != NULL)
    {
      n = fread (head, 1, sizeof head, file);
      fclose (file);
    }
  /* The first page holds only the Opus header, right after the page's
   * 27-byte header and one-byte segment table. */
  return n == sizeof head && memcmp (head, ogg, 4) == 0 && memcmp (head + 28, opus, 8) == 0;
}

static gboolean
seek_part (Input *input,
           guint  first_frame,
           guint  end_frame)
{
  fl_peaks_framer_set_part (&input->framer, first_frame, end_frame);
  input->frames_done = first_frame;
  return gst_element_seek (input->sink, 1.0, GST_FORMAT_TIME,
                           GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                           GST_SEEK_TYPE_SET, (GstClockTime) first_frame * NS_PER_FRAME,
                           end_frame == G_MAXUINT ? GST_SEEK_TYPE_NONE : GST_SEEK_TYPE_SET,
                           end_frame == G_MAXUINT ? GST_CLOCK_TIME_NONE
                                                  : (GstClockTime) end_frame * NS_PER_FRAME);
}

/* Drops the second input, so the first decodes the whole file. */
static void
remove_second_input (Decode *decode)
{
  Input *input = &decode->inputs[1];
  g_autoptr(GstPad) sink_pad = gst_element_get_static_pad (input->sink, "sink");
  g_autoptr(GstPad) peer = gst_pad_get_peer (sink_pad);
  g_autoptr(GstElement) convert = gst_pad_get_parent_element (peer);
  GstElement *elements[] = { input->decoder, convert, input->sink };

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      gst_element_set_locked_state (elements[i], TRUE);
      gst_element_set_state (elements[i], GST_STATE_NULL);
      gst_bin_remove (GST_BIN (decode->pipeline), elements[i]);
    }
  fl_peaks_framer_clear (&input->framer);
  memset (input, 0, sizeof *input);
  decode->n_inputs = 1;
}

/* With both inputs prerolled on the same file: the first decodes up to a
 * frame boundary near the middle, the second from there to the end. A
 * file too short to gain, or whose length is unknown, is decoded whole. */
static gboolean
split (Decode  *decode,
       GError **error)
{
  gint64 duration = -1;
  guint middle;

  if (!change_state (decode, GST_STATE_PAUSED, error)
      || !wait_for (decode, GST_MESSAGE_ASYNC_DONE, error))
    return FALSE;

  if (!gst_element_query_duration (decode->inputs[1].sink, GST_FORMAT_TIME, &duration)
      || duration < (gint64) SPLIT_MIN_DURATION)
    {
      remove_second_input (decode);
      return TRUE;
    }

  middle = (guint) (duration / 2 / NS_PER_FRAME);
  g_debug ("Decoding %s in two halves, split at %u.%02u s", decode->inputs[0].path,
           middle / FL_PEAKS_FRAMES_PER_SECOND, middle % FL_PEAKS_FRAMES_PER_SECOND);
  if (!seek_part (&decode->inputs[0], 0, middle) || !seek_part (&decode->inputs[1], middle, G_MAXUINT))
    {
      *error = fl_media_error_new_damaged (decode->inputs[0].path);
      return FALSE;
    }
  return TRUE;
}

/* Decodes every input to its end. */
static gboolean
run (Decode  *decode,
     GError **error)
{
  if (decode->n_inputs == 2 && !decode->legs && !split (decode, error))
    return FALSE;

  return change_state (decode, GST_STATE_PLAYING, error)
         && wait_for (decode, GST_MESSAGE_EOS, error);
}

static FlPeaks *
finish (Decode  *decode,
        GError **error)
{
  gint64 duration = 0;

  if (decode->peaks == NULL)
    {
      *error = fl_media_error_new_damaged (decode->inputs[0].path);
      return NULL;
    }

  for (guint i = 0; i < decode->n_inputs; i++)
    if (decode->inputs[i].framer.rate > 0)
      duration = MAX (duration,
                      (gint64) gst_util_uint64_scale (decode->inputs[i].framer.position, GST_SECOND,
                                                      decode->inputs[i].framer.rate));
  fl_peaks_set_duration (decode->peaks, duration);
  fl_peaks_publish (decode->peaks, frames_ready (decode));
  fl_peaks_set_complete (decode->peaks);
  return g_steal_pointer (&decode->peaks);
}

FlPeaks *
fl_peaks_decode (const char * const  *paths,
                 GCancellable        *cancellable,
                 GCancellable        *other_cancellable,
                 FlPeaksDecodeFunc    progress,
                 gpointer             user_data,
                 GError             **error)
{
  Decode decode = { NULL, };
  FlPeaks *peaks = NULL;

  g_return_val_if_fail (paths != NULL && paths[0] != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fl_media_ensure_initialized ();

  g_mutex_init (&decode.lock);
  decode.cancellables[0] = cancellable;
  decode.cancellables[1] = other_cancellable;
  decode.progress = progress;
  decode.user_data = user_data;
  decode.missing_plugins = g_ptr_array_new_with_free_func (g_free);
  decode.pipeline = gst_object_ref_sink (gst_pipeline_new ("fl-peaks"));
  decode.bus = gst_pipeline_get_bus (GST_PIPELINE (decode.pipeline));
  decode.legs = paths[1] != NULL;
  if (decode.legs)
    {
      add_input (&decode, paths[0], 1, 0);
      add_input (&decode, paths[1], 1, 1);
    }
  else
    {
      add_input (&decode, paths[0], FL_PEAKS_MAX_CHANNELS, 0);
      if (is_worth_splitting (paths[0]))
        add_input (&decode, paths[0], FL_PEAKS_MAX_CHANNELS, 0);
    }

  if (run (&decode, error))
    {
      /* The streaming threads are done: EOS has reached every sink. */
      gst_element_set_state (decode.pipeline, GST_STATE_NULL);
      peaks = finish (&decode, error);
    }

  gst_element_set_state (decode.pipeline, GST_STATE_NULL);
  for (guint i = 0; i < decode.n_inputs; i++)
    fl_peaks_framer_clear (&decode.inputs[i].framer);
  g_clear_pointer (&decode.peaks, fl_peaks_unref);
  g_clear_object (&decode.bus);
  g_clear_object (&decode.pipeline);
  g_ptr_array_unref (decode.missing_plugins);
  g_mutex_clear (&decode.lock);
  return peaks;
}
