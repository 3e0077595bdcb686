/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For the window benchmarks (see fl-probe.h): marks @what once the frame
 * that shows @widget's latest change has been painted. @what must be a
 * static string. Nothing happens without FLOORLEAD_PROBE or before
 * @widget is realized. */
void fl_paint_probe_mark (GtkWidget  *widget,
                          const char *what);

G_END_DECLS
