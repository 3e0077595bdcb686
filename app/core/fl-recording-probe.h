/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What an audio file holds. A file that cannot be read has a problem, in
 * words for the supervisor, and no duration (-1). */
typedef struct
{
  gint64  duration_ms;
  char   *codec;        /* a short code: "pcm", "mulaw", "alaw", "gsm", "mp3", "opus", … */
  guint   channels;
  guint   sample_rate;
  char   *problem;
} FlAudioInfo;

void      fl_audio_info_clear            (FlAudioInfo  *info);

/* Reads a WAV file's RIFF header (fmt, fact and data chunks) in @data, the
 * first bytes of a file of @file_size bytes. Handles PCM, A-law, µ-law and
 * GSM 6.10 ("WAV49"), which is what PBXs write; FALSE for anything else, or a
 * header that does not add up, so the caller asks GStreamer instead. */
gboolean  fl_audio_info_from_wav_header  (const guint8 *data,
                                          gsize         length,
                                          gint64        file_size,
                                          FlAudioInfo  *info);

/* Examines audio files; one per thread (it holds a GStreamer discoverer). */
typedef struct _FlRecordingProbe FlRecordingProbe;

FlRecordingProbe *fl_recording_probe_new     (GError          **error);
void              fl_recording_probe_free    (FlRecordingProbe *self);
gboolean          fl_recording_probe_examine (FlRecordingProbe *self,
                                              const char       *path,
                                              gint64            file_size,
                                              FlAudioInfo      *info);
guint             fl_recording_probe_get_discovered (FlRecordingProbe *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRecordingProbe, fl_recording_probe_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FlAudioInfo, fl_audio_info_clear)

G_END_DECLS
