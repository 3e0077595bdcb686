/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-probe"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gst/pbutils/pbutils.h>
#include <string.h>
#include <unistd.h>

#include "fl-mp3-header.h"
#include "fl-recording-import.h"
#include "fl-recording-probe.h"

/*
 * Asking GStreamer's discoverer costs a pipeline per file: about 2 ms for a
 * WAV and 50 ms for an MP3 on the reference machine. Most PBXs write WAV,
 * whose header states the exact length, so WAV files in the formats PBXs use
 * are read here directly, and so are raw GSM files (FreePBX's "gsm" format,
 * which has no container GStreamer can find the length in). Everything else,
 * and any WAV whose header does not add up, goes to the discoverer, which
 * decides whether the file can be played at all.
 */

#define DISCOVER_TIMEOUT  (5 * GST_SECOND)
#define HEADER_BYTES      8192

/* GSM 06.10: 33-byte frames of 160 samples at 8 kHz, each starting with the
 * signature 0xD in its high nibble. */
#define GSM_FRAME_BYTES   33
#define GSM_FRAME_MS      20

enum {
  WAVE_FORMAT_PCM        = 0x0001,
  WAVE_FORMAT_ALAW       = 0x0006,
  WAVE_FORMAT_MULAW      = 0x0007,
  WAVE_FORMAT_GSM610     = 0x0031,
  WAVE_FORMAT_EXTENSIBLE = 0xFFFE,
};

struct _FlRecordingProbe
{
  GstDiscoverer *discoverer;
  guint          discovered;
};

void
fl_audio_info_clear (FlAudioInfo *info)
{
  g_clear_pointer (&info->codec, g_free);
  g_clear_pointer (&info->problem, g_free);
  info->duration_ms = -1;
  info->channels = 0;
  info->sample_rate = 0;
}

static guint16
read_u16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
read_u32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

typedef struct
{
  guint16 format;
  guint16 channels;
  guint32 rate;
  guint16 block_align;
  guint16 bits;
  guint16 samples_per_block;
} WaveFormat;

static gboolean
read_fmt (const guint8 *chunk,
          guint32       size,
          WaveFormat   *fmt)
{
  if (size < 16)
    return FALSE;
  fmt->format = read_u16 (chunk);
  fmt->channels = read_u16 (chunk + 2);
  fmt->rate = read_u32 (chunk + 4);
  fmt->block_align = read_u16 (chunk + 12);
  fmt->bits = read_u16 (chunk + 14);
  /* WAVEFORMATEX's extra bytes: GSM's samples per block; the real format
   * of WAVE_FORMAT_EXTENSIBLE in the first two bytes of its GUID. */
  if (size >= 20)
    fmt->samples_per_block = read_u16 (chunk + 18);
  if (fmt->format == WAVE_FORMAT_EXTENSIBLE && size >= 26)
    fmt->format = read_u16 (chunk + 24);
  return TRUE;
}

/* Frames (samples per channel) in @data_size bytes of this format; 0 when
 * the format is not one of those read here or its numbers do not add up. */
static gint64
count_frames (const WaveFormat *fmt,
              gint64            data_size,
              const char      **codec)
{
  if (fmt->channels == 0 || fmt->channels > 8 || fmt->rate < 1000 || fmt->rate > 192000 ||
      fmt->block_align == 0)
    return -1;

  switch (fmt->format)
    {
    case WAVE_FORMAT_PCM:
      if ((fmt->bits != 8 && fmt->bits != 16 && fmt->bits != 24 && fmt->bits != 32) ||
          fmt->block_align != fmt->channels * fmt->bits / 8)
        return -1;
      *codec = "pcm";
      return data_size / fmt->block_align;

    case WAVE_FORMAT_ALAW:
    case WAVE_FORMAT_MULAW:
      if (fmt->block_align != fmt->channels)
        return -1;
      *codec = fmt->format == WAVE_FORMAT_ALAW ? "alaw" : "mulaw";
      return data_size / fmt->block_align;

    case WAVE_FORMAT_GSM610:
      /* Microsoft's GSM packs two frames, 320 samples, in 65 bytes. */
      if (fmt->channels != 1 || fmt->block_align != 65 ||
          (fmt->samples_per_block != 0 && fmt->samples_per_block != 320))
        return -1;
      *codec = "gsm";
      return data_size / fmt->block_align * 320;

    default:
      return -1;
    }
}

gboolean
fl_audio_info_from_wav_header (const guint8 *data,
                               gsize         length,
                               gint64        file_size,
                               FlAudioInfo  *info)
{
  WaveFormat fmt = { 0 };
  gboolean have_fmt = FALSE;
  const char *codec = NULL;
  gsize offset = 12;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (length < 12 || memcmp (data, "RIFF", 4) != 0 || memcmp (data + 8, "WAVE", 4) != 0)
    return FALSE;

  /* Chunks are word-aligned; "fmt " comes before "data". */
  while (offset + 8 <= length)
    {
      const guint8 *chunk = data + offset;
      guint32 size = read_u32 (chunk + 4);
      gint64 data_size, frames;

      if (memcmp (chunk, "fmt ", 4) == 0)
        {
          if (offset + 8 + size > length || !read_fmt (chunk + 8, size, &fmt))
            return FALSE;
          have_fmt = TRUE;
        }
      else if (memcmp (chunk, "data", 4) == 0)
        {
          gint64 available = file_size - (gint64) (offset + 8);

          if (!have_fmt || available < 0)
            return FALSE;
          /* A recording still being written, or cut short, says more (or 0,
           * or 0xFFFFFFFF) than it holds: what is there is what plays. */
          data_size = MIN ((gint64) size, available);
          if (size == 0 || size == G_MAXUINT32)
            data_size = available;

          frames = count_frames (&fmt, data_size, &codec);
          if (frames < 0)
            return FALSE;

          info->duration_ms = frames * 1000 / fmt.rate;
          g_free (info->codec);
          info->codec = g_strdup (codec);
          info->channels = fmt.channels;
          info->sample_rate = fmt.rate;
          return TRUE;
        }

      offset += 8 + (gsize) size + (size & 1);
    }

  return FALSE;
}

static gboolean
read_head (const char  *path,
           guint8      *buffer,
           gsize       *length,
           char       **problem)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gssize n = 0;

  if (fd >= 0)
    {
      do
        n = read (fd, buffer, *length);
      while (n < 0 && errno == EINTR);
    }
  if (fd < 0 || n < 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      *problem = g_strdup_printf (_("The file could not be read: %s."), g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  *length = n;
  return TRUE;
}

/* FreePBX's "gsm" format: GSM 06.10 frames with nothing around them. */
static gboolean
read_raw_gsm (const guint8 *data,
              gsize         length,
              gint64        file_size,
              FlAudioInfo  *info)
{
  if (length < GSM_FRAME_BYTES)
    return FALSE;
  for (gsize frame = 0; frame + GSM_FRAME_BYTES <= length; frame += GSM_FRAME_BYTES)
    if ((data[frame] & 0xF0) != 0xD0)
      return FALSE;

  info->duration_ms = file_size / GSM_FRAME_BYTES * GSM_FRAME_MS;
  g_free (info->codec);
  info->codec = g_strdup ("gsm");
  info->channels = 1;
  info->sample_rate = 8000;
  return TRUE;
}

/* A short code for a stream's caps, stored in recordings.codec. */
static char *
codec_from_caps (GstCaps *caps)
{
  GstStructure *structure;
  const char *name;
  int version = 0, layer = 0;

  if (caps == NULL || gst_caps_is_empty (caps) || gst_caps_is_any (caps))
    return NULL;
  structure = gst_caps_get_structure (caps, 0);
  name = gst_structure_get_name (structure);

  if (g_str_equal (name, "audio/mpeg"))
    {
      gst_structure_get_int (structure, "mpegversion", &version);
      gst_structure_get_int (structure, "layer", &layer);
      if (version == 1)
        return g_strdup_printf ("mp%d", layer > 0 ? layer : 3);
      return g_strdup ("aac");
    }
  if (g_str_equal (name, "audio/x-raw"))
    return g_strdup ("pcm");
  if (g_str_equal (name, "audio/ms-gsm") || g_str_equal (name, "audio/x-gsm"))
    return g_strdup ("gsm");
  if (g_str_has_prefix (name, "audio/x-"))
    return g_strdup (name + strlen ("audio/x-"));
  if (g_str_has_prefix (name, "audio/"))
    return g_ascii_strdown (name + strlen ("audio/"), -1);
  return g_strdup (name);
}

static char *
describe_failure (GstDiscovererInfo *result,
                  const GError      *error)
{
  const char *reason = error != NULL ? error->message : NULL;

  switch (result ? gst_discoverer_info_get_result (result) : GST_DISCOVERER_ERROR)
    {
    case GST_DISCOVERER_TIMEOUT:
      return g_strdup_printf (_("The file could not be decoded: reading it took longer "
                                "than %d seconds."),
                              (int) (DISCOVER_TIMEOUT / GST_SECOND));
    case GST_DISCOVERER_MISSING_PLUGINS:
      return g_strdup_printf (_("The file could not be decoded: this computer lacks the "
                                "decoder for it (%s)."),
                              reason ? reason : _("unknown format"));
    case GST_DISCOVERER_URI_INVALID:
    case GST_DISCOVERER_BUSY:
    case GST_DISCOVERER_ERROR:
    case GST_DISCOVERER_OK:
    default:
      return g_strdup_printf (_("The file could not be decoded: %s"),
                              reason ? reason : _("it is not a sound file GStreamer knows."));
    }
}

static gboolean
discover (FlRecordingProbe *self,
          const char       *path,
          FlAudioInfo      *info)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstDiscovererInfo) result = NULL;
  g_autofree char *uri = NULL;
  GList *streams;

  /* Made on first use: an import of WAV files needs none. */
  if (self->discoverer == NULL &&
      !(self->discoverer = gst_discoverer_new (DISCOVER_TIMEOUT, &error)))
    {
      info->problem = g_strdup_printf (_("The file could not be decoded: %s"), error->message);
      return FALSE;
    }

  self->discovered++;
  uri = gst_filename_to_uri (path, &error);
  if (uri != NULL)
    result = gst_discoverer_discover_uri (self->discoverer, uri, &error);

  if (result == NULL || gst_discoverer_info_get_result (result) != GST_DISCOVERER_OK)
    {
      info->problem = describe_failure (result, error);
      return FALSE;
    }

  streams = gst_discoverer_info_get_audio_streams (result);
  if (streams == NULL)
    {
      info->problem = g_strdup (_("The file could not be decoded: it holds no sound."));
      return FALSE;
    }

  {
    GstDiscovererAudioInfo *audio = streams->data;
    g_autoptr(GstCaps) caps = gst_discoverer_stream_info_get_caps (streams->data);
    GstClockTime duration = gst_discoverer_info_get_duration (result);

    info->codec = codec_from_caps (caps);
    info->channels = gst_discoverer_audio_info_get_channels (audio);
    info->sample_rate = gst_discoverer_audio_info_get_sample_rate (audio);
    info->duration_ms = GST_CLOCK_TIME_IS_VALID (duration) ? (gint64) (duration / GST_MSECOND) : -1;
  }
  gst_discoverer_stream_info_list_free (streams);
  return TRUE;
}

static gpointer
init_gstreamer (gpointer data)
{
  GError **error = data;

  return GINT_TO_POINTER (gst_init_check (NULL, NULL, error));
}

FlRecordingProbe *
fl_recording_probe_new (GError **error)
{
  static GOnce once = G_ONCE_INIT;
  g_autoptr(GError) init_error = NULL;

  g_once (&once, init_gstreamer, &init_error);
  if (!GPOINTER_TO_INT (once.retval))
    {
      g_set_error (error, FL_IMPORT_ERROR, FL_IMPORT_ERROR_MEDIA,
                   _("GStreamer, which reads the recordings, could not start: %s"),
                   init_error ? init_error->message : _("unknown error"));
      return NULL;
    }

  return g_new0 (FlRecordingProbe, 1);
}

void
fl_recording_probe_free (FlRecordingProbe *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->discoverer);
  g_free (self);
}

/* How many files went to the discoverer: the import reports it. */
guint
fl_recording_probe_get_discovered (FlRecordingProbe *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->discovered;
}

/**
 * fl_recording_probe_examine:
 * @path: the file
 * @file_size: its size in bytes, as stat() gave it
 * @info: (out caller-allocates): cleared, then filled
 *
 * Returns: %TRUE when the file holds sound that can be played; else
 * @info's problem says why not.
 */
gboolean
fl_recording_probe_examine (FlRecordingProbe *self,
                            const char       *path,
                            gint64            file_size,
                            FlAudioInfo      *info)
{
  guint8 head[HEADER_BYTES];
  gsize length = sizeof head;
  const char *extension;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  fl_audio_info_clear (info);

  if (file_size == 0)
    {
      info->problem = g_strdup (_("The file is empty: the recording holds nothing."));
      return FALSE;
    }
  if (!read_head (path, head, &length, &info->problem))
    return FALSE;

  extension = strrchr (path, '.');
  if (fl_audio_info_from_wav_header (head, length, file_size, info))
    return TRUE;
  if (extension != NULL && g_ascii_strcasecmp (extension, ".gsm") == 0 &&
      read_raw_gsm (head, length, file_size, info))
    return TRUE;
  if (extension != NULL && g_ascii_strcasecmp (extension, ".mp3") == 0 &&
      fl_audio_info_from_mp3_header (head, length, file_size, info))
    return TRUE;

  return discover (self, path, info);
}
