/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ledger-rules"

#include "fl-ledger-rules.h"
#include "fl-test-util.h"

/* What each movement does to the store and to the person, by quantity. */
static void
test_changes (void)
{
  static const struct
  {
    FlMovement movement;
    gboolean   from_person;
    int        stock;   /* per unit */
    int        held;
  } expected[] = {
    { FL_MOVEMENT_RECEIVE, FALSE, 1, 0 },     { FL_MOVEMENT_ISSUE, FALSE, -1, 1 },
    { FL_MOVEMENT_RETURN, FALSE, 1, -1 },     { FL_MOVEMENT_LOAN_OUT, FALSE, -1, 1 },
    { FL_MOVEMENT_LOAN_BACK, FALSE, 1, -1 },  { FL_MOVEMENT_ADJUST, FALSE, 1, 0 },
    { FL_MOVEMENT_WRITE_OFF, FALSE, -1, 0 },  { FL_MOVEMENT_WRITE_OFF, TRUE, 0, -1 },
    { FL_MOVEMENT_REPAIR_OUT, FALSE, -1, 0 }, { FL_MOVEMENT_REPAIR_BACK, FALSE, 1, 0 },
  };
  FlMovementChanges changes;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    for (int quantity = 1; quantity <= 50; quantity += 7)
      {
        g_assert_true (fl_movement_changes (expected[i].movement, quantity, expected[i].from_person, &changes));
        g_assert_cmpint (changes.stock, ==, expected[i].stock * quantity);
        g_assert_cmpint (changes.held, ==, expected[i].held * quantity);
        /* Nothing moves by none, nor by less than none (but a stocktake may count fewer). */
        g_assert_false (fl_movement_changes (expected[i].movement, 0, expected[i].from_person, &changes));
        g_assert_cmpint (fl_movement_changes (expected[i].movement, -quantity, expected[i].from_person, &changes), ==,
                         expected[i].movement == FL_MOVEMENT_ADJUST);
      }
  g_assert_true (fl_movement_changes (FL_MOVEMENT_ADJUST, -3, FALSE, &changes));
  g_assert_cmpint (changes.stock, ==, -3);
  g_assert_false (fl_movement_changes (FL_MOVEMENT_TRANSFER, 1, FALSE, &changes));
  g_assert_false (fl_movement_changes (FL_MOVEMENT_REVERSAL, 1, FALSE, &changes));
}

/* An asset's states: every movement from every state, as a table. */
static void
test_asset_states (void)
{
  /* expected[status][movement]: the status after, or -1 where not allowed. */
  static const int expected[FL_ASSET_RETIRED + 1][FL_MOVEMENT_COUNT] = {
    /*                   receive issue return loan_out loan_back adjust write_off transfer repair_out repair_back rev */
    [FL_ASSET_AVAILABLE] = { -1, FL_ASSET_ISSUED, -1, FL_ASSET_ON_LOAN, -1, -1, FL_ASSET_RETIRED, -1, FL_ASSET_IN_REPAIR,
                             -1, -1 },
    [FL_ASSET_ISSUED] = { -1, -1, FL_ASSET_AVAILABLE, -1, -1, -1, FL_ASSET_RETIRED, FL_ASSET_ISSUED, -1, -1, -1 },
    [FL_ASSET_ON_LOAN] = { -1, -1, -1, -1, FL_ASSET_AVAILABLE, -1, FL_ASSET_RETIRED, -1, -1, -1, -1 },
    [FL_ASSET_IN_REPAIR] = { -1, -1, -1, -1, -1, -1, FL_ASSET_RETIRED, -1, -1, FL_ASSET_AVAILABLE, -1 },
    [FL_ASSET_RETIRED] = { -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 },
  };

  for (int status = 0; status <= FL_ASSET_RETIRED; status++)
    for (int movement = 0; movement < FL_MOVEMENT_COUNT; movement++)
      {
        FlAssetStatus after = (FlAssetStatus) 99;
        gboolean allowed = fl_asset_status_after ((FlAssetStatus) status, (FlMovement) movement, &after);

        if (expected[status][movement] < 0)
          g_assert_false (allowed);
        else
          {
            g_assert_true (allowed);
            g_assert_cmpint (after, ==, expected[status][movement]);
          }
      }
}

static void
test_names (void)
{
  for (int movement = 0; movement < FL_MOVEMENT_COUNT; movement++)
    g_assert_cmpint (fl_movement_from_string (fl_movement_to_string ((FlMovement) movement)), ==, movement);
  for (int status = 0; status <= FL_ASSET_RETIRED; status++)
    g_assert_cmpint (fl_asset_status_from_string (fl_asset_status_to_string ((FlAssetStatus) status)), ==, status);
  g_assert_cmpint (fl_movement_from_string ("steal"), ==, -1);
  g_assert_cmpint (fl_movement_from_string (NULL), ==, -1);
  g_assert_true (fl_movement_needs_person (FL_MOVEMENT_ISSUE));
  g_assert_false (fl_movement_needs_person (FL_MOVEMENT_RECEIVE));
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/ledger-rules/changes", test_changes);
  g_test_add_func ("/ledger-rules/asset-states", test_asset_states);
  g_test_add_func ("/ledger-rules/names", test_names);
  return g_test_run ();
}
