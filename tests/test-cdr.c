/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cdr"

#include <glib/gstdio.h>
#include <string.h>

#include "fl-cdr-reader.h"
#include "fl-test-util.h"

static FlCdrReader *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  FlCdrReader *reader = fl_cdr_reader_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static const FlCallMetadata *
row (FlCdrReader *reader,
     guint        index)
{
  GPtrArray *rows = fl_cdr_reader_get_rows (reader);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

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

/* The problems as "line: message" lines. */
static char *
describe_problems (FlCdrReader *reader)
{
  GPtrArray *problems = fl_cdr_reader_get_problems (reader);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      FlCdrProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%u: %s\n", problem->line, problem->message);
    }
  return g_string_free (text, FALSE);
}

static void
assert_no_problems (FlCdrReader *reader)
{
  g_autofree char *problems = describe_problems (reader);

  g_assert_cmpstr (problems, ==, "");
}

static void
test_english_headers (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "Start Time,Caller,Callee,Agent,Queue,Duration,Direction,Unique ID,File Name\n"
    "2026-11-03 09:15:02,13800138000,4008001234,1023,8001,95,inbound,1762160102.101,"
    "q-8001-13800138000-20261103-091502-1762160102.101.wav\n"
    "2026-11-03 10:15:00,1023,13912345678,1023,,00:02:05,outbound,1762163700.7,\n"
    "2026-11-03 11:00:00,1001,1023,1023,,7,internal,,internal-1023-1001-20261103-110000-9.9.wav\n");
  const FlCallMetadata *first, *second, *third;

  assert_no_problems (reader);
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 3);

  first = row (reader, 0);
  assert_time (first->started_at, "2026-11-03T09:15:02+08:00");
  g_assert_cmpstr (first->caller, ==, "13800138000");
  g_assert_cmpstr (first->callee, ==, "4008001234");
  g_assert_cmpstr (first->agent_number, ==, "1023");
  g_assert_cmpstr (first->queue, ==, "8001");
  g_assert_cmpint (first->duration_ms, ==, 95000);
  g_assert_cmpint (first->direction, ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpstr (first->unique_id, ==, "1762160102.101");
  g_assert_cmpstr (first->file_name, ==, "q-8001-13800138000-20261103-091502-1762160102.101.wav");
  g_assert_null (first->leg);
  g_assert_null (first->call_key);
  g_assert_null (first->pattern);

  second = row (reader, 1);
  assert_time (second->started_at, "2026-11-03T10:15:00+08:00");
  g_assert_cmpstr (second->caller, ==, "1023");
  g_assert_cmpstr (second->callee, ==, "13912345678");
  g_assert_null (second->queue);
  g_assert_cmpint (second->duration_ms, ==, 125000);
  g_assert_cmpint (second->direction, ==, FL_CALL_DIRECTION_OUTBOUND);
  g_assert_cmpstr (second->unique_id, ==, "1762163700.7");
  g_assert_null (second->file_name);

  third = row (reader, 2);
  g_assert_cmpint (third->direction, ==, FL_CALL_DIRECTION_INTERNAL);
  g_assert_null (third->unique_id);
  g_assert_cmpint (third->duration_ms, ==, 7000);

  /* Lookups by unique id and by file name. */
  g_assert_true (fl_cdr_reader_find_by_unique_id (reader, "1762160102.101") == first);
  g_assert_true (fl_cdr_reader_find_by_unique_id (reader, "1762163700.7") == second);
  g_assert_null (fl_cdr_reader_find_by_unique_id (reader, "1762163700"));
  g_assert_null (fl_cdr_reader_find_by_unique_id (reader, NULL));
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "internal-1023-1001-20261103-110000-9.9.wav") == third);
  g_assert_null (fl_cdr_reader_find_by_file_name (reader, "internal-1023-1001-20261103-110000-9.wav"));
  g_assert_null (fl_cdr_reader_find_by_file_name (reader, ""));
  g_assert_null (fl_cdr_reader_find_by_file_name (reader, NULL));
}

static void
test_file_name_matching (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,recordingfile,billsec\n"
    "1.1,/var/spool/asterisk/monitor/2026/11/03/q-8001-13800138000-20261103-091502-1.1.wav,10\n"
    "2.2,D:\\录音\\客服 一组\\张三 回访.WAV,20\n");
  const FlCallMetadata *first = row (reader, 0);
  const FlCallMetadata *second = row (reader, 1);
  g_autoptr(FlCallMetadata) from_name = fl_call_metadata_new ();

  assert_no_problems (reader);
  /* Only the base name is kept. */
  g_assert_cmpstr (first->file_name, ==, "q-8001-13800138000-20261103-091502-1.1.wav");
  g_assert_cmpstr (second->file_name, ==, "张三 回访.WAV");

  /* Folders, a conversion to MP3 after the call and leg suffixes do not
   * stop a match. */
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "2026/11/03/q-8001-13800138000-20261103-091502-1.1.wav") == first);
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "q-8001-13800138000-20261103-091502-1.1.mp3") == first);
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "2026/11/03/q-8001-13800138000-20261103-091502-1.1-in.wav") == first);
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "客服/张三 回访-t.wav") == second);
  g_assert_null (fl_cdr_reader_find_by_file_name (reader, "张三 回访.txt"));

  /* fl_cdr_reader_find: the unique id from the name first, then the name. */
  from_name->unique_id = g_strdup ("2.2");
  g_assert_true (fl_cdr_reader_find (reader, "2026/11/03/q-8001-13800138000-20261103-091502-1.1.wav", from_name) == second);
  g_free (from_name->unique_id);
  from_name->unique_id = g_strdup ("9.9");
  g_assert_true (fl_cdr_reader_find (reader, "2026/11/03/q-8001-13800138000-20261103-091502-1.1.wav", from_name) == first);
  g_assert_true (fl_cdr_reader_find (reader, "客服/张三 回访.mp3", NULL) == second);
  g_assert_null (fl_cdr_reader_find (reader, "其他.wav", from_name));
}

static void
test_quotes (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,caller,callee,queue,recordingfile\n"
    "1.1,\"13800138000\",\"Sales, East\",\"8001\",\"a \"\"quoted\"\" name.wav\"\n"
    "\"2.2\",\"139\n12345678\",x,\"售后\r\n二组\",b.wav\n"
    "\"3.3\",,\"\",\"\"\"\",c.wav\n"
    "4.4,\"\"\"start\"\" and more\"tail,y,,d.wav\n"
    "5.5,=\"0105551234\",=\"\",q,e.wav\n");

  assert_no_problems (reader);
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 5);

  g_assert_cmpstr (row (reader, 0)->callee, ==, "Sales, East");
  g_assert_cmpstr (row (reader, 0)->file_name, ==, "a \"quoted\" name.wav");
  /* Line breaks inside quotes stay in the value, as LF. */
  g_assert_cmpstr (row (reader, 1)->unique_id, ==, "2.2");
  g_assert_cmpstr (row (reader, 1)->caller, ==, "139\n12345678");
  g_assert_cmpstr (row (reader, 1)->queue, ==, "售后\n二组");
  /* Empty values are unknown; a lone doubled quote is a quote. */
  g_assert_null (row (reader, 2)->caller);
  g_assert_null (row (reader, 2)->callee);
  g_assert_cmpstr (row (reader, 2)->queue, ==, "\"");
  /* Text after a closing quote is kept, as spreadsheets keep it. */
  g_assert_cmpstr (row (reader, 3)->caller, ==, "\"start\" and moretail");
  /* Excel's ="…" keeps leading zeros. */
  g_assert_cmpstr (row (reader, 4)->caller, ==, "0105551234");
  g_assert_null (row (reader, 4)->callee);
}

static void
test_line_numbers_after_quoted_breaks (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,caller,duration\n"
    "1.1,\"line\nbreak\",10\n"
    "2.2,x,ten\n"
    "\n"
    "3.3,\"a\r\nb\r\nc\",11\n"
    "4.4,y,eleven\n");
  g_autofree char *problems = describe_problems (reader);

  g_assert_cmpstr (problems, ==,
                   "4: Line 4: the duration “ten” is not a number of seconds or a time such as "
                   "00:01:35. The rest of the row is kept.\n"
                   "9: Line 9: the duration “eleven” is not a number of seconds or a time such as "
                   "00:01:35. The rest of the row is kept.\n");
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 4);
  g_assert_cmpint (row (reader, 1)->duration_ms, ==, -1);
  g_assert_cmpstr (row (reader, 2)->caller, ==, "a\nb\nc");
}

static void
test_bom_and_crlf (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "\xef\xbb\xbfuniqueid,caller,calldate\r\n"
    "1.1,13800138000,2026-11-03 09:15:02\r\n"
    "\r\n"
    "2.2,13912345678,2026-11-03 09:16:00\r\n"
    "3.3,139,2026-11-03 09:17\r");

  assert_no_problems (reader);
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 3);
  /* The byte order mark is not part of the first header. */
  g_assert_cmpstr (row (reader, 0)->unique_id, ==, "1.1");
  g_assert_cmpstr (row (reader, 0)->caller, ==, "13800138000");
  assert_time (row (reader, 1)->started_at, "2026-11-03T09:16:00+08:00");
  assert_time (row (reader, 2)->started_at, "2026-11-03T09:17:00+08:00");
  g_assert_cmpstr (row (reader, 2)->caller, ==, "139");
}

static void
test_chinese_headers (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "开始时间,主叫号码,被叫号码,坐席工号,队列,通话时长(秒),呼叫方向,唯一标识,录音文件名\n"
    "2026/11/3 9:05:02,13800138000,4008001234,1023,8001,95,呼入,1.1,a.wav\n"
    "2026/11/03 14:30,1023,13912345678,1023,,1分35秒,呼出,2.2,b.wav\n"
    "2026-11-03 16:00:00,1001,1023,1023,,00:00:30,内部,3.3,c.wav\n"
    "2026-11-03 17:00:00,13800138000,4008001234,1024,8002,2分钟,来电,4.4,d.wav\n"
    "2026-11-03 18:00:00,1025,02162345678,1025,,1小时2分3秒,外呼,5.5,e.wav\n");

  assert_no_problems (reader);
  assert_time (row (reader, 0)->started_at, "2026-11-03T09:05:02+08:00");
  g_assert_cmpstr (row (reader, 0)->caller, ==, "13800138000");
  g_assert_cmpstr (row (reader, 0)->callee, ==, "4008001234");
  g_assert_cmpstr (row (reader, 0)->agent_number, ==, "1023");
  g_assert_cmpstr (row (reader, 0)->queue, ==, "8001");
  g_assert_cmpint (row (reader, 0)->duration_ms, ==, 95000);
  g_assert_cmpint (row (reader, 0)->direction, ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpstr (row (reader, 0)->unique_id, ==, "1.1");
  g_assert_cmpstr (row (reader, 0)->file_name, ==, "a.wav");

  assert_time (row (reader, 1)->started_at, "2026-11-03T14:30:00+08:00");
  g_assert_cmpint (row (reader, 1)->duration_ms, ==, 95000);
  g_assert_cmpint (row (reader, 1)->direction, ==, FL_CALL_DIRECTION_OUTBOUND);
  g_assert_cmpint (row (reader, 2)->duration_ms, ==, 30000);
  g_assert_cmpint (row (reader, 2)->direction, ==, FL_CALL_DIRECTION_INTERNAL);
  g_assert_cmpint (row (reader, 3)->duration_ms, ==, 120000);
  g_assert_cmpint (row (reader, 3)->direction, ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpint (row (reader, 4)->duration_ms, ==, 3723000);
  g_assert_cmpint (row (reader, 4)->direction, ==, FL_CALL_DIRECTION_OUTBOUND);
}

static void
test_other_chinese_names (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "呼叫时间,主叫,被叫,工号,技能组,时长,方向,文件名\n"
    "2026-11-03 09:15:02,13800138000,4008001234,1023,售后,95,呼入,a.wav\n");
  g_autoptr(FlCdrReader) extension = parse (
    "Call ID;Extension;Talk Time;Call Type\n"
    "7;1023;35;Incoming\n");

  assert_no_problems (reader);
  g_assert_cmpstr (row (reader, 0)->agent_number, ==, "1023");
  g_assert_cmpstr (row (reader, 0)->queue, ==, "售后");
  g_assert_cmpstr (row (reader, 0)->file_name, ==, "a.wav");
  g_assert_null (row (reader, 0)->unique_id);

  /* Semicolons, and English names in other words. */
  assert_no_problems (extension);
  g_assert_cmpstr (row (extension, 0)->unique_id, ==, "7");
  g_assert_cmpstr (row (extension, 0)->agent_number, ==, "1023");
  g_assert_cmpint (row (extension, 0)->duration_ms, ==, 35000);
  g_assert_cmpint (row (extension, 0)->direction, ==, FL_CALL_DIRECTION_INBOUND);
}

static void
test_gb18030 (void)
{
  const char *utf8 = "开始时间\t主叫\t坐席\t唯一标识\n2026-11-03 09:15:02\t13800138000\t工号1023\t1.1\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(FlCdrReader) reader = NULL;

  g_assert_no_error (error);
  /* It really is another encoding. */
  g_assert_false (g_utf8_validate (gb, length, NULL));

  reader = fl_cdr_reader_parse (gb, length, &error);
  g_assert_no_error (error);
  assert_no_problems (reader);
  g_assert_cmpstr (row (reader, 0)->unique_id, ==, "1.1");
  g_assert_cmpstr (row (reader, 0)->agent_number, ==, "工号1023");
  assert_time (row (reader, 0)->started_at, "2026-11-03T09:15:02+08:00");
}

static void
test_utf16 (void)
{
  const char *utf8 = "uniqueid\tcaller\n1.1\t张三\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_autofree char *with_bom = g_malloc (length + 2);
  g_autoptr(FlCdrReader) reader = NULL;

  g_assert_no_error (error);
  memcpy (with_bom, "\xff\xfe", 2);
  memcpy (with_bom + 2, utf16, length);

  reader = fl_cdr_reader_parse (with_bom, length + 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row (reader, 0)->unique_id, ==, "1.1");
  g_assert_cmpstr (row (reader, 0)->caller, ==, "张三");
}

static void
test_asterisk_cdr (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,"
    "disposition,amaflags,accountcode,uniqueid,userfield,did,recordingfile,cnum,cnam,outbound_cnum,"
    "outbound_cnam,dst_cnam,linkedid,peeraccount,sequence\n"
    /* A queue call: the answering agent is in dstchannel. */
    "2026-11-03 09:15:02,\"\"\"Li\"\" <13800138000>\",13800138000,8001,ext-queues,"
    "PJSIP/trunk-00000012,Local/1023@from-queue-0000000a;1,Queue,\"8001,t\",120,95,ANSWERED,3,,"
    "1762160102.101,,4008001234,q-8001-13800138000-20261103-091502-1762160102.101.wav,13800138000,"
    "Li,,,,1762160102.101,,18\n"
    /* Asterisk's second row for the same call: a ringing attempt. */
    "2026-11-03 09:15:02,\"\"\"Li\"\" <13800138000>\",13800138000,8001,ext-queues,"
    "PJSIP/trunk-00000012,Local/1024@from-queue-0000000b;1,Queue,\"8001,t\",20,0,NO ANSWER,3,,"
    "1762160102.101,,4008001234,,13800138000,Li,,,,1762160102.101,,19\n"
    /* An agent calling out: the agent is in channel. */
    "2026-11-03 10:15:00,\"1023\" <1023>,1023,13912345678,from-internal,PJSIP/1023-00000013,"
    "PJSIP/trunk-00000014,Dial,x,80,75,ANSWERED,3,,1762163700.7,,,"
    "out-13912345678-1023-20261103-101500-1762163700.7.wav,1023,,,,,1762163700.7,,20\n"
    /* One extension calling another. */
    "2026-11-03 11:00:00,1001,1001,1023,from-internal,PJSIP/1001-00000015,PJSIP/1023-00000016,"
    "Dial,x,10,8,ANSWERED,3,,1762167600.9,,,internal-1023-1001-20261103-110000-1762167600.9.wav,"
    "1001,,,,,1762167600.9,,21\n"
    /* From a trunk straight to an extension. */
    "2026-11-03 12:00:00,13700000000,13700000000,1025,from-trunk,PJSIP/trunk-00000017,"
    "PJSIP/1025-00000018,Dial,x,50,40,ANSWERED,3,,1762171200.11,,,,,,,,,1762171200.11,,22\n");
  const FlCallMetadata *queue_call, *ringing, *outbound, *internal, *from_trunk;

  assert_no_problems (reader);
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 5);

  queue_call = row (reader, 0);
  assert_time (queue_call->started_at, "2026-11-03T09:15:02+08:00");
  g_assert_cmpstr (queue_call->caller, ==, "13800138000");
  g_assert_cmpstr (queue_call->callee, ==, "8001");
  g_assert_cmpstr (queue_call->queue, ==, "8001");
  g_assert_cmpstr (queue_call->agent_number, ==, "1023");
  g_assert_cmpint (queue_call->direction, ==, FL_CALL_DIRECTION_INBOUND);
  /* billsec (talk time) wins over duration (ringing included). */
  g_assert_cmpint (queue_call->duration_ms, ==, 95000);
  g_assert_cmpstr (queue_call->unique_id, ==, "1762160102.101");

  ringing = row (reader, 1);
  g_assert_cmpstr (ringing->agent_number, ==, "1024");
  g_assert_cmpint (ringing->duration_ms, ==, 0);

  outbound = row (reader, 2);
  g_assert_cmpint (outbound->direction, ==, FL_CALL_DIRECTION_OUTBOUND);
  g_assert_cmpstr (outbound->agent_number, ==, "1023");
  g_assert_cmpstr (outbound->caller, ==, "1023");
  g_assert_cmpstr (outbound->callee, ==, "13912345678");
  g_assert_null (outbound->queue);

  internal = row (reader, 3);
  g_assert_cmpint (internal->direction, ==, FL_CALL_DIRECTION_INTERNAL);
  g_assert_cmpstr (internal->agent_number, ==, "1023");

  from_trunk = row (reader, 4);
  g_assert_cmpint (from_trunk->direction, ==, FL_CALL_DIRECTION_INBOUND);
  g_assert_cmpstr (from_trunk->agent_number, ==, "1025");
  g_assert_null (from_trunk->file_name);

  /* Both rows of the queue call share the unique id: the answered one,
   * the longer, answers. */
  g_assert_true (fl_cdr_reader_find_by_unique_id (reader, "1762160102.101") == queue_call);
  g_assert_true (fl_cdr_reader_find_by_unique_id (reader, "1762171200.11") == from_trunk);
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "2026/11/03/out-13912345678-1023-20261103-101500-1762163700.7.mp3") == outbound);
}

static void
test_duplicates_keep_the_longest (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,billsec\n"
    "1.1,0\n"
    "1.1,95\n"
    "1.1,30\n"
    "1.1,95\n"
    "2.2,\n"
    "2.2,4\n");

  g_assert_true (fl_cdr_reader_find_by_unique_id (reader, "1.1") == row (reader, 1));
  g_assert_true (fl_cdr_reader_find_by_unique_id (reader, "2.2") == row (reader, 5));
}

static void
test_times (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,start\n"
    "1,2026-11-03 09:15:02\n"
    "2,2026-11-03T09:15:02\n"
    "3,2026-11-03T01:15:02Z\n"
    "4,2026-11-03T09:15:02+08:00\n"
    "5,2026-11-02T20:15:02-0500\n"
    "6,2026-11-03 09:15:02.750\n"
    "7,2026/11/3 9:15\n"
    "8,2026.11.03 09:15:02\n"
    "9,20261103091502\n"
    "10,1793668502\n"
    "11,2026-11-03 09:15:02 +09\n"
    "12, 2026-11-03 09:15:02 \n");
  const char *expected[] = {
    "2026-11-03T09:15:02+08:00",
    "2026-11-03T09:15:02+08:00",
    "2026-11-03T01:15:02+00:00",
    "2026-11-03T09:15:02+08:00",
    "2026-11-02T20:15:02-05:00",
    "2026-11-03T09:15:02+08:00",
    "2026-11-03T09:15:00+08:00",
    "2026-11-03T09:15:02+08:00",
    "2026-11-03T09:15:02+08:00",
    "2026-11-03T09:15:02+08:00",
    "2026-11-03T09:15:02+09:00",
    "2026-11-03T09:15:02+08:00",
  };

  assert_no_problems (reader);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_time (row (reader, i)->started_at, expected[i]);
  g_assert_cmpint (g_date_time_get_microsecond (row (reader, 5)->started_at), ==, 750000);
}

static void
test_bad_times (void)
{
  const char *bad[] = {
    "2026-11-03", "2026-13-03 09:15:02", "2026-02-29 09:15:02", "2026-11-03 24:00:00",
    "2026-11-03 09:60:00", "2026-11-03 09:15:61", "03/11/2026 09:15", "yesterday", "2026-11-03 09",
    "2026-11-03 09:15:02+25:00", "2026-11-03 09:15:02 CST", "2026-11-03 09:15:02Zulu", "17936685",
    "2026-11-03/09:15", "2026-11/03 09:15",
  };
  g_autoptr(GString) csv = g_string_new ("uniqueid,start\n");
  g_autoptr(FlCdrReader) reader = NULL;
  GPtrArray *problems;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_string_append_printf (csv, "%u,%s\n", i, bad[i]);
  reader = parse (csv->str);
  problems = fl_cdr_reader_get_problems (reader);

  /* Each is reported, and its row kept without a time. */
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (bad));
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, G_N_ELEMENTS (bad));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      FlCdrProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *message = g_strdup_printf ("Line %u: the start time “%s” is not a date and "
                                                  "time such as 2026-11-03 09:15:02. The rest of "
                                                  "the row is kept.", i + 2, bad[i]);

      g_assert_cmpuint (problem->line, ==, i + 2);
      g_assert_cmpstr (problem->message, ==, message);
      g_assert_null (row (reader, i)->started_at);
    }
}

static void
test_durations (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,duration\n"
    "1,95\n"
    "2,95.5\n"
    "3,00:01:35\n"
    "4,1:35\n"
    "5,1:02:03\n"
    "6,0\n"
    "7,1分35秒\n"
    "8,35 秒\n"
    "9,1小时\n"
    "10,00:00:00.250\n"
    "11,\n");
  const gint64 expected[] = { 95000, 95500, 95000, 95000, 3723000, 0, 95000, 35000, 3600000, 250, -1 };
  const char *bad[] = { "abc", "1:75", "-5", "1e5", "0x10", "1:2:3:4", "1.5.5", "95s", "分", "1::2" };
  g_autoptr(GString) csv = g_string_new ("uniqueid,时长\n");
  g_autoptr(FlCdrReader) bad_reader = NULL;

  assert_no_problems (reader);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (row (reader, i)->duration_ms, ==, expected[i]);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_string_append_printf (csv, "%u,%s\n", i, bad[i]);
  bad_reader = parse (csv->str);
  g_assert_cmpuint (fl_cdr_reader_get_problems (bad_reader)->len, ==, G_N_ELEMENTS (bad));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_cmpint (row (bad_reader, i)->duration_ms, ==, -1);
}

static void
test_direction_words (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,direction\n"
    "1,Inbound\n2,IN\n3,incoming\n4,呼入\n5,来电\n"
    "6,outbound\n7,Out\n8,OUTGOING\n9,呼出\n10,去电\n11,外呼\n"
    "12,internal\n13,local\n14,内部\n15,内线\n"
    "16,sideways\n17,\n");
  const FlCallDirection expected[] = {
    FL_CALL_DIRECTION_INBOUND, FL_CALL_DIRECTION_INBOUND, FL_CALL_DIRECTION_INBOUND,
    FL_CALL_DIRECTION_INBOUND, FL_CALL_DIRECTION_INBOUND,
    FL_CALL_DIRECTION_OUTBOUND, FL_CALL_DIRECTION_OUTBOUND, FL_CALL_DIRECTION_OUTBOUND,
    FL_CALL_DIRECTION_OUTBOUND, FL_CALL_DIRECTION_OUTBOUND, FL_CALL_DIRECTION_OUTBOUND,
    FL_CALL_DIRECTION_INTERNAL, FL_CALL_DIRECTION_INTERNAL, FL_CALL_DIRECTION_INTERNAL,
    FL_CALL_DIRECTION_INTERNAL,
    FL_CALL_DIRECTION_UNKNOWN, FL_CALL_DIRECTION_UNKNOWN,
  };
  g_autofree char *problems = describe_problems (reader);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (row (reader, i)->direction, ==, expected[i]);
  g_assert_cmpstr (problems, ==,
                   "17: Line 17: the direction “sideways” is not inbound, outbound or internal. "
                   "The rest of the row is kept.\n");
}

static void
test_malformed_rows (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,caller,start,duration,recordingfile\n"            /* 1 */
    "1.1,13800138000,2026-11-03 09:15:02,95,a.wav\n"             /* 2: good */
    "2.2,13800138000,2026-11-03 09:15:02\n"                      /* 3: too few */
    "3.3,13800138000,2026-11-03 09:15:02,95,c.wav,extra\n"       /* 4: too many */
    "4.4,13800138000,2026-11-03 09:15:02,95,d.wav,,\n"           /* 5: empty extras are fine */
    ",13800138000,2026-11-03 09:15:02,95,\n"                     /* 6: nothing to match */
    "6.6,13800138000,2026-11-32 09:15:02,95,f.wav\n"             /* 7: bad date */
    "7.7,13800138000,2026-11-03 09:15:02,long,g.wav\n"           /* 8: bad duration */
    "\n"                                                        /* 9: blank */
    " , , , , \n"                                               /* 10: blank too */
    "10.10,13800138000,2026-11-03 09:15:02,95,j.wav\n");         /* 11: good */
  g_autofree char *problems = describe_problems (reader);

  g_assert_cmpstr (problems, ==,
                   "3: Line 3 has 3 columns, but the header row has 5. The row is left out.\n"
                   "4: Line 4 has 6 columns, but the header row has 5. The row is left out.\n"
                   "6: Line 6 has neither a unique ID nor a file name, so it cannot be matched to "
                   "a recording. The row is left out.\n"
                   "7: Line 7: the start time “2026-11-32 09:15:02” is not a date and time such as "
                   "2026-11-03 09:15:02. The rest of the row is kept.\n"
                   "8: Line 8: the duration “long” is not a number of seconds or a time such as "
                   "00:01:35. The rest of the row is kept.\n");

  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 5);
  g_assert_cmpstr (row (reader, 0)->unique_id, ==, "1.1");
  g_assert_cmpstr (row (reader, 1)->unique_id, ==, "4.4");
  g_assert_cmpstr (row (reader, 2)->unique_id, ==, "6.6");
  g_assert_null (row (reader, 2)->started_at);
  g_assert_cmpint (row (reader, 2)->duration_ms, ==, 95000);
  g_assert_cmpstr (row (reader, 3)->unique_id, ==, "7.7");
  assert_time (row (reader, 3)->started_at, "2026-11-03T09:15:02+08:00");
  g_assert_cmpint (row (reader, 3)->duration_ms, ==, -1);
  g_assert_cmpstr (row (reader, 4)->unique_id, ==, "10.10");
  g_assert_null (fl_cdr_reader_find_by_unique_id (reader, "2.2"));
  g_assert_null (fl_cdr_reader_find_by_unique_id (reader, "3.3"));
}

static void
test_unclosed_quote (void)
{
  g_autoptr(FlCdrReader) reader = parse (
    "uniqueid,caller\n"
    "1.1,13800138000\n"
    "2.2,\"13800138000\n"
    "3.3,139\n");
  g_autofree char *problems = describe_problems (reader);

  g_assert_cmpstr (problems, ==,
                   "3: Line 3: a quoted value is never closed, so the rest of the file cannot be "
                   "read. The row is left out.\n");
  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 1);
}

static void
test_long_values_are_shortened (void)
{
  g_autoptr(GString) csv = g_string_new ("uniqueid,duration\n1,");
  g_autoptr(GString) shown = g_string_new ("“");
  g_autoptr(FlCdrReader) reader = NULL;
  FlCdrProblem *problem;

  for (guint i = 0; i < 100; i++)
    g_string_append (csv, "时");
  for (guint i = 0; i < 40; i++)
    g_string_append (shown, "时");
  g_string_append (shown, "…”");

  reader = parse (csv->str);
  problem = g_ptr_array_index (fl_cdr_reader_get_problems (reader), 0);
  g_assert_nonnull (strstr (problem->message, shown->str));
  g_assert_null (strstr (problem->message, "时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时时"));
}

static void
test_missing_key_column (void)
{
  const char *text = "Start Time,Caller,Agent,Duration\n2026-11-03 09:15:02,13800138000,1023,95\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FlCdrReader) reader = fl_cdr_reader_parse (text, strlen (text), &error);

  g_assert_null (reader);
  g_assert_error (error, FL_CDR_ERROR, FL_CDR_ERROR_NO_KEY_COLUMN);
  g_assert_cmpstr (error->message, ==,
                   "The call list has no column for the calls’ unique IDs or their recordings’ "
                   "file names, so its rows cannot be matched to recordings. Name one column "
                   "“uniqueid” (唯一标识) or “recordingfile” (文件名). The header row has: "
                   "Start Time, Caller, Agent, Duration.");
}

static void
test_empty_and_header_only (void)
{
  const char *empty[] = { "", "\n\n\r\n", "\xef\xbb\xbf", " , ,\n" };
  g_autoptr(FlCdrReader) header_only = parse ("uniqueid,caller\n");
  g_autoptr(FlCdrReader) header_no_newline = parse ("\xef\xbb\xbfrecordingfile");

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FlCdrReader) reader = fl_cdr_reader_parse (empty[i], strlen (empty[i]), &error);

      g_assert_null (reader);
      g_assert_error (error, FL_CDR_ERROR, FL_CDR_ERROR_EMPTY);
      g_assert_cmpstr (error->message, ==,
                       "The call list is empty. It needs a header row naming its columns, then "
                       "one row per call.");
    }

  g_assert_cmpuint (fl_cdr_reader_get_rows (header_only)->len, ==, 0);
  assert_no_problems (header_only);
  g_assert_cmpuint (fl_cdr_reader_get_rows (header_no_newline)->len, ==, 0);
  g_assert_null (fl_cdr_reader_find_by_unique_id (header_only, "1"));
}

static void
test_binary_garbage (void)
{
  const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  g_autoptr(GError) error = NULL;
  g_autoptr(FlCdrReader) reader = fl_cdr_reader_parse (png, sizeof png - 1, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261103);

  g_assert_null (reader);
  g_assert_error (error, FL_CDR_ERROR, FL_CDR_ERROR_NOT_TEXT);
  g_assert_cmpstr (error->message, ==,
                   "The call list is not a text (CSV) file. Export the call records from the PBX "
                   "as CSV and choose that file.");

  /* Random bytes, with and without zeros, and random text made of CSV's
   * own characters: never a crash, always a reader or an error. */
  for (guint round = 0; round < 300; round++)
    {
      static const char alphabet[] = "\",;\t\r\n ab1:-/.=\xe5\x91\xbc";
      gsize length = g_rand_int_range (rand, 0, 2048);
      g_autofree char *data = g_malloc (length + 1);
      g_autoptr(GError) round_error = NULL;
      g_autoptr(FlCdrReader) round_reader = NULL;

      for (gsize i = 0; i < length; i++)
        data[i] = round % 3 == 0 ? (char) g_rand_int_range (rand, 0, 256)
                : round % 3 == 1 ? (char) g_rand_int_range (rand, 128, 256)
                : alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      if (round % 3 == 2 && length > 12)
        memcpy (data, "uniqueid,a\n", 11);

      round_reader = fl_cdr_reader_parse (data, length, &round_error);
      g_assert_true ((round_reader == NULL) != (round_error == NULL));
      if (round_error != NULL)
        g_assert_true (round_error->domain == FL_CDR_ERROR);
    }
}

static void
test_load_file (void)
{
  g_autofree char *folder = fl_test_make_folder ();
  g_autofree char *path = g_build_filename (folder, "通话记录 11月.csv", NULL);
  g_autofree char *missing = g_build_filename (folder, "missing.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlCdrReader) reader = NULL;
  g_autoptr(FlCdrReader) not_there = NULL;

  g_assert_true (g_file_set_contents (path, "唯一标识,主叫\n1.1,13800138000\n", -1, &error));
  g_assert_no_error (error);

  reader = fl_cdr_reader_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row (reader, 0)->caller, ==, "13800138000");

  not_there = fl_cdr_reader_load (missing, &error);
  g_assert_null (not_there);
  g_assert_error (error, FL_CDR_ERROR, FL_CDR_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "The call list “"));
  g_assert_nonnull (strstr (error->message, "missing.csv” cannot be read: "));

  g_unlink (path);
  fl_test_remove_folder (folder);
}

static void
test_many_rows (void)
{
  g_autoptr(GString) csv = g_string_new ("calldate,src,dst,billsec,uniqueid,recordingfile\n");
  g_autoptr(FlCdrReader) reader = NULL;
  const FlCallMetadata *last;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "2026-11-03 09:15:02,13800%06u,8001,%u,1762160102.%u,"
                            "q-8001-13800%06u-20261103-091502-1762160102.%u.wav\n",
                            i, i % 600, i, i, i);
  reader = parse (csv->str);

  g_assert_cmpuint (fl_cdr_reader_get_rows (reader)->len, ==, 20000);
  assert_no_problems (reader);
  last = fl_cdr_reader_find_by_unique_id (reader, "1762160102.19999");
  g_assert_nonnull (last);
  g_assert_cmpstr (last->caller, ==, "13800019999");
  g_assert_true (fl_cdr_reader_find_by_file_name (reader, "q-8001-13800019999-20261103-091502-1762160102.19999.mp3") == last);
}

int
main (int   argc,
      char *argv[])
{
  /* The PBX's local time in the examples is China's. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  fl_test_init (&argc, &argv);

  g_test_add_func ("/recordings/cdr/english-headers", test_english_headers);
  g_test_add_func ("/recordings/cdr/file-name-matching", test_file_name_matching);
  g_test_add_func ("/recordings/cdr/quotes", test_quotes);
  g_test_add_func ("/recordings/cdr/line-numbers-after-quoted-breaks", test_line_numbers_after_quoted_breaks);
  g_test_add_func ("/recordings/cdr/bom-and-crlf", test_bom_and_crlf);
  g_test_add_func ("/recordings/cdr/chinese-headers", test_chinese_headers);
  g_test_add_func ("/recordings/cdr/other-chinese-names", test_other_chinese_names);
  g_test_add_func ("/recordings/cdr/gb18030", test_gb18030);
  g_test_add_func ("/recordings/cdr/utf16", test_utf16);
  g_test_add_func ("/recordings/cdr/asterisk", test_asterisk_cdr);
  g_test_add_func ("/recordings/cdr/duplicates-keep-the-longest", test_duplicates_keep_the_longest);
  g_test_add_func ("/recordings/cdr/times", test_times);
  g_test_add_func ("/recordings/cdr/bad-times", test_bad_times);
  g_test_add_func ("/recordings/cdr/durations", test_durations);
  g_test_add_func ("/recordings/cdr/direction-words", test_direction_words);
  g_test_add_func ("/recordings/cdr/malformed-rows", test_malformed_rows);
  g_test_add_func ("/recordings/cdr/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/recordings/cdr/long-values-are-shortened", test_long_values_are_shortened);
  g_test_add_func ("/recordings/cdr/missing-key-column", test_missing_key_column);
  g_test_add_func ("/recordings/cdr/empty-and-header-only", test_empty_and_header_only);
  g_test_add_func ("/recordings/cdr/binary-garbage", test_binary_garbage);
  g_test_add_func ("/recordings/cdr/load-file", test_load_file);
  g_test_add_func ("/recordings/cdr/many-rows", test_many_rows);

  return g_test_run ();
}
