/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recording-import"

#include <glib/gstdio.h>
#include <gst/gst.h>
#include <string.h>
#include <utime.h>

#include "fl-audit.h"
#include "fl-mp3-header.h"
#include "fl-recording-import.h"
#include "fl-recording-probe.h"
#include "fl-recording-service.h"
#include "fl-test-media.h"
#include "fl-test-util.h"

/* Not leaks of ours: GStreamer registers more than 2048 quarks, and GLib
 * then drops, on purpose, its first quark array, allocated in its library
 * constructor (lock-free lookups, see g_quark_new); and the user folders
 * GStreamer asks for at start-up are replaced by the tests' own (see
 * g_set_user_dirs in lsan.supp). */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:_dl_init\nleak:gst_update_registry\n";
}

#define MULAW_WAV "mulawenc ! wavenc"

typedef struct
{
  FlTestDatabase      db;
  FlSession          *qa;
  FlRecordingService *service;
  char               *folder;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fl_test_database_setup (&fixture->db, data);
  fixture->qa = fl_test_session (FL_ROLE_QA_AUDITOR);
  fixture->service = fl_recording_service_new (fixture->db.database);
  fixture->folder = g_dir_make_tmp ("floorlead-recordings-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  remove_tree (fixture->folder);
  g_clear_pointer (&fixture->folder, g_free);
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->qa);
  fl_test_database_teardown (&fixture->db, data);
}

static char *
path_in (Fixture    *fixture,
         const char *relative)
{
  return g_build_filename (fixture->folder, relative, NULL);
}

/* Real audio, made by GStreamer: @tenths tenths of a second of a test tone
 * at 8 kHz, through @encoder (e.g. "mulawenc ! wavenc"). */
static void
make_audio (Fixture    *fixture,
            const char *relative,
            const char *encoder,
            guint       channels,
            guint       tenths)
{
  g_autofree char *path = path_in (fixture, relative);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  description = g_strdup_printf ("audiotestsrc num-buffers=%u samplesperbuffer=800 ! "
                                 "audio/x-raw,rate=8000,channels=%u ! %s ! filesink name=sink",
                                 tenths, channels, encoder);
  pipeline = gst_parse_launch (description, &error);
  g_assert_no_error (error);
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", path, NULL);

  bus = gst_element_get_bus (pipeline);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (bus, 20 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);
}

static void
write_file (Fixture    *fixture,
            const char *relative,
            const void *data,
            gsize       length)
{
  g_autofree char *path = path_in (fixture, relative);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  fl_database_exec (fixture->db.database, sql, &error);
  g_assert_no_error (error);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

/* One column of the row whose path ends in @name. */
static char *
column_of (Fixture    *fixture,
           const char *column,
           const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM recordings WHERE path LIKE '%%/' || ?", column);
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (fixture->db.database, sql, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (statement);
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  g_assert_true (fl_database_step (fixture->db.database, statement, &has_row, NULL));
  g_assert_true (has_row);
  return g_strdup ((const char *) sqlite3_column_text (statement, 0));
}

static gint64
int_of (Fixture    *fixture,
        const char *column,
        const char *name)
{
  g_autofree char *text = column_of (fixture, column, name);

  return text ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static FlImportSummary *
import_as (Fixture    *fixture,
           FlSession  *actor,
           const char *cdr_path)
{
  g_autoptr(GError) error = NULL;
  FlImportSummary *summary;

  summary = fl_recording_service_import (fixture->service, actor, fixture->folder, cdr_path,
                                         NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static FlImportSummary *
import (Fixture *fixture)
{
  return import_as (fixture, fixture->qa, NULL);
}

static const char *
problem_for (GPtrArray  *problems,
             const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    {
      FlImportProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->path, path) == 0)
        return problem->reason;
    }
  return NULL;
}

#define EXTEN_CALL "2026/11/03/exten-1023-13800138000-20261103-091502-1762160102.101.wav"
#define OUT_CALL   "2026/11/03/out-13912345678-1024-20261103-101000-1762163400.12.wav"
#define QUEUE_CALL "2026/11/04/q-400-13700000000-20261104-150000-1762239600.3.wav"
#define OREKA_CALL "2026/11/04/15/20261104_153000_S1-T7.wav"

static void
add_staff (Fixture *fixture)
{
  exec_sql (fixture,
            "INSERT INTO teams (id, name) VALUES (1, '一班');"
            "INSERT INTO staff (id, job_number, name, extension, team_id) VALUES "
            "  (1, 'A1023', '王芳', '1023', 1), (2, 'B2001', '李娜', '8001', 1),"
            "  (3, '1024', '张伟', NULL, 1);"
            /* A departed agent whose extension was given to 王芳. */
            "INSERT INTO staff (id, job_number, name, extension, status) VALUES "
            "  (4, 'C0001', '赵磊', '1023', 'departed');");
}

static void
test_freepbx_and_oreka (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(FlImportSummary) summary = NULL;
  g_autofree char *started_at = NULL;
  g_autofree char *codec = NULL;

  add_staff (fixture);
  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, OUT_CALL, "alawenc ! wavenc", 2, 25);
  make_audio (fixture, QUEUE_CALL, "wavenc", 1, 7);
  make_audio (fixture, OREKA_CALL, MULAW_WAV, 2, 12);

  summary = import (fixture);
  g_assert_cmpuint (summary->files, ==, 4);
  g_assert_cmpuint (summary->added, ==, 4);
  g_assert_cmpuint (summary->unreadable->len, ==, 0);
  g_assert_cmpuint (summary->failed->len, ==, 0);
  /* WAV headers are read directly: nothing went to the discoverer. */
  g_assert_cmpuint (summary->examined, ==, 4);
  g_assert_cmpuint (summary->discovered, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE status = 'present'"), ==, 4);

  /* exten-{extension}-{caller}: 1023 answered; Shanghai is UTC+8. */
  started_at = column_of (fixture, "started_at", strrchr (EXTEN_CALL, '/') + 1);
  g_assert_cmpstr (started_at, ==, "2026-11-03T01:15:02Z");
  g_assert_cmpint (int_of (fixture, "duration_ms", strrchr (EXTEN_CALL, '/') + 1), ==, 1000);
  codec = column_of (fixture, "codec", strrchr (EXTEN_CALL, '/') + 1);
  g_assert_cmpstr (codec, ==, "mulaw");
  g_assert_cmpint (int_of (fixture, "channels", strrchr (EXTEN_CALL, '/') + 1), ==, 1);
  g_assert_cmpint (int_of (fixture, "sample_rate", strrchr (EXTEN_CALL, '/') + 1), ==, 8000);
  g_assert_cmpint (count (fixture, "SELECT agent_staff_id FROM recordings WHERE unique_id = '1762160102.101'"),
                   ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE unique_id = '1762160102.101' "
                                   "AND caller = '13800138000' AND callee = '1023' "
                                   "AND agent_number = '1023' AND direction = 'inbound'"), ==, 1);

  /* out-{dialled}-{extension}: 1024 is 张伟's 工号. */
  g_assert_cmpint (count (fixture, "SELECT agent_staff_id FROM recordings WHERE unique_id = '1762163400.12'"),
                   ==, 3);
  g_assert_cmpint (int_of (fixture, "duration_ms", strrchr (OUT_CALL, '/') + 1), ==, 2500);
  g_assert_cmpint (int_of (fixture, "channels", strrchr (OUT_CALL, '/') + 1), ==, 2);
  g_clear_pointer (&codec, g_free);
  codec = column_of (fixture, "codec", strrchr (OUT_CALL, '/') + 1);
  g_assert_cmpstr (codec, ==, "alaw");

  /* q-{queue}-{caller}: no agent in the name. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE queue = '400' "
                                   "AND agent_staff_id IS NULL AND caller = '13700000000'"), ==, 1);
  g_assert_cmpint (int_of (fixture, "duration_ms", strrchr (QUEUE_CALL, '/') + 1), ==, 700);
  g_clear_pointer (&codec, g_free);
  codec = column_of (fixture, "codec", strrchr (QUEUE_CALL, '/') + 1);
  g_assert_cmpstr (codec, ==, "pcm");

  /* Oreka: the time only. */
  g_clear_pointer (&started_at, g_free);
  started_at = column_of (fixture, "started_at", "20261104_153000_S1-T7.wav");
  g_assert_cmpstr (started_at, ==, "2026-11-04T07:30:00Z");
  g_assert_cmpint (int_of (fixture, "duration_ms", "20261104_153000_S1-T7.wav"), ==, 1200);
}

static void
test_other_formats (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *encoder;
    const char *codec;
  } formats[] = {
    { "2026/11/05/exten-1023-13800000001-20261105-090000-1762304400.1.mp3", "lamemp3enc", "mp3" },
    { "2026/11/05/exten-1023-13800000002-20261105-090100-1762304460.2.ogg", "opusenc ! oggmux", "opus" },
    { "2026/11/05/exten-1023-13800000003-20261105-090200-1762304520.3.opus", "opusenc ! oggmux", "opus" },
    { "2026/11/05/exten-1023-13800000004-20261105-090300-1762304580.4.flac", "flacenc", "flac" },
    { "2026/11/05/exten-1023-13800000005-20261105-090400-1762304640.5.gsm", "gsmenc", "gsm" },
    { "2026/11/05/exten-1023-13800000006-20261105-090500-1762304700.6.WAV", "wavenc", "pcm" },
  };
  g_autoptr(FlImportSummary) summary = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    make_audio (fixture, formats[i].name, formats[i].encoder, 1, 20);

  summary = import (fixture);
  g_assert_cmpuint (summary->added, ==, G_N_ELEMENTS (formats));
  g_assert_cmpuint (summary->unreadable->len, ==, 0);
  /* MP3, Ogg and FLAC through the discoverer; raw GSM and WAV by reading them. */
  g_assert_cmpuint (summary->discovered, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *name = strrchr (formats[i].name, '/') + 1;
      g_autofree char *codec = column_of (fixture, "codec", name);
      gint64 duration = int_of (fixture, "duration_ms", name);

      g_test_message ("%s: %s, %" G_GINT64_FORMAT " ms", name, codec, duration);
      g_assert_cmpstr (codec, ==, formats[i].codec);
      /* Encoders pad: LAME adds its delay and fills the last frames (72 ms each at 8 kHz). */
      g_assert_cmpint (duration, >=, 1950);
      g_assert_cmpint (duration, <=, 2300);
      g_assert_cmpint (int_of (fixture, "channels", name), ==, 1);
    }
}

static void
test_reimport_unchanged (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(FlImportSummary) first = NULL;
  g_autoptr(FlImportSummary) second = NULL;
  gint64 id_before, id_after;

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, QUEUE_CALL, MULAW_WAV, 1, 10);
  first = import (fixture);
  g_assert_cmpuint (first->added, ==, 2);
  id_before = int_of (fixture, "id", strrchr (QUEUE_CALL, '/') + 1);

  second = import (fixture);
  g_assert_cmpuint (second->added, ==, 0);
  g_assert_cmpuint (second->updated, ==, 0);
  g_assert_cmpuint (second->unchanged, ==, 2);
  g_assert_cmpuint (second->missing, ==, 0);
  /* Same size and time: the sound is not read again. */
  g_assert_cmpuint (second->examined, ==, 0);
  id_after = int_of (fixture, "id", strrchr (QUEUE_CALL, '/') + 1);
  g_assert_cmpint (id_before, ==, id_after);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings"), ==, 2);

  /* One audit row per import, with the counts. */
  g_assert_cmpint (fl_audit_count (fixture->db.database, "recordings", 0), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'recordings' "
                                   "AND action = 'import' AND actor = 'tester' "
                                   "AND json_extract (after_json, '$.unchanged') = 2 "
                                   "AND json_extract (after_json, '$.complete') = 1"), ==, 1);
}

static void
test_added_and_changed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(FlImportSummary) first = NULL;
  g_autoptr(FlImportSummary) second = NULL;
  g_autofree char *path = path_in (fixture, EXTEN_CALL);
  gint64 id_before;

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  first = import (fixture);
  id_before = int_of (fixture, "id", strrchr (EXTEN_CALL, '/') + 1);

  /* A new file, and the old one rewritten longer (the PBX finished it). */
  make_audio (fixture, OUT_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 30);
  g_assert_cmpint (g_utime (path, &(struct utimbuf) { 1700000000, 1700000000 }), ==, 0);

  second = import (fixture);
  g_assert_cmpuint (second->added, ==, 1);
  g_assert_cmpuint (second->updated, ==, 1);
  g_assert_cmpuint (second->unchanged, ==, 0);
  g_assert_cmpint (int_of (fixture, "id", strrchr (EXTEN_CALL, '/') + 1), ==, id_before);
  g_assert_cmpint (int_of (fixture, "duration_ms", strrchr (EXTEN_CALL, '/') + 1), ==, 3000);
  g_assert_cmpint (int_of (fixture, "file_mtime", strrchr (EXTEN_CALL, '/') + 1), ==, 1700000000);
}

static void
add_evaluation (Fixture *fixture,
                gint64   recording_id)
{
  g_autofree char *sql = NULL;

  exec_sql (fixture,
            "INSERT INTO accounts (id, login, roles, password_hash, created_at) "
            "VALUES (7, 'qa', 1, 'x', '2026-11-01T00:00:00Z');"
            "INSERT INTO scorecard_templates (id, family_id, name, created_at) "
            "VALUES (1, 1, 'Standard', '2026-11-01T00:00:00Z');");
  sql = g_strdup_printf ("INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, "
                         "state, score, started_at, updated_at) VALUES (%" G_GINT64_FORMAT ", 1, 7, "
                         "'submitted', 92.5, '2026-11-06T00:00:00Z', '2026-11-06T00:00:00Z');"
                         "UPDATE recordings SET evaluation_state = 'submitted', score = 92.5 "
                         "WHERE id = %" G_GINT64_FORMAT,
                         recording_id, recording_id);
  exec_sql (fixture, sql);
}

static void
test_missing_and_back (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FlImportSummary) first = NULL;
  g_autoptr(FlImportSummary) gone = NULL;
  g_autoptr(FlImportSummary) back = NULL;
  g_autofree char *path = path_in (fixture, EXTEN_CALL);
  g_autofree char *status = NULL;
  g_autofree char *moved = g_strconcat (path, ".moved", NULL);
  gint64 id;

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, QUEUE_CALL, MULAW_WAV, 1, 10);
  first = import (fixture);
  id = int_of (fixture, "id", strrchr (EXTEN_CALL, '/') + 1);
  add_evaluation (fixture, id);

  g_assert_cmpint (g_rename (path, moved), ==, 0);
  gone = import (fixture);
  g_assert_cmpuint (gone->missing, ==, 1);
  g_assert_cmpuint (gone->unchanged, ==, 1);
  status = column_of (fixture, "status", strrchr (EXTEN_CALL, '/') + 1);
  g_assert_cmpstr (status, ==, "missing");
  /* Never deleted: the evaluation and the recording's score stay. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);
  g_assert_cmpint (int_of (fixture, "score", strrchr (EXTEN_CALL, '/') + 1), ==, 92);

  /* Still gone: not flagged again. */
  g_clear_pointer (&gone, fl_import_summary_free);
  gone = import (fixture);
  g_assert_cmpuint (gone->missing, ==, 0);

  g_assert_cmpint (g_rename (moved, path), ==, 0);
  back = import (fixture);
  g_assert_cmpuint (back->added, ==, 0);
  g_assert_cmpuint (back->updated, ==, 1);
  g_assert_cmpuint (back->reappeared, ==, 1);
  g_clear_pointer (&status, g_free);
  status = column_of (fixture, "status", strrchr (EXTEN_CALL, '/') + 1);
  g_assert_cmpstr (status, ==, "present");
  g_assert_cmpint (int_of (fixture, "id", strrchr (EXTEN_CALL, '/') + 1), ==, id);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evaluations"), ==, 1);
}

#define LEG_IN  "2026/11/03/external-1023-13800138000-20261103-101500-1762163700.5-in.wav"
#define LEG_OUT "2026/11/03/external-1023-13800138000-20261103-101500-1762163700.5-out.wav"

static void
test_leg_pair (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(FlImportSummary) again = NULL;
  g_autofree char *second_path = NULL;
  g_autofree char *expected = path_in (fixture, LEG_IN);

  /* The customer's leg is longer: the recording lasts as long. */
  make_audio (fixture, LEG_IN, MULAW_WAV, 1, 15);
  make_audio (fixture, LEG_OUT, MULAW_WAV, 1, 10);

  summary = import (fixture);
  g_assert_cmpuint (summary->files, ==, 2);
  g_assert_cmpuint (summary->recordings, ==, 1);
  g_assert_cmpuint (summary->added, ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings"), ==, 1);

  /* An inbound call: the agent's leg is "out", channel 0. */
  second_path = column_of (fixture, "second_path", strrchr (LEG_OUT, '/') + 1);
  g_assert_cmpstr (second_path, ==, expected);
  g_assert_cmpint (int_of (fixture, "channels", strrchr (LEG_OUT, '/') + 1), ==, 2);
  g_assert_cmpint (int_of (fixture, "duration_ms", strrchr (LEG_OUT, '/') + 1), ==, 1500);

  again = import (fixture);
  g_assert_cmpuint (again->unchanged, ==, 1);
  g_assert_cmpuint (again->added, ==, 0);
}

#define CDR_TEXT \
  "uniqueid,calldate,src,dst,工号,queue,billsec\n" \
  "1762160102.101,2026-11-03 09:15:02,13900000001,1023,A1023,,60\n" \
  "1762239600.3,2026-11-04 15:00:00,13700000000,400,8001,400,30\n" \
  "1762163400.12,not a date,13912345678,1024,1024,,12\n" \
  "1762170000.1,2026-11-03 12:00:00,139\n"

static void
test_cdr (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(FlImportSummary) summary = NULL;
  g_autofree char *cdr_path = g_build_filename (fixture->db.folder, "cdr.csv", NULL);
  g_autofree char *caller = NULL;
  FlImportProblem *problem;

  add_staff (fixture);
  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, QUEUE_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, OUT_CALL, MULAW_WAV, 1, 10);
  g_assert_true (g_file_set_contents (cdr_path, CDR_TEXT, -1, NULL));

  summary = import_as (fixture, fixture->qa, cdr_path);
  g_assert_cmpuint (summary->added, ==, 3);
  g_assert_cmpuint (summary->cdr_matched, ==, 3);

  /* Line 4's date and line 5 (too few columns) are reported; the rest applies. */
  g_assert_cmpuint (summary->cdr_problems->len, ==, 2);
  problem = g_ptr_array_index (summary->cdr_problems, 0);
  g_assert_cmpuint (problem->line, ==, 4);
  g_assert_null (problem->path);
  problem = g_ptr_array_index (summary->cdr_problems, 1);
  g_assert_cmpuint (problem->line, ==, 5);

  /* The CDR overrides the name: its caller, and its agent, 工号 A1023. */
  caller = column_of (fixture, "caller", strrchr (EXTEN_CALL, '/') + 1);
  g_assert_cmpstr (caller, ==, "13900000001");
  g_assert_cmpint (int_of (fixture, "agent_staff_id", strrchr (EXTEN_CALL, '/') + 1), ==, 1);
  /* It fills what the name lacks: the queue call's agent, by extension 8001. */
  g_assert_cmpint (int_of (fixture, "agent_staff_id", strrchr (QUEUE_CALL, '/') + 1), ==, 2);
  /* The row with a bad date still gave its agent (工号 1024). */
  g_assert_cmpint (int_of (fixture, "agent_staff_id", strrchr (OUT_CALL, '/') + 1), ==, 3);
  /* The audio's length, not the CDR's billsec. */
  g_assert_cmpint (int_of (fixture, "duration_ms", strrchr (EXTEN_CALL, '/') + 1), ==, 1000);
}

static void
test_cdr_later_updates_names (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(FlImportSummary) first = NULL;
  g_autoptr(FlImportSummary) second = NULL;
  g_autofree char *cdr_path = g_build_filename (fixture->db.folder, "cdr.csv", NULL);

  add_staff (fixture);
  make_audio (fixture, QUEUE_CALL, MULAW_WAV, 1, 10);
  first = import (fixture);
  g_assert_cmpint (int_of (fixture, "agent_staff_id", strrchr (QUEUE_CALL, '/') + 1), ==, -1);

  /* The call list arrives the next day: same file, better metadata. */
  g_assert_true (g_file_set_contents (cdr_path, CDR_TEXT, -1, NULL));
  second = import_as (fixture, fixture->qa, cdr_path);
  g_assert_cmpuint (second->updated, ==, 1);
  g_assert_cmpuint (second->examined, ==, 0);
  g_assert_cmpint (int_of (fixture, "agent_staff_id", strrchr (QUEUE_CALL, '/') + 1), ==, 2);
}

static void
test_bad_cdr (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *cdr_path = g_build_filename (fixture->db.folder, "cdr.csv", NULL);
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  static const guint8 binary[] = { 0x00, 0xff, 0x13, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01 };

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  g_assert_true (g_file_set_contents (cdr_path, (const char *) binary, sizeof binary, NULL));

  summary = fl_recording_service_import (fixture->service, fixture->qa, fixture->folder, cdr_path,
                                         NULL, NULL, NULL, &error);
  g_assert_null (summary);
  g_assert_error (error, FL_IMPORT_ERROR, FL_IMPORT_ERROR_CDR);
  g_test_message ("%s", error->message);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings"), ==, 0);
}

static void
test_corrupt_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FlImportSummary) summary = NULL;
  g_autofree char *good = path_in (fixture, EXTEN_CALL);
  g_autofree char *contents = NULL;
  g_autofree char *folder_wav = path_in (fixture, "2026/11/06/folder.wav");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 noise[3000];
  const char *text = "This is a note, not a recording.\n";
  gsize length;
  const char *reason;

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  write_file (fixture, "2026/11/06/noise.wav", noise, sizeof noise);
  write_file (fixture, "2026/11/06/empty.wav", "", 0);
  write_file (fixture, "2026/11/06/cut.wav", contents, 30);
  write_file (fixture, "2026/11/06/note.mp3", text, strlen (text));
  g_assert_cmpint (g_mkdir_with_parents (folder_wav, 0700), ==, 0);

  summary = import (fixture);
  g_assert_cmpuint (summary->failed->len, ==, 0);
  g_assert_cmpuint (summary->added, ==, 6);
  g_assert_cmpuint (summary->unreadable->len, ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE status = 'unreadable' "
                                   "AND problem IS NOT NULL AND duration_ms IS NULL"), ==, 5);

  reason = problem_for (summary->unreadable, "2026/11/06/empty.wav");
  g_assert_cmpstr (reason, ==, "The file is empty: the recording holds nothing.");
  reason = problem_for (summary->unreadable, "2026/11/06/folder.wav");
  g_assert_cmpstr (reason, ==, "“folder.wav” is a folder, not a sound file.");
  reason = problem_for (summary->unreadable, "2026/11/06/noise.wav");
  g_assert_true (g_str_has_prefix (reason, "The file could not be decoded: "));
  reason = problem_for (summary->unreadable, "2026/11/06/cut.wav");
  g_assert_true (g_str_has_prefix (reason, "The file could not be decoded: "));
  reason = problem_for (summary->unreadable, "2026/11/06/note.mp3");
  g_assert_true (g_str_has_prefix (reason, "The file could not be decoded: "));
  g_test_message ("note.mp3: %s", reason);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE status = 'present'"), ==, 1);
}

static void
test_chinese_and_spaces (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(FlImportSummary) summary = NULL;
  const char *name = "质检 录音/十一月 3日/exten-1023-13800138000-20261103-091502-1762160102.101.wav";

  make_audio (fixture, name, MULAW_WAV, 1, 10);
  summary = import (fixture);
  g_assert_cmpuint (summary->added, ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE path LIKE '%/质检 录音/十一月 3日/%' "
                                   "AND unique_id = '1762160102.101' AND duration_ms = 1000"), ==, 1);
}

static void
test_not_a_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *nowhere = path_in (fixture, "no such folder");
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = fl_recording_service_import (fixture->service, fixture->qa, nowhere, NULL,
                                         NULL, NULL, NULL, &error);
  g_assert_null (summary);
  g_assert_error (error, FL_IMPORT_ERROR, FL_IMPORT_ERROR_FOLDER);
  g_assert_cmpint (fl_audit_count (fixture->db.database, "recordings", 0), ==, 0);
}

static void
test_permission (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  summary = fl_recording_service_import (fixture->service, lead, fixture->folder, NULL,
                                         NULL, NULL, NULL, &error);
  g_assert_null (summary);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, "Only a QA auditor or an administrator may import recordings.");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings"), ==, 0);
  g_assert_cmpint (fl_audit_count (fixture->db.database, "recordings", 0), ==, 0);
}

/* Many small WAV files, written directly: 8 kHz µ-law, @tenths / 10 s. */
static void
write_many (Fixture *fixture,
            guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      guint32 samples = 800 * (1 + i % 5);
      g_autofree guint8 *wav = g_malloc0 (44 + samples);
      g_autofree char *name = g_strdup_printf ("2026/11/%02u/exten-%u-1380000%04u-202611%02u-%02u%02u00-1762%06u.%u.wav",
                                               1 + i % 28, 1000 + i % 40, i, 1 + i % 28,
                                               8 + i % 10, i % 60, i, i);
      guint32 riff = 36 + samples;

      memcpy (wav, "RIFF", 4);
      memcpy (wav + 4, &riff, 4);
      memcpy (wav + 8, "WAVEfmt ", 8);
      memcpy (wav + 16, (guint8[]) { 16, 0, 0, 0, 7, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x40, 0x1f, 0, 0,
                                     1, 0, 8, 0 }, 20);
      memcpy (wav + 36, "data", 4);
      memcpy (wav + 40, &samples, 4);
      memset (wav + 44, 0xff, samples);
      write_file (fixture, name, wav, 44 + samples);
    }
}

static void
cancel_when_examining_cb (const FlImportProgress *progress,
                          gpointer                user_data)
{
  if (progress->phase == FL_IMPORT_PHASE_EXAMINING)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(FlImportSummary) summary = NULL;
  g_autoptr(FlImportSummary) finished = NULL;
  g_autoptr(GError) error = NULL;
  gint64 saved;

  write_many (fixture, 1200);
  summary = fl_recording_service_import (fixture->service, fixture->qa, fixture->folder, NULL,
                                         cancellable, cancel_when_examining_cb, cancellable, &error);
  g_assert_null (summary);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_test_message ("%s", error->message);

  /* Whole batches or nothing; the stop is audited. */
  saved = count (fixture, "SELECT count(*) FROM recordings");
  g_assert_cmpint (saved % FL_IMPORT_BATCH_SIZE, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings WHERE imported_at IS NULL "
                                   "OR duration_ms IS NULL OR status != 'present'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'import' "
                                   "AND json_extract (after_json, '$.complete') = 0"), ==, 1);

  finished = import (fixture);
  g_assert_cmpuint (finished->added + finished->unchanged, ==, 1200);
  g_assert_cmpuint (finished->added, ==, 1200 - saved);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM recordings"), ==, 1200);
  g_assert_cmpint (count (fixture, "SELECT sum (duration_ms) FROM recordings"), ==, 1200 / 5 * 15 * 100);
}

typedef struct
{
  GMainLoop       *loop;
  GThread         *main_thread;
  guint            reports;
  gboolean         off_thread;
  FlImportPhase    last_phase;
  gboolean         phase_went_back;
  FlImportSummary *summary;
  GError          *error;
} Watch;

static void
watch_progress_cb (const FlImportProgress *progress,
                   gpointer                user_data)
{
  Watch *watch = user_data;

  watch->reports++;
  watch->off_thread = watch->off_thread || g_thread_self () != watch->main_thread;
  watch->phase_went_back = watch->phase_went_back || progress->phase < watch->last_phase;
  watch->last_phase = progress->phase;
  g_assert_cmpuint (progress->files_done, <=, progress->files_total);
}

static void
watch_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Watch *watch = user_data;

  watch->summary = fl_recording_service_import_finish (FL_RECORDING_SERVICE (source_object),
                                                       result, &watch->error);
  g_main_loop_quit (watch->loop);
}

static void
test_async_progress (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Watch watch = { loop, g_thread_self (), 0, FALSE, FL_IMPORT_PHASE_READING_CDR, FALSE, NULL, NULL };
  gint64 started = g_get_monotonic_time ();
  double seconds;

  write_many (fixture, 1500);
  fl_recording_service_import_async (fixture->service, fixture->qa, fixture->folder, NULL, NULL,
                                     watch_progress_cb, &watch, watch_done_cb, &watch);
  g_main_loop_run (loop);
  seconds = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;

  g_assert_no_error (watch.error);
  g_assert_nonnull (watch.summary);
  g_assert_cmpuint (watch.summary->added, ==, 1500);
  g_test_message ("%u progress reports in %.2f s", watch.reports, seconds);
  g_assert_false (watch.off_thread);
  g_assert_false (watch.phase_went_back);
  g_assert_cmpint (watch.last_phase, ==, FL_IMPORT_PHASE_DONE);
  g_assert_cmpuint (watch.reports, >=, 2);
  /* About ten a second, plus one per step. */
  g_assert_cmpuint (watch.reports, <=, seconds * 10 + 6);
  fl_import_summary_free (watch.summary);
}

static void
test_async_permission (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(FlSession) nobody = fl_test_session (FL_ROLE_NONE);
  Watch watch = { loop, g_thread_self (), 0, FALSE, FL_IMPORT_PHASE_READING_CDR, FALSE, NULL, NULL };

  fl_recording_service_import_async (fixture->service, nobody, fixture->folder, NULL, NULL,
                                     watch_progress_cb, &watch, watch_done_cb, &watch);
  g_main_loop_run (loop);
  g_assert_null (watch.summary);
  g_assert_error (watch.error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpuint (watch.reports, ==, 0);
  g_clear_error (&watch.error);
}

static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *binary = g_getenv ("FLOORLEAD_BINARY");
  g_autofree char *database_path = g_build_filename (fixture->db.folder, "command.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = NULL;
  int status = 0;

  if (binary == NULL || !g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("FLOORLEAD_BINARY is not set to the built floorlead");
      return;
    }

  make_audio (fixture, EXTEN_CALL, MULAW_WAV, 1, 10);
  make_audio (fixture, QUEUE_CALL, MULAW_WAV, 1, 10);

  /* No display at all: the import must not start GTK. */
  env = fl_test_headless_environ ();
  {
    const char *argv[] = { binary, "--import-recordings", fixture->folder,
                           "--database", database_path, NULL };

    g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_test_message ("stdout:\n%s\nstderr:\n%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "Added: 2\n"));
  g_assert_nonnull (strstr (err, "Reading recordings"));
  g_assert_true (g_file_test (database_path, G_FILE_TEST_EXISTS));

  /* A file that cannot be imported (its name is not UTF-8): exit status 1. */
  write_file (fixture, "2026/11/07/bad-\xff.wav", "RIFF", 4);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { binary, "--import-recordings", fixture->folder,
                           "--database", database_path, NULL };

    g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_test_message ("stdout:\n%s\nstderr:\n%s", out, err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "Unchanged: 2\n"));
  g_assert_nonnull (strstr (out, "Failed: 1\n"));
  g_assert_nonnull (strstr (out, "not valid UTF-8"));

  /* Both runs audited, as the system. */
  {
    g_autoptr(FlDatabase) database = fl_database_open (database_path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (fl_test_count_rows (database, "SELECT count(*) FROM audit_log WHERE actor = 'system' "
                                                   "AND actor_account_id IS NULL AND action = 'import'"),
                     ==, 2);
    g_assert_cmpint (fl_test_count_rows (database, "SELECT count(*) FROM recordings"), ==, 2);
  }
}

/* A RIFF header: fmt chunk of @format, then an optional chunk, then data. */
static gsize
make_header (guint8   *buffer,
             guint16   format,
             guint16   channels,
             guint32   rate,
             guint16   block_align,
             guint16   bits,
             guint32   data_size,
             gboolean  list_chunk)
{
  guint32 fmt_size = format == 0x31 ? 20 : 16;
  gsize offset = 12;
  guint32 byte_rate = rate * block_align;

  memcpy (buffer, "RIFF\0\0\0\0WAVE", 12);
  memcpy (buffer + offset, "fmt ", 4);
  memcpy (buffer + offset + 4, &fmt_size, 4);
  memcpy (buffer + offset + 8, &format, 2);
  memcpy (buffer + offset + 10, &channels, 2);
  memcpy (buffer + offset + 12, &rate, 4);
  memcpy (buffer + offset + 16, &byte_rate, 4);
  memcpy (buffer + offset + 20, &block_align, 2);
  memcpy (buffer + offset + 22, &bits, 2);
  if (format == 0x31)
    memcpy (buffer + offset + 24, (guint8[]) { 2, 0, 0x40, 0x01 }, 4);
  offset += 8 + fmt_size;

  if (list_chunk)
    {
      /* Odd-sized: padded to an even length. */
      memcpy (buffer + offset, "LIST\x05\0\0\0hello\0", 14);
      offset += 14;
    }
  memcpy (buffer + offset, "data", 4);
  memcpy (buffer + offset + 4, &data_size, 4);
  return offset + 8;
}

static void
test_wav_headers (void)
{
  g_auto(FlAudioInfo) info = { 0 };
  guint8 header[128];
  gsize length;

  /* 16-bit PCM stereo, 8 kHz: 32000 bytes are one second. */
  length = make_header (header, 1, 2, 8000, 4, 16, 32000, FALSE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length + 32000, &info));
  g_assert_cmpint (info.duration_ms, ==, 1000);
  g_assert_cmpstr (info.codec, ==, "pcm");
  g_assert_cmpuint (info.channels, ==, 2);
  g_assert_cmpuint (info.sample_rate, ==, 8000);

  /* µ-law after a LIST chunk of odd size. */
  length = make_header (header, 7, 1, 8000, 1, 8, 12000, TRUE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length + 12000, &info));
  g_assert_cmpint (info.duration_ms, ==, 1500);
  g_assert_cmpstr (info.codec, ==, "mulaw");

  /* A-law, cut short: what is there is what plays. */
  length = make_header (header, 6, 1, 8000, 1, 8, 80000, FALSE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length + 4000, &info));
  g_assert_cmpint (info.duration_ms, ==, 500);
  g_assert_cmpstr (info.codec, ==, "alaw");

  /* Still being written: the size is 0, or 0xFFFFFFFF. */
  length = make_header (header, 7, 1, 8000, 1, 8, 0, FALSE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length + 16000, &info));
  g_assert_cmpint (info.duration_ms, ==, 2000);
  length = make_header (header, 7, 1, 8000, 1, 8, G_MAXUINT32, FALSE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length + 8000, &info));
  g_assert_cmpint (info.duration_ms, ==, 1000);

  /* GSM 6.10 ("WAV49"): 65 bytes hold 320 samples, 40 ms. */
  length = make_header (header, 0x31, 1, 8000, 65, 0, 65 * 50, FALSE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length + 65 * 50, &info));
  g_assert_cmpint (info.duration_ms, ==, 2000);
  g_assert_cmpstr (info.codec, ==, "gsm");

  /* An empty recording (an unanswered call) lasts 0 ms. */
  length = make_header (header, 7, 1, 8000, 1, 8, 0, FALSE);
  g_assert_true (fl_audio_info_from_wav_header (header, length, length, &info));
  g_assert_cmpint (info.duration_ms, ==, 0);

  /* Left to GStreamer: float, ADPCM, numbers that do not add up, cut headers. */
  length = make_header (header, 3, 1, 8000, 4, 32, 32000, FALSE);
  g_assert_false (fl_audio_info_from_wav_header (header, length, length + 32000, &info));
  length = make_header (header, 0x11, 1, 8000, 256, 4, 32000, FALSE);
  g_assert_false (fl_audio_info_from_wav_header (header, length, length + 32000, &info));
  length = make_header (header, 1, 2, 8000, 3, 16, 32000, FALSE);
  g_assert_false (fl_audio_info_from_wav_header (header, length, length + 32000, &info));
  length = make_header (header, 1, 1, 0, 2, 16, 32000, FALSE);
  g_assert_false (fl_audio_info_from_wav_header (header, length, length + 32000, &info));
  length = make_header (header, 1, 1, 8000, 2, 16, 32000, FALSE);
  g_assert_false (fl_audio_info_from_wav_header (header, 30, length + 32000, &info));
  g_assert_false (fl_audio_info_from_wav_header ((const guint8 *) "RIFX\0\0\0\0WAVE", 12, 100, &info));
}

/* MPEG Layer III durations are read from the first frames, as PBXes write them. */
static void
test_mp3_headers (void)
{
  g_auto(FlAudioInfo) info = { 0 };
  guint8 data[1024] = { 0 };
  static const guint8 cbr_frame[] = { 0xFF, 0xFB, 0x90, 0x00 };   /* MPEG-1, 128 kbit/s, 44.1 kHz, stereo */
  static const guint8 low_frame[] = { 0xFF, 0xE3, 0x18, 0xC0 };   /* MPEG-2.5, 8 kbit/s, 8 kHz, mono */
  g_autofree char *path = fl_test_media_path ("stereo.mp3");
  g_autoptr(FlRecordingProbe) probe = NULL;
  g_autoptr(GError) error = NULL;

  /* Constant bit rate: two frames that agree, then the size says how long. */
  memcpy (data, cbr_frame, 4);
  memcpy (data + 417, cbr_frame, 4);
  g_assert_true (fl_audio_info_from_mp3_header (data, sizeof data, 417 * 100, &info));
  g_assert_cmpint (info.duration_ms, ==, 417 * 100 * 8 * 1000 / 128000);
  g_assert_cmpstr (info.codec, ==, "mp3");
  g_assert_cmpuint (info.channels, ==, 2);
  g_assert_cmpuint (info.sample_rate, ==, 44100);

  /* After an ID3v2 tag of 100 bytes. */
  memset (data, 0, sizeof data);
  memcpy (data, "ID3\x03\x00\x00\x00\x00\x00\x64", 10);
  memcpy (data + 110, cbr_frame, 4);
  memcpy (data + 110 + 417, cbr_frame, 4);
  g_assert_true (fl_audio_info_from_mp3_header (data, sizeof data, 110 + 417 * 10, &info));
  g_assert_cmpint (info.duration_ms, ==, 417 * 10 * 8 * 1000 / 128000);

  /* An Info header counts the frames: 100 of 576 samples at 8 kHz … */
  memset (data, 0, sizeof data);
  memcpy (data, low_frame, 4);
  memcpy (data + 13, "Info\0\0\0\x01\0\0\0\x64", 12);
  g_assert_true (fl_audio_info_from_mp3_header (data, sizeof data, 999999, &info));
  g_assert_cmpint (info.duration_ms, ==, 7200);
  g_assert_cmpuint (info.channels, ==, 1);
  g_assert_cmpuint (info.sample_rate, ==, 8000);
  /* … less LAME's delay and padding (576 samples each). */
  memcpy (data + 25, "LAME3.100", 9);
  data[25 + 21] = 0x24;
  data[25 + 22] = 0x02;
  data[25 + 23] = 0x40;
  g_assert_true (fl_audio_info_from_mp3_header (data, sizeof data, 999999, &info));
  g_assert_cmpint (info.duration_ms, ==, (100 * 576 - 2 * 576) * 1000 / 8000);

  /* Left to GStreamer: no second frame to confirm a constant rate, Layer II,
   * a free-format bit rate, no sync at all. */
  memset (data, 0, sizeof data);
  memcpy (data, cbr_frame, 4);
  g_assert_false (fl_audio_info_from_mp3_header (data, sizeof data, 41700, &info));
  g_assert_false (fl_audio_info_from_mp3_header ((const guint8 *) "\xFF\xFD\x90\x00", 4, 41700, &info));
  g_assert_false (fl_audio_info_from_mp3_header ((const guint8 *) "\xFF\xFB\x00\x00", 4, 41700, &info));
  g_assert_false (fl_audio_info_from_mp3_header ((const guint8 *) "RIFF", 4, 41700, &info));
  g_assert_false (fl_audio_info_from_mp3_header ((const guint8 *) "ID3", 3, 41700, &info));

  /* A real file from lamemp3enc with a Xing header: two seconds and the
   * encoder's last frame, without asking the discoverer. */
  probe = fl_recording_probe_new (&error);
  g_assert_no_error (error);
  g_assert_true (fl_recording_probe_examine (probe, path, 17424, &info));
  g_assert_cmpint (info.duration_ms, >=, 1900);
  g_assert_cmpint (info.duration_ms, <=, 2300);
  g_assert_cmpstr (info.codec, ==, "mp3");
  g_assert_cmpuint (info.channels, ==, 2);
  g_assert_cmpuint (info.sample_rate, ==, 8000);
  g_assert_cmpuint (fl_recording_probe_get_discovered (probe), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Names carry the PBX's local time; the center is in China. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  fl_test_init (&argc, &argv);
  gst_init (&argc, &argv);

#define ADD(path, test) \
  g_test_add (path, Fixture, NULL, fixture_setup, test, fixture_teardown)

  g_test_add_func ("/recordings/import/wav-headers", test_wav_headers);
  g_test_add_func ("/recordings/import/mp3-headers", test_mp3_headers);
  ADD ("/recordings/import/freepbx-and-oreka", test_freepbx_and_oreka);
  ADD ("/recordings/import/other-formats", test_other_formats);
  ADD ("/recordings/import/reimport-unchanged", test_reimport_unchanged);
  ADD ("/recordings/import/added-and-changed", test_added_and_changed);
  ADD ("/recordings/import/missing-and-back", test_missing_and_back);
  ADD ("/recordings/import/leg-pair", test_leg_pair);
  ADD ("/recordings/import/cdr", test_cdr);
  ADD ("/recordings/import/cdr-later-updates-names", test_cdr_later_updates_names);
  ADD ("/recordings/import/bad-cdr", test_bad_cdr);
  ADD ("/recordings/import/corrupt-files", test_corrupt_files);
  ADD ("/recordings/import/chinese-and-spaces", test_chinese_and_spaces);
  ADD ("/recordings/import/not-a-folder", test_not_a_folder);
  ADD ("/recordings/import/permission", test_permission);
  ADD ("/recordings/import/cancel", test_cancel);
  ADD ("/recordings/import/async-progress", test_async_progress);
  ADD ("/recordings/import/async-permission", test_async_permission);
  ADD ("/recordings/import/command-line", test_command_line);

#undef ADD

  status = g_test_run ();
  gst_deinit ();
  return status;
}
