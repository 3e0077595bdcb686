/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-database"

#include <glib/gstdio.h>

#include "fl-account-service.h"
#include "fl-database.h"
#include "fl-test-util.h"

typedef struct
{
  char *folder;
  char *path;
} Folder;

static void
folder_setup (Folder        *fixture,
              gconstpointer  data)
{
  fixture->folder = fl_test_make_folder ();
  fixture->path = g_build_filename (fixture->folder, "center.db", NULL);
}

static void
folder_teardown (Folder        *fixture,
                 gconstpointer  data)
{
  fl_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static guint
count_backups (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint count = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".backup"))
      count++;
  return count;
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static FlDatabase *
open_steps (const char *path,
            const char *steps,
            GError    **error)
{
  g_autofree char *resource = g_strconcat ("/floorlead-tests/", steps, NULL);

  return fl_database_open_with_migrations (path, resource, error);
}

static void
test_migrate_empty_file (Folder        *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (fl_database_get_version (database), ==, fl_database_get_latest_version ());
  g_assert_cmpint (fl_database_get_latest_version (), >=, 1);
  g_assert_cmpint (fl_test_count_rows (database, "SELECT count(*) FROM sqlite_schema WHERE name = 'staff'"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (database, "PRAGMA foreign_keys"), ==, 1);
  /* A brand-new file has nothing to back up. */
  g_assert_cmpuint (count_backups (fixture->folder), ==, 0);
}

static void
test_wal_and_strict (Folder        *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (fixture->path, &error);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  statement = fl_database_prepare (database, "PRAGMA journal_mode", &error);
  g_assert_true (fl_database_step (database, statement, &has_row, &error));
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "wal");

  /* STRICT tables refuse text where an integer belongs. */
  g_assert_false (fl_database_exec (database, "INSERT INTO teams (name, department_id) VALUES ('x', 'abc')", &error));
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CONSTRAINT);
}

static void
test_reopen_keeps_data (Folder        *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) first = fl_database_open (fixture->path, &error);
  g_autoptr(FlDatabase) second = NULL;

  g_assert_no_error (error);
  g_assert_true (fl_database_exec (first, "INSERT INTO departments (name) VALUES ('客服中心')", &error));
  g_clear_object (&first);

  second = fl_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_test_count_rows (second, "SELECT count(*) FROM departments"), ==, 1);
  g_assert_cmpuint (count_backups (fixture->folder), ==, 0);
}

static void
test_backup_before_migration (Folder        *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = open_steps (fixture->path, "one-step", &error);
  g_autofree char *backup = NULL;
  g_autoptr(FlDatabase) copy = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (fl_database_get_version (database), ==, 1);
  g_clear_object (&database);

  database = open_steps (fixture->path, "two-steps", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_database_get_version (database), ==, 2);
  g_assert_cmpuint (count_backups (fixture->folder), ==, 1);

  /* The backup is the database as it was before: schema 1, with its row. */
  backup = fl_database_find_latest_backup (fixture->path);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_suffix (backup, "before-schema-2.backup"));
  copy = open_steps (backup, "one-step", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_database_get_version (copy), ==, 1);
  g_assert_cmpint (fl_test_count_rows (copy, "SELECT count(*) FROM people WHERE name = '王芳'"), ==, 1);
}

static void
test_rollback_on_error (Folder        *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = open_steps (fixture->path, "one-step", &error);

  g_assert_no_error (error);
  g_clear_object (&database);

  database = open_steps (fixture->path, "broken", &error);
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_MIGRATION);
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, "0002-half-done.sql"));
  g_assert_nonnull (strstr (error->message, "left as it was"));
  g_clear_error (&error);

  /* Nothing of the failed step remains, and the schema is still 1. */
  database = open_steps (fixture->path, "one-step", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_database_get_version (database), ==, 1);
  g_assert_cmpint (fl_test_count_rows (database, "SELECT count(*) FROM sqlite_schema WHERE name = 'shifts'"), ==, 0);
}

static void
test_refuse_newer_schema (Folder        *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = open_steps (fixture->path, "two-steps", &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_no_error (error);
  g_clear_object (&database);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = checksum_file (fixture->path);

  database = open_steps (fixture->path, "one-step", &error);
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_NEWER_SCHEMA);
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, "newer Floorlead"));

  after = checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_backups (fixture->folder), ==, 0);
}

static void
test_refuse_newer_real_schema (Folder        *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_true (fl_database_exec (database, "PRAGMA user_version = 999", &error));
  g_clear_object (&database);

  database = fl_database_open (fixture->path, &error);
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "999"));
}

static void
test_corrupt_names_backup (Folder        *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (fixture->path, &error);
  g_autofree char *backup = NULL;

  g_assert_no_error (error);
  backup = fl_database_backup (database, "manual", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_object (&database);

  g_assert_true (g_file_set_contents (fixture->path, "This is a spreadsheet, not a database. ", -1, &error));
  database = fl_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_assert_nonnull (strstr (error->message, backup));
}

static void
test_corrupt_without_backup (Folder        *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autofree char *garbage = g_strnfill (8192, 'x');

  g_assert_true (g_file_set_contents (fixture->path, garbage, -1, &error));
  database = fl_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "No backup copy"));
}

static void
test_unwritable_folder (Folder        *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autofree char *blocker = g_build_filename (fixture->folder, "file", NULL);
  g_autofree char *path = g_build_filename (blocker, "floorlead.db", NULL);

  /* A folder that cannot exist, because a file stands in its place. */
  g_assert_true (g_file_set_contents (blocker, "", -1, &error));
  database = fl_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, blocker));
}

typedef struct
{
  FlDatabase *database;
  gboolean    fail;
} Work;

static gboolean
insert_then_maybe_fail (gpointer   user_data,
                        GError   **error)
{
  Work *work = user_data;

  if (!fl_database_exec (work->database, "INSERT INTO departments (name) VALUES ('一部')", error))
    return FALSE;
  if (work->fail)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The second step failed");
      return FALSE;
    }
  return TRUE;
}

static void
test_transaction_rolls_back (FlTestDatabase *fixture,
                             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  Work work = { fixture->database, TRUE };

  g_assert_false (fl_database_transaction (fixture->database, insert_then_maybe_fail, &work, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (fl_database_in_transaction (fixture->database));
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM departments"), ==, 0);
  g_clear_error (&error);

  work.fail = FALSE;
  g_assert_true (fl_database_transaction (fixture->database, insert_then_maybe_fail, &work, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM departments"), ==, 1);
}

static void
test_constraint_message (FlTestDatabase *fixture,
                         gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fl_database_exec (fixture->database, "INSERT INTO departments (name) VALUES ('一部')", &error));
  g_assert_false (fl_database_exec (fixture->database, "INSERT INTO departments (name) VALUES ('一部')", &error));
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Nothing was changed"));
}

/* A read cut short by an error leaves has_row TRUE, so that the readers'
 * loop (while step && has_row; if has_row: fail) reports it instead of
 * returning the rows read so far as all there is. */
static void
test_step_error_keeps_has_row (FlTestDatabase *fixture,
                               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (fixture->database, "INSERT INTO departments (name) VALUES ('')", &error);
  g_assert_no_error (error);
  g_assert_false (fl_database_step (fixture->database, statement, &has_row, &error));
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CONSTRAINT);
  g_assert_true (has_row);
  g_clear_pointer (&statement, sqlite3_finalize);
  g_clear_error (&error);

  statement = fl_database_prepare (fixture->database, "SELECT 1 WHERE 0", &error);
  g_assert_true (fl_database_step (fixture->database, statement, &has_row, &error));
  g_assert_no_error (error);
  g_assert_false (has_row);
}

static void
test_busy_message (FlTestDatabase *fixture,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  /* Another process holds the write lock; ours gives up with a clear message. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (other, 0);
  g_assert_true (fl_database_exec (fixture->database, "PRAGMA busy_timeout = 50", &error));
  g_assert_false (fl_database_exec (fixture->database, "BEGIN IMMEDIATE", &error));
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "try again"));
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

/* The window's connection waits for another program's write only as long
 * as it was told, then says the database is busy. */
static void
test_busy_timeout (FlTestDatabase *fixture,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;
  gint64 start;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  fl_database_set_busy_timeout (fixture->database, 100);
  start = g_get_monotonic_time ();
  g_assert_false (fl_database_exec (fixture->database, "INSERT INTO departments (name) VALUES ('一部')", &error));
  g_assert_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_BUSY);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 90 * 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  /* Once the other write is done, the same statement goes through. */
  g_clear_error (&error);
  g_assert_true (fl_database_exec (fixture->database, "INSERT INTO departments (name) VALUES ('一部')", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add ("/database/migrate/empty-file", Folder, NULL, folder_setup, test_migrate_empty_file, folder_teardown);
  g_test_add ("/database/open/wal-and-strict", Folder, NULL, folder_setup, test_wal_and_strict, folder_teardown);
  g_test_add ("/database/open/reopen-keeps-data", Folder, NULL, folder_setup, test_reopen_keeps_data, folder_teardown);
  g_test_add ("/database/migrate/backup-before", Folder, NULL, folder_setup, test_backup_before_migration, folder_teardown);
  g_test_add ("/database/migrate/rollback-on-error", Folder, NULL, folder_setup, test_rollback_on_error, folder_teardown);
  g_test_add ("/database/migrate/refuse-newer", Folder, NULL, folder_setup, test_refuse_newer_schema, folder_teardown);
  g_test_add ("/database/migrate/refuse-newer-real", Folder, NULL, folder_setup, test_refuse_newer_real_schema, folder_teardown);
  g_test_add ("/database/open/corrupt-names-backup", Folder, NULL, folder_setup, test_corrupt_names_backup, folder_teardown);
  g_test_add ("/database/open/corrupt-without-backup", Folder, NULL, folder_setup, test_corrupt_without_backup, folder_teardown);
  g_test_add ("/database/open/unwritable-folder", Folder, NULL, folder_setup, test_unwritable_folder, folder_teardown);
  g_test_add ("/database/transaction/rolls-back", FlTestDatabase, NULL,
              fl_test_database_setup, test_transaction_rolls_back, fl_test_database_teardown);
  g_test_add ("/database/errors/constraint", FlTestDatabase, NULL,
              fl_test_database_setup, test_constraint_message, fl_test_database_teardown);
  g_test_add ("/database/errors/step-keeps-has-row", FlTestDatabase, NULL,
              fl_test_database_setup, test_step_error_keeps_has_row, fl_test_database_teardown);
  g_test_add ("/database/errors/busy", FlTestDatabase, NULL,
              fl_test_database_setup, test_busy_message, fl_test_database_teardown);
  g_test_add ("/database/errors/busy-timeout", FlTestDatabase, NULL,
              fl_test_database_setup, test_busy_timeout, fl_test_database_teardown);

  return g_test_run ();
}
