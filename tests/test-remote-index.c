/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-remote-index"

#include <string.h>

#include "fl-remote-index.h"
#include "fl-remote-listing.h"
#include "fl-test-util.h"

/* A first page as an export service writes it: Beijing times, a job
 * number sent as a number, one record without a URL and one without a
 * zone on its start. */
static const char first_page[] =
  "{\"recordings\": ["
  " {\"id\": \"r-1001\", \"start\": \"2026-11-28T09:15:02+08:00\", \"duration\": 183.5,"
  "  \"caller\": \"13800138000\", \"callee\": \"4008001234\", \"agent\": 1001, \"extension\": \"8001\","
  "  \"queue\": \"billing\", \"direction\": \"inbound\", \"url\": \"2026/11/28/r-1001.wav\","
  "  \"size\": 1480044, \"etag\": \"\\\"abc\\\"\"},"
  " {\"id\": \"r-1002\", \"start\": \"2026-11-28T01:20:00Z\", \"direction\": \"sideways\","
  "  \"url\": \"https://pbx.example/rec/r-1002.mp3\", \"size\": -5},"
  " {\"id\": \"r-1003\", \"start\": \"2026-11-28T09:30:00+08:00\"},"
  " {\"id\": \"r-1004\", \"start\": \"2026-11-28 09:40:00\", \"url\": \"x.wav\"},"
  " \"not a record\""
  "], \"next\": \"/index.json?page=2&since=2026-11-27T00:00:00Z\", \"removed\": [\"r-0998\", 999, {}]}";

static void
test_first_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  g_auto(GStrv) removed = NULL;
  guint skipped = 0;
  g_autoptr(GPtrArray) records = fl_remote_index_parse_page (first_page, strlen (first_page), &next, &removed,
                                                             &skipped, &error);
  FlRemoteRecord *first;
  FlRemoteRecord *second;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpuint (skipped, ==, 3);
  g_assert_cmpstr (next, ==, "/index.json?page=2&since=2026-11-27T00:00:00Z");
  /* What an incremental index says was deleted; anything but an id is left out. */
  g_assert_cmpuint (g_strv_length (removed), ==, 2);
  g_assert_cmpstr (removed[0], ==, "r-0998");
  g_assert_cmpstr (removed[1], ==, "999");
  first = g_ptr_array_index (records, 0);
  g_assert_cmpstr (first->id, ==, "r-1001");
  g_assert_cmpstr (first->start, ==, "2026-11-28T01:15:02Z");
  g_assert_cmpfloat (first->duration, ==, 183.5);
  g_assert_cmpstr (first->agent, ==, "1001");
  g_assert_cmpstr (first->queue, ==, "billing");
  g_assert_cmpstr (first->direction, ==, "inbound");
  g_assert_cmpstr (first->url, ==, "2026/11/28/r-1001.wav");
  g_assert_cmpint (first->size, ==, 1480044);
  g_assert_cmpstr (first->etag, ==, "\"abc\"");
  second = g_ptr_array_index (records, 1);
  g_assert_null (second->direction);
  g_assert_null (second->agent);
  g_assert_cmpint (second->size, ==, -1);
  g_assert_cmpfloat (second->duration, ==, 0);
}

/* The last page has no next link; an empty list is a page too. */
static void
test_last_page (void)
{
  static const char last[] = "{\"recordings\": [], \"next\": null}";
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  g_autoptr(GPtrArray) records = fl_remote_index_parse_page (last, strlen (last), &next, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 0);
  g_assert_null (next);
}

static void
test_garbage (void)
{
  static const char * const garbage[] = {
    "<html>502 Bad Gateway</html>", "[1, 2, 3]", "{\"recordings\": {\"id\": 1}}", "{\"items\": []}",
    "{\"recordings\": [", "", "\xff\xfe{}",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autofree char *next = NULL;

      g_assert_null (fl_remote_index_parse_page (garbage[i], strlen (garbage[i]), &next, NULL, NULL, &error));
      g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
      g_assert_null (next);
      g_clear_error (&error);
    }
  /* Refused by its size alone, before a byte is parsed. */
  g_assert_null (fl_remote_index_parse_page ("{", (gsize) FL_REMOTE_INDEX_PAGE_MAX + 1, NULL, NULL, NULL, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_TOO_BIG);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/remote-index/first-page", test_first_page);
  g_test_add_func ("/remote-index/last-page", test_last_page);
  g_test_add_func ("/remote-index/garbage", test_garbage);

  return g_test_run ();
}
