/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recording-list"

#include <glib/gstdio.h>
#include <string.h>

#include "fl-recording-list.h"
#include "fl-recording-query.h"
#include "fl-recording-rows.h"
#include "fl-recording-service.h"
#include "fl-staff-member.h"
#include "fl-test-util.h"

typedef struct
{
  FlTestDatabase      db;
  FlSession          *qa;
  FlRecordingService *service;
} Fixture;

/* Six calls whose every column is known; row 6 knows nothing (an Oreka
 * capture with no call list). Ids are 1 to 6 in this order. */
static const char *library_sql =
  "INSERT INTO teams (id, name) VALUES (1, '一班'), (2, '二班');"
  "INSERT INTO staff (id, job_number, name, english_name, extension, team_id) VALUES "
  "  (1, 'A1023', '王芳', 'Fang Wang', '1023', 1),"
  "  (2, 'B2001', '李娜', 'Na Li', '8001', 2),"
  "  (3, '1024', '张伟', NULL, NULL, 1);"
  "INSERT INTO recordings (id, path, started_at, caller, callee, agent_number, agent_staff_id, "
  "  queue, direction, duration_ms, evaluation_state, score, passed, status, unique_id, "
  "  codec, channels, sample_rate, imported_at, updated_at) VALUES "
  "  (1, '/r/1.wav', '2026-11-03T01:15:02Z', '13800138000', '1023', '1023', 1, '400', 'inbound',"
  "   60000, 'none', NULL, NULL, 'present', '1762160102.101', 'mulaw', 1, 8000, 'x', 'x'),"
  "  (2, '/r/2.wav', '2026-11-03T02:00:00Z', '13912345678', '95566', '1024', 3, NULL, 'outbound',"
  "   125000, 'submitted', 92.5, 1, 'present', '1762163400.12', 'mulaw', 2, 8000, 'x', 'x'),"
  "  (3, '/r/3.wav', '2026-11-04T07:00:00Z', '13700000000', '400', '8001', 2, '400', 'inbound',"
  "   30000, 'draft', NULL, NULL, 'present', '1762239600.3', 'alaw', 1, 8000, 'x', 'x'),"
  "  (4, '/r/4.wav', '2026-11-05T03:30:00Z', '02166668888', '1023', '1023', 1, '401', 'inbound',"
  "   480000, 'submitted', 71.0, 0, 'missing', '1762313400.7', 'gsm', 1, 8000, 'x', 'x'),"
  "  (5, '/r/5.wav', '2026-11-06T09:00:00Z', '1025', '1023', '1025', NULL, '401', 'internal',"
  "   5000, 'none', NULL, NULL, 'unreadable', '1762419600.9', NULL, NULL, NULL, 'x', 'x'),"
  "  (6, '/r/6.wav', NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
  "   NULL, 'none', NULL, NULL, 'present', NULL, 'pcm', 1, 8000, 'x', 'x');";

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  fl_database_exec (fixture->db.database, sql, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fl_test_database_setup (&fixture->db, data);
  fixture->qa = fl_test_session (FL_ROLE_QA_AUDITOR);
  fixture->service = fl_recording_service_new (fixture->db.database);
  exec_sql (fixture, library_sql);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->qa);
  fl_test_database_teardown (&fixture->db, data);
}

/* The ids the query finds, as "1,2,3". */
static char *
ids_for (Fixture                *fixture,
         const FlRecordingQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  gboolean has_row = FALSE;

  statement = fl_recording_query_prepare (query, fixture->db.database, "r.id", &error);
  g_assert_no_error (error);
  while (fl_database_step (fixture->db.database, statement, &has_row, &error) && has_row)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len ? "," : "",
                            (gint64) sqlite3_column_int64 (statement, 0));
  g_assert_no_error (error);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
reversed (const char *ids)
{
  g_auto(GStrv) parts = g_strsplit (ids, ",", -1);
  guint n = g_strv_length (parts);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = n; i > 0; i--)
    g_string_append_printf (text, "%s%s", text->len ? "," : "", parts[i - 1]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_sorts (Fixture       *fixture,
            gconstpointer  data)
{
  /* Ascending, ties broken by id; unknown values (NULL) first. The state
   * sorts by its code: draft, none, submitted. */
  static const char *expected[FL_N_RECORDING_SORTS] = {
    [FL_RECORDING_SORT_STARTED_AT] = "6,1,2,3,4,5",
    [FL_RECORDING_SORT_AGENT] = "6,1,4,2,5,3",
    [FL_RECORDING_SORT_CALLER] = "6,4,5,3,1,2",
    [FL_RECORDING_SORT_QUEUE] = "6,2,1,3,4,5",
    [FL_RECORDING_SORT_DIRECTION] = "6,1,3,4,5,2",
    [FL_RECORDING_SORT_DURATION] = "6,5,3,1,2,4",
    [FL_RECORDING_SORT_STATE] = "3,6,1,5,2,4",
    [FL_RECORDING_SORT_SCORE] = "1,3,5,6,4,2",
  };

  for (int sort = 0; sort < FL_N_RECORDING_SORTS; sort++)
    {
      g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
      g_autofree char *ascending = NULL;
      g_autofree char *descending = NULL;
      g_autofree char *expected_descending = reversed (expected[sort]);

      query->sort = sort;
      query->descending = FALSE;
      ascending = ids_for (fixture, query);
      g_assert_cmpstr (ascending, ==, expected[sort]);

      query->descending = TRUE;
      descending = ids_for (fixture, query);
      g_assert_cmpstr (descending, ==, expected_descending);
    }
}

/* Every sort order is an index walk: no sorting step over the library. */
static void
test_sorts_use_indexes (Fixture       *fixture,
                        gconstpointer  data)
{
  for (int sort = 0; sort < FL_N_RECORDING_SORTS; sort++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
        g_autofree char *sql = NULL;
        g_autofree char *explain = NULL;
        g_autoptr(sqlite3_stmt) statement = NULL;
        g_autoptr(GString) plan = g_string_new (NULL);
        gboolean has_row = FALSE;

        query->sort = sort;
        query->descending = descending;
        sql = fl_recording_query_to_sql (query, "r.id");
        explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
        statement = fl_database_prepare (fixture->db.database, explain, NULL);
        g_assert_nonnull (statement);
        while (fl_database_step (fixture->db.database, statement, &has_row, NULL) && has_row)
          g_string_append_printf (plan, "%s; ", (const char *) sqlite3_column_text (statement, 3));

        g_test_message ("%s → %s", sql, plan->str);
        g_assert_nonnull (strstr (plan->str, "USING COVERING INDEX recordings_by_"));
        g_assert_null (strstr (plan->str, "TEMP B-TREE"));
      }
}

static void
test_sql_has_no_user_text (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 11, 1, 0, 0, 0);
  g_autofree char *sql = NULL;
  g_autofree char *ids = NULL;
  const char *evil = "x'); DROP TABLE recordings; --";

  fl_recording_query_set_search (query, evil);
  fl_recording_query_set_queue (query, evil);
  fl_recording_query_set_range (query, from, NULL);
  query->agent_staff_id = 7;

  sql = fl_recording_query_to_sql (query, "r.id");
  g_test_message ("%s", sql);
  g_assert_null (strstr (sql, "DROP"));
  g_assert_null (strstr (sql, "2026"));
  g_assert_nonnull (strstr (sql, ":queue"));
  g_assert_nonnull (strstr (sql, ":w1"));

  ids = ids_for (fixture, query);
  g_assert_cmpstr (ids, ==, "");
  g_assert_cmpint (fl_test_count_rows (fixture->db.database, "SELECT count(*) FROM recordings"), ==, 6);
}

typedef void (*SetFilter) (FlRecordingQuery *query);

static void
check_filter (Fixture          *fixture,
              FlRecordingQuery *query,
              const char       *expected)
{
  g_autofree char *ids = NULL;

  query->sort = FL_RECORDING_SORT_STARTED_AT;
  query->descending = FALSE;
  ids = ids_for (fixture, query);
  g_assert_cmpstr (ids, ==, expected);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 11, 4, 0, 0, 0);
  g_autoptr(GDateTime) until = g_date_time_new_utc (2026, 11, 6, 0, 0, 0);
  /* Times in another zone mean the same instants. */
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) from_local = g_date_time_new (shanghai, 2026, 11, 4, 8, 0, 0);
  g_autoptr(FlRecordingQuery) query = NULL;

#define RESET() \
  g_clear_pointer (&query, fl_recording_query_free); \
  query = fl_recording_query_new ()

  RESET ();
  check_filter (fixture, query, "6,1,2,3,4,5");

  RESET ();
  fl_recording_query_set_range (query, from, until);
  check_filter (fixture, query, "3,4");
  RESET ();
  fl_recording_query_set_range (query, from_local, NULL);
  check_filter (fixture, query, "3,4,5");

  RESET ();
  query->agent_staff_id = 1;
  check_filter (fixture, query, "1,4");

  RESET ();
  query->team_id = 1;
  check_filter (fixture, query, "1,2,4");
  query->team_id = 2;
  check_filter (fixture, query, "3");

  RESET ();
  fl_recording_query_set_queue (query, "400");
  check_filter (fixture, query, "1,3");

  RESET ();
  query->min_duration_ms = 60000;
  check_filter (fixture, query, "1,2,4");
  query->min_duration_ms = -1;
  query->max_duration_ms = 30000;
  check_filter (fixture, query, "3,5");
  query->min_duration_ms = 30000;
  query->max_duration_ms = 125000;
  check_filter (fixture, query, "1,2,3");

  RESET ();
  query->state = FL_RECORDING_STATE_NOT_EVALUATED;
  check_filter (fixture, query, "6,1,5");
  query->state = FL_RECORDING_STATE_DRAFT;
  check_filter (fixture, query, "3");
  query->state = FL_RECORDING_STATE_SUBMITTED;
  check_filter (fixture, query, "2,4");

  RESET ();
  query->status = FL_RECORDING_STATUS_ONLY_PRESENT;
  check_filter (fixture, query, "6,1,2,3");
  query->status = FL_RECORDING_STATUS_ONLY_MISSING;
  check_filter (fixture, query, "4");
  query->status = FL_RECORDING_STATUS_ONLY_UNREADABLE;
  check_filter (fixture, query, "5");

  /* Together: agent 王芳's submitted calls over two minutes. */
  RESET ();
  query->agent_staff_id = 1;
  query->state = FL_RECORDING_STATE_SUBMITTED;
  query->min_duration_ms = 120000;
  check_filter (fixture, query, "4");
  query->status = FL_RECORDING_STATUS_ONLY_PRESENT;
  check_filter (fixture, query, "");

#undef RESET
}

static void
check_search (Fixture    *fixture,
              const char *search,
              const char *expected)
{
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();

  fl_recording_query_set_search (query, search);
  g_test_message ("search “%s”", search);
  check_filter (fixture, query, expected);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  /* The caller, anywhere in the number. */
  check_search (fixture, "138", "1");
  check_search (fixture, "0013", "1");
  /* The callee (a dialled number). */
  check_search (fixture, "95566", "2");
  /* The agent's name, English name and 工号, in any case. */
  check_search (fixture, "王芳", "1,4");
  check_search (fixture, "fang", "1,4");
  check_search (fixture, "A1023", "1,4");
  check_search (fixture, "a1023", "1,4");
  check_search (fixture, "张伟", "2");
  /* The agent number as the PBX knows it, also as callee. */
  check_search (fixture, "1023", "1,4,5");
  check_search (fixture, "8001", "1,3");  /* row 1's caller is 13800138000 */
  /* The PBX's unique id. */
  check_search (fixture, "1762239600", "3");
  check_search (fixture, "1762160102.101", "1");
  /* Every word must match; an ideographic space separates words too. */
  check_search (fixture, "王芳 0216", "4");
  check_search (fixture, "王芳\u30000216", "4");
  check_search (fixture, "  王芳   ", "1,4");
  /* LIKE's wildcards are plain characters. */
  check_search (fixture, "%", "");
  check_search (fixture, "_", "");
  check_search (fixture, "nobody", "");

  /* With a filter. */
  {
    g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();

    fl_recording_query_set_search (query, "1023");
    query->status = FL_RECORDING_STATUS_ONLY_PRESENT;
    check_filter (fixture, query, "1");
    query->status = FL_RECORDING_STATUS_ANY;
    query->state = FL_RECORDING_STATE_NOT_EVALUATED;
    check_filter (fixture, query, "1,5");
  }
}

static void
test_copy_and_equal (void)
{
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
  g_autoptr(FlRecordingQuery) copy = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 11, 4, 0, 0, 0);
  g_autoptr(GDateTime) same = g_date_time_new_utc (2026, 11, 4, 0, 0, 0);

  /* Newest first unless asked otherwise. */
  g_assert_cmpint (query->sort, ==, FL_RECORDING_SORT_STARTED_AT);
  g_assert_true (query->descending);

  fl_recording_query_set_search (query, "王芳");
  fl_recording_query_set_range (query, from, NULL);
  query->team_id = 2;
  copy = fl_recording_query_copy (query);
  g_assert_true (fl_recording_query_equal (query, copy));
  g_assert_true (copy->search != query->search);

  fl_recording_query_set_range (copy, same, NULL);
  g_assert_true (fl_recording_query_equal (query, copy));
  copy->descending = FALSE;
  g_assert_false (fl_recording_query_equal (query, copy));
  copy->descending = TRUE;
  fl_recording_query_set_search (copy, "");
  g_assert_null (copy->search);
  g_assert_false (fl_recording_query_equal (query, copy));
}

typedef struct
{
  guint    changes;
  guint    last_removed;
  guint    last_added;
  guint    n_items_notifications;
  GString *log;     /* "position-removed+added " per emission */
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Changes *changes = user_data;

  changes->changes++;
  changes->last_removed = removed;
  changes->last_added = added;
  if (changes->log != NULL)
    g_string_append_printf (changes->log, "%u-%u+%u ", position, removed, added);
}

static void
n_items_cb (GObject    *object,
            GParamSpec *pspec,
            gpointer    user_data)
{
  Changes *changes = user_data;

  changes->n_items_notifications++;
}

static void
wait_until_loaded (FlRecordingList *list)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (fl_recording_list_get_loading (list))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static FlRecordingList *
new_list (Fixture *fixture,
          Changes *changes)
{
  g_autoptr(GError) error = NULL;
  FlRecordingList *list = fl_recording_service_new_list (fixture->service, fixture->qa, &error);

  g_assert_no_error (error);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (n_items_cb), changes);
  return list;
}

static void
test_list_fills_asynchronously (Fixture       *fixture,
                                gconstpointer  data)
{
  Changes changes = { 0 };
  g_autoptr(FlRecordingList) list = new_list (fixture, &changes);
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
  g_autoptr(FlRecording) first = NULL;
  g_autoptr(FlRecording) last = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == FL_TYPE_RECORDING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  fl_recording_list_set_query (list, query);
  /* Nothing happens on the main thread until the worker is done. */
  g_assert_true (fl_recording_list_get_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (changes.changes, ==, 0);

  wait_until_loaded (list);
  g_assert_null (fl_recording_list_get_error (list));
  g_assert_cmpuint (changes.changes, ==, 1);
  g_assert_cmpuint (changes.last_removed, ==, 0);
  g_assert_cmpuint (changes.last_added, ==, 6);
  g_assert_cmpuint (changes.n_items_notifications, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);

  /* Newest first: row 5, then 4 … row 6, which has no time, last. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  last = g_list_model_get_item (G_LIST_MODEL (list), 5);
  g_assert_cmpint (fl_recording_get_id (first), ==, 5);
  g_assert_cmpint (fl_recording_get_id (last), ==, 6);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 6));
  g_assert_cmpuint (fl_recording_list_find (list, 3), ==, 2);
  g_assert_cmpuint (fl_recording_list_find (list, 99), ==, G_MAXUINT);

  /* The same query again shows what is there. */
  fl_recording_list_set_query (list, query);
  g_assert_false (fl_recording_list_get_loading (list));
}

static void
test_recording_properties (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRecording) recording = NULL;
  g_autoptr(FlRecording) unknown = NULL;
  g_autoptr(FlSession) nobody = fl_test_session (FL_ROLE_NONE);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *agent_name = NULL;
  FlRecordingStatus status;
  FlRecordingEvaluation state;
  double score;

  recording = fl_recording_service_get (fixture->service, fixture->qa, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fl_recording_get_path (recording), ==, "/r/4.wav");
  g_assert_cmpstr (fl_recording_get_caller (recording), ==, "02166668888");
  g_assert_cmpstr (fl_recording_get_agent_name (recording), ==, "王芳");
  g_assert_cmpstr (fl_recording_get_agent_job_number (recording), ==, "A1023");
  g_assert_cmpint (fl_recording_get_team_id (recording), ==, 1);
  g_assert_cmpstr (fl_recording_get_team_name (recording), ==, "一班");
  g_assert_cmpstr (fl_recording_get_queue (recording), ==, "401");
  g_assert_cmpint (fl_recording_get_direction (recording), ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpint (fl_recording_get_duration_ms (recording), ==, 480000);
  g_assert_cmpstr (fl_recording_codec_to_label (fl_recording_get_codec (recording)), ==, "GSM");
  g_assert_cmpint (fl_recording_get_status (recording), ==, FL_RECORDING_STATUS_MISSING);
  g_assert_cmpint (fl_recording_get_evaluation_state (recording), ==, FL_RECORDING_EVALUATION_SUBMITTED);
  g_assert_cmpfloat (fl_recording_get_score (recording), ==, 71.0);
  g_assert_false (fl_recording_get_passed (recording));

  local = fl_recording_dup_started_at_local (recording);
  g_assert_nonnull (local);
  /* 03:30 UTC is 11:30 in Shanghai. */
  g_assert_cmpint (g_date_time_get_hour (local), ==, 11);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 30);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 5);

  g_object_get (recording, "agent-name", &agent_name, "status", &status,
                "evaluation-state", &state, "score", &score, NULL);
  g_assert_cmpstr (agent_name, ==, "王芳");
  g_assert_cmpint (status, ==, FL_RECORDING_STATUS_MISSING);
  g_assert_cmpint (state, ==, FL_RECORDING_EVALUATION_SUBMITTED);
  g_assert_cmpfloat (score, ==, 71.0);
  g_assert_cmpstr (fl_recording_status_to_label (status), ==, "Missing");
  g_assert_cmpstr (fl_recording_evaluation_to_label (state), ==, "Evaluated");

  /* What nobody knows stays unknown, not zero. */
  unknown = fl_recording_service_get (fixture->service, fixture->qa, 6, &error);
  g_assert_no_error (error);
  g_assert_null (fl_recording_get_started_at (unknown));
  g_assert_null (fl_recording_dup_started_at_local (unknown));
  g_assert_cmpint (fl_recording_get_duration_ms (unknown), ==, -1);
  g_assert_cmpfloat (fl_recording_get_score (unknown), ==, -1);
  g_assert_cmpint (fl_recording_get_agent_staff_id (unknown), ==, 0);
  g_assert_cmpint (fl_recording_get_direction (unknown), ==, FL_CALL_DIRECTION_UNKNOWN);

  g_assert_null (fl_recording_service_get (fixture->service, fixture->qa, 99, &error));
  g_assert_error (error, FL_RECORDING_ERROR, FL_RECORDING_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (fl_recording_service_get (fixture->service, nobody, 4, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (fl_recording_service_new_list (fixture->service, nobody, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

static void
test_queues_and_agents (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) queues = fl_recording_service_list_queues (fixture->service, fixture->qa, &error);
  g_autoptr(GListModel) agents = NULL;
  g_autoptr(FlStaffMember) first = NULL;
  const char *expected[] = { "400", "401", NULL };

  g_assert_no_error (error);
  g_assert_cmpstrv (queues, expected);

  agents = fl_recording_service_list_agents (fixture->service, fixture->qa, &error);
  g_assert_no_error (error);
  /* By 工号; only those recordings name. */
  g_assert_cmpuint (g_list_model_get_n_items (agents), ==, 3);
  first = g_list_model_get_item (agents, 0);
  g_assert_cmpstr (fl_staff_member_get_job_number (first), ==, "1024");
  g_assert_cmpstr (fl_staff_member_get_team_name (first), ==, "一班");
}

/* A thousand more recordings: ids 7 to 1006, the duration of id n being
 * 1000 + n seconds, longer than any of the six. */
static void
add_many (Fixture *fixture)
{
  exec_sql (fixture,
            "WITH RECURSIVE n(i) AS (SELECT 7 UNION ALL SELECT i + 1 FROM n WHERE i < 1006) "
            "INSERT INTO recordings (id, path, started_at, duration_ms, imported_at, updated_at) "
            "SELECT i, '/many/' || i || '.wav', printf ('2026-10-%02dT%02d:00:00Z', 1 + i % 28, i % 24), "
            "(1000 + i) * 1000, 'x', 'x' FROM n");
}

static FlRecordingQuery *
by_duration (gint64 min_duration_ms)
{
  FlRecordingQuery *query = fl_recording_query_new ();

  query->sort = FL_RECORDING_SORT_DURATION;
  query->descending = FALSE;
  query->min_duration_ms = min_duration_ms;
  return query;
}

static void
test_list_pages (Fixture       *fixture,
                 gconstpointer  data)
{
  Changes changes = { 0 };
  g_autoptr(FlRecordingList) list = new_list (fixture, &changes);
  g_autoptr(FlRecordingQuery) query = by_duration (1000000);
  guint n;

  add_many (fixture);
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, 1000);
  g_assert_cmpuint (fl_recording_list_get_n_cached (list), ==, 0);

  /* Page edges, out of order; each item is the right row. */
  {
    guint positions[] = { 0, 199, 200, 999, 998, 401, 600, 5 };

    for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
      {
        g_autoptr(FlRecording) recording = g_list_model_get_item (G_LIST_MODEL (list), positions[i]);

        g_assert_cmpint (fl_recording_get_id (recording), ==, positions[i] + 7);
        g_assert_cmpint (fl_recording_get_id (recording), ==, fl_recording_list_get_id (list, positions[i]));
        g_assert_cmpint (fl_recording_get_duration_ms (recording), ==, (1000 + positions[i] + 7) * 1000);
      }
  }
  g_assert_cmpuint (fl_recording_list_get_n_cached (list), ==, 1000);

  /* The same object while its page is kept. */
  {
    g_autoptr(FlRecording) once = g_list_model_get_item (G_LIST_MODEL (list), 10);
    g_autoptr(FlRecording) again = g_list_model_get_item (G_LIST_MODEL (list), 10);

    g_assert_true (once == again);
  }

  /* Scrolling everything keeps at most a few pages. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FlRecording) recording = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (fl_recording_get_id (recording), ==, i + 7);
      g_assert_cmpuint (fl_recording_list_get_n_cached (list), <=,
                        FL_RECORDING_LIST_PAGE_SIZE * FL_RECORDING_LIST_MAX_PAGES);
    }
}

static void
test_list_newer_query_wins (Fixture       *fixture,
                            gconstpointer  data)
{
  Changes changes = { 0 };
  g_autoptr(FlRecordingList) list = new_list (fixture, &changes);
  g_autoptr(FlRecordingQuery) everything = by_duration (-1);
  g_autoptr(FlRecordingQuery) long_calls = by_duration (1500000);
  g_autoptr(FlRecording) first = NULL;

  add_many (fixture);

  /* Typed quickly: the first query is still running when the second comes. */
  fl_recording_list_set_query (list, everything);
  fl_recording_list_set_query (list, long_calls);
  wait_until_loaded (list);

  g_assert_cmpuint (changes.changes, ==, 1);
  g_assert_cmpuint (changes.last_added, ==, 507);
  g_assert_true (fl_recording_query_equal (fl_recording_list_get_query (list), long_calls));
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (fl_recording_get_id (first), ==, 500);

  /* Let the first query's worker finish: nothing changes after. */
  for (int i = 0; i < 20; i++)
    {
      g_usleep (5000);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpuint (changes.changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 507);
}

static void
test_list_refresh (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  Changes changes = { 0, 0, 0, 0, log };
  g_autoptr(FlRecordingList) list = new_list (fixture, &changes);
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
  g_autoptr(FlRecording) before = NULL;
  g_autoptr(FlRecording) after = NULL;

  query->sort = FL_RECORDING_SORT_STARTED_AT;
  query->descending = FALSE;
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_assert_cmpstr (log->str, ==, "0-0+6 ");
  before = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpint (fl_recording_get_id (before), ==, 1);
  g_assert_cmpint (fl_recording_get_evaluation_state (before), ==, FL_RECORDING_EVALUATION_NONE);

  /* An import added the newest call and someone evaluated row 1: only
   * those change, so a view keeps its place. */
  exec_sql (fixture,
            "INSERT INTO recordings (id, path, started_at, imported_at, updated_at) "
            "VALUES (7, '/r/7.wav', '2026-11-08T00:00:00Z', 'x', 'x');"
            "UPDATE recordings SET evaluation_state = 'draft' WHERE id = 1");
  g_string_truncate (log, 0);
  fl_recording_list_refresh (list);
  g_assert_true (fl_recording_list_get_loading (list));
  wait_until_loaded (list);

  g_assert_cmpstr (log->str, ==, "6-0+1 1-1+1 ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 7);
  after = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpint (fl_recording_get_id (after), ==, 1);
  g_assert_cmpint (fl_recording_get_evaluation_state (after), ==, FL_RECORDING_EVALUATION_DRAFT);
  /* The object handed out before is what it was. */
  g_assert_cmpint (fl_recording_get_evaluation_state (before), ==, FL_RECORDING_EVALUATION_NONE);

  /* Nothing changed: nothing to tell. */
  g_string_truncate (log, 0);
  fl_recording_list_refresh (list);
  wait_until_loaded (list);
  g_assert_cmpstr (log->str, ==, "");

  /* Another order: everything moves. */
  query->descending = TRUE;
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_assert_cmpstr (log->str, ==, "0-7+7 ");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static gint64
row_id (GListModel *rows,
        guint       position)
{
  g_autoptr(FlRecordingRow) row = g_list_model_get_item (rows, position);

  return fl_recording_get_id (fl_recording_row_get_recording (row));
}

/* Waits until @rows has told the whole of its list's length. */
static void
wait_until_told (FlRecordingRows *rows)
{
  GListModel *list = G_LIST_MODEL (fl_recording_rows_get_list (rows));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (G_LIST_MODEL (rows)) != g_list_model_get_n_items (list))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Rows keep their place: a new order gives the rows a view holds their new
 * recordings and tells nothing else; only a change of length is told, at
 * the end. The whole list is never read. */
static void
test_rows_keep_their_place (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GString) rows_log = g_string_new (NULL);
  Changes list_changes = { 0 };
  Changes rows_changes = { 0, 0, 0, 0, rows_log };
  g_autoptr(FlRecordingList) list = new_list (fixture, &list_changes);
  g_autoptr(FlRecordingRows) rows = fl_recording_rows_new (list);
  g_autoptr(FlRecordingQuery) query = by_duration (-1);
  g_autoptr(FlRecordingRow) top = NULL;
  g_autoptr(FlRecordingRow) second = NULL;
  g_autofree char *expected = NULL;
  gint64 first_ascending;
  guint top_notified = 0;
  guint n;

  g_signal_connect (rows, "items-changed", G_CALLBACK (items_changed_cb), &rows_changes);
  add_many (fixture);
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 1000);
  /* A list view builds a row widget per new item, up to the 200 GTK 4.8's
   * keeps: the length is told 40 items a frame until 240, then the rest. */
  g_assert_cmpstr (rows_log->str, ==, "0-0+40 ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 40);
  wait_until_told (rows);
  expected = g_strdup_printf ("0-0+40 40-0+40 80-0+40 120-0+40 160-0+40 200-0+40 240-0+%u ", n - 240);
  g_assert_cmpstr (rows_log->str, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (rows)) == FL_TYPE_RECORDING_ROW);

  top = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  second = g_list_model_get_item (G_LIST_MODEL (rows), 1);
  first_ascending = fl_recording_list_get_id (list, 0);
  g_assert_cmpint (fl_recording_get_id (fl_recording_row_get_recording (top)), ==, first_ascending);
  g_signal_connect (top, "notify::recording", G_CALLBACK (count_notify), &top_notified);

  /* Reversed: the list tells a change of every row; the rows tell nothing,
   * the ones held show the longest calls now. */
  g_string_truncate (rows_log, 0);
  query->descending = TRUE;
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_assert_cmpuint (list_changes.last_removed, ==, n);
  g_assert_cmpstr (rows_log->str, ==, "");
  g_assert_cmpuint (top_notified, ==, 1);
  g_assert_cmpint (fl_recording_get_id (fl_recording_row_get_recording (top)), ==, fl_recording_list_get_id (list, 0));
  g_assert_cmpint (fl_recording_get_id (fl_recording_row_get_recording (top)), !=, first_ascending);
  g_assert_cmpint (fl_recording_get_id (fl_recording_row_get_recording (second)), ==, fl_recording_list_get_id (list, 1));
  g_assert_cmpint (row_id (G_LIST_MODEL (rows), 500), ==, fl_recording_list_get_id (list, 500));
  g_assert_cmpuint (fl_recording_list_get_n_cached (list), <=, 3 * FL_RECORDING_LIST_PAGE_SIZE);

  /* Fewer: told at the end; the rows held show what is there now. */
  query->min_duration_ms = 1500000;
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%u-%u+0 ", g_list_model_get_n_items (G_LIST_MODEL (list)),
                              n - g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_assert_cmpstr (rows_log->str, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_assert_cmpint (fl_recording_get_id (fl_recording_row_get_recording (top)), ==, fl_recording_list_get_id (list, 0));

  /* The same place asked again is the same row. */
  {
    g_autoptr(FlRecordingRow) again = g_list_model_get_item (G_LIST_MODEL (rows), 0);

    g_assert_true (again == top);
  }

  /* A row left past the end is not handed out again when the list grows
   * back: the place gets a row of its own, with what is there now. */
  {
    guint last = n - 1;
    g_autoptr(FlRecordingRow) before = NULL;
    g_autoptr(FlRecordingRow) after = NULL;

    query->min_duration_ms = -1;
    fl_recording_list_set_query (list, query);
    wait_until_loaded (list);
    wait_until_told (rows);
    before = g_list_model_get_item (G_LIST_MODEL (rows), last);
    query->min_duration_ms = 1500000;
    fl_recording_list_set_query (list, query);
    wait_until_loaded (list);
    query->descending = FALSE;
    query->min_duration_ms = -1;
    fl_recording_list_set_query (list, query);
    wait_until_loaded (list);
    wait_until_told (rows);
    after = g_list_model_get_item (G_LIST_MODEL (rows), last);
    g_assert_true (after != before);
    g_assert_cmpint (fl_recording_get_id (fl_recording_row_get_recording (after)), ==,
                     fl_recording_list_get_id (list, last));
  }
}

static gint64
shown_id (FlRecordingRow *row)
{
  return fl_recording_get_id (fl_recording_row_get_recording (row));
}

/* A view tells which rows are on screen: a new order shows there at once;
 * the rows it holds off screen follow once the list is quiet, or at once
 * when asked for or scrolled to. */
static void
test_rows_off_screen_follow (Fixture       *fixture,
                             gconstpointer  data)
{
  Changes list_changes = { 0 };
  g_autoptr(FlRecordingList) list = new_list (fixture, &list_changes);
  g_autoptr(FlRecordingRows) rows = fl_recording_rows_new (list);
  g_autoptr(FlRecordingQuery) query = by_duration (-1);
  g_autoptr(FlRecordingRow) top = NULL;
  g_autoptr(FlRecordingRow) below = NULL;
  g_autoptr(FlRecordingRow) further = NULL;
  g_autoptr(FlRecordingRow) asked = NULL;
  gint64 below_before, further_before, deadline;

  add_many (fixture);
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  wait_until_told (rows);
  top = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  below = g_list_model_get_item (G_LIST_MODEL (rows), 100);
  further = g_list_model_get_item (G_LIST_MODEL (rows), 150);
  below_before = shown_id (below);
  further_before = shown_id (further);
  fl_recording_rows_set_visible (rows, 0, 20);

  /* Reversed: the top row shows the longest call; the rows below still
   * show what they showed. */
  query->descending = TRUE;
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_assert_cmpint (shown_id (top), ==, fl_recording_list_get_id (list, 0));
  g_assert_cmpint (shown_id (below), ==, below_before);
  g_assert_cmpint (shown_id (further), ==, further_before);
  g_assert_cmpint (below_before, !=, fl_recording_list_get_id (list, 100));

  /* Scrolled to: up to date before it is seen. */
  fl_recording_rows_set_visible (rows, 95, 20);
  g_assert_cmpint (shown_id (below), ==, fl_recording_list_get_id (list, 100));
  g_assert_cmpint (shown_id (further), ==, further_before);

  /* Asked for: up to date. */
  asked = g_list_model_get_item (G_LIST_MODEL (rows), 150);
  g_assert_true (asked == further);
  g_assert_cmpint (shown_id (further), ==, fl_recording_list_get_id (list, 150));

  /* Off screen and never asked for: up to date once the list is quiet. */
  fl_recording_rows_set_visible (rows, 0, 20);
  query->descending = FALSE;
  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_assert_cmpint (shown_id (further), !=, fl_recording_list_get_id (list, 150));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (shown_id (further) != fl_recording_list_get_id (list, 150) ||
         shown_id (below) != fl_recording_list_get_id (list, 100))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpint (shown_id (further), ==, further_before);
}

static void
test_list_error_keeps_items (Fixture       *fixture,
                             gconstpointer  data)
{
  Changes changes = { 0 };
  g_autoptr(FlRecordingList) list = new_list (fixture, &changes);
  g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
  g_autofree char *away = g_strconcat (fixture->db.path, ".away", NULL);

  fl_recording_list_set_query (list, query);
  wait_until_loaded (list);
  g_assert_cmpuint (changes.changes, ==, 1);

  /* The worker cannot open the database any more: the list says so and
   * keeps what it shows. */
  g_assert_cmpint (g_rename (fixture->db.path, away), ==, 0);
  fl_recording_list_refresh (list);
  wait_until_loaded (list);
  g_assert_nonnull (fl_recording_list_get_error (list));
  g_assert_error ((GError *) fl_recording_list_get_error (list), FL_DATABASE_ERROR, FL_DATABASE_ERROR_OPEN);
  g_assert_cmpuint (changes.changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);

  g_assert_cmpint (g_rename (away, fixture->db.path), ==, 0);
  fl_recording_list_refresh (list);
  wait_until_loaded (list);
  g_assert_null (fl_recording_list_get_error (list));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  fl_test_init (&argc, &argv);

#define ADD(path, test) \
  g_test_add (path, Fixture, NULL, fixture_setup, test, fixture_teardown)

  g_test_add_func ("/recordings/query/copy-and-equal", test_copy_and_equal);
  ADD ("/recordings/query/sorts", test_sorts);
  ADD ("/recordings/query/sorts-use-indexes", test_sorts_use_indexes);
  ADD ("/recordings/query/no-user-text-in-sql", test_sql_has_no_user_text);
  ADD ("/recordings/query/filters", test_filters);
  ADD ("/recordings/query/search", test_search);
  ADD ("/recordings/service/get-and-properties", test_recording_properties);
  ADD ("/recordings/service/queues-and-agents", test_queues_and_agents);
  ADD ("/recordings/list/fills-asynchronously", test_list_fills_asynchronously);
  ADD ("/recordings/list/pages", test_list_pages);
  ADD ("/recordings/list/newer-query-wins", test_list_newer_query_wins);
  ADD ("/recordings/list/refresh", test_list_refresh);
  ADD ("/recordings/list/error-keeps-items", test_list_error_keeps_items);
  ADD ("/recordings/rows/keep-their-place", test_rows_keep_their_place);
  ADD ("/recordings/rows/off-screen-follow", test_rows_off_screen_follow);

#undef ADD

  return g_test_run ();
}
