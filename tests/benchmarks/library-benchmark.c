/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "library-benchmark"

/*
 * Not a test: prints how the recordings library performs at the size of a
 * busy center (meson test --benchmark library, or run it directly; pass
 * --recordings N and --files N for other sizes).
 *
 * 1. A database of 100,000 recordings (200 agents in 10 teams, 90 days,
 *    8 queues, durations from seconds to half an hour, a fifth evaluated):
 *    the id query of every sort order and of filters and search keystrokes,
 *    as the list's worker runs it; the main thread's part (the longest main
 *    loop iteration while a query lands, with the first screen of rows read
 *    in items-changed, as a list view does); a page read; scrolling the
 *    whole list; the process's peak memory.
 * 2. Importing a folder of 10,000 small WAV files named as FreePBX names
 *    them, and importing it again unchanged; and what the GStreamer
 *    discoverer would cost per file, which the import avoids for WAV.
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <gst/pbutils/pbutils.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fl-recording-query.h"
#include "fl-recording-service.h"
#include "fl-test-util.h"

/* As in test-recording-import.c: GLib's first quark array, dropped on
 * purpose once GStreamer has made more than 2048 quarks, is not a leak. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:_dl_init\nleak:gst_update_registry\n";
}

#define N_AGENTS 200
#define N_TEAMS  10

static int n_recordings = 100000;
static int n_files = 10000;
static char *keep_path = NULL;

static const char *queues[] = { "400", "401", "402", "500", "600", "601", "700", "800" };
static const char *surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };
static const char *given[] = { "芳", "娜", "伟", "敏", "静", "磊", "洋", "艳", "勇", "军",
                               "杰", "娟", "涛", "明", "超", "秀英", "华", "丽", "平", "刚" };

static long
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmHWM:")))
    return -1;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmRSS:")))
    return -1;
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static void
add_staff (FlDatabase *database)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  fl_test_exec (database, "BEGIN");
  for (int t = 1; t <= N_TEAMS; t++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO teams (id, name) VALUES (%d, '%d班')", t, t);
      fl_test_exec (database, sql);
    }
  statement = fl_database_prepare (database,
                                   "INSERT INTO staff (id, job_number, name, english_name, team_id, "
                                   "extension) VALUES (?, ?, ?, ?, ?, ?)", NULL);
  for (int a = 1; a <= N_AGENTS; a++)
    {
      g_autofree char *job = g_strdup_printf ("A%04d", a);
      g_autofree char *name = g_strdup_printf ("%s%s", surnames[a % G_N_ELEMENTS (surnames)],
                                               given[(a / 10) % G_N_ELEMENTS (given)]);
      g_autofree char *english = g_strdup_printf ("Agent %d", a);
      g_autofree char *extension = g_strdup_printf ("%d", 1000 + a);

      sqlite3_reset (statement);
      sqlite3_bind_int (statement, 1, a);
      sqlite3_bind_text (statement, 2, job, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 3, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 4, english, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (statement, 5, 1 + a % N_TEAMS);
      sqlite3_bind_text (statement, 6, extension, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) != SQLITE_DONE)
        g_error ("Cannot add staff");
    }
  fl_test_exec (database, "COMMIT");
}

/* A realistic spread: office hours over 90 days, most calls a few
 * minutes, a fifth evaluated, a few files gone or unreadable. */
static void
add_recordings (FlDatabase *database)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261103);
  g_autoptr(GDateTime) first_day = g_date_time_new_utc (2026, 8, 1, 0, 0, 0);
  static const char *directions[] = { "inbound", "inbound", "inbound", "outbound", "internal" };

  add_staff (database);
  statement = fl_database_prepare (database,
                                   "INSERT INTO recordings (path, file_size, file_mtime, unique_id, "
                                   "started_at, caller, callee, agent_number, agent_staff_id, queue, "
                                   "direction, duration_ms, codec, channels, sample_rate, status, "
                                   "evaluation_state, score, passed, imported_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'mulaw', "
                                   "1, 8000, ?13, ?14, ?15, ?16, ?17, ?17)",
                                   NULL);
  fl_test_exec (database, "BEGIN");
  for (int i = 0; i < n_recordings; i++)
    {
      g_autoptr(GDateTime) started = g_date_time_add_seconds (first_day,
                                                              g_rand_int_range (rand, 0, 90) * 86400.0 +
                                                              g_rand_int_range (rand, 0, 12 * 3600) + 3600);
      g_autofree char *started_at = g_date_time_format (started, "%Y-%m-%dT%H:%M:%SZ");
      g_autofree char *day = g_date_time_format (started, "%Y/%m/%d");
      g_autofree char *unique_id = g_strdup_printf ("%" G_GINT64_FORMAT ".%d",
                                                    g_date_time_to_unix (started), i);
      g_autofree char *caller = g_strdup_printf ("1%02d%08d", 30 + g_rand_int_range (rand, 0, 60),
                                                 g_rand_int_range (rand, 0, 100000000));
      int agent = g_rand_int_range (rand, 0, 100) < 95 ? g_rand_int_range (rand, 1, N_AGENTS + 1) : 0;
      g_autofree char *agent_number = agent ? g_strdup_printf ("%d", 1000 + agent) : NULL;
      g_autofree char *path = g_strdup_printf ("/var/spool/asterisk/monitor/%s/exten-%s-%s-%s.wav",
                                               day, agent_number ? agent_number : "unknown", caller,
                                               unique_id);
      /* Minutes, with a long tail. */
      double minutes = g_rand_double (rand) * g_rand_double (rand) * 30.0;
      int state = g_rand_int_range (rand, 0, 100);
      int status = g_rand_int_range (rand, 0, 100);
      double score = 60 + g_rand_double (rand) * 40;

      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      sqlite3_bind_text (statement, 1, path, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 2, 44 + (gint64) (minutes * 60 * 8000));
      sqlite3_bind_int64 (statement, 3, g_date_time_to_unix (started));
      sqlite3_bind_text (statement, 4, unique_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 5, started_at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 6, caller, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 7, agent_number, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 8, agent_number, -1, SQLITE_TRANSIENT);
      if (agent)
        sqlite3_bind_int (statement, 9, agent);
      if (g_rand_int_range (rand, 0, 10) < 8)
        sqlite3_bind_text (statement, 10, queues[g_rand_int_range (rand, 0, G_N_ELEMENTS (queues))],
                           -1, SQLITE_STATIC);
      sqlite3_bind_text (statement, 11, directions[g_rand_int_range (rand, 0, G_N_ELEMENTS (directions))],
                         -1, SQLITE_STATIC);
      sqlite3_bind_int64 (statement, 12, (gint64) (minutes * 60000) + 3000);
      sqlite3_bind_text (statement, 13, status < 97 ? "present" : status < 99 ? "missing" : "unreadable",
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (statement, 14, state < 80 ? "none" : state < 85 ? "draft" : "submitted",
                         -1, SQLITE_STATIC);
      if (state >= 85)
        {
          sqlite3_bind_double (statement, 15, score);
          sqlite3_bind_int (statement, 16, score >= 80);
        }
      sqlite3_bind_text (statement, 17, "2026-11-01T00:00:00Z", -1, SQLITE_STATIC);
      if (sqlite3_step (statement) != SQLITE_DONE)
        g_error ("Cannot add a recording");
    }
  fl_test_exec (database, "COMMIT");
}

/* The worker's part, on a connection of its own, as FlRecordingList runs it. */
static double
time_id_query (const char             *path,
               const FlRecordingQuery *query,
               guint                  *n_rows,
               char                  **plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open_connection (path, &error);
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(sqlite3_stmt) explain = NULL;
  g_autoptr(GString) plan_text = g_string_new (NULL);
  g_autofree char *query_sql = fl_recording_query_to_sql (query, "r.id");
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", query_sql, NULL);
  gboolean has_row = FALSE;
  gint64 start;

  g_assert_no_error (error);
  /* The plan, with the query's parameters unbound: the same shape. */
  explain = fl_database_prepare (database, sql, &error);
  g_assert_no_error (error);
  while (fl_database_step (database, explain, &has_row, NULL) && has_row)
    g_string_append_printf (plan_text, "%s%s", plan_text->len ? "; " : "",
                            (const char *) sqlite3_column_text (explain, 3));
  *plan = g_strdup (plan_text->str);

  start = g_get_monotonic_time ();
  statement = fl_recording_query_prepare (query, database, "r.id", &error);
  g_assert_no_error (error);
  *n_rows = 0;
  while (fl_database_step (database, statement, &has_row, NULL) && has_row)
    (*n_rows)++;
  return fl_test_ms_since (start);
}

typedef struct
{
  FlRecordingList *list;
  double           first_screen_ms;
} Landing;

/* A list view reads the rows it shows when the items change. */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Landing *landing = user_data;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < MIN (added, 40u); i++)
    g_object_unref (g_list_model_get_item (model, i));
  landing->first_screen_ms = fl_test_ms_since (start);
}

/* The whole query through the list: the total, and the longest the main
 * thread was busy in one main loop iteration. */
static void
time_list_query (FlRecordingList        *list,
                 Landing                *landing,
                 const FlRecordingQuery *query,
                 double                 *total_ms,
                 double                 *longest_iteration_ms)
{
  gint64 start = g_get_monotonic_time ();

  *longest_iteration_ms = 0;
  fl_recording_list_set_query (list, query);
  /* Only the dispatching is timed, not the waiting for the worker. */
  while (fl_recording_list_get_loading (list))
    {
      gint64 iteration;

      if (!g_main_context_pending (NULL))
        {
          g_usleep (200);
          continue;
        }
      iteration = g_get_monotonic_time ();
      g_main_context_iteration (NULL, FALSE);
      *longest_iteration_ms = MAX (*longest_iteration_ms, fl_test_ms_since (iteration));
    }
  *total_ms = fl_test_ms_since (start);
}

static const char *sort_names[FL_N_RECORDING_SORTS] = {
  "start time", "agent", "caller", "queue", "direction", "duration", "state", "score"
};

static void
benchmark_library (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (path, &error);
  g_autoptr(FlSession) qa = fl_test_session (FL_ROLE_QA_AUDITOR);
  g_autoptr(FlRecordingService) service = NULL;
  g_autoptr(FlRecordingList) list = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_auto(GStrv) queue_names = NULL;
  g_autoptr(GListModel) agents = NULL;
  Landing landing = { 0 };
  double total, longest, worst_main = 0;
  guint found = 0;
  gint64 start;
  guint n_rows;
  long rss_before_list;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  add_recordings (database);
  g_print ("Library of %d recordings: generated in %.0f ms\n", n_recordings, fl_test_ms_since (start));
  service = fl_recording_service_new (database);
  rss_before_list = rss_kib ();

  g_print ("\nId query in the worker (ms, rows) and its plan:\n");
  for (int sort = 0; sort < FL_N_RECORDING_SORTS; sort++)
    for (int descending = 1; descending >= 0; descending--)
      {
        g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
        g_autofree char *plan = NULL;
        double ms;

        query->sort = sort;
        query->descending = descending;
        ms = time_id_query (path, query, &n_rows, &plan);
        g_print ("  sort by %-10s %-4s %7.1f ms %6u rows  [%s]\n", sort_names[sort],
                 descending ? "desc" : "asc", ms, n_rows, plan);
      }

  g_print ("\nFilters and search keystrokes, sorted by start time, newest first:\n");
  {
    static const char *keystrokes[] = { "1", "13", "138", "1380", "13800", "王", "王芳", "A0012",
                                        "a0012", "1001", "1762", "Agent 12", NULL };
    g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 10, 1, 0, 0, 0);
    g_autoptr(GDateTime) until = g_date_time_new_utc (2026, 10, 8, 0, 0, 0);

    for (guint i = 0; keystrokes[i] != NULL; i++)
      {
        g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
        g_autofree char *plan = NULL;
        double ms;

        fl_recording_query_set_search (query, keystrokes[i]);
        ms = time_id_query (path, query, &n_rows, &plan);
        g_print ("  search “%s”%*s %7.1f ms %6u rows\n", keystrokes[i],
                 (int) (12 - g_utf8_strlen (keystrokes[i], -1)), "", ms, n_rows);
      }

    for (int filter = 0; filter < 10; filter++)
      {
        g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();
        g_autofree char *plan = NULL;
        const char *what = NULL;
        double ms;

        switch (filter)
          {
          case 0: what = "one agent"; query->agent_staff_id = 42; break;
          case 1: what = "one team"; query->team_id = 3; break;
          case 2: what = "one queue"; fl_recording_query_set_queue (query, "401"); break;
          case 3: what = "one week"; fl_recording_query_set_range (query, from, until); break;
          case 4: what = "over 10 minutes"; query->min_duration_ms = 600000; break;
          case 5: what = "submitted"; query->state = FL_RECORDING_STATE_SUBMITTED; break;
          case 6: what = "not evaluated"; query->state = FL_RECORDING_STATE_NOT_EVALUATED; break;
          case 7: what = "missing files"; query->status = FL_RECORDING_STATUS_ONLY_MISSING; break;
          case 8:
            what = "team + week + not evaluated, by duration";
            query->team_id = 3;
            fl_recording_query_set_range (query, from, until);
            query->state = FL_RECORDING_STATE_NOT_EVALUATED;
            query->sort = FL_RECORDING_SORT_DURATION;
            break;
          case 9:
            what = "agent + “138”, by score";
            query->agent_staff_id = 42;
            fl_recording_query_set_search (query, "138");
            query->sort = FL_RECORDING_SORT_SCORE;
            break;
          default:
            g_assert_not_reached ();
          }
        ms = time_id_query (path, query, &n_rows, &plan);
        g_print ("  %-42s %7.1f ms %6u rows  [%s]\n", what, ms, n_rows, plan);
      }
  }

  g_print ("\nThrough FlRecordingList (total; longest main-thread iteration, which includes\n"
           "reading the first 40 rows in items-changed as a view would):\n");
  list = fl_recording_service_new_list (service, qa, &error);
  g_assert_no_error (error);
  landing.list = list;
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &landing);
  for (int sort = 0; sort < FL_N_RECORDING_SORTS; sort++)
    {
      g_autoptr(FlRecordingQuery) query = fl_recording_query_new ();

      query->sort = sort;
      time_list_query (list, &landing, query, &total, &longest);
      worst_main = MAX (worst_main, longest);
      g_print ("  sort by %-10s total %7.1f ms, main thread %5.1f ms (first 40 rows %4.1f ms), %u items\n",
               sort_names[sort], total, longest, landing.first_screen_ms,
               g_list_model_get_n_items (G_LIST_MODEL (list)));
    }
  g_print ("  worst main-thread iteration: %.1f ms (budget 50 ms)\n", worst_main);

  /* Pages read at random places, as when dragging the scroll bar. */
  start = g_get_monotonic_time ();
  for (int i = 0; i < 100; i++)
    {
      guint position = g_rand_int_range (rand, 0, g_list_model_get_n_items (G_LIST_MODEL (list)));
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), position);

      found += item != NULL;
    }
  g_print ("\nRandom page reads: %.2f ms per page of %d rows (%u of 100 found; %d rows kept at most)\n",
           fl_test_ms_since (start) / 100, FL_RECORDING_LIST_PAGE_SIZE, found,
           FL_RECORDING_LIST_PAGE_SIZE * FL_RECORDING_LIST_MAX_PAGES);

  /* Scrolling from the top to the bottom. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  g_print ("Reading every row in order: %.0f ms; rows kept afterwards: %u\n",
           fl_test_ms_since (start), fl_recording_list_get_n_cached (list));

  start = g_get_monotonic_time ();
  queue_names = fl_recording_service_list_queues (service, qa, &error);
  g_print ("Filter lists: queues %.1f ms (%u)", fl_test_ms_since (start), g_strv_length (queue_names));
  start = g_get_monotonic_time ();
  agents = fl_recording_service_list_agents (service, qa, &error);
  g_print (", agents %.1f ms (%u)\n", fl_test_ms_since (start), g_list_model_get_n_items (agents));

  g_print ("Memory: %ld MiB resident before the list, %ld MiB after; peak %ld MiB\n",
           rss_before_list / 1024, rss_kib () / 1024, peak_rss_kib () / 1024);

  g_clear_object (&list);
  g_clear_object (&service);
  g_clear_object (&database);
  if (keep_path != NULL)
    {
      g_autofree char *command = g_strdup_printf ("sqlite3 '%s' '.backup %s'", path, keep_path);

      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
      g_print ("Kept the library in %s\n", keep_path);
    }
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  fl_test_remove_folder (folder);
}

/* Distinct small µ-law WAV files: sizes and times differ, as real ones. */
static void
write_recordings (const char *folder,
                  int         n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (int i = 0; i < n; i++)
    {
      int day = 1 + i % 28;
      int hour = 8 + g_rand_int_range (rand, 0, 10);
      guint32 samples = 8000 * g_rand_int_range (rand, 1, 6) + g_rand_int_range (rand, 0, 8000);
      g_autofree char *dir = g_strdup_printf ("%s/2026/11/%02d", folder, day);
      g_autofree char *file = g_strdup_printf ("%s/exten-%d-138%08d-202611%02d-%02d%02d%02d-17621%05d.%d.wav",
                                               dir, 1001 + i % N_AGENTS, g_rand_int_range (rand, 0, 100000000),
                                               day, hour, i % 60, (i / 60) % 60, i, i);
      g_autofree guint8 *wav = g_malloc (44 + samples);
      guint32 riff = 36 + samples;

      memcpy (wav, "RIFF", 4);
      memcpy (wav + 4, &riff, 4);
      memcpy (wav + 8, "WAVEfmt ", 8);
      memcpy (wav + 16, (guint8[]) { 16, 0, 0, 0, 7, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x40, 0x1f, 0, 0,
                                     1, 0, 8, 0 }, 20);
      memcpy (wav + 36, "data", 4);
      memcpy (wav + 40, &samples, 4);
      for (guint32 s = 0; s < samples; s++)
        wav[44 + s] = 0x80 ^ (guint8) (64 * (s % 20 < 10));
      g_mkdir_with_parents (dir, 0700);
      if (!g_file_set_contents (file, (const char *) wav, 44 + samples, NULL))
        g_error ("Cannot write %s", file);
    }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* What asking the discoverer for every file would cost. */
static double
discoverer_ms_per_file (const char *folder,
                        int         n)
{
  g_autoptr(GstDiscoverer) discoverer = gst_discoverer_new (5 * GST_SECOND, NULL);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *day = g_build_filename (folder, "2026", "11", "01", NULL);
  const char *name;
  int done = 0;
  gint64 start;

  dir = g_dir_open (day, 0, NULL);
  start = g_get_monotonic_time ();
  while (dir != NULL && done < n && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (day, name, NULL);
      g_autofree char *uri = gst_filename_to_uri (file, NULL);
      g_autoptr(GstDiscovererInfo) info = gst_discoverer_discover_uri (discoverer, uri, NULL);

      done++;
    }
  return done ? fl_test_ms_since (start) / done : 0;
}

/* MP3s made by GStreamer, for the discoverer's path through the import. */
static void
write_mp3s (const char *folder,
            int         n)
{
  g_autofree char *dir = g_build_filename (folder, "2026", "11", "30", NULL);

  g_mkdir_with_parents (dir, 0700);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *file = g_strdup_printf ("%s/out-139%08d-%d-20261130-1000%02d-1764468%03d.%d.mp3",
                                               dir, i, 1001 + i % N_AGENTS, i % 60, i, i);
      /* With a Xing header, as the lame command that PBXes run writes one. */
      g_autofree char *description = g_strdup_printf ("audiotestsrc num-buffers=%d samplesperbuffer=800 ! "
                                                      "audio/x-raw,rate=8000,channels=1 ! lamemp3enc ! "
                                                      "xingmux ! filesink name=sink", 20 + i % 40);
      g_autoptr(GstElement) pipeline = gst_parse_launch (description, NULL);
      g_autoptr(GstElement) sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
      g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
      g_autoptr(GstMessage) message = NULL;

      g_object_set (sink, "location", file, NULL);
      gst_element_set_state (pipeline, GST_STATE_PLAYING);
      message = gst_bus_timed_pop_filtered (bus, 20 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
      gst_element_set_state (pipeline, GST_STATE_NULL);
    }
}

/* Copies of the @n_written files until there are @n_total, named as
 * different calls of the same day. */
static void
copy_mp3s (const char *folder,
           int         n_written,
           int         n_total)
{
  g_autofree char *dir = g_build_filename (folder, "2026", "11", "30", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (sources, g_build_filename (dir, name, NULL));
  for (int i = n_written; i < n_total && sources->len > 0; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *copy = g_strdup_printf ("%s/out-138%08d-%d-20261130-1100%02d-1764471%03d.%d.mp3",
                                               dir, i, 1001 + i % N_AGENTS, i % 60, i % 1000, i);
      gsize length;

      if (g_file_get_contents (g_ptr_array_index (sources, i % sources->len), &contents, &length, NULL))
        g_file_set_contents (copy, contents, length, NULL);
    }
}

static void
print_import (const char            *what,
              const FlImportSummary *summary,
              double                 ms)
{
  g_print ("  %s: %.1f s, %.0f files/s (added %u, unchanged %u, read %u, discoverer %u, "
           "unreadable %u, failed %u)\n",
           what, ms / 1000, summary->files / (ms / 1000), summary->added, summary->unchanged,
           summary->examined, summary->discovered, summary->unreadable->len, summary->failed->len);
}

static void
benchmark_import (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *recordings = g_build_filename (folder, "monitor", NULL);
  g_autofree char *path = g_build_filename (folder, "import.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlDatabase) database = fl_database_open (path, &error);
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlRecordingService) service = NULL;
  g_autoptr(FlImportSummary) first = NULL;
  g_autoptr(FlImportSummary) again = NULL;
  gint64 start;
  double ms;

  g_assert_no_error (error);
  add_staff (database);
  service = fl_recording_service_new (database);

  start = g_get_monotonic_time ();
  write_recordings (recordings, n_files);
  g_print ("\nFolder import: %d WAV files written in %.1f s (%u processors)\n",
           n_files, fl_test_ms_since (start) / 1000, g_get_num_processors ());

  start = g_get_monotonic_time ();
  first = fl_recording_service_import (service, system, recordings, NULL, NULL, NULL, NULL, &error);
  ms = fl_test_ms_since (start);
  g_assert_no_error (error);
  print_import ("first import", first, ms);

  start = g_get_monotonic_time ();
  again = fl_recording_service_import (service, system, recordings, NULL, NULL, NULL, NULL, &error);
  ms = fl_test_ms_since (start);
  g_assert_no_error (error);
  print_import ("again, unchanged", again, ms);

  ms = discoverer_ms_per_file (recordings, 200);
  g_print ("  the discoverer instead: %.1f ms per WAV file (200 files), so %.0f s for %d "
           "files on one thread\n", ms, ms * n_files / 1000, n_files);

  /* MP3: durations from the frame headers; 200 encoded files copied under
   * other names up to the full count. */
  remove_tree (recordings);
  write_mp3s (recordings, 200);
  copy_mp3s (recordings, 200, n_files);
  g_clear_pointer (&first, fl_import_summary_free);
  start = g_get_monotonic_time ();
  first = fl_recording_service_import (service, system, recordings, NULL, NULL, NULL, NULL, &error);
  ms = fl_test_ms_since (start);
  g_assert_no_error (error);
  print_import ("MP3 files", first, ms);
  g_print ("  %d MP3 files in %.1f s; peak memory of the process %ld MiB\n",
           n_files, ms / 1000, peak_rss_kib () / 1024);

  g_clear_object (&service);
  g_clear_object (&database);
  remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  GOptionEntry entries[] = {
    { "recordings", 0, 0, G_OPTION_ARG_INT, &n_recordings, "Recordings in the library", "N" },
    { "files", 0, 0, G_OPTION_ARG_INT, &n_files, "Files to import", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_path, "Keep the library's database at PATH", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  gst_init (&argc, &argv);

  benchmark_library ();
  benchmark_import ();
  return 0;
}
