/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-listing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "fl-remote-listing.h"

G_DEFINE_QUARK (fl-remote-error-quark, fl_remote_error)

void
fl_remote_entry_free (FlRemoteEntry *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->modified);
  g_free (self->etag);
  g_free (self);
}

gboolean
fl_remote_listing_is_safe_name (const char *name)
{
  if (name == NULL || *name == '\0' || g_str_equal (name, ".") || g_str_equal (name, "..") || *name == '~' ||
      !g_utf8_validate (name, -1, NULL))
    return FALSE;
  /* "C:" would be a drive to Windows' file functions, and "a:b" an
   * alternate stream: no colon at all. */
  for (const char *p = name; *p != '\0'; p++)
    if (*p == '/' || *p == '\\' || *p == ':' || (guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}

char *
fl_remote_listing_safe_relative_path (const char  *relative,
                                      GError     **error)
{
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) decoded = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (relative != NULL, NULL);

  segments = g_strsplit (relative, "/", -1);
  for (guint i = 0; i == 0 || segments[i] != NULL; i++)
    {
      /* Each segment decoded on its own: "%2F" is part of a name, never a
       * separator, and is then refused with the name. */
      g_autofree char *name = segments[i] != NULL ? g_uri_unescape_string (segments[i], NULL) : NULL;

      if (!fl_remote_listing_is_safe_name (name))
        {
          /* Translators: %s is a path a server gave, as 2026/11/../../etc */
          g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME,
                       _("The server named a file “%s”, which could leave the recordings' folder. It is left out; "
                         "ask whoever runs the server to check its file names."),
                       relative);
          return NULL;
        }
      g_ptr_array_add (decoded, g_steal_pointer (&name));
    }
  g_ptr_array_add (decoded, NULL);
  return g_strjoinv ("/", (char **) decoded->pdata);
}

char *
fl_remote_listing_resolve (const char  *base_url,
                           const char  *href,
                           char       **relative_path,
                           GError     **error)
{
  g_autoptr(GUri) base = g_uri_parse (base_url, G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(GUri) target = base != NULL ? g_uri_parse_relative (base, href, G_URI_FLAGS_ENCODED, NULL) : NULL;
  g_autofree char *folder = NULL;
  const char *path;
  char *relative;

  g_return_val_if_fail (base_url != NULL && href != NULL, NULL);

  if (base != NULL)
    folder = g_str_has_suffix (g_uri_get_path (base), "/") ? g_strdup (g_uri_get_path (base))
                                                           : g_strconcat (g_uri_get_path (base), "/", NULL);
  path = target != NULL ? g_uri_get_path (target) : NULL;
  /* The same scheme, host and port, and a path under the base's folder
   * as the server wrote it: "%2e%2e" is then refused with the name. */
  if (target == NULL || g_strcmp0 (g_uri_get_scheme (base), g_uri_get_scheme (target)) != 0 ||
      g_strcmp0 (g_uri_get_host (base), g_uri_get_host (target)) != 0 ||
      g_uri_get_port (base) != g_uri_get_port (target) || !g_str_has_prefix (path, folder) ||
      !(relative = fl_remote_listing_safe_relative_path (path + strlen (folder), NULL)))
    {
      /* Translators: %s is a link a server gave */
      g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME,
                   _("The server links to “%s”, outside the source's folder or on another server. It is left out; "
                     "check the source's address."),
                   href);
      return NULL;
    }
  if (relative_path != NULL)
    *relative_path = relative;
  else
    g_free (relative);
  return g_uri_to_string (target);
}

/* Autoindex pages */

static const char *
find_anchor (const char *p)
{
  for (; *p != '\0'; p++)
    if (p[0] == '<' && (p[1] == 'a' || p[1] == 'A') && g_ascii_isspace (p[2]))
      return p;
  return NULL;
}

/* The href of the tag at @tag, as written but for "&amp;", or NULL. */
static char *
read_href (const char *tag)
{
  const char *end = strchr (tag, '>');
  g_autofree char *attributes = g_strndup (tag, end != NULL ? (gsize) (end - tag) : strlen (tag));
  g_autofree char *lower = g_ascii_strdown (attributes, -1);
  const char *href = strstr (lower, "href=");
  g_autofree char *raw = NULL;
  g_auto(GStrv) parts = NULL;
  const char *value;
  const char *close;

  if (href == NULL)
    return NULL;
  value = attributes + (href - lower) + strlen ("href=");
  if ((*value != '"' && *value != '\'') || !(close = strchr (value + 1, *value)))
    return NULL;
  raw = g_strndup (value + 1, close - value - 1);
  parts = g_strsplit (raw, "&amp;", -1);
  return g_strjoinv ("&", parts);
}

/* @html between @from and @to with its tags taken out. */
static char *
strip_tags (const char *from,
            const char *to)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean in_tag = FALSE;

  for (const char *p = from; p < to; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>')
        {
          in_tag = FALSE;
          g_string_append_c (text, ' ');
        }
      else if (!in_tag)
        g_string_append_c (text, *p);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
month_of (const char *name)
{
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

  for (int i = 0; i < 12; i++)
    if (g_ascii_strncasecmp (months + i * 3, name, 3) == 0)
      return i + 1;
  return 0;
}

/* Reads a date at @p, nginx's "28-Nov-2026 10:11" or Apache's
 * "2026-11-28 10:11", into @when; returns how many bytes it took, or 0. */
static int
read_date (const char  *p,
           GDateTime  **when)
{
  char month_name[4] = "";
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, used = 0;

  if (sscanf (p, "%4d-%2d-%2d %2d:%2d%n", &year, &month, &day, &hour, &minute, &used) == 5 && used >= 16)
    ;
  else if (sscanf (p, "%2d-%3[A-Za-z]-%4d %2d:%2d%n", &day, month_name, &year, &hour, &minute, &used) == 5 &&
           (month = month_of (month_name)) > 0)
    ;
  else
    return 0;
  *when = g_date_time_new_utc (year, month, day, hour, minute, 0);
  return *when != NULL ? used : 0;
}

/* The time and size written after a link: nginx's "28-Nov-2026 10:11
 * 1480000" (a folder's size "-"), Apache's "2026-11-28 10:11  1.4M" (not
 * exact, so unknown). The servers write UTC unless told otherwise. */
static void
read_details (FlRemoteEntry *entry,
              const char    *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      g_autoptr(GDateTime) when = NULL;
      char size[32] = "";
      int used;

      if (!g_ascii_isdigit (*p) || (p > text && !g_ascii_isspace (p[-1])) || !(used = read_date (p, &when)))
        continue;
      entry->modified = g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
      if (sscanf (p + used, "%31s", size) == 1 && strspn (size, "0123456789") == strlen (size) &&
          strlen (size) < 19)
        entry->size = g_ascii_strtoll (size, NULL, 10);
      return;
    }
}

/* The entry a link of the listing stands for, or NULL when the link leaves
 * the folder or names something unsafe. */
static FlRemoteEntry *
entry_of_link (const char *href,
               const char *details)
{
  g_autofree char *segment = g_strdup (href);
  g_autoptr(FlRemoteEntry) entry = g_new0 (FlRemoteEntry, 1);
  gsize length = strlen (segment);

  /* Sort links ("?C=M;O=D"), anchors, absolute paths (the parent as Apache
   * writes it), other hosts and schemes ("mailto:") are not the folder's. */
  if (length == 0 || strchr ("?#/", segment[0]) != NULL || strchr (segment, ':') != NULL)
    return NULL;
  entry->is_folder = segment[length - 1] == '/';
  if (entry->is_folder)
    segment[length - 1] = '\0';
  if (strchr (segment, '/') != NULL || strchr (segment, '?') != NULL)
    return NULL;
  entry->name = g_uri_unescape_string (segment, NULL);
  if (!fl_remote_listing_is_safe_name (entry->name))
    return NULL;
  entry->size = -1;
  read_details (entry, details);
  if (entry->is_folder)
    entry->size = -1;
  return g_steal_pointer (&entry);
}

GPtrArray *
fl_remote_listing_parse_autoindex (const char  *html,
                                   gsize        length,
                                   GError     **error)
{
  g_autofree char *text = g_utf8_make_valid (html, length);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) fl_remote_entry_free);
  const char *anchor;

  g_return_val_if_fail (html != NULL || length == 0, NULL);

  /* nginx, Apache and lighttpd all title their listings so. */
  if (strstr (text, "Index of") == NULL)
    {
      g_set_error_literal (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE,
                           _("The server answered with a page that is not a directory listing (no “Index of” in "
                             "it). Check the source's address, and that the server lists its folders."));
      return NULL;
    }
  for (anchor = find_anchor (text); anchor != NULL;)
    {
      g_autofree char *href = read_href (anchor);
      const char *closing = strstr (anchor, "</a>");
      const char *after = closing != NULL ? closing + strlen ("</a>") : anchor + 2;
      const char *next = find_anchor (after);
      g_autofree char *details = strip_tags (after, next != NULL ? next : after + strlen (after));
      FlRemoteEntry *entry = href != NULL ? entry_of_link (href, details) : NULL;

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
      anchor = next;
    }
  return g_steal_pointer (&entries);
}

/* WebDAV */

typedef struct
{
  GHashTable    *dav_prefixes;   /* the prefixes bound to "DAV:"; "" for the default namespace */
  GString       *text;           /* the current element's text */
  GPtrArray     *entries;
  char          *folder;         /* the requested folder's path, decoded, without a trailing slash */
  gboolean       multistatus;
  /* The response being read */
  char          *href;
  gboolean       is_collection;
  char          *length;
  char          *modified;
  char          *etag;
  gboolean       ok;             /* its propstat's status is 200 */
  /* What the current propstat says, applied if its status is 200 */
  gboolean       prop_collection;
  char          *prop_length;
  char          *prop_modified;
  char          *prop_etag;
} DavReader;

static void
replace_text (char       **slot,
              const char  *text)
{
  char *copy = g_strdup (text);

  g_free (*slot);
  *slot = copy;
}

/* The local name of @element if it is in the DAV: namespace, or NULL. */
static const char *
dav_name (DavReader  *reader,
          const char *element)
{
  const char *colon = strchr (element, ':');
  g_autofree char *prefix = g_strndup (element, colon != NULL ? (gsize) (colon - element) : 0);

  return g_hash_table_contains (reader->dav_prefixes, prefix) ? (colon != NULL ? colon + 1 : element) : NULL;
}

static void
dav_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  DavReader *reader = user_data;
  const char *name;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (values[i], "DAV:") && (g_str_equal (names[i], "xmlns") || g_str_has_prefix (names[i], "xmlns:")))
      g_hash_table_add (reader->dav_prefixes, g_strdup (names[i][5] == ':' ? names[i] + 6 : ""));
  g_string_truncate (reader->text, 0);
  if ((name = dav_name (reader, element)) == NULL)
    return;
  if (g_str_equal (name, "multistatus"))
    reader->multistatus = TRUE;
  else if (g_str_equal (name, "collection"))
    reader->prop_collection = TRUE;
  else if (g_str_equal (name, "propstat"))
    {
      /* A propstat without a status of its own is not a 200. */
      reader->ok = FALSE;
      reader->prop_collection = FALSE;
      g_clear_pointer (&reader->prop_length, g_free);
      g_clear_pointer (&reader->prop_modified, g_free);
      g_clear_pointer (&reader->prop_etag, g_free);
    }
}

static void
dav_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  DavReader *reader = user_data;

  g_string_append_len (reader->text, text, length);
}

/* "Sat, 28 Nov 2026 10:11:12 GMT" (RFC 1123) as UTC ISO-8601, or NULL. */
static char *
parse_http_date (const char *text)
{
  g_autoptr(GDateTime) when = NULL;
  char month_name[4] = "";
  int day, year, hour, minute, second;

  if (sscanf (text, "%*3s, %d %3s %d %d:%d:%d", &day, month_name, &year, &hour, &minute, &second) != 6 ||
      month_of (month_name) == 0 ||
      !(when = g_date_time_new_utc (year, month_of (month_name), day, hour, minute, second)))
    return NULL;
  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
}

/* The path of @href, decoded, without a scheme and host nor a trailing slash. */
static char *
href_path (const char *href)
{
  const char *scheme = strstr (href, "://");
  g_autofree char *path = NULL;
  gsize length;

  if (scheme != NULL)
    href = strchr (scheme + 3, '/') ? strchr (scheme + 3, '/') : "/";
  path = g_uri_unescape_string (href, NULL);
  if (path == NULL)
    return NULL;
  length = strlen (path);
  while (length > 1 && path[length - 1] == '/')
    path[--length] = '\0';
  return g_steal_pointer (&path);
}

static void
add_dav_entry (DavReader *reader)
{
  g_autofree char *path = reader->href != NULL ? href_path (reader->href) : NULL;
  const char *slash = path != NULL ? strrchr (path, '/') : NULL;
  g_autofree char *parent = slash != NULL ? g_strndup (path, MAX (slash - path, 1)) : NULL;
  FlRemoteEntry *entry;

  /* The folder itself, and anything not directly in it. */
  if (parent == NULL || !g_str_equal (parent, reader->folder) || !fl_remote_listing_is_safe_name (slash + 1))
    return;
  entry = g_new0 (FlRemoteEntry, 1);
  entry->name = g_strdup (slash + 1);
  entry->is_folder = reader->is_collection;
  entry->size = -1;
  if (!entry->is_folder && reader->length != NULL && *reader->length != '\0' &&
      strspn (reader->length, "0123456789") == strlen (reader->length) && strlen (reader->length) < 19)
    entry->size = g_ascii_strtoll (reader->length, NULL, 10);
  entry->modified = reader->modified != NULL ? parse_http_date (reader->modified) : NULL;
  entry->etag = g_strdup (reader->etag);
  g_ptr_array_add (reader->entries, entry);
}

static void
clear_response (DavReader *reader)
{
  g_clear_pointer (&reader->href, g_free);
  g_clear_pointer (&reader->length, g_free);
  g_clear_pointer (&reader->modified, g_free);
  g_clear_pointer (&reader->etag, g_free);
  reader->is_collection = FALSE;
}

static void
dav_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  DavReader *reader = user_data;
  const char *name = dav_name (reader, element);
  g_autofree char *text = g_strstrip (g_strdup (reader->text->str));

  g_string_truncate (reader->text, 0);
  if (name == NULL)
    return;
  if (g_str_equal (name, "href") && reader->href == NULL)
    reader->href = g_steal_pointer (&text);
  else if (g_str_equal (name, "getcontentlength"))
    replace_text (&reader->prop_length, text);
  else if (g_str_equal (name, "getlastmodified"))
    replace_text (&reader->prop_modified, text);
  else if (g_str_equal (name, "getetag"))
    replace_text (&reader->prop_etag, text);
  else if (g_str_equal (name, "status"))
    reader->ok = strstr (text, " 200") != NULL;
  else if (g_str_equal (name, "propstat") && reader->ok)
    {
      /* Only what the server found (200) counts, not a 404 list of the
       * properties it lacks. */
      reader->is_collection |= reader->prop_collection;
      if (reader->prop_length != NULL)
        replace_text (&reader->length, reader->prop_length);
      if (reader->prop_modified != NULL)
        replace_text (&reader->modified, reader->prop_modified);
      if (reader->prop_etag != NULL)
        replace_text (&reader->etag, reader->prop_etag);
    }
  else if (g_str_equal (name, "response"))
    {
      add_dav_entry (reader);
      clear_response (reader);
    }
}

GPtrArray *
fl_remote_listing_parse_webdav (const char  *xml,
                                gsize        length,
                                const char  *request_path,
                                GError     **error)
{
  static const GMarkupParser parser = { dav_start, dav_end, dav_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) markup_error = NULL;
  DavReader reader = { 0 };
  GPtrArray *entries = NULL;

  g_return_val_if_fail (xml != NULL || length == 0, NULL);
  g_return_val_if_fail (request_path != NULL, NULL);

  reader.dav_prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.text = g_string_new (NULL);
  reader.entries = g_ptr_array_new_with_free_func ((GDestroyNotify) fl_remote_entry_free);
  reader.folder = href_path (request_path);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &reader, NULL);
  /* A byte order mark (.NET servers write one) is not GMarkup's. */
  if (length >= 3 && memcmp (xml, "\xef\xbb\xbf", 3) == 0)
    {
      xml += 3;
      length -= 3;
    }
  /* An XML declaration is not GMarkup's: step over it. */
  if (length >= 5 && strncmp (xml, "<?xml", 5) == 0)
    {
      const char *end = g_strstr_len (xml, length, "?>");

      if (end != NULL)
        {
          length -= end + 2 - xml;
          xml = end + 2;
        }
    }
  if (reader.folder != NULL && g_markup_parse_context_parse (context, xml, length, &markup_error) &&
      g_markup_parse_context_end_parse (context, &markup_error) && reader.multistatus)
    entries = g_steal_pointer (&reader.entries);
  else
    /* Translators: %s is what the XML parser found wrong */
    g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE,
                 _("The server's WebDAV answer could not be read (%s). Check the source's address, and that the "
                   "server speaks WebDAV."),
                 markup_error != NULL ? markup_error->message : _("no list of files in it"));
  clear_response (&reader);
  g_clear_pointer (&reader.prop_length, g_free);
  g_clear_pointer (&reader.prop_modified, g_free);
  g_clear_pointer (&reader.prop_etag, g_free);
  g_clear_pointer (&reader.entries, g_ptr_array_unref);
  g_hash_table_unref (reader.dav_prefixes);
  g_string_free (reader.text, TRUE);
  g_free (reader.folder);
  return entries;
}
