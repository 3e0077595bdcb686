/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-remote-sources"

#include <string.h>

#include "fl-remote-source-service.h"
#include "fl-test-util.h"

/* An administrator sets up a server; the address is kept tidy and without
 * credentials, each change audited; others only look. */
static void
test_save_and_list (FlTestDatabase *fixture,
                    gconstpointer   data)
{
  g_autoptr(FlRemoteSourceService) service = fl_remote_source_service_new (fixture->database);
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  g_autoptr(FlSession) auditor = fl_test_session (FL_ROLE_QA_AUDITOR);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(FlRemoteSource) first = NULL;
  FlRemoteSourceFields pbx = {
    .name = (char *) "  PBX recordings ", .kind = FL_REMOTE_LISTING_WEBDAV,
    .base_url = (char *) "https://pbx.example:8443/dav/rec", .auth = FL_REMOTE_AUTH_BASIC,
    .user_name = (char *) "floorlead", .sync_minutes = 30, .active = TRUE,
  };
  FlRemoteSourceFields index = {
    .name = (char *) "Export service", .kind = FL_REMOTE_LISTING_JSON,
    .base_url = (char *) "http://export.example/index.json/", .auth = FL_REMOTE_AUTH_BEARER, .active = TRUE,
  };
  const FlRemoteSourceFields *fields;
  gint64 id;

  id = fl_remote_source_service_save (service, admin, &pbx, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (fl_remote_source_service_save (service, admin, &index, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fl_remote_source_service_save (service, auditor, &index, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  sources = fl_remote_source_service_list (service, auditor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  first = g_list_model_get_item (sources, 1);
  fields = fl_remote_source_get_fields (first);
  g_assert_cmpstr (fields->name, ==, "PBX recordings");
  g_assert_cmpstr (fields->base_url, ==, "https://pbx.example:8443/dav/rec/");
  g_assert_cmpint (fields->kind, ==, FL_REMOTE_LISTING_WEBDAV);
  g_assert_cmpint (fields->auth, ==, FL_REMOTE_AUTH_BASIC);
  g_assert_cmpstr (fields->user_name, ==, "floorlead");
  g_assert_cmpint (fields->sync_minutes, ==, 30);
  g_assert_null (fields->last_sync_at);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM audit_log "
                                                          "WHERE entity = 'recording_sources'"), ==, 2);

  /* Renamed and paused. */
  pbx.id = id;
  pbx.name = (char *) "PBX (old)";
  pbx.active = FALSE;
  g_assert_cmpint (fl_remote_source_service_save (service, admin, &pbx, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM recording_sources "
                                                          "WHERE name = 'PBX (old)' AND active = 0"), ==, 1);
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM audit_log "
                                                          "WHERE entity = 'recording_sources' AND action = 'edit'"),
                   ==, 1);
}

static void
assert_refused (FlRemoteSourceService      *service,
                FlSession                  *admin,
                const FlRemoteSourceFields *fields,
                const char                 *in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fl_remote_source_service_save (service, admin, fields, &error), ==, 0);
  g_assert_error (error, FL_REMOTE_SOURCE_ERROR, FL_REMOTE_SOURCE_ERROR_INVALID);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
}

/* Whatever is typed, a clear message and nothing saved. */
static void
test_refusals (FlTestDatabase *fixture,
               gconstpointer   data)
{
  g_autoptr(FlRemoteSourceService) service = fl_remote_source_service_new (fixture->database);
  g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);
  FlRemoteSourceFields good = {
    .name = (char *) "PBX", .kind = FL_REMOTE_LISTING_AUTOINDEX, .base_url = (char *) "https://pbx/rec/",
    .active = TRUE,
  };
  FlRemoteSourceFields fields;

  g_assert_cmpint (fl_remote_source_service_save (service, admin, &good, NULL), >, 0);
  fields = good;
  assert_refused (service, admin, &fields, "There is a source called “PBX” already");
  fields = good, fields.name = (char *) "Other", fields.base_url = (char *) "ftp://pbx/rec/";
  assert_refused (service, admin, &fields, "https://server/recordings/");
  fields.base_url = (char *) "not an address";
  assert_refused (service, admin, &fields, "https://server/recordings/");
  fields.base_url = (char *) "https://agent:s3cret@pbx/rec/";
  assert_refused (service, admin, &fields, "not in the address");
  fields.base_url = (char *) "https://pbx/rec/?page=2";
  assert_refused (service, admin, &fields, "leave out what follows");
  fields = good, fields.name = (char *) "   ";
  assert_refused (service, admin, &fields, "Give the source a name");
  fields = good, fields.name = (char *) "B", fields.auth = FL_REMOTE_AUTH_BASIC;
  assert_refused (service, admin, &fields, "user name");
  fields = good, fields.name = (char *) "C", fields.ca_file = (char *) "/nonexistent/ca.pem";
  assert_refused (service, admin, &fields, "is not there");
  fields.base_url = (char *) "http://pbx/rec/";
  assert_refused (service, admin, &fields, "for an https:// address");
  fields = good, fields.name = (char *) "D", fields.sync_minutes = 20000;
  assert_refused (service, admin, &fields, "10,080 minutes");
  g_assert_cmpint (fl_test_count_rows (fixture->database, "SELECT count(*) FROM recording_sources"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add ("/remote-sources/save-and-list", FlTestDatabase, NULL, fl_test_database_setup, test_save_and_list,
              fl_test_database_teardown);
  g_test_add ("/remote-sources/refusals", FlTestDatabase, NULL, fl_test_database_setup, test_refusals,
              fl_test_database_teardown);

  return g_test_run ();
}
