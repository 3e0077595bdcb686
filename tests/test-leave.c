/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-leave"

#include <string.h>

#include "fl-forecast-service.h"
#include "fl-month.h"
#include "fl-roster-service.h"
#include "leave-fixture.h"

/* Every shipped type, translated names and domain.md's rules. */
static void
test_types (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) types = fl_leave_service_list_types (fixture->leave, &error);
  g_autoptr(FlLeaveType) annual = NULL;
  g_autoptr(FlLeaveType) sick = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (types), ==, 8);
  annual = g_list_model_get_item (types, 0);
  sick = g_list_model_get_item (types, 2);
  g_assert_cmpstr (fl_leave_type_get_fields (annual)->name, ==, "Annual leave");
  g_assert_true (fl_leave_type_get_fields (annual)->counts_balance);
  g_assert_cmpint (fl_leave_type_get_fields (annual)->notice_days, ==, -1);
  g_assert_cmpint (fl_leave_type_get_fields (sick)->attachment, ==, FL_LEAVE_ATTACHMENT_AFTER);
  g_assert_cmpint (fl_leave_type_get_fields (sick)->category, ==, FL_LEAVE_CATEGORY_SICK);
}

/* domain.md's worked examples, filed and routed through the service. */
static void
test_routing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *thursday = day (fixture, 3);
  g_autofree char *next_monday = day (fixture, 7);
  g_autofree char *next_tuesday = day (fixture, 8);
  g_autofree char *next_wednesday = day (fixture, 9);
  g_autofree char *next_friday = day (fixture, 11);
  g_autofree char *week_after = day (fixture, 14);
  FlLeaveDraft three = draft (fixture, 1, "sick", monday, wednesday);
  FlLeaveDraft three_and_a_half = draft (fixture, 2, "compensatory", monday, thursday);
  FlLeaveDraft annual = draft (fixture, 3, "annual", monday, monday);
  FlLeaveDraft personal = draft (fixture, 1, "personal", next_monday, next_monday);
  FlLeaveDraft more_personal = draft (fixture, 1, "personal", next_tuesday, next_wednesday);
  FlLeaveDraft lead_own = draft (fixture, 10, "sick", next_friday, next_friday);
  FlLeaveDraft head_own = draft (fixture, 20, "annual", week_after, week_after);
  guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
  g_autoptr(GBytes) proof = g_bytes_new_static (png, sizeof png);
  FlLeaveFile proof_file = { "note.png", proof };
  gint64 id;

  /* 3 days → the lead; Monday to Thursday noon, 3.5 days → the head. */
  id = file_ok (fixture, fixture->lead, &three);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_TEAM_LEAD, 0);
  three_and_a_half.last_half = FL_LEAVE_HALF_MORNING;
  id = file_ok (fixture, fixture->lead, &three_and_a_half);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
  g_assert_cmpint (count (fixture, "SELECT working_days * 10 FROM leave_requests WHERE staff_id = 2"), ==, 35);
  /* One day of annual leave → the head. */
  id = file_ok (fixture, fixture->lead, &annual);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
  /* Two personal days after one this month: past the 2, with proof → lead, then head. */
  file_ok (fixture, fixture->lead, &personal);
  assert_refused (fixture, fixture->lead, &more_personal, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT);
  more_personal.files = &proof_file;
  more_personal.n_files = 1;
  id = file_ok (fixture, fixture->lead, &more_personal);
  assert_steps (fixture, id, 2, FL_LEAVE_APPROVER_TEAM_LEAD, FL_LEAVE_APPROVER_DEPT_HEAD);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_attachments WHERE content_type = 'image/png'"), ==, 1);
  /* A lead's own → the head; a head's own → an administrator. */
  id = file_ok (fixture, fixture->lead, &lead_own);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
  id = file_ok (fixture, fixture->head, &head_own);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_ADMIN, 0);

  /* The inboxes: the lead has the two lead steps; the head the four head steps. */
  g_assert_cmpuint (n_waiting (fixture, fixture->lead), ==, 3);
  g_assert_cmpuint (n_waiting (fixture, fixture->lead2), ==, 0);
  g_assert_cmpuint (n_waiting (fixture, fixture->head), ==, 3);
  g_assert_cmpuint (n_waiting (fixture, fixture->admin), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'leave_requests' "
                                   "AND action = 'file'"), ==, 7);
}

/* A lead on leave today is passed over: the head decides their team's leave. */
static void
test_lead_away (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *yesterday = from_today (-1);
  g_autofree char *in_a_week = from_today (7);
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO leave_requests (staff_id, type_id, first_day, last_day, working_days, state, "
    "  filed_by_account_id, filed_at) VALUES (10, 1, '%s', '%s', 5, 'approved', 9, '2026-01-01T00:00:00Z')",
    yesterday, in_a_week);
  FlLeaveDraft one_day = draft (fixture, 1, "sick", monday, monday);
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));
  id = file_ok (fixture, fixture->lead, &one_day);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
}

/* Wrong input is refused, saying what to do; nothing is saved. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *tuesday = day (fixture, 1);
  g_autofree char *friday = day (fixture, 4);
  g_autofree char *saturday = day (fixture, 5);
  g_autofree char *sunday = day (fixture, 6);
  g_autofree char *next_monday = day (fixture, 7);
  g_autofree char *monday_after = day (fixture, 14);
  g_autofree char *yesterday = from_today (-1);
  g_autofree char *tomorrow = from_today (1);
  g_autofree char *in_three_days = from_today (3);
  g_autofree char *in_ten_days = from_today (10);
  g_autofree char *in_twelve_days = from_today (12);
  FlLeaveDraft leave = draft (fixture, 1, "sick", tuesday, monday);
  g_autofree guint8 *large = g_malloc0 (6 * 1024 * 1024);
  g_autoptr(GBytes) too_large = NULL;
  g_autoptr(GBytes) text = g_bytes_new_static ("hello", 5);
  FlLeaveFile file = { "scan.pdf", NULL };
  g_autoptr(GError) error = NULL;

  /* The end before the start; not a date. */
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  leave = draft (fixture, 1, "sick", "2027-02-30", monday);
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  /* A weekend: no working day to take. */
  leave = draft (fixture, 1, "sick", saturday, sunday);
  g_assert_cmpint (fl_leave_service_file (fixture->leave, fixture->lead, &leave, &error), ==, 0);
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "王芳 does not work on these days: there is no leave to take.");
  g_clear_error (&error);
  /* A morning that starts in the afternoon; marriage leave by halves. */
  leave = draft (fixture, 1, "sick", monday, monday);
  leave.first_half = FL_LEAVE_HALF_AFTERNOON;
  leave.last_half = FL_LEAVE_HALF_MORNING;
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  leave = draft (fixture, 1, "marriage", monday, tuesday);
  leave.last_half = FL_LEAVE_HALF_MORNING;
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  /* Marriage leave needs its document: not a text file, not over 5 MiB. */
  leave.last_half = FL_LEAVE_HALF_FULL;
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT);
  file.data = text;
  leave.files = &file;
  leave.n_files = 1;
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT);
  memcpy (large, "%PDF-1.4", 8);
  too_large = g_bytes_new_take (g_steal_pointer (&large), 6 * 1024 * 1024);
  file.data = too_large;
  g_assert_cmpint (fl_leave_service_file (fixture->leave, fixture->lead, &leave, &error), ==, 0);
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT);
  g_assert_cmpstr (error->message, ==, "“scan.pdf” is 6.0\u00a0MiB; a document may be at most 5.0\u00a0MiB. Scan or "
                                       "photograph it at a lower resolution.");
  g_clear_error (&error);

  /* Annual leave in 10 days: a month's notice; urgent only with a reason. */
  leave = draft (fixture, 2, "annual", in_ten_days, in_twelve_days);
  g_assert_cmpint (fl_leave_service_file (fixture->leave, fixture->lead, &leave, &error), ==, 0);
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE);
  g_assert_nonnull (strstr (error->message, "Annual leave is requested 30 days ahead; this starts in 10 days."));
  g_clear_error (&error);
  leave.urgent = TRUE;
  leave.reason = "  ";
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  leave.reason = "Family emergency abroad";
  file_ok (fixture, fixture->lead, &leave);
  g_assert_cmpint (count (fixture, "SELECT urgent FROM leave_requests WHERE staff_id = 2"), ==, 1);

  /* Begun yesterday: filed after the fact only as urgent. */
  leave = draft (fixture, 3, "sick", yesterday, in_three_days);
  g_assert_cmpint (fl_leave_service_file (fixture->leave, fixture->lead, &leave, &error), ==, 0);
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE);
  g_assert_cmpstr (error->message, ==, "This leave began 1 day ago: mark it urgent and give the reason to file it "
                                       "after the fact.");
  g_clear_error (&error);

  /* Starting tomorrow (three days hold a working day): urgent by itself, and it needs a handover. */
  leave = draft (fixture, 3, "sick", tomorrow, in_three_days);
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  leave.handover = "刘洋 takes the call-backs list";
  file_ok (fixture, fixture->lead, &leave);
  /* Overlapping it: refused; the afternoon after a morning is not. */
  leave = draft (fixture, 3, "personal", tomorrow, in_three_days);
  leave.handover = "同上";
  g_assert_cmpint (fl_leave_service_file (fixture->leave, fixture->lead, &leave, &error), ==, 0);
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_OVERLAP);
  g_assert_nonnull (strstr (error->message, "李娜 already has leave from "));
  g_clear_error (&error);

  /* Annual leave past the balance: 王芳 (hired 2010) has 10 days; 刘洋 (no hire date) 5. */
  leave = draft (fixture, 2, "annual", monday, next_monday);
  g_assert_cmpint (fl_leave_service_file (fixture->leave, fixture->lead, &leave, &error), ==, 0);
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_BALANCE);
  g_clear_error (&error);
  leave = draft (fixture, 1, "annual", monday, monday_after);
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_BALANCE);
  leave = draft (fixture, 1, "annual", monday, friday);
  file_ok (fixture, fixture->lead, &leave);

  /* Someone who left; a type that does not exist. */
  leave = draft (fixture, 6, "sick", monday, monday);
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  leave = draft (fixture, 3, "sick", monday, monday);
  leave.type_id = 99;
  assert_refused (fixture, fixture->lead, &leave, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_requests"), ==, 3);
}

/* Permissions in core: who files for whom, who decides what, and nobody
 * their own, even calling the service directly. */
static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *thursday = day (fixture, 3);
  g_autofree char *friday = day (fixture, 4);
  FlLeaveDraft four_days = draft (fixture, 1, "sick", monday, thursday);
  FlLeaveDraft other_team = draft (fixture, 5, "sick", monday, monday);
  FlLeaveDraft lead_own = draft (fixture, 10, "sick", friday, friday);
  g_autoptr(FlSession) lead_and_head = fl_session_new (2, "lead1", "张强", 10, FL_ROLE_TEAM_LEAD | FL_ROLE_DEPT_HEAD);
  g_autoptr(GError) error = NULL;
  gint64 id, own;

  assert_refused (fixture, fixture->lead, &other_team, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  assert_refused (fixture, fixture->qa, &four_days, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  file_ok (fixture, fixture->lead2, &other_team);

  /* A lead cannot approve a 4-day request; an auditor nothing. */
  id = file_ok (fixture, fixture->lead, &four_days);
  g_assert_false (fl_leave_service_decide (fixture->leave, fixture->lead, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (fl_leave_service_decide (fixture->leave, fixture->qa, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* The lead's own goes to the head; a lead who is also a head still may not decide it. */
  own = file_ok (fixture, fixture->lead, &lead_own);
  g_assert_false (fl_leave_service_decide (fixture->leave, lead_and_head, own, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_assert_cmpstr (error->message, ==, "Nobody decides on their own leave.");
  g_clear_error (&error);
  g_assert_cmpuint (n_waiting (fixture, lead_and_head), ==, 1);   /* the 4-day one, not their own */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_steps WHERE decision IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action IN ('approve', 'reject')"), ==, 0);
}

/* Sets @code on @staff_id's days from @first to @last of team 1's roster. */
static void
set_shifts (Fixture    *fixture,
            FlRoster   *roster,
            gint64      staff_id,
            int         first,
            int         last,
            const char *code)
{
  g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->db.database);
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (FlRosterEdit));
  g_autoptr(GError) error = NULL;
  guint agent = G_MAXUINT;

  for (guint i = 0; i < fl_roster_get_n_agents (roster); i++)
    if (fl_roster_get_agent_id (roster, i) == staff_id)
      agent = i;
  g_assert_cmpuint (agent, !=, G_MAXUINT);
  for (int i = first; i <= last; i++)
    {
      FlRosterEdit edit = { agent, (guint) i, fl_roster_find_shift_code (roster, code) };

      g_array_append_val (edits, edit);
    }
  g_assert_true (fl_roster_service_set_cells (rosters, fixture->lead, roster, (FlRosterEdit *) edits->data, edits->len,
                                              &error));
  g_assert_no_error (error);
}

static char *
cell_code (Fixture    *fixture,
           gint64      staff_id,
           const char *date)
{
  g_autofree char *sql = g_strdup_printf ("SELECT t.id FROM roster_cells c JOIN shift_types t ON t.id = c.shift_type_id "
                                          "WHERE c.staff_id = %" G_GINT64_FORMAT " AND c.day = '%s'", staff_id, date);
  gint64 id = fl_test_count_rows (fixture->db.database, sql);
  const char *codes[] = { "", "D", "W", "E", "L", "N", "O", "LV" };

  return g_strdup (id >= 0 && id < (gint64) G_N_ELEMENTS (codes) ? codes[id] : "?");
}

/* The last approval puts the leave on the roster, published or not: each
 * day Leave but days off, what they held kept; reject needs a reason; a
 * two-step request waits for both; a decided request is not decided again. */
static void
test_approve_to_roster (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->db.database);
  g_autofree char *first = day (fixture, 0);
  g_autofree char *tuesday_date = day (fixture, 1);
  g_autofree char *saturday = day (fixture, 5);
  g_autofree char *month = g_strndup (first, 7);
  g_autoptr(FlRoster) roster = fl_roster_service_open (rosters, fixture->lead, 1, month, NULL);
  g_autoptr(FlRoster) again = NULL;
  int monday = g_date_get_day (&fixture->monday) - 1;
  FlLeaveDraft week = draft (fixture, 1, "sick", first, saturday);
  FlLeaveDraft tuesday = draft (fixture, 2, "sick", tuesday_date, tuesday_date);
  g_autoptr(GError) error = NULL;
  g_autoptr(FlLeaveRequest) rejected = NULL;
  g_autofree char *code = NULL;
  g_autofree char *text = NULL;
  gint64 id, refused;

  /* 王芳 works early Monday to Friday and is off on Saturday, then published. */
  set_shifts (fixture, roster, 1, monday, monday + 4, "E");
  set_shifts (fixture, roster, 1, monday + 5, monday + 5, "O");
  g_assert_true (fl_database_exec (fixture->db.database, "UPDATE rosters SET state = 'published'", &error));

  id = file_ok (fixture, fixture->lead, &week);
  g_assert_cmpint (count (fixture, "SELECT working_days FROM leave_requests"), ==, 5);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->head, id, FL_LEAVE_DECIDED_APPROVE, " Get well ",
                                          &error));
  g_assert_no_error (error);
  code = cell_code (fixture, 1, first);
  g_assert_cmpstr (code, ==, "LV");
  g_free (code);
  code = cell_code (fixture, 1, saturday);
  g_assert_cmpstr (code, ==, "O");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_cells WHERE shift_type_id = "
                                   "(SELECT id FROM shift_types WHERE code = 'E')"), ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_steps WHERE decision = 'approved' "
                                   "AND comment = 'Get well' AND decided_by_account_id = 9"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'approve'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'rosters' AND action = 'leave'"), ==,
                   1);
  g_assert_false (fl_leave_service_decide (fixture->leave, fixture->head, id, FL_LEAVE_DECIDED_REJECT, "No", &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED);
  g_clear_error (&error);

  /* The roster opens with the leave marked: a shift on one of its days breaks a rule. */
  again = fl_roster_service_open (rosters, fixture->lead, 1, month, &error);
  g_assert_cmpint (fl_roster_get_state (again), ==, FL_ROSTER_PUBLISHED);
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (again), FL_RULE_HARD), ==, 0);
  g_assert_true (fl_database_exec (fixture->db.database, "UPDATE rosters SET state = 'draft'", &error));
  g_clear_object (&again);
  again = fl_roster_service_open (rosters, fixture->lead, 1, month, &error);
  set_shifts (fixture, again, 1, monday + 2, monday + 2, "E");
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (again), FL_RULE_HARD), ==, 1);

  /* Rejecting needs a reason, and leaves the roster alone. */
  refused = file_ok (fixture, fixture->lead, &tuesday);
  g_assert_false (fl_leave_service_decide (fixture->leave, fixture->lead, refused, FL_LEAVE_DECIDED_REJECT, " ",
                                           &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->lead, refused, FL_LEAVE_DECIDED_REJECT,
                                          "Two of the team are off that day", &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_requests WHERE state = 'rejected'"), ==, 1);
  rejected = fl_leave_service_get (fixture->leave, fixture->lead, refused, &error);
  text = fl_leave_request_describe_state (rejected);
  g_assert_cmpstr (text, ==, "Rejected by 张强: Two of the team are off that day");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_cells"), ==, 5);
}

/* Personal leave past the allowance waits for the lead, then the head. */
static void
test_two_steps (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *wednesday = day (fixture, 2);
  FlLeaveDraft personal = draft (fixture, 3, "personal", monday, wednesday);
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.7\n", 9);
  FlLeaveFile proof = { "proof.pdf", pdf };
  g_autoptr(FlLeaveRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  personal.files = &proof;
  personal.n_files = 1;
  id = file_ok (fixture, fixture->lead, &personal);
  g_assert_cmpuint (n_waiting (fixture, fixture->head), ==, 0);
  g_assert_false (fl_leave_service_decide (fixture->leave, fixture->head, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->lead, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  request = fl_leave_service_get (fixture->leave, fixture->lead, id, &error);
  g_assert_cmpint (fl_leave_request_get_fields (request)->state, ==, FL_LEAVE_PENDING);
  g_assert_cmpint (fl_leave_request_get_waiting_step (request)->approver, ==, FL_LEAVE_APPROVER_DEPT_HEAD);
  g_assert_cmpstr (fl_leave_request_get_step (request, 0)->decided_by, ==, "张强");
  text = fl_leave_request_describe_state (request);
  g_assert_cmpstr (text, ==, "Waiting for the department head");
  g_clear_pointer (&text, g_free);
  text = fl_leave_request_describe_days (request);
  g_assert_true (g_str_has_suffix (text, " · 3 working days"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (n_waiting (fixture, fixture->head), ==, 1);
  g_assert_cmpuint (n_waiting (fixture, fixture->lead), ==, 0);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->head, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_no_error (error);
  g_clear_object (&request);
  request = fl_leave_service_get (fixture->leave, fixture->lead, id, &error);
  g_assert_cmpint (fl_leave_request_get_fields (request)->state, ==, FL_LEAVE_APPROVED);
  g_assert_null (fl_leave_request_get_waiting_step (request));
  g_assert_cmpuint (fl_leave_request_get_fields (request)->n_attachments, ==, 1);
}

/* Working days from the published roster where there is one, else the
 * calendar: a public holiday is no working day, a make-up Saturday is. */
static void
test_working_days (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->db.database);
  g_autofree char *first = day (fixture, 0);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *saturday = day (fixture, 5);
  g_autofree char *sunday = day (fixture, 6);
  g_autofree char *month = g_strndup (first, 7);
  g_autoptr(FlRoster) roster = fl_roster_service_open (rosters, fixture->lead, 1, month, NULL);
  int monday = g_date_get_day (&fixture->monday) - 1;
  g_autofree char *holidays = g_strdup_printf ("INSERT INTO public_holidays (day, name, kind) VALUES "
                                               "('%s', 'Founding Day', 'holiday'), ('%s', 'Make-up', 'workday')",
                                               wednesday, saturday);
  g_autoptr(GError) error = NULL;
  double days = 0;

  g_assert_true (fl_database_exec (fixture->db.database, holidays, &error));
  g_assert_no_error (error);
  /* The calendar: Monday to Friday, less Wednesday, plus Saturday. */
  g_assert_true (fl_leave_service_count_days (fixture->leave, 2, first, FL_LEAVE_HALF_FULL, sunday, FL_LEAVE_HALF_FULL,
                                              &days, &error));
  g_assert_cmpfloat (days, ==, 5);
  g_assert_true (fl_leave_service_count_days (fixture->leave, 2, first, FL_LEAVE_HALF_AFTERNOON, sunday,
                                              FL_LEAVE_HALF_FULL, &days, &error));
  g_assert_cmpfloat (days, ==, 4.5);

  /* 刘洋's published week: nights Friday to Sunday, nothing else. */
  set_shifts (fixture, roster, 2, monday + 4, monday + 6, "N");
  g_assert_true (fl_leave_service_count_days (fixture->leave, 2, first, FL_LEAVE_HALF_FULL, sunday, FL_LEAVE_HALF_FULL,
                                              &days, &error));
  g_assert_cmpfloat (days, ==, 5);   /* a draft does not count */
  g_assert_true (fl_database_exec (fixture->db.database, "UPDATE rosters SET state = 'published'", &error));
  g_assert_true (fl_leave_service_count_days (fixture->leave, 2, first, FL_LEAVE_HALF_FULL, sunday, FL_LEAVE_HALF_FULL,
                                              &days, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (days, ==, 3);
  g_assert_false (fl_leave_service_count_days (fixture->leave, 99, first, FL_LEAVE_HALF_FULL, sunday,
                                               FL_LEAVE_HALF_FULL, &days, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND);
}

/* The Monday 15 to 21 days ago, plus @offset days. */
static char *
weeks_ago (int offset)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, -21);

  while (g_date_time_get_day_of_week (monday) != 1)
    {
      GDateTime *next = g_date_time_add_days (monday, 1);

      g_date_time_unref (monday);
      monday = next;
    }
  g_date_time_unref (g_steal_pointer (&now));
  now = g_date_time_add_days (monday, offset);
  return g_date_time_format (now, "%Y-%m-%d");
}

/* Sick leave filed after the fact (urgent, with its reason and handover)
 * and approved by @approver. */
static gint64
past_sick_leave (Fixture    *fixture,
                 FlSession  *approver,
                 gint64      staff_id,
                 const char *first,
                 const char *last)
{
  FlLeaveDraft leave = draft (fixture, staff_id, "sick", first, last);
  g_autoptr(GError) error = NULL;
  gint64 id;

  leave.urgent = TRUE;
  leave.reason = "Flu, a doctor's note to follow";
  leave.handover = "The team covers the queue";
  id = file_ok (fixture, fixture->lead, &leave);
  g_assert_true (fl_leave_service_decide (fixture->leave, approver, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  g_assert_no_error (error);
  return id;
}

/* An extension (续假) starts the day after the leave it extends, is asked
 * for a day before that leave ends, and is routed by both together: two
 * days of sick leave and two more go to the head. Leave extended is not
 * reported back; its extension is. */
static void
test_extension (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *tuesday = day (fixture, 1);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *thursday = day (fixture, 3);
  g_autofree char *weeks_back = weeks_ago (0);
  g_autofree char *yesterday = from_today (-1);
  g_autofree char *today = from_today (0);
  g_autofree char *next_week = from_today (6);
  FlLeaveDraft sick = draft (fixture, 1, "sick", monday, tuesday);
  FlLeaveDraft more = draft (fixture, 1, "sick", wednesday, thursday);
  g_autoptr(GListModel) to_report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, extension, past;

  id = file_ok (fixture, fixture->lead, &sick);
  assert_steps (fixture, id, 1, FL_LEAVE_APPROVER_TEAM_LEAD, 0);
  more.extends_id = id;
  extension = file_ok (fixture, fixture->lead, &more);
  assert_steps (fixture, extension, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_requests WHERE extends_request_id IS NOT NULL"), ==, 1);
  g_assert_true (fl_leave_service_cancel (fixture->leave, fixture->lead, extension, NULL, &error));
  g_assert_no_error (error);

  /* Not the day after; not the same person; a leave cancelled. */
  more.first_day = thursday;
  assert_refused (fixture, fixture->lead, &more, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  more.first_day = wednesday;
  more.staff_id = 2;
  assert_refused (fixture, fixture->lead, &more, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND);
  more.staff_id = 1;
  g_assert_true (fl_leave_service_cancel (fixture->leave, fixture->lead, id, NULL, &error));
  assert_refused (fixture, fixture->lead, &more, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED);

  /* Sick since weeks ago, to be back today: it is to report back. */
  past = past_sick_leave (fixture, fixture->head, 2, weeks_back, yesterday);
  to_report = fl_leave_service_list_to_report_back (fixture->leave, fixture->lead, &error);
  g_assert_cmpuint (g_list_model_get_n_items (to_report), ==, 1);
  g_clear_object (&to_report);
  more = draft (fixture, 2, "sick", today, next_week);
  more.extends_id = past;
  assert_refused (fixture, fixture->lead, &more, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE);
  more.urgent = TRUE;
  more.reason = "Still ill";
  more.handover = "The team covers the queue";
  extension = file_ok (fixture, fixture->lead, &more);
  assert_steps (fixture, extension, 1, FL_LEAVE_APPROVER_DEPT_HEAD, 0);
  to_report = fl_leave_service_list_to_report_back (fixture->leave, fixture->lead, &error);
  g_assert_cmpuint (g_list_model_get_n_items (to_report), ==, 0);
}

/* Back two working days late: two absences; back early: the days after
 * count no more and their shifts return; the return is recorded once,
 * never in the future nor before the leave. */
static void
test_report_back (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *monday = weeks_ago (0);
  g_autofree char *wednesday = weeks_ago (2);
  g_autofree char *friday = weeks_ago (4);
  g_autofree char *next_wednesday = weeks_ago (9);
  g_autofree char *tomorrow = from_today (1);
  g_autoptr(GListModel) to_report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 late, early;
  guint n_absent = 99;

  late = past_sick_leave (fixture, fixture->head, 1, monday, friday);
  early = past_sick_leave (fixture, fixture->head, 2, monday, friday);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_cells"), ==, 10);
  to_report = fl_leave_service_list_to_report_back (fixture->leave, fixture->lead, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (to_report), ==, 2);
  g_clear_object (&to_report);
  to_report = fl_leave_service_list_to_report_back (fixture->leave, fixture->lead2, &error);
  g_assert_cmpuint (g_list_model_get_n_items (to_report), ==, 0);
  g_clear_object (&to_report);

  g_assert_false (fl_leave_service_report_back (fixture->leave, fixture->lead, late, tomorrow, &n_absent, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_leave_service_report_back (fixture->leave, fixture->lead, late, monday, &n_absent, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_leave_service_report_back (fixture->leave, fixture->lead2, late, next_wednesday, &n_absent,
                                                &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  /* Back on Wednesday instead of Monday: Monday and Tuesday are absences (旷工). */
  g_assert_true (fl_leave_service_report_back (fixture->leave, fixture->lead, late, next_wednesday, &n_absent, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_absent, ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM absences WHERE staff_id = 1"), ==, 2);
  g_assert_false (fl_leave_service_report_back (fixture->leave, fixture->lead, late, next_wednesday, NULL, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED);
  g_clear_error (&error);

  /* Back on Wednesday of the leave itself: two days taken, three given back. */
  g_assert_true (fl_leave_service_report_back (fixture->leave, fixture->lead, early, wednesday, &n_absent, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_absent, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT working_days FROM leave_requests WHERE staff_id = 2"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_cells WHERE request_id IN "
                                   "(SELECT id FROM leave_requests WHERE staff_id = 2)"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_cells WHERE staff_id = 2"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM absences WHERE staff_id = 2"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'report-back'"), ==, 2);
  to_report = fl_leave_service_list_to_report_back (fixture->leave, fixture->head, &error);
  g_assert_cmpuint (g_list_model_get_n_items (to_report), ==, 0);
}

/* Before its first day the filer cancels, and the roster gets its shifts
 * back; once begun only its approver may; another team's lead never. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->db.database);
  g_autofree char *first = day (fixture, 0);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *month = g_strndup (first, 7);
  g_autoptr(FlRoster) roster = fl_roster_service_open (rosters, fixture->lead, 1, month, NULL);
  g_autofree char *started = weeks_ago (0);
  g_autofree char *started_end = weeks_ago (3);
  int monday = g_date_get_day (&fixture->monday) - 1;
  FlLeaveDraft three_days = draft (fixture, 1, "sick", first, wednesday);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  guint n_restored = 0;
  gint64 id, begun;

  set_shifts (fixture, roster, 1, monday, monday + 2, "E");
  id = file_ok (fixture, fixture->lead, &three_days);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->lead, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  code = cell_code (fixture, 1, wednesday);
  g_assert_cmpstr (code, ==, "LV");
  g_clear_pointer (&code, g_free);

  g_assert_false (fl_leave_service_cancel (fixture->leave, fixture->lead2, id, &n_restored, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (fl_leave_service_cancel (fixture->leave, fixture->lead, id, &n_restored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_restored, ==, 3);
  code = cell_code (fixture, 1, wednesday);
  g_assert_cmpstr (code, ==, "E");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM leave_requests WHERE state = 'cancelled'"), ==, 1);
  g_assert_false (fl_leave_service_cancel (fixture->leave, fixture->lead, id, &n_restored, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED);
  g_clear_error (&error);

  /* Begun: the lead who filed it may not; the head, its approver, may. */
  begun = past_sick_leave (fixture, fixture->head, 3, started, started_end);
  g_assert_false (fl_leave_service_cancel (fixture->leave, fixture->lead, begun, &n_restored, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (fl_leave_service_cancel (fixture->leave, fixture->head, begun, &n_restored, &error));
  g_assert_cmpuint (n_restored, ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'cancel'"), ==, 2);
}

/* A certificate after the return, and what a person has left. */
static void
test_documents_and_balance (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *thursday = day (fixture, 3);
  g_autofree char *friday = day (fixture, 4);
  g_autofree char *month = g_strndup (monday, 7);
  g_autofree char *started = weeks_ago (0);
  g_autofree char *next_monday = day (fixture, 7);
  FlLeaveDraft annual = draft (fixture, 1, "annual", monday, wednesday);
  FlLeaveDraft more = draft (fixture, 1, "annual", thursday, friday);
  FlLeaveDraft personal = draft (fixture, 1, "personal", next_monday, next_monday);
  guint8 jpeg[] = { 0xff, 0xd8, 0xff, 0xe0, 0, 0x10 };
  g_autoptr(GBytes) photo = g_bytes_new_static (jpeg, sizeof jpeg);
  g_autoptr(GBytes) text = g_bytes_new_static ("note", 4);
  FlLeaveFile certificate = { "certificate.jpg", photo };
  FlLeaveFile note = { "note.txt", text };
  g_autoptr(FlLeaveRequest) request = NULL;
  FlLeaveBalance balance = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 id, sick;

  id = file_ok (fixture, fixture->lead, &annual);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->head, id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  file_ok (fixture, fixture->lead, &more);
  file_ok (fixture, fixture->lead, &personal);
  g_assert_true (fl_leave_service_get_balance (fixture->leave, fixture->lead, 1, month, &balance, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (balance.entitled, ==, 10);   /* hired in 2010: ten years or more */
  g_assert_cmpfloat (balance.taken, ==, 3);
  g_assert_cmpfloat (balance.pending, ==, 2);
  g_assert_cmpfloat (balance.remaining, ==, 5);
  g_assert_cmpfloat (balance.personal_in_month, ==, 1);
  g_assert_true (fl_database_exec (fixture->db.database, "INSERT INTO leave_entitlements VALUES (1, 2025, 12), "
                                   "(1, 2026, 12), (1, 2027, 12), (1, 2028, 12)", &error));
  g_assert_true (fl_leave_service_get_balance (fixture->leave, fixture->lead, 1, month, &balance, &error));
  g_assert_cmpfloat (balance.remaining, ==, 7);
  g_assert_false (fl_leave_service_get_balance (fixture->leave, fixture->lead, 1, "2027-13", &balance, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_leave_service_get_balance (fixture->leave, fixture->qa, 1, month, &balance, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* The hospital certificate, handed in after the sick leave. */
  sick = past_sick_leave (fixture, fixture->lead, 2, started, started);
  g_assert_false (fl_leave_service_attach (fixture->leave, fixture->lead, sick, &note, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT);
  g_clear_error (&error);
  g_assert_true (fl_leave_service_attach (fixture->leave, fixture->lead, sick, &certificate, &error));
  g_assert_no_error (error);
  request = fl_leave_service_get (fixture->leave, fixture->lead, sick, &error);
  g_assert_cmpuint (fl_leave_request_get_fields (request)->n_attachments, ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'attach'"), ==, 1);
}

/* The approver sees each day's shift missed and who else is out of it:
 * a second person out of the same shift is over the limit of one. */
static void
test_impact (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(FlRosterService) rosters = fl_roster_service_new (fixture->db.database);
  g_autofree char *first = day (fixture, 0);
  g_autofree char *tuesday = day (fixture, 1);
  g_autofree char *wednesday = day (fixture, 2);
  g_autofree char *thursday = day (fixture, 3);
  g_autofree char *saturday = day (fixture, 5);
  g_autofree char *month = g_strndup (first, 7);
  g_autoptr(FlRoster) roster = fl_roster_service_open (rosters, fixture->lead, 1, month, NULL);
  g_autoptr(FlForecastService) forecasts = fl_forecast_service_new (fixture->db.database);
  int monday = g_date_get_day (&fixture->monday) - 1;
  FlLeaveDraft wang = draft (fixture, 1, "sick", first, wednesday);
  FlLeaveDraft liu = draft (fixture, 2, "sick", tuesday, saturday);
  g_autoptr(GArray) impact = NULL;
  g_autoptr(GError) error = NULL;
  const FlLeaveImpactDay *days;
  gint64 id, wang_id;

  set_shifts (fixture, roster, 1, monday, monday + 4, "E");
  set_shifts (fixture, roster, 2, monday, monday + 1, "E");
  set_shifts (fixture, roster, 2, monday + 2, monday + 4, "L");
  set_shifts (fixture, roster, 2, monday + 5, monday + 5, "O");
  wang_id = file_ok (fixture, fixture->lead, &wang);
  g_assert_true (fl_leave_service_decide (fixture->leave, fixture->lead, wang_id, FL_LEAVE_DECIDED_APPROVE, "", &error));
  id = file_ok (fixture, fixture->lead, &liu);
  /* domain.md: 100 calls at 180 s in a half hour need 20 agents; on Tuesdays at 10:00. */
  g_assert_true (fl_forecast_service_set (forecasts, fixture->head, G_DATE_TUESDAY, 600, 100, 180, &error));

  impact = fl_leave_service_read_impact (fixture->leave, fixture->head, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (impact->len, ==, 5);
  days = (const FlLeaveImpactDay *) impact->data;
  /* Tuesday: both on Early, 王芳 out of it already. */
  g_assert_cmpstr (days[0].day, ==, tuesday);
  g_assert_cmpstr (days[0].shift_code, ==, "E");
  g_assert_cmpstr (days[0].shift_name, ==, "Early");
  g_assert_cmpstr (days[0].others, ==, "王芳");
  g_assert_cmpuint (days[0].n_same_shift, ==, 1);
  g_assert_true (days[0].over_limit);
  /* At 10:00 nobody is left at the phones of the 20 needed: 王芳 is away already. */
  g_assert_true (days[0].has_coverage);
  g_assert_cmpuint (days[0].staffed, ==, 0);
  g_assert_cmpuint (days[0].required, ==, 20);
  g_assert_cmpstr (days[0].interval, ==, "10:00–10:30");
  g_assert_false (days[1].has_coverage);   /* no forecast on Wednesdays */
  /* Wednesday: 刘洋 is on Late, 王芳 was on Early: out the same day, not of the same shift. */
  g_assert_cmpstr (days[1].shift_code, ==, "L");
  g_assert_cmpstr (days[1].others, ==, "王芳");
  g_assert_false (days[1].over_limit);
  /* Thursday: nobody else; Saturday: a day off. */
  g_assert_cmpstr (days[2].day, ==, thursday);
  g_assert_null (days[2].others);
  g_assert_cmpstr (days[4].shift_code, ==, "O");
  g_assert_false (days[4].works);
  g_clear_pointer (&impact, g_array_unref);

  /* 王芳's approved leave: the roster shows it already; 刘洋 is still there. */
  impact = fl_leave_service_read_impact (fixture->leave, fixture->head, wang_id, &error);
  g_assert_no_error (error);
  days = (const FlLeaveImpactDay *) impact->data;
  g_assert_cmpstr (days[1].day, ==, tuesday);
  g_assert_cmpuint (days[1].staffed, ==, 1);
  g_assert_cmpuint (days[1].required, ==, 20);
  g_clear_pointer (&impact, g_array_unref);
  impact = fl_leave_service_read_impact (fixture->leave, fixture->qa, id, &error);
  g_assert_null (impact);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

/* The requests of a range as CSV: a byte order mark, a header, a row a
 * request the actor may follow, formulas defused, Chinese kept. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *monday = day (fixture, 0);
  g_autofree char *tuesday = day (fixture, 1);
  g_autofree char *next_monday = day (fixture, 7);
  g_autofree char *after = day (fixture, 30);
  FlLeaveDraft sick = draft (fixture, 1, "sick", monday, tuesday);
  FlLeaveDraft other_team = draft (fixture, 5, "sick", next_monday, next_monday);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;

  sick.reason = "=HYPERLINK(\"http://example.com\")";
  sick.last_half = FL_LEAVE_HALF_MORNING;
  file_ok (fixture, fixture->lead, &sick);
  file_ok (fixture, fixture->lead2, &other_team);

  csv = fl_leave_service_export (fixture->leave, fixture->head, monday, after, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfJob number,Name,Type,First day,From,Last day,Until,"));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* header, two rows, the empty end */
  g_assert_true (g_str_has_prefix (lines[1], "1001,王芳,Sick leave,"));
  g_assert_nonnull (strstr (lines[1], ",whole day,"));
  g_assert_nonnull (strstr (lines[1], ",morning,1.5,Waiting for the team lead,"));
  g_assert_nonnull (strstr (lines[1], "'=HYPERLINK"));
  g_assert_true (g_str_has_prefix (lines[2], "2001,孙丽,"));
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&csv, g_bytes_unref);
  g_clear_pointer (&text, g_free);

  /* A lead sees their team's only; a range before them none; a wrong range is refused. */
  csv = fl_leave_service_export (fixture->leave, fixture->lead2, monday, after, &error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_null (strstr (text, "王芳"));
  g_assert_nonnull (strstr (text, "孙丽"));
  g_clear_pointer (&csv, g_bytes_unref);
  g_assert_null (fl_leave_service_export (fixture->leave, fixture->head, after, monday, &error));
  g_assert_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fl_leave_service_export (fixture->leave, fixture->qa, monday, after, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/leave/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("types", test_types);
  ADD ("routing", test_routing);
  ADD ("lead-away", test_lead_away);
  ADD ("refusals", test_refusals);
  ADD ("permissions", test_permissions);
  ADD ("approve-to-roster", test_approve_to_roster);
  ADD ("two-steps", test_two_steps);
  ADD ("working-days", test_working_days);
  ADD ("report-back", test_report_back);
  ADD ("extension", test_extension);
  ADD ("cancel", test_cancel);
  ADD ("documents-and-balance", test_documents_and_balance);
  ADD ("impact", test_impact);
  ADD ("export", test_export);
#undef ADD

  return g_test_run ();
}
