/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* "#3584e4": a colour as the database keeps shift and leave colours. */
char *fl_colour_to_hex (const GdkRGBA *colour);

G_END_DECLS
