/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-paint-probe"

#include "config.h"

#include "fl-paint-probe.h"
#include "fl-probe.h"

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gpointer       what)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, what);
  fl_probe_mark (what);
}

void
fl_paint_probe_mark (GtkWidget  *widget,
                     const char *what)
{
  GdkFrameClock *frame_clock;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (what != NULL);

  if (g_getenv ("FLOORLEAD_PROBE") == NULL || (frame_clock = gtk_widget_get_frame_clock (widget)) == NULL)
    return;
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), (gpointer) what);
  gtk_widget_queue_draw (widget);
}
