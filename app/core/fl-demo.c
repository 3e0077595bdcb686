/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fl-account-service.h"
#include "fl-demo-history.h"
#include "fl-demo-leave.h"
#include "fl-demo-ledger.h"
#include "fl-demo-rosters.h"
#include "fl-demo-recordings.h"
#include "fl-demo.h"
#include "fl-evaluation-service.h"
#include "fl-policy-service.h"
#include "fl-recording-service.h"
#include "fl-scorecard-service.h"
#include "fl-sql.h"
#include "fl-staff-service.h"

/* A realistic center for newcomers: later panels add their own demo data here. */

typedef struct
{
  const char *name;
  const char *english_name;
} DemoPerson;

static const DemoPerson agents[] = {
  { "王芳", "Wang Fang" },     { "李娜", "Li Na" },         { "刘洋", "Liu Yang" },
  { "陈静", "Chen Jing" },     { "杨帆", "Yang Fan" },      { "赵磊", "Zhao Lei" },
  { "黄丽", "Huang Li" },      { "周杰", "Zhou Jie" },      { "吴敏", "Wu Min" },
  { "徐婷", "Xu Ting" },       { "孙浩", "Sun Hao" },       { "马丽娟", "Ma Lijuan" },
  { "朱琳", "Zhu Lin" },       { "胡军", "Hu Jun" },        { "郭晓燕", "Guo Xiaoyan" },
  { "何平", "He Ping" },       { "高雪", "Gao Xue" },       { "林峰", "Lin Feng" },
  { "罗欣", "Luo Xin" },       { "郑凯", "Zheng Kai" },     { "梁晨", "Liang Chen" },
  { "谢雨", "Xie Yu" },        { "宋佳", "Song Jia" },      { "唐亮", "Tang Liang" },
  { "许倩", "Xu Qian" },       { "韩冰", "Han Bing" },      { "冯刚", "Feng Gang" },
  { "邓莉", "Deng Li" },       { "曹阳", "Cao Yang" },      { "彭慧", "Peng Hui" },
};

static const DemoPerson leads[] = {
  { "张强", "Zhang Qiang" }, { "刘敏", "Liu Min" }, { "陈刚", "Chen Gang" },
};

static const char *team_names[] = { N_("Team 1 (一组)"), N_("Team 2 (二组)"), N_("Team 3 (三组)") };

static gint64
add_person (FlStaffService  *staff,
            const DemoPerson *person,
            const char       *job_number,
            const char       *extension,
            FlPosition        position,
            gint64            team_id,
            const char       *hire_date,
            GError          **error)
{
  g_autoptr(FlStaffMember) member = g_object_new (FL_TYPE_STAFF_MEMBER,
                                                  "job-number", job_number,
                                                  "name", person->name,
                                                  "english-name", person->english_name,
                                                  "position", position,
                                                  "team-id", team_id,
                                                  "extension", extension,
                                                  "hire-date", hire_date,
                                                  NULL);

  return fl_staff_service_add_member (staff, member, error);
}

typedef struct
{
  FlDatabase *database;
} Demo;

/* The QA auditor's evaluations of four recorded calls (their numbers in
 * data/demo/calls.json), answered on the default scorecard's twelve items in
 * order: points, NA for not applicable, or UNANSWERED in the draft. Notes are
 * pinned where a turn of the call starts. */
#define NA         -1
#define UNANSWERED -2

typedef struct
{
  guint       turn;
  guint       item;
  const char *text;
} DemoNote;

typedef struct
{
  guint       call;
  gboolean    submit;
  int         answers[12];
  const char *comment;
  DemoNote    notes[2];
} DemoEvaluation;

static const DemoEvaluation evaluations[] = {
  /* A billing question with a hold: passes. */
  { 8, TRUE, { 10, NA, 5, 8, 10, 15, 5, NA, 5, 10, 10, 5 },
    N_("Good call: the hold is announced and closed with the standard phrases."),
    { { 3, 6, N_("Back from the hold with “Sorry to have kept you waiting!”") } } },
  /* A complaint handled by the book: passes. */
  { 6, TRUE, { 10, NA, 5, 7, 10, 13, NA, 10, 5, 10, 10, 4 },
    N_("Complaint handled as the handbook asks. Take a contact number as well next time (5W1H)."),
    { { 2, 7, N_("Apologises at once, then asks for the address.") },
      { 4, 7, N_("Records the complaint in full and escalates it to the supervisor.") } } },
  /* The agent argues with the caller: fails on the critical item. */
  { 5, TRUE, { 10, NA, 5, 0, 3, 0, NA, 0, 0, 0, 0, 4 },
    N_("Critical failure: the agent argued with the caller and brushed off the complaint. "
       "Coaching session needed."),
    { { 2, 4, N_("Blames the technician's workload instead of apologising.") },
      { 6, 10, N_("Argues back when the caller asks to complain.") } } },
  /* Still being scored. */
  { 3, FALSE, { 10, NA, 5, UNANSWERED, UNANSWERED, UNANSWERED, UNANSWERED, UNANSWERED,
                0, UNANSWERED, UNANSWERED, UNANSWERED },
    NULL,
    { { 4, 8, N_("Ends the call without asking whether there is anything else.") } } },
};

static gboolean
populate (gpointer   user_data,
          GError   **error)
{
  Demo *demo = user_data;
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlStaffService) staff = fl_staff_service_new (demo->database, system);
  g_autoptr(FlAccountService) accounts = fl_account_service_new (demo->database);
  static const DemoPerson head = { "赵建国", "Zhao Jianguo" };
  static const DemoPerson auditor = { "孟晓丽", "Meng Xiaoli" };
  static const DemoPerson admin = { "钱志明", "Qian Zhiming" };
  g_autoptr(FlPolicyService) policies = fl_policy_service_new (demo->database);
  gint64 head_id, auditor_id, admin_id, department_id;

  /* The demo's calls are short spoken scenes, not whole calls: sample any
   * call of five seconds or more. */
  if (!fl_policy_service_set (policies, system, "qa.minimum-call-seconds", 5, error))
    return FALSE;

  if (!(head_id = add_person (staff, &head, "0001", "8000", FL_POSITION_DEPARTMENT_HEAD, 0, "2015-03-01", error)) ||
      !(admin_id = add_person (staff, &admin, "0002", "8009", FL_POSITION_ADMINISTRATOR, 0, "2016-07-11", error)) ||
      !(auditor_id = add_person (staff, &auditor, "0003", "8008", FL_POSITION_QA_AUDITOR, 0, "2018-05-20", error)) ||
      !(department_id = fl_staff_service_add_department (staff, _("Customer Service Center (客服中心)"), head_id, error)) ||
      !fl_account_service_create (accounts, system, "head", FL_DEMO_PASSWORD, head_id, FL_ROLE_DEPT_HEAD, error) ||
      !fl_account_service_create (accounts, system, "admin", FL_DEMO_PASSWORD, admin_id, FL_ROLE_ADMIN, error) ||
      !fl_account_service_create (accounts, system, "qa", FL_DEMO_PASSWORD, auditor_id, FL_ROLE_QA_AUDITOR, error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (leads); t++)
    {
      g_autofree char *job_number = g_strdup_printf ("%u000", t + 1);
      g_autofree char *extension = g_strdup_printf ("8%u00", t + 1);
      g_autofree char *login = g_strdup_printf ("lead%u", t + 1);
      gint64 lead_id, team_id;

      if (!(lead_id = add_person (staff, &leads[t], job_number, extension, FL_POSITION_TEAM_LEAD, 0, "2017-09-01", error)) ||
          !(team_id = fl_staff_service_add_team (staff, _(team_names[t]), department_id, lead_id, error)) ||
          !fl_account_service_create (accounts, system, login, FL_DEMO_PASSWORD, lead_id, FL_ROLE_TEAM_LEAD, error))
        return FALSE;

      /* The lead belongs to their team too. */
      {
        g_autoptr(FlStaffMember) lead = fl_staff_service_get_member (staff, lead_id, error);

        if (lead == NULL)
          return FALSE;
        g_object_set (lead, "team-id", team_id, NULL);
        if (!fl_staff_service_update_member (staff, lead, error))
          return FALSE;
      }

      for (guint a = t * 10; a < (t + 1) * 10; a++)
        {
          g_autofree char *agent_number = g_strdup_printf ("%u%03u", t + 1, a % 10 + 1);
          g_autofree char *agent_extension = g_strdup_printf ("8%u%02u", t + 1, a % 10 + 1);
          g_autofree char *hired = g_strdup_printf ("%u-%02u-%02u", 2019 + a % 7, a % 12 + 1, a % 27 + 1);

          if (!add_person (staff, &agents[a], agent_number, agent_extension, FL_POSITION_AGENT,
                           team_id, hired, error))
            return FALSE;
        }
    }
  return TRUE;
}

static char *
get_recordings_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "floorlead", "demo-recordings", NULL);
}

/* Empties the demo's own recordings folder, so that a demo made again on
 * another day does not import the calls of the first one as well. Links
 * are removed, never followed. */
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

static gboolean
has_recordings (FlDatabase *database)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database, "SELECT 1 FROM recordings LIMIT 1", NULL);
  return statement != NULL && fl_database_step (database, statement, &has_row, NULL) && has_row;
}

/* The call list a call center's system exports (CDR): it tells the import
 * who answered the queue and Oreka calls, whose file names do not. */
static gboolean
write_cdr (const char  *path,
           GPtrArray   *calls,
           GError     **error)
{
  g_autoptr(GString) csv = NULL;

  csv = g_string_new ("uniqueid,recordingfile,calldate,src,dst,agent,queue,billsec,direction\r\n");

  for (guint i = 0; i < calls->len; i++)
    {
      FlDemoCall *call = g_ptr_array_index (calls, i);
      g_autofree char *file_name = g_path_get_basename (call->path);
      g_autofree char *date = g_date_time_format (call->started_at, "%Y-%m-%d %H:%M:%S");
      const char *to = call->queue ? call->queue : call->agent_extension;

      g_string_append_printf (csv, "%s,%s,%s,%s,%s,%s,%s,%" G_GINT64_FORMAT ",%s\r\n",
                              call->unique_id ? call->unique_id : "", file_name, date,
                              call->outbound ? call->agent_extension : call->caller,
                              call->outbound ? call->caller : to,
                              call->agent_job_number, call->queue ? call->queue : "",
                              (call->duration_ms + 500) / 1000,
                              call->outbound ? "outbound" : "inbound");
    }
  return g_file_set_contents (path, csv->str, csv->len, error);
}

static gboolean
evaluate (FlEvaluationService   *service,
          FlSession             *auditor,
          const DemoEvaluation  *spec,
          const FlDemoCall      *call,
          gint64                 recording_id,
          gint64                 template_id,
          GError               **error)
{
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(FlScorecard) scorecard = NULL;

  evaluation = fl_evaluation_service_start (service, auditor, recording_id, template_id, error);
  if (evaluation == NULL)
    return FALSE;
  /* Kept: each answer reloads the evaluation, scorecard included. */
  scorecard = g_object_ref (fl_evaluation_get_scorecard (evaluation));
  g_assert (fl_scorecard_get_n_items (scorecard) == G_N_ELEMENTS (spec->answers));

  for (guint i = 0; i < G_N_ELEMENTS (spec->answers); i++)
    {
      gint64 item_id = fl_scorecard_item_get_id (fl_scorecard_get_nth_item (scorecard, i));
      int answer = spec->answers[i];
      FlAnswerState state = answer == NA ? FL_ANSWER_STATE_NOT_APPLICABLE : FL_ANSWER_STATE_POINTS;

      if (answer != UNANSWERED &&
          !fl_evaluation_service_set_answer (service, auditor, evaluation, item_id, state,
                                             MAX (answer, 0), error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (spec->notes) && spec->notes[i].text != NULL; i++)
    {
      const DemoNote *note = &spec->notes[i];
      const FlDemoTurn *turn = g_ptr_array_index (call->turns, note->turn);
      gint64 item_id = fl_scorecard_item_get_id (fl_scorecard_get_nth_item (scorecard, note->item));

      if (!fl_evaluation_service_add_note (service, auditor, recording_id, turn->start_ms, -1,
                                           _(note->text), item_id, error))
        return FALSE;
    }

  if (spec->comment != NULL &&
      !fl_evaluation_service_set_comment (service, auditor, evaluation, _(spec->comment), error))
    return FALSE;
  if (!spec->submit)
    return TRUE;
  /* Listened to twice, as auditors do. */
  return fl_evaluation_service_add_review_time (service, auditor, evaluation,
                                                call->duration_ms * 2 / 1000, error) &&
         fl_evaluation_service_submit (service, auditor, evaluation, error);
}

static gboolean
add_evaluations (FlDatabase  *database,
                 const char  *folder,
                 GPtrArray   *calls,
                 GError     **error)
{
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlScorecardService) scorecards = fl_scorecard_service_new (database);
  g_autoptr(FlEvaluationService) service = fl_evaluation_service_new (database);
  g_autoptr(FlSession) auditor = NULL;
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(FlScorecard) standard = NULL;

  if (!fl_scorecard_service_ensure_default (scorecards, system, error) ||
      !(templates = fl_scorecard_service_list (scorecards, FALSE, error)) ||
      !(auditor = fl_demo_session (database, "qa", error)))
    return FALSE;

  /* The answers fit the default template; a center that already made its
   * own scorecard gets no sample evaluations. */
  standard = g_list_model_get_item (templates, 0);
  if (standard == NULL || g_list_model_get_n_items (templates) != 1 ||
      fl_scorecard_get_n_items (standard) != G_N_ELEMENTS (evaluations[0].answers))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (evaluations); i++)
    {
      const FlDemoCall *call = g_ptr_array_index (calls, evaluations[i].call - 1);
      g_autofree char *path = g_build_filename (folder, call->path, NULL);
      gint64 recording_id = fl_demo_find_recording (database, path, error);

      if (recording_id == 0 ||
          !evaluate (service, auditor, &evaluations[i], call, recording_id,
                     fl_scorecard_get_id (standard), error))
        return FALSE;
    }
  return fl_demo_history_add (database, folder, calls, standard, error);
}

/* The recorded calls, as a PBX would have left them for the last three
 * weeks, imported with the call list and partly evaluated by the auditor. */
static gboolean
add_recordings (FlDatabase  *database,
                GError     **error)
{
  g_autofree char *folder = get_recordings_folder ();
  g_autofree char *cdr_path = g_strconcat (folder, "-cdr.csv", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlRecordingService) recordings = fl_recording_service_new (database);
  g_autoptr(FlImportSummary) summary = NULL;

  remove_tree (folder);
  if (!(calls = fl_demo_recordings_list (now, error)) ||
      !fl_demo_recordings_write (folder, now, NULL, error) ||
      !write_cdr (cdr_path, calls, error) ||
      !(summary = fl_recording_service_import (recordings, system, folder, cdr_path,
                                               NULL, NULL, NULL, error)))
    return FALSE;
  if (summary->failed->len > 0 || summary->unreadable->len > 0)
    g_warning ("%u demo recordings failed to import and %u are unreadable",
               summary->failed->len, summary->unreadable->len);

  return add_evaluations (database, folder, calls, error);
}

char *
fl_demo_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "floorlead", "demo-center.db", NULL);
}

gboolean
fl_demo_populate (FlDatabase  *database,
                  GError     **error)
{
  g_autoptr(FlAccountService) accounts = NULL;
  Demo demo = { database };

  g_return_val_if_fail (FL_IS_DATABASE (database), FALSE);

  accounts = fl_account_service_new (database);
  if (!fl_account_service_has_accounts (accounts) &&
      !fl_database_transaction (database, populate, &demo, error))
    return FALSE;

  /* Rosters and calls come after the people they name, each step in its own
   * transactions. A demo whose calls could not be made (a GStreamer plugin
   * missing) still opens, and tries again next time. */
  {
    g_autoptr(GError) local_error = NULL;

    if (!fl_demo_rosters_add (database, &local_error))
      g_warning ("The demo center has no rosters: %s", local_error->message);
    else if (!fl_demo_leave_add (database, &local_error))
      g_warning ("The demo center has no leave requests: %s", local_error->message);
  }
  {
    g_autoptr(GError) local_error = NULL;

    if (!fl_demo_ledger_add (database, &local_error))
      g_warning ("The demo center has no equipment ledger: %s", local_error->message);
  }
  if (!has_recordings (database))
    {
      g_autoptr(GError) local_error = NULL;

      if (!add_recordings (database, &local_error))
        g_warning ("The demo center has no recorded calls: %s", local_error->message);
    }
  return TRUE;
}
