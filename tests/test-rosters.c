/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-rosters"

#include <string.h>

#include "fl-forecast-service.h"
#include "fl-policy-service.h"
#include "fl-roster-export.h"
#include "fl-roster-history.h"
#include "fl-roster-service.h"
#include "fl-swap-service.h"
#include "fl-test-util.h"

/* Team 1 (张强, lead1, leads it) has four agents; 赵敏 (lead2) leads team 2;
 * account 9 is the department head, 5 a QA auditor. */
#define CENTER_SQL \
  "INSERT INTO staff (id, job_number, name, position) VALUES (10, '0010', '张强', 'team_lead'), " \
  "  (11, '0011', '赵敏', 'team_lead');" \
  "INSERT INTO teams (id, name, lead_staff_id) VALUES (1, 'Team A', 10), (2, 'Team B', 11);" \
  "INSERT INTO staff (id, job_number, name, team_id) VALUES (1, '1004', '陈静', 1), (2, '1001', '王芳', 1), " \
  "  (3, '1003', '李娜', 1), (4, '1002', '刘洋', 1), (5, '2001', '孙丽', 2);" \
  "INSERT INTO staff (id, job_number, name, team_id, status) VALUES (6, '1005', '周杰', 1, 'departed');" \
  "UPDATE staff SET contract_min_hours = 160 WHERE id = 2;" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (2, 'lead1', 10, 2, 'x', '2026-01-01T00:00:00Z'), (3, 'lead2', 11, 2, 'x', '2026-01-01T00:00:00Z'), " \
  "  (5, 'qa', NULL, 1, 'x', '2026-01-01T00:00:00Z'), (9, 'head', NULL, 4, 'x', '2026-01-01T00:00:00Z');"

typedef struct
{
  FlTestDatabase   db;
  FlRosterService *rosters;
  FlSession       *lead;
  FlSession       *lead2;
  FlSession       *qa;
  FlSession       *head;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fl_test_database_setup (&fixture->db, data);
  g_assert_true (fl_database_exec (fixture->db.database, CENTER_SQL, &error));
  g_assert_no_error (error);
  fixture->rosters = fl_roster_service_new (fixture->db.database);
  fixture->lead = fl_session_new (2, "lead1", "张强", 10, FL_ROLE_TEAM_LEAD);
  fixture->lead2 = fl_session_new (3, "lead2", "赵敏", 11, FL_ROLE_TEAM_LEAD);
  fixture->qa = fl_session_new (5, "qa", "QA", 0, FL_ROLE_QA_AUDITOR);
  fixture->head = fl_session_new (9, "head", "Head", 0, FL_ROLE_DEPT_HEAD);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->rosters);
  g_clear_object (&fixture->lead);
  g_clear_object (&fixture->lead2);
  g_clear_object (&fixture->qa);
  g_clear_object (&fixture->head);
  fl_test_database_teardown (&fixture->db, data);
}

static FlRoster *
open_roster (Fixture    *fixture,
             FlSession  *actor,
             const char *month)
{
  g_autoptr(GError) error = NULL;
  FlRoster *roster = fl_roster_service_open (fixture->rosters, actor, 1, month, &error);

  g_assert_no_error (error);
  g_assert_nonnull (roster);
  return roster;
}

static int
shift (FlRoster   *roster,
       const char *code)
{
  int index = fl_roster_find_shift_code (roster, code);

  g_assert_cmpint (index, !=, FL_ROSTER_EMPTY);
  return index;
}

/* Sets @code on @agent's days from @first to @last, as one change. */
static gboolean
set_days (Fixture    *fixture,
          FlSession  *actor,
          FlRoster   *roster,
          guint       agent,
          guint       first,
          guint       last,
          const char *code,
          GError    **error)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (FlRosterEdit));

  for (guint day = first; day <= last; day++)
    {
      FlRosterEdit edit = { agent, day, code != NULL ? shift (roster, code) : FL_ROSTER_EMPTY };

      g_array_append_val (edits, edit);
    }
  return fl_roster_service_set_cells (fixture->rosters, actor, roster, (FlRosterEdit *) edits->data, edits->len,
                                      error);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

/* A month nobody started: an empty draft of the team's active agents by
 * job number, and domain.md's shift types. */
static void
test_open_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->qa, "2026-12");
  g_autofree char *first = fl_roster_dup_date (roster, 0);
  g_autofree char *before = fl_roster_dup_date (roster, -1);
  FlShiftType *late;
  g_autofree char *times = NULL;

  g_assert_cmpint (fl_roster_get_id (roster), ==, 0);
  g_assert_cmpint (fl_roster_get_state (roster), ==, FL_ROSTER_DRAFT);
  g_assert_cmpuint (fl_roster_get_n_days (roster), ==, 31);
  g_assert_cmpstr (first, ==, "2026-12-01");
  g_assert_cmpstr (before, ==, "2026-11-30");
  g_assert_cmpuint (fl_roster_get_n_agents (roster), ==, 4);
  g_assert_cmpstr (fl_roster_get_agent_name (roster, 0), ==, "王芳");
  g_assert_cmpstr (fl_roster_get_agent_name (roster, 3), ==, "陈静");
  g_assert_cmpuint (fl_roster_get_n_shift_types (roster), ==, 7);
  g_assert_cmpint (fl_roster_find_shift_code (roster, "e"), ==, shift (roster, "E"));
  late = fl_roster_get_shift_type (roster, (guint) shift (roster, "L"));
  times = fl_shift_type_describe_times (late);
  g_assert_cmpstr (times, ==, "16:00–24:00");
  g_clear_pointer (&times, g_free);
  times = fl_shift_type_describe_times (fl_roster_get_shift_type (roster, (guint) shift (roster, "N")));
  g_assert_cmpstr (times, ==, "24:00–08:00");
  g_assert_cmpint (fl_shift_type_get_fields (late)->handover_minutes, ==, 10);
  g_assert_cmpint (fl_shift_spec_paid_minutes (&fl_shift_type_get_fields (
                     fl_roster_get_shift_type (roster, (guint) shift (roster, "D")))->spec), ==, 450);
  /* 王芳's contract asks 160 hours: an empty month falls short. */
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_SOFT), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM rosters"), ==, 0);
}

/* The lead's edits are saved in one transaction each and audited; the
 * month reads back as it was left. */
static void
test_edit_and_reopen (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2026-12");
  g_autoptr(FlRoster) again = NULL;

  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 0, 4, "E", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_id (roster), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_cells"), ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'rosters' "
                                   "AND action = 'edit-cells'"), ==, 1);
  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 4, 4, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_cells"), ==, 4);
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 2, 2, "O", &error));
  g_assert_no_error (error);

  again = open_roster (fixture, fixture->lead, "2026-12");
  g_assert_cmpint (fl_roster_get_id (again), ==, fl_roster_get_id (roster));
  g_assert_cmpint (fl_roster_get_cell (again, 0, 3), ==, shift (again, "E"));
  g_assert_cmpint (fl_roster_get_cell (again, 0, 4), ==, FL_ROSTER_EMPTY);
  g_assert_cmpint (fl_roster_get_cell (again, 1, 2), ==, shift (again, "O"));
  g_assert_cmpint (fl_roster_check_get_minutes (fl_roster_get_check (again), 0), ==, 4 * 8 * 60);
}

/* A lead edits only their own team; an auditor edits none; the head any;
 * nobody sets leave by hand. */
static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2026-12");

  g_assert_false (set_days (fixture, fixture->lead2, roster, 0, 0, 0, "E", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (set_days (fixture, fixture->qa, roster, 0, 0, 0, "E", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (set_days (fixture, fixture->lead, roster, 0, 0, 0, "LV", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM rosters"), ==, 0);
  g_assert_cmpint (fl_roster_get_id (roster), ==, 0);
  g_assert_true (set_days (fixture, fixture->head, roster, 0, 0, 0, "E", &error));
  g_assert_no_error (error);
}

/* Hard rules block submitting; submitted and published rosters are not
 * edited directly; only the head publishes or sends one back. */
static void
test_states (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2026-12");

  g_assert_false (fl_roster_service_submit (fixture->rosters, fixture->lead, roster, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);

  /* A late shift, then an early one: 8 hours' rest. */
  g_assert_true (set_days (fixture, fixture->lead, roster, 2, 0, 0, "L", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 2, 1, 1, "E", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_HARD), ==, 1);
  g_assert_false (fl_roster_service_submit (fixture->rosters, fixture->lead, roster, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS);
  g_clear_error (&error);
  g_assert_true (set_days (fixture, fixture->lead, roster, 2, 1, 1, "O", &error));
  g_assert_true (fl_roster_service_submit (fixture->rosters, fixture->lead, roster, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_state (roster), ==, FL_ROSTER_SUBMITTED);

  g_assert_false (set_days (fixture, fixture->lead, roster, 2, 5, 5, "E", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (fl_roster_service_publish (fixture->rosters, fixture->lead, roster, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Sent back with a reason, resubmitted, published. */
  g_assert_false (fl_roster_service_return (fixture->rosters, fixture->head, roster, " ", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_roster_service_return (fixture->rosters, fixture->head, roster, "Cover the 1st", &error));
  g_assert_cmpint (fl_roster_get_state (roster), ==, FL_ROSTER_DRAFT);
  g_assert_true (fl_roster_service_submit (fixture->rosters, fixture->lead, roster, &error));
  g_assert_true (fl_roster_service_publish (fixture->rosters, fixture->head, roster, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_state (roster), ==, FL_ROSTER_PUBLISHED);
  g_assert_false (set_days (fixture, fixture->head, roster, 2, 5, 5, "E", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM rosters WHERE state = 'published' "
                                   "AND submitted_by_account_id = 2 AND published_by_account_id = 9"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'rosters' AND action = 'return' "
                                   "AND after_json LIKE '%Cover the 1st%'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'rosters' "
                                   "AND action IN ('submit', 'publish')"), ==, 3);
}

/* The month before is read: a late shift on 30 November leaves 8 hours'
 * rest before an early one on 1 December. */
static void
test_month_before (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) november = open_roster (fixture, fixture->lead, "2026-11");
  g_autoptr(FlRoster) december = NULL;

  g_assert_true (set_days (fixture, fixture->lead, november, 1, 29, 29, "L", &error));
  g_assert_no_error (error);
  december = open_roster (fixture, fixture->lead, "2026-12");
  g_assert_cmpint (fl_roster_get_cell (december, 1, -1), ==, shift (december, "L"));
  g_assert_true (set_days (fixture, fixture->lead, december, 1, 0, 0, "E", &error));
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (december), FL_RULE_HARD), ==, 1);
}

/* A rotation from its codes, applied to two agents from the 1st with an
 * offset of two days for the second: one change for the whole week. */
static void
test_pattern_fill (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2026-12");
  g_autoptr(GArray) pattern = fl_roster_parse_pattern (roster, "E,E,L,L,N,N,O,O", &error);
  g_autoptr(GArray) edits = NULL;
  const guint agents[] = { 0, 2 };
  const guint offsets[] = { 0, 2 };
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) third = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (pattern->len, ==, 8);
  edits = fl_roster_fill_pattern (pattern, agents, offsets, 2, 0, 9);
  g_assert_cmpuint (edits->len, ==, 20);
  g_assert_true (fl_roster_service_set_cells (fixture->rosters, fixture->lead, roster,
                                              (FlRosterEdit *) edits->data, edits->len, &error));
  g_assert_no_error (error);
  for (int day = 0; day < 10; day++)
    {
      g_string_append (first, fl_shift_type_get_fields (fl_roster_get_shift_type (
                                roster, (guint) fl_roster_get_cell (roster, 0, day)))->code);
      g_string_append (third, fl_shift_type_get_fields (fl_roster_get_shift_type (
                                roster, (guint) fl_roster_get_cell (roster, 2, day)))->code);
    }
  g_assert_cmpstr (first->str, ==, "EELLNNOOEE");
  g_assert_cmpstr (third->str, ==, "LLNNOOEELL");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'edit-cells'"), ==, 1);
  /* The rotation keeps the rules: the night shift is the night after its day. */
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_HARD), ==, 0);

  g_assert_null (fl_roster_parse_pattern (roster, "E,X", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fl_roster_parse_pattern (roster, " , ", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

/* Coverage across teams against domain.md's forecast: 100 calls at 180 s
 * on Tuesday 1 December at 09:00 need 20 on the roster; two agents of two
 * teams are there, and a night shift of the day before runs into 00:00. */
static void
test_coverage (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2026-12");
  g_autoptr(FlRoster) november = open_roster (fixture, fixture->lead, "2026-11");
  g_autoptr(FlRoster) other = fl_roster_service_open (fixture->rosters, fixture->lead2, 2, "2026-12", &error);
  g_autoptr(FlForecastService) forecasts = fl_forecast_service_new (fixture->db.database);
  FlCoverage coverage;

  g_assert_no_error (error);
  g_assert_false (fl_forecast_service_set (forecasts, fixture->lead, 2, 540, 100, 180, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_forecast_service_set (forecasts, fixture->head, 2, 545, 100, 180, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_forecast_service_set (forecasts, fixture->head, 2, 540, 100, 0, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_forecast_service_set (forecasts, fixture->head, 2, 540, 100, 180, &error));
  g_assert_no_error (error);

  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 0, 0, "W", &error));
  g_assert_true (set_days (fixture, fixture->lead2, other, 0, 0, 0, "E", &error));
  g_assert_true (set_days (fixture, fixture->lead, november, 1, 29, 29, "N", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 0, 0, "N", &error));
  g_assert_no_error (error);

  g_assert_true (fl_forecast_service_get_coverage (forecasts, fixture->qa, "2026-12-01", &coverage, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (coverage.staffed[0], ==, 1);      /* 00:00: the night of 30 November, not of the 1st */
  g_assert_cmpuint (coverage.staffed[16], ==, 1);     /* 08:00: the early shift */
  g_assert_cmpuint (coverage.staffed[18], ==, 2);     /* 09:00: and the winter day */
  g_assert_cmpuint (coverage.staffed[24], ==, 1);     /* 12:00: lunch */
  g_assert_cmpuint (coverage.required[18], ==, 20);
  g_assert_cmpfloat (coverage.calls[18], ==, 100.0);
  g_assert_cmpuint (coverage.required[19], ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'forecasts'"), ==, 1);

  g_assert_false (fl_forecast_service_get_coverage (forecasts, fixture->qa, "2026-02-30", &coverage, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

/* December published for the four agents: 王芳 (0) works early shifts
 * with the 6th and 7th off, 刘洋 (1) the winter day with the 5th and 6th
 * off, 李娜 (2) late shifts with the 10th off, 陈静 (3) early shifts. */
static FlRoster *
publish_december (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  FlRoster *roster = open_roster (fixture, fixture->lead, "2026-12");

  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 0, 12, "E", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 6, 7, "O", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 0, 12, "W", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 5, 6, "O", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 2, 0, 12, "L", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 2, 4, 4, "O", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 2, 10, 11, "O", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 3, 0, 12, "E", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 3, 3, 4, "O", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 3, 8, 9, "O", &error));
  g_assert_no_error (error);
  g_assert_true (fl_roster_service_submit (fixture->rosters, fixture->lead, roster, &error));
  g_assert_true (fl_roster_service_publish (fixture->rosters, fixture->head, roster, &error));
  g_assert_no_error (error);
  return roster;
}

/* 刘洋 takes 王芳's early shift on the 6th (his day off) and she takes his
 * day on the 8th (hers): filed by the lead, approved by the head, the
 * published roster changes and the cells name the swap. */
static void
test_swap_approved (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = publish_december (fixture);
  g_autoptr(FlSwapService) swaps = fl_swap_service_new (fixture->db.database);
  g_autoptr(FlRoster) again = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(FlSwap) swap = NULL;
  gint64 id;

  id = fl_swap_service_file (swaps, fixture->lead, roster, 0, 5, 1, 7, "王芳 has a hospital appointment", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* Nothing changes until the head approves. */
  g_assert_cmpint (fl_roster_get_cell (roster, 0, 5), ==, shift (roster, "E"));
  g_assert_false (fl_swap_service_decide (swaps, fixture->lead, roster, id, TRUE, NULL, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (fl_swap_service_decide (swaps, fixture->head, roster, id, TRUE, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fl_roster_get_cell (roster, 0, 5), ==, shift (roster, "O"));
  g_assert_cmpint (fl_roster_get_cell (roster, 1, 5), ==, shift (roster, "E"));
  g_assert_cmpint (fl_roster_get_cell (roster, 0, 7), ==, shift (roster, "W"));
  g_assert_cmpint (fl_roster_get_cell (roster, 1, 7), ==, shift (roster, "O"));
  again = open_roster (fixture, fixture->qa, "2026-12");
  g_assert_cmpint (fl_roster_get_cell (again, 0, 7), ==, shift (again, "W"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_cells WHERE swap_id IS NOT NULL"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'swaps'"), ==, 2);
  g_assert_cmpint (fl_roster_get_state (roster), ==, FL_ROSTER_PUBLISHED);

  listed = fl_swap_service_list (swaps, fixture->qa, roster, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  swap = g_list_model_get_item (listed, 0);
  g_assert_cmpint (fl_swap_get_fields (swap)->state, ==, FL_SWAP_APPROVED);
  g_assert_cmpstr (fl_swap_get_fields (swap)->first_name, ==, "王芳");
  g_assert_cmpstr (fl_swap_get_fields (swap)->second_day, ==, "2026-12-08");
  g_assert_cmpstr (fl_swap_get_fields (swap)->filed_by, ==, "张强");

  /* Decided once only. */
  g_assert_false (fl_swap_service_decide (swaps, fixture->head, roster, id, FALSE, "No", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

/* What the handbook refuses. */
static void
test_swap_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSwapService) swaps = fl_swap_service_new (fixture->db.database);
  g_autoptr(FlRoster) draft = open_roster (fixture, fixture->lead, "2027-01");
  g_autoptr(FlRoster) roster = publish_december (fixture);
  gint64 first;

  /* A draft is edited, not swapped. */
  g_assert_true (set_days (fixture, fixture->lead, draft, 0, 0, 0, "E", &error));
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, draft, 0, 0, 1, 0, "Why", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  /* Another team's lead; no reason; nothing to swap. */
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead2, roster, 0, 5, 1, 6, "Why", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, roster, 0, 5, 1, 6, " ", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, roster, 0, 1, 3, 1, "Why", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);

  /* Back to back: 李娜's late shift on the 10th, then 王芳's early one on
   * the 11th, 8 hours later. */
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, roster, 2, 10, 0, 10, "Why", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS);
  g_assert_nonnull (strstr (error->message, "After this swap"));
  g_clear_error (&error);

  /* One person swapped out a day: 陈静, off on the 4th, takes 王芳's shift;
   * then 刘洋 swapped out of his the same day is refused. */
  first = fl_swap_service_file (swaps, fixture->lead, roster, 0, 3, 3, 3, "Training", &error);
  g_assert_no_error (error);
  g_assert_true (fl_swap_service_decide (swaps, fixture->head, roster, first, TRUE, "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, roster, 1, 3, 0, 3, "Why", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS);
  g_assert_nonnull (strstr (error->message, "swapped out"));
  g_clear_error (&error);

  /* Two swaps a month each: 王芳's second is filed, her third is refused. */
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, roster, 0, 11, 1, 11, "Family", &error), ==,
                   first + 1);
  g_assert_no_error (error);
  g_assert_cmpint (fl_swap_service_file (swaps, fixture->lead, roster, 0, 12, 1, 12, "Again", &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS);
  g_assert_nonnull (strstr (error->message, "王芳"));
  g_clear_error (&error);

  /* Rejected only with a comment. */
  g_assert_false (fl_swap_service_decide (swaps, fixture->head, roster, first + 1, FALSE, " ", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_swap_service_decide (swaps, fixture->head, roster, first + 1, FALSE, "Nobody covers", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_cell (roster, 0, 11), ==, shift (roster, "E"));
}

static void
test_open_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (fl_roster_service_open (fixture->rosters, fixture->lead, 1, "2026-13", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fl_roster_service_open (fixture->rosters, fixture->lead, 1, "December", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fl_roster_service_open (fixture->rosters, fixture->lead, 99, "2026-12", &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND);
}

/* Undo and redo step through the lead's changes, each saved; a cell set to
 * what it holds is no step; a new change forgets what was undone; a
 * submitted roster neither undoes nor redoes. */
static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2027-01");
  g_autoptr(FlRosterHistory) history = fl_roster_history_new (fixture->rosters, fixture->lead, roster);
  g_autoptr(FlRoster) again = NULL;
  FlRosterCheck *check = fl_roster_get_check (roster);
  FlRosterEdit late[] = { { 1, 2, shift (roster, "L") } };
  FlRosterEdit early[] = { { 1, 3, shift (roster, "E") } };
  FlRosterEdit other[] = { { 2, 3, shift (roster, "O") } };

  g_assert_false (fl_roster_history_can_undo (history));
  g_assert_true (fl_roster_history_apply (history, late, 1, &error));
  g_assert_no_error (error);
  /* 16:00–24:00, then 08:00 the next morning: 8 hours' rest. */
  g_assert_true (fl_roster_history_apply (history, early, 1, &error));
  g_assert_cmpuint (fl_roster_check_count (check, FL_RULE_HARD), ==, 1);
  g_assert_true (fl_roster_history_apply (history, early, 1, &error));   /* no change: no step */
  g_assert_no_error (error);

  g_assert_true (fl_roster_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_cell (roster, 1, 3), ==, FL_ROSTER_EMPTY);
  g_assert_cmpuint (fl_roster_check_count (check, FL_RULE_HARD), ==, 0);
  g_assert_cmpint (fl_roster_get_cell (roster, 1, 2), ==, shift (roster, "L"));   /* one step only */
  g_assert_true (fl_roster_history_can_redo (history));
  g_assert_true (fl_roster_history_redo (history, &error));
  g_assert_cmpint (fl_roster_get_cell (roster, 1, 3), ==, shift (roster, "E"));
  g_assert_cmpuint (fl_roster_check_count (check, FL_RULE_HARD), ==, 1);

  /* Undone is saved: the month reads back without it. */
  g_assert_true (fl_roster_history_undo (history, &error));
  again = open_roster (fixture, fixture->lead, "2027-01");
  g_assert_cmpint (fl_roster_get_cell (again, 1, 3), ==, FL_ROSTER_EMPTY);
  g_assert_cmpint (fl_roster_get_cell (again, 1, 2), ==, shift (again, "L"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'rosters' "
                                   "AND action = 'edit-cells'"), ==, 5);   /* two, undo, redo, undo */

  g_assert_true (fl_roster_history_apply (history, other, 1, &error));
  g_assert_false (fl_roster_history_can_redo (history));

  g_assert_true (fl_roster_service_submit (fixture->rosters, fixture->lead, roster, &error));
  g_assert_no_error (error);
  g_assert_false (fl_roster_history_can_undo (history));
  g_assert_false (fl_roster_history_undo (history, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (fl_roster_get_cell (roster, 2, 3), ==, shift (roster, "O"));
  /* Nor does a change go through, even one to what a cell holds. */
  g_assert_false (fl_roster_history_apply (history, other, 1, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_LOCKED);
}

/* Another lead's team refuses the history's changes as it refuses the service's. */
static void
test_history_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead2, "2027-01");
  g_autoptr(FlRosterHistory) history = fl_roster_history_new (fixture->rosters, fixture->lead2, roster);
  FlRosterEdit early[] = { { 0, 0, shift (roster, "E") } };
  FlRosterEdit outside[] = { { 0, 40, shift (roster, "E") } };

  g_assert_false (fl_roster_history_apply (history, early, 1, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (fl_roster_history_can_undo (history));
  g_clear_object (&history);
  history = fl_roster_history_new (fixture->rosters, fixture->lead, roster);
  g_assert_false (fl_roster_history_apply (history, outside, 1, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FlRoster **roster = user_data;
  g_autoptr(GError) error = NULL;

  *roster = fl_roster_service_open_finish (FL_ROSTER_SERVICE (source), result, &error);
  g_assert_no_error (error);
}

/* Opening in a worker reads what the window's connection saved, and the
 * saved rotations come with their codes. */
static void
test_open_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2027-01");
  g_autoptr(FlRoster) opened = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) codes = NULL;

  g_assert_true (set_days (fixture, fixture->lead, roster, 3, 0, 6, "W", &error));
  fl_roster_service_open_async (fixture->rosters, fixture->lead, 1, "2027-01", NULL, opened_cb, &opened);
  while (opened == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (fl_roster_get_cell (opened, 3, 6), ==, shift (opened, "W"));
  g_assert_cmpint (fl_roster_check_get_minutes (fl_roster_get_check (opened), 3), ==, 7 * 450);

  g_assert_true (fl_roster_service_list_patterns (fixture->rosters, &names, &codes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "Heating season: two early, two late, two night, two off");
  g_assert_cmpstr (codes[0], ==, "E,E,L,L,N,N,O,O");
  g_assert_cmpstr (codes[1], ==, "W,W,W,W,W,O,O");
}

/* An iCalendar file read back as RFC 5545 writes it: physical lines of at
 * most 75 octets ending in CRLF, unfolded; the VEVENTs' properties. */
static GPtrArray *
parse_ics (const char *text)
{
  g_autoptr(GString) unfolded = g_string_new (NULL);
  g_auto(GStrv) physical = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  GHashTable *event = NULL;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  physical = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; physical[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_null (strchr (physical[i], '\n'));
      if (physical[i][0] == ' ')
        g_string_append (unfolded, physical[i] + 1);
      else
        {
          if (i > 0)
            g_string_append_c (unfolded, '\n');
          g_string_append (unfolded, physical[i]);
        }
    }
  lines = g_strsplit (unfolded->str, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');

      if (g_str_equal (lines[i], "BEGIN:VEVENT"))
        event = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      else if (g_str_equal (lines[i], "END:VEVENT"))
        {
          g_ptr_array_add (events, event);
          event = NULL;
        }
      else if (event != NULL && colon != NULL)
        g_hash_table_insert (event, g_strndup (lines[i], (gsize) (colon - lines[i])), g_strdup (colon + 1));
    }
  g_assert_null (event);
  return events;
}

static GHashTable *
find_event (GPtrArray  *events,
            const char *dtstart)
{
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (g_hash_table_lookup (g_ptr_array_index (events, i), "DTSTART"), dtstart) == 0)
      return g_ptr_array_index (events, i);
  g_error ("no event starts at %s", dtstart);
  return NULL;
}

/* One event per worked shift from its handover, 10 minutes early, in UTC
 * from Beijing time: a late shift ends at midnight, the month's last night
 * shift runs into next year; days off are no events; the same UIDs in a
 * later export, with a later SEQUENCE; text escaped. */
static void
test_export_ics (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2026-12");
  g_autoptr(GDateTime) first_time = g_date_time_new_utc (2026, 11, 27, 8, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 11, 28, 9, 30, 0);
  g_autofree char *one = NULL;
  g_autofree char *again = NULL;
  g_autofree char *team = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) events_again = NULL;
  g_autoptr(GPtrArray) team_events = NULL;
  GHashTable *early, *late, *night;

  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 0, 0, "E", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 1, 1, "L", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 2, 3, "O", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 30, 30, "N", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 0, 4, "W", &error));
  g_assert_no_error (error);

  one = fl_roster_export_ics (roster, 0, first_time);
  events = parse_ics (one);
  g_assert_cmpuint (events->len, ==, 3);
  early = find_event (events, "20261130T235000Z");
  g_assert_cmpstr (g_hash_table_lookup (early, "DTEND"), ==, "20261201T080000Z");
  g_assert_cmpstr (g_hash_table_lookup (early, "SUMMARY"), ==, "王芳: Early (E)");
  g_assert_cmpstr (g_hash_table_lookup (early, "DESCRIPTION"), ==,
                   "Shift 08:00–16:00\\; arrive 10 minutes early for the handover.");
  g_assert_cmpstr (g_hash_table_lookup (early, "DTSTAMP"), ==, "20261127T080000Z");
  g_assert_cmpstr (g_hash_table_lookup (early, "UID"), ==, "roster-1-2-2026-12-01@floorlead");
  late = find_event (events, "20261202T075000Z");
  g_assert_cmpstr (g_hash_table_lookup (late, "DTEND"), ==, "20261202T160000Z");
  night = find_event (events, "20261231T155000Z");
  g_assert_cmpstr (g_hash_table_lookup (night, "DTEND"), ==, "20270101T000000Z");

  again = fl_roster_export_ics (roster, 0, later);
  events_again = parse_ics (again);
  g_assert_cmpuint (events_again->len, ==, 3);
  g_assert_cmpstr (g_hash_table_lookup (find_event (events_again, "20261130T235000Z"), "UID"), ==,
                   g_hash_table_lookup (early, "UID"));
  g_assert_cmpint (g_ascii_strtoll (g_hash_table_lookup (find_event (events_again, "20261130T235000Z"), "SEQUENCE"),
                                    NULL, 10), >,
                   g_ascii_strtoll (g_hash_table_lookup (early, "SEQUENCE"), NULL, 10));

  /* The whole team: 刘洋's five winter days too, each with its own UID. */
  team = fl_roster_export_ics (roster, FL_ROSTER_ALL_AGENTS, first_time);
  team_events = parse_ics (team);
  g_assert_cmpuint (team_events->len, ==, 8);
  g_assert_cmpstr (g_hash_table_lookup (find_event (team_events, "20261201T005000Z"), "SUMMARY"), ==,
                   "刘洋: Day (winter) (W)");
}

/* The month as a table: a column a day and the totals; in CSV with a BOM,
 * a name that looks like a formula made harmless. */
static void
test_export_table (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = NULL;
  g_autoptr(FlReportTable) table = NULL;
  g_autoptr(GBytes) csv = NULL;
  const char *text;
  gsize size;

  g_assert_true (fl_database_exec (fixture->db.database,
                                   "INSERT INTO staff (id, job_number, name, team_id) VALUES (7, '1000', '=1+2', 1)",
                                   &error));
  roster = open_roster (fixture, fixture->lead, "2026-12");
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 0, 4, "E", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 1, 5, 5, "N", &error));
  g_assert_no_error (error);

  table = fl_roster_export_table (roster, "Team A");
  g_assert_cmpstr (fl_report_table_get_title (table), ==, "Roster of Team A, December 2026");
  g_assert_cmpuint (fl_report_table_get_n_columns (table), ==, 1 + 31 + 4);
  g_assert_cmpuint (fl_report_table_get_n_rows (table), ==, 5);
  g_assert_cmpstr (fl_report_table_get_cell (table, 0, 0), ==, "=1+2");
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 0), ==, "王芳");
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 1), ==, "E");
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 6), ==, "N");
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 7), ==, "");
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 32), ==, "48.0");   /* hours */
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 33), ==, "6");      /* shifts */
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 34), ==, "1");      /* nights */
  g_assert_cmpstr (fl_report_table_get_cell (table, 1, 35), ==, "2");      /* 5 and 6 December */

  csv = fl_report_table_to_csv (table);
  text = g_bytes_get_data (csv, &size);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_nonnull (g_strstr_len (text, (gssize) size, "'=1+2"));
  g_assert_null (g_strstr_len (text, (gssize) size, ",=1+2"));
}

/* A forecast from a spreadsheet: a heading, a BOM, CRLF, weekdays as
 * numbers or names; a wrong line saves nothing and says which it is; only
 * who may change the center's policies imports. */
static void
test_forecast_import (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlForecastService) forecasts = fl_forecast_service_new (fixture->db.database);
  guint n_imported = 0;
  FlCoverage coverage;

  g_assert_false (fl_forecast_service_import (forecasts, fixture->head,
                                              "weekday,start,calls,handle seconds\n"
                                              "Monday,09:00,100,180\n"
                                              "Monday,25:00,100,180\n", &n_imported, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Line 3:"));
  g_clear_error (&error);
  g_assert_false (fl_forecast_service_import (forecasts, fixture->head, "Monday,09:30,-4,180\n", NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "Line 1: Forecast calls are"));
  g_clear_error (&error);
  g_assert_false (fl_forecast_service_import (forecasts, fixture->head, "\n\n", NULL, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM forecasts"), ==, 0);

  g_assert_false (fl_forecast_service_import (forecasts, fixture->lead, "1,09:00,100,180\n", NULL, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  g_assert_true (fl_forecast_service_import (forecasts, fixture->head,
                                             "\xEF\xBB\xBF" "星期,开始,来电,处理秒数\r\n"
                                             "周二,09:00,100,180\r\n"
                                             "Tuesday,09:30,100,180\r\n"
                                             "\r\n"
                                             "2,10:00,50,180\r\n", &n_imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM forecasts WHERE weekday = 2"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'forecasts'"), ==, 3);
  /* domain.md: 100 calls in half an hour at 180 s need 20 on the roster. 2026-12-01 is a Tuesday. */
  g_assert_true (fl_forecast_service_get_coverage (forecasts, fixture->lead, "2026-12-01", &coverage, &error));
  g_assert_cmpuint (coverage.required[18], ==, 20);
  g_assert_cmpuint (coverage.required[19], ==, 20);
}

/* Preferences say how a rule is held to: the rest rule turned to a warning
 * lets the roster be submitted, turned off it is not checked. */
/* The head types Monday's forecast by hand: only what changed is saved,
 * each half-hour audited, and a wrong value saves nothing. */
static void
test_forecast_by_hand (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FlForecastService) forecasts = fl_forecast_service_new (fixture->db.database);
  g_autoptr(GError) error = NULL;
  FlForecastDay days[2];
  FlForecastDay again;

  g_assert_true (fl_forecast_service_read_day (forecasts, fixture->lead, 1, &days[0], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (days[0].weekday, ==, 1);
  g_assert_cmpfloat (days[0].calls[19], ==, 0);
  g_assert_cmpfloat (days[0].handle_seconds[19], ==, FL_FORECAST_DEFAULT_HANDLE_SECONDS);
  g_assert_true (fl_forecast_service_read_day (forecasts, fixture->lead, 7, &days[1], &error));

  /* domain.md's worked example at 09:30 on Monday, and a Sunday morning. */
  days[0].calls[19] = 100;
  days[0].calls[20] = 50;
  days[0].handle_seconds[20] = 200;
  days[1].calls[18] = 12;
  g_assert_false (fl_forecast_service_save_days (forecasts, fixture->lead, days, 2, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (fl_forecast_service_save_days (forecasts, fixture->head, days, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM forecasts"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'forecasts'"), ==, 3);
  g_assert_true (fl_forecast_service_read_day (forecasts, fixture->qa, 1, &again, &error));
  g_assert_cmpfloat (again.calls[19], ==, 100);
  g_assert_cmpfloat (again.handle_seconds[19], ==, 180);
  g_assert_cmpfloat (again.calls[20], ==, 50);
  g_assert_cmpfloat (again.handle_seconds[20], ==, 200);

  /* Saving it unchanged changes nothing. */
  g_assert_true (fl_forecast_service_save_days (forecasts, fixture->head, days, 2, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'forecasts'"), ==, 3);

  /* A wrong half-hour saves nothing, not even the right ones before it. */
  days[0].calls[21] = 60;
  days[1].calls[30] = -5;
  g_assert_false (fl_forecast_service_save_days (forecasts, fixture->head, days, 2, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Sunday 15:00"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM forecasts"), ==, 3);
  g_clear_error (&error);
  g_assert_false (fl_forecast_service_read_day (forecasts, fixture->head, 8, &again, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

static void
test_rule_severity (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlPolicyService) policies = fl_policy_service_new (fixture->db.database);
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2027-01");
  g_autoptr(FlRoster) warned = NULL;
  g_autoptr(FlRoster) unchecked = NULL;

  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 0, 0, "L", &error));
  g_assert_true (set_days (fixture, fixture->lead, roster, 0, 1, 1, "E", &error));
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_HARD), ==, 1);

  g_assert_true (fl_policy_service_set (policies, fixture->head, "roster.rule.rest", FL_RULE_SOFT, &error));
  g_assert_no_error (error);
  warned = open_roster (fixture, fixture->lead, "2027-01");
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (warned), FL_RULE_HARD), ==, 0);
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (warned), FL_RULE_SOFT), >=, 1);

  g_assert_true (fl_policy_service_set (policies, fixture->head, "roster.rule.rest", FL_RULE_OFF, &error));
  unchecked = open_roster (fixture, fixture->lead, "2027-01");
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (unchecked), FL_RULE_HARD), ==, 0);
  g_assert_true (fl_roster_service_submit (fixture->rosters, fixture->lead, unchecked, &error));
  g_assert_no_error (error);
  g_assert_false (fl_policy_service_set (policies, fixture->head, "roster.rule.rest", 3, &error));
  g_assert_nonnull (error);
}

/* The lead seats two agents on technical service for five days, then on
 * call-backs: a warning each, saved, audited, read back. */
static void
test_seats (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2027-01");
  g_autoptr(FlRoster) again = NULL;
  g_autoptr(GArray) violations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint agents[] = { 0, 1 };

  g_assert_cmpuint (fl_roster_get_n_seats (roster), ==, 4);
  g_assert_cmpstr (fl_roster_get_seat_name (roster, 0), ==, "Technical service");
  g_assert_cmpstr (fl_roster_get_seat_code (roster, 2), ==, "C");
  g_assert_true (fl_roster_service_set_seat (fixture->rosters, fixture->lead, roster, agents, 2, 0, 4, 0, &error));
  g_assert_no_error (error);
  g_assert_true (fl_roster_service_set_seat (fixture->rosters, fixture->lead, roster, agents, 2, 5, 5, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_seat (roster, 1, 20), ==, 2);
  /* 王芳's, then 刘洋's; 王芳's contract hours warn too. */
  violations = fl_roster_check_list (fl_roster_get_check (roster));
  g_assert_cmpuint (violations->len, ==, 3);
  g_assert_cmpint (g_array_index (violations, FlRosterViolation, 0).rule, ==, FL_ROSTER_RULE_SEAT_DAYS);
  g_assert_cmpint (g_array_index (violations, FlRosterViolation, 2).rule, ==, FL_ROSTER_RULE_SEAT_DAYS);
  g_assert_cmpuint (g_array_index (violations, FlRosterViolation, 2).agent, ==, 1);
  text = fl_roster_describe_violation (roster, &g_array_index (violations, FlRosterViolation, 0));
  g_assert_cmpstr (text, ==, "王芳 keeps the Technical service seat 5 days, to Tuesday 5 January; "
                             "a seat is kept at least 7 days.");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_seats"), ==, 12);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'edit-seats'"), ==, 2);

  /* Read back, and a warning does not stop submitting. */
  again = open_roster (fixture, fixture->lead, "2027-01");
  g_assert_cmpint (fl_roster_get_seat (again, 0, 3), ==, 0);
  g_assert_cmpint (fl_roster_get_seat (again, 0, 30), ==, 2);
  g_assert_cmpint (fl_roster_get_seat (again, 2, 30), ==, FL_ROSTER_EMPTY);
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (again), FL_RULE_SOFT), >=, 2);

  /* Clearing the call-backs day ends the warning. */
  g_assert_true (fl_roster_service_set_seat (fixture->rosters, fixture->lead, again, agents, 2, 5, 5, FL_ROSTER_EMPTY,
                                             &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_seats"), ==, 10);
  g_assert_cmpint (fl_roster_get_seat (again, 1, 20), ==, 0);

  /* Only the team's lead or the head, inside the month, a seat there is. */
  g_assert_false (fl_roster_service_set_seat (fixture->rosters, fixture->lead2, again, agents, 2, 0, 1, 1, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (fl_roster_service_set_seat (fixture->rosters, fixture->qa, again, agents, 2, 0, 1, 1, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_roster_service_set_seat (fixture->rosters, fixture->lead, again, agents, 2, 0, 31, 1, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_roster_service_set_seat (fixture->rosters, fixture->lead, again, agents, 2, 0, 1, 4, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_seats"), ==, 10);
}

/* Seats are steps like cells: a mixed step (a new seat on some days of a
 * run) undoes to the days as they were stored, cells and seats in the
 * order they were made, each audited; a day's seat set to what it holds is
 * no step. */
static void
test_seat_history (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = open_roster (fixture, fixture->lead, "2027-01");
  g_autoptr(FlRosterHistory) history = fl_roster_history_new (fixture->rosters, fixture->lead, roster);
  g_autoptr(FlRoster) again = NULL;
  guint agents[] = { 0, 1 };
  g_autoptr(GArray) technical = fl_roster_seat_edits_new (agents, 2, 0, 6, 0);
  /* 刘洋 to call-backs on the 3rd and 4th, the 5th kept as it was. */
  FlRosterSeatEdit call_backs[] = { { 1, 2, 2 }, { 1, 3, 2 }, { 1, 4, 0 } };
  FlRosterEdit early[] = { { 0, 0, shift (roster, "E") } };

  g_assert_cmpuint (technical->len, ==, 14);
  g_assert_true (fl_roster_history_set_seats (history, (const FlRosterSeatEdit *) technical->data, technical->len,
                                              &error));
  g_assert_no_error (error);
  g_assert_true (fl_roster_history_apply (history, early, 1, &error));
  g_assert_true (fl_roster_history_set_seats (history, call_backs, G_N_ELEMENTS (call_backs), &error));
  g_assert_cmpint (fl_roster_get_seat (roster, 1, 3), ==, 2);
  g_assert_cmpint (fl_roster_get_seat (roster, 1, 4), ==, 0);
  g_assert_cmpuint (fl_roster_check_count (fl_roster_get_check (roster), FL_RULE_SOFT), >=, 1);
  /* Nothing new: no step, no audit row. */
  g_assert_true (fl_roster_history_set_seats (history, call_backs, G_N_ELEMENTS (call_backs), &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'edit-seats'"), ==, 2);

  /* Undo: technical service again on the 3rd and 4th, stored as before. */
  g_assert_true (fl_roster_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_roster_get_seat (roster, 1, 2), ==, 0);
  g_assert_cmpint (fl_roster_check_get_seat (fl_roster_get_check (roster), 1, 3), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_seats WHERE seat_id = "
                                   "(SELECT id FROM seats WHERE code = 'C')"), ==, 0);
  /* Then the shift, then the seats: nobody is seated. */
  g_assert_true (fl_roster_history_undo (history, &error));
  g_assert_cmpint (fl_roster_get_cell (roster, 0, 0), ==, FL_ROSTER_EMPTY);
  g_assert_true (fl_roster_history_undo (history, &error));
  g_assert_false (fl_roster_history_can_undo (history));
  g_assert_cmpint (fl_roster_get_seat (roster, 0, 5), ==, FL_ROSTER_EMPTY);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM roster_seats"), ==, 0);

  /* Redo all three; the month reads back with them. */
  for (int i = 0; i < 3; i++)
    g_assert_true (fl_roster_history_redo (history, &error));
  g_assert_no_error (error);
  again = open_roster (fixture, fixture->lead, "2027-01");
  g_assert_cmpint (fl_roster_get_seat (again, 1, 3), ==, 2);
  g_assert_cmpint (fl_roster_get_seat (again, 1, 5), ==, 0);
  g_assert_cmpint (fl_roster_get_seat (again, 0, 6), ==, 0);
  g_assert_cmpint (fl_roster_get_cell (again, 0, 0), ==, shift (again, "E"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'edit-seats'"), ==, 6);

  /* A day outside the month is refused as the service refuses it. */
  call_backs[0].day = 40;
  g_assert_false (fl_roster_history_set_seats (history, call_backs, 1, &error));
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
}

/* The head adds a shift type and changes one, audited; wrong fields are
 * refused saying why; a lead may not; leave stays leave. */
static void
test_shift_types (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = NULL;
  FlShiftTypeFields middle = { 0, (char *) "m", (char *) "Middle", (char *) "#C061CB",
                               { FL_SHIFT_KIND_WORK, 600, 1140, 750, 810 }, FL_SEASON_ALL, 15 };
  FlShiftTypeFields fields;
  gint64 id;
  int index;
  const struct { const char *code; const char *colour; int start, end, break_start, break_end, handover; } wrong[] = {
    { "", "#c061cb", 600, 1140, -1, -1, 10 },        /* no code */
    { "ABCD", "#c061cb", 600, 1140, -1, -1, 10 },    /* too long */
    { "E", "#c061cb", 600, 1140, -1, -1, 10 },       /* Early's */
    { "X", "c061cb", 600, 1140, -1, -1, 10 },        /* not #rrggbb */
    { "X", "#c061cb", 600, 600, -1, -1, 10 },        /* ends as it starts */
    { "X", "#c061cb", 600, 1140, 540, 600, 10 },     /* a break before the shift */
    { "X", "#c061cb", 600, 1140, 1100, 1200, 10 },   /* a break past its end */
    { "X", "#c061cb", 600, 1140, -1, -1, 121 },      /* a handover over 2 hours */
  };

  g_assert_cmpint (fl_roster_service_save_shift_type (fixture->rosters, fixture->lead, &middle, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  id = fl_roster_service_save_shift_type (fixture->rosters, fixture->head, &middle, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  roster = open_roster (fixture, fixture->lead, "2026-12");
  index = fl_roster_find_shift_code (roster, "M");
  g_assert_cmpint (index, !=, FL_ROSTER_EMPTY);
  fields = *fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) index));
  g_assert_cmpstr (fields.name, ==, "Middle");
  g_assert_cmpstr (fields.colour, ==, "#c061cb");
  g_assert_cmpint (fl_shift_spec_paid_minutes (&fields.spec), ==, 480);   /* 10:00–19:00 less an hour */
  g_assert_cmpint (fields.handover_minutes, ==, 15);

  /* A night shift over midnight with its break after it. */
  middle.id = id;
  middle.name = (char *) "Late night";
  middle.spec.start = 1320;
  middle.spec.end = 420;
  middle.spec.break_start = 120;
  middle.spec.break_end = 150;
  g_assert_cmpint (fl_roster_service_save_shift_type (fixture->rosters, fixture->head, &middle, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'shift_types'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT end_minute FROM shift_types WHERE code = 'M'"), ==, 420);

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      FlShiftTypeFields bad = { 0, (char *) wrong[i].code, (char *) "Wrong", (char *) wrong[i].colour,
                                { FL_SHIFT_KIND_WORK, wrong[i].start, wrong[i].end, wrong[i].break_start,
                                  wrong[i].break_end }, FL_SEASON_ALL, wrong[i].handover };

      g_assert_cmpint (fl_roster_service_save_shift_type (fixture->rosters, fixture->head, &bad, &error), ==, 0);
      g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* Leave: its colour may change, not its kind; no other shift becomes leave. */
  fields = *fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift (roster, "LV")));
  fields.colour = (char *) "#a51d2d";
  g_assert_cmpint (fl_roster_service_save_shift_type (fixture->rosters, fixture->head, &fields, &error), ==,
                   fields.id);
  g_assert_no_error (error);
  fields.spec.kind = FL_SHIFT_KIND_OFF;
  g_assert_cmpint (fl_roster_service_save_shift_type (fixture->rosters, fixture->head, &fields, &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_clear_error (&error);
  middle.spec.kind = FL_SHIFT_KIND_LEAVE;
  g_assert_cmpint (fl_roster_service_save_shift_type (fixture->rosters, fixture->head, &middle, &error), ==, 0);
  g_assert_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'shift_types'"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  /* The exports' times are Beijing time's. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/rosters/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("open-empty", test_open_empty);
  ADD ("edit-and-reopen", test_edit_and_reopen);
  ADD ("permissions", test_permissions);
  ADD ("states", test_states);
  ADD ("month-before", test_month_before);
  ADD ("open-refused", test_open_refused);
  ADD ("pattern-fill", test_pattern_fill);
  ADD ("coverage", test_coverage);
  ADD ("swap-approved", test_swap_approved);
  ADD ("swap-refused", test_swap_refused);
  ADD ("history", test_history);
  ADD ("history-refused", test_history_refused);
  ADD ("open-async", test_open_async);
  ADD ("export-ics", test_export_ics);
  ADD ("export-table", test_export_table);
  ADD ("forecast-import", test_forecast_import);
  ADD ("forecast-by-hand", test_forecast_by_hand);
  ADD ("rule-severity", test_rule_severity);
  ADD ("shift-types", test_shift_types);
  ADD ("seats", test_seats);
  ADD ("seat-history", test_seat_history);
#undef ADD

  return g_test_run ();
}
