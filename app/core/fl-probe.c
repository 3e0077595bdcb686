/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-probe"

#include "config.h"

#include <stdio.h>

#include "fl-probe.h"

/* The main loop's heartbeat: a high-priority timeout every TICK_MS. When a
 * handler holds the main thread, the next beat comes late by about as long
 * as it held it; lateness over THRESHOLD_MS is written down as a stall. */
#define TICK_MS      4
#define THRESHOLD_MS 10

static FILE  *probe_file;
static gint64 last_beat_us;

static gboolean
beat_cb (gpointer user_data)
{
  gint64 now_us = g_get_monotonic_time ();
  gint64 late_us = now_us - last_beat_us - TICK_MS * 1000;

  if (late_us > THRESHOLD_MS * 1000)
    {
      fprintf (probe_file, "stall %.1f %" G_GINT64_FORMAT "\n", late_us / 1000.0, now_us);
      fflush (probe_file);
    }
  last_beat_us = now_us;
  return G_SOURCE_CONTINUE;
}

void
fl_probe_init (void)
{
  const char *path = g_getenv ("FLOORLEAD_PROBE");

  if (probe_file != NULL || path == NULL || *path == '\0')
    return;
  if (!(probe_file = fopen (path, "a")))
    {
      g_warning ("Cannot write the probe's file %s", path);
      return;
    }
  last_beat_us = g_get_monotonic_time ();
  g_timeout_add_full (G_PRIORITY_HIGH, TICK_MS, beat_cb, NULL, NULL);
  fl_probe_mark ("start");
}

/* "mark WHAT TIME": WHAT happened on the main thread at TIME (µs). */
void
fl_probe_mark (const char *what)
{
  if (probe_file == NULL)
    return;
  fprintf (probe_file, "mark %s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
  fflush (probe_file);
}
