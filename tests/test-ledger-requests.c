/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ledger-requests"

#include <string.h>

#include "fl-staff-service.h"
#include "ledger-fixture.h"

/* Supply requests (申领), pooled purchasing (集中申购), loans (借用) and
 * the recovery when someone leaves (离职回收), on the center of
 * ledger-fixture.h. */

static gint64
file_ok (Fixture                 *fixture,
         FlSession               *actor,
         gint64                   for_staff_id,
         const FlSupplyLineDraft *lines,
         guint                    n_lines)
{
  g_autoptr(GError) error = NULL;
  FlSupplyDraft draft = { for_staff_id, "", lines, n_lines };
  gint64 id = fl_ledger_service_file_request (fixture->ledger, actor, &draft, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
line_of (Fixture *fixture,
         gint64   request_id,
         gint64   item_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM supply_request_lines WHERE request_id = %" G_GINT64_FORMAT
                                          " AND item_id = %" G_GINT64_FORMAT, request_id, item_id);

  return count (fixture, sql);
}

static guint
n_lines (Fixture       *fixture,
         FlSession     *actor,
         FlSupplyLines  which)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = fl_ledger_service_list_lines (fixture->ledger, actor, which, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (lines);
}

/* A lead asks two headsets for 王芳 and paper for the team; the head
 * approves the headsets and rejects half the paper's reason-less ask; the
 * store issues two headsets by tag; 王芳 holds them; one comes back. */
static void
test_request_to_issue (Fixture       *fixture,
                       gconstpointer  data)
{
  FlSupplyLineDraft headsets[] = { { fixture->headset, 2, "New starter" } };
  FlSupplyLineDraft paper[] = { { fixture->paper, 5, "Printing scripts" } };
  const char *tags[] = { "HS-001", "HS-002", NULL };
  const char *one_more[] = { "HS-001", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) holdings = NULL;
  gint64 request, team_request, line, paper_line;

  request = file_ok (fixture, fixture->lead, 1, headsets, 1);
  team_request = file_ok (fixture, fixture->lead, 0, paper, 1);
  line = line_of (fixture, request, fixture->headset);
  paper_line = line_of (fixture, team_request, fixture->paper);
  /* The team's request is signed for by its lead, 张强. */
  g_assert_cmpint (count (fixture, "SELECT receiver_staff_id FROM supply_requests WHERE for_staff_id IS NULL"), ==, 10);
  g_assert_cmpuint (n_lines (fixture, fixture->head, FL_SUPPLY_LINES_WAITING), ==, 2);
  g_assert_cmpuint (n_lines (fixture, fixture->lead, FL_SUPPLY_LINES_RECENT), ==, 2);
  g_assert_cmpuint (n_lines (fixture, fixture->lead2, FL_SUPPLY_LINES_RECENT), ==, 0);

  /* A lead does not approve; a rejection says why. */
  g_assert_false (fl_ledger_service_decide_line (fixture->ledger, fixture->lead, line, FL_SUPPLY_APPROVED, "", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_ledger_service_decide_line (fixture->ledger, fixture->head, paper_line, FL_SUPPLY_REJECTED, " ",
                                                 &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_decide_line (fixture->ledger, fixture->head, paper_line, FL_SUPPLY_REJECTED,
                                                "Use the paper in the printer room", &error));
  g_assert_true (fl_ledger_service_decide_line (fixture->ledger, fixture->admin, line, FL_SUPPLY_APPROVED, "", &error));
  g_assert_no_error (error);
  g_assert_false (fl_ledger_service_decide_line (fixture->ledger, fixture->head, line, FL_SUPPLY_REJECTED, "no",
                                                 &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpuint (n_lines (fixture, fixture->head, FL_SUPPLY_LINES_WAITING), ==, 0);
  g_assert_cmpuint (n_lines (fixture, fixture->admin, FL_SUPPLY_LINES_TO_ISSUE), ==, 1);

  /* An auditor issues nothing, a rejected line nothing, nobody more than approved. */
  g_assert_false (fl_ledger_service_issue_line (fixture->ledger, fixture->qa, line, 0, tags, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_ledger_service_issue_line (fixture->ledger, fixture->admin, paper_line, 5, NULL, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_issue_line (fixture->ledger, fixture->admin, line, 0, tags, &error));
  g_assert_no_error (error);
  g_assert_false (fl_ledger_service_issue_line (fixture->ledger, fixture->admin, line, 0, one_more, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_lines (fixture, fixture->admin, FL_SUPPLY_LINES_TO_ISSUE), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger_entries WHERE request_line_id IS NOT NULL"), ==, 2);

  holdings = fl_ledger_service_list_holdings (fixture->ledger, fixture->lead, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (holdings), ==, 2);
  record_ok (fixture, FL_MOVEMENT_RETURN, 0, "HS-002", 1, 1);
  g_assert_cmpint (on_hand (fixture, fixture->headset), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'supply_request_lines'"), ==, 2);
}

/* Refusals on filing: another team's person, someone who left, a
 * fraction, nothing, an auditor. */
static void
test_filing_refusals (Fixture       *fixture,
                      gconstpointer  data)
{
  FlSupplyLineDraft one[] = { { fixture->paper, 1, "" } };
  FlSupplyLineDraft half[] = { { fixture->paper, 1.5, "" } };
  FlSupplyLineDraft unknown[] = { { 999, 1, "" } };
  struct
  {
    FlSession               *actor;
    gint64                   for_staff_id;
    const FlSupplyLineDraft *lines;
    guint                    n_lines;
    GQuark                   domain;
    int                      code;
  } refused[] = {
    { fixture->lead, 5, one, 1, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID },          /* team 2's */
    { fixture->lead, 6, one, 1, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID },          /* has left */
    { fixture->lead, 1, half, 1, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID },
    { fixture->lead, 1, unknown, 1, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND },
    { fixture->lead, 1, one, 0, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID },
    { fixture->admin, 0, one, 1, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID },         /* not on the staff list */
    { fixture->qa, 1, one, 1, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      FlSupplyDraft draft = { refused[i].for_staff_id, "", refused[i].lines, refused[i].n_lines };

      g_assert_cmpint (fl_ledger_service_file_request (fixture->ledger, refused[i].actor, &draft, &error), ==, 0);
      g_assert_error (error, refused[i].domain, refused[i].code);
    }
  /* What the request form offers: the lead's own team, and themselves. */
  g_assert_true (fl_ledger_service_may_request_for (fixture->ledger, fixture->lead, 1));
  g_assert_true (fl_ledger_service_may_request_for (fixture->ledger, fixture->lead, 10));
  g_assert_false (fl_ledger_service_may_request_for (fixture->ledger, fixture->lead, 5));
  g_assert_false (fl_ledger_service_may_request_for (fixture->ledger, fixture->lead, 6));
  g_assert_false (fl_ledger_service_may_request_for (fixture->ledger, fixture->qa, 1));
  g_assert_true (fl_ledger_service_may_request_for (fixture->ledger, fixture->head, 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM supply_requests"), ==, 0);
  /* The head asks for anyone. */
  file_ok (fixture, fixture->head, 5, one, 1);
}

/* Ten reams asked, three in the store: the other seven bought with the
 * others' (集中申购), ordered, received into stock; then all ten issued. */
static void
test_purchase (Fixture       *fixture,
               gconstpointer  data)
{
  FlSupplyLineDraft paper[] = { { fixture->paper, 10, "Month-end reports" } };
  FlSupplyLineDraft headsets[] = { { fixture->headset, 3, "" } };
  const char *two_tags[] = { "HS-101", "HS-102", NULL };   /* two stocked, three asked: one to buy */
  const char *bought[] = { "HS-103", NULL };
  g_autoptr(GError) error = NULL;
  gint64 line, purchase, headset_line, headset_purchase;

  record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 3, 0);
  line = line_of (fixture, file_ok (fixture, fixture->lead, 2, paper, 1), fixture->paper);
  g_assert_cmpint (fl_ledger_service_request_purchase (fixture->ledger, fixture->admin, line, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);   /* not approved yet */
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_decide_line (fixture->ledger, fixture->head, line, FL_SUPPLY_APPROVED, "", &error));
  g_assert_false (fl_ledger_service_issue_line (fixture->ledger, fixture->admin, line, 10, NULL, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_SHORT);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger_entries WHERE request_line_id IS NOT NULL"), ==, 0);

  purchase = fl_ledger_service_request_purchase (fixture->ledger, fixture->admin, line, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT quantity FROM purchases"), ==, 7);
  g_assert_cmpint (fl_ledger_service_request_purchase (fixture->ledger, fixture->admin, line, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);   /* covered now */
  g_clear_error (&error);
  {
    g_autoptr(GListModel) purchases = fl_ledger_service_list_purchases (fixture->ledger, fixture->lead, FALSE, &error);
    g_autoptr(FlPurchase) first = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (purchases), ==, 1);
    first = g_list_model_get_item (purchases, 0);
    g_assert_cmpstr (fl_purchase_get_fields (first)->item_name, ==, "A4 paper");
    g_assert_cmpint (fl_purchase_get_fields (first)->quantity, ==, 7);
    g_assert_cmpint (fl_purchase_get_fields (first)->state, ==, FL_PURCHASE_REQUESTED);
    g_assert_cmpstr (fl_purchase_get_fields (first)->for_name, ==, "刘洋");
  }
  g_assert_true (fl_ledger_service_mark_ordered (fixture->ledger, fixture->admin, purchase, &error));
  g_assert_false (fl_ledger_service_mark_ordered (fixture->ledger, fixture->admin, purchase, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_receive_purchase (fixture->ledger, fixture->admin, purchase, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 10);
  g_assert_false (fl_ledger_service_receive_purchase (fixture->ledger, fixture->admin, purchase, NULL, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_issue_line (fixture->ledger, fixture->admin, line, 10, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 0);
  {
    g_autoptr(GListModel) open = fl_ledger_service_list_purchases (fixture->ledger, fixture->admin, FALSE, &error);
    g_autoptr(GListModel) all = fl_ledger_service_list_purchases (fixture->ledger, fixture->admin, TRUE, &error);

    g_assert_cmpuint (g_list_model_get_n_items (open), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  }
  g_assert_null (fl_ledger_service_list_purchases (fixture->ledger, fixture->qa, TRUE, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Headsets: two in the store, three asked, one bought and received by its tag. */
  headset_line = line_of (fixture, file_ok (fixture, fixture->lead, 3, headsets, 1), fixture->headset);
  g_assert_true (fl_ledger_service_decide_line (fixture->ledger, fixture->head, headset_line, FL_SUPPLY_APPROVED, "",
                                                &error));
  headset_purchase = fl_ledger_service_request_purchase (fixture->ledger, fixture->admin, headset_line, &error);
  g_assert_no_error (error);
  g_assert_false (fl_ledger_service_receive_purchase (fixture->ledger, fixture->admin, headset_purchase, bought,
                                                      &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);   /* not ordered yet */
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_mark_ordered (fixture->ledger, fixture->admin, headset_purchase, &error));
  g_assert_false (fl_ledger_service_receive_purchase (fixture->ledger, fixture->admin, headset_purchase,
                                                      two_tags, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_receive_purchase (fixture->ledger, fixture->admin, headset_purchase, bought,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpint (on_hand (fixture, fixture->headset), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'purchases'"), ==, 6);
}

/* A headset lent to 刘洋 for a training week, overdue once its day is
 * past, back in fair condition; not lent twice, nor until yesterday, nor a
 * PC, which is issued. */
static void
test_loans (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) loans = NULL;
  g_autoptr(FlLoan) loan = NULL;
  g_autofree char *next_week = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 7);
  g_autoptr(GDateTime) before = g_date_time_add_days (now, -1);
  g_autofree char *yesterday = g_date_time_format (before, "%Y-%m-%d");
  gint64 id;

  next_week = g_date_time_format (then, "%Y-%m-%d");
  g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-001", 2, yesterday, "Training",
                                           &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-001", 2, "2027-02-30", "Training",
                                           &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->lead, "HS-001", 2, next_week, "Training",
                                           &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  id = fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-001", 2, next_week, "Training week", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-001", 3, next_week, "", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);

  loans = fl_ledger_service_list_loans (fixture->ledger, fixture->lead, 2, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (loans), ==, 1);
  loan = g_list_model_get_item (loans, 0);
  g_assert_cmpstr (fl_loan_get_fields (loan)->asset_tag, ==, "HS-001");
  g_assert_cmpint (fl_loan_get_fields (loan)->days_overdue, ==, 0);
  g_clear_object (&loan);
  g_clear_object (&loans);

  /* Three days past its day, it is overdue by three. */
  fl_test_exec (fixture->db.database, "UPDATE loans SET out_on = date ('now', 'localtime', '-10 days'), "
                                      "due_on = date ('now', 'localtime', '-3 days')");
  loans = fl_ledger_service_list_loans (fixture->ledger, fixture->head, 0, FALSE, &error);
  loan = g_list_model_get_item (loans, 0);
  g_assert_cmpint (fl_loan_get_fields (loan)->days_overdue, ==, 3);
  g_clear_object (&loan);
  g_clear_object (&loans);

  g_assert_true (fl_ledger_service_take_back (fixture->ledger, fixture->admin, id, FL_CONDITION_FAIR, "Ear cushion worn",
                                              &error));
  g_assert_no_error (error);
  g_assert_false (fl_ledger_service_take_back (fixture->ledger, fixture->admin, id, FL_CONDITION_FAIR, "", &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assets WHERE tag = 'HS-001' AND condition = 'fair'"), ==, 1);
  g_assert_cmpint (on_hand (fixture, fixture->headset), ==, 2);
  loans = fl_ledger_service_list_loans (fixture->ledger, fixture->head, 0, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (loans), ==, 0);
  g_clear_object (&loans);
  loans = fl_ledger_service_list_loans (fixture->ledger, fixture->head, 0, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (loans), ==, 1);

  /* Lost while on loan: written off, the loan ends; a loan's entries are not reversed. */
  id = fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-002", 3, next_week, "Open day", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin,
                                              count (fixture, "SELECT max (id) FROM ledger_entries"), "oops", &error),
                   ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  {
    FlMovementDraft lost = { FL_MOVEMENT_WRITE_OFF, 0, "HS-002", 1, 0, 0, "Lost at the open day" };

    g_assert_cmpint (fl_ledger_service_record (fixture->ledger, fixture->admin, &lost, &error), >, 0);
    g_assert_no_error (error);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM loans WHERE returned_on IS NULL"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM holdings WHERE staff_id = 3"), ==, 0);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin,
                                              count (fixture, "SELECT max (id) FROM ledger_entries"), "found", &error),
                   ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);

  /* A PC is issued to its user, not lent. */
  {
    FlLedgerItemFields pc = { .kind = FL_ITEM_ASSET, .name = (char *) "PC", .active = TRUE };
    gint64 pcs = fl_ledger_service_save_item (fixture->ledger, fixture->admin, &pc, &error);

    add_asset (fixture, pcs, "PC-01");
    g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "PC-01", 2, next_week, "", &error), ==, 0);
    g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  }
}

/* 王芳 leaves holding a headset and one on loan: refused until both are
 * back; 刘洋 leaves with paper unrecovered, an administrator overriding
 * with a reason, audited with what he holds; the head may not override. */
static void
test_departure (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FlStaffService) as_admin = fl_staff_service_new (fixture->db.database, fixture->admin);
  g_autoptr(FlStaffService) as_head = fl_staff_service_new (fixture->db.database, fixture->head);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 7);
  g_autofree char *next_week = g_date_time_format (then, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  gint64 loan;

  record_ok (fixture, FL_MOVEMENT_ISSUE, 0, "HS-001", 1, 1);
  loan = fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-002", 1, next_week, "Training", &error);
  g_assert_no_error (error);
  g_assert_false (fl_staff_service_set_active (as_admin, 1, FALSE, &error));
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "王芳 still holds 2 items"));
  g_clear_error (&error);

  record_ok (fixture, FL_MOVEMENT_RETURN, 0, "HS-001", 1, 1);
  g_assert_false (fl_staff_service_depart (as_admin, 1, "  ", &error));
  g_assert_error (error, FL_STAFF_ERROR, FL_STAFF_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_take_back (fixture->ledger, fixture->admin, loan, FL_CONDITION_GOOD, "", &error));
  g_assert_true (fl_staff_service_depart (as_admin, 1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM staff WHERE id = 1 AND status = 'departed'"), ==, 1);

  record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 5, 0);
  record_ok (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 3, 2);
  g_assert_false (fl_staff_service_depart (as_head, 2, "Moved abroad", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (fl_staff_service_depart (as_admin, 2, "Moved abroad; the paper was used up", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'staff' AND entity_id = 2 "
                                   "AND action = 'override recovery' AND after_json LIKE '%Moved abroad%' "
                                   "AND after_json LIKE '%A4 paper%'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ledger-requests/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("request-to-issue", test_request_to_issue);
  ADD ("filing-refusals", test_filing_refusals);
  ADD ("purchase", test_purchase);
  ADD ("loans", test_loans);
  ADD ("departure", test_departure);
#undef ADD

  return g_test_run ();
}
