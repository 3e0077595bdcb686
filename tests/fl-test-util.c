/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-test-util"

#include <glib/gstdio.h>
#include <locale.h>

#include "fl-test-util.h"

void
fl_test_init (int    *argc,
              char ***argv)
{
  /* Messages are checked in English, whatever the machine's language. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

char *
fl_test_make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("floorlead-test-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

void
fl_test_remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (folder);
}

void
fl_test_database_setup (FlTestDatabase *fixture,
                        gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = fl_test_make_folder ();
  fixture->path = g_build_filename (fixture->folder, "floorlead.db", NULL);
  fixture->database = fl_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->database);
}

void
fl_test_database_teardown (FlTestDatabase *fixture,
                           gconstpointer   data)
{
  g_clear_object (&fixture->database);
  fl_test_remove_folder (fixture->folder);
  g_clear_pointer (&fixture->folder, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

FlSession *
fl_test_session (FlRoles roles)
{
  return fl_session_new (0, "tester", "Tester", 0, roles);
}

gint64
fl_test_count_rows (FlDatabase *database,
                    const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (fl_database_step (database, statement, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (statement, 0);
}

void
fl_test_exec (FlDatabase *database,
              const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!fl_database_exec (database, sql, &error))
    g_error ("%s", error->message);
}

double
fl_test_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

void
fl_test_print_timing (const char *what,
                      double      ms,
                      const char *target)
{
  g_print ("%-62s %9.3f ms   %s\n", what, ms, target);
}

GStrv
fl_test_headless_environ (void)
{
  GStrv env = g_get_environ ();

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  return g_environ_setenv (env, "ASAN_OPTIONS", "detect_leaks=0", TRUE);
}
