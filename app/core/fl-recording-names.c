/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-names"

#include "config.h"

#include <string.h>

#include "fl-recording-names.h"

/*
 * What a recording's path says about the call.
 *
 * FreePBX (12 and later) names every recording in sub-record-check
 * (callrecording module, functions.inc.php):
 *
 *   CALLFILENAME = ${ARG2}-${ARG3}-${FROMEXTEN}-${TIMESTR}-${UNIQUEID}
 *   MixMonitor (${MIXMON_DIR}${YEAR}/${MONTH}/${DAY}/${CALLFILENAME}.${MON_FMT})
 *
 * that is {mode}-{destination}-{source}-{YYYYMMDD}-{HHMMSS}-{uniqueid}.{ext}
 * under YYYY/MM/DD/, in the PBX's local time. The mode and destination come
 * from the dialplan that asked for the recording; the source is FROMEXTEN,
 * the caller's extension (AMPUSER) or, for calls from outside, the caller ID
 * number ("unknown" when there is none):
 *
 *   out-{dialled number}-{agent's extension}  outbound route (${EXTEN} of the route)
 *   in-{DID}-{caller}                         inbound route, before any extension rings
 *   external-{extension}-{caller}             an extension answering a call from outside
 *   internal-{extension}-{extension}          one extension calling another
 *   exten-{extension}-{caller}                the same, as older FreePBX names it
 *                                             (before the internal/external split)
 *   q-{queue}-{caller}                        queue (the answering agent is not in the name)
 *   rg-{ring group}-{caller}                  ring group
 *   ondemand-{other party}-{caller}           one-touch recording (*1), from
 *                                             bin/one_touch_record.php
 *   force-{DID}-{caller}, generic-{DID}-{caller}  the Call Recording module's
 *                                             destinations (generic check)
 *   parked-{extension}-{caller}               a parked call picked up
 *
 * The unique id is Asterisk's ${UNIQUEID}, "1762160102.101" (epoch.sequence),
 * perhaps with a "systemname-" prefix, so it is everything after the time.
 * MON_FMT "wav49" is written as ".WAV" (GSM in a WAV file); a MIXMON_POST
 * script may have converted the file to .mp3 or another format.
 *
 * Oreka (OrkAudio, orkbasecxx/AudioTape.cpp GenerateCaptureFilePathAndIdentifier)
 * names a capture YYYY/MM/DD/HH/YYYYMMDD_HHMMSS_{port}.{ext}, local time; the
 * port is the capture port or trunk, and the name tells nothing about agents.
 *
 * Two mono legs of one call end in -in/-out (Asterisk Monitor) or -r/-t
 * (MixMonitor's r() and t() files), also with "_" instead of "-". Both are
 * recorded on the channel that started the recording, which FreePBX runs on
 * the calling side: "in"/"r" is what that channel's caller said, "out"/"t"
 * what it heard from the other party. So for inbound and internal calls the
 * agent is the "out"/"t" leg and the customer the "in"/"r" leg; for outbound
 * calls the agent is the caller, and the legs swap.
 */

typedef enum
{
  MODE_OUT,
  MODE_IN,
  MODE_EXTERNAL,
  MODE_INTERNAL,
  MODE_EXTEN,
  MODE_QUEUE,
  MODE_RING_GROUP,
  MODE_ON_DEMAND,
  MODE_GENERIC,
  MODE_PARKED,
} Mode;

static const struct
{
  const char *name;
  Mode        mode;
} modes[] = {
  { "out", MODE_OUT },
  { "in", MODE_IN },
  { "external", MODE_EXTERNAL },
  { "internal", MODE_INTERNAL },
  { "exten", MODE_EXTEN },
  { "q", MODE_QUEUE },
  { "rg", MODE_RING_GROUP },
  { "ondemand", MODE_ON_DEMAND },
  { "force", MODE_GENERIC },
  { "generic", MODE_GENERIC },
  { "parked", MODE_PARKED },
};

static const char *audio_extensions[] = { "wav", "gsm", "mp3", "ogg", "opus", "flac" };

typedef enum
{
  LEG_NONE,
  LEG_IN,
  LEG_OUT,
  LEG_R,
  LEG_T,
} Leg;

static const char *leg_names[] = {
  [LEG_NONE] = NULL,
  [LEG_IN] = "in",
  [LEG_OUT] = "out",
  [LEG_R] = "r",
  [LEG_T] = "t",
};

/* Where one path's parts are: [0, key_end) is the call key, [name_start,
 * key_end) the file name without leg and extension. */
typedef struct
{
  gsize name_start;
  gsize key_end;
  Leg   leg;
} Parts;

static gboolean
all_digits (const char *text,
            gsize       length)
{
  if (text == NULL || strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* An extension or 工号: a short number. Outside numbers have 7 digits or more. */
static gboolean
is_extension (const char *number)
{
  gsize length = number ? strlen (number) : 0;

  return length >= 1 && length <= 6 && all_digits (number, length);
}

/* The end of a file name's stem: the dot before a known audio extension,
 * or the end when there is none (or nothing before it). */
static gsize
stem_end (const char *path,
          gsize       name_start,
          gsize       length)
{
  const char *dot = strrchr (path + name_start, '.');

  if (dot == NULL || dot == path + name_start)
    return length;
  for (guint i = 0; i < G_N_ELEMENTS (audio_extensions); i++)
    if (g_ascii_strcasecmp (dot + 1, audio_extensions[i]) == 0)
      return dot - path;
  return length;
}

static Parts
split_path (const char *path)
{
  static const char *suffixes[] = { "out", "in", "r", "t" };
  static const Leg suffix_legs[] = { LEG_OUT, LEG_IN, LEG_R, LEG_T };
  const char *slash = strrchr (path, '/');
  gsize length = strlen (path);
  Parts parts = { 0, 0, LEG_NONE };

  parts.name_start = slash ? (gsize) (slash - path) + 1 : 0;
  parts.key_end = stem_end (path, parts.name_start, length);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize suffix_length = strlen (suffixes[i]) + 1;
      gsize start;

      /* Something must be left of the name once the suffix is gone. */
      if (parts.key_end < parts.name_start + suffix_length + 1)
        continue;
      start = parts.key_end - suffix_length;
      if ((path[start] == '-' || path[start] == '_') &&
          g_ascii_strncasecmp (path + start + 1, suffixes[i], suffix_length - 1) == 0)
        {
          parts.key_end = start;
          parts.leg = suffix_legs[i];
          break;
        }
    }
  return parts;
}

static gboolean
find_mode (const char *name,
           Mode       *mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    if (strcmp (name, modes[i].name) == 0)
      {
        *mode = modes[i].mode;
        return TRUE;
      }
  return FALSE;
}

static int
number_at (const char *digits,
           guint       count)
{
  int value = 0;

  for (guint i = 0; i < count; i++)
    value = value * 10 + g_ascii_digit_value (digits[i]);
  return value;
}

/* "20261103" and "091502" as a local time; NULL when either is not a real
 * date or time. */
static GDateTime *
parse_date_time (const char *date,
                 const char *time)
{
  int year, month, day, hour, minute, second;

  if (!all_digits (date, 8) || !all_digits (time, 6))
    return NULL;

  year = number_at (date, 4);
  month = number_at (date + 4, 2);
  day = number_at (date + 6, 2);
  hour = number_at (time, 2);
  minute = number_at (time + 2, 2);
  second = number_at (time + 4, 2);
  if (year < 1970 || !g_date_valid_dmy (day, month, year) ||
      hour > 23 || minute > 59 || second > 59)
    return NULL;

  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static char *
join_tokens (char  **tokens,
             guint   count)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < count; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? "-" : "", tokens[i]);
  return g_string_free (joined, FALSE);
}

/* Takes @value. */
static void
set_text (char **field,
          char  *value)
{
  g_free (*field);
  *field = value;
}

/* FreePBX writes "unknown" when a call has no caller ID. */
static char *
number_or_null (const char *text)
{
  if (text == NULL || *text == '\0' ||
      g_ascii_strcasecmp (text, "unknown") == 0 ||
      g_ascii_strcasecmp (text, "anonymous") == 0)
    return NULL;
  return g_strdup (text);
}

/* Calls from an extension have the extension as their source; anything
 * else (an outside number, or none) came in from outside. */
static FlCallDirection
direction_from_source (const char *source)
{
  return is_extension (source) ? FL_CALL_DIRECTION_INTERNAL : FL_CALL_DIRECTION_INBOUND;
}

static void
fill_freepbx (FlCallMetadata *metadata,
              Mode            mode,
              char           *destination,
              char           *source)
{
  /* The caller is the source in every mode. */
  set_text (&metadata->caller, source);

  switch (mode)
    {
    case MODE_OUT:
      /* The agent dialled out: the source is the agent's extension. */
      metadata->direction = FL_CALL_DIRECTION_OUTBOUND;
      set_text (&metadata->callee, destination);
      set_text (&metadata->agent_number, g_strdup (source));
      break;

    case MODE_IN:
      /* Recorded on the inbound route: the destination is the DID, and no
       * agent has answered yet. */
      metadata->direction = FL_CALL_DIRECTION_INBOUND;
      set_text (&metadata->callee, destination);
      break;

    case MODE_EXTERNAL:
    case MODE_INTERNAL:
    case MODE_EXTEN:
    case MODE_PARKED:
      /* The destination is the extension that answered. */
      if (mode == MODE_EXTERNAL)
        metadata->direction = FL_CALL_DIRECTION_INBOUND;
      else if (mode == MODE_INTERNAL)
        metadata->direction = FL_CALL_DIRECTION_INTERNAL;
      else
        metadata->direction = direction_from_source (source);
      set_text (&metadata->callee, destination);
      set_text (&metadata->agent_number, g_strdup (destination));
      break;

    case MODE_QUEUE:
    case MODE_RING_GROUP:
      /* The destination is the queue or ring group (both spread calls over
       * agents, so a ring group is kept as the call's queue). */
      metadata->direction = direction_from_source (source);
      set_text (&metadata->queue, destination);
      break;

    case MODE_ON_DEMAND:
      /* The other party is whoever the caller is bridged to. The agent is
       * the extension: the caller on an outbound call, else the other. */
      set_text (&metadata->callee, destination);
      if (!is_extension (source))
        metadata->direction = FL_CALL_DIRECTION_INBOUND;
      else if (is_extension (destination))
        metadata->direction = FL_CALL_DIRECTION_INTERNAL;
      else if (destination != NULL)
        metadata->direction = FL_CALL_DIRECTION_OUTBOUND;
      else
        metadata->direction = FL_CALL_DIRECTION_UNKNOWN;

      if (metadata->direction == FL_CALL_DIRECTION_OUTBOUND)
        set_text (&metadata->agent_number, g_strdup (source));
      else if (is_extension (destination))
        set_text (&metadata->agent_number, g_strdup (destination));
      break;

    case MODE_GENERIC:
    default:
      /* The destination is the DID the call came in on, if any. */
      metadata->direction = direction_from_source (source);
      set_text (&metadata->callee, destination);
      break;
    }
}

static gboolean
parse_freepbx (const char     *name,
               FlCallMetadata *metadata)
{
  g_auto(GStrv) tokens = g_strsplit (name, "-", -1);
  guint n = g_strv_length (tokens);
  g_autoptr(GDateTime) started_at = NULL;
  g_autofree char *source = NULL;
  g_autofree char *unique_id = NULL;
  guint date_index = 0;
  Mode mode;

  if (n < 6 || !find_mode (tokens[0], &mode))
    return FALSE;

  /* The first date and time after mode, destination and source; a source
   * with a dash in it takes more than one token. */
  for (guint i = 3; i + 2 < n && date_index == 0; i++)
    if (all_digits (tokens[i], 8) && all_digits (tokens[i + 1], 6))
      date_index = i;
  if (date_index == 0 || !(started_at = parse_date_time (tokens[date_index], tokens[date_index + 1])))
    return FALSE;

  unique_id = g_strjoinv ("-", tokens + date_index + 2);
  if (*unique_id == '\0')
    return FALSE;
  source = join_tokens (tokens + 2, date_index - 2);

  metadata->pattern = "freepbx";
  set_text (&metadata->unique_id, g_steal_pointer (&unique_id));
  g_clear_pointer (&metadata->started_at, g_date_time_unref);
  metadata->started_at = g_steal_pointer (&started_at);
  fill_freepbx (metadata, mode, number_or_null (tokens[1]), number_or_null (source));
  return TRUE;
}

static gboolean
parse_oreka (const char     *name,
             FlCallMetadata *metadata)
{
  g_auto(GStrv) tokens = g_strsplit (name, "_", 3);
  g_autoptr(GDateTime) started_at = NULL;

  if (g_strv_length (tokens) != 3 || *tokens[2] == '\0' ||
      !(started_at = parse_date_time (tokens[0], tokens[1])))
    return FALSE;

  metadata->pattern = "oreka";
  g_clear_pointer (&metadata->started_at, g_date_time_unref);
  metadata->started_at = g_steal_pointer (&started_at);
  set_text (&metadata->port, g_strdup (tokens[2]));
  return TRUE;
}

/**
 * fl_recording_names_parse:
 * @relative_path: the recording's path under the imported folder, with "/"
 * @metadata: a fresh #FlCallMetadata to fill
 *
 * Reads what the file's path tells about the call. Whatever the name,
 * @metadata gets a call_key (the path without leg suffix and audio
 * extension, shared by both legs of one call) and, for one leg of a pair,
 * its leg; a recording is never dropped for its name.
 *
 * Returns: %TRUE when the name follows a known pattern (FreePBX or Oreka)
 * and its date and time are real.
 */
gboolean
fl_recording_names_parse (const char     *relative_path,
                          FlCallMetadata *metadata)
{
  g_autofree char *name = NULL;
  Parts parts;

  g_return_val_if_fail (relative_path != NULL, FALSE);
  g_return_val_if_fail (metadata != NULL, FALSE);

  parts = split_path (relative_path);
  set_text (&metadata->call_key, g_strndup (relative_path, parts.key_end));
  set_text (&metadata->leg, g_strdup (leg_names[parts.leg]));

  /* A known pattern needs a known audio extension: otherwise the dot of
   * the unique id would be taken for one. */
  if (stem_end (relative_path, parts.name_start, strlen (relative_path)) == strlen (relative_path))
    return FALSE;

  name = g_strndup (relative_path + parts.name_start, parts.key_end - parts.name_start);
  return parse_freepbx (name, metadata) || parse_oreka (name, metadata);
}

/* Whether @file_name ends in an extension that call recordings come in. */
gboolean
fl_recording_names_is_audio (const char *file_name)
{
  const char *slash;
  gsize name_start;

  g_return_val_if_fail (file_name != NULL, FALSE);

  slash = strrchr (file_name, '/');
  name_start = slash ? (gsize) (slash - file_name) + 1 : 0;
  return stem_end (file_name, name_start, strlen (file_name)) != strlen (file_name);
}

/* The path without leg suffix and audio extension: the call_key that
 * fl_recording_names_parse() gives, without parsing the rest. */
char *
fl_recording_names_call_key (const char *relative_path)
{
  g_return_val_if_fail (relative_path != NULL, NULL);

  return g_strndup (relative_path, split_path (relative_path).key_end);
}

void
fl_recording_group_free (FlRecordingGroup *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->second_path);
  g_free (self);
}

static FlRecordingGroup *
group_new (const char *path,
           const char *second_path)
{
  FlRecordingGroup *group = g_new0 (FlRecordingGroup, 1);

  group->path = g_strdup (path);
  group->second_path = g_strdup (second_path);
  return group;
}

static gboolean
is_outbound (const char *path)
{
  g_autoptr(FlCallMetadata) metadata = fl_call_metadata_new ();

  fl_recording_names_parse (path, metadata);
  return metadata->direction == FL_CALL_DIRECTION_OUTBOUND;
}

/* Pairs the legs in one call's group when it holds exactly one of each;
 * partners[i] is then the other leg's index, else -1. */
static void
pair_group (GArray     *members,
            const Leg  *legs,
            gint       *partners)
{
  gint first, second;

  if (members->len != 2)
    return;
  first = g_array_index (members, gint, 0);
  second = g_array_index (members, gint, 1);
  if (legs[first] == legs[second])
    return;
  partners[first] = second;
  partners[second] = first;
}

/**
 * fl_recording_names_pair_legs:
 * @relative_paths: (element-type utf8): recordings' paths under the imported folder
 *
 * Groups the files of one import into recordings: two legs of one call
 * ("-in" with "-out", "-r" with "-t", same call key) become one pair, every
 * other file a recording of its own, an unpaired or doubled leg included.
 * The groups keep the order of their first file.
 *
 * In a pair, path is the agent's leg (channel 0): "out"/"t" for inbound and
 * internal calls, "in"/"r" when the name says the call is outbound (see the
 * top of this file); second_path is the customer's.
 *
 * Returns: (transfer full) (element-type FlRecordingGroup): the groups
 */
GPtrArray *
fl_recording_names_pair_legs (GPtrArray *relative_paths)
{
  g_autoptr(GHashTable) calls = NULL;
  g_autofree Leg *legs = NULL;
  g_autofree gint *partners = NULL;
  GPtrArray *groups;
  GHashTableIter iter;
  gpointer members;

  g_return_val_if_fail (relative_paths != NULL, NULL);

  calls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  legs = g_new0 (Leg, relative_paths->len + 1);
  partners = g_new (gint, relative_paths->len + 1);
  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) fl_recording_group_free);

  for (guint i = 0; i < relative_paths->len; i++)
    {
      const char *path = g_ptr_array_index (relative_paths, i);
      Parts parts = split_path (path);
      GArray *group;
      char *key;
      gint index = i;

      partners[i] = -1;
      legs[i] = parts.leg;
      if (parts.leg == LEG_NONE)
        continue;

      /* "in"/"out" and "r"/"t" are kept apart: each family pairs on its own. */
      key = g_strdup_printf ("%c%.*s", parts.leg == LEG_IN || parts.leg == LEG_OUT ? 'i' : 'r',
                             (int) parts.key_end, path);
      group = g_hash_table_lookup (calls, key);
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (gint));
          g_hash_table_insert (calls, key, group);
        }
      else
        g_free (key);
      g_array_append_val (group, index);
    }

  g_hash_table_iter_init (&iter, calls);
  while (g_hash_table_iter_next (&iter, NULL, &members))
    pair_group (members, legs, partners);

  for (guint i = 0; i < relative_paths->len; i++)
    {
      const char *path = g_ptr_array_index (relative_paths, i);
      const char *other;
      gboolean agent_first;

      if (partners[i] < 0)
        {
          g_ptr_array_add (groups, group_new (path, NULL));
          continue;
        }
      if ((guint) partners[i] < i)
        continue;

      other = g_ptr_array_index (relative_paths, partners[i]);
      agent_first = legs[i] == LEG_OUT || legs[i] == LEG_T;
      if (is_outbound (path))
        agent_first = !agent_first;
      g_ptr_array_add (groups, agent_first ? group_new (path, other) : group_new (other, path));
    }

  return groups;
}
