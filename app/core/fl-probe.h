/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* For benchmarks: with FLOORLEAD_PROBE=FILE in the environment, the main
 * thread's stalls and the marks the code sets are appended to FILE, each
 * with its CLOCK_MONOTONIC time, so a driver can line them up with what it
 * did to the window. Without it, nothing is measured or written. */
void fl_probe_init (void);
void fl_probe_mark (const char *what);

G_END_DECLS
