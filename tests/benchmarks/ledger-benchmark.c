/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ledger-benchmark"

/*
 * Not a test: prints how the equipment ledger performs in core (meson test
 * --benchmark ledger, or run it directly).
 *
 * 2,000 consumables, 500 people and 1,000,000 ledger entries over two
 * years in a real database: each item received, issued, partly returned
 * and counted in turn, its balances summed from the entries as the
 * service keeps them. Then, each the best of 5:
 *
 *   - stock on hand for all 2,000 items (FlLedgerService, < 50 ms), and
 *     beside it the same summed from the whole ledger (the reference the
 *     kept balances replace);
 *   - one person's holdings (< 5 ms);
 *   - an item's history, first page of 50 (< 5 ms);
 *   - recording one issue: its entry, balances and audit row in one
 *     transaction.
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "fl-ledger-service.h"
#include "fl-test-util.h"

#define N_ITEMS   2000
#define N_PEOPLE  500
#define N_ENTRIES 1000000
#define RUNS      5

static void
make_center (FlDatabase *database)
{
  g_autofree char *sql = g_strdup_printf (
        "BEGIN;"
        "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES "
        "  (8, 'admin', NULL, 8, 'x', 'x');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
        "INSERT INTO staff (id, job_number, name) SELECT i, 5000 + i, 'Agent ' || i FROM n;"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
        "INSERT INTO items (id, kind, name, unit, reorder_level, created_at) "
        "SELECT i, 'consumable', 'Supply ' || printf ('%%04d', i), 'box', 10, '2025-01-01T00:00:00Z' FROM n;"
        /* Entry e: item e %% N_ITEMS, turn k = e / N_ITEMS: received 20, 5 issued, 2 of them
         * back from the same person, 1 less at the stocktake. */
        "WITH RECURSIVE n(e) AS (SELECT 0 UNION ALL SELECT e + 1 FROM n WHERE e < %d - 1), "
        "  m(e, item, k) AS (SELECT e, e %% %d + 1, e / %d FROM n) "
        "INSERT INTO ledger_entries (at, movement, item_id, stock_change, held_change, staff_id, reason, account_id) "
        "SELECT strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', '2025-01-01', (e * 63) || ' seconds'), "
        "  CASE k %% 4 WHEN 0 THEN 'receive' WHEN 1 THEN 'issue' WHEN 2 THEN 'return' ELSE 'adjust' END, item, "
        "  CASE k %% 4 WHEN 0 THEN 20 WHEN 1 THEN -5 WHEN 2 THEN 2 ELSE -1 END, "
        "  CASE k %% 4 WHEN 1 THEN 5 WHEN 2 THEN -2 ELSE 0 END, "
        "  CASE WHEN k %% 4 IN (1, 2) THEN (item * 7 + k / 4) %% %d + 1 END, "
        "  CASE k %% 4 WHEN 3 THEN 'stocktake' ELSE '' END, 8 FROM m;"
        "INSERT INTO stock (item_id, on_hand) SELECT item_id, sum (stock_change) FROM ledger_entries GROUP BY item_id;"
        "INSERT INTO holdings (staff_id, item_id, asset_id, quantity, since) "
        "SELECT staff_id, item_id, 0, sum (held_change), max (at) FROM ledger_entries WHERE staff_id IS NOT NULL "
        "GROUP BY staff_id, item_id HAVING sum (held_change) > 0;"
        "COMMIT;"
        "ANALYZE;", N_PEOPLE, N_ITEMS, N_ENTRIES, N_ITEMS, N_ITEMS, N_PEOPLE);

  fl_test_exec (database, sql);
}

/* The reference: every item's stock summed from the whole ledger. */
static double
sum_from_ledger (FlDatabase *database)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;
  gint64 start = g_get_monotonic_time ();
  guint rows = 0;

  statement = fl_database_prepare (database,
                                   "SELECT i.id, coalesce ((SELECT sum (stock_change) FROM ledger_entries e "
                                   "  WHERE e.item_id = i.id), 0) FROM items i ORDER BY i.name",
                                   &error);
  g_assert_no_error (error);
  while (fl_database_step (database, statement, &has_row, &error) && has_row)
    rows++;
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, N_ITEMS);
  return fl_test_ms_since (start);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(FlLedgerService) ledger = NULL;
  g_autoptr(FlSession) admin = fl_session_new (8, "admin", "Admin", 0, FL_ROLE_ADMIN);
  double best_stock = INFINITY, best_reference = INFINITY, best_holdings = INFINITY, best_history = INFINITY;
  double best_record = INFINITY, made;
  gint64 start;

  setlocale (LC_ALL, "");
  folder = fl_test_make_folder ();
  path = g_build_filename (folder, "floorlead.db", NULL);
  database = fl_database_open (path, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  make_center (database);
  made = fl_test_ms_since (start);
  ledger = fl_ledger_service_new (database);

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GListModel) stock = NULL;
      g_autoptr(GListModel) holdings = NULL;
      g_autoptr(GListModel) history = NULL;
      FlMovementDraft issue = { FL_MOVEMENT_ISSUE, 1 + run, NULL, 1, 1 + run, 0, "" };

      start = g_get_monotonic_time ();
      stock = fl_ledger_service_list_stock (ledger, admin, &error);
      best_stock = MIN (best_stock, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (stock), ==, N_ITEMS);

      best_reference = MIN (best_reference, sum_from_ledger (database));

      start = g_get_monotonic_time ();
      holdings = fl_ledger_service_list_holdings (ledger, admin, 1 + run * 37, &error);
      best_holdings = MIN (best_holdings, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (holdings), >, 0);

      start = g_get_monotonic_time ();
      history = fl_ledger_service_list_history (ledger, admin, 1 + run * 101, 0, 50, &error);
      best_history = MIN (best_history, fl_test_ms_since (start));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (history), ==, 50);

      start = g_get_monotonic_time ();
      g_assert_cmpint (fl_ledger_service_record (ledger, admin, &issue, &error), >, 0);
      best_record = MIN (best_record, fl_test_ms_since (start));
      g_assert_no_error (error);
    }

  g_print ("Equipment ledger: %d entries over %d items and %d people (made in %.1f s)\n", N_ENTRIES, N_ITEMS,
           N_PEOPLE, made / 1000);
  fl_test_print_timing ("stock on hand, all 2,000 items (kept balances)", best_stock, "< 50 ms");
  fl_test_print_timing ("… the same summed from the whole ledger", best_reference, "(reference)");
  fl_test_print_timing ("one person's holdings", best_holdings, "< 5 ms");
  fl_test_print_timing ("an item's history, first page of 50", best_history, "< 5 ms");
  fl_test_print_timing ("recording one issue (entry, balances, audit row)", best_record, "(one transaction)");

  g_clear_object (&ledger);
  g_clear_object (&database);
  fl_test_remove_folder (folder);
  return 0;
}
