/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-remote-download.h"
#include "fl-review-page-private.h"

#define NS_PER_MS G_GINT64_CONSTANT (1000000)

/* The call's sound: its files, or a server's recording, streamed while
 * its copy downloads; the player opened on it and its waveform drawn
 * from the file. */

static void
peaks_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FlReviewPage) self = user_data;
  g_autoptr(FlPeaks) peaks = NULL;
  g_autoptr(GError) error = NULL;

  peaks = fl_peaks_loader_load_finish (FL_PEAKS_LOADER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->peaks_progress), FALSE);
  if (peaks == NULL)
    {
      fl_player_bar_show_message (self->player_bar, error->message, TRUE);
      return;
    }

  fl_waveform_set_peaks (self->waveform, peaks);
  fl_waveform_peaks_grew (self->waveform);
  if (fl_player_get_duration (self->player) <= 0)
    fl_waveform_set_duration (self->waveform, fl_peaks_get_duration (peaks));
}

static void
load_peaks (FlReviewPage *self)
{
  g_cancellable_cancel (self->peaks_cancellable);
  g_clear_object (&self->peaks_cancellable);
  self->peaks_cancellable = g_cancellable_new ();

  fl_waveform_set_peaks (self->waveform, NULL);
  gtk_progress_bar_set_fraction (self->peaks_progress, 0);
  fl_peaks_loader_load_async (self->peaks_loader, self->audio_path, self->audio_second_path,
                              self->peaks_cancellable,
                              peaks_loaded_cb, g_object_ref (self));
}

/* Where listening stopped last time. */
static void
seek_to_last_position (FlReviewPage *self)
{
  gint64 position_ms = fl_evaluation_service_get_playback_position (self->evaluations, self->session,
                                                                    fl_recording_get_id (self->recording));

  if (position_ms > 0)
    fl_player_seek (self->player, position_ms * NS_PER_MS);
}

/* Plays @path (and @second_path, the other leg): the recording's own
 * files, or the copy of a server's recording; where listening stopped
 * last time, with its waveform. */
static void
play_from (FlReviewPage *self,
           const char   *path,
           const char   *second_path)
{
  g_free (self->audio_path);
  g_free (self->audio_second_path);
  self->audio_path = g_strdup (path);
  self->audio_second_path = g_strdup (second_path);
  fl_player_open (self->player, path, second_path);
  seek_to_last_position (self);
  load_peaks (self);
}

/* Plays a server's recording from the server, as soon as enough has
 * arrived, while its copy downloads. */
static void
stream_from (FlReviewPage           *self,
             const FlRemotePlayback *playback)
{
  FlPlayerHttpAccess access = { NULL };

  access.ca_file = playback->ca_file;
  if (playback->auth == FL_REMOTE_AUTH_BASIC)
    {
      access.user = playback->user;
      access.password = playback->secret;
    }
  else if (playback->auth == FL_REMOTE_AUTH_BEARER)
    access.token = playback->secret;
  fl_player_open_uri (self->player, playback->url, &access);
  seek_to_last_position (self);
}

typedef struct
{
  GWeakRef      page;
  GCancellable *cancellable;
} Downloading;

static Downloading *
downloading_new (FlReviewPage *self)
{
  Downloading *downloading = g_new0 (Downloading, 1);

  g_weak_ref_init (&downloading->page, self);
  downloading->cancellable = g_object_ref (self->download_cancellable);
  return downloading;
}

static void
downloading_free (Downloading *downloading)
{
  g_weak_ref_clear (&downloading->page);
  g_object_unref (downloading->cancellable);
  g_free (downloading);
}

static void
download_progress_cb (goffset  received,
                      goffset  total,
                      gpointer user_data)
{
  Downloading *downloading = user_data;
  g_autoptr(FlReviewPage) self = g_weak_ref_get (&downloading->page);
  g_autofree char *text = NULL;

  if (self == NULL || g_cancellable_is_cancelled (downloading->cancellable))
    return;
  if (total > 0)
    /* Translators: while a recording comes from its server; %d is a percentage */
    text = g_strdup_printf (_("Downloading the recording from its server… %d %%"), (int) (received * 100 / total));
  else
    text = g_strdup (_("Downloading the recording from its server…"));
  fl_player_bar_show_message (self->player_bar, text, FALSE);
}

static void
downloaded_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Downloading *downloading = user_data;
  g_autoptr(FlReviewPage) self = g_weak_ref_get (&downloading->page);
  g_autoptr(GCancellable) cancellable = g_object_ref (downloading->cancellable);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fl_remote_download_recording_finish (result, &error);

  downloading_free (downloading);
  /* Another recording was opened meanwhile, or the page closed. */
  if (g_cancellable_is_cancelled (cancellable) || self == NULL || self->recording == NULL)
    return;
  if (path == NULL)
    {
      fl_player_bar_show_message (self->player_bar, error->message, TRUE);
      return;
    }
  fl_player_bar_show_message (self->player_bar, NULL, FALSE);
  if (fl_player_get_state (self->player) != FL_PLAYER_STATE_STOPPED)
    {
      /* The stream plays on; the waveform, and later opens, use the copy. */
      g_free (self->audio_path);
      self->audio_path = g_steal_pointer (&path);
      load_peaks (self);
    }
  else
    play_from (self, path, NULL);
}

static void
located_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Downloading *downloading = user_data;
  g_autoptr(FlReviewPage) self = g_weak_ref_get (&downloading->page);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRemotePlayback) playback = fl_remote_download_locate_finish (result, &error);

  if (g_cancellable_is_cancelled (downloading->cancellable) || self == NULL || self->recording == NULL)
    ;  /* another recording was opened meanwhile, or the page closed */
  else if (playback == NULL)
    fl_player_bar_show_message (self->player_bar, error->message, TRUE);
  else if (playback->cached_path != NULL)
    {
      fl_player_bar_show_message (self->player_bar, NULL, FALSE);
      play_from (self, playback->cached_path, NULL);
    }
  else
    {
      stream_from (self, playback);
      fl_remote_download_recording_async (self->database, self->session, fl_recording_get_id (self->recording),
                                          self->cache, download_progress_cb, downloading,
                                          self->download_cancellable, downloaded_cb, downloading);
      return;
    }
  downloading_free (downloading);
}

/* A recording on a server plays from its copy in the cache; when there is
 * none, from the server while the copy downloads in the background. */
static void
open_from_server (FlReviewPage *self)
{
  g_cancellable_cancel (self->download_cancellable);
  g_clear_object (&self->download_cancellable);
  self->download_cancellable = g_cancellable_new ();
  g_clear_pointer (&self->audio_path, g_free);
  g_clear_pointer (&self->audio_second_path, g_free);
  fl_player_close (self->player);
  fl_waveform_set_peaks (self->waveform, NULL);
  fl_player_bar_show_message (self->player_bar, _("Downloading the recording from its server…"), FALSE);
  fl_remote_download_locate_async (self->database, self->session, fl_recording_get_id (self->recording),
                                   self->cache, self->download_cancellable, located_cb, downloading_new (self));
}

void
_fl_review_page_open_audio (FlReviewPage *self)
{
  if (fl_recording_get_source_id (self->recording) == 0)
    play_from (self, fl_recording_get_path (self->recording), fl_recording_get_second_path (self->recording));
  else
    open_from_server (self);
}
