/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fl-core-resources.h"
#include "fl-database.h"

#define MIGRATIONS_RESOURCE_PATH "/io/github/floorlead/Floorlead/sql"
#define BUSY_TIMEOUT_MS          5000

struct _FlDatabase
{
  GObject  parent_instance;

  sqlite3 *handle;
  char    *path;
  int      version;
};

G_DEFINE_FINAL_TYPE (FlDatabase, fl_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-database-error-quark, fl_database_error)

static FlDatabaseError
error_code_for_sqlite (int code)
{
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return FL_DATABASE_ERROR_BUSY;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return FL_DATABASE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return FL_DATABASE_ERROR_DISK_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return FL_DATABASE_ERROR_CORRUPT;
    case SQLITE_CANTOPEN:
      return FL_DATABASE_ERROR_OPEN;
    case SQLITE_CONSTRAINT:
      return FL_DATABASE_ERROR_CONSTRAINT;
    default:
      return FL_DATABASE_ERROR_FAILED;
    }
}

/* Turns an SQLite result code into a sentence a supervisor can act on. */
static void
set_sqlite_error (GError     **error,
                  const char  *path,
                  int          code,
                  const char  *detail)
{
  FlDatabaseError fl_code = error_code_for_sqlite (code);

  switch (fl_code)
    {
    case FL_DATABASE_ERROR_BUSY:
      g_set_error (error, FL_DATABASE_ERROR, fl_code,
                   _("The database is busy with another Floorlead window or the nightly import. "
                     "Wait a moment and try again."));
      break;
    case FL_DATABASE_ERROR_READ_ONLY:
      g_set_error (error, FL_DATABASE_ERROR, fl_code,
                   _("Floorlead may not write to “%s”. Ask your administrator to give you write "
                     "access to the file and its folder."), path);
      break;
    case FL_DATABASE_ERROR_DISK_FULL:
      g_set_error (error, FL_DATABASE_ERROR, fl_code,
                   _("The disk that holds “%s” is full. Free some space and try again; "
                     "nothing was saved."), path);
      break;
    case FL_DATABASE_ERROR_CORRUPT:
      g_set_error (error, FL_DATABASE_ERROR, fl_code,
                   _("The database “%s” is damaged or is not a Floorlead database."), path);
      break;
    case FL_DATABASE_ERROR_OPEN:
      g_set_error (error, FL_DATABASE_ERROR, fl_code,
                   _("Floorlead cannot open the database “%s”. Check that its folder exists "
                     "and that you may write to it."), path);
      break;
    case FL_DATABASE_ERROR_CONSTRAINT:
      g_set_error (error, FL_DATABASE_ERROR, fl_code,
                   _("This change conflicts with data already saved (%s). Nothing was changed."),
                   detail);
      break;
    case FL_DATABASE_ERROR_NEWER_SCHEMA:
    case FL_DATABASE_ERROR_MIGRATION:
    case FL_DATABASE_ERROR_BACKUP:
    case FL_DATABASE_ERROR_FAILED:
    default:
      g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s. Nothing was changed."),
                   path, detail);
      break;
    }
}

void
fl_database_propagate_sqlite_error (FlDatabase  *self,
                                    GError     **error)
{
  g_return_if_fail (FL_IS_DATABASE (self));

  set_sqlite_error (error, self->path,
                    sqlite3_extended_errcode (self->handle),
                    sqlite3_errmsg (self->handle));
}

static int
migration_number (const char *name)
{
  g_autofree char *digits = NULL;
  guint64 number = 0;

  if (!g_ascii_isdigit (name[0]) || !g_str_has_suffix (name, ".sql"))
    return -1;
  digits = g_strndup (name, strspn (name, "0123456789"));
  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &number, NULL))
    return -1;
  return (int) number;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return migration_number (*(const char **) a) - migration_number (*(const char **) b);
}

/* The migration files under @resource_path, sorted by their number. */
static GPtrArray *
list_migrations (const char *resource_path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) children = NULL;

  /* Referencing the core's resource keeps it linked in from the static library. */
  g_assert (fl_core_get_resource () != NULL);
  children = g_resources_enumerate_children (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (migration_number (children[i]) > 0)
      g_ptr_array_add (names, g_strdup (children[i]));

  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}


char *
fl_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "floorlead", "floorlead.db", NULL);
}

gboolean
fl_database_exec (FlDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (FL_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      fl_database_propagate_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
fl_database_prepare (FlDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *statement = NULL;

  g_return_val_if_fail (FL_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if (sqlite3_prepare_v2 (self->handle, sql, -1, &statement, NULL) != SQLITE_OK)
    {
      fl_database_propagate_sqlite_error (self, error);
      sqlite3_finalize (statement);
      return NULL;
    }
  return statement;
}

/* @has_row is FALSE only when the statement is done: on an error it stays
 * TRUE, so that the loop every reader writes,
 *   while (fl_database_step (…, &has_row, error) && has_row) …;
 *   if (has_row) return NULL;
 * tells rows read to the end from a read cut short. */
gboolean
fl_database_step (FlDatabase    *self,
                  sqlite3_stmt  *statement,
                  gboolean      *has_row,
                  GError       **error)
{
  int rc;

  g_return_val_if_fail (FL_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (statement != NULL, FALSE);

  rc = sqlite3_step (statement);
  if (has_row != NULL)
    *has_row = (rc != SQLITE_DONE);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  fl_database_propagate_sqlite_error (self, error);
  return FALSE;
}

gboolean
fl_database_run (FlDatabase    *self,
                 sqlite3_stmt  *statement,
                 GError       **error)
{
  return fl_database_step (self, statement, NULL, error);
}

int
fl_database_changes (FlDatabase *self)
{
  g_return_val_if_fail (FL_IS_DATABASE (self), 0);

  return sqlite3_changes (self->handle);
}

gint64
fl_database_last_insert_id (FlDatabase *self)
{
  g_return_val_if_fail (FL_IS_DATABASE (self), 0);

  return sqlite3_last_insert_rowid (self->handle);
}

gboolean
fl_database_in_transaction (FlDatabase *self)
{
  g_return_val_if_fail (FL_IS_DATABASE (self), FALSE);

  return !sqlite3_get_autocommit (self->handle);
}

gboolean
fl_database_transaction (FlDatabase         *self,
                         FlTransactionFunc   func,
                         gpointer            user_data,
                         GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FL_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  /* Nested calls join the transaction that is already open. */
  if (fl_database_in_transaction (self))
    return func (user_data, error);

  if (!fl_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (func (user_data, &local_error) && fl_database_exec (self, "COMMIT", &local_error))
    return TRUE;

  if (fl_database_in_transaction (self))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);

  if (local_error == NULL)
    g_set_error (&local_error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_FAILED,
                 _("The change could not be saved. Nothing was changed."));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
read_version (FlDatabase  *self,
              int         *version,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  /* Reading the schema is also the first real read of the file: a file that
   * is not a database fails here, before anything writes to it. */
  if (!(statement = fl_database_prepare (self, "PRAGMA user_version", error)))
    return FALSE;
  if (!fl_database_step (self, statement, &has_row, error))
    return FALSE;

  *version = has_row ? sqlite3_column_int (statement, 0) : 0;
  return TRUE;
}

static gboolean
check_integrity (FlDatabase  *self,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (!(statement = fl_database_prepare (self, "PRAGMA quick_check", error)))
    return FALSE;
  if (!fl_database_step (self, statement, &has_row, error))
    return FALSE;

  if (has_row && g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") != 0)
    {
      g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."),
                   self->path, sqlite3_column_text (statement, 0));
      return FALSE;
    }
  return TRUE;
}

static gboolean
database_is_empty (FlDatabase *self)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self, "SELECT 1 FROM sqlite_schema LIMIT 1", NULL);
  if (statement == NULL || !fl_database_step (self, statement, &has_row, NULL))
    return FALSE;
  return !has_row;
}

char *
fl_database_backup (FlDatabase  *self,
                    const char  *reason,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = NULL;
  sqlite3 *backup_handle = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (FL_IS_DATABASE (self), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  backup_path = g_strdup_printf ("%s.%s-%s.backup", self->path, stamp, reason);
  if (g_file_test (backup_path, G_FILE_TEST_EXISTS))
    {
      g_free (backup_path);
      backup_path = g_strdup_printf ("%s.%s-%s-%" G_GINT64_FORMAT ".backup",
                                     self->path, stamp, reason, g_get_real_time ());
    }

  rc = sqlite3_open_v2 (backup_path, &backup_handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (backup_handle, "main", self->handle, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (backup_handle);
    }
  sqlite3_close (backup_handle);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_BACKUP,
                   _("Floorlead could not write a backup copy to “%s” (%s). "
                     "Free some space or check the folder's permissions; the database was not changed."),
                   backup_path, sqlite3_errstr (rc));
      g_unlink (backup_path);
      return NULL;
    }

  return g_steal_pointer (&backup_path);
}

char *
fl_database_find_latest_backup (const char *path)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *latest = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if (!(dir = g_dir_open (folder, 0, NULL)))
    return NULL;

  /* The names carry a sortable UTC time stamp, so the largest name is the newest. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, base) && name[strlen (base)] == '.' &&
          g_str_has_suffix (name, ".backup") &&
          (latest == NULL || strcmp (name, latest) > 0))
        {
          g_free (latest);
          latest = g_strdup (name);
        }
    }

  if (latest == NULL)
    return NULL;
  return g_build_filename (folder, latest, NULL);
}

typedef struct
{
  FlDatabase *self;
  const char *resource_path;
  GPtrArray  *names;
  int         target;
} Migration;

static gboolean
apply_migrations (gpointer   user_data,
                  GError   **error)
{
  Migration *migration = user_data;
  FlDatabase *self = migration->self;
  g_autofree char *pragma = NULL;

  for (guint i = 0; i < migration->names->len; i++)
    {
      const char *name = g_ptr_array_index (migration->names, i);
      g_autofree char *resource = g_build_path ("/", migration->resource_path, name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;

      if (migration_number (name) <= self->version)
        continue;

      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
        {
          g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_MIGRATION,
                       _("Floorlead could not upgrade the database “%s” (step %s: %s). "
                         "The database was left as it was."),
                       self->path, name, sqlite3_errmsg (self->handle));
          return FALSE;
        }
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d", migration->target);
  return fl_database_exec (self, pragma, error);
}

static int
last_migration_number (GPtrArray *names)
{
  if (names->len == 0)
    return 0;
  return migration_number (g_ptr_array_index (names, names->len - 1));
}

static gboolean
migrate (FlDatabase  *self,
         const char  *resource_path,
         GPtrArray   *names,
         GError     **error)
{
  Migration migration = { self, resource_path, names, last_migration_number (names) };

  if (self->version == migration.target)
    return TRUE;

  if (!database_is_empty (self))
    {
      g_autofree char *reason = g_strdup_printf ("before-schema-%d", migration.target);
      g_autofree char *backup_path = fl_database_backup (self, reason, error);

      if (backup_path == NULL)
        return FALSE;
      g_debug ("Backed up %s to %s before migrating", self->path, backup_path);
    }

  if (!fl_database_transaction (self, apply_migrations, &migration, error))
    return FALSE;

  self->version = migration.target;
  return TRUE;
}

/* A damaged database is only useful to a supervisor with the way back named. */
static void
add_backup_hint (GError     **error,
                 const char  *path)
{
  g_autofree char *backup = NULL;
  char *message;

  if (error == NULL || !g_error_matches (*error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_CORRUPT))
    return;

  backup = fl_database_find_latest_backup (path);
  if (backup != NULL)
    message = g_strdup_printf (_("%s The latest backup is “%s”: close Floorlead, move the damaged "
                                 "file aside and copy the backup to “%s”."),
                               (*error)->message, backup, path);
  else
    message = g_strdup_printf (_("%s No backup copy was found beside it; ask your administrator "
                                 "for the last system backup."),
                               (*error)->message);

  g_free ((*error)->message);
  (*error)->message = message;
}

FlDatabase *
fl_database_open_with_migrations (const char  *path,
                                  const char  *migrations_resource_path,
                                  GError     **error)
{
  g_autoptr(FlDatabase) self = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *folder = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (migrations_resource_path != NULL, NULL);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_OPEN,
                   _("Floorlead cannot create the folder “%s” for its database: %s."),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  names = list_migrations (migrations_resource_path);
  self = g_object_new (FL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, rc, self->handle ? sqlite3_errmsg (self->handle) : "");
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);

  if (!read_version (self, &self->version, error) ||
      !check_integrity (self, error))
    {
      add_backup_hint (error, path);
      return NULL;
    }

  /* Checked before anything writes to the file, so a newer database stays untouched. */
  if (self->version > last_migration_number (names))
    {
      g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_NEWER_SCHEMA,
                   _("The database “%s” was written by a newer Floorlead (schema %d; this "
                     "version knows up to %d). Install the newer Floorlead to open it; the "
                     "database was not changed."),
                   path, self->version, last_migration_number (names));
      return NULL;
    }

  if (!fl_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !fl_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !fl_database_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !migrate (self, migrations_resource_path, names, error))
    {
      add_backup_hint (error, path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* Another connection to a database that fl_database_open() has already
 * brought up to date, for a worker thread (SQLite connections are used by
 * one thread at a time): no migrations and no backup, so it never writes
 * the schema behind the first connection's back. */
FlDatabase *
fl_database_open_connection (const char  *path,
                             GError     **error)
{
  g_autoptr(FlDatabase) self = NULL;
  int latest;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (FL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, rc, self->handle ? sqlite3_errmsg (self->handle) : "");
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);

  if (!read_version (self, &self->version, error))
    return NULL;

  latest = fl_database_get_latest_version ();
  if (self->version != latest)
    {
      g_set_error (error, FL_DATABASE_ERROR, FL_DATABASE_ERROR_NEWER_SCHEMA,
                   _("The database “%s” changed version while Floorlead had it open "
                     "(schema %d, expected %d). Close Floorlead and open it again."),
                   path, self->version, latest);
      return NULL;
    }

  if (!fl_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !fl_database_exec (self, "PRAGMA synchronous = NORMAL", error))
    return NULL;

  return g_steal_pointer (&self);
}

int
fl_database_get_latest_version (void)
{
  g_autoptr(GPtrArray) names = list_migrations (MIGRATIONS_RESOURCE_PATH);

  return last_migration_number (names);
}

FlDatabase *
fl_database_open (const char  *path,
                  GError     **error)
{
  return fl_database_open_with_migrations (path, MIGRATIONS_RESOURCE_PATH, error);
}

const char *
fl_database_get_path (FlDatabase *self)
{
  g_return_val_if_fail (FL_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * fl_database_set_busy_timeout:
 * @milliseconds: how long a statement waits for another connection's write
 *   before it fails with %FL_DATABASE_ERROR_BUSY
 *
 * A connection waits BUSY_TIMEOUT_MS by default; the window's, which runs
 * on the main thread, waits less, so that another program's long write
 * never freezes the window for seconds.
 */
void
fl_database_set_busy_timeout (FlDatabase *self,
                              guint       milliseconds)
{
  g_return_if_fail (FL_IS_DATABASE (self));

  sqlite3_busy_timeout (self->handle, MIN (milliseconds, G_MAXINT));
}

int
fl_database_get_version (FlDatabase *self)
{
  g_return_val_if_fail (FL_IS_DATABASE (self), 0);

  return self->version;
}

static void
fl_database_finalize (GObject *object)
{
  FlDatabase *self = (FlDatabase *) object;

  g_clear_pointer (&self->handle, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (fl_database_parent_class)->finalize (object);
}

static void
fl_database_class_init (FlDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fl_database_finalize;
}

static void
fl_database_init (FlDatabase *self)
{
}
