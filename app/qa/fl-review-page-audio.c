/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-remote-download.h"
#include "fl-review-page-private.h"

#define NS_PER_MS G_GINT64_CONSTANT (1000000)

/* The call's sound: its files, or the copy of a server's recording,
 * downloaded first; the player opened on it and its waveform drawn. */

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

/* Plays @path (and @second_path, the other leg): the recording's own
 * files, or the copy of a server's recording; where listening stopped
 * last time, with its waveform. */
static void
play_from (FlReviewPage *self,
           const char   *path,
           const char   *second_path)
{
  gint64 position_ms;

  g_free (self->audio_path);
  g_free (self->audio_second_path);
  self->audio_path = g_strdup (path);
  self->audio_second_path = g_strdup (second_path);
  fl_player_open (self->player, path, second_path);
  position_ms = fl_evaluation_service_get_playback_position (self->evaluations, self->session,
                                                             fl_recording_get_id (self->recording));
  if (position_ms > 0)
    fl_player_seek (self->player, position_ms * NS_PER_MS);
  load_peaks (self);
}

typedef struct
{
  GWeakRef      page;
  GCancellable *cancellable;
} Downloading;

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
  g_autoptr(GCancellable) cancellable = downloading->cancellable;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fl_remote_download_recording_finish (result, &error);

  g_weak_ref_clear (&downloading->page);
  g_free (downloading);
  /* Another recording was opened meanwhile, or the page closed. */
  if (g_cancellable_is_cancelled (cancellable) || self == NULL || self->recording == NULL)
    return;
  if (path == NULL)
    {
      fl_player_bar_show_message (self->player_bar, error->message, TRUE);
      return;
    }
  fl_player_bar_show_message (self->player_bar, NULL, FALSE);
  play_from (self, path, NULL);
}

/* A recording on a server plays from its copy in the cache, downloaded
 * first in the background when there is none. */
static void
download (FlReviewPage *self)
{
  Downloading *downloading;

  g_cancellable_cancel (self->download_cancellable);
  g_clear_object (&self->download_cancellable);
  self->download_cancellable = g_cancellable_new ();
  downloading = g_new0 (Downloading, 1);
  g_weak_ref_init (&downloading->page, self);
  downloading->cancellable = g_object_ref (self->download_cancellable);
  fl_player_bar_show_message (self->player_bar, _("Downloading the recording from its server…"), FALSE);
  fl_remote_download_recording_async (self->database, self->session, fl_recording_get_id (self->recording),
                                      self->cache, download_progress_cb, downloading, self->download_cancellable,
                                      downloaded_cb, downloading);
}

void
_fl_review_page_open_audio (FlReviewPage *self)
{
  if (fl_recording_get_source_id (self->recording) == 0)
    play_from (self, fl_recording_get_path (self->recording), fl_recording_get_second_path (self->recording));
  else
    download (self);
}
