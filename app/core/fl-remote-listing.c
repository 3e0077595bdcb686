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
