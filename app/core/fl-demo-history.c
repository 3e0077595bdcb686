/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo-history"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fl-account-service.h"
#include "fl-calibration-service.h"
#include "fl-complaint-service.h"
#include "fl-demo-history.h"
#include "fl-demo-recordings.h"
#include "fl-dispute-service.h"
#include "fl-evaluation-service-private.h"
#include "fl-month.h"
#include "fl-qa-results-service.h"
#include "fl-recording-service.h"
#include "fl-sampling-service.h"
#include "fl-sql.h"

/* Answers on the default scorecard's twelve items, in order; NA is not
 * applicable. Scores: 100, 98.8, 88.8 (passes); 77.6, 76.5, 76.5 (fail on
 * the closing phrases, the greeting, the hold phrases); 0 (argued). */
#define NA -1

static const int profiles[][12] = {
  { 10, NA, 5, 10, 10, 15, 5, NA, 5, 10, 10, 5 },
  { 10, NA, 5, 8, 10, 15, 5, NA, 5, 10, 10, 5 },
  { 10, NA, 5, 7, 8, 12, NA, NA, 5, 10, 10, 4 },
  { 10, NA, 5, 8, 10, 13, 5, NA, 0, 0, 10, 5 },
  { 0, NA, 0, 8, 8, 15, 5, NA, 5, 10, 10, 4 },
  { 10, NA, 5, 6, 6, 10, 0, NA, 5, 10, 10, 3 },
  { 10, NA, 5, 0, 3, 0, NA, 0, 0, 0, 0, 4 },
};

/* Which profile a call gets: mostly passes, a fail now and then. */
static const guint8 qa_mix[] = { 0, 1, 1, 2, 0, 3, 1, 2, 4, 0, 1, 5, 2, 1, 0, 3, 1, 2, 0, 6 };
static const guint8 monitoring_mix[] = { 0, 1, 2, 1, 3, 2, 0, 5, 1, 4, 2 };

#define AGENTS           30
#define PAST_MONTHS       2

typedef struct
{
  FlDatabase          *database;
  const char          *folder;
  GPtrArray           *calls;
  FlScorecard         *standard;
  FlEvaluationService *evaluations;
  FlSession           *auditor;
  FlSession           *head;
  FlSession           *leads[3];
  GPtrArray           *sources;     /* FlDemoCall of one file, not a leg pair */
  gint64               models[G_N_ELEMENTS (profiles)];   /* the first evaluation of each profile */
  char                *month;       /* this month */
} History;

FlSession *
fl_demo_session (FlDatabase  *database,
                 const char  *login,
                 GError     **error)
{
  g_autoptr(FlAccountService) accounts = fl_account_service_new (database);
  g_autoptr(GListModel) list = fl_account_service_list (accounts, FALSE, error);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FlAccount) account = g_list_model_get_item (list, i);

      if (g_strcmp0 (fl_account_get_login (account), login) == 0)
        return fl_session_new (fl_account_get_id (account), fl_account_get_login (account),
                               fl_account_get_display_name (account),
                               fl_account_get_staff_id (account), fl_account_get_roles (account));
    }
  if (list != NULL)
    g_set_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED,
                 _("The demo center has no account “%s”."), login);
  return NULL;
}

static gint64
lookup_id (FlDatabase  *database,
           const char  *sql,
           const char  *key,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, sql, error);
  if (statement == NULL)
    return 0;
  fl_sql_bind_text (statement, 1, key);
  if (!fl_database_step (database, statement, &has_row, error))
    return 0;
  if (!has_row)
    {
      g_set_error (error, FL_RECORDING_ERROR, FL_RECORDING_ERROR_NOT_FOUND,
                   _("The demo center has no %s."), key);
      return 0;
    }
  return sqlite3_column_int64 (statement, 0);
}

gint64
fl_demo_find_recording (FlDatabase  *database,
                        const char  *path,
                        GError     **error)
{
  return lookup_id (database, "SELECT id FROM recordings WHERE path = ?", path, error);
}

static gint64
demo_call_recording (History  *history,
                     guint     number,
                     GError  **error)
{
  const FlDemoCall *call = g_ptr_array_index (history->calls, number - 1);
  g_autofree char *path = g_build_filename (history->folder, call->path, NULL);

  return fl_demo_find_recording (history->database, path, error);
}

/* A past call: a link to one of the demo's files, under archive/. */
static char *
link_source (History          *history,
             const FlDemoCall *source,
             const char       *name,
             GError          **error)
{
  g_autofree char *from = g_build_filename (history->folder, source->path, NULL);
  g_autofree char *folder = g_build_filename (history->folder, "archive", NULL);
  g_autofree char *to = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) from_file = g_file_new_for_path (from);
  g_autoptr(GFile) to_file = g_file_new_for_path (to);

  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }
  /* A hard link costs no space; a copy where links are not allowed. */
  if (link (from, to) != 0 && !g_file_copy (from_file, to_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&to);
}

/* The @call_index-th past call of agent @agent in @month: a weekday in the
 * month, in office hours. */
static char *
call_time (const char *month,
           guint       agent,
           guint       call_index)
{
  int year = 0, month_number = 0;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) utc = NULL;
  int day = 2 + (int) ((agent * 5 + call_index * 9) % 24);

  sscanf (month, "%d-%d", &year, &month_number);
  start = g_date_time_new_local (year, month_number, day, 9 + (agent + call_index * 3) % 8,
                                 (agent * 7 + call_index * 13) % 60, 0);
  /* Saturday and Sunday move to the Monday after, still in the month. */
  if (g_date_time_get_day_of_week (start) >= 6)
    {
      GDateTime *weekday = g_date_time_add_days (start, 8 - g_date_time_get_day_of_week (start));

      g_date_time_unref (start);
      start = weekday;
    }
  utc = g_date_time_to_utc (start);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static gint64
add_past_recording (History     *history,
                    const char  *month,
                    guint        agent,
                    guint        call_index,
                    GError     **error)
{
  const FlDemoCall *source = g_ptr_array_index (history->sources, (agent * 3 + call_index) % history->sources->len);
  g_autofree char *job_number = g_strdup_printf ("%u%03u", agent / 10 + 1, agent % 10 + 1);
  const char *extension = strrchr (source->path, '.');
  g_autofree char *name = g_strdup_printf ("%s-%s-%u%s", month, job_number, call_index + 1,
                                           extension != NULL ? extension : "");
  g_autofree char *path = NULL;
  g_autofree char *started_at = call_time (month, agent, call_index);
  g_autofree char *source_path = g_build_filename (history->folder, source->path, NULL);
  g_autoptr(sqlite3_stmt) insert = NULL;
  gint64 staff_id;


  if (!(staff_id = lookup_id (history->database, "SELECT id FROM staff WHERE job_number = ?", job_number, error)) ||
      !(path = link_source (history, source, name, error)))
    return 0;
  insert = fl_database_prepare (history->database,
                                "INSERT INTO recordings (path, file_size, file_mtime, started_at, caller, callee, "
                                "  agent_number, agent_staff_id, queue, direction, duration_ms, codec, channels, "
                                "  sample_rate, status, imported_at, updated_at) "
                                "SELECT ?1, file_size, file_mtime, ?2, caller, callee, ?3, ?4, queue, direction, "
                                "  duration_ms, codec, channels, sample_rate, status, imported_at, updated_at "
                                "FROM recordings WHERE path = ?5",
                                error);
  if (insert == NULL)
    return 0;
  fl_sql_bind_text (insert, 1, path);
  fl_sql_bind_text (insert, 2, started_at);
  fl_sql_bind_text (insert, 3, job_number);
  sqlite3_bind_int64 (insert, 4, staff_id);
  fl_sql_bind_text (insert, 5, source_path);
  if (!fl_database_run (history->database, insert, error))
    return 0;
  return fl_database_last_insert_id (history->database);
}

static gboolean
insert_answers (History       *history,
                FlEvaluation  *evaluation,
                const int      answers[12],
                GError       **error)
{
  FlScorecard *scorecard = fl_evaluation_get_scorecard (evaluation);

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(sqlite3_stmt) insert = NULL;

      insert = fl_database_prepare (history->database,
                                    "INSERT INTO evaluation_answers (evaluation_id, item_id, not_applicable, points) "
                                    "VALUES (?, ?, ?, ?)",
                                    error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, fl_evaluation_get_id (evaluation));
      sqlite3_bind_int64 (insert, 2, fl_scorecard_item_get_id (fl_scorecard_get_nth_item (scorecard, i)));
      fl_sql_bind_answer (insert, 3, answers[i] == NA, answers[i] != NA, MAX (answers[i], 0));
      if (!fl_database_run (history->database, insert, error))
        return FALSE;
    }
  return TRUE;
}

/* Scores the call with @answers and submits it: the evaluation service
 * checks, scores and audits it as it does an auditor's. */
static FlEvaluation *
score (History      *history,
       FlSession    *scorer,
       gint64        recording_id,
       const int     answers[12],
       GError      **error)
{
  g_autoptr(FlEvaluation) evaluation = NULL;

  evaluation = fl_evaluation_service_start (history->evaluations, scorer, recording_id,
                                            fl_scorecard_get_id (history->standard), error);
  if (evaluation == NULL ||
      !fl_evaluation_service_set_comment (history->evaluations, scorer, evaluation, NULL, error) ||
      !fl_evaluation_service_add_review_time (history->evaluations, scorer, evaluation, 45, error) ||
      !insert_answers (history, evaluation, answers, error) ||
      !fl_evaluation_service_submit (history->evaluations, scorer, evaluation, error))
    return NULL;
  return g_steal_pointer (&evaluation);
}

/* A past evaluation: a copy of @model's answers and score on another call,
 * by @scorer, done the day after the call. Two months of a center's QA
 * are some two hundred evaluations: copied, they take no time to create. */
static gboolean
copy_evaluation (History     *history,
                 gint64       model,
                 FlSession   *scorer,
                 gint64       recording_id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) answers = NULL;
  gint64 id;

  insert = fl_database_prepare (history->database,
                                "INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, "
                                "  agent_staff_id, state, score, passed, auto_failed, review_seconds, started_at, "
                                "  updated_at, submitted_at, purpose, call_date, call_month) "
                                "SELECT r.id, m.template_id, ?3, r.agent_staff_id, 'submitted', m.score, m.passed, "
                                "  m.auto_failed, m.review_seconds, "
                                "  strftime ('%Y-%m-%dT%H:%M:%SZ', r.started_at, '+1 day'), "
                                "  strftime ('%Y-%m-%dT%H:%M:%SZ', r.started_at, '+1 day', '+20 minutes'), "
                                "  strftime ('%Y-%m-%dT%H:%M:%SZ', r.started_at, '+1 day', '+20 minutes'), "
                                "  ?4, date (r.started_at, 'localtime'), strftime ('%Y-%m', r.started_at, 'localtime') "
                                "FROM recordings r, evaluations m WHERE r.id = ?1 AND m.id = ?2",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, recording_id);
  sqlite3_bind_int64 (insert, 2, model);
  sqlite3_bind_int64 (insert, 3, fl_session_get_account_id (scorer));
  sqlite3_bind_text (insert, 4, fl_session_has_role (scorer, FL_ROLE_QA_AUDITOR) ? "qa" : "monitoring", -1,
                     SQLITE_STATIC);
  if (!fl_database_run (history->database, insert, error))
    return FALSE;
  id = fl_database_last_insert_id (history->database);

  answers = fl_database_prepare (history->database,
                                 "INSERT INTO evaluation_answers (evaluation_id, item_id, not_applicable, points) "
                                 "SELECT ?1, item_id, not_applicable, points FROM evaluation_answers "
                                 "WHERE evaluation_id = ?2",
                                 error);
  if (answers == NULL)
    return FALSE;
  sqlite3_bind_int64 (answers, 1, id);
  sqlite3_bind_int64 (answers, 2, model);
  return fl_database_run (history->database, answers, error) &&
         fl_evaluation_update_recording (history->database, recording_id, error);
}

/* The call scored with @profile: the first time through the evaluation
 * service, after that as a copy of that first one. */
static gboolean
score_past_call (History     *history,
                 FlSession   *scorer,
                 gint64       recording_id,
                 guint        profile,
                 GError     **error)
{
  g_autoptr(FlEvaluation) evaluation = NULL;

  if (history->models[profile] > 0)
    return copy_evaluation (history, history->models[profile], scorer, recording_id, error);
  if (!(evaluation = score (history, scorer, recording_id, profiles[profile], error)))
    return FALSE;
  history->models[profile] = fl_evaluation_get_id (evaluation);
  return fl_evaluation_run_sql (history->database,
                                "UPDATE evaluations SET "
                                "  started_at = strftime ('%Y-%m-%dT%H:%M:%SZ', r.started_at, '+1 day'), "
                                "  updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', r.started_at, '+1 day', '+20 minutes'), "
                                "  submitted_at = strftime ('%Y-%m-%dT%H:%M:%SZ', r.started_at, '+1 day', '+20 minutes') "
                                "FROM recordings r WHERE r.id = evaluations.recording_id AND evaluations.id = ?1",
                                history->models[profile], 0, error);
}

static gboolean
add_past_month (History     *history,
                guint        months_ago,
                GError     **error)
{
  g_autofree char *month = fl_month_add (history->month, -(int) months_ago);

  /* One call an agent a month, scored by the auditor for QA and by the
   * agent's lead for the monitoring coefficient (测听). */
  for (guint agent = 0; agent < AGENTS; agent++)
    {
      guint mix = agent * 7 + months_ago * 11;
      gint64 recording_id = add_past_recording (history, month, agent, months_ago, error);

      if (recording_id == 0 ||
          !score_past_call (history, history->auditor, recording_id,
                            qa_mix[mix % G_N_ELEMENTS (qa_mix)], error) ||
          !score_past_call (history, history->leads[agent / 10], recording_id,
                            monitoring_mix[mix % G_N_ELEMENTS (monitoring_mix)], error))
        return FALSE;
    }
  return TRUE;
}

/* The day of a demo call, local time, as a complaint is dated. */
static char *
call_day (History *history,
          guint    number)
{
  const FlDemoCall *call = g_ptr_array_index (history->calls, number - 1);

  return g_date_time_format (call->started_at, "%Y-%m-%d");
}

static gboolean
add_complaint (History     *history,
               const char  *received_on,
               const char  *caller,
               const char  *job_number,
               gint64       recording_id,
               const char  *description,
               gboolean     confirmed,
               const char  *note,
               GError     **error)
{
  g_autoptr(FlComplaintService) complaints = fl_complaint_service_new (history->database);
  gint64 agent_id = lookup_id (history->database, "SELECT id FROM staff WHERE job_number = ?", job_number, error);
  gint64 id;

  if (agent_id == 0)
    return FALSE;
  id = fl_complaint_service_file (complaints, history->head, received_on, caller, agent_id, description,
                                  &recording_id, recording_id > 0 ? 1 : 0, error);
  return id > 0 && fl_complaint_service_verify (complaints, history->auditor, id, confirmed, note, NULL, 0, error);
}

/* Confirmed last month and this month, and one the recording clears. */
static gboolean
add_complaints (History  *history,
                GError  **error)
{
  g_autofree char *last_month = fl_month_add (history->month, -1);
  g_autofree char *last_month_day = g_strconcat (last_month, "-14", NULL);
  g_autofree char *day_5 = call_day (history, 5);
  g_autofree char *day_7 = call_day (history, 7);
  gint64 call_5 = demo_call_recording (history, 5, error);
  gint64 call_7 = call_5 > 0 ? demo_call_recording (history, 7, error) : 0;

  return call_7 > 0 &&
         add_complaint (history, last_month_day, "13611112222", "1009", 0,
                        _("Kept me on hold for minutes without a word."), TRUE,
                        _("Two minutes of silence on hold, never announced."), error) &&
         add_complaint (history, day_5, "13700137000", "1006", call_5,
                        _("The agent argued when I asked to make a complaint."), TRUE,
                        _("At 0:13 she argues back and refuses to record the complaint."), error) &&
         add_complaint (history, day_7, "13500135000", "2007", call_7,
                        _("The agent was impatient with me."), FALSE,
                        _("A calm, polite call; the caller was upset about the repair date."), error);
}

/* 张强 disputes one answer of the auditor's score of 赵磊's call 5. */
static gboolean
add_dispute (History  *history,
             GError  **error)
{
  g_autoptr(FlDisputeService) disputes = fl_dispute_service_new (history->database);
  g_autoptr(GListModel) scored = NULL;
  g_autoptr(FlEvaluation) listed = NULL;
  g_autoptr(FlEvaluation) evaluation = NULL;
  gint64 recording_id = demo_call_recording (history, 5, error);

  if (recording_id == 0 ||
      !(scored = fl_evaluation_service_list_for_recording (history->evaluations, history->auditor, recording_id,
                                                           error)))
    return FALSE;
  if (g_list_model_get_n_items (scored) == 0)
    return TRUE;
  listed = g_list_model_get_item (scored, 0);
  evaluation = fl_evaluation_service_load (history->evaluations, history->auditor, fl_evaluation_get_id (listed),
                                           error);
  if (evaluation == NULL)
    return FALSE;
  /* The fifth item: listened without interrupting. */
  return fl_dispute_service_file (disputes, history->leads[0], fl_evaluation_get_id (evaluation),
                                  fl_scorecard_item_get_id (fl_scorecard_get_nth_item (
                                    fl_evaluation_get_scorecard (evaluation), 4)),
                                  _("She interrupted once, to correct a wrong address; otherwise she let the "
                                    "caller finish."),
                                  FL_ANSWER_STATE_POINTS, 7, error) > 0;
}

/* Three scorers on call 9: 张强 misses the hold phrases and is far off. */
static gboolean
add_calibration (History  *history,
                 GError  **error)
{
  g_autoptr(FlCalibrationService) calibration = fl_calibration_service_new (history->database);
  gint64 recording_id = demo_call_recording (history, 9, error);
  const gint64 scorers[] = { fl_session_get_account_id (history->leads[0]),
                             fl_session_get_account_id (history->head) };
  g_autoptr(FlEvaluation) reference = NULL;
  g_autoptr(FlEvaluation) lead = NULL;
  g_autoptr(FlEvaluation) head = NULL;
  gint64 session_id;

  if (recording_id == 0)
    return FALSE;
  session_id = fl_calibration_service_create (calibration, history->auditor, recording_id,
                                              fl_scorecard_get_id (history->standard),
                                              fl_session_get_account_id (history->auditor),
                                              scorers, G_N_ELEMENTS (scorers),
                                              _("Greeting and hold phrases"), error);
  return session_id > 0 &&
         (reference = score (history, history->auditor, recording_id, profiles[1], error)) &&
         (lead = score (history, history->leads[0], recording_id, profiles[5], error)) &&
         (head = score (history, history->head, recording_id, profiles[0], error)) &&
         fl_calibration_service_close (calibration, history->auditor, session_id, error);
}

/* This month's sample, drawn, with the first of the auditor's calls
 * scored: the closing phrases are missing. */
static gboolean
add_plan (History  *history,
          GError  **error)
{
  g_autoptr(FlSamplingService) sampling = fl_sampling_service_new (history->database);
  g_autoptr(FlEvaluation) evaluation = NULL;
  FlSamplingOutcome outcome = { 0, };
  gint64 next;

  if (!fl_sampling_service_draw (sampling, history->auditor, history->month, 0, &outcome, error))
    return FALSE;
  next = fl_sampling_service_next_assignment (sampling, history->auditor, error);
  if (next <= 0)
    return next == 0;
  evaluation = score (history, history->auditor, next, profiles[3], error);
  return evaluation != NULL;
}

static gboolean
add_history (gpointer   user_data,
             GError   **error)
{
  History *history = user_data;
  g_autoptr(FlQaResultsService) results = fl_qa_results_service_new (history->database);
  g_autofree char *closed_month = fl_month_add (history->month, -PAST_MONTHS);

  for (guint months_ago = PAST_MONTHS; months_ago > 0; months_ago--)
    if (!add_past_month (history, months_ago, error))
      return FALSE;
  return fl_qa_results_service_close_month (results, history->head, closed_month, error) &&
         add_complaints (history, error) &&
         add_dispute (history, error) &&
         add_calibration (history, error) &&
         add_plan (history, error);
}

static void
history_clear (History *history)
{
  g_clear_object (&history->evaluations);
  g_clear_object (&history->auditor);
  g_clear_object (&history->head);
  for (guint i = 0; i < G_N_ELEMENTS (history->leads); i++)
    g_clear_object (&history->leads[i]);
  g_clear_pointer (&history->sources, g_ptr_array_unref);
  g_clear_pointer (&history->month, g_free);
}

gboolean
fl_demo_history_add (FlDatabase   *database,
                     const char   *folder,
                     GPtrArray    *calls,
                     FlScorecard  *standard,
                     GError      **error)
{
  History history = { database, folder, calls, standard, };
  gboolean ok = FALSE;

  g_return_val_if_fail (FL_IS_DATABASE (database), FALSE);

  history.evaluations = fl_evaluation_service_new (database);
  history.month = fl_month_current ();
  history.sources = g_ptr_array_new ();
  for (guint i = 0; i < calls->len; i++)
    if (((FlDemoCall *) g_ptr_array_index (calls, i))->second_path == NULL)
      g_ptr_array_add (history.sources, g_ptr_array_index (calls, i));

  if (history.sources->len > 0 &&
      (history.auditor = fl_demo_session (database, "qa", error)) &&
      (history.head = fl_demo_session (database, "head", error)) &&
      (history.leads[0] = fl_demo_session (database, "lead1", error)) &&
      (history.leads[1] = fl_demo_session (database, "lead2", error)) &&
      (history.leads[2] = fl_demo_session (database, "lead3", error)))
    /* One transaction: a demo that could not be completed has no half history. */
    ok = fl_database_transaction (database, add_history, &history, error);
  history_clear (&history);
  return ok;
}
