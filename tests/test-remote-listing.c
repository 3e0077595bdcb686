/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-remote-listing"

#include <string.h>

#include "fl-remote-listing.h"
#include "fl-test-util.h"

/* nginx's autoindex over a PBX's spool, as it writes it (UTC times). */
static const char nginx_page[] =
  "<html>\r\n<head><title>Index of /recordings/2026/11/</title></head>\r\n<body>\r\n"
  "<h1>Index of /recordings/2026/11/</h1><hr><pre><a href=\"../\">../</a>\r\n"
  "<a href=\"28/\">28/</a>                                                28-Nov-2026 10:11                   -\r\n"
  "<a href=\"20261128-091502_1001_13800138000.wav\">20261128-091502_1001_13800138000.wav</a>"
  "               28-Nov-2026 09:18             1480044\r\n"
  "<a href=\"%E5%BD%95%E9%9F%B3%20%E4%B8%80.wav\">录音 一.wav</a>  27-Nov-2026 17:02  96044\r\n"
  "<a href=\"%2e%2e%2fsecret.wav\">../secret.wav</a>  27-Nov-2026 17:02  1\r\n"
  "<a href=\"..%2Fescape\">..%2Fescape</a>  27-Nov-2026 17:02  1\r\n"
  "<a href=\"/etc/passwd\">passwd</a>  27-Nov-2026 17:02  1\r\n"
  "<a href=\"http://evil.example/x.wav\">x.wav</a>  27-Nov-2026 17:02  1\r\n"
  "<a href=\"a/b.wav\">b.wav</a>  27-Nov-2026 17:02  1\r\n"
  "</pre><hr></body>\r\n</html>\r\n";

/* Apache's "fancy" listing in a <pre>, with its icons, sort links and the
 * parent as an absolute path; sizes rounded. */
static const char apache_pre_page[] =
  "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html>\n <head>\n"
  "  <title>Index of /spool</title>\n </head>\n <body>\n<h1>Index of /spool</h1>\n"
  "<pre><img src=\"/icons/blank.gif\" alt=\"Icon \"> <a href=\"?C=N;O=D\">Name</a>"
  "                    <a href=\"?C=M;O=A\">Last modified</a>      <a href=\"?C=S;O=A\">Size</a>  "
  "<a href=\"?C=D;O=A\">Description</a><hr>"
  "<img src=\"/icons/back.gif\" alt=\"[PARENTDIR]\"> <a href=\"/\">Parent Directory</a>"
  "                             -   \n"
  "<img src=\"/icons/folder.gif\" alt=\"[DIR]\"> <a href=\"queue-billing/\">queue-billing/</a>"
  "          2026-11-27 08:00    -   \n"
  "<img src=\"/icons/sound2.gif\" alt=\"[SND]\"> <a href=\"out-8001-4008001234.mp3\">out-8001-4008001234.mp3</a>"
  " 2026-11-28 10:11  1.4M  \n"
  "<img src=\"/icons/sound2.gif\" alt=\"[SND]\"> <a href=\"short.wav\">short.wav</a>"
  "               2026-11-28 10:12  512   \n"
  "<hr></pre>\n<address>Apache/2.4.57 (Debian) Server at pbx Port 80</address>\n</body></html>\n";

/* Apache's listing as a table (HTMLTable), exact sizes turned on. */
static const char apache_table_page[] =
  "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html>\n <head>\n"
  "  <title>Index of /rec</title>\n </head>\n <body>\n<h1>Index of /rec</h1>\n  <table>\n"
  "   <tr><th valign=\"top\"><img src=\"/icons/blank.gif\" alt=\"[ICO]\"></th>"
  "<th><a href=\"?C=N;O=D\">Name</a></th><th><a href=\"?C=M;O=A\">Last modified</a></th>"
  "<th><a href=\"?C=S;O=A\">Size</a></th></tr>\n"
  "   <tr><td valign=\"top\"><img src=\"/icons/back.gif\" alt=\"[PARENTDIR]\"></td>"
  "<td><a href=\"/\">Parent Directory</a></td><td>&nbsp;</td><td align=\"right\">  - </td></tr>\n"
  "<tr><td valign=\"top\"><img src=\"/icons/sound2.gif\" alt=\"[SND]\"></td>"
  "<td><a href=\"in_1002_20261128.wav\">in_1002_20261128.wav</a></td>"
  "<td align=\"right\">2026-11-28 10:11  </td><td align=\"right\">262188</td><td>&nbsp;</td></tr>\n"
  "<tr><td valign=\"top\"><img src=\"/icons/folder.gif\" alt=\"[DIR]\"></td>"
  "<td><a href=\"archive/\">archive/</a></td>"
  "<td align=\"right\">2026-10-01 00:00  </td><td align=\"right\">  - </td><td>&nbsp;</td></tr>\n"
  "  </table>\n</body></html>\n";

static FlRemoteEntry *
entry (GPtrArray *entries,
       guint      index)
{
  g_assert_cmpuint (index, <, entries->len);
  return g_ptr_array_index (entries, index);
}

static void
test_nginx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = fl_remote_listing_parse_autoindex (nginx_page, strlen (nginx_page), &error);

  g_assert_no_error (error);
  /* The parent, the escapes, the absolute path, the other host and the
   * deeper link are left out. */
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (entry (entries, 0)->name, ==, "28");
  g_assert_true (entry (entries, 0)->is_folder);
  g_assert_cmpint (entry (entries, 0)->size, ==, -1);
  g_assert_cmpstr (entry (entries, 1)->name, ==, "20261128-091502_1001_13800138000.wav");
  g_assert_false (entry (entries, 1)->is_folder);
  g_assert_cmpint (entry (entries, 1)->size, ==, 1480044);
  g_assert_cmpstr (entry (entries, 1)->modified, ==, "2026-11-28T09:18:00Z");
  g_assert_cmpstr (entry (entries, 2)->name, ==, "录音 一.wav");
  g_assert_cmpint (entry (entries, 2)->size, ==, 96044);
}

static void
test_apache (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pre = fl_remote_listing_parse_autoindex (apache_pre_page, strlen (apache_pre_page), &error);
  g_autoptr(GPtrArray) table = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (pre->len, ==, 3);
  g_assert_cmpstr (entry (pre, 0)->name, ==, "queue-billing");
  g_assert_true (entry (pre, 0)->is_folder);
  g_assert_cmpstr (entry (pre, 1)->name, ==, "out-8001-4008001234.mp3");
  /* "1.4M" is not exact: unknown, so the download decides. */
  g_assert_cmpint (entry (pre, 1)->size, ==, -1);
  g_assert_cmpstr (entry (pre, 1)->modified, ==, "2026-11-28T10:11:00Z");
  g_assert_cmpint (entry (pre, 2)->size, ==, 512);

  table = fl_remote_listing_parse_autoindex (apache_table_page, strlen (apache_table_page), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->len, ==, 2);
  g_assert_cmpstr (entry (table, 0)->name, ==, "in_1002_20261128.wav");
  g_assert_cmpint (entry (table, 0)->size, ==, 262188);
  g_assert_cmpstr (entry (table, 0)->modified, ==, "2026-11-28T10:11:00Z");
  g_assert_cmpstr (entry (table, 1)->name, ==, "archive");
  g_assert_true (entry (table, 1)->is_folder);
  g_assert_cmpstr (entry (table, 1)->modified, ==, "2026-10-01T00:00:00Z");
}

/* A login page, JSON, binary noise, nothing: a clear error, no crash. */
static void
test_garbage (void)
{
  static const char login[] = "<html><title>Sign in</title><a href=\"x.wav\">x</a></html>";
  static const char noise[] = "\xff\xfe\x00\x01<a href=\"";
  static const char unclosed[] = "<title>Index of /</title><pre><a href=\"call.wav";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_null (fl_remote_listing_parse_autoindex (login, strlen (login), &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
  g_clear_error (&error);
  g_assert_null (fl_remote_listing_parse_autoindex ("{\"recordings\": []}", 18, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
  g_clear_error (&error);
  g_assert_null (fl_remote_listing_parse_autoindex (noise, sizeof noise - 1, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
  g_clear_error (&error);
  g_assert_null (fl_remote_listing_parse_autoindex ("", 0, &error));
  g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
  g_clear_error (&error);
  /* A listing cut off in a link lists what it holds: nothing. */
  entries = fl_remote_listing_parse_autoindex (unclosed, strlen (unclosed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 0);
}

/* Apache mod_dav's answer to PROPFIND Depth: 1, with its lp1: prefix and
 * the folder itself first. */
static const char apache_dav[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<D:multistatus xmlns:D=\"DAV:\" xmlns:ns0=\"DAV:\">\n"
  "<D:response xmlns:lp1=\"DAV:\" xmlns:lp2=\"http://apache.org/dav/props/\">\n"
  "<D:href>/dav/recordings/</D:href>\n<D:propstat>\n<D:prop>\n"
  "<lp1:resourcetype><D:collection/></lp1:resourcetype>\n"
  "<lp1:getlastmodified>Sat, 28 Nov 2026 10:00:00 GMT</lp1:getlastmodified>\n"
  "</D:prop>\n<D:status>HTTP/1.1 200 OK</D:status>\n</D:propstat>\n</D:response>\n"
  "<D:response xmlns:lp1=\"DAV:\">\n"
  "<D:href>/dav/recordings/20261128-091502_1001.wav</D:href>\n<D:propstat>\n<D:prop>\n"
  "<lp1:resourcetype/>\n<lp1:getcontentlength>1480044</lp1:getcontentlength>\n"
  "<lp1:getlastmodified>Sat, 28 Nov 2026 09:18:07 GMT</lp1:getlastmodified>\n"
  "<lp1:getetag>\"169b2c-5f0e3a2b1c4d0\"</lp1:getetag>\n"
  "</D:prop>\n<D:status>HTTP/1.1 200 OK</D:status>\n</D:propstat>\n"
  "<D:propstat><D:prop><D:getcontentlength>1</D:getcontentlength></D:prop>"
  "<D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>\n</D:response>\n"
  "<D:response xmlns:lp1=\"DAV:\">\n"
  "<D:href>/dav/recordings/2026-11/</D:href>\n<D:propstat>\n<D:prop>\n"
  "<lp1:resourcetype><D:collection/></lp1:resourcetype>\n"
  "</D:prop>\n<D:status>HTTP/1.1 200 OK</D:status>\n</D:propstat>\n</D:response>\n"
  "<D:response><D:href>/dav/recordings/a/b.wav</D:href><D:propstat><D:prop><D:getcontentlength>5"
  "</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>\n"
  "<D:response><D:href>/dav/recordings/%2e%2e</D:href><D:propstat><D:prop><D:getcontentlength>5"
  "</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>\n"
  "</D:multistatus>\n";

/* Another server's: a default namespace, absolute URLs, encoded names. */
static const char default_namespace_dav[] =
  "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\">"
  "<response><href>https://pbx.example:8443/dav/rec</href><propstat><prop><resourcetype><collection/>"
  "</resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response>"
  "<response><href>https://pbx.example:8443/dav/rec/%E5%BD%95%E9%9F%B3%201.wav</href><propstat><prop>"
  "<getcontentlength>96044</getcontentlength><resourcetype/><getetag>W/\"x1\"</getetag></prop>"
  "<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>";

static void
test_webdav (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) apache = fl_remote_listing_parse_webdav (apache_dav, strlen (apache_dav),
                                                                "/dav/recordings/", &error);
  g_autoptr(GPtrArray) other = NULL;

  g_assert_no_error (error);
  /* Not the folder itself, not a deeper file, not "..". */
  g_assert_cmpuint (apache->len, ==, 2);
  g_assert_cmpstr (entry (apache, 0)->name, ==, "20261128-091502_1001.wav");
  g_assert_false (entry (apache, 0)->is_folder);
  /* The 404 propstat's length is not the file's. */
  g_assert_cmpint (entry (apache, 0)->size, ==, 1480044);
  g_assert_cmpstr (entry (apache, 0)->modified, ==, "2026-11-28T09:18:07Z");
  g_assert_cmpstr (entry (apache, 0)->etag, ==, "\"169b2c-5f0e3a2b1c4d0\"");
  g_assert_cmpstr (entry (apache, 1)->name, ==, "2026-11");
  g_assert_true (entry (apache, 1)->is_folder);

  other = fl_remote_listing_parse_webdav (default_namespace_dav, strlen (default_namespace_dav), "/dav/rec/",
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->len, ==, 1);
  g_assert_cmpstr (entry (other, 0)->name, ==, "录音 1.wav");
  g_assert_cmpint (entry (other, 0)->size, ==, 96044);
  g_assert_cmpstr (entry (other, 0)->etag, ==, "W/\"x1\"");
}

/* A byte order mark first, and a propstat without a status after a 200:
 * the list is read, the statusless properties are not. */
static void
test_webdav_quirks (void)
{
  static const char answer[] =
    "\xef\xbb\xbf<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\">"
    "<d:response><d:href>/r/a.wav</d:href>"
    "<d:propstat><d:prop><d:getcontentlength>10</d:getcontentlength></d:prop>"
    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
    "<d:propstat><d:prop><d:getetag>bogus</d:getetag></d:prop></d:propstat>"
    "</d:response></d:multistatus>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = fl_remote_listing_parse_webdav (answer, strlen (answer), "/r/", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (entry (entries, 0)->size, ==, 10);
  g_assert_null (entry (entries, 0)->etag);
}

/* Cut off, not XML, XML of another kind: a clear error, no crash. */
static void
test_webdav_garbage (void)
{
  static const char * const garbage[] = {
    "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/a",
    "<html><body>Not Found</body></html>",
    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>",
    "",
    "\xff\xfe<<<",
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (fl_remote_listing_parse_webdav (garbage[i], strlen (garbage[i]), "/a/", &error));
      g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_GARBAGE);
    }
}

/* Names a server gives can never leave the cache's folder. */
static void
test_safe_paths (void)
{
  static const char * const unsafe[] = {
    "../x.wav", "/etc/passwd", "a/../../b.wav", "%2e%2e/x.wav", "a/%2E%2E/b", "a//b.wav", "a\\..\\b.wav",
    "C:/Windows/x.wav", "~/x.wav", "a/%2F/b", "a/%00.wav", "./x.wav", "", "2026/11/", "x%0a.wav",
  };
  g_autofree char *ok = NULL;
  g_autofree char *chinese = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (unsafe); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = fl_remote_listing_safe_relative_path (unsafe[i], &error);

      if (path != NULL)
        g_error ("“%s” was taken as safe: %s", unsafe[i], path);
      g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME);
    }
  ok = fl_remote_listing_safe_relative_path ("2026/11/28/call%20one.wav", NULL);
  g_assert_cmpstr (ok, ==, "2026/11/28/call one.wav");
  chinese = fl_remote_listing_safe_relative_path ("%E5%BD%95%E9%9F%B3/%E4%B8%80.wav", NULL);
  g_assert_cmpstr (chinese, ==, "录音/一.wav");
  g_assert_true (fl_remote_listing_is_safe_name ("..wav"));
  g_assert_false (fl_remote_listing_is_safe_name (".."));
  g_assert_false (fl_remote_listing_is_safe_name ("a:b"));
}

/* Links resolved against the source's address stay in its folder. */
static void
test_resolve (void)
{
  static const char base[] = "https://pbx.example:8443/spool/recordings/";
  static const char * const outside[] = {
    "../secret.wav", "/etc/passwd", "http://pbx.example:8443/spool/recordings/a.wav",
    "https://evil.example/spool/recordings/a.wav", "https://pbx.example/spool/recordings/a.wav",
    "2026/%2e%2e/%2e%2e/x.wav", "2026/..%2F..%2Fx.wav", "//evil.example/x.wav", "?page=2",
  };
  g_autofree char *relative = NULL;
  g_autofree char *url = fl_remote_listing_resolve (base, "2026/11/%E5%BD%95%E9%9F%B3.wav", &relative, NULL);
  g_autofree char *absolute = NULL;
  g_autofree char *absolute_relative = NULL;

  g_assert_cmpstr (url, ==, "https://pbx.example:8443/spool/recordings/2026/11/%E5%BD%95%E9%9F%B3.wav");
  g_assert_cmpstr (relative, ==, "2026/11/录音.wav");
  absolute = fl_remote_listing_resolve (base, "/spool/recordings/r-1.wav", &absolute_relative, NULL);
  g_assert_cmpstr (absolute_relative, ==, "r-1.wav");
  for (guint i = 0; i < G_N_ELEMENTS (outside); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *resolved = fl_remote_listing_resolve (base, outside[i], NULL, &error);

      if (resolved != NULL)
        g_error ("“%s” resolved to %s", outside[i], resolved);
      g_assert_error (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_UNSAFE_NAME);
    }
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/remote-listing/nginx", test_nginx);
  g_test_add_func ("/remote-listing/apache", test_apache);
  g_test_add_func ("/remote-listing/garbage", test_garbage);
  g_test_add_func ("/remote-listing/webdav", test_webdav);
  g_test_add_func ("/remote-listing/webdav-quirks", test_webdav_quirks);
  g_test_add_func ("/remote-listing/webdav-garbage", test_webdav_garbage);
  g_test_add_func ("/remote-listing/safe-paths", test_safe_paths);
  g_test_add_func ("/remote-listing/resolve", test_resolve);

  return g_test_run ();
}
