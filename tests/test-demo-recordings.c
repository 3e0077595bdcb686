/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo-recordings"

#include <glib/gstdio.h>
#include <gst/pbutils/pbutils.h>
#include <string.h>

#include "fl-demo-recordings.h"
#include "fl-demo.h"
#include "fl-recording-names.h"
#include "fl-test-util.h"

#define FREEPBX_PATH "^\\d{4}/\\d{2}/\\d{2}/[a-z]+-\\d+-\\d+-\\d{8}-\\d{6}-\\d+\\.\\d+(-[a-z]+)?\\."
#define OREKA_PATH   "^\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{8}_\\d{6}_\\d+(-[a-z]+)?\\."

/* Counts the rows of a query's FROM … WHERE … in the test's database. */
#define ROWS(from) fl_test_count_rows (database, "SELECT count(*) " from)

static const char *freepbx_modes[] = { "exten", "external", "out", "q", "rg" };

/* Every test dates the demo from the same moment, in local time as the PBX
 * names its files. */
static GDateTime *
demo_now (void)
{
  return g_date_time_new_local (2026, 11, 25, 10, 30, 0);
}

static GPtrArray *
list_calls (GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *calls = fl_demo_recordings_list (now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (calls);
  return calls;
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

/* The files under @folder, relative, with "/". */
static void
collect_files (const char *folder,
               const char *relative,
               GPtrArray  *files)
{
  g_autofree char *path = g_build_filename (folder, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = *relative ? g_strconcat (relative, "/", name, NULL)
                                         : g_strdup (name);
      g_autofree char *child_path = g_build_filename (folder, child, NULL);

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        collect_files (folder, child, files);
      else
        g_ptr_array_add (files, g_steal_pointer (&child));
    }
}

static gboolean
has_string (GPtrArray  *strings,
            const char *text)
{
  return g_ptr_array_find_with_equal_func (strings, text, g_str_equal, NULL);
}

static void
add_once (GPtrArray  *strings,
          const char *text)
{
  if (text != NULL && !has_string (strings, text))
    g_ptr_array_add (strings, g_strdup (text));
}

/* What the PBX names say, read back by the importer's own parser. */
static void
test_names_parse (void)
{
  g_autoptr(GDateTime) now = demo_now ();
  g_autoptr(GPtrArray) calls = list_calls (now);
  g_autoptr(GPtrArray) modes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) formats = g_ptr_array_new_with_free_func (g_free);
  guint oreka = 0, pairs = 0, chinese = 0, english = 0, critical = 0;

  g_assert_cmpuint (calls->len, ==, 24);

  for (guint i = 0; i < calls->len; i++)
    {
      FlDemoCall *call = g_ptr_array_index (calls, i);
      g_autoptr(FlCallMetadata) metadata = fl_call_metadata_new ();
      g_autofree char *name = g_path_get_basename (call->path);

      g_assert_cmpuint (call->number, ==, i + 1);
      g_assert_true (fl_recording_names_parse (call->path, metadata));
      g_assert_cmpstr (metadata->pattern, ==, call->pattern);
      g_assert_true (g_date_time_equal (metadata->started_at, call->started_at));
      add_once (formats, call->format);

      if (strcmp (call->pattern, "oreka") == 0)
        {
          oreka++;
          g_assert_true (g_regex_match_simple (OREKA_PATH, call->path, 0, 0));
        }
      else
        {
          g_auto(GStrv) parts = g_strsplit (name, "-", 2);

          g_assert_true (g_regex_match_simple (FREEPBX_PATH, call->path, 0, 0));
          add_once (modes, parts[0]);
          g_assert_cmpstr (metadata->unique_id, ==, call->unique_id);
          /* The agent is in the name wherever FreePBX puts an extension there. */
          if (strcmp (parts[0], "q") == 0 || strcmp (parts[0], "rg") == 0)
            g_assert_cmpstr (metadata->queue, ==, call->queue);
          else
            g_assert_cmpstr (metadata->agent_number, ==, call->agent_extension);
          g_assert_cmpint (metadata->direction == FL_CALL_DIRECTION_OUTBOUND, ==, call->outbound);
        }

      if (call->second_path != NULL)
        {
          g_autoptr(GPtrArray) paths = g_ptr_array_new ();
          g_autoptr(GPtrArray) groups = NULL;
          FlRecordingGroup *group;

          /* The importer pairs the legs with the agent's first, whatever
           * order it finds them in. */
          pairs++;
          g_ptr_array_add (paths, call->second_path);
          g_ptr_array_add (paths, call->path);
          groups = fl_recording_names_pair_legs (paths);
          g_assert_cmpuint (groups->len, ==, 1);
          group = g_ptr_array_index (groups, 0);
          g_assert_cmpstr (group->path, ==, call->path);
          g_assert_cmpstr (group->second_path, ==, call->second_path);
          g_assert_cmpuint (call->channels, ==, 1);
        }
      else
        g_assert_cmpuint (call->channels, ==, strcmp (call->format, "wav49") == 0 ? 1 : 2);

      chinese += strcmp (call->language, "zh") == 0;
      english += strcmp (call->language, "en") == 0;
      if (strcmp (call->quality, "critical") == 0)
        {
          critical++;
          g_assert_true (g_strv_contains ((const char * const *) call->faults,
                                          "argues-with-caller"));
        }
      g_assert_nonnull (call->description);
      g_assert_cmpuint (call->turns->len, >=, 4);
      g_assert_cmpint (call->duration_ms, >, 8000);
      g_assert_cmpint (call->duration_ms, <, 22000);
    }

  g_assert_cmpuint (modes->len, ==, G_N_ELEMENTS (freepbx_modes));
  for (guint i = 0; i < G_N_ELEMENTS (freepbx_modes); i++)
    g_assert_true (has_string (modes, freepbx_modes[i]));
  g_assert_cmpuint (formats->len, ==, 7);
  g_assert_cmpuint (oreka, >=, 2);
  g_assert_cmpuint (pairs, >=, 2);
  g_assert_cmpuint (chinese, >=, 8);
  g_assert_cmpuint (english, >=, 8);
  g_assert_cmpuint (critical, ==, 1);
}

#define THIS_MONTH \
  "FROM evaluations e JOIN accounts a ON a.id = e.evaluator_account_id " \
  "JOIN recordings r ON r.id = e.recording_id JOIN staff s ON s.id = r.agent_staff_id " \
  "WHERE r.path NOT LIKE '%/archive/%' "

/* The QA programme's past: the two months before this one, a call of each
 * agent scored by the auditor and monitored by the lead, the earlier month closed; a
 * closed calibration session; complaints; a dispute; this month's plan. */
static void
assert_history (FlDatabase *database)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month_start = g_date_time_new_local (g_date_time_get_year (now),
                                                            g_date_time_get_month (now), 1, 0, 0, 0);
  g_autoptr(GDateTime) last = g_date_time_add_months (month_start, -1);
  g_autoptr(GDateTime) before = g_date_time_add_months (month_start, -2);
  g_autofree char *last_month = g_date_time_format (last, "%Y-%m");
  g_autofree char *before_month = g_date_time_format (before, "%Y-%m");
  g_autofree char *closed = g_strdup_printf ("SELECT count(*) FROM qa_months WHERE closed_at IS NOT NULL "
                                             "AND month = '%s'", before_month);
  const char *months[] = { last_month, before_month };

  g_assert_cmpint (ROWS ("FROM recordings WHERE path LIKE '%/archive/%'"), ==, 60);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *qa = g_strdup_printf ("SELECT count(DISTINCT agent_staff_id) || '/' || count(*) "
                                             "FROM evaluations WHERE call_month = '%s' AND purpose = 'qa' "
                                             "AND state = 'submitted'", months[i]);
      g_autofree char *monitoring = g_strdup_printf ("SELECT count(*) FROM evaluations WHERE call_month = '%s' "
                                                     "AND purpose = 'monitoring' AND state = 'submitted'",
                                                     months[i]);
      g_autofree char *failed = g_strdup_printf ("SELECT count(*) FROM evaluations WHERE call_month = '%s' "
                                                 "AND purpose = 'qa' AND passed = 0", months[i]);
      g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, qa, NULL);
      gboolean has_row = FALSE;

      g_assert_true (fl_database_step (database, statement, &has_row, NULL) && has_row);
      g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "30/30");
      g_assert_cmpint (fl_test_count_rows (database, monitoring), ==, 30);
      /* Mostly passes, a few fails. */
      g_assert_cmpint (fl_test_count_rows (database, failed), >, 2);
      g_assert_cmpint (fl_test_count_rows (database, failed), <, 15);
    }
  g_assert_cmpint (fl_test_count_rows (database, closed), ==, 1);
  g_assert_cmpint (ROWS ("FROM qa_months WHERE closed_at IS NOT NULL"), ==, 1);

  g_assert_cmpint (ROWS ("FROM calibration_sessions WHERE state = 'closed'"), ==, 1);
  g_assert_cmpint (ROWS ("FROM calibration_scorers c JOIN evaluations e ON e.id = c.evaluation_id "
                         "WHERE e.purpose = 'calibration' AND e.state = 'submitted'"), ==, 3);
  g_assert_cmpint (ROWS ("FROM disputes WHERE state = 'open'"), ==, 1);
  g_assert_cmpint (ROWS ("FROM complaints WHERE state = 'confirmed'"), ==, 2);
  g_assert_cmpint (ROWS ("FROM complaints WHERE state = 'not_confirmed'"), ==, 1);
  g_assert_cmpint (ROWS ("FROM sampling_plans"), ==, 1);
  g_assert_cmpint (ROWS ("FROM sample_assignments WHERE purpose = 'qa'"), >, 10);
  g_assert_cmpint (ROWS ("FROM sample_assignments s JOIN evaluations e ON e.recording_id = s.recording_id "
                         "WHERE e.state = 'submitted' AND e.purpose = 'qa'"), ==, 1);
}

/* The demo center: its calls imported with the right agents, the QA
 * auditor's evaluations of four of them, and the QA programme's past. */
static void
test_demo_center (FlTestDatabase *fixture,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) calls = list_calls (now);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "floorlead",
                                              "demo-recordings", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  FlDatabase *database = fixture->database;
  gint64 started;

  started = g_get_monotonic_time ();
  g_assert_true (fl_demo_populate (database, &error));
  g_assert_no_error (error);
  g_test_message ("made the demo center in %.2f s",
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  /* Every call names one of the demo's agents, by 工号 and extension. */
  for (guint i = 0; i < calls->len; i++)
    {
      FlDemoCall *call = g_ptr_array_index (calls, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM staff WHERE position = 'agent' "
                                              "AND job_number = '%s' AND extension = '%s'",
                                              call->agent_job_number, call->agent_extension);

      g_assert_cmpint (fl_test_count_rows (database, sql), ==, 1);
    }

  /* All imported, each with its agent (from the name or the call list);
   * the two months before are links to the same files, under archive/. */
  collect_files (folder, "", files);
  g_assert_cmpuint (files->len, ==, 27 + 60);
  g_assert_cmpint (ROWS ("FROM recordings WHERE status = 'present' AND path NOT LIKE '%/archive/%'"), ==, 24);
  g_assert_cmpint (ROWS ("FROM recordings r JOIN staff s ON s.id = r.agent_staff_id "
                         "WHERE s.position = 'agent' AND path NOT LIKE '%/archive/%'"), ==, 24);
  g_assert_cmpint (ROWS ("FROM recordings WHERE second_path IS NOT NULL"), ==, 3);
  g_assert_cmpint (ROWS ("FROM recordings WHERE channels = 1 AND second_path IS NULL "
                         "AND path NOT LIKE '%/archive/%'"), ==, 2);

  /* This month: a draft, two passing calls and the arguing one failed on
   * the critical item, then one call of the month's sample, failed for
   * its closing. */
  g_assert_cmpint (ROWS (THIS_MONTH "AND a.login = 'qa' AND e.purpose = 'qa'"), ==, 5);
  g_assert_cmpint (ROWS (THIS_MONTH "AND e.state = 'draft'"), ==, 1);
  g_assert_cmpint (ROWS (THIS_MONTH "AND e.purpose = 'qa' AND e.state = 'submitted' AND e.passed = 1"), ==, 2);
  g_assert_cmpint (ROWS (THIS_MONTH "AND e.purpose = 'qa' AND e.state = 'submitted' AND e.passed = 0 "
                         "AND e.auto_failed = 0"), ==, 1);
  g_assert_cmpint (ROWS (THIS_MONTH "AND e.state = 'submitted' AND e.passed = 0 AND e.auto_failed = 1 "
                         "AND s.job_number = '1006'"), ==, 1);
  /* Notes pinned inside their calls, to the auditor's evaluations. */
  g_assert_cmpint (ROWS ("FROM recording_notes n JOIN recordings r ON r.id = n.recording_id "
                         "WHERE n.start_ms > 0 AND n.start_ms < r.duration_ms "
                         "AND n.evaluation_id IS NOT NULL"), ==, 6);
  assert_history (database);

  /* Opening the demo again adds nothing. */
  g_assert_true (fl_demo_populate (database, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ROWS ("FROM recordings"), ==, 24 + 60);
  g_assert_cmpint (ROWS ("FROM evaluations"), ==, 4 + 120 + 3 + 1);
}

/* The calls fall in the three weeks before the demo is made, whenever that is. */
static void
test_dates_follow_now (void)
{
  g_autoptr(GDateTime) now = demo_now ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 40);
  g_autoptr(GDateTime) earliest = g_date_time_add_days (now, -22);
  g_autoptr(GPtrArray) calls = list_calls (now);
  g_autoptr(GPtrArray) later_calls = list_calls (later);

  g_assert_cmpuint (later_calls->len, ==, calls->len);
  for (guint i = 0; i < calls->len; i++)
    {
      FlDemoCall *call = g_ptr_array_index (calls, i);
      FlDemoCall *later_call = g_ptr_array_index (later_calls, i);
      g_autofree char *folder = g_date_time_format (call->started_at, "%Y/%m/%d/");
      g_autoptr(GDateTime) moved = g_date_time_add_days (call->started_at, 40);

      g_assert_cmpint (g_date_time_compare (call->started_at, now), <, 0);
      g_assert_cmpint (g_date_time_compare (call->started_at, earliest), >, 0);
      g_assert_true (g_str_has_prefix (call->path, folder));
      g_assert_true (g_date_time_equal (later_call->started_at, moved));
      g_assert_cmpstr (later_call->path, !=, call->path);
    }
}

typedef struct
{
  guint       channels;
  GstClockTime duration;
  char       *codec;
} Discovered;

static Discovered
discover (GstDiscoverer *discoverer,
          const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(GstDiscovererInfo) info = gst_discoverer_discover_uri (discoverer, uri, &error);
  Discovered found = { 0, 0, NULL };
  GList *streams;

  g_assert_no_error (error);
  g_assert_cmpint (gst_discoverer_info_get_result (info), ==, GST_DISCOVERER_OK);
  found.duration = gst_discoverer_info_get_duration (info);
  streams = gst_discoverer_info_get_audio_streams (info);
  for (GList *l = streams; l != NULL && found.channels == 0; l = l->next)
    {
      GstDiscovererAudioInfo *audio = l->data;
      g_autoptr(GstCaps) caps = gst_discoverer_stream_info_get_caps (l->data);

      found.channels = gst_discoverer_audio_info_get_channels (audio);
      found.codec = g_strdup (gst_structure_get_name (gst_caps_get_structure (caps, 0)));
    }
  gst_discoverer_stream_info_list_free (streams);
  return found;
}

static void
check_file (GstDiscoverer    *discoverer,
            const char       *folder,
            const FlDemoCall *call,
            const char       *relative)
{
  static const struct { const char *format; const char *codec; } codecs[] = {
    { "wav-mulaw", "audio/x-mulaw" }, { "wav-alaw", "audio/x-alaw" }, { "wav-pcm", "audio/x-wav" },
    { "wav49", "audio/ms-gsm" }, { "mp3", "audio/mpeg" }, { "opus", "audio/x-opus" },
    { "flac", "audio/x-flac" },
  };
  g_autofree char *path = g_build_filename (folder, relative, NULL);
  Discovered found = discover (discoverer, path);

  g_test_message ("%s: %u channels, %.1f s, %s", relative, found.channels,
                  (double) found.duration / GST_SECOND, found.codec);
  g_assert_cmpuint (found.channels, ==, call->channels);
  g_assert_cmpuint (found.duration, >, 5 * GST_SECOND);
  /* The whole call, not a part of it (MP3 adds the encoder's delay). */
  g_assert_cmpint (ABS ((gint64) (found.duration / GST_MSECOND) - call->duration_ms), <, 300);
  for (guint i = 0; i < G_N_ELEMENTS (codecs); i++)
    if (strcmp (codecs[i].format, call->format) == 0)
      g_assert_cmpstr (found.codec, ==, codecs[i].codec);
  g_free (found.codec);
}

static void
test_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = demo_now ();
  g_autoptr(GPtrArray) calls = list_calls (now);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GstDiscoverer) discoverer = NULL;
  g_autofree char *top = fl_test_make_folder ();
  g_autofree char *folder = g_build_filename (top, "demo-recordings", NULL);
  guint expected = 0;
  gint64 started;

  started = g_get_monotonic_time ();
  g_assert_true (fl_demo_recordings_write (folder, now, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("wrote %u calls in %.2f s", calls->len,
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  discoverer = gst_discoverer_new (10 * GST_SECOND, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < calls->len; i++)
    {
      FlDemoCall *call = g_ptr_array_index (calls, i);

      check_file (discoverer, folder, call, call->path);
      expected++;
      if (call->second_path != NULL)
        {
          check_file (discoverer, folder, call, call->second_path);
          expected++;
        }
    }

  /* Those files and nothing else: no half-written leftovers. */
  collect_files (folder, "", files);
  g_assert_cmpuint (files->len, ==, expected);
  g_assert_cmpuint (files->len, >, calls->len);

  remove_tree (top);
}

static void
test_cancelled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = demo_now ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = fl_test_make_folder ();

  g_cancellable_cancel (cancellable);
  g_assert_false (fl_demo_recordings_write (folder, now, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  collect_files (folder, "", files);
  g_assert_cmpuint (files->len, ==, 0);

  remove_tree (folder);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = demo_now ();
  g_autofree char *top = fl_test_make_folder ();
  g_autofree char *blocker = g_build_filename (top, "not-a-folder", NULL);

  /* A file where the folder should be. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (fl_demo_recordings_write (blocker, now, NULL, &error));
  g_assert_error (error, FL_DEMO_RECORDINGS_ERROR, FL_DEMO_RECORDINGS_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "not-a-folder"));

  remove_tree (top);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  fl_test_init (&argc, &argv);

  g_test_add_func ("/demo-recordings/names-parse", test_names_parse);
  g_test_add_func ("/demo-recordings/dates-follow-now", test_dates_follow_now);
  g_test_add_func ("/demo-recordings/write", test_write);
  g_test_add_func ("/demo-recordings/cancelled", test_cancelled);
  g_test_add_func ("/demo-recordings/unwritable-folder", test_unwritable_folder);
  g_test_add ("/demo-recordings/demo-center", FlTestDatabase, NULL,
              fl_test_database_setup, test_demo_center, fl_test_database_teardown);

  /* GStreamer starts in the first test that writes, inside the test's own
   * folders like every other use of them. */
  status = g_test_run ();
  if (gst_is_initialized ())
    gst_deinit ();
  return status;
}
