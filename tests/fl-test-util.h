/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* A fresh folder and database per test, removed afterwards. */
typedef struct
{
  char       *folder;
  char       *path;
  FlDatabase *database;
} FlTestDatabase;

void       fl_test_init             (int            *argc,
                                     char         ***argv);
void       fl_test_database_setup   (FlTestDatabase *fixture,
                                     gconstpointer   data);
void       fl_test_database_teardown (FlTestDatabase *fixture,
                                     gconstpointer   data);
char      *fl_test_make_folder      (void);
void       fl_test_remove_folder    (const char     *folder);
FlSession *fl_test_session          (FlRoles         roles);
gint64     fl_test_count_rows       (FlDatabase     *database,
                                     const char     *sql);
/* For benchmarks: runs @sql, aborting on an error; milliseconds since
 * @start (g_get_monotonic_time()). */
void       fl_test_exec             (FlDatabase     *database,
                                     const char     *sql);
double     fl_test_ms_since         (gint64          start);
/* A benchmark's line: what was measured, in milliseconds, and its target. */
void       fl_test_print_timing     (const char     *what,
                                     double          ms,
                                     const char     *target);

/* The environment to run the built floorlead without a window in: no
 * display, and leak checking off in the child (GLib's first quark array,
 * fontconfig's cache: kept for the life of a process on purpose). */
GStrv      fl_test_headless_environ (void);

G_END_DECLS
