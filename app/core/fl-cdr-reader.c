/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-cdr-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-cdr-reader.h"
#include "fl-cdr-values.h"
#include "fl-csv-parser.h"
#include "fl-recording-names.h"

/*
 * A call list (CDR) exported from the PBX or the call center's system as
 * CSV: a header row naming the columns, then one row per call.
 *
 * Text: UTF-8 with or without a byte order mark; UTF-16 with a byte order
 * mark and GB18030 (what Excel writes on Chinese Windows) are converted
 * (fl_cdr_decode_text()). Fields are separated by commas (or semicolons or
 * tabs, whichever the header row uses most), quoted as in RFC 4180: a quoted
 * field may hold the separator, line breaks and doubled quotes. Lines end in
 * CRLF, LF or CR (FlCsvParser). Excel's ="0105551234" (text that keeps
 * leading zeros) is unwrapped.
 *
 * Columns are matched on their header, ignoring case, spaces, "_", "-", "."
 * and a unit in brackets ("时长(秒)"). Where two columns mean the same, the
 * one earlier in its list below wins (billsec over duration):
 *
 *   unique id   uniqueid, callid, uid, linkedid, 唯一标识, 唯一id, 通话id, 呼叫id, 通话标识
 *   file name   recordingfile, filename, file, recording, recordfile, recordingfilename,
 *               文件名, 录音文件, 录音文件名, 录音
 *   start time  starttime, calldate, start, callstart, begintime, datetime, date, time,
 *               开始时间, 呼叫时间, 来电时间, 拨打时间, 通话开始时间, 日期时间, 时间
 *   caller      caller, callernumber, callerid, src, source, from, ani, cnum, 主叫, 主叫号码, 来电号码
 *   callee      callee, calleenumber, callednumber, called, dst, destination, to, dnis, 被叫, 被叫号码
 *   agent       agent, agentnumber, agentid, agentextension, jobnumber, extension, ext,
 *               坐席, 坐席号, 坐席工号, 坐席号码, 工号, 员工工号, 分机, 分机号
 *   queue       queue, queuename, queuenumber, 队列, 队列号, 技能组
 *   duration    billsec, talktime, talkduration, duration, seconds, 通话时长, 时长
 *   direction   direction, calldirection, calltype, type, 方向, 呼叫方向, 呼叫类型, 通话类型
 *   Asterisk    dcontext, channel, dstchannel: hints for direction, queue and agent
 *
 * At least a unique id or a file name column is needed to match rows to
 * recordings. Values: times as "2026-11-03 09:15:02" (also with "/", without
 * seconds or with single-digit fields) in the PBX's local time, ISO 8601 with
 * an offset or Z, 14 digits (20261103091502) or Unix seconds; durations in
 * seconds, as 00:01:35 or 1:35, or as 1分35秒; directions as inbound, in,
 * incoming, 呼入, 来电 / outbound, out, outgoing, 呼出, 去电, 外呼 / internal,
 * local, 内部, 内线. fl-cdr-values.h has the details.
 *
 * A row with the wrong number of columns, or with neither unique id nor
 * file name, is left out and reported with its line number; a value that
 * cannot be read is reported and left unknown, and the rest of its row kept.
 * When several rows share a unique id or file name (Asterisk writes one row
 * per ringing attempt), the longest call answers lookups.
 */

struct _FlCdrReader
{
  GObject     parent_instance;

  GPtrArray  *rows;
  GPtrArray  *problems;
  GHashTable *by_unique_id;  /* unique id → row (borrowed) */
  GHashTable *by_file_name;  /* file name's call key → row (borrowed) */
};

G_DEFINE_FINAL_TYPE (FlCdrReader, fl_cdr_reader, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-cdr-error-quark, fl_cdr_error)

typedef enum
{
  COLUMN_UNIQUE_ID,
  COLUMN_FILE_NAME,
  COLUMN_START,
  COLUMN_CALLER,
  COLUMN_CALLEE,
  COLUMN_AGENT,
  COLUMN_QUEUE,
  COLUMN_DURATION,
  COLUMN_DIRECTION,
  COLUMN_CONTEXT,
  COLUMN_CHANNEL,
  COLUMN_DST_CHANNEL,
  N_COLUMNS
} Column;

static const char *const column_names[N_COLUMNS][16] = {
  [COLUMN_UNIQUE_ID] = { "uniqueid", "callid", "uid", "linkedid", "唯一标识", "唯一id", "通话id",
                         "呼叫id", "通话标识" },
  [COLUMN_FILE_NAME] = { "recordingfile", "filename", "file", "recording", "recordfile",
                         "recordingfilename", "文件名", "录音文件", "录音文件名", "录音" },
  [COLUMN_START] = { "starttime", "calldate", "start", "callstart", "begintime", "datetime", "date",
                     "time", "开始时间", "呼叫时间", "来电时间", "拨打时间", "通话开始时间",
                     "日期时间", "时间" },
  [COLUMN_CALLER] = { "caller", "callernumber", "callerid", "src", "source", "from", "ani", "cnum",
                      "主叫", "主叫号码", "来电号码" },
  [COLUMN_CALLEE] = { "callee", "calleenumber", "callednumber", "called", "dst", "destination", "to",
                      "dnis", "被叫", "被叫号码" },
  [COLUMN_AGENT] = { "agent", "agentnumber", "agentid", "agentextension", "jobnumber", "extension",
                     "ext", "坐席", "坐席号", "坐席工号", "坐席号码", "工号", "员工工号", "分机",
                     "分机号" },
  [COLUMN_QUEUE] = { "queue", "queuename", "queuenumber", "队列", "队列号", "技能组" },
  [COLUMN_DURATION] = { "billsec", "talktime", "talkduration", "duration", "seconds", "通话时长",
                        "时长" },
  [COLUMN_DIRECTION] = { "direction", "calldirection", "calltype", "type", "方向", "呼叫方向",
                         "呼叫类型", "通话类型" },
  [COLUMN_CONTEXT] = { "dcontext" },
  [COLUMN_CHANNEL] = { "channel" },
  [COLUMN_DST_CHANNEL] = { "dstchannel" },
};

typedef struct
{
  FlCdrReader *self;
  gint         columns[N_COLUMNS];  /* field index of each column, or -1 */
  guint        n_header_fields;
  guint        line;
} Table;

static void
problem_free (FlCdrProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

G_GNUC_PRINTF (3, 4)
static void
add_problem (FlCdrReader *self,
             guint        line,
             const char  *format,
             ...)
{
  FlCdrProblem *problem = g_new0 (FlCdrProblem, 1);
  va_list args;

  va_start (args, format);
  problem->line = line;
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->problems, problem);
}

/* A value as it may be quoted in a message: not endless. */
static char *
shorten (const char *value)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (value, -1) <= 40)
    return g_strdup (value);
  start = g_utf8_substring (value, 0, 40);
  return g_strconcat (start, "…", NULL);
}

/* "Start Time", "start_time" and "开始时间（秒）" as the lists above write them. */
static char *
normalize_header (const char *name)
{
  GString *normal = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == '[' || c == 0xff08 /* （ */ || c == 0x3010 /* 【 */)
        break;
      if (g_unichar_isspace (c) || c == '_' || c == '-' || c == '.')
        continue;
      g_string_append_unichar (normal, g_unichar_tolower (c));
    }
  return g_string_free (normal, FALSE);
}

static gboolean
map_header (Table     *table,
            GPtrArray *fields)
{
  guint ranks[N_COLUMNS];

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      table->columns[c] = -1;
      ranks[c] = G_MAXUINT;
    }
  table->n_header_fields = fields->len;

  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *name = normalize_header (g_ptr_array_index (fields, i));

      for (guint c = 0; c < N_COLUMNS; c++)
        for (guint rank = 0; rank < G_N_ELEMENTS (column_names[c]) && column_names[c][rank]; rank++)
          if (rank < ranks[c] && strcmp (name, column_names[c][rank]) == 0)
            {
              table->columns[c] = i;
              ranks[c] = rank;
            }
    }

  return table->columns[COLUMN_UNIQUE_ID] >= 0 || table->columns[COLUMN_FILE_NAME] >= 0;
}

/* A field's value, trimmed, ="…" unwrapped; NULL when empty. */
static char *
field_value (Table     *table,
             GPtrArray *fields,
             Column     column)
{
  gint index = table->columns[column];
  char *value;
  gsize length;

  if (index < 0 || (guint) index >= fields->len)
    return NULL;

  value = g_strstrip (g_strdup (g_ptr_array_index (fields, index)));
  length = strlen (value);
  if (length >= 3 && value[0] == '=' && value[1] == '"' && value[length - 1] == '"')
    {
      memmove (value, value + 2, length - 3);
      value[length - 3] = '\0';
      g_strstrip (value);
    }
  if (*value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static gboolean
row_has_extra_values (Table     *table,
                      GPtrArray *fields)
{
  for (guint i = table->n_header_fields; i < fields->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);

      if (field[strspn (field, " \t")] != '\0')
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);

      if (field[strspn (field, " \t")] != '\0')
        return FALSE;
    }
  return TRUE;
}

/* Asterisk's hints, for what no column says. */
static void
apply_hints (Table          *table,
             GPtrArray      *fields,
             FlCallMetadata *row)
{
  g_autofree char *context = field_value (table, fields, COLUMN_CONTEXT);
  g_autofree char *channel = NULL;

  if (row->direction == FL_CALL_DIRECTION_UNKNOWN)
    row->direction = fl_cdr_direction_from_context (context, row->callee);
  if (row->queue == NULL && g_strcmp0 (context, "ext-queues") == 0)
    row->queue = g_strdup (row->callee);

  /* The agent's phone: the calling channel on an outbound call, the
   * answering one otherwise. */
  if (row->agent_number == NULL && row->direction != FL_CALL_DIRECTION_UNKNOWN)
    {
      channel = field_value (table, fields, row->direction == FL_CALL_DIRECTION_OUTBOUND
                                              ? COLUMN_CHANNEL : COLUMN_DST_CHANNEL);
      row->agent_number = fl_cdr_channel_extension (channel);
    }
}

static void
index_row (GHashTable     *index,
           char           *key,
           FlCallMetadata *row)
{
  FlCallMetadata *existing = g_hash_table_lookup (index, key);

  if (existing == NULL || row->duration_ms > existing->duration_ms)
    g_hash_table_replace (index, key, row);
  else
    g_free (key);
}

static void
add_row (FlCdrReader    *self,
         FlCallMetadata *row)
{
  g_ptr_array_add (self->rows, row);
  if (row->unique_id != NULL)
    index_row (self->by_unique_id, g_strdup (row->unique_id), row);
  if (row->file_name != NULL)
    index_row (self->by_file_name, fl_recording_names_call_key (row->file_name), row);
}

static void
read_row (Table     *table,
          GPtrArray *fields)
{
  FlCdrReader *self = table->self;
  g_autoptr(FlCallMetadata) row = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *start = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *direction = NULL;

  if (fields->len < table->n_header_fields || row_has_extra_values (table, fields))
    {
      add_problem (self, table->line,
                   _("Line %u has %u columns, but the header row has %u. The row is left out."),
                   table->line, fields->len, table->n_header_fields);
      return;
    }

  row = fl_call_metadata_new ();
  row->unique_id = field_value (table, fields, COLUMN_UNIQUE_ID);
  file_name = field_value (table, fields, COLUMN_FILE_NAME);
  row->file_name = file_name ? fl_cdr_base_name (file_name) : NULL;
  if (row->unique_id == NULL && row->file_name == NULL)
    {
      add_problem (self, table->line,
                   _("Line %u has neither a unique ID nor a file name, so it cannot be matched "
                     "to a recording. The row is left out."),
                   table->line);
      return;
    }

  row->caller = field_value (table, fields, COLUMN_CALLER);
  row->callee = field_value (table, fields, COLUMN_CALLEE);
  row->agent_number = field_value (table, fields, COLUMN_AGENT);
  row->queue = field_value (table, fields, COLUMN_QUEUE);

  if ((start = field_value (table, fields, COLUMN_START)) &&
      !(row->started_at = fl_cdr_parse_start (start)))
    {
      g_autofree char *shown = shorten (start);

      add_problem (self, table->line,
                   _("Line %u: the start time “%s” is not a date and time such as "
                     "2026-11-03 09:15:02. The rest of the row is kept."),
                   table->line, shown);
    }

  if ((duration = field_value (table, fields, COLUMN_DURATION)) &&
      (row->duration_ms = fl_cdr_parse_duration (duration)) < 0)
    {
      g_autofree char *shown = shorten (duration);

      add_problem (self, table->line,
                   _("Line %u: the duration “%s” is not a number of seconds or a time such as "
                     "00:01:35. The rest of the row is kept."),
                   table->line, shown);
    }

  if ((direction = field_value (table, fields, COLUMN_DIRECTION)) &&
      !fl_cdr_parse_direction (direction, &row->direction))
    {
      g_autofree char *shown = shorten (direction);

      add_problem (self, table->line,
                   _("Line %u: the direction “%s” is not inbound, outbound or internal. "
                     "The rest of the row is kept."),
                   table->line, shown);
    }

  apply_hints (table, fields, row);
  add_row (self, g_steal_pointer (&row));
}

static char *
describe_header (GPtrArray *fields)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < fields->len && i < 20; i++)
    {
      g_autofree char *shown = shorten (g_ptr_array_index (fields, i));

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", shown);
    }
  if (fields->len > 20)
    g_string_append (names, ", …");
  return g_strdup (names->str);
}

static void
fl_cdr_reader_finalize (GObject *object)
{
  FlCdrReader *self = FL_CDR_READER (object);

  g_clear_pointer (&self->by_unique_id, g_hash_table_unref);
  g_clear_pointer (&self->by_file_name, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (fl_cdr_reader_parent_class)->finalize (object);
}

static void
fl_cdr_reader_class_init (FlCdrReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_cdr_reader_finalize;
}

static void
fl_cdr_reader_init (FlCdrReader *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) fl_call_metadata_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  self->by_unique_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_file_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * fl_cdr_reader_parse:
 * @data: the CSV file's bytes
 * @length: their length
 * @error: where a file that cannot be used at all is explained
 *
 * Reads a call list; see the top of this file for what it accepts. Rows
 * that cannot be read are left out and listed by fl_cdr_reader_get_problems().
 *
 * Returns: (transfer full): the rows, or %NULL when the file is not text,
 * has no header row, or no column to match rows to recordings
 */
FlCdrReader *
fl_cdr_reader_parse (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(FlCdrReader) self = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  Table table = { NULL };
  FlCsvParser parser;
  gboolean have_header = FALSE;
  gboolean unclosed;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(text = fl_cdr_decode_text (data ? data : "", length)))
    {
      g_set_error_literal (error, FL_CDR_ERROR, FL_CDR_ERROR_NOT_TEXT,
                           _("The call list is not a text (CSV) file. Export the call records "
                             "from the PBX as CSV and choose that file."));
      return NULL;
    }

  self = g_object_new (FL_TYPE_CDR_READER, NULL);
  table.self = self;
  fl_csv_parser_init (&parser, text);

  while ((table.line = parser.line, fl_csv_parser_next_record (&parser, fields, &unclosed)))
    {
      if (unclosed)
        add_problem (self, table.line,
                     _("Line %u: a quoted value is never closed, so the rest of the file "
                       "cannot be read. The row is left out."),
                     table.line);
      else if (is_blank (fields))
        continue;
      else if (!have_header)
        {
          if (!map_header (&table, fields))
            {
              g_autofree char *names = describe_header (fields);

              g_set_error (error, FL_CDR_ERROR, FL_CDR_ERROR_NO_KEY_COLUMN,
                           _("The call list has no column for the calls’ unique IDs or their "
                             "recordings’ file names, so its rows cannot be matched to "
                             "recordings. Name one column “uniqueid” (唯一标识) or "
                             "“recordingfile” (文件名). The header row has: %s."),
                           names);
              return NULL;
            }
          have_header = TRUE;
        }
      else
        read_row (&table, fields);
    }

  if (!have_header)
    {
      g_set_error_literal (error, FL_CDR_ERROR, FL_CDR_ERROR_EMPTY,
                           _("The call list is empty. It needs a header row naming its columns, "
                             "then one row per call."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

FlCdrReader *
fl_cdr_reader_load (const char  *path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, FL_CDR_ERROR, FL_CDR_ERROR_READ,
                   _("The call list “%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  return fl_cdr_reader_parse (data, length, error);
}

/* Returns: (transfer none) (element-type FlCallMetadata): the rows read, in file order */
GPtrArray *
fl_cdr_reader_get_rows (FlCdrReader *self)
{
  g_return_val_if_fail (FL_IS_CDR_READER (self), NULL);
  return self->rows;
}

/* Returns: (transfer none) (element-type FlCdrProblem): the rows left out and the
 * values that could not be read, in file order */
GPtrArray *
fl_cdr_reader_get_problems (FlCdrReader *self)
{
  g_return_val_if_fail (FL_IS_CDR_READER (self), NULL);
  return self->problems;
}

const FlCallMetadata *
fl_cdr_reader_find_by_unique_id (FlCdrReader *self,
                                 const char  *unique_id)
{
  g_return_val_if_fail (FL_IS_CDR_READER (self), NULL);
  return unique_id ? g_hash_table_lookup (self->by_unique_id, unique_id) : NULL;
}

/* Matches the file name without folders, audio extension and leg suffix:
 * a CDR's "x.wav" finds "x.mp3" (converted after the call) and "x-in.wav". */
const FlCallMetadata *
fl_cdr_reader_find_by_file_name (FlCdrReader *self,
                                 const char  *file_name)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (FL_IS_CDR_READER (self), NULL);

  if (file_name == NULL || !(name = fl_cdr_base_name (file_name)))
    return NULL;
  key = fl_recording_names_call_key (name);
  return g_hash_table_lookup (self->by_file_name, key);
}

/* The row for a recording: by the unique id its name gave (@from_name may
 * be NULL), else by its file name. */
const FlCallMetadata *
fl_cdr_reader_find (FlCdrReader          *self,
                    const char           *relative_path,
                    const FlCallMetadata *from_name)
{
  const FlCallMetadata *row = NULL;

  g_return_val_if_fail (FL_IS_CDR_READER (self), NULL);

  if (from_name != NULL)
    row = fl_cdr_reader_find_by_unique_id (self, from_name->unique_id);
  if (row == NULL)
    row = fl_cdr_reader_find_by_file_name (self, relative_path);
  return row;
}
