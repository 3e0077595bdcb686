/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-peaks-decoder"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/app/gstappsink.h>
#include <gst/audio/audio.h>
#include <string.h>
#if defined (__SSE2__)
#include <emmintrin.h>
#endif

#include "fl-media-error.h"
#include "fl-peaks-decoder.h"

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
 * traps in a virtual machine and dominates there. */

/* How long the calling thread waits on the bus before it looks at the
 * cancellables again. */
#define BUS_TIMEOUT       (50 * GST_MSECOND)
/* Decoders hand over this much audio at a time instead of one codec frame
 * (an MP3 frame at 8 kHz is 72 ms): fewer, bigger buffers through
 * audioconvert and the appsink. */
#define DECODER_BATCH     (500 * GST_MSECOND)

typedef struct _Decode Decode;

/* One decoded stream: the whole file, or one leg of a pair. Only its own
 * streaming thread touches it while the pipeline runs, except for the
 * fields marked as guarded by Decode.lock. */
typedef struct
{
  Decode     *decode;
  const char *path;
  GstElement *decoder;
  GstElement *sink;
  guint       first_channel;
  guint       n_channels;         /* 0 until the caps are known */
  guint       rate;
  guint64     position;           /* samples per channel folded so far */
  guint64     frame_end;          /* the sample that starts the next frame */
  guint       frame;              /* the frame being folded */
  gboolean    frame_has_data;
  gint16      lo[FL_PEAKS_MAX_CHANNELS];
  gint16      hi[FL_PEAKS_MAX_CHANNELS];
  GArray     *staged;             /* finished frames not yet in the peaks: lo, hi per channel */
  guint       staged_first;       /* the frame number of staged[0] */
  guint       frames_done;        /* guarded */
  gboolean    eos;                /* guarded */
} Input;

struct _Decode
{
  GstElement        *pipeline;
  GstBus            *bus;
  Input              inputs[2];
  guint              n_inputs;
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

/* The first sample of frame @frame, rounded up, so frames tile the samples
 * exactly even when the rate is not a multiple of the frame rate. */
static guint64
frame_start (guint frame,
             guint rate)
{
  return ((guint64) frame * rate + FL_PEAKS_FRAMES_PER_SECOND - 1) / FL_PEAKS_FRAMES_PER_SECOND;
}

static void
reset_frame (Input *input)
{
  for (guint c = 0; c < FL_PEAKS_MAX_CHANNELS; c++)
    {
      input->lo[c] = G_MAXINT16;
      input->hi[c] = G_MININT16;
    }
  input->frame_has_data = FALSE;
}

static void
finish_frame (Input *input)
{
  for (guint c = 0; c < input->n_channels; c++)
    {
      gint16 pair[2] = { MAX (input->lo[c], -G_MAXINT16), input->hi[c] };

      g_array_append_vals (input->staged, pair, 2);
    }
  input->frame++;
  input->frame_end = frame_start (input->frame + 1, input->rate);
  reset_frame (input);
}

#if defined (__SSE2__)
/* @n_channels divides 8, so lane k of a register always holds channel
 * k % n_channels; @n is a multiple of 8. */
static void
fold_sse2 (const gint16 *samples,
           gsize         n,
           guint         n_channels,
           gint16       *lo,
           gint16       *hi)
{
  gint16 lanes[8];
  __m128i vlo;
  __m128i vhi;

  for (guint k = 0; k < 8; k++)
    lanes[k] = lo[k % n_channels];
  vlo = _mm_loadu_si128 ((const __m128i *) lanes);
  for (guint k = 0; k < 8; k++)
    lanes[k] = hi[k % n_channels];
  vhi = _mm_loadu_si128 ((const __m128i *) lanes);

  for (gsize i = 0; i < n; i += 8)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (samples + i));

      vlo = _mm_min_epi16 (vlo, v);
      vhi = _mm_max_epi16 (vhi, v);
    }

  /* Fold the lanes of each channel onto the first n_channels lanes (the
   * shifts count bytes: a lane is two). */
  if (n_channels <= 4)
    {
      vlo = _mm_min_epi16 (vlo, _mm_srli_si128 (vlo, 8));
      vhi = _mm_max_epi16 (vhi, _mm_srli_si128 (vhi, 8));
    }
  if (n_channels <= 2)
    {
      vlo = _mm_min_epi16 (vlo, _mm_srli_si128 (vlo, 4));
      vhi = _mm_max_epi16 (vhi, _mm_srli_si128 (vhi, 4));
    }
  if (n_channels == 1)
    {
      vlo = _mm_min_epi16 (vlo, _mm_srli_si128 (vlo, 2));
      vhi = _mm_max_epi16 (vhi, _mm_srli_si128 (vhi, 2));
    }
  _mm_storeu_si128 ((__m128i *) lanes, vlo);
  memcpy (lo, lanes, n_channels * sizeof (gint16));
  _mm_storeu_si128 ((__m128i *) lanes, vhi);
  memcpy (hi, lanes, n_channels * sizeof (gint16));
}
#endif

/* Folds @n interleaved values of @n_channels channels into @lo and @hi. */
static void
fold_samples (const gint16 *samples,
              gsize         n,
              guint         n_channels,
              gint16       *lo,
              gint16       *hi)
{
  gsize i = 0;

#if defined (__SSE2__)
  if (8 % n_channels == 0 && n >= 8)
    {
      i = n & ~(gsize) 7;
      fold_sse2 (samples, i, n_channels, lo, hi);
    }
#endif

  for (; i < n; i += n_channels)
    for (guint c = 0; c < n_channels; c++)
      {
        lo[c] = MIN (lo[c], samples[i + c]);
        hi[c] = MAX (hi[c], samples[i + c]);
      }
}

static void
fold_buffer (Input        *input,
             const gint16 *samples,
             gsize         n_samples)
{
  while (n_samples > 0)
    {
      gsize take = MIN (input->frame_end - input->position, n_samples);

      fold_samples (samples, take * input->n_channels, input->n_channels, input->lo, input->hi);
      input->frame_has_data = TRUE;
      samples += take * input->n_channels;
      n_samples -= take;
      input->position += take;
      if (input->position == input->frame_end)
        finish_frame (input);
    }
}

static gboolean
set_input_format (Input   *input,
                  GstCaps *caps)
{
  GstAudioInfo info;

  if (caps == NULL || !gst_audio_info_from_caps (&info, caps) || GST_AUDIO_INFO_RATE (&info) <= 0
      || GST_AUDIO_INFO_CHANNELS (&info) > FL_PEAKS_MAX_CHANNELS)
    return FALSE;

  input->n_channels = GST_AUDIO_INFO_CHANNELS (&info);
  input->rate = GST_AUDIO_INFO_RATE (&info);
  input->frame_end = frame_start (1, input->rate);
  return TRUE;
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
  decode->peaks = fl_peaks_new (decode->n_inputs == 2 ? 2 : input->n_channels, input->rate,
                                duration);
}

/* Moves the input's finished frames into the peaks and publishes what every
 * channel has reached. */
static void
flush_input (Input    *input,
             gboolean  eos)
{
  Decode *decode = input->decode;
  guint n_frames = input->staged->len / (2 * MAX (input->n_channels, 1));

  g_mutex_lock (&decode->lock);
  if (input->n_channels > 0)
    {
      ensure_peaks (decode, input);
      fl_peaks_set_frames (decode->peaks, input->first_channel, input->n_channels,
                           input->staged_first, (const gint16 *) (gpointer) input->staged->data,
                           n_frames);
    }
  input->staged_first += n_frames;
  g_array_set_size (input->staged, 0);
  input->frames_done = input->frame;
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
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  GstBuffer *buffer;
  GstMapInfo map;

  if (sample == NULL || is_cancelled (input->decode))
    return GST_FLOW_FLUSHING;
  if (input->n_channels == 0 && !set_input_format (input, gst_sample_get_caps (sample)))
    return GST_FLOW_NOT_NEGOTIATED;

  buffer = gst_sample_get_buffer (sample);
  if (buffer != NULL && gst_buffer_map (buffer, &map, GST_MAP_READ))
    {
      fold_buffer (input, (const gint16 *) (gconstpointer) map.data,
                   map.size / (sizeof (gint16) * input->n_channels));
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

  if (input->n_channels == 0)
    {
      /* No samples at all (a header and no data): a recording of nothing,
       * if its format is known. */
      g_autoptr(GstPad) pad = gst_element_get_static_pad (input->sink, "sink");
      g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);

      set_input_format (input, caps);
    }
  if (input->frame_has_data)
    finish_frame (input);
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
           guint       max_channels)
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
  input->first_channel = decode->n_inputs++;
  input->staged = g_array_new (FALSE, FALSE, sizeof (gint16));
  input->decoder = gst_element_factory_make ("uridecodebin", NULL);
  convert = gst_element_factory_make ("audioconvert", NULL);
  input->sink = gst_element_factory_make ("appsink", NULL);
  g_assert (input->decoder != NULL && convert != NULL && input->sink != NULL);
  reset_frame (input);

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

/* Waits on the bus for the end of every stream. */
static gboolean
run (Decode  *decode,
     GError **error)
{
  if (gst_element_set_state (decode->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr(GstMessage) message = gst_bus_pop_filtered (decode->bus, GST_MESSAGE_ERROR);

      *error = message != NULL ? error_from_message (decode, message)
                               : fl_media_error_new_damaged (decode->inputs[0].path);
      return FALSE;
    }

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
                                            GST_MESSAGE_EOS | GST_MESSAGE_ERROR
                                            | GST_MESSAGE_ELEMENT);
      if (message == NULL)
        continue;

      switch (GST_MESSAGE_TYPE (message))
        {
        case GST_MESSAGE_EOS:
          return TRUE;

        case GST_MESSAGE_ERROR:
          *error = error_from_message (decode, message);
          return FALSE;

        default:
          fl_media_collect_missing_plugin (message, decode->missing_plugins);
          break;
        }
    }
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
    if (decode->inputs[i].rate > 0)
      duration = MAX (duration, (gint64) gst_util_uint64_scale (decode->inputs[i].position,
                                                                GST_SECOND,
                                                                decode->inputs[i].rate));
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
  if (paths[1] != NULL)
    {
      add_input (&decode, paths[0], 1);
      add_input (&decode, paths[1], 1);
    }
  else
    add_input (&decode, paths[0], FL_PEAKS_MAX_CHANNELS);

  if (run (&decode, error))
    {
      /* The streaming threads are done: EOS has reached every sink. */
      gst_element_set_state (decode.pipeline, GST_STATE_NULL);
      peaks = finish (&decode, error);
    }

  gst_element_set_state (decode.pipeline, GST_STATE_NULL);
  for (guint i = 0; i < decode.n_inputs; i++)
    g_array_unref (decode.inputs[i].staged);
  g_clear_pointer (&decode.peaks, fl_peaks_unref);
  g_clear_object (&decode.bus);
  g_clear_object (&decode.pipeline);
  g_ptr_array_unref (decode.missing_plugins);
  g_mutex_clear (&decode.lock);
  return peaks;
}
