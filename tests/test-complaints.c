/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-complaints"

#include <math.h>

#include "evaluation-fixture.h"
#include "fl-complaint-service.h"
#include "fl-qa-error.h"
#include "fl-qa-results-service.h"

/* Complaints (投诉) on a real database: logged by anyone signed in,
 * verified by a QA auditor against the recordings, counted in the month's
 * complaint points, and seen by the department head (account 9). 王芳
 * (staff 1) is the agent of recordings 1 and 3. */

typedef struct
{
  Fixture             base;
  FlComplaintService *complaints;
  FlSession          *head;
} ComplaintFixture;

static void
complaint_setup (ComplaintFixture *fixture,
                 gconstpointer     data)
{
  g_autoptr(GError) error = NULL;

  fixture_setup (&fixture->base, data);
  g_assert_true (fl_database_exec (fixture->base.db.database,
                                   "INSERT INTO accounts (id, login, roles, password_hash, created_at) "
                                   "VALUES (9, 'head', 4, 'x', '2026-01-01T00:00:00Z')", &error));
  g_assert_no_error (error);
  fixture->complaints = fl_complaint_service_new (fixture->base.db.database);
  fixture->head = fl_session_new (9, "head", "Head", 0, FL_ROLE_DEPT_HEAD);
}

static void
complaint_teardown (ComplaintFixture *fixture,
                    gconstpointer     data)
{
  g_clear_object (&fixture->complaints);
  g_clear_object (&fixture->head);
  fixture_teardown (&fixture->base, data);
}

static gint64
file_rude (ComplaintFixture *fixture,
           FlSession        *actor)
{
  const gint64 recordings[] = { 1, 3 };
  g_autoptr(GError) error = NULL;
  gint64 id = fl_complaint_service_file (fixture->complaints, actor, "2026-03-04", " 13800138000 ", 1,
                                         "The agent interrupted and argued.", recordings, 2, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static double
complaint_points (ComplaintFixture *fixture,
                  gint64            staff_id)
{
  g_autoptr(FlQaResultsService) results = fl_qa_results_service_new (fixture->base.db.database);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) month = fl_qa_results_service_list_month (results, fixture->head, "2026-03", 0,
                                                                  &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (month); i++)
    {
      g_autoptr(FlQaMonthResult) result = g_list_model_get_item (month, i);

      if (fl_qa_month_result_get_figures (result)->staff_id == staff_id)
        return fl_qa_month_result_get_figures (result)->complaint_points;
    }
  return NAN;
}

/* Logged by a team lead, confirmed by a QA auditor with the moment it rests
 * on: 王芳's complaint points fall from 20 to 10; the head sees it. */
static void
test_confirm (ComplaintFixture *fixture,
              gconstpointer     data)
{
  const FlComplaintMoment moments[] = { { 3, 61000, 75500 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) unseen = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(FlComplaint) complaint = NULL;
  const FlComplaintFields *fields;
  gint64 id = file_rude (fixture, fixture->base.lead);

  g_assert_cmpfloat (complaint_points (fixture, 1), ==, 20);
  g_assert_false (fl_complaint_service_verify (fixture->complaints, fixture->base.lead, id, TRUE, "Yes",
                                               NULL, 0, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_complaint_service_verify (fixture->complaints, fixture->base.qa, id, TRUE, " ",
                                               NULL, 0, &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (fl_complaint_service_verify (fixture->complaints, fixture->base.qa, id, TRUE,
                                              "At 1:01 she talks over the caller twice.", moments, 1,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (complaint_points (fixture, 1), ==, 10);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM complaint_recordings "
                                                  "WHERE recording_id = 3 AND start_ms = 61000 "
                                                  "AND end_ms = 75500"), ==, 1);
  /* Decided once. */
  g_assert_false (fl_complaint_service_verify (fixture->complaints, fixture->base.qa, id, FALSE, "No",
                                               NULL, 0, &error));
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);

  unseen = fl_complaint_service_list (fixture->complaints, fixture->head, NULL, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (unseen), ==, 1);
  complaint = g_list_model_get_item (unseen, 0);
  fields = fl_complaint_get_fields (complaint);
  g_assert_cmpint (fields->state, ==, FL_COMPLAINT_CONFIRMED);
  g_assert_cmpstr (fields->agent_name, ==, "王芳");
  g_assert_cmpstr (fields->caller, ==, "13800138000");
  g_assert_cmpstr (fields->filed_by, ==, "张强");
  g_assert_cmpstr (fields->verified_by, ==, "孟晓丽");
  g_assert_cmpuint (fields->recording_ids->len, ==, 2);

  g_assert_false (fl_complaint_service_mark_seen (fixture->complaints, fixture->base.qa, id, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (fl_complaint_service_mark_seen (fixture->complaints, fixture->head, id, &error));
  g_assert_no_error (error);
  g_clear_object (&unseen);
  unseen = fl_complaint_service_list (fixture->complaints, fixture->head, NULL, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (unseen), ==, 0);
  all = fl_complaint_service_list (fixture->complaints, fixture->head, "2026-03", FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM audit_log "
                                                  "WHERE entity = 'complaints'"), ==, 3);
}

/* Not confirmed: no points lost; two confirmed: all lost. */
static void
test_points (ComplaintFixture *fixture,
             gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = file_rude (fixture, fixture->base.qa);
  gint64 second = file_rude (fixture, fixture->base.qa);
  gint64 third = file_rude (fixture, fixture->base.qa);

  g_assert_true (fl_complaint_service_verify (fixture->complaints, fixture->base.qa, first, FALSE,
                                              "The caller was told the rules politely.", NULL, 0, &error));
  g_assert_cmpfloat (complaint_points (fixture, 1), ==, 20);
  g_assert_true (fl_complaint_service_verify (fixture->complaints, fixture->base.qa, second, TRUE, "Rude.",
                                              NULL, 0, &error));
  g_assert_true (fl_complaint_service_verify (fixture->complaints, fixture->base.qa2, third, TRUE, "Rude.",
                                              NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (complaint_points (fixture, 1), ==, 0);
}

/* What a complaint needs, and a closed month takes no new one. */
static void
test_refused (ComplaintFixture *fixture,
              gconstpointer     data)
{
  g_autoptr(FlQaResultsService) results = fl_qa_results_service_new (fixture->base.db.database);
  g_autoptr(GError) error = NULL;
  const gint64 missing[] = { 99 };
  const char *bad_dates[] = { "2026-02-30", "03/04/2026", "2026-3-4", "", "2999-01-01" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_assert_cmpint (fl_complaint_service_file (fixture->complaints, fixture->base.qa, bad_dates[i], NULL,
                                                  1, "Rude", NULL, 0, &error), ==, 0);
      g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpint (fl_complaint_service_file (fixture->complaints, fixture->base.qa, "2026-03-04", NULL, 1,
                                              "  ", NULL, 0, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_complaint_service_file (fixture->complaints, fixture->base.qa, "2026-03-04", NULL, 99,
                                              "Rude", NULL, 0, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (fl_complaint_service_file (fixture->complaints, fixture->base.qa, "2026-03-04", NULL, 1,
                                              "Rude", missing, 1, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (fl_qa_results_service_close_month (results, fixture->head, "2026-03", &error));
  g_assert_cmpint (fl_complaint_service_file (fixture->complaints, fixture->base.qa, "2026-03-04", NULL, 1,
                                              "Rude", NULL, 0, &error), ==, 0);
  g_assert_error (error, FL_QA_ERROR, FL_QA_ERROR_MONTH_CLOSED);
  g_assert_cmpint (fixture_count (&fixture->base, "SELECT count(*) FROM complaints"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/complaints/" path, ComplaintFixture, NULL, complaint_setup, func, complaint_teardown)
  ADD ("confirm", test_confirm);
  ADD ("points", test_points);
  ADD ("refused", test_refused);
#undef ADD

  return g_test_run ();
}
