/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-recording-private.h"
#include "fl-sql.h"

struct _FlRecording
{
  GObject                parent_instance;

  gint64                 id;
  char                  *path;
  char                  *second_path;
  char                  *unique_id;
  char                  *started_at;
  char                  *caller;
  char                  *callee;
  char                  *agent_number;
  gint64                 agent_staff_id;
  char                  *agent_name;
  char                  *agent_job_number;
  gint64                 team_id;
  char                  *team_name;
  char                  *queue;
  FlCallDirection        direction;
  gint64                 duration_ms;
  char                  *codec;
  guint                  channels;
  guint                  sample_rate;
  gint64                 file_size;
  gint64                 source_id;
  FlRecordingStatus      status;
  char                  *problem;
  FlRecordingEvaluation  evaluation_state;
  double                 score;
  gboolean               passed;
  char                  *imported_at;
  char                  *updated_at;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_PATH,
  PROP_SECOND_PATH,
  PROP_UNIQUE_ID,
  PROP_STARTED_AT,
  PROP_CALLER,
  PROP_CALLEE,
  PROP_AGENT_NUMBER,
  PROP_AGENT_STAFF_ID,
  PROP_AGENT_NAME,
  PROP_AGENT_JOB_NUMBER,
  PROP_TEAM_ID,
  PROP_TEAM_NAME,
  PROP_QUEUE,
  PROP_DIRECTION,
  PROP_DURATION_MS,
  PROP_CODEC,
  PROP_CHANNELS,
  PROP_SAMPLE_RATE,
  PROP_FILE_SIZE,
  PROP_STATUS,
  PROP_PROBLEM,
  PROP_EVALUATION_STATE,
  PROP_SCORE,
  PROP_PASSED,
  PROP_IMPORTED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlRecording, fl_recording, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (FlRecordingStatus, fl_recording_status,
                    G_DEFINE_ENUM_VALUE (FL_RECORDING_STATUS_PRESENT, "present"),
                    G_DEFINE_ENUM_VALUE (FL_RECORDING_STATUS_MISSING, "missing"),
                    G_DEFINE_ENUM_VALUE (FL_RECORDING_STATUS_UNREADABLE, "unreadable"))

G_DEFINE_ENUM_TYPE (FlRecordingEvaluation, fl_recording_evaluation,
                    G_DEFINE_ENUM_VALUE (FL_RECORDING_EVALUATION_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (FL_RECORDING_EVALUATION_DRAFT, "draft"),
                    G_DEFINE_ENUM_VALUE (FL_RECORDING_EVALUATION_SUBMITTED, "submitted"))

/* The codes are those of the schema's CHECK constraints. */
static const char *status_codes[] = { "present", "missing", "unreadable" };
static const char *evaluation_codes[] = { "none", "draft", "submitted" };

static guint
code_index (const char  *code,
            const char **codes,
            guint        n_codes)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (code, codes[i]) == 0)
      return i;
  return 0;
}

const char *
fl_recording_status_to_code (FlRecordingStatus status)
{
  g_return_val_if_fail (status <= FL_RECORDING_STATUS_UNREADABLE, NULL);
  return status_codes[status];
}

FlRecordingStatus
fl_recording_status_from_code (const char *code)
{
  return code_index (code, status_codes, G_N_ELEMENTS (status_codes));
}

const char *
fl_recording_status_to_label (FlRecordingStatus status)
{
  switch (status)
    {
    case FL_RECORDING_STATUS_MISSING:
      /* Translators: the recording's file is no longer in the imported folder */
      return C_("recording status", "Missing");
    case FL_RECORDING_STATUS_UNREADABLE:
      /* Translators: the recording's file cannot be decoded */
      return C_("recording status", "Unreadable");
    case FL_RECORDING_STATUS_PRESENT:
    default:
      return C_("recording status", "Present");
    }
}

const char *
fl_recording_evaluation_to_code (FlRecordingEvaluation evaluation)
{
  g_return_val_if_fail (evaluation <= FL_RECORDING_EVALUATION_SUBMITTED, NULL);
  return evaluation_codes[evaluation];
}

FlRecordingEvaluation
fl_recording_evaluation_from_code (const char *code)
{
  return code_index (code, evaluation_codes, G_N_ELEMENTS (evaluation_codes));
}

const char *
fl_recording_evaluation_to_label (FlRecordingEvaluation evaluation)
{
  switch (evaluation)
    {
    case FL_RECORDING_EVALUATION_DRAFT:
      /* Translators: an evaluation of the call was started, not submitted (质检中) */
      return C_("evaluation state", "Draft");
    case FL_RECORDING_EVALUATION_SUBMITTED:
      /* Translators: the call's evaluation was submitted (已质检) */
      return C_("evaluation state", "Evaluated");
    case FL_RECORDING_EVALUATION_NONE:
    default:
      /* Translators: nobody has evaluated the call yet (未质检) */
      return C_("evaluation state", "Not evaluated");
    }
}

/* recordings.codec holds a short code written by the import (see
 * fl-recording-probe.c); this is how it reads. */
const char *
fl_recording_codec_to_label (const char *codec)
{
  static const struct
  {
    const char *code;
    const char *label;
  } labels[] = {
    { "pcm", N_("PCM") },
    { "mulaw", N_("µ-law") },
    { "alaw", N_("A-law") },
    { "gsm", N_("GSM") },
    { "mp3", N_("MP3") },
    { "opus", N_("Opus") },
    { "vorbis", N_("Vorbis") },
    { "flac", N_("FLAC") },
    { "adpcm", N_("ADPCM") },
    { "g722", N_("G.722") },
  };

  if (codec == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (codec, labels[i].code))
      return _(labels[i].label);
  return codec;
}

static char *
dup_column (sqlite3_stmt *statement,
            int           column)
{
  return g_strdup (fl_sql_column_text (statement, column));
}

/* Reads one row of FL_RECORDING_COLUMNS. */
FlRecording *
fl_recording_new_from_row (sqlite3_stmt *statement)
{
  FlRecording *self = g_object_new (FL_TYPE_RECORDING, NULL);

  self->id = sqlite3_column_int64 (statement, 0);
  self->path = dup_column (statement, 1);
  self->second_path = dup_column (statement, 2);
  self->unique_id = dup_column (statement, 3);
  self->started_at = dup_column (statement, 4);
  self->caller = dup_column (statement, 5);
  self->callee = dup_column (statement, 6);
  self->agent_number = dup_column (statement, 7);
  self->agent_staff_id = sqlite3_column_int64 (statement, 8);
  self->agent_name = dup_column (statement, 9);
  self->agent_job_number = dup_column (statement, 10);
  self->team_id = sqlite3_column_int64 (statement, 11);
  self->team_name = dup_column (statement, 12);
  self->queue = dup_column (statement, 13);
  self->direction = fl_call_direction_from_code (fl_sql_column_text (statement, 14));
  if (sqlite3_column_type (statement, 15) != SQLITE_NULL)
    self->duration_ms = sqlite3_column_int64 (statement, 15);
  self->codec = dup_column (statement, 16);
  self->channels = sqlite3_column_int (statement, 17);
  self->sample_rate = sqlite3_column_int (statement, 18);
  self->file_size = sqlite3_column_int64 (statement, 19);
  self->status = fl_recording_status_from_code (fl_sql_column_text (statement, 20));
  self->problem = dup_column (statement, 21);
  self->evaluation_state = fl_recording_evaluation_from_code (fl_sql_column_text (statement, 22));
  if (sqlite3_column_type (statement, 23) != SQLITE_NULL)
    self->score = sqlite3_column_double (statement, 23);
  self->passed = sqlite3_column_int (statement, 24) != 0;
  self->imported_at = dup_column (statement, 25);
  self->updated_at = dup_column (statement, 26);
  self->source_id = sqlite3_column_int64 (statement, 27);

  return self;
}

/* Whether two reads of a row found the same: every column compared. */
gboolean
fl_recording_same (FlRecording *a,
                   FlRecording *b)
{
  g_return_val_if_fail (FL_IS_RECORDING (a) && FL_IS_RECORDING (b), FALSE);

  return a->id == b->id &&
         g_strcmp0 (a->path, b->path) == 0 &&
         g_strcmp0 (a->second_path, b->second_path) == 0 &&
         g_strcmp0 (a->unique_id, b->unique_id) == 0 &&
         g_strcmp0 (a->started_at, b->started_at) == 0 &&
         g_strcmp0 (a->caller, b->caller) == 0 &&
         g_strcmp0 (a->callee, b->callee) == 0 &&
         g_strcmp0 (a->agent_number, b->agent_number) == 0 &&
         a->agent_staff_id == b->agent_staff_id &&
         g_strcmp0 (a->agent_name, b->agent_name) == 0 &&
         g_strcmp0 (a->agent_job_number, b->agent_job_number) == 0 &&
         a->team_id == b->team_id &&
         g_strcmp0 (a->team_name, b->team_name) == 0 &&
         g_strcmp0 (a->queue, b->queue) == 0 &&
         a->direction == b->direction &&
         a->duration_ms == b->duration_ms &&
         g_strcmp0 (a->codec, b->codec) == 0 &&
         a->channels == b->channels &&
         a->sample_rate == b->sample_rate &&
         a->file_size == b->file_size && a->source_id == b->source_id &&
         a->status == b->status &&
         g_strcmp0 (a->problem, b->problem) == 0 &&
         a->evaluation_state == b->evaluation_state &&
         a->score == b->score &&
         a->passed == b->passed &&
         g_strcmp0 (a->imported_at, b->imported_at) == 0 &&
         g_strcmp0 (a->updated_at, b->updated_at) == 0;
}

static void
fl_recording_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FlRecording *self = FL_RECORDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_SECOND_PATH:
      g_value_set_string (value, self->second_path);
      break;
    case PROP_UNIQUE_ID:
      g_value_set_string (value, self->unique_id);
      break;
    case PROP_STARTED_AT:
      g_value_set_string (value, self->started_at);
      break;
    case PROP_CALLER:
      g_value_set_string (value, self->caller);
      break;
    case PROP_CALLEE:
      g_value_set_string (value, self->callee);
      break;
    case PROP_AGENT_NUMBER:
      g_value_set_string (value, self->agent_number);
      break;
    case PROP_AGENT_STAFF_ID:
      g_value_set_int64 (value, self->agent_staff_id);
      break;
    case PROP_AGENT_NAME:
      g_value_set_string (value, self->agent_name);
      break;
    case PROP_AGENT_JOB_NUMBER:
      g_value_set_string (value, self->agent_job_number);
      break;
    case PROP_TEAM_ID:
      g_value_set_int64 (value, self->team_id);
      break;
    case PROP_TEAM_NAME:
      g_value_set_string (value, self->team_name);
      break;
    case PROP_QUEUE:
      g_value_set_string (value, self->queue);
      break;
    case PROP_DIRECTION:
      g_value_set_int (value, self->direction);
      break;
    case PROP_DURATION_MS:
      g_value_set_int64 (value, self->duration_ms);
      break;
    case PROP_CODEC:
      g_value_set_string (value, self->codec);
      break;
    case PROP_CHANNELS:
      g_value_set_uint (value, self->channels);
      break;
    case PROP_SAMPLE_RATE:
      g_value_set_uint (value, self->sample_rate);
      break;
    case PROP_FILE_SIZE:
      g_value_set_int64 (value, self->file_size);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    case PROP_EVALUATION_STATE:
      g_value_set_enum (value, self->evaluation_state);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_PASSED:
      g_value_set_boolean (value, self->passed);
      break;
    case PROP_IMPORTED_AT:
      g_value_set_string (value, self->imported_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_recording_finalize (GObject *object)
{
  FlRecording *self = (FlRecording *) object;

  g_free (self->path);
  g_free (self->second_path);
  g_free (self->unique_id);
  g_free (self->started_at);
  g_free (self->caller);
  g_free (self->callee);
  g_free (self->agent_number);
  g_free (self->agent_name);
  g_free (self->agent_job_number);
  g_free (self->team_name);
  g_free (self->queue);
  g_free (self->codec);
  g_free (self->problem);
  g_free (self->imported_at);
  g_free (self->updated_at);

  G_OBJECT_CLASS (fl_recording_parent_class)->finalize (object);
}

#define READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static GParamSpec *
text_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, READABLE);
}

static GParamSpec *
int64_property (const char *name,
                gint64      minimum,
                gint64      default_value)
{
  return g_param_spec_int64 (name, NULL, NULL, minimum, G_MAXINT64, default_value, READABLE);
}

static void
fl_recording_class_init (FlRecordingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fl_recording_get_property;
  object_class->finalize = fl_recording_finalize;

  properties[PROP_ID] = int64_property ("id", 0, 0);
  properties[PROP_PATH] = text_property ("path");
  properties[PROP_SECOND_PATH] = text_property ("second-path");
  properties[PROP_UNIQUE_ID] = text_property ("unique-id");
  /* UTC ISO-8601, as stored; NULL when neither name nor CDR tells. */
  properties[PROP_STARTED_AT] = text_property ("started-at");
  properties[PROP_CALLER] = text_property ("caller");
  properties[PROP_CALLEE] = text_property ("callee");
  properties[PROP_AGENT_NUMBER] = text_property ("agent-number");
  properties[PROP_AGENT_STAFF_ID] = int64_property ("agent-staff-id", 0, 0);
  properties[PROP_AGENT_NAME] = text_property ("agent-name");
  properties[PROP_AGENT_JOB_NUMBER] = text_property ("agent-job-number");
  properties[PROP_TEAM_ID] = int64_property ("team-id", 0, 0);
  properties[PROP_TEAM_NAME] = text_property ("team-name");
  properties[PROP_QUEUE] = text_property ("queue");
  /* An FlCallDirection. */
  properties[PROP_DIRECTION] =
    g_param_spec_int ("direction", NULL, NULL, FL_CALL_DIRECTION_UNKNOWN,
                      FL_CALL_DIRECTION_INTERNAL, FL_CALL_DIRECTION_UNKNOWN, READABLE);
  /* -1 when unknown (an unreadable file). */
  properties[PROP_DURATION_MS] = int64_property ("duration-ms", -1, -1);
  properties[PROP_CODEC] = text_property ("codec");
  properties[PROP_CHANNELS] = g_param_spec_uint ("channels", NULL, NULL, 0, G_MAXUINT, 0, READABLE);
  properties[PROP_SAMPLE_RATE] =
    g_param_spec_uint ("sample-rate", NULL, NULL, 0, G_MAXUINT, 0, READABLE);
  properties[PROP_FILE_SIZE] = int64_property ("file-size", 0, 0);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, FL_TYPE_RECORDING_STATUS,
                       FL_RECORDING_STATUS_PRESENT, READABLE);
  properties[PROP_PROBLEM] = text_property ("problem");
  properties[PROP_EVALUATION_STATE] =
    g_param_spec_enum ("evaluation-state", NULL, NULL, FL_TYPE_RECORDING_EVALUATION,
                       FL_RECORDING_EVALUATION_NONE, READABLE);
  /* Percent; -1 until an evaluation is submitted. */
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -1, 100, -1, READABLE);
  properties[PROP_PASSED] = g_param_spec_boolean ("passed", NULL, NULL, FALSE, READABLE);
  properties[PROP_IMPORTED_AT] = text_property ("imported-at");
  properties[PROP_UPDATED_AT] = text_property ("updated-at");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_recording_init (FlRecording *self)
{
  self->duration_ms = -1;
  self->score = -1;
}

gint64
fl_recording_get_id (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->id;
}

const char *
fl_recording_get_path (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->path;
}

const char *
fl_recording_get_second_path (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->second_path;
}

const char *
fl_recording_get_unique_id (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->unique_id;
}

const char *
fl_recording_get_started_at (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->started_at;
}

/* The start in the local time zone, for showing; NULL when unknown. */
GDateTime *
fl_recording_dup_started_at_local (FlRecording *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);

  if (self->started_at == NULL || !(utc = g_date_time_new_from_iso8601 (self->started_at, NULL)))
    return NULL;
  return g_date_time_to_local (utc);
}

const char *
fl_recording_get_caller (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->caller;
}

const char *
fl_recording_get_callee (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->callee;
}

const char *
fl_recording_get_agent_number (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->agent_number;
}

gint64
fl_recording_get_agent_staff_id (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->agent_staff_id;
}

const char *
fl_recording_get_agent_name (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->agent_name;
}

const char *
fl_recording_get_agent_job_number (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->agent_job_number;
}

gint64
fl_recording_get_team_id (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->team_id;
}

const char *
fl_recording_get_team_name (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->team_name;
}

const char *
fl_recording_get_queue (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->queue;
}

FlCallDirection
fl_recording_get_direction (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), FL_CALL_DIRECTION_UNKNOWN);
  return self->direction;
}

gint64
fl_recording_get_duration_ms (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), -1);
  return self->duration_ms;
}

const char *
fl_recording_get_codec (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->codec;
}

guint
fl_recording_get_channels (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->channels;
}

guint
fl_recording_get_sample_rate (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->sample_rate;
}

/* The recording server it is on, or 0 for a file on this computer or a
 * shared folder. */
gint64
fl_recording_get_source_id (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->source_id;
}

gint64
fl_recording_get_file_size (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), 0);
  return self->file_size;
}

FlRecordingStatus
fl_recording_get_status (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), FL_RECORDING_STATUS_PRESENT);
  return self->status;
}

const char *
fl_recording_get_problem (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->problem;
}

FlRecordingEvaluation
fl_recording_get_evaluation_state (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), FL_RECORDING_EVALUATION_NONE);
  return self->evaluation_state;
}

double
fl_recording_get_score (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), -1);
  return self->score;
}

gboolean
fl_recording_get_passed (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), FALSE);
  return self->passed;
}

const char *
fl_recording_get_imported_at (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->imported_at;
}

const char *
fl_recording_get_updated_at (FlRecording *self)
{
  g_return_val_if_fail (FL_IS_RECORDING (self), NULL);
  return self->updated_at;
}
