/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recording-names"

#include "fl-call-metadata.h"
#include "fl-recording-names.h"
#include "fl-test-util.h"

/* What a parsed name should give; NULL and -1 for unknown. */
typedef struct
{
  const char      *path;
  gboolean         matched;
  const char      *pattern;
  const char      *unique_id;
  const char      *started_at;  /* local time, the tests run in Asia/Shanghai */
  const char      *caller;
  const char      *callee;
  const char      *agent;
  const char      *queue;
  FlCallDirection  direction;
  const char      *leg;
  const char      *call_key;
  const char      *port;
} Expected;

static void
assert_time (GDateTime  *time,
             const char *expected)
{
  g_autofree char *text = NULL;

  if (expected == NULL)
    {
      g_assert_null (time);
      return;
    }
  g_assert_nonnull (time);
  text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (text, ==, expected);
}

static void
check (const Expected *expected)
{
  g_autoptr(FlCallMetadata) metadata = fl_call_metadata_new ();

  g_test_message ("%s", expected->path);
  g_assert_cmpint (fl_recording_names_parse (expected->path, metadata), ==, expected->matched);
  g_assert_cmpstr (metadata->pattern, ==, expected->pattern);
  g_assert_cmpstr (metadata->unique_id, ==, expected->unique_id);
  assert_time (metadata->started_at, expected->started_at);
  g_assert_cmpstr (metadata->caller, ==, expected->caller);
  g_assert_cmpstr (metadata->callee, ==, expected->callee);
  g_assert_cmpstr (metadata->agent_number, ==, expected->agent);
  g_assert_cmpstr (metadata->queue, ==, expected->queue);
  g_assert_cmpint (metadata->direction, ==, expected->direction);
  g_assert_cmpstr (metadata->leg, ==, expected->leg);
  g_assert_cmpstr (metadata->call_key, ==, expected->call_key);
  g_assert_cmpstr (metadata->port, ==, expected->port);
  /* A name never knows the duration, and file_name is the CDR's. */
  g_assert_cmpint (metadata->duration_ms, ==, -1);
  g_assert_null (metadata->file_name);
}

static void
check_all (const Expected *cases,
           gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    check (&cases[i]);
}

static void
test_freepbx_exten (void)
{
  const Expected cases[] = {
    /* An agent's extension answering a customer: inbound. */
    { "2026/11/03/exten-1023-13800138000-20261103-091502-1762160102.101.wav", TRUE, "freepbx",
      "1762160102.101", "2026-11-03T09:15:02+08:00", "13800138000", "1023", "1023", NULL,
      FL_CALL_DIRECTION_INBOUND, NULL,
      "2026/11/03/exten-1023-13800138000-20261103-091502-1762160102.101", NULL },
    /* One extension calling another: internal. */
    { "2026/11/03/exten-1023-1001-20261103-235959-1762185599.2041.wav", TRUE, "freepbx",
      "1762185599.2041", "2026-11-03T23:59:59+08:00", "1001", "1023", "1023", NULL,
      FL_CALL_DIRECTION_INTERNAL, NULL,
      "2026/11/03/exten-1023-1001-20261103-235959-1762185599.2041", NULL },
    /* No caller ID: FreePBX writes "unknown", and it came from outside. */
    { "exten-1023-unknown-20261103-091502-1762160102.102.wav", TRUE, "freepbx",
      "1762160102.102", "2026-11-03T09:15:02+08:00", NULL, "1023", "1023", NULL,
      FL_CALL_DIRECTION_INBOUND, NULL, "exten-1023-unknown-20261103-091502-1762160102.102", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_freepbx_external_internal (void)
{
  const Expected cases[] = {
    { "2026/11/04/external-1023-+8613800138000-20261104-080000-1762214400.3.wav", TRUE, "freepbx",
      "1762214400.3", "2026-11-04T08:00:00+08:00", "+8613800138000", "1023", "1023", NULL,
      FL_CALL_DIRECTION_INBOUND, NULL,
      "2026/11/04/external-1023-+8613800138000-20261104-080000-1762214400.3", NULL },
    { "2026/11/04/internal-1023-1001-20261104-080000-1762214400.4.wav", TRUE, "freepbx",
      "1762214400.4", "2026-11-04T08:00:00+08:00", "1001", "1023", "1023", NULL,
      FL_CALL_DIRECTION_INTERNAL, NULL,
      "2026/11/04/internal-1023-1001-20261104-080000-1762214400.4", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_freepbx_out (void)
{
  const Expected cases[] = {
    /* out-{dialled}-{agent's extension}: the agent called a customer. */
    { "2026/11/03/out-13800138000-1023-20261103-101500-1762163700.7.wav", TRUE, "freepbx",
      "1762163700.7", "2026-11-03T10:15:00+08:00", "1023", "13800138000", "1023", NULL,
      FL_CALL_DIRECTION_OUTBOUND, NULL, "2026/11/03/out-13800138000-1023-20261103-101500-1762163700.7",
      NULL },
    /* A unique id with Asterisk's systemname prefix keeps its dash. */
    { "out-02168880000-1024-20261103-101500-pbx1-1762163700.8.WAV", TRUE, "freepbx",
      "pbx1-1762163700.8", "2026-11-03T10:15:00+08:00", "1024", "02168880000", "1024", NULL,
      FL_CALL_DIRECTION_OUTBOUND, NULL, "out-02168880000-1024-20261103-101500-pbx1-1762163700.8",
      NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_freepbx_queue (void)
{
  const Expected cases[] = {
    /* q-{queue}-{caller}: no agent in the name. */
    { "2026/11/03/q-8001-13912345678-20261103-143000-1762180200.55.mp3", TRUE, "freepbx",
      "1762180200.55", "2026-11-03T14:30:00+08:00", "13912345678", NULL, NULL, "8001",
      FL_CALL_DIRECTION_INBOUND, NULL, "2026/11/03/q-8001-13912345678-20261103-143000-1762180200.55",
      NULL },
    /* An extension calling the queue is an internal call. */
    { "q-8001-1001-20261103-143000-1762180200.56.wav", TRUE, "freepbx", "1762180200.56",
      "2026-11-03T14:30:00+08:00", "1001", NULL, NULL, "8001", FL_CALL_DIRECTION_INTERNAL, NULL,
      "q-8001-1001-20261103-143000-1762180200.56", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_freepbx_ring_group (void)
{
  const Expected cases[] = {
    { "2026/11/03/rg-600-02162345678-20261103-083001-1762129801.9.gsm", TRUE, "freepbx",
      "1762129801.9", "2026-11-03T08:30:01+08:00", "02162345678", NULL, NULL, "600",
      FL_CALL_DIRECTION_INBOUND, NULL, "2026/11/03/rg-600-02162345678-20261103-083001-1762129801.9",
      NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_freepbx_in_and_generic (void)
{
  const Expected cases[] = {
    /* in-{DID}-{caller}: recorded on the inbound route, before an agent. */
    { "in-4008001234-13800138000-20261103-091500-1762160100.1.wav", TRUE, "freepbx",
      "1762160100.1", "2026-11-03T09:15:00+08:00", "13800138000", "4008001234", NULL, NULL,
      FL_CALL_DIRECTION_INBOUND, NULL, "in-4008001234-13800138000-20261103-091500-1762160100.1",
      NULL },
    /* The Call Recording module's destinations: force-{DID}-{caller}. */
    { "force-4008001234-13800138000-20261103-091500-1762160100.2.ogg", TRUE, "freepbx",
      "1762160100.2", "2026-11-03T09:15:00+08:00", "13800138000", "4008001234", NULL, NULL,
      FL_CALL_DIRECTION_INBOUND, NULL, "force-4008001234-13800138000-20261103-091500-1762160100.2",
      NULL },
    /* No DID: an empty field. */
    { "generic--13800138000-20261103-091500-1762160100.3.opus", TRUE, "freepbx", "1762160100.3",
      "2026-11-03T09:15:00+08:00", "13800138000", NULL, NULL, NULL, FL_CALL_DIRECTION_INBOUND,
      NULL, "generic--13800138000-20261103-091500-1762160100.3", NULL },
    /* A parked call picked up by 1023. */
    { "parked-1023-13800138000-20261103-091500-1762160100.4.flac", TRUE, "freepbx",
      "1762160100.4", "2026-11-03T09:15:00+08:00", "13800138000", "1023", "1023", NULL,
      FL_CALL_DIRECTION_INBOUND, NULL, "parked-1023-13800138000-20261103-091500-1762160100.4", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_freepbx_ondemand (void)
{
  const Expected cases[] = {
    /* ondemand-{other party}-{caller}: 1023 called out and pressed *1. */
    { "ondemand-13800138000-1023-20261103-091500-1762160100.5.wav", TRUE, "freepbx",
      "1762160100.5", "2026-11-03T09:15:00+08:00", "1023", "13800138000", "1023", NULL,
      FL_CALL_DIRECTION_OUTBOUND, NULL, "ondemand-13800138000-1023-20261103-091500-1762160100.5",
      NULL },
    /* A customer's call answered by 1023. */
    { "ondemand-1023-13800138000-20261103-091500-1762160100.6.wav", TRUE, "freepbx",
      "1762160100.6", "2026-11-03T09:15:00+08:00", "13800138000", "1023", "1023", NULL,
      FL_CALL_DIRECTION_INBOUND, NULL, "ondemand-1023-13800138000-20261103-091500-1762160100.6",
      NULL },
    { "ondemand-1001-1023-20261103-091500-1762160100.7.wav", TRUE, "freepbx", "1762160100.7",
      "2026-11-03T09:15:00+08:00", "1023", "1001", "1001", NULL, FL_CALL_DIRECTION_INTERNAL, NULL,
      "ondemand-1001-1023-20261103-091500-1762160100.7", NULL },
    /* one_touch_record.php writes "Unknown" when it finds no other party. */
    { "ondemand-Unknown-1023-20261103-091500-1762160100.8.wav", TRUE, "freepbx", "1762160100.8",
      "2026-11-03T09:15:00+08:00", "1023", NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, NULL,
      "ondemand-Unknown-1023-20261103-091500-1762160100.8", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_extensions (void)
{
  const char *extensions[] = { "wav", "WAV", "gsm", "mp3", "ogg", "opus", "flac", "Mp3" };

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *path = g_strdup_printf ("2026/11/03/exten-1023-13800138000-20261103-091502-"
                                               "1762160102.101.%s", extensions[i]);
      Expected expected = { path, TRUE, "freepbx", "1762160102.101", "2026-11-03T09:15:02+08:00",
                            "13800138000", "1023", "1023", NULL, FL_CALL_DIRECTION_INBOUND, NULL,
                            "2026/11/03/exten-1023-13800138000-20261103-091502-1762160102.101",
                            NULL };

      check (&expected);
      g_assert_true (fl_recording_names_is_audio (path));
    }

  g_assert_false (fl_recording_names_is_audio ("2026/11/03/notes.txt"));
  g_assert_false (fl_recording_names_is_audio ("exten-1023-1001-20261103-091502-1762160102.101"));
  g_assert_false (fl_recording_names_is_audio ("2026/11/03/.wav"));
  g_assert_false (fl_recording_names_is_audio ("wav"));
  g_assert_true (fl_recording_names_is_audio ("录音/张三.WAV"));
}

static void
test_oreka (void)
{
  const Expected cases[] = {
    { "2026/11/03/09/20261103_091502_3.wav", TRUE, "oreka", NULL, "2026-11-03T09:15:02+08:00",
      NULL, NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, NULL, "2026/11/03/09/20261103_091502_3", "3" },
    /* A VoIP port, and OrkAudio's collision suffix. */
    { "2026/11/03/14/20261103_140001_10.0.0.21,30000-a1b2c3.mp3", TRUE, "oreka", NULL,
      "2026-11-03T14:00:01+08:00", NULL, NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, NULL,
      "2026/11/03/14/20261103_140001_10.0.0.21,30000-a1b2c3", "10.0.0.21,30000-a1b2c3" },
    /* Bad date, missing port. */
    { "2026/11/03/09/20261131_091502_3.wav", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      FL_CALL_DIRECTION_UNKNOWN, NULL, "2026/11/03/09/20261131_091502_3", NULL },
    { "20261103_091502_.wav", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      FL_CALL_DIRECTION_UNKNOWN, NULL, "20261103_091502_", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_legs (void)
{
  const Expected cases[] = {
    { "2026/11/03/q-8001-13800138000-20261103-091502-1762160102.101-in.wav", TRUE, "freepbx",
      "1762160102.101", "2026-11-03T09:15:02+08:00", "13800138000", NULL, NULL, "8001",
      FL_CALL_DIRECTION_INBOUND, "in",
      "2026/11/03/q-8001-13800138000-20261103-091502-1762160102.101", NULL },
    { "2026/11/03/q-8001-13800138000-20261103-091502-1762160102.101-out.wav", TRUE, "freepbx",
      "1762160102.101", "2026-11-03T09:15:02+08:00", "13800138000", NULL, NULL, "8001",
      FL_CALL_DIRECTION_INBOUND, "out",
      "2026/11/03/q-8001-13800138000-20261103-091502-1762160102.101", NULL },
    { "out-13800138000-1023-20261103-101500-1762163700.7-r.WAV", TRUE, "freepbx", "1762163700.7",
      "2026-11-03T10:15:00+08:00", "1023", "13800138000", "1023", NULL, FL_CALL_DIRECTION_OUTBOUND,
      "r", "out-13800138000-1023-20261103-101500-1762163700.7", NULL },
    { "out-13800138000-1023-20261103-101500-1762163700.7_t.wav", TRUE, "freepbx", "1762163700.7",
      "2026-11-03T10:15:00+08:00", "1023", "13800138000", "1023", NULL, FL_CALL_DIRECTION_OUTBOUND,
      "t", "out-13800138000-1023-20261103-101500-1762163700.7", NULL },
    { "2026/11/03/09/20261103_091502_3_in.wav", TRUE, "oreka", NULL, "2026-11-03T09:15:02+08:00",
      NULL, NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, "in", "2026/11/03/09/20261103_091502_3", "3" },
    { "录音/张三-OUT.mp3", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      FL_CALL_DIRECTION_UNKNOWN, "out", "录音/张三", NULL },
    /* A suffix alone is a name, not a leg; "login" is not "-in". */
    { "-in.wav", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, NULL,
      "-in", NULL },
    { "2026/11/03/login.wav", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      FL_CALL_DIRECTION_UNKNOWN, NULL, "2026/11/03/login", NULL },
  };
  g_autofree char *key = NULL;

  check_all (cases, G_N_ELEMENTS (cases));

  key = fl_recording_names_call_key ("2026/11/03/x-1.2_R.flac");
  g_assert_cmpstr (key, ==, "2026/11/03/x-1.2");
}

static void
test_chinese_and_spaces (void)
{
  const Expected cases[] = {
    { "客服 一组/2026/11/03/q-8001-13800138000-20261103-091502-1762160102.101.wav", TRUE,
      "freepbx", "1762160102.101", "2026-11-03T09:15:02+08:00", "13800138000", NULL, NULL, "8001",
      FL_CALL_DIRECTION_INBOUND, NULL,
      "客服 一组/2026/11/03/q-8001-13800138000-20261103-091502-1762160102.101", NULL },
    { "售后 二组/王芳 2026年11月3日 来电.mp3", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      FL_CALL_DIRECTION_UNKNOWN, NULL, "售后 二组/王芳 2026年11月3日 来电", NULL },
    { "投诉 录音/李娜 回访-in.wav", FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      FL_CALL_DIRECTION_UNKNOWN, "in", "投诉 录音/李娜 回访", NULL },
    /* A mode in another language is no FreePBX name. */
    { "呼入-1023-13800138000-20261103-091502-1762160102.101.wav", FALSE, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, NULL,
      "呼入-1023-13800138000-20261103-091502-1762160102.101", NULL },
  };

  check_all (cases, G_N_ELEMENTS (cases));
}

static void
test_broken_names (void)
{
#define BROKEN(path, key) \
  { path, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FL_CALL_DIRECTION_UNKNOWN, NULL, key, NULL }
  const Expected cases[] = {
    BROKEN ("", ""),
    BROKEN (".wav", ".wav"),
    BROKEN ("2026/11/03/.WAV", "2026/11/03/.WAV"),
    BROKEN ("2026/11/03/", "2026/11/03/"),
    /* Missing fields. */
    BROKEN ("exten-1023.wav", "exten-1023"),
    BROKEN ("exten-1023-13800138000-20261103-091502.wav", "exten-1023-13800138000-20261103-091502"),
    BROKEN ("exten-1023-20261103-091502-1762160102.101.wav", "exten-1023-20261103-091502-1762160102.101"),
    BROKEN ("exten-1023-13800138000-20261103-091502-.wav", "exten-1023-13800138000-20261103-091502-"),
    /* Dates and times that do not exist. */
    BROKEN ("exten-1023-1001-20261332-091502-1.1.wav", "exten-1023-1001-20261332-091502-1.1"),
    BROKEN ("exten-1023-1001-20261131-091502-1.1.wav", "exten-1023-1001-20261131-091502-1.1"),
    BROKEN ("exten-1023-1001-20270229-091502-1.1.wav", "exten-1023-1001-20270229-091502-1.1"),
    BROKEN ("exten-1023-1001-20261103-246000-1.1.wav", "exten-1023-1001-20261103-246000-1.1"),
    BROKEN ("exten-1023-1001-20261103-096102-1.1.wav", "exten-1023-1001-20261103-096102-1.1"),
    BROKEN ("exten-1023-1001-00001103-091502-1.1.wav", "exten-1023-1001-00001103-091502-1.1"),
    /* Not numbers. */
    BROKEN ("exten-1023-1001-20261103-09h502-1.1.wav", "exten-1023-1001-20261103-09h502-1.1"),
    BROKEN ("exten-1023-1001-2026-11-03-091502-1.1.wav", "exten-1023-1001-2026-11-03-091502-1.1"),
    /* Unknown mode, wrong case, no audio extension. */
    BROKEN ("call-1023-1001-20261103-091502-1.1.wav", "call-1023-1001-20261103-091502-1.1"),
    BROKEN ("EXTEN-1023-1001-20261103-091502-1.1.wav", "EXTEN-1023-1001-20261103-091502-1.1"),
    BROKEN ("exten-1023-1001-20261103-091502-1762160102.101",
            "exten-1023-1001-20261103-091502-1762160102.101"),
    BROKEN ("exten-1023-1001-20261103-091502-1762160102.101.txt",
            "exten-1023-1001-20261103-091502-1762160102.101.txt"),
    BROKEN ("---.wav", "---"),
    BROKEN ("__.mp3", "__"),
  };
#undef BROKEN
  /* Bytes that are not UTF-8 must not crash the parser either. */
  const char *garbage = "\xff\xfe\x80-1023-\xc3-20261103-091502-1.1.wav";
  g_autoptr(FlCallMetadata) metadata = fl_call_metadata_new ();

  check_all (cases, G_N_ELEMENTS (cases));

  g_assert_false (fl_recording_names_parse (garbage, metadata));
  g_assert_cmpstr (metadata->call_key, ==, "\xff\xfe\x80-1023-\xc3-20261103-091502-1.1");
}

static char *
describe_groups (GPtrArray *groups)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      FlRecordingGroup *group = g_ptr_array_index (groups, i);

      g_string_append_printf (text, "%s%s", i > 0 ? " | " : "", group->path);
      if (group->second_path != NULL)
        g_string_append_printf (text, " + %s", group->second_path);
    }
  return g_string_free (text, FALSE);
}

static char *
pair (const char * const *paths,
      gsize                n_paths)
{
  g_autoptr(GPtrArray) input = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = NULL;

  for (gsize i = 0; i < n_paths; i++)
    g_ptr_array_add (input, (gpointer) paths[i]);
  groups = fl_recording_names_pair_legs (input);
  return describe_groups (groups);
}

static void
test_pairing (void)
{
  const char *paths[] = {
    "2026/11/03/exten-1023-1001-20261103-091502-3.3.wav",
    /* Inbound: the agent is "out", whichever comes first. */
    "2026/11/03/q-8001-13800138000-20261103-091502-1.1-in.wav",
    "2026/11/03/q-8001-13800138000-20261103-091502-1.1-out.wav",
    /* Outbound: the agent called, so the agent is "r". */
    "2026/11/03/out-13800138000-1023-20261103-101500-2.2-t.wav",
    "2026/11/03/out-13800138000-1023-20261103-101500-2.2-r.wav",
    /* A name that says nothing: the agent is "t". */
    "客服/张三 回访-r.wav",
    "客服/张三 回访-t.wav",
    /* A leg without its partner stays a recording. */
    "2026/11/03/x-in.wav",
    /* Legs of different kinds, or a leg twice, are not guessed at. */
    "2026/11/03/z-in.wav",
    "2026/11/03/z-t.wav",
    "2026/11/03/y-in.wav",
    "2026/11/03/y-in.mp3",
    "2026/11/03/y-out.wav",
    /* Same name in another folder is another call. */
    "2026/11/04/x-out.wav",
  };
  g_autofree char *text = pair (paths, G_N_ELEMENTS (paths));

  g_assert_cmpstr (text, ==,
                   "2026/11/03/exten-1023-1001-20261103-091502-3.3.wav"
                   " | 2026/11/03/q-8001-13800138000-20261103-091502-1.1-out.wav"
                   " + 2026/11/03/q-8001-13800138000-20261103-091502-1.1-in.wav"
                   " | 2026/11/03/out-13800138000-1023-20261103-101500-2.2-r.wav"
                   " + 2026/11/03/out-13800138000-1023-20261103-101500-2.2-t.wav"
                   " | 客服/张三 回访-t.wav + 客服/张三 回访-r.wav"
                   " | 2026/11/03/x-in.wav"
                   " | 2026/11/03/z-in.wav"
                   " | 2026/11/03/z-t.wav"
                   " | 2026/11/03/y-in.wav"
                   " | 2026/11/03/y-in.mp3"
                   " | 2026/11/03/y-out.wav"
                   " | 2026/11/04/x-out.wav");
}

static void
test_pairing_mixed_and_empty (void)
{
  const char *paths[] = {
    /* MixMonitor's mixed file next to its r and t legs: the mixed file
     * stays a recording, the legs make a pair. */
    "2026/11/03/exten-1023-13800138000-20261103-091502-5.5-r.wav",
    "2026/11/03/exten-1023-13800138000-20261103-091502-5.5.wav",
    "2026/11/03/exten-1023-13800138000-20261103-091502-5.5-t.wav",
  };
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = fl_recording_names_pair_legs (empty);
  g_autofree char *text = pair (paths, G_N_ELEMENTS (paths));

  g_assert_cmpuint (groups->len, ==, 0);
  g_assert_cmpstr (text, ==,
                   "2026/11/03/exten-1023-13800138000-20261103-091502-5.5-t.wav"
                   " + 2026/11/03/exten-1023-13800138000-20261103-091502-5.5-r.wav"
                   " | 2026/11/03/exten-1023-13800138000-20261103-091502-5.5.wav");
}

static void
test_directions (void)
{
  g_assert_cmpstr (fl_call_direction_to_code (FL_CALL_DIRECTION_INBOUND), ==, "inbound");
  g_assert_cmpstr (fl_call_direction_to_code (FL_CALL_DIRECTION_OUTBOUND), ==, "outbound");
  g_assert_cmpstr (fl_call_direction_to_code (FL_CALL_DIRECTION_INTERNAL), ==, "internal");
  g_assert_null (fl_call_direction_to_code (FL_CALL_DIRECTION_UNKNOWN));

  g_assert_cmpint (fl_call_direction_from_code ("inbound"), ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpint (fl_call_direction_from_code ("outbound"), ==, FL_CALL_DIRECTION_OUTBOUND);
  g_assert_cmpint (fl_call_direction_from_code ("internal"), ==, FL_CALL_DIRECTION_INTERNAL);
  g_assert_cmpint (fl_call_direction_from_code (NULL), ==, FL_CALL_DIRECTION_UNKNOWN);
  g_assert_cmpint (fl_call_direction_from_code ("Inbound"), ==, FL_CALL_DIRECTION_UNKNOWN);
  g_assert_cmpint (fl_call_direction_from_code ("呼入"), ==, FL_CALL_DIRECTION_UNKNOWN);

  g_assert_cmpstr (fl_call_direction_to_label (FL_CALL_DIRECTION_INBOUND), ==, "Inbound");
  g_assert_cmpstr (fl_call_direction_to_label (FL_CALL_DIRECTION_OUTBOUND), ==, "Outbound");
  g_assert_cmpstr (fl_call_direction_to_label (FL_CALL_DIRECTION_INTERNAL), ==, "Internal");
  g_assert_cmpstr (fl_call_direction_to_label (FL_CALL_DIRECTION_UNKNOWN), ==, "Unknown");
}

static void
test_merge_and_copy (void)
{
  g_autoptr(FlCallMetadata) from_name = fl_call_metadata_new ();
  g_autoptr(FlCallMetadata) from_cdr = fl_call_metadata_new ();
  g_autoptr(FlCallMetadata) copy = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_assert_true (fl_recording_names_parse ("2026/11/03/q-8001-13800138000-20261103-091502-1.1-in.wav",
                                           from_name));

  /* The CDR knows the agent, the duration and a start time with its zone;
   * it does not know the leg or the call key, and says nothing on direction. */
  from_cdr->unique_id = g_strdup ("1.1");
  from_cdr->started_at = g_date_time_new (utc, 2026, 11, 3, 1, 15, 3);
  from_cdr->agent_number = g_strdup ("1023");
  from_cdr->duration_ms = 95000;
  from_cdr->file_name = g_strdup ("q-8001-13800138000-20261103-091502-1.1.wav");
  fl_call_metadata_merge (from_name, from_cdr);

  g_assert_cmpstr (from_name->unique_id, ==, "1.1");
  assert_time (from_name->started_at, "2026-11-03T01:15:03+00:00");
  g_assert_cmpstr (from_name->caller, ==, "13800138000");
  g_assert_null (from_name->callee);
  g_assert_cmpstr (from_name->agent_number, ==, "1023");
  g_assert_cmpstr (from_name->queue, ==, "8001");
  g_assert_cmpint (from_name->direction, ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpint (from_name->duration_ms, ==, 95000);
  g_assert_cmpstr (from_name->file_name, ==, "q-8001-13800138000-20261103-091502-1.1.wav");
  g_assert_cmpstr (from_name->leg, ==, "in");
  g_assert_cmpstr (from_name->call_key, ==, "2026/11/03/q-8001-13800138000-20261103-091502-1.1");
  g_assert_cmpstr (from_name->pattern, ==, "freepbx");

  /* A direction and a zero duration that are known replace. */
  from_cdr->direction = FL_CALL_DIRECTION_OUTBOUND;
  from_cdr->duration_ms = 0;
  fl_call_metadata_merge (from_name, from_cdr);
  g_assert_cmpint (from_name->direction, ==, FL_CALL_DIRECTION_OUTBOUND);
  g_assert_cmpint (from_name->duration_ms, ==, 0);

  /* Merging into itself changes nothing. */
  fl_call_metadata_merge (from_name, from_name);
  g_assert_cmpstr (from_name->agent_number, ==, "1023");

  copy = fl_call_metadata_copy (from_name);
  g_assert_true (copy != from_name);
  g_assert_true (copy->caller != from_name->caller);
  g_assert_cmpstr (copy->caller, ==, "13800138000");
  g_assert_cmpstr (copy->queue, ==, "8001");
  g_assert_cmpstr (copy->leg, ==, "in");
  g_assert_cmpstr (copy->call_key, ==, from_name->call_key);
  g_assert_cmpstr (copy->pattern, ==, "freepbx");
  g_assert_cmpint (copy->direction, ==, FL_CALL_DIRECTION_OUTBOUND);
  g_assert_cmpint (copy->duration_ms, ==, 0);
  g_assert_true (g_date_time_equal (copy->started_at, from_name->started_at));

  /* An empty copy stays empty. */
  g_clear_pointer (&copy, fl_call_metadata_free);
  g_clear_pointer (&from_cdr, fl_call_metadata_free);
  from_cdr = fl_call_metadata_new ();
  copy = fl_call_metadata_copy (from_cdr);
  g_assert_null (copy->unique_id);
  g_assert_null (copy->started_at);
  g_assert_null (copy->call_key);
  g_assert_null (copy->pattern);
  g_assert_cmpint (copy->direction, ==, FL_CALL_DIRECTION_UNKNOWN);
  g_assert_cmpint (copy->duration_ms, ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  /* The PBX's local time in the examples is China's. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  fl_test_init (&argc, &argv);

  g_test_add_func ("/recordings/names/freepbx-exten", test_freepbx_exten);
  g_test_add_func ("/recordings/names/freepbx-external-internal", test_freepbx_external_internal);
  g_test_add_func ("/recordings/names/freepbx-out", test_freepbx_out);
  g_test_add_func ("/recordings/names/freepbx-queue", test_freepbx_queue);
  g_test_add_func ("/recordings/names/freepbx-ring-group", test_freepbx_ring_group);
  g_test_add_func ("/recordings/names/freepbx-in-and-generic", test_freepbx_in_and_generic);
  g_test_add_func ("/recordings/names/freepbx-ondemand", test_freepbx_ondemand);
  g_test_add_func ("/recordings/names/extensions", test_extensions);
  g_test_add_func ("/recordings/names/oreka", test_oreka);
  g_test_add_func ("/recordings/names/legs", test_legs);
  g_test_add_func ("/recordings/names/chinese-and-spaces", test_chinese_and_spaces);
  g_test_add_func ("/recordings/names/broken", test_broken_names);
  g_test_add_func ("/recordings/pairing/legs", test_pairing);
  g_test_add_func ("/recordings/pairing/mixed-and-empty", test_pairing_mixed_and_empty);
  g_test_add_func ("/recordings/metadata/directions", test_directions);
  g_test_add_func ("/recordings/metadata/merge-and-copy", test_merge_and_copy);

  return g_test_run ();
}
