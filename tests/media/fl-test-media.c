/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-test-media"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fl-test-media.h"
#include "fl-test-util.h"

const FlTestBadInput fl_test_bad_inputs[] = {
  { "missing", FL_MEDIA_ERROR_MISSING, "The recording file is missing: " },
  { "directory", FL_MEDIA_ERROR_UNREADABLE, "is a folder, not an audio file" },
  { "zero-length", FL_MEDIA_ERROR_DAMAGED, "the file is empty" },
  { "truncated-header", FL_MEDIA_ERROR_DAMAGED, "could not be decoded: it may be damaged" },
  { "random-bytes", FL_MEDIA_ERROR_DAMAGED, "could not be decoded: it may be damaged" },
  { "text-named-wav", FL_MEDIA_ERROR_DAMAGED, "could not be decoded: it may be damaged" },
  { "amr-no-decoder", FL_MEDIA_ERROR_MISSING_PLUGIN, "Adaptive Multi Rate (AMR) decoder" },
};
const guint fl_test_n_bad_inputs = G_N_ELEMENTS (fl_test_bad_inputs);

char *
fl_test_media_path (const char *name)
{
  const char *dir = g_getenv ("FLOORLEAD_TEST_MEDIA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
put_u16 (guint8  *p,
         guint16  value)
{
  p[0] = value & 0xff;
  p[1] = value >> 8;
}

static void
put_u32 (guint8  *p,
         guint32  value)
{
  put_u16 (p, value & 0xffff);
  put_u16 (p + 2, value >> 16);
}

void
fl_test_write_wav (const char *path,
                   guint       rate,
                   guint       n_channels,
                   guint64     n_frames)
{
  guint64 data_bytes = n_frames * n_channels * 2;
  g_autofree gint16 *second = g_new0 (gint16, (gsize) rate * n_channels);
  guint8 header[44];
  FILE *file = fopen (path, "wb");

  g_assert_nonnull (file);
  g_assert_cmpuint (data_bytes, <=, G_MAXUINT32 - 36);

  memcpy (header, "RIFF", 4);
  put_u32 (header + 4, 36 + data_bytes);
  memcpy (header + 8, "WAVEfmt ", 8);
  put_u32 (header + 16, 16);
  put_u16 (header + 20, 1);
  put_u16 (header + 22, n_channels);
  put_u32 (header + 24, rate);
  put_u32 (header + 28, rate * n_channels * 2);
  put_u16 (header + 32, n_channels * 2);
  put_u16 (header + 34, 16);
  memcpy (header + 36, "data", 4);
  put_u32 (header + 40, data_bytes);
  g_assert_cmpuint (fwrite (header, 1, sizeof header, file), ==, sizeof header);

  /* One second holds a whole number of 440 Hz periods: repeat it. */
  for (guint i = 0; i < rate; i++)
    second[i * n_channels] = GINT16_TO_LE ((gint16) lround (16384 * sin (2 * G_PI * 440 * i / rate)));
  for (guint64 done = 0; done < n_frames;)
    {
      guint64 take = MIN (n_frames - done, rate);

      g_assert_cmpuint (fwrite (second, 2 * n_channels, take, file), ==, take);
      done += take;
    }
  g_assert_cmpint (fclose (file), ==, 0);
}

static gboolean
can_decode (const char *caps_text)
{
  g_autoptr(GstCaps) caps = gst_caps_from_string (caps_text);
  GList *decoders = gst_element_factory_list_get_elements (GST_ELEMENT_FACTORY_TYPE_DECODER,
                                                           GST_RANK_MARGINAL);
  GList *usable = gst_element_factory_list_filter (decoders, caps, GST_PAD_SINK, FALSE);
  gboolean found = usable != NULL;

  gst_plugin_feature_list_free (usable);
  gst_plugin_feature_list_free (decoders);
  return found;
}

static void
write_file (const char   *path,
            const guint8 *data,
            gsize         length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, (const char *) data, length, &error);
  g_assert_no_error (error);
}

char *
fl_test_make_bad_input (const char           *folder,
                        const FlTestBadInput *input)
{
  g_autofree char *path = g_build_filename (folder, "call.wav", NULL);
  const char *name = input->name;

  fl_media_ensure_initialized ();

  if (g_str_equal (name, "missing"))
    ;
  else if (g_str_equal (name, "directory"))
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else if (g_str_equal (name, "zero-length"))
    write_file (path, NULL, 0);
  else if (g_str_equal (name, "truncated-header"))
    {
      g_autofree char *good = fl_test_media_path ("stereo-pcm.wav");
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
      write_file (path, (const guint8 *) contents, 30);
    }
  else if (g_str_equal (name, "random-bytes"))
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
      guint8 bytes[4000];

      for (guint i = 0; i < sizeof bytes; i++)
        bytes[i] = g_rand_int (rand) & 0xff;
      write_file (path, bytes, sizeof bytes);
    }
  else if (g_str_equal (name, "text-named-wav"))
    {
      const char *text = "Call notes: customer asked about the invoice.\nNo audio here.\n";

      write_file (path, (const guint8 *) text, strlen (text));
    }
  else if (g_str_equal (name, "amr-no-decoder"))
    {
      /* An AMR-NB file (the format of many mobile recordings): its header
       * and 12.2 kbit/s frames. Nothing in the base, good or bad plugins
       * decodes it. */
      g_autoptr(GByteArray) amr = g_byte_array_new ();

      if (can_decode ("audio/AMR"))
        return NULL;
      g_byte_array_append (amr, (const guint8 *) "#!AMR\n", 6);
      for (guint frame = 0; frame < 50; frame++)
        {
          guint8 bytes[32] = { 0x3c, };

          for (guint i = 1; i < sizeof bytes; i++)
            bytes[i] = (frame * 31 + i) & 0xff;
          g_byte_array_append (amr, bytes, sizeof bytes);
        }
      g_free (path);
      path = g_build_filename (folder, "call.amr", NULL);
      write_file (path, amr->data, amr->len);
    }
  else
    g_assert_not_reached ();

  return g_steal_pointer (&path);
}

void
fl_test_remove_bad_input (const char *folder)
{
  g_autofree char *directory = g_build_filename (folder, "call.wav", NULL);

  if (g_file_test (directory, G_FILE_TEST_IS_DIR))
    g_rmdir (directory);
  fl_test_remove_folder (folder);
}
