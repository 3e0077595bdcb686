/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-colour.h"

static guint
channel (float value)
{
  return (guint) (CLAMP (value, 0, 1) * 255 + 0.5);
}

char *
fl_colour_to_hex (const GdkRGBA *colour)
{
  g_return_val_if_fail (colour != NULL, NULL);

  return g_strdup_printf ("#%02x%02x%02x", channel (colour->red), channel (colour->green), channel (colour->blue));
}
