/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ledger-fixture"

#include "ledger-fixture.h"

#define CENTER_SQL \
  "INSERT INTO teams (id, name) VALUES (1, 'Team A'), (2, 'Team B');" \
  "INSERT INTO staff (id, job_number, name, position, team_id) VALUES (10, '0010', '张强', 'team_lead', 1), " \
  "  (11, '0011', '赵敏', 'team_lead', 2), (20, '0020', '周总', 'department_head', NULL);" \
  "UPDATE teams SET lead_staff_id = 10 WHERE id = 1; UPDATE teams SET lead_staff_id = 11 WHERE id = 2;" \
  "INSERT INTO staff (id, job_number, name, team_id) VALUES (1, '1001', '王芳', 1), (2, '1002', '刘洋', 1), " \
  "  (3, '1003', '李娜', 1), (5, '2001', '孙丽', 2);" \
  "INSERT INTO staff (id, job_number, name, status) VALUES (6, '1005', '周杰', 'departed');" \
  "INSERT INTO accounts (id, login, staff_id, roles, password_hash, created_at) VALUES " \
  "  (2, 'lead1', 10, 2, 'x', 'x'), (3, 'lead2', 11, 2, 'x', 'x'), (5, 'qa', NULL, 1, 'x', 'x'), " \
  "  (8, 'admin', NULL, 8, 'x', 'x'), (9, 'head', 20, 4, 'x', 'x');"

gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

gint64
add_item (Fixture    *fixture,
          FlItemKind  kind,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  FlLedgerItemFields fields = { .kind = kind, .name = (char *) name, .unit = (char *) "ream", .reorder_level = 10,
                                .loanable = kind == FL_ITEM_ASSET, .active = TRUE };
  gint64 id = fl_ledger_service_save_item (fixture->ledger, fixture->admin, &fields, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
add_asset (Fixture    *fixture,
           gint64      item_id,
           const char *tag)
{
  g_autoptr(GError) error = NULL;
  FlAssetDraft asset = { .item_id = item_id, .tag = tag, .serial_number = "SN", .condition = FL_CONDITION_NEW };

  g_assert_cmpint (fl_ledger_service_add_asset (fixture->ledger, fixture->admin, &asset, &error), >, 0);
  g_assert_no_error (error);
}

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fl_test_database_setup (&fixture->db, data);
  fl_test_exec (fixture->db.database, CENTER_SQL);
  fixture->ledger = fl_ledger_service_new (fixture->db.database);
  fixture->admin = fl_session_new (8, "admin", "钱伟", 0, FL_ROLE_ADMIN);
  fixture->lead = fl_session_new (2, "lead1", "张强", 10, FL_ROLE_TEAM_LEAD);
  fixture->qa = fl_session_new (5, "qa", "QA", 0, FL_ROLE_QA_AUDITOR);
  fixture->head = fl_session_new (9, "head", "周总", 20, FL_ROLE_DEPT_HEAD);
  fixture->lead2 = fl_session_new (3, "lead2", "赵敏", 11, FL_ROLE_TEAM_LEAD);
  fixture->paper = add_item (fixture, FL_ITEM_CONSUMABLE, "A4 paper");
  fixture->headset = add_item (fixture, FL_ITEM_ASSET, "Headset");
  add_asset (fixture, fixture->headset, "HS-001");
  add_asset (fixture, fixture->headset, "HS-002");
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->ledger);
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->lead);
  g_clear_object (&fixture->qa);
  g_clear_object (&fixture->head);
  g_clear_object (&fixture->lead2);
  fl_test_database_teardown (&fixture->db, data);
}

gint64
record (Fixture    *fixture,
        FlMovement  movement,
        gint64      item_id,
        const char *tag,
        double      quantity,
        gint64      staff_id,
        GError    **error)
{
  FlMovementDraft draft = { movement, item_id, tag, quantity, staff_id, 0, "stocktake" };

  return fl_ledger_service_record (fixture->ledger, fixture->admin, &draft, error);
}

gint64
record_ok (Fixture    *fixture,
           FlMovement  movement,
           gint64      item_id,
           const char *tag,
           double      quantity,
           gint64      staff_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = record (fixture, movement, item_id, tag, quantity, staff_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
assert_refused (Fixture    *fixture,
                FlMovement  movement,
                gint64      item_id,
                const char *tag,
                double      quantity,
                gint64      staff_id,
                int         code)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count (fixture, "SELECT count(*) FROM ledger_entries");

  g_assert_cmpint (record (fixture, movement, item_id, tag, quantity, staff_id, &error), ==, 0);
  g_assert_error (error, FL_LEDGER_ERROR, code);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger_entries"), ==, before);
}

int
on_hand (Fixture *fixture,
         gint64   item_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT on_hand FROM stock WHERE item_id = %" G_GINT64_FORMAT, item_id);

  return (int) count (fixture, sql);
}

