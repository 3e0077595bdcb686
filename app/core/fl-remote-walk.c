/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-walk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-import-summary.h"
#include "fl-recording-names.h"
#include "fl-remote-listing.h"
#include "fl-remote-walk.h"

static const char propfind_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
  "<D:propfind xmlns:D=\"DAV:\"><D:prop>"
  "<D:resourcetype/><D:getcontentlength/><D:getlastmodified/><D:getetag/>"
  "</D:prop></D:propfind>";

typedef struct
{
  char  *url;        /* ends in "/" */
  char  *relative;   /* under the source's address, decoded; "" for the top */
  guint  depth;
} Folder;

static void
folder_free (Folder *folder)
{
  g_free (folder->url);
  g_free (folder->relative);
  g_free (folder);
}

static Folder *
folder_new (const char *url,
            const char *relative,
            guint       depth)
{
  Folder *folder = g_new0 (Folder, 1);

  folder->url = g_strdup (url);
  folder->relative = g_strdup (relative);
  folder->depth = depth;
  return folder;
}

static GPtrArray *
list_folder (FlRemoteClient       *client,
             FlRemoteListingKind   kind,
             const Folder         *folder,
             GCancellable         *cancellable,
             GError              **error)
{
  static const char * const dav_headers[] = { "Depth: 1", NULL };
  gboolean dav = kind == FL_REMOTE_LISTING_WEBDAV;
  g_autoptr(GBytes) body = dav ? g_bytes_new_static (propfind_body, sizeof propfind_body - 1) : NULL;
  g_autoptr(GBytes) answer = NULL;
  const char *data;
  gsize length;

  answer = fl_remote_client_fetch (client, dav ? "PROPFIND" : "GET", folder->url, dav ? dav_headers : NULL, body,
                                   FL_REMOTE_WALK_LISTING_MAX, cancellable, error);
  if (answer == NULL)
    return NULL;
  data = g_bytes_get_data (answer, &length);
  if (dav)
    return fl_remote_listing_parse_webdav (data, length, folder->url, error);
  return fl_remote_listing_parse_autoindex (data, length, error);
}

/* A failure that ends the walk: the server, the sign-in or the network,
 * not one folder. */
static gboolean
is_fatal (const GError *error,
          const Folder *folder)
{
  return folder->depth == 0 || error->domain != FL_REMOTE_ERROR ||
         (error->code != FL_REMOTE_ERROR_HTTP && error->code != FL_REMOTE_ERROR_GARBAGE &&
          error->code != FL_REMOTE_ERROR_TOO_BIG);
}

static FlRemoteRecord *
record_from_entry (const FlRemoteEntry *entry,
                   const char          *url,
                   const char          *relative)
{
  g_autoptr(FlCallMetadata) metadata = fl_call_metadata_new ();
  FlRemoteRecord *record = g_new0 (FlRemoteRecord, 1);

  fl_recording_names_parse (relative, metadata);
  record->url = g_strdup (url);
  record->id = g_strdup (metadata->unique_id);
  if (metadata->started_at != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (metadata->started_at);

      record->start = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
    }
  record->duration = metadata->duration_ms > 0 ? metadata->duration_ms / 1000.0 : 0;
  record->caller = g_strdup (metadata->caller);
  record->callee = g_strdup (metadata->callee);
  record->agent = g_strdup (metadata->agent_number);
  record->queue = g_strdup (metadata->queue);
  record->direction = g_strdup (fl_call_direction_to_code (metadata->direction));
  record->size = entry->size;
  record->etag = g_strdup (entry->etag);
  record->modified = g_strdup (entry->modified);
  return record;
}

gboolean
fl_remote_walk (FlRemoteClient       *client,
                FlRemoteListingKind   kind,
                const char           *base_url,
                FlRemoteWalkFunc      found,
                gpointer              user_data,
                GPtrArray            *problems,
                gboolean             *whole,
                GCancellable         *cancellable,
                GError              **error)
{
  /* Breadth first: each folder is appended, and read in its turn. */
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func ((GDestroyNotify) folder_free);

  g_return_val_if_fail (FL_IS_REMOTE_CLIENT (client), FALSE);
  g_return_val_if_fail (base_url != NULL && found != NULL && problems != NULL && whole != NULL, FALSE);

  *whole = TRUE;
  g_ptr_array_add (folders, folder_new (base_url, "", 0));
  for (guint next = 0; next < folders->len; next++)
    {
      Folder *folder = g_ptr_array_index (folders, next);
      g_autoptr(GError) folder_error = NULL;
      g_autoptr(GPtrArray) entries = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!(entries = list_folder (client, kind, folder, cancellable, &folder_error)))
        {
          if (is_fatal (folder_error, folder))
            {
              g_propagate_error (error, g_steal_pointer (&folder_error));
              return FALSE;
            }
          fl_import_summary_add_problem (problems, folder->relative, 0, folder_error->message);
          *whole = FALSE;
          continue;
        }
      for (guint i = 0; i < entries->len; i++)
        {
          FlRemoteEntry *entry = g_ptr_array_index (entries, i);
          g_autofree char *escaped = g_uri_escape_string (entry->name, NULL, FALSE);
          g_autofree char *url = g_strconcat (folder->url, escaped, entry->is_folder ? "/" : "", NULL);
          g_autofree char *relative = *folder->relative != '\0'
                                        ? g_strconcat (folder->relative, "/", entry->name, NULL)
                                        : g_strdup (entry->name);

          if (!entry->is_folder)
            {
              if (fl_recording_names_is_audio (entry->name) &&
                  !found (record_from_entry (entry, url, relative), user_data, error))
                return FALSE;
            }
          else if (folder->depth + 1 > FL_REMOTE_WALK_MAX_DEPTH || folders->len >= FL_REMOTE_WALK_MAX_FOLDERS)
            {
              fl_import_summary_add_problem (problems, relative, 0,
                                             _("Too deep, or too many folders: not looked into"));
              *whole = FALSE;
            }
          else
            g_ptr_array_add (folders, folder_new (url, relative, folder->depth + 1));
        }
    }
  return TRUE;
}
