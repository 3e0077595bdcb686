/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-media-error"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gst/pbutils/pbutils.h>
#include <unistd.h>

#include "fl-media-error.h"

G_DEFINE_QUARK (fl-media-error-quark, fl_media_error)

/* libopus 1.3 asks the CPU for its features on every packet, which costs
 * dearly in virtual machines; FFmpeg's Opus decoder (gstreamer1.0-libav)
 * does not, and decodes an hour of call in a third of the time. */
static void
prefer_fast_decoders (void)
{
  g_autoptr(GstPluginFeature) opus = gst_registry_lookup_feature (gst_registry_get (), "avdec_opus");

  if (opus != NULL)
    gst_plugin_feature_set_rank (opus, GST_RANK_PRIMARY + 1);
}

void
fl_media_ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      gst_init (NULL, NULL);
      gst_pb_utils_init ();
      prefer_fast_decoders ();
      g_once_init_leave (&initialized, 1);
    }
}

char *
fl_media_path_to_uri (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return gst_filename_to_uri (path, NULL);
}

gboolean
fl_media_check_file (const char  *path,
                     GError     **error)
{
  g_autofree char *display = NULL;
  GStatBuf buf;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  if (g_stat (path, &buf) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING,
                     _("The recording file is missing: %s"), display);
      else
        g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE,
                     _("The recording file “%s” cannot be read (%s). Check that its disk "
                       "or network share is connected."), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (buf.st_mode))
    {
      g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE,
                   _("The recording “%s” is a folder, not an audio file."), display);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    {
      g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE,
                   _("The recording file “%s” cannot be read (%s). Check that you are "
                     "allowed to open it."), display, g_strerror (errno));
      return FALSE;
    }
  close (fd);

  if (buf.st_size == 0)
    {
      g_set_error (error, FL_MEDIA_ERROR, FL_MEDIA_ERROR_DAMAGED,
                   _("The recording “%s” could not be decoded: the file is empty."), display);
      return FALSE;
    }

  return TRUE;
}

gboolean
fl_media_collect_missing_plugin (GstMessage *message,
                                 GPtrArray  *descriptions)
{
  g_return_val_if_fail (GST_IS_MESSAGE (message), FALSE);
  g_return_val_if_fail (descriptions != NULL, FALSE);

  if (!gst_is_missing_plugin_message (message))
    return FALSE;

  g_ptr_array_add (descriptions, gst_missing_plugin_message_get_description (message));
  return TRUE;
}

GError *
fl_media_error_new_missing_plugin (const char         *path,
                                   const char * const *descriptions)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *names = NULL;

  if (descriptions == NULL || descriptions[0] == NULL)
    return g_error_new (FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING_PLUGIN,
                        _("The recording “%s” is in a format that no installed decoder can "
                          "play. Install the GStreamer plugins for it, then open the recording "
                          "again."), display);

  /* Translators: separates the names of missing decoders in a list. */
  names = g_strjoinv (_(", "), (char **) descriptions);
  /* Translators: the second %s names the missing decoder, as GStreamer
   * describes it, such as “Adaptive Multi Rate (AMR) decoder”. */
  return g_error_new (FL_MEDIA_ERROR, FL_MEDIA_ERROR_MISSING_PLUGIN,
                      _("The recording “%s” needs a decoder that is not installed: %s. Install "
                        "the GStreamer plugin that provides it, then open the recording again."),
                      display, names);
}

GError *
fl_media_error_from_message (GstMessage *message,
                             const char *path,
                             GPtrArray  *missing_plugins)
{
  g_autoptr(GError) gst_error = NULL;
  g_autofree char *debug = NULL;
  g_autofree char *display = NULL;
  GError *file_error = NULL;

  g_return_val_if_fail (GST_IS_MESSAGE (message), NULL);
  g_return_val_if_fail (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  gst_message_parse_error (message, &gst_error, &debug);
  g_debug ("%s: %s (%s)", path, gst_error->message, debug ? debug : "");

  if (missing_plugins != NULL && missing_plugins->len > 0)
    {
      g_autofree const char **names = g_new0 (const char *, missing_plugins->len + 1);

      for (guint i = 0; i < missing_plugins->len; i++)
        names[i] = g_ptr_array_index (missing_plugins, i);
      return fl_media_error_new_missing_plugin (path, names);
    }
  if (g_error_matches (gst_error, GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN)
      || g_error_matches (gst_error, GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND))
    return fl_media_error_new_missing_plugin (path, NULL);

  /* Streamed from a recording server: no file to look at. */
  if (g_uri_peek_scheme (path) != NULL)
    {
      /* A refused certificate stops the HTTP source with a stream error. */
      GstObject *source = GST_MESSAGE_SRC (message);

      if (gst_error->domain != GST_RESOURCE_ERROR
          && !(GST_IS_ELEMENT (source) && GST_OBJECT_FLAG_IS_SET (source, GST_ELEMENT_FLAG_SOURCE)))
        return fl_media_error_new_damaged (path);
      /* Translators: %s is what went wrong, in GStreamer's words */
      return g_error_new (FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE,
                          _("The recording could not be streamed from its server (%s). It plays once its "
                            "copy has downloaded."), gst_error->message);
    }

  /* The file may have gone or changed since it was opened: say what is
   * wrong with the file itself before blaming its contents. */
  if (!fl_media_check_file (path, &file_error))
    return file_error;
  if (gst_error->domain == GST_RESOURCE_ERROR)
    {
      display = g_filename_display_name (path);
      return g_error_new (FL_MEDIA_ERROR, FL_MEDIA_ERROR_UNREADABLE,
                          _("The recording file “%s” cannot be read (%s). Check that its disk "
                            "or network share is connected."), display, gst_error->message);
    }

  return fl_media_error_new_damaged (path);
}

GError *
fl_media_error_new_damaged (const char *path)
{
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  return g_error_new (FL_MEDIA_ERROR, FL_MEDIA_ERROR_DAMAGED,
                      _("The recording “%s” could not be decoded: it may be damaged, or it "
                        "is not a sound recording."), display);
}
