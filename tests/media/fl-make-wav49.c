/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Turns a raw GSM 06.10 stream (33-byte frames, as gsmenc writes it) into a
 * WAV49 file: the Microsoft GSM 6.10 WAV format (format tag 0x31) that
 * Asterisk and FreePBX write when recordings are set to "wav49". WAV49
 * packs two frames into 65 bytes, with the same 76 parameters per frame
 * written least significant bit first instead of most significant bit first
 * behind a 4-bit signature. GStreamer reads it (wavparse → gsmdec) but
 * cannot write it, so the tests and the benchmark make it with this. */

#include <glib.h>
#include <string.h>

#define FRAME_BYTES 33
#define BLOCK_BYTES 65

/* Bits per parameter, in the order of both layouts. */
static const guint8 widths[] = {
  6, 6, 5, 5, 4, 4, 3, 3,
  7, 2, 2, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  7, 2, 2, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  7, 2, 2, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  7, 2, 2, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};

static guint
read_msb (const guint8 *data,
          guint        *bit,
          guint         width)
{
  guint value = 0;

  for (guint i = 0; i < width; i++, (*bit)++)
    value = (value << 1) | ((data[*bit / 8] >> (7 - *bit % 8)) & 1);
  return value;
}

static void
write_lsb (guint8 *data,
           guint  *bit,
           guint   value,
           guint   width)
{
  for (guint i = 0; i < width; i++, (*bit)++)
    data[*bit / 8] |= ((value >> i) & 1) << (*bit % 8);
}

/* Repacks @frames (two standard frames) into one 65-byte block. */
static void
pack_block (const guint8 *frames,
            guint8       *block)
{
  guint out = 0;

  memset (block, 0, BLOCK_BYTES);
  for (guint f = 0; f < 2; f++)
    {
      guint in = 4;   /* skip the 0xD signature */

      for (guint p = 0; p < G_N_ELEMENTS (widths); p++)
        write_lsb (block, &out, read_msb (frames + f * FRAME_BYTES, &in, widths[p]), widths[p]);
    }
}

static void
put_u16 (GByteArray *array,
         guint16     value)
{
  guint8 bytes[2] = { value & 0xff, value >> 8 };

  g_byte_array_append (array, bytes, 2);
}

static void
put_u32 (GByteArray *array,
         guint32     value)
{
  put_u16 (array, value & 0xffff);
  put_u16 (array, value >> 16);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree guint8 *raw = NULL;
  gsize length;
  gsize n_blocks;
  gsize data_bytes;

  if (argc != 3)
    {
      g_printerr ("Usage: %s INPUT.gsm OUTPUT.wav\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], (char **) &raw, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* An odd last frame is dropped: WAV49 holds frames in pairs. */
  n_blocks = length / FRAME_BYTES / 2;
  data_bytes = n_blocks * BLOCK_BYTES;

  g_byte_array_append (out, (const guint8 *) "RIFF", 4);
  put_u32 (out, 4 + 8 + 20 + 8 + 4 + 8 + data_bytes + (data_bytes & 1));
  g_byte_array_append (out, (const guint8 *) "WAVEfmt ", 8);
  put_u32 (out, 20);
  put_u16 (out, 0x31);           /* WAVE_FORMAT_GSM610 */
  put_u16 (out, 1);              /* mono */
  put_u32 (out, 8000);
  put_u32 (out, 1625);           /* bytes per second: 65 bytes per 40 ms */
  put_u16 (out, BLOCK_BYTES);
  put_u16 (out, 0);              /* bits per sample: none for GSM */
  put_u16 (out, 2);              /* extra bytes */
  put_u16 (out, 320);            /* samples per block */
  g_byte_array_append (out, (const guint8 *) "fact", 4);
  put_u32 (out, 4);
  put_u32 (out, n_blocks * 320);
  g_byte_array_append (out, (const guint8 *) "data", 4);
  put_u32 (out, data_bytes);
  for (gsize b = 0; b < n_blocks; b++)
    {
      guint8 block[BLOCK_BYTES];

      pack_block (raw + b * 2 * FRAME_BYTES, block);
      g_byte_array_append (out, block, BLOCK_BYTES);
    }
  if (data_bytes & 1)
    g_byte_array_append (out, (const guint8 *) "", 1);

  if (!g_file_set_contents (argv[2], (const char *) out->data, out->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
