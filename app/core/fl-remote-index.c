/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-index"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "fl-remote-index.h"
#include "fl-remote-listing.h"

void
fl_remote_record_free (FlRemoteRecord *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->start);
  g_free (self->caller);
  g_free (self->callee);
  g_free (self->agent);
  g_free (self->extension);
  g_free (self->queue);
  g_free (self->direction);
  g_free (self->url);
  g_free (self->etag);
  g_free (self->modified);
  g_free (self);
}

/* @node as text: a string as it is, a whole number written out (job
 * numbers are sometimes sent as numbers); otherwise NULL. */
static char *
node_text (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
    }
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

static char *
read_text (JsonObject *object,
           const char *member)
{
  return node_text (json_object_get_member (object, member));
}

static double
read_number (JsonObject *object,
             const char *member,
             double      otherwise)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE ? json_node_get_double (node) : otherwise;
}

/* The ids listed as @member (strings or whole numbers), or NULL. */
static GStrv
read_ids (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *id = node_text (json_array_get_element (array, i));

      if (id != NULL)
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* A record of the page, or NULL when it lacks what identifies it. */
static FlRemoteRecord *
read_record (JsonNode *node)
{
  g_autoptr(FlRemoteRecord) record = g_new0 (FlRemoteRecord, 1);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *direction = NULL;
  JsonObject *object;
  double size;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  record->id = read_text (object, "id");
  record->url = read_text (object, "url");
  start_text = read_text (object, "start");
  /* A start without a zone would be guessed: refused like one missing. */
  if (record->id == NULL || record->url == NULL || start_text == NULL ||
      !(start = g_date_time_new_from_iso8601 (start_text, NULL)))
    return NULL;
  utc = g_date_time_to_utc (start);
  record->start = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  record->duration = MAX (read_number (object, "duration", 0), 0);
  record->caller = read_text (object, "caller");
  record->callee = read_text (object, "callee");
  record->agent = read_text (object, "agent");
  record->extension = read_text (object, "extension");
  record->queue = read_text (object, "queue");
  direction = read_text (object, "direction");
  if (direction != NULL &&
      (g_str_equal (direction, "inbound") || g_str_equal (direction, "outbound") ||
       g_str_equal (direction, "internal")))
    record->direction = g_steal_pointer (&direction);
  size = read_number (object, "size", -1);
  record->size = size >= 0 && size < 1e15 ? (gint64) size : -1;
  record->etag = read_text (object, "etag");
  return g_steal_pointer (&record);
}

GPtrArray *
fl_remote_index_parse_page (const char  *json,
                            gsize        length,
                            char       **next,
                            GStrv       *removed,
                            guint       *n_skipped,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) json_error = NULL;
  JsonNode *root;
  JsonNode *list;
  JsonArray *array;
  guint skipped = 0;

  g_return_val_if_fail (json != NULL || length == 0, NULL);

  if (next != NULL)
    *next = NULL;
  if (removed != NULL)
    *removed = NULL;
  if (n_skipped != NULL)
    *n_skipped = 0;
  if (length > FL_REMOTE_INDEX_PAGE_MAX)
    {
      /* Translators: %d is a number of megabytes */
      g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_TOO_BIG,
                   _("The server's index page is larger than %d MB, more than any index should be. Check the "
                     "source's address, or have the server send its index in pages."),
                   FL_REMOTE_INDEX_PAGE_MAX / (1024 * 1024));
      return NULL;
    }
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, length > 0 ? json : "", length > 0 ? (gssize) length : 0, &json_error) ||
      !(root = json_parser_get_root (parser)) || !JSON_NODE_HOLDS_OBJECT (root) ||
      !(list = json_object_get_member (json_node_get_object (root), "recordings")) || !JSON_NODE_HOLDS_ARRAY (list))
    {
      /* Translators: %s is what was wrong with the server's JSON */
      g_set_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE,
                   _("The server's index could not be read (%s). Check the source's address, and that it points at "
                     "a JSON index as the README describes."),
                   json_error != NULL ? json_error->message : _("no “recordings” list in it"));
      return NULL;
    }
  array = json_node_get_array (list);
  records = g_ptr_array_new_full (json_array_get_length (array), (GDestroyNotify) fl_remote_record_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      FlRemoteRecord *record = read_record (json_array_get_element (array, i));

      if (record != NULL)
        g_ptr_array_add (records, record);
      else
        skipped++;
    }
  if (next != NULL)
    *next = read_text (json_node_get_object (root), "next");
  if (removed != NULL)
    *removed = read_ids (json_node_get_object (root), "removed");
  if (n_skipped != NULL)
    *n_skipped = skipped;
  return g_steal_pointer (&records);
}
