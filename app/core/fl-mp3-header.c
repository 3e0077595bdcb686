/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-mp3-header"

#include "config.h"

#include <string.h>

#include "fl-mp3-header.h"

/* Read without GStreamer, so that importing thousands of MP3 recordings
 * does not wait on the discoverer (about 5 ms a file), as WAV does not.
 * Only what PBXes write is trusted: Layer III with a known bit rate. */

typedef enum
{
  MPEG_2_5 = 0,
  MPEG_2   = 2,
  MPEG_1   = 3,
} MpegVersion;

typedef struct
{
  MpegVersion version;
  guint       bitrate;            /* bits per second */
  guint       sample_rate;
  guint       channels;
  guint       samples_per_frame;
  gsize       frame_bytes;
  gsize       side_info_bytes;
} FrameHeader;

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static gboolean
parse_frame_header (const guint8 *p,
                    FrameHeader  *header)
{
  static const guint bitrates_v1[16] = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0 };
  static const guint bitrates_v2[16] = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0 };
  static const guint rates_v1[3] = { 44100, 48000, 32000 };
  guint bitrate_index, rate_index;
  gboolean mono, padding;

  if (p[0] != 0xFF || (p[1] & 0xE0) != 0xE0)
    return FALSE;
  header->version = (p[1] >> 3) & 0x3;
  if (header->version == 1 || ((p[1] >> 1) & 0x3) != 1)   /* reserved; not Layer III */
    return FALSE;
  bitrate_index = p[2] >> 4;
  rate_index = (p[2] >> 2) & 0x3;
  if (bitrate_index == 0 || bitrate_index == 15 || rate_index == 3)
    return FALSE;

  padding = (p[2] >> 1) & 0x1;
  mono = (p[3] >> 6) == 0x3;
  header->channels = mono ? 1 : 2;
  if (header->version == MPEG_1)
    {
      header->bitrate = bitrates_v1[bitrate_index] * 1000;
      header->sample_rate = rates_v1[rate_index];
      header->samples_per_frame = 1152;
      header->side_info_bytes = mono ? 17 : 32;
    }
  else
    {
      header->bitrate = bitrates_v2[bitrate_index] * 1000;
      header->sample_rate = rates_v1[rate_index] / (header->version == MPEG_2 ? 2 : 4);
      header->samples_per_frame = 576;
      header->side_info_bytes = mono ? 9 : 17;
    }
  header->frame_bytes = header->samples_per_frame / 8 * header->bitrate / header->sample_rate + padding;
  return TRUE;
}

/* Where the audio starts: after an ID3v2 tag, if there is one. */
static gsize
skip_id3v2 (const guint8 *data,
            gsize         length)
{
  gsize size;

  if (length < 10 || memcmp (data, "ID3", 3) != 0)
    return 0;
  /* Four 7-bit bytes, and ten more when a footer follows. */
  size = (gsize) (data[6] & 0x7F) << 21 | (gsize) (data[7] & 0x7F) << 14 |
         (gsize) (data[8] & 0x7F) << 7 | (gsize) (data[9] & 0x7F);
  return 10 + size + ((data[5] & 0x10) ? 10 : 0);
}

/* The samples of a Xing/Info or VBRI header in the first frame, less the
 * encoder's delay and padding when a LAME tag gives them; 0 if none. */
static guint64
count_samples (const guint8      *frame,
               gsize              available,
               const FrameHeader *header)
{
  gsize xing = 4 + header->side_info_bytes;
  gsize vbri = 4 + 32;

  if (available >= xing + 12 &&
      (memcmp (frame + xing, "Xing", 4) == 0 || memcmp (frame + xing, "Info", 4) == 0) &&
      (read_be32 (frame + xing + 4) & 0x1))
    {
      guint32 flags = read_be32 (frame + xing + 4);
      guint64 samples = (guint64) read_be32 (frame + xing + 8) * header->samples_per_frame;
      /* Frames, bytes, table of contents, quality: each only if flagged. */
      gsize lame = xing + 8 + 4 + ((flags & 0x2) ? 4 : 0) + ((flags & 0x4) ? 100 : 0) + ((flags & 0x8) ? 4 : 0);

      if (available >= lame + 24 && memcmp (frame + lame, "LAME", 4) == 0)
        {
          guint delay = (guint) frame[lame + 21] << 4 | frame[lame + 22] >> 4;
          guint padding = (guint) (frame[lame + 22] & 0x0F) << 8 | frame[lame + 23];

          if (delay + padding < samples)
            samples -= delay + padding;
        }
      return samples;
    }
  if (available >= vbri + 18 && memcmp (frame + vbri, "VBRI", 4) == 0)
    return (guint64) read_be32 (frame + vbri + 14) * header->samples_per_frame;
  return 0;
}

gboolean
fl_audio_info_from_mp3_header (const guint8 *data,
                               gsize         length,
                               gint64        file_size,
                               FlAudioInfo  *info)
{
  FrameHeader first, second;
  gsize offset;
  guint64 samples;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  offset = skip_id3v2 (data, length);
  if (offset + 4 > length || !parse_frame_header (data + offset, &first))
    return FALSE;

  samples = count_samples (data + offset, length - offset, &first);
  if (samples > 0)
    info->duration_ms = (gint64) (samples * 1000 / first.sample_rate);
  else
    {
      /* No frame count: a constant bit rate, if the next frame agrees. */
      if (offset + first.frame_bytes + 4 > length ||
          !parse_frame_header (data + offset + first.frame_bytes, &second) ||
          second.bitrate != first.bitrate || second.sample_rate != first.sample_rate)
        return FALSE;
      info->duration_ms = MAX (file_size - (gint64) offset, 0) * 8 * 1000 / first.bitrate;
    }

  g_free (info->codec);
  info->codec = g_strdup ("mp3");
  info->channels = first.channels;
  info->sample_rate = first.sample_rate;
  return TRUE;
}
