/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-query"

#include "config.h"

#include "fl-recording-query.h"
#include "fl-sql.h"

/*
 * The library's filters and sort orders, as SQL over the indexes of schema 2:
 *
 *   start time  recordings_by_start (started_at)
 *   agent       recordings_by_agent_number (agent_number): the 工号 or
 *               extension the PBX knows the agent by, which is also how a
 *               center tells its agents apart (names sort by code point,
 *               not by pinyin, so they would not read as sorted anyway)
 *   caller      recordings_by_caller (caller)
 *   queue       recordings_by_queue (queue, started_at)
 *   direction   recordings_by_direction (direction, started_at)
 *   duration    recordings_by_duration (duration_ms)
 *   state       recordings_by_state (evaluation_state, started_at)
 *   score       recordings_by_score (score)
 *
 * The row id breaks ties, so the order is stable; every index holds it, so
 * an index still gives the whole order without a sort. The agent filter
 * uses recordings_by_agent (agent_staff_id, started_at), the team filter
 * the same after finding the team's people, the queue recordings_by_queue,
 * the date range recordings_by_start, the evaluation state
 * recordings_by_state.
 *
 * Searching matches words anywhere in the text (LIKE '%word%'), which no
 * index can help with; the status and duration filters have no index of
 * their own either (few rows are missing; durations are asked as ranges
 * next to another order). Walking the sort's index and reading each row
 * from the table to test them costs a random read per row (0.3 s for
 * 100,000 rows on the reference machine), so such queries first collect
 * the matching ids in a subquery — a sequential scan of the table, or the
 * agent, team, queue or date index when one of those filters is set —
 * and then sort only those (50–70 ms per keystroke at 100,000 rows). In
 * that subquery the evaluation state is written so that it does not pick
 * recordings_by_state: "not evaluated" holds most rows, and reading most
 * rows through an index is the slow way. The staff part of a search looks
 * up the few matching people in the small staff table first.
 */

#define MAX_SEARCH_WORDS 8

G_DEFINE_BOXED_TYPE (FlRecordingQuery, fl_recording_query,
                     fl_recording_query_copy, fl_recording_query_free)

static const struct
{
  const char *first;
  const char *then;
} sort_columns[FL_N_RECORDING_SORTS] = {
  [FL_RECORDING_SORT_STARTED_AT] = { "r.started_at", NULL },
  [FL_RECORDING_SORT_AGENT] = { "r.agent_number", NULL },
  [FL_RECORDING_SORT_CALLER] = { "r.caller", NULL },
  [FL_RECORDING_SORT_QUEUE] = { "r.queue", "r.started_at" },
  [FL_RECORDING_SORT_DIRECTION] = { "r.direction", "r.started_at" },
  [FL_RECORDING_SORT_DURATION] = { "r.duration_ms", NULL },
  [FL_RECORDING_SORT_STATE] = { "r.evaluation_state", "r.started_at" },
  [FL_RECORDING_SORT_SCORE] = { "r.score", NULL },
};

static const char *state_codes[] = {
  [FL_RECORDING_STATE_ANY] = NULL,
  [FL_RECORDING_STATE_NOT_EVALUATED] = "none",
  [FL_RECORDING_STATE_DRAFT] = "draft",
  [FL_RECORDING_STATE_SUBMITTED] = "submitted",
};

static const char *status_codes[] = {
  [FL_RECORDING_STATUS_ANY] = NULL,
  [FL_RECORDING_STATUS_ONLY_PRESENT] = "present",
  [FL_RECORDING_STATUS_ONLY_MISSING] = "missing",
  [FL_RECORDING_STATUS_ONLY_UNREADABLE] = "unreadable",
};

/* Each word must match one of these; :w is the word's parameter. */
#define SEARCH_WORD \
  "(r.caller LIKE :w ESCAPE '\\' OR r.callee LIKE :w ESCAPE '\\' " \
  "OR r.agent_number LIKE :w ESCAPE '\\' OR r.unique_id LIKE :w ESCAPE '\\' " \
  "OR r.agent_staff_id IN (SELECT id FROM staff WHERE lower(name) LIKE :w ESCAPE '\\' " \
  "OR lower(english_name) LIKE :w ESCAPE '\\' OR lower(job_number) LIKE :w ESCAPE '\\'))"

static char *
utc_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GStrv
split_words (const char *search)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) text = NULL;
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (search == NULL)
    return g_strv_builder_end (builder);

  /* Chinese input methods type the ideographic space, U+3000. */
  text = g_string_new (search);
  g_string_replace (text, "\u3000", " ", 0);
  parts = g_strsplit_set (text->str, " \t\n\r", -1);
  for (guint i = 0; parts[i] != NULL && n < MAX_SEARCH_WORDS; i++)
    if (*parts[i] != '\0')
      {
        g_strv_builder_add (builder, parts[i]);
        n++;
      }
  return g_strv_builder_end (builder);
}

FlRecordingQuery *
fl_recording_query_new (void)
{
  FlRecordingQuery *self = g_new0 (FlRecordingQuery, 1);

  self->min_duration_ms = -1;
  self->max_duration_ms = -1;
  self->sort = FL_RECORDING_SORT_STARTED_AT;
  self->descending = TRUE;
  return self;
}

FlRecordingQuery *
fl_recording_query_copy (const FlRecordingQuery *self)
{
  FlRecordingQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (FlRecordingQuery, 1);
  *copy = *self;
  copy->search = g_strdup (self->search);
  copy->queue = g_strdup (self->queue);
  copy->from = self->from ? g_date_time_ref (self->from) : NULL;
  copy->until = self->until ? g_date_time_ref (self->until) : NULL;
  return copy;
}

void
fl_recording_query_free (FlRecordingQuery *self)
{
  if (self == NULL)
    return;
  g_free (self->search);
  g_free (self->queue);
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  g_free (self);
}

static gboolean
times_equal (GDateTime *a,
             GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

gboolean
fl_recording_query_equal (const FlRecordingQuery *a,
                          const FlRecordingQuery *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->search, b->search) == 0 &&
         times_equal (a->from, b->from) &&
         times_equal (a->until, b->until) &&
         a->agent_staff_id == b->agent_staff_id &&
         a->team_id == b->team_id &&
         g_strcmp0 (a->queue, b->queue) == 0 &&
         a->min_duration_ms == b->min_duration_ms &&
         a->max_duration_ms == b->max_duration_ms &&
         a->state == b->state &&
         a->status == b->status &&
         a->sort == b->sort &&
         !a->descending == !b->descending;
}

static void
replace_text (char       **field,
              const char  *text)
{
  g_free (*field);
  *field = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

void
fl_recording_query_set_search (FlRecordingQuery *self,
                               const char       *search)
{
  g_return_if_fail (self != NULL);
  replace_text (&self->search, search);
}

void
fl_recording_query_set_queue (FlRecordingQuery *self,
                              const char       *queue)
{
  g_return_if_fail (self != NULL);
  replace_text (&self->queue, queue);
}

void
fl_recording_query_set_range (FlRecordingQuery *self,
                              GDateTime        *from,
                              GDateTime        *until)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  self->from = from ? g_date_time_ref (from) : NULL;
  self->until = until ? g_date_time_ref (until) : NULL;
}

static void
add_condition (GString    *sql,
               const char *condition)
{
  g_string_append (sql, sql->len > 0 ? " AND " : " WHERE ");
  g_string_append (sql, condition);
}

static void
add_search (GString  *where,
            GStrv     words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *parameter = g_strdup_printf (":w%u", i + 1);
      g_autoptr(GString) condition = g_string_new (SEARCH_WORD);

      g_string_replace (condition, ":w", parameter, 0);
      add_condition (where, condition->str);
    }
}

static void
add_order (GString                *sql,
           const FlRecordingQuery *self)
{
  const char *direction = self->descending ? " DESC" : "";
  FlRecordingSort sort = self->sort < FL_N_RECORDING_SORTS ? self->sort
                                                           : FL_RECORDING_SORT_STARTED_AT;

  g_string_append_printf (sql, " ORDER BY %s%s", sort_columns[sort].first, direction);
  if (sort_columns[sort].then != NULL)
    g_string_append_printf (sql, ", %s%s", sort_columns[sort].then, direction);
  g_string_append_printf (sql, ", r.id%s", direction);
}

char *
fl_recording_query_to_sql (const FlRecordingQuery *self,
                           const char             *columns)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  gboolean collect;
  GString *sql;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (columns != NULL, NULL);

  /* Filters no index helps with: collect the ids first (see the top). */
  words = split_words (self->search);
  collect = words[0] != NULL || self->status != FL_RECORDING_STATUS_ANY ||
            self->min_duration_ms >= 0 || self->max_duration_ms >= 0;

  add_search (where, words);
  if (self->from != NULL)
    add_condition (where, "r.started_at >= :from");
  if (self->until != NULL)
    add_condition (where, "r.started_at < :until");
  if (self->agent_staff_id > 0)
    add_condition (where, "r.agent_staff_id = :agent");
  if (self->team_id > 0)
    add_condition (where, "r.agent_staff_id IN (SELECT id FROM staff WHERE team_id = :team)");
  if (self->queue != NULL)
    add_condition (where, "r.queue = :queue");
  if (self->min_duration_ms >= 0)
    add_condition (where, "r.duration_ms >= :min_duration");
  if (self->max_duration_ms >= 0)
    add_condition (where, "r.duration_ms <= :max_duration");
  if (self->state != FL_RECORDING_STATE_ANY)
    add_condition (where, collect ? "r.evaluation_state || '' = :state"
                                  : "r.evaluation_state = :state");
  if (self->status != FL_RECORDING_STATUS_ANY)
    add_condition (where, "r.status = :status");

  sql = g_string_new ("SELECT ");
  if (collect)
    g_string_append_printf (sql, "%s FROM recordings r "
                            "WHERE r.id IN (SELECT r.id FROM recordings r%s)",
                            columns, where->str);
  else
    g_string_append_printf (sql, "%s FROM recordings r%s", columns, where->str);
  add_order (sql, self);
  return g_string_free (sql, FALSE);
}

static void
bind_text (sqlite3_stmt *statement,
           const char   *name,
           const char   *text)
{
  int index = sqlite3_bind_parameter_index (statement, name);

  if (index > 0)
    sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_int (sqlite3_stmt *statement,
          const char   *name,
          gint64        value)
{
  int index = sqlite3_bind_parameter_index (statement, name);

  if (index > 0)
    sqlite3_bind_int64 (statement, index, value);
}

sqlite3_stmt *
fl_recording_query_prepare (const FlRecordingQuery  *self,
                            FlDatabase              *database,
                            const char              *columns,
                            GError                 **error)
{
  g_autofree char *sql = NULL;
  g_auto(GStrv) words = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  sql = fl_recording_query_to_sql (self, columns);
  if (!(statement = fl_database_prepare (database, sql, error)))
    return NULL;

  words = split_words (self->search);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *parameter = g_strdup_printf (":w%u", i + 1);
      g_autofree char *pattern = fl_sql_like_pattern (words[i]);

      bind_text (statement, parameter, pattern);
    }
  if (self->from != NULL)
    {
      g_autofree char *from = utc_text (self->from);
      bind_text (statement, ":from", from);
    }
  if (self->until != NULL)
    {
      g_autofree char *until = utc_text (self->until);
      bind_text (statement, ":until", until);
    }
  bind_int (statement, ":agent", self->agent_staff_id);
  bind_int (statement, ":team", self->team_id);
  bind_text (statement, ":queue", self->queue);
  bind_int (statement, ":min_duration", self->min_duration_ms);
  bind_int (statement, ":max_duration", self->max_duration_ms);
  if (self->state <= FL_RECORDING_STATE_SUBMITTED)
    bind_text (statement, ":state", state_codes[self->state]);
  if (self->status <= FL_RECORDING_STATUS_ONLY_UNREADABLE)
    bind_text (statement, ":status", status_codes[self->status]);

  return statement;
}
