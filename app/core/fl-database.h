/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define FL_DATABASE_ERROR (fl_database_error_quark ())

typedef enum
{
  FL_DATABASE_ERROR_OPEN,
  FL_DATABASE_ERROR_NEWER_SCHEMA,
  FL_DATABASE_ERROR_CORRUPT,
  FL_DATABASE_ERROR_MIGRATION,
  FL_DATABASE_ERROR_BACKUP,
  FL_DATABASE_ERROR_BUSY,
  FL_DATABASE_ERROR_READ_ONLY,
  FL_DATABASE_ERROR_DISK_FULL,
  FL_DATABASE_ERROR_CONSTRAINT,
  FL_DATABASE_ERROR_FAILED,
} FlDatabaseError;

/* Runs inside a transaction; return FALSE with @error set to roll it back. */
typedef gboolean (*FlTransactionFunc) (gpointer   user_data,
                                       GError   **error);

#define FL_TYPE_DATABASE (fl_database_get_type ())
G_DECLARE_FINAL_TYPE (FlDatabase, fl_database, FL, DATABASE, GObject)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

GQuark        fl_database_error_quark              (void);
char         *fl_database_get_default_path         (void);
int           fl_database_get_latest_version       (void);

FlDatabase   *fl_database_open                     (const char        *path,
                                                    GError           **error);
FlDatabase   *fl_database_open_with_migrations     (const char        *path,
                                                    const char        *migrations_resource_path,
                                                    GError           **error);
FlDatabase   *fl_database_open_connection          (const char        *path,
                                                    GError           **error);
const char   *fl_database_get_path                 (FlDatabase        *self);
void          fl_database_set_busy_timeout         (FlDatabase        *self,
                                                    guint              milliseconds);
int           fl_database_get_version              (FlDatabase        *self);
char         *fl_database_find_latest_backup       (const char        *path);
char         *fl_database_backup                   (FlDatabase        *self,
                                                    const char        *reason,
                                                    GError           **error);

gboolean      fl_database_exec                     (FlDatabase        *self,
                                                    const char        *sql,
                                                    GError           **error);
sqlite3_stmt *fl_database_prepare                  (FlDatabase        *self,
                                                    const char        *sql,
                                                    GError           **error);
gboolean      fl_database_step                     (FlDatabase        *self,
                                                    sqlite3_stmt      *statement,
                                                    gboolean          *has_row,
                                                    GError           **error);
gboolean      fl_database_run                      (FlDatabase        *self,
                                                    sqlite3_stmt      *statement,
                                                    GError           **error);
gint64        fl_database_last_insert_id           (FlDatabase        *self);
/* Rows the last INSERT, UPDATE or DELETE changed. */
int           fl_database_changes                  (FlDatabase        *self);
gboolean      fl_database_transaction              (FlDatabase        *self,
                                                    FlTransactionFunc  func,
                                                    gpointer           user_data,
                                                    GError           **error);
gboolean      fl_database_in_transaction           (FlDatabase        *self);
void          fl_database_propagate_sqlite_error   (FlDatabase        *self,
                                                    GError           **error);

G_END_DECLS
