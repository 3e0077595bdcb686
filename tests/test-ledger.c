/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ledger"

#include <string.h>

#include "ledger-fixture.h"

/* The catalog: only an administrator keeps it; tags are unique; an asset
 * added is in the store. */
static void
test_catalog (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stock = NULL;
  g_autoptr(FlLedgerItem) first = NULL;
  FlLedgerItemFields blank = { .kind = FL_ITEM_CONSUMABLE, .name = (char *) "  " };
  FlAssetDraft twice = { .item_id = fixture->headset, .tag = "HS-001" };
  FlAssetDraft on_paper = { .item_id = fixture->paper, .tag = "P-1" };
  FlLedgerItemFields paper = { .kind = FL_ITEM_CONSUMABLE, .name = (char *) "Paper", .active = TRUE };

  g_assert_cmpint (fl_ledger_service_add_category (fixture->ledger, fixture->admin, "Headsets", &error), >, 0);
  g_assert_cmpint (fl_ledger_service_add_location (fixture->ledger, fixture->admin, "Store room", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fl_ledger_service_add_category (fixture->ledger, fixture->lead, "Pens", &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_save_item (fixture->ledger, fixture->admin, &blank, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_save_item (fixture->ledger, fixture->qa, &paper, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_add_asset (fixture->ledger, fixture->admin, &twice, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_add_asset (fixture->ledger, fixture->admin, &on_paper, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);

  stock = fl_ledger_service_list_stock (fixture->ledger, fixture->lead, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stock), ==, 2);
  first = g_list_model_get_item (stock, 0);
  g_assert_cmpstr (fl_ledger_item_get_fields (first)->name, ==, "A4 paper");
  g_assert_cmpint (fl_ledger_item_get_fields (first)->on_hand, ==, 0);
  g_assert_true (fl_ledger_item_needs_order (first));
  g_assert_cmpint (on_hand (fixture, fixture->headset), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM asset_states WHERE status = 'available'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity IN ('items', 'assets', "
                                   "'item_categories', 'item_locations', 'ledger_entries')"), ==, 8);
  g_assert_null (fl_ledger_service_list_stock (fixture->ledger, fixture->qa, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

static char *
names_of (GListModel *names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(FlLedgerName) name = g_list_model_get_item (names, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", fl_ledger_name_get_name (name));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Categories and locations: listed by name, each name once, renamed by an
 * administrator only, every change audited. */
static void
test_catalog_names (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GListModel) locations = NULL;
  g_autofree char *category_names = NULL;
  g_autofree char *location_names = NULL;
  gint64 stationery, store_room;
  FlLedgerItemFields pens = { .kind = FL_ITEM_CONSUMABLE, .name = (char *) "Pens", .unit = (char *) "box",
                              .active = TRUE };
  g_autoptr(GListModel) stock = NULL;
  g_autoptr(FlLedgerItem) first = NULL;

  stationery = fl_ledger_service_add_category (fixture->ledger, fixture->admin, " Stationry ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_ledger_service_add_category (fixture->ledger, fixture->admin, "Headsets", &error), >, 0);
  g_assert_cmpint (fl_ledger_service_add_category (fixture->ledger, fixture->admin, "Headsets", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Headsets” is the category already"));
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_rename_category (fixture->ledger, fixture->admin, stationery, "Stationery",
                                                     &error));
  g_assert_no_error (error);
  g_assert_false (fl_ledger_service_rename_category (fixture->ledger, fixture->admin, stationery, "Headsets",
                                                      &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fl_ledger_service_rename_category (fixture->ledger, fixture->lead, stationery, "Pens", &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  store_room = fl_ledger_service_add_location (fixture->ledger, fixture->admin, "Store room", &error);
  g_assert_cmpint (fl_ledger_service_add_location (fixture->ledger, fixture->admin, "Floor 3", &error), >, 0);
  g_assert_true (fl_ledger_service_rename_location (fixture->ledger, fixture->admin, store_room, "Basement store",
                                                     &error));
  g_assert_no_error (error);

  categories = fl_ledger_service_list_categories (fixture->ledger, fixture->lead, &error);
  locations = fl_ledger_service_list_locations (fixture->ledger, fixture->lead, &error);
  g_assert_no_error (error);
  category_names = names_of (categories);
  location_names = names_of (locations);
  g_assert_cmpstr (category_names, ==, "Headsets,Stationery");
  g_assert_cmpstr (location_names, ==, "Basement store,Floor 3");
  g_assert_null (fl_ledger_service_list_categories (fixture->ledger, fixture->qa, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* An item in a category shows its name. */
  pens.category_id = stationery;
  g_assert_cmpint (fl_ledger_service_save_item (fixture->ledger, fixture->admin, &pens, &error), >, 0);
  stock = fl_ledger_service_list_stock (fixture->ledger, fixture->lead, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (stock, 2);
  g_assert_cmpstr (fl_ledger_item_get_fields (first)->name, ==, "Pens");
  g_assert_cmpstr (fl_ledger_item_get_fields (first)->category, ==, "Stationery");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity IN ('item_categories', "
                                   "'item_locations') AND action = 'edit'"), ==, 2);
}

/* An item's assets by tag, where each is and who has it: what the store
 * chooses from when it issues by tag. */
static void
test_assets (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) assets = NULL;
  g_autoptr(FlLedgerAsset) issued = NULL;
  g_autoptr(FlLedgerAsset) available = NULL;

  record_ok (fixture, FL_MOVEMENT_ISSUE, 0, "HS-001", 1, 1);
  assets = fl_ledger_service_list_assets (fixture->ledger, fixture->lead, fixture->headset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (assets), ==, 2);
  issued = g_list_model_get_item (assets, 0);
  available = g_list_model_get_item (assets, 1);
  g_assert_cmpstr (fl_ledger_asset_get_fields (issued)->tag, ==, "HS-001");
  g_assert_cmpint (fl_ledger_asset_get_fields (issued)->status, ==, FL_ASSET_ISSUED);
  g_assert_cmpint (fl_ledger_asset_get_fields (issued)->holder_id, ==, 1);
  g_assert_cmpstr (fl_ledger_asset_get_fields (issued)->holder_name, ==, "王芳");
  g_assert_cmpstr (fl_ledger_asset_get_fields (available)->tag, ==, "HS-002");
  g_assert_cmpint (fl_ledger_asset_get_fields (available)->status, ==, FL_ASSET_AVAILABLE);
  g_assert_cmpint (fl_ledger_asset_get_fields (available)->holder_id, ==, 0);
  g_assert_null (fl_ledger_asset_get_fields (available)->holder_name);
  g_assert_null (fl_ledger_service_list_assets (fixture->ledger, fixture->qa, fixture->headset, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

/* Paper in, some issued, returned, written off, counted; headsets issued
 * and lent; and everything the store refuses, with nothing written. */
static void
test_movements (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) holdings = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(FlHolding) holding = NULL;
  FlMovementDraft no_reason = { FL_MOVEMENT_WRITE_OFF, fixture->paper, NULL, 1, 0, 0, "" };

  record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 20, 0);
  record_ok (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 3, 1);
  record_ok (fixture, FL_MOVEMENT_RETURN, fixture->paper, NULL, 1, 1);
  record_ok (fixture, FL_MOVEMENT_WRITE_OFF, fixture->paper, NULL, 1, 1);
  record_ok (fixture, FL_MOVEMENT_ADJUST, fixture->paper, NULL, -2, 0);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 16);

  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 30, 1, FL_LEDGER_ERROR_SHORT);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 1.5, 1, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, -2, 1, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 2, 0, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 2, 6, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 2, 99, FL_LEDGER_ERROR_NOT_FOUND);
  assert_refused (fixture, FL_MOVEMENT_RETURN, fixture->paper, NULL, 2, 1, FL_LEDGER_ERROR_SHORT);
  assert_refused (fixture, FL_MOVEMENT_ADJUST, fixture->paper, NULL, 0, 0, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_LOAN_OUT, fixture->paper, NULL, 1, 1, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, fixture->headset, NULL, 1, 1, FL_LEDGER_ERROR_INVALID);
  g_assert_cmpint (fl_ledger_service_record (fixture->ledger, fixture->admin, &no_reason, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);

  /* Headsets by their tags: issued once, returned by whoever holds it. */
  record_ok (fixture, FL_MOVEMENT_ISSUE, 0, "HS-001", 1, 1);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, 0, "HS-001", 1, 2, FL_LEDGER_ERROR_STATE);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, 0, "HS-404", 1, 2, FL_LEDGER_ERROR_NOT_FOUND);
  assert_refused (fixture, FL_MOVEMENT_ISSUE, 0, "HS-002", 2, 2, FL_LEDGER_ERROR_INVALID);
  assert_refused (fixture, FL_MOVEMENT_RETURN, 0, "HS-001", 1, 2, FL_LEDGER_ERROR_STATE);
  assert_refused (fixture, FL_MOVEMENT_ADJUST, 0, "HS-002", 1, 0, FL_LEDGER_ERROR_INVALID);
  /* A loan goes through the loans, which keep its due day. */
  assert_refused (fixture, FL_MOVEMENT_LOAN_OUT, 0, "HS-002", 1, 2, FL_LEDGER_ERROR_INVALID);
  g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-002", 2, "2099-01-01", "", &error), ==, 0);
  g_clear_error (&error);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) then = g_date_time_add_days (now, 7);
    g_autofree char *next_week = g_date_time_format (then, "%Y-%m-%d");

    g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-002", 2, next_week, "", &error), >, 0);
    g_assert_no_error (error);
  }
  g_assert_cmpint (on_hand (fixture, fixture->headset), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM asset_states WHERE status = 'on_loan' "
                                   "AND holder_staff_id = 2"), ==, 1);

  /* The lead and the auditor move nothing. */
  {
    FlMovementDraft draft = { FL_MOVEMENT_ISSUE, fixture->paper, NULL, 1, 1, 0, "" };

    g_assert_cmpint (fl_ledger_service_record (fixture->ledger, fixture->lead, &draft, &error), ==, 0);
    g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
    g_assert_cmpint (fl_ledger_service_record (fixture->ledger, fixture->qa, &draft, &error), ==, 0);
    g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
  }

  holdings = fl_ledger_service_list_holdings (fixture->ledger, fixture->lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (holdings), ==, 2);
  holding = g_list_model_get_item (holdings, 0);
  g_assert_cmpstr (fl_holding_get_fields (holding)->item_name, ==, "A4 paper");
  g_assert_cmpint (fl_holding_get_fields (holding)->quantity, ==, 1);
  g_clear_object (&holding);
  holding = g_list_model_get_item (holdings, 1);
  g_assert_cmpstr (fl_holding_get_fields (holding)->asset_tag, ==, "HS-001");
  g_assert_cmpint (fl_holding_get_fields (holding)->status, ==, FL_ASSET_ISSUED);

  history = fl_ledger_service_list_history (fixture->ledger, fixture->lead, fixture->paper, 0, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  {
    g_autoptr(FlLedgerEntry) newest = g_list_model_get_item (history, 0);

    g_assert_cmpint (fl_ledger_entry_get_fields (newest)->movement, ==, FL_MOVEMENT_ADJUST);
    g_assert_cmpint (fl_ledger_entry_get_fields (newest)->stock_change, ==, -2);
    g_assert_cmpstr (fl_ledger_entry_get_fields (newest)->reason, ==, "stocktake");
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'ledger_entries'"), ==,
                   count (fixture, "SELECT count(*) FROM ledger_entries"));
}

/* A mistake is undone by a reversing entry, once; an asset's newest first;
 * the ledger itself is never changed. */
static void
test_reversal (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 received, issued, reversal, returned;

  received = record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 5, 0);
  issued = record_ok (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 5, 3);
  /* Receiving five cannot be undone while the five are out. */
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, received, "typo", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_SHORT);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, issued, "", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  reversal = fl_ledger_service_reverse (fixture->ledger, fixture->admin, issued, "Issued to the wrong person", &error);
  g_assert_no_error (error);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM holdings WHERE staff_id = 3"), ==, 0);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, issued, "again", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_REVERSED);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, reversal, "undo", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_REVERSED);
  g_clear_error (&error);

  /* A headset issued and returned: the return first, then the issue. */
  issued = record_ok (fixture, FL_MOVEMENT_ISSUE, 0, "HS-001", 1, 1);
  returned = record_ok (fixture, FL_MOVEMENT_RETURN, 0, "HS-001", 1, 1);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, issued, "wrong", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, returned, "not back yet", &error), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM asset_states WHERE status = 'issued' "
                                   "AND holder_staff_id = 1"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT quantity FROM holdings WHERE staff_id = 1"), ==, 1);
  /* Then the issue itself: the headset is back in the store. */
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin, issued, "never handed out", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM asset_states a JOIN assets t ON t.id = a.asset_id "
                                   "WHERE t.tag = 'HS-001' AND a.status = 'available'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM holdings WHERE staff_id = 1"), ==, 0);

  /* History stands: no UPDATE, no DELETE. */
  g_assert_false (fl_database_exec (fixture->db.database, "UPDATE ledger_entries SET stock_change = 0", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (fl_database_exec (fixture->db.database, "DELETE FROM ledger_entries", &error));
  g_assert_nonnull (error);
}

/* A stocktake (盘点): paper counted two short and pens as recorded; only
 * the difference is written, with the reason; a wrong count changes
 * nothing at all. */
static void
test_stocktake (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 pens = add_item (fixture, FL_ITEM_CONSUMABLE, "Pens");
  FlStockCount counts[] = { { fixture->paper, 18 }, { pens, 12 } };
  FlStockCount wrong[] = { { fixture->paper, 10 }, { pens, 2.5 } };
  g_autoptr(GError) error = NULL;
  guint n_adjusted = 99;

  record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 20, 0);
  record_ok (fixture, FL_MOVEMENT_RECEIVE, pens, NULL, 12, 0);
  g_assert_false (fl_ledger_service_stocktake (fixture->ledger, fixture->admin, counts, 2, "", &n_adjusted, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fl_ledger_service_stocktake (fixture->ledger, fixture->admin, counts, 2, "November stocktake",
                                              &n_adjusted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_adjusted, ==, 1);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 18);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger_entries WHERE movement = 'adjust' "
                                   "AND stock_change = -2 AND reason = 'November stocktake'"), ==, 1);
  g_assert_false (fl_ledger_service_stocktake (fixture->ledger, fixture->admin, wrong, 2, "again", NULL, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 18);
  g_assert_false (fl_ledger_service_stocktake (fixture->ledger, fixture->lead, counts, 2, "x", NULL, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

static char *
csv_text (GBytes *csv)
{
  g_assert_nonnull (csv);
  return g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
}

static void
movements_ready_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  FlReportTable **table = user_data;
  g_autoptr(GError) error = NULL;

  *table = fl_ledger_service_report_movements_finish (FL_LEDGER_SERVICE (source), result, &error);
  g_assert_no_error (error);
}

static const char *
fact (FlReportTable *table,
      guint          index)
{
  const char *value = NULL;

  fl_report_table_get_fact (table, index, &value);
  return value;
}

/* The reports, for the screen, paper and a spreadsheet: stock with what to
 * order first, a person's holdings with a loan's due day, a day's
 * movements (off the main thread too). */
static void
test_reports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 7);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *next_week = g_date_time_format (then, "%Y-%m-%d");
  g_autoptr(FlReportTable) stock = NULL;
  g_autoptr(FlReportTable) holdings = NULL;
  g_autoptr(FlReportTable) movements = NULL;
  g_autoptr(FlReportTable) in_worker = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *subtitle = NULL;
  g_auto(GStrv) lines = NULL;

  record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 5, 0);
  record_ok (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 2, 1);
  g_assert_cmpint (fl_ledger_service_lend (fixture->ledger, fixture->admin, "HS-002", 1, next_week, "", &error), >, 0);

  stock = fl_ledger_service_report_stock (fixture->ledger, fixture->lead, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fl_report_table_get_title (stock), ==, "Stock on Hand");
  g_assert_cmpstr (fact (stock, 0), ==, "2");
  g_assert_cmpstr (fact (stock, 1), ==, "1");
  g_assert_true (fl_report_table_is_numeric (stock, 4));
  g_assert_false (fl_report_table_is_numeric (stock, 3));
  csv = fl_report_table_to_csv (stock);
  text = csv_text (csv);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "\xef\xbb\xbfStock on Hand");
  g_assert_true (g_str_has_prefix (lines[1], "As of "));
  g_assert_cmpstr (lines[2], ==, "Items,2");
  g_assert_cmpstr (lines[3], ==, "At or under their reorder level,1");
  g_assert_cmpstr (lines[5], ==, "Item,Category,Kind,Unit,On hand,Reorder level,To order");
  g_assert_cmpstr (lines[6], ==, "A4 paper,,Consumable,ream,3,10,yes");
  g_assert_cmpstr (lines[7], ==, "Headset,,Asset,,1,,");

  holdings = fl_ledger_service_report_holdings (fixture->ledger, fixture->lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fl_report_table_get_title (holdings), ==, "Equipment Held by 王芳");
  g_assert_cmpuint (fl_report_table_get_n_rows (holdings), ==, 2);
  g_assert_cmpstr (fl_report_table_get_cell (holdings, 0, 0), ==, "A4 paper");
  g_assert_cmpstr (fl_report_table_get_cell (holdings, 0, 2), ==, "2");
  g_assert_cmpstr (fl_report_table_get_cell (holdings, 0, 3), ==, "Issued");
  g_assert_cmpstr (fl_report_table_get_cell (holdings, 1, 1), ==, "HS-002");
  g_assert_cmpstr (fl_report_table_get_cell (holdings, 1, 3), ==, "On loan");
  g_assert_cmpstr (fl_report_table_get_cell (holdings, 1, 5), ==, next_week);
  g_assert_cmpstr (fact (holdings, 1), ==, "1");
  g_assert_cmpstr (fact (holdings, 2), ==, "0");
  g_assert_null (fl_ledger_service_report_holdings (fixture->ledger, fixture->lead, 999, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  movements = fl_ledger_service_report_movements (fixture->ledger, fixture->lead, today, today, &error);
  g_assert_no_error (error);
  subtitle = g_strdup_printf ("From %s to %s", today, today);
  g_assert_cmpstr (fl_report_table_get_subtitle (movements), ==, subtitle);
  g_assert_true (fl_report_table_get_landscape (movements));
  /* Two headsets received, paper received and issued, a headset lent. */
  g_assert_cmpuint (fl_report_table_get_n_rows (movements), ==, 5);
  g_assert_cmpstr (fact (movements, 0), ==, "5");
  g_assert_true (g_str_has_prefix (fl_report_table_get_cell (movements, 3, 0), today));
  g_assert_cmpstr (fl_report_table_get_cell (movements, 3, 1), ==, "Issued");
  g_assert_cmpstr (fl_report_table_get_cell (movements, 3, 2), ==, "A4 paper");
  g_assert_cmpstr (fl_report_table_get_cell (movements, 3, 4), ==, "-2");
  g_assert_cmpstr (fl_report_table_get_cell (movements, 3, 5), ==, "2");
  g_assert_cmpstr (fl_report_table_get_cell (movements, 3, 6), ==, "王芳");

  fl_ledger_service_report_movements_async (fixture->ledger, fixture->lead, today, today, NULL, movements_ready_cb,
                                            &in_worker);
  while (in_worker == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fl_report_table_get_n_rows (in_worker), ==, 5);

  g_assert_null (fl_ledger_service_report_movements (fixture->ledger, fixture->lead, next_week, today, &error));
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fl_ledger_service_report_stock (fixture->ledger, fixture->qa, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
}

/* The invariants after any sequence: each item's stock is the sum of its
 * movements and never below none; each holding the sum of its person's;
 * each asset where its entries left it. */
static void
assert_invariants (Fixture *fixture)
{
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM items i LEFT JOIN stock s ON s.item_id = i.id "
                          "WHERE coalesce (s.on_hand, 0) != (SELECT coalesce (sum (stock_change), 0) "
                          "  FROM ledger_entries e WHERE e.item_id = i.id) OR s.on_hand < 0"), ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM (SELECT staff_id, item_id, coalesce (asset_id, 0) AS asset, "
                          "  sum (held_change) AS held FROM ledger_entries WHERE staff_id IS NOT NULL "
                          "  GROUP BY 1, 2, 3) m FULL JOIN holdings h ON h.staff_id = m.staff_id "
                          "  AND h.item_id = m.item_id AND h.asset_id = m.asset "
                          "WHERE coalesce (m.held, 0) != coalesce (h.quantity, 0) OR m.held < 0"), ==, 0);
  /* An asset is in the store exactly when its item's stock counts it. */
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM items i WHERE i.kind = 'asset' AND coalesce ((SELECT on_hand "
                          "  FROM stock WHERE item_id = i.id), 0) != (SELECT count(*) FROM assets a JOIN "
                          "  asset_states st ON st.asset_id = a.id WHERE a.item_id = i.id "
                          "  AND st.status = 'available')"), ==, 0);
  /* An asset is on loan exactly when one loan of it is open, to its holder. */
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM asset_states st WHERE (st.status = 'on_loan') != EXISTS (SELECT 1 "
                          "  FROM loans l WHERE l.asset_id = st.asset_id AND l.returned_on IS NULL "
                          "  AND l.staff_id = st.holder_staff_id)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM (SELECT asset_id FROM loans WHERE returned_on IS NULL "
                                   "GROUP BY asset_id HAVING count(*) > 1)"), ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM asset_states st WHERE (st.status IN ('issued', 'on_loan')) != "
                          "  EXISTS (SELECT 1 FROM holdings h WHERE h.asset_id = st.asset_id "
                          "          AND h.staff_id = st.holder_staff_id)"), ==, 0);
}

/* Handing over (转交): a headset from 王芳 to 刘洋, three of five reams;
 * never more than held, nor to oneself or someone who left, nor undone by
 * a reversal. */
static void
test_transfer (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  record_ok (fixture, FL_MOVEMENT_ISSUE, 0, "HS-001", 1, 1);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->admin, 0, "HS-001", 1, 2, 3, "", &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->admin, 0, "HS-001", 1, 1, 2, "Swapped seats",
                                               &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT holder_staff_id FROM asset_states s JOIN assets a ON a.id = s.asset_id "
                                   "WHERE a.tag = 'HS-001' AND s.status = 'issued'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM holdings WHERE staff_id = 1"), ==, 0);

  record_ok (fixture, FL_MOVEMENT_RECEIVE, fixture->paper, NULL, 5, 0);
  record_ok (fixture, FL_MOVEMENT_ISSUE, fixture->paper, NULL, 5, 1);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->admin, fixture->paper, NULL, 3, 1, 2, "",
                                               &error), >, 0);
  g_assert_cmpint (count (fixture, "SELECT quantity FROM holdings WHERE staff_id = 1"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT quantity FROM holdings WHERE staff_id = 2 AND asset_id = 0"), ==, 3);
  g_assert_cmpint (on_hand (fixture, fixture->paper), ==, 0);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->admin, fixture->paper, NULL, 5, 1, 2, "",
                                               &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_SHORT);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->admin, fixture->paper, NULL, 1, 1, 1, "",
                                               &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->admin, fixture->paper, NULL, 1, 1, 6, "",
                                               &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_transfer (fixture->ledger, fixture->lead, fixture->paper, NULL, 1, 1, 2, "",
                                               &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_ledger_service_reverse (fixture->ledger, fixture->admin,
                                              count (fixture, "SELECT max (id) FROM ledger_entries"), "undo", &error),
                   ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE);
  assert_invariants (fixture);
}

/* A thousand random sequences of movements and reversals of paper, pens and four
 * headsets among three people: the store accepts exactly what a simple
 * model of it allows, and the invariants hold after every sequence. */
static void
test_random_sequences (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char *tags[] = { "HS-001", "HS-002", "HS-003", "HS-004" };
  static const FlMovement consumable_moves[] = { FL_MOVEMENT_RECEIVE, FL_MOVEMENT_ISSUE, FL_MOVEMENT_RETURN,
                                                  FL_MOVEMENT_ADJUST, FL_MOVEMENT_WRITE_OFF };
  static const FlMovement asset_moves[] = { FL_MOVEMENT_ISSUE, FL_MOVEMENT_RETURN, FL_MOVEMENT_LOAN_OUT,
                                             FL_MOVEMENT_LOAN_BACK, FL_MOVEMENT_REPAIR_OUT, FL_MOVEMENT_REPAIR_BACK,
                                             FL_MOVEMENT_WRITE_OFF };
  gint64 pens = add_item (fixture, FL_ITEM_CONSUMABLE, "Pens");
  gint64 items[] = { fixture->paper, pens };
  /* The model: the store's stock of each consumable and what each person holds. */
  int stock[2] = { 0, 0 };
  int held[2][4] = { { 0 } };
  guint n_sequences = g_test_slow () ? 5000 : 1000, accepted = 0, refused = 0;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 7);
  g_autofree char *next_week = g_date_time_format (then, "%Y-%m-%d");

  add_asset (fixture, fixture->headset, "HS-003");
  add_asset (fixture, fixture->headset, "HS-004");
  for (guint sequence = 0; sequence < n_sequences; sequence++)
    {
      for (guint step = 0; step < 6; step++)
        {
          g_autoptr(GError) error = NULL;
          gint64 id;

          if (g_test_rand_int_range (0, 10) == 0 && entries->len > 0)
            {
              /* Reverse one of the recent entries: the model is read back below. */
              id = fl_ledger_service_reverse (fixture->ledger, fixture->admin,
                                              g_array_index (entries, gint64,
                                                             g_test_rand_int_range (0, (int) entries->len)),
                                              "random", &error);
              g_assert_true ((id != 0) == (error == NULL));
              for (guint i = 0; i < 2; i++)
                {
                  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (sum (stock_change), 0) FROM ledger_entries "
                                                          "WHERE item_id = %" G_GINT64_FORMAT, items[i]);

                  stock[i] = (int) count (fixture, sql);
                  for (gint64 person = 1; person <= 3; person++)
                    {
                      g_autofree char *held_sql = g_strdup_printf (
                        "SELECT coalesce (sum (held_change), 0) FROM ledger_entries WHERE item_id = %" G_GINT64_FORMAT
                        " AND staff_id = %" G_GINT64_FORMAT, items[i], person);

                      held[i][person] = (int) count (fixture, held_sql);
                    }
                }
            }
          else if (g_test_rand_bit ())
            {
              guint which = (guint) g_test_rand_int_range (0, 2);
              FlMovement movement = consumable_moves[g_test_rand_int_range (0, G_N_ELEMENTS (consumable_moves))];
              int quantity = g_test_rand_int_range (1, 8) * (movement == FL_MOVEMENT_ADJUST && g_test_rand_bit () ? -1 : 1);
              gint64 person = movement == FL_MOVEMENT_RECEIVE || movement == FL_MOVEMENT_ADJUST ||
                                  (movement == FL_MOVEMENT_WRITE_OFF && g_test_rand_bit ())
                                ? 0
                                : g_test_rand_int_range (1, 4);
              FlMovementChanges changes;
              gboolean allowed;

              fl_movement_changes (movement, quantity, person != 0, &changes);
              allowed = stock[which] + changes.stock >= 0 && (person == 0 || held[which][person] + changes.held >= 0);
              id = record (fixture, movement, items[which], NULL, quantity, person, &error);
              g_assert_cmpint (id != 0, ==, allowed);
              if (allowed)
                {
                  stock[which] += changes.stock;
                  if (person != 0)
                    held[which][person] += changes.held;
                }
            }
          else
            {
              FlMovement movement = asset_moves[g_test_rand_int_range (0, G_N_ELEMENTS (asset_moves))];
              const char *tag = tags[g_test_rand_int_range (0, G_N_ELEMENTS (tags))];
              gint64 person = g_test_rand_int_range (1, 4);

              if (movement == FL_MOVEMENT_LOAN_OUT)
                id = fl_ledger_service_lend (fixture->ledger, fixture->admin, tag, person, next_week, "", &error) != 0
                       ? count (fixture, "SELECT max (id) FROM ledger_entries")
                       : 0;
              else if (movement == FL_MOVEMENT_LOAN_BACK)
                {
                  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (l.id), 0) FROM loans l JOIN assets a "
                                                          "ON a.id = l.asset_id WHERE a.tag = '%s' "
                                                          "AND l.returned_on IS NULL", tag);
                  gint64 loan = count (fixture, sql);

                  id = fl_ledger_service_take_back (fixture->ledger, fixture->admin, loan, FL_CONDITION_GOOD, "",
                                                    &error)
                         ? count (fixture, "SELECT max (id) FROM ledger_entries")
                         : 0;
                }
              else
                id = record (fixture, movement, 0, tag, 1, person, &error);
              g_assert_true ((id != 0) == (error == NULL));
              if (error != NULL)
                g_assert_true (error->domain == FL_LEDGER_ERROR);
            }
          if (id != 0)
            {
              accepted++;
              g_array_append_val (entries, id);
            }
          else
            refused++;
        }
      assert_invariants (fixture);
      /* Writing off retires headsets for good: bring in new ones now and then. */
      if (sequence % 50 == 49)
        for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
          {
            g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM asset_states st JOIN assets a ON "
                                                    "a.id = st.asset_id WHERE a.tag = '%s' AND st.status = 'retired'",
                                                    tags[i]);

            if (count (fixture, sql) > 0)
              {
                g_autofree char *tag = g_strdup_printf ("%s-%u", tags[i], sequence);

                add_asset (fixture, fixture->headset, tag);
              }
          }
    }
  g_test_message ("%u movements accepted, %u refused", accepted, refused);
  g_assert_cmpuint (accepted, >, n_sequences);
  g_assert_cmpuint (refused, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ledger/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("catalog", test_catalog);
  ADD ("catalog-names", test_catalog_names);
  ADD ("assets", test_assets);
  ADD ("movements", test_movements);
  ADD ("reversal", test_reversal);
  ADD ("stocktake", test_stocktake);
  ADD ("reports", test_reports);
  ADD ("transfer", test_transfer);
  ADD ("random-sequences", test_random_sequences);
#undef ADD

  return g_test_run ();
}
