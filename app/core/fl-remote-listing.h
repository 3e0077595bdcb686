/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a recording server lists, and the names it may be trusted with.
 * Network-free: the HTTP client hands these functions what it fetched. */

#define FL_REMOTE_ERROR (fl_remote_error_quark ())

typedef enum
{
  FL_REMOTE_ERROR_GARBAGE,       /* not the listing asked for; the message says what came */
  FL_REMOTE_ERROR_UNSAFE_NAME,   /* a name that would leave the cache folder */
  FL_REMOTE_ERROR_TOO_BIG,       /* more than anything of its kind should be */
  FL_REMOTE_ERROR_HTTP,          /* the server answered with an error status */
  FL_REMOTE_ERROR_CREDENTIALS,   /* the server refused the user name, password or token */
  FL_REMOTE_ERROR_CERTIFICATE,   /* the server's TLS certificate is not trusted */
  FL_REMOTE_ERROR_REDIRECT,      /* too many redirects, or one to HTTP or another host */
  FL_REMOTE_ERROR_NETWORK,       /* no connection, a timeout */
} FlRemoteError;

/* One file or folder of a listing. */
typedef struct
{
  char     *name;        /* the last segment, decoded; safe (see fl_remote_listing_is_safe_name) */
  gboolean  is_folder;
  gint64    size;        /* bytes, or -1 when the listing does not say exactly */
  char     *modified;    /* UTC ISO-8601, or NULL */
  char     *etag;        /* WebDAV's, as the server wrote it, or NULL */
} FlRemoteEntry;

GQuark     fl_remote_error_quark                (void);
void       fl_remote_entry_free                 (FlRemoteEntry *self);

/* Whether @name (decoded) can be a file or folder name under the cache:
 * not empty, not "." or "..", no slash, backslash or control character, not
 * "~…" nor a drive ("C:"). */
gboolean   fl_remote_listing_is_safe_name       (const char    *name);
/* @relative ("2026/11/28/call.wav", percent-encoded or not) decoded with
 * each segment checked, joined by "/"; or NULL with FL_REMOTE_ERROR_UNSAFE_NAME
 * for "../x", "/etc/passwd", "a/%2e%2e/b", "a//b" and the like. */
char      *fl_remote_listing_safe_relative_path (const char    *relative,
                                                 GError       **error);
/* @href (a listing's link, an index's "url") resolved against @base_url
 * ("https://pbx/recordings/"), and its path under the base, decoded and
 * checked as by fl_remote_listing_safe_relative_path (what the cache may
 * name its copy). NULL with FL_REMOTE_ERROR_UNSAFE_NAME when it is on
 * another server or scheme, or outside the base's folder. */
char      *fl_remote_listing_resolve            (const char    *base_url,
                                                 const char    *href,
                                                 char         **relative_path,
                                                 GError       **error);
/* The entries of a web server's directory listing ("Index of /…", nginx's
 * autoindex or Apache's, as a <pre> or a <table>): a GPtrArray of
 * FlRemoteEntry in the listing's order. Links that leave the folder (the
 * parent, absolute paths, other hosts, sort links) and unsafe names are left
 * out. A page that is no listing is FL_REMOTE_ERROR_GARBAGE. */
GPtrArray *fl_remote_listing_parse_autoindex    (const char    *html,
                                                 gsize          length,
                                                 GError       **error);

/* The entries of a WebDAV PROPFIND (Depth: 1) answer for the folder at
 * @request_path ("/dav/recordings/"): its children, each with its size,
 * time and ETag; the folder itself and anything not directly in it are
 * left out. The DAV: namespace may have any prefix. A document that is no
 * multistatus, or not well-formed, is FL_REMOTE_ERROR_GARBAGE. */
GPtrArray *fl_remote_listing_parse_webdav       (const char    *xml,
                                                 gsize          length,
                                                 const char    *request_path,
                                                 GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRemoteEntry, fl_remote_entry_free)

G_END_DECLS
