/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-source-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-remote-source-service.h"
#include "fl-sql.h"
#include "fl-strings.h"

#define NAME_MAX_CHARS 80
#define SYNC_MINUTES_MAX (7 * 24 * 60)

struct _FlRemoteSourceService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlRemoteSourceService, fl_remote_source_service, G_TYPE_OBJECT)

G_DEFINE_QUARK (fl-remote-source-error-quark, fl_remote_source_error)

static const char * const auth_names[] = { "none", "basic", "bearer" };

static void
fl_remote_source_service_finalize (GObject *object)
{
  g_clear_object (&FL_REMOTE_SOURCE_SERVICE (object)->database);

  G_OBJECT_CLASS (fl_remote_source_service_parent_class)->finalize (object);
}

static void
fl_remote_source_service_class_init (FlRemoteSourceServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_remote_source_service_finalize;
}

static void
fl_remote_source_service_init (FlRemoteSourceService *self)
{
}

FlRemoteSourceService *
fl_remote_source_service_new (FlDatabase *database)
{
  FlRemoteSourceService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_REMOTE_SOURCE_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_INVALID, message);
  return FALSE;
}

/* The server's address as kept: http or https with a host, no user name
 * or password in it, ending in "/" so that links resolve inside it. */
static char *
check_address (const char  *text,
               GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GUri) uri = g_uri_parse (trimmed, G_URI_FLAGS_ENCODED, NULL);

  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
                      g_strcmp0 (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      invalid (error, _("Write the server's address as https://server/recordings/ (or http://)."));
      return NULL;
    }
  if (g_uri_get_userinfo (uri) != NULL)
    {
      invalid (error, _("Put the user name and password in the sign-in fields, not in the address: the address is "
                        "kept in the database, the password only in the keyring."));
      return NULL;
    }
  if (g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      invalid (error, _("The server's address is a folder: leave out what follows “?” or “#”."));
      return NULL;
    }
  return g_str_has_suffix (trimmed, "/") ? g_steal_pointer (&trimmed) : g_strconcat (trimmed, "/", NULL);
}

static gboolean
check_fields (const FlRemoteSourceFields *fields,
              const char                 *address,
              GError                    **error)
{
  g_autofree char *name = g_strstrip (g_strdup (fields->name ? fields->name : ""));
  const char *ca_file = fields->ca_file != NULL ? fields->ca_file : "";

  if (*name == '\0' || g_utf8_strlen (name, -1) > NAME_MAX_CHARS)
    return invalid (error, _("Give the source a name of at most 80 characters, as “PBX recordings”."));
  if (fields->kind > FL_REMOTE_LISTING_JSON || fields->auth > FL_REMOTE_AUTH_BEARER)
    return invalid (error, _("Choose what the server lists and how it signs in."));
  if (fields->auth == FL_REMOTE_AUTH_BASIC && (fields->user_name == NULL || *fields->user_name == '\0'))
    return invalid (error, _("Write the user name the server signs in with."));
  if (*ca_file != '\0' && !g_str_has_prefix (address, "https://"))
    return invalid (error, _("A CA certificate is for an https:// address; this one is http://."));
  if (*ca_file != '\0' && !g_file_test (ca_file, G_FILE_TEST_IS_REGULAR))
    return invalid (error, _("The CA certificate file is not there. Choose the PEM file again."));
  if (fields->sync_minutes < 0 || fields->sync_minutes > SYNC_MINUTES_MAX)
    return invalid (error, _("Sync every 1 to 10,080 minutes (a week), or 0 for only when asked."));
  return TRUE;
}

typedef struct
{
  FlRemoteSourceService      *self;
  FlSession                  *actor;
  const FlRemoteSourceFields *fields;
  const char                 *name;
  const char                 *address;
  gint64                      id;
} SourceChange;

static gboolean
apply_source (gpointer   user_data,
              GError   **error)
{
  SourceChange *change = user_data;
  const FlRemoteSourceFields *fields = change->fields;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) taken = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autofree char *now = fl_sql_now_utc ();
  gboolean has_row = FALSE;

  if (!(taken = fl_database_prepare (database, "SELECT 1 FROM recording_sources WHERE name = ? AND id != ?", error)))
    return FALSE;
  sqlite3_bind_text (taken, 1, change->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (taken, 2, change->id);
  if (!fl_database_step (database, taken, &has_row, error))
    return FALSE;
  if (has_row)
    {
      /* Translators: %s is a recording source's name */
      g_set_error (error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_INVALID,
                   _("There is a source called “%s” already. Choose another name."), change->name);
      return FALSE;
    }
  if (change->id != 0 && !(before = fl_audit_snapshot (database, "recording_sources", change->id, error)))
    return FALSE;
  statement = fl_database_prepare (database,
                                   change->id != 0
                                     ? "UPDATE recording_sources SET name = ?2, kind = ?3, base_url = ?4, auth = ?5, "
                                       "  user_name = ?6, ca_file = ?7, sync_minutes = ?8, active = ?9 WHERE id = ?1"
                                     : "INSERT INTO recording_sources (name, kind, base_url, auth, user_name, ca_file, "
                                       "  sync_minutes, active, created_at) "
                                       "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->id);
  sqlite3_bind_text (statement, 2, change->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, fl_remote_listing_kind_to_string (fields->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, change->address, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, auth_names[fields->auth], -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6, fields->auth == FL_REMOTE_AUTH_BASIC ? fields->user_name : "", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 7, fields->ca_file != NULL ? fields->ca_file : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 8, fields->sync_minutes);
  sqlite3_bind_int (statement, 9, change->id == 0 || fields->active);
  if (change->id == 0)
    sqlite3_bind_text (statement, 10, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  if (change->id != 0 && fl_database_changes (database) == 0)
    {
      g_set_error_literal (error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_NOT_FOUND,
                           _("This source is no longer there. Close the window and look again."));
      return FALSE;
    }
  if (change->id == 0)
    change->id = fl_database_last_insert_id (database);
  return fl_audit_record_saved (database, change->actor, "recording_sources", change->id, before, error);
}

gint64
fl_remote_source_service_save (FlRemoteSourceService      *self,
                               FlSession                  *actor,
                               const FlRemoteSourceFields *fields,
                               GError                    **error)
{
  g_autofree char *address = NULL;
  g_autofree char *name = NULL;
  SourceChange change = { self, actor, fields, NULL, NULL, 0 };

  g_return_val_if_fail (FL_IS_REMOTE_SOURCE_SERVICE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!fl_session_check (actor, FL_PERMISSION_MANAGE_SOURCES, error) ||
      !(address = check_address (fields->base_url, error)) || !check_fields (fields, address, error))
    return 0;
  name = g_strstrip (g_strdup (fields->name));
  change.name = name;
  change.address = address;
  change.id = fields->id;
  if (!fl_database_transaction (self->database, apply_source, &change, error))
    return 0;
  return change.id;
}

#define SOURCE_COLUMNS \
  "SELECT id, name, kind, base_url, auth, user_name, ca_file, sync_minutes, active, last_sync_at, last_error, " \
  "  n_added, n_changed, n_removed FROM recording_sources "

static FlRemoteSource *
source_from_row (sqlite3_stmt *statement)
{
  FlRemoteSourceFields fields = {
    .id = sqlite3_column_int64 (statement, 0),
    .name = (char *) fl_sql_column_text (statement, 1),
    .kind = (FlRemoteListingKind) MAX (fl_remote_listing_kind_from_string (fl_sql_column_text (statement, 2)), 0),
    .base_url = (char *) fl_sql_column_text (statement, 3),
    .auth = (FlRemoteAuth) MAX (fl_strings_index (auth_names, G_N_ELEMENTS (auth_names),
                                                  fl_sql_column_text (statement, 4)), 0),
    .user_name = (char *) fl_sql_column_text (statement, 5),
    .ca_file = (char *) fl_sql_column_text (statement, 6),
    .sync_minutes = sqlite3_column_int (statement, 7),
    .active = sqlite3_column_int (statement, 8),
    .last_sync_at = (char *) fl_sql_column_text (statement, 9),
    .last_error = (char *) fl_sql_column_text (statement, 10),
    .n_added = sqlite3_column_int (statement, 11),
    .n_changed = sqlite3_column_int (statement, 12),
    .n_removed = sqlite3_column_int (statement, 13),
  };

  return fl_remote_source_new (&fields);
}

GListModel *
fl_remote_source_service_list (FlRemoteSourceService  *self,
                               FlSession              *actor,
                               GError                **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_REMOTE_SOURCE);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_REMOTE_SOURCE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) ||
      !(statement = fl_database_prepare (self->database, SOURCE_COLUMNS "ORDER BY name", error)))
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlRemoteSource) source = source_from_row (statement);

      g_list_store_append (store, source);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The one source @statement finds, or NULL with NOT_FOUND. */
static FlRemoteSource *
find_one (FlRemoteSourceService  *self,
          sqlite3_stmt           *statement,
          GError                **error)
{
  gboolean has_row = FALSE;

  if (!fl_database_step (self->database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_NOT_FOUND,
                           _("There is no such recording source. Look at the sources in Preferences."));
      return NULL;
    }
  return source_from_row (statement);
}

FlRemoteSource *
fl_remote_source_service_get (FlRemoteSourceService  *self,
                              FlSession              *actor,
                              gint64                  id,
                              GError                **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  g_return_val_if_fail (FL_IS_REMOTE_SOURCE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) ||
      !(statement = fl_database_prepare (self->database, SOURCE_COLUMNS "WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (statement, 1, id);
  return find_one (self, statement, error);
}

FlRemoteSource *
fl_remote_source_service_find (FlRemoteSourceService  *self,
                               FlSession              *actor,
                               const char             *name,
                               GError                **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GError) local_error = NULL;
  FlRemoteSource *source;

  g_return_val_if_fail (FL_IS_REMOTE_SOURCE_SERVICE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_RECORDINGS, error) ||
      !(statement = fl_database_prepare (self->database, SOURCE_COLUMNS "WHERE name = ?", error)))
    return NULL;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  if (!(source = find_one (self, statement, &local_error)) &&
      g_error_matches (local_error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_NOT_FOUND))
    /* Translators: %s is a recording source's name as written on the command line */
    g_set_error (error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_NOT_FOUND,
                 _("There is no recording source called “%s”. Write its name as Preferences shows it."), name);
  else if (source == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return source;
}
