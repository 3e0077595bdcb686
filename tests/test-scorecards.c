/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-scorecards"

#include "fl-audit.h"
#include "fl-default-scorecard.h"
#include "fl-scorecard-service.h"
#include "fl-test-util.h"

typedef struct
{
  FlTestDatabase      db;
  FlSession          *auditor;
  FlScorecardService *service;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fl_test_database_setup (&fixture->db, data);
  fixture->auditor = fl_test_session (FL_ROLE_QA_AUDITOR);
  fixture->service = fl_scorecard_service_new (fixture->db.database);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->auditor);
  fl_test_database_teardown (&fixture->db, data);
}

static FlScorecardItem *
item (const char    *text,
      int            max_points,
      FlAnswerType   answer_type,
      FlCriticality  criticality,
      gboolean       allow_na)
{
  FlScorecardItem *result = fl_scorecard_item_new (text, max_points);

  fl_scorecard_item_set_answer_type (result, answer_type);
  fl_scorecard_item_set_criticality (result, criticality);
  fl_scorecard_item_set_allow_na (result, allow_na);
  return result;
}

/* Two sections: Greeting (a yes/no and a scale item) and Conduct (a critical one). */
static FlScorecard *
make_scorecard (const char *name)
{
  FlScorecard *scorecard = fl_scorecard_new (name);
  g_autoptr(FlScorecardSection) greeting = fl_scorecard_section_new ("Greeting");
  g_autoptr(FlScorecardSection) conduct = fl_scorecard_section_new ("Conduct");
  g_autoptr(FlScorecardItem) rings = item ("Answered within three rings", 10, FL_ANSWER_TYPE_YES_NO,
                                           FL_CRITICALITY_NONE, FALSE);
  g_autoptr(FlScorecardItem) tone = item ("Friendly tone", 5, FL_ANSWER_TYPE_SCALE,
                                          FL_CRITICALITY_SECTION_CRITICAL, TRUE);
  g_autoptr(FlScorecardItem) argue = item ("Never argued", 10, FL_ANSWER_TYPE_YES_NO,
                                           FL_CRITICALITY_CRITICAL, FALSE);

  fl_scorecard_item_set_guidance (rings, "Three rings at most");
  fl_scorecard_section_append_item (greeting, rings);
  fl_scorecard_section_append_item (greeting, tone);
  fl_scorecard_section_set_weight (conduct, 40);
  fl_scorecard_section_append_item (conduct, argue);
  fl_scorecard_append_section (scorecard, greeting);
  fl_scorecard_append_section (scorecard, conduct);
  fl_scorecard_set_pass_mark (scorecard, 85);
  return scorecard;
}

static gint64
create (Fixture    *fixture,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlScorecard) scorecard = make_scorecard (name);
  gint64 id = fl_scorecard_service_create (fixture->service, fixture->auditor, scorecard, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static FlScorecard *
load (Fixture *fixture,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  FlScorecard *scorecard = fl_scorecard_service_load (fixture->service, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scorecard);
  return scorecard;
}

/* An evaluation scored on @template_id, written straight into the tables. */
static gint64
add_evaluation (Fixture *fixture,
                gint64   template_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf (
    "INSERT OR IGNORE INTO accounts (id, login, roles, password_hash, created_at) "
    "  VALUES (1, 'qa', 1, 'x', '2026-01-01T00:00:00Z');"
    "INSERT INTO recordings (path, imported_at, updated_at) "
    "  VALUES ('call-' || (SELECT count(*) FROM recordings) || '.wav', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
    "INSERT INTO evaluations (recording_id, template_id, evaluator_account_id, started_at, updated_at) "
    "  VALUES (last_insert_rowid(), %" G_GINT64_FORMAT ", 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
    template_id);

  g_assert_true (fl_database_exec (fixture->db.database, sql, &error));
  g_assert_no_error (error);
  return fl_database_last_insert_id (fixture->db.database);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return fl_test_count_rows (fixture->db.database, sql);
}

static void
test_create_and_load (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 id = create (fixture, "  Inbound calls  ");
  g_autoptr(FlScorecard) scorecard = load (fixture, id);
  g_autoptr(FlScorecardSection) greeting = fl_scorecard_get_section (scorecard, 0);
  g_autoptr(FlScorecardSection) conduct = fl_scorecard_get_section (scorecard, 1);
  g_autoptr(FlScorecardItem) rings = fl_scorecard_section_get_item (greeting, 0);
  g_autoptr(FlScorecardItem) tone = fl_scorecard_section_get_item (greeting, 1);
  g_autoptr(FlScorecardItem) argue = fl_scorecard_get_nth_item (scorecard, 2);
  g_autoptr(FlScorecardItem) found = NULL;

  g_assert_cmpstr (fl_scorecard_get_name (scorecard), ==, "Inbound calls");
  g_assert_cmpint (fl_scorecard_get_family_id (scorecard), ==, id);
  g_assert_cmpint (fl_scorecard_get_version (scorecard), ==, 1);
  g_assert_cmpint (fl_scorecard_get_status (scorecard), ==, FL_SCORECARD_STATUS_ACTIVE);
  g_assert_nonnull (fl_scorecard_get_created_at (scorecard));
  g_assert_cmpfloat (fl_scorecard_get_pass_mark (scorecard), ==, 85);
  g_assert_cmpuint (fl_scorecard_get_n_sections (scorecard), ==, 2);
  g_assert_cmpuint (fl_scorecard_get_n_items (scorecard), ==, 3);
  g_assert_cmpint (fl_scorecard_get_max_points (scorecard), ==, 25);

  g_assert_cmpstr (fl_scorecard_section_get_title (greeting), ==, "Greeting");
  g_assert_false (fl_scorecard_section_get_has_weight (greeting));
  g_assert_true (fl_scorecard_section_get_has_weight (conduct));
  g_assert_cmpfloat (fl_scorecard_section_get_weight (conduct), ==, 40);

  g_assert_cmpstr (fl_scorecard_item_get_text (rings), ==, "Answered within three rings");
  g_assert_cmpstr (fl_scorecard_item_get_guidance (rings), ==, "Three rings at most");
  g_assert_cmpint (fl_scorecard_item_get_max_points (rings), ==, 10);
  g_assert_false (fl_scorecard_item_get_allow_na (rings));
  g_assert_cmpint (fl_scorecard_item_get_answer_type (tone), ==, FL_ANSWER_TYPE_SCALE);
  g_assert_cmpint (fl_scorecard_item_get_criticality (tone), ==, FL_CRITICALITY_SECTION_CRITICAL);
  g_assert_true (fl_scorecard_item_get_allow_na (tone));
  g_assert_cmpstr (fl_scorecard_item_get_text (argue), ==, "Never argued");
  g_assert_cmpint (fl_scorecard_item_get_criticality (argue), ==, FL_CRITICALITY_CRITICAL);

  found = fl_scorecard_find_item (scorecard, fl_scorecard_item_get_id (tone));
  g_assert_true (found == tone);
  g_assert_null (fl_scorecard_find_item (scorecard, 999));

  g_assert_cmpint (fl_audit_count (fixture->db.database, "scorecard_templates", id), ==, 1);
}

static void
assert_invalid (Fixture     *fixture,
                FlScorecard *scorecard,
                const char  *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fl_scorecard_service_create (fixture->service, fixture->auditor, scorecard, &error), ==, 0);
  g_assert_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FlScorecard) scorecard = make_scorecard ("Checks");
  g_autoptr(FlScorecard) empty = fl_scorecard_new ("Empty");
  g_autoptr(FlScorecardSection) greeting = fl_scorecard_get_section (scorecard, 0);
  g_autoptr(FlScorecardSection) conduct = fl_scorecard_get_section (scorecard, 1);
  g_autoptr(FlScorecardItem) rings = fl_scorecard_section_get_item (greeting, 0);
  g_autoptr(FlScorecardItem) tone = fl_scorecard_section_get_item (greeting, 1);
  g_autoptr(FlScorecardSection) hollow = fl_scorecard_section_new ("Hollow");

  fl_scorecard_set_name (scorecard, "   ");
  assert_invalid (fixture, scorecard, "Give the scorecard a name.");
  fl_scorecard_set_name (scorecard, "Checks");

  fl_scorecard_set_pass_mark (scorecard, 120);
  assert_invalid (fixture, scorecard, "The pass mark must be between 0 and 100 %.");
  fl_scorecard_set_pass_mark (scorecard, -1);
  assert_invalid (fixture, scorecard, "The pass mark must be between 0 and 100 %.");
  fl_scorecard_set_pass_mark (scorecard, 100);

  assert_invalid (fixture, empty, "The scorecard has no items. Add at least one item to score.");

  fl_scorecard_section_set_title (greeting, "");
  assert_invalid (fixture, scorecard, "Section 1 has no title. Give each section a title.");
  fl_scorecard_section_set_title (greeting, "Greeting");

  fl_scorecard_item_set_text (rings, " ");
  assert_invalid (fixture, scorecard, "Item 1 of “Greeting” has no text. Write what the reviewer checks.");
  fl_scorecard_item_set_text (rings, "Answered within three rings");

  fl_scorecard_item_set_max_points (rings, 0);
  assert_invalid (fixture, scorecard, "“Answered within three rings” must be worth at least 1 point.");
  fl_scorecard_item_set_max_points (rings, 10);

  fl_scorecard_item_set_max_points (tone, 0);
  assert_invalid (fixture, scorecard, "The scale of “Friendly tone” must go up to at least 1 point.");
  fl_scorecard_item_set_max_points (tone, 5);

  fl_scorecard_section_set_weight (conduct, -5);
  assert_invalid (fixture, scorecard, "The weight of “Conduct” cannot be negative.");
  fl_scorecard_section_set_weight (greeting, 0);
  fl_scorecard_section_set_weight (conduct, 0);
  assert_invalid (fixture, scorecard, "All section weights are 0. Give at least one section a weight above 0.");
  fl_scorecard_section_unset_weight (greeting);

  fl_scorecard_append_section (scorecard, hollow);
  assert_invalid (fixture, scorecard, "The section “Hollow” has no items. Add an item or remove the section.");
  fl_scorecard_remove_section (scorecard, 2);

  /* Fixed, it saves; nothing was written before. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 0);
  g_assert_cmpint (fl_scorecard_service_create (fixture->service, fixture->auditor, scorecard, NULL), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_items"), ==, 3);
}

static void
test_edit_in_place (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = create (fixture, "Inbound");
  g_autoptr(FlScorecard) stored = load (fixture, id);
  g_autoptr(FlScorecard) edited = fl_scorecard_copy (stored);
  g_autoptr(FlScorecardSection) conduct = fl_scorecard_get_section (edited, 1);
  g_autoptr(FlScorecardItem) extra = fl_scorecard_item_new ("Thanked the caller", 5);
  g_autoptr(FlScorecard) saved = NULL;
  gint64 saved_id;

  fl_scorecard_set_name (edited, "Inbound calls");
  fl_scorecard_section_insert_item (conduct, 0, extra);
  saved_id = fl_scorecard_service_save (fixture->service, fixture->auditor, edited, &error);
  g_assert_no_error (error);

  /* No evaluation uses it: the same row, still version 1. */
  g_assert_cmpint (saved_id, ==, id);
  saved = load (fixture, id);
  g_assert_cmpstr (fl_scorecard_get_name (saved), ==, "Inbound calls");
  g_assert_cmpint (fl_scorecard_get_version (saved), ==, 1);
  g_assert_cmpuint (fl_scorecard_get_n_items (saved), ==, 4);
  {
    g_autoptr(FlScorecardItem) first = fl_scorecard_get_nth_item (saved, 2);

    g_assert_cmpstr (fl_scorecard_item_get_text (first), ==, "Thanked the caller");
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_items"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'edit'"), ==, 1);
  /* The original object was not touched by editing the copy. */
  g_assert_cmpuint (fl_scorecard_get_n_items (stored), ==, 3);
  g_assert_cmpstr (fl_scorecard_get_name (stored), ==, "Inbound");
}

static void
test_edit_with_evaluations (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = create (fixture, "Inbound");
  gint64 evaluation_id = add_evaluation (fixture, id);
  g_autoptr(FlScorecard) stored = load (fixture, id);
  g_autoptr(FlScorecard) edited = fl_scorecard_copy (stored);
  g_autoptr(FlScorecardItem) rings = fl_scorecard_get_nth_item (edited, 0);
  g_autoptr(FlScorecard) old = NULL;
  g_autoptr(FlScorecard) newest = NULL;
  g_autoptr(FlScorecard) latest = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *evaluation_sql = NULL;
  gint64 new_id;

  fl_scorecard_item_set_max_points (rings, 20);
  g_assert_cmpint (fl_scorecard_service_count_evaluations (fixture->service, id), ==, 1);
  new_id = fl_scorecard_service_save (fixture->service, fixture->auditor, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, !=, id);

  newest = load (fixture, new_id);
  g_assert_cmpint (fl_scorecard_get_family_id (newest), ==, id);
  g_assert_cmpint (fl_scorecard_get_version (newest), ==, 2);
  g_assert_cmpint (fl_scorecard_get_status (newest), ==, FL_SCORECARD_STATUS_ACTIVE);
  g_assert_cmpint (fl_scorecard_get_max_points (newest), ==, 35);

  /* The old version is kept as it was, for the evaluation scored on it. */
  old = load (fixture, id);
  g_assert_cmpint (fl_scorecard_get_status (old), ==, FL_SCORECARD_STATUS_SUPERSEDED);
  g_assert_cmpint (fl_scorecard_get_max_points (old), ==, 25);
  evaluation_sql = g_strdup_printf ("SELECT template_id FROM evaluations WHERE id = %" G_GINT64_FORMAT,
                                    evaluation_id);
  g_assert_cmpint (count (fixture, evaluation_sql), ==, id);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_items"), ==, 6);

  latest = fl_scorecard_service_get_latest (fixture->service, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fl_scorecard_get_id (latest), ==, new_id);
  list = fl_scorecard_service_list (fixture->service, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'new_version'"), ==, 1);

  /* The superseded version cannot be edited any more. */
  g_assert_cmpint (fl_scorecard_service_save (fixture->service, fixture->auditor, edited, &error), ==, 0);
  g_assert_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_SUPERSEDED);
  g_assert_cmpstr (error->message, ==,
                   "This is version 1 of “Inbound”, which a newer version replaced. Open the newest version to change it.");
  g_clear_error (&error);

  /* Version 2 has no evaluation yet: edited in place. */
  {
    g_autoptr(FlScorecard) again = fl_scorecard_copy (newest);

    fl_scorecard_set_pass_mark (again, 70);
    g_assert_cmpint (fl_scorecard_service_save (fixture->service, fixture->auditor, again, &error), ==, new_id);
    g_assert_no_error (error);
  }
  /* A third version after the second is used. */
  add_evaluation (fixture, new_id);
  {
    g_autoptr(FlScorecard) second = load (fixture, new_id);
    g_autoptr(FlScorecard) third_draft = fl_scorecard_copy (second);
    g_autoptr(FlScorecard) third = NULL;

    fl_scorecard_set_description (third_draft, "Third");
    third = load (fixture, fl_scorecard_service_save (fixture->service, fixture->auditor, third_draft, &error));
    g_assert_no_error (error);
    g_assert_cmpint (fl_scorecard_get_version (third), ==, 3);
    g_assert_cmpint (fl_scorecard_get_family_id (third), ==, id);
  }
}

static void
test_unchanged_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = create (fixture, "Inbound");
  g_autoptr(FlScorecard) stored = NULL;
  g_autoptr(FlScorecard) copy = NULL;

  add_evaluation (fixture, id);
  stored = load (fixture, id);
  copy = fl_scorecard_copy (stored);

  /* Saving without a change does not make a new version. */
  g_assert_cmpint (fl_scorecard_service_save (fixture->service, fixture->auditor, copy, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 1);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = create (fixture, "Inbound");
  gint64 copy_id = fl_scorecard_service_duplicate (fixture->service, fixture->auditor, id, &error);
  gint64 second_id;
  g_autoptr(FlScorecard) copy = NULL;
  g_autoptr(FlScorecard) second = NULL;
  g_autoptr(FlScorecardItem) original_item = NULL;
  g_autoptr(FlScorecardItem) copied_item = NULL;
  g_autoptr(FlScorecard) original = NULL;

  g_assert_no_error (error);
  copy = load (fixture, copy_id);
  original = load (fixture, id);
  g_assert_cmpstr (fl_scorecard_get_name (copy), ==, "Copy of Inbound");
  g_assert_cmpint (fl_scorecard_get_family_id (copy), ==, copy_id);
  g_assert_cmpint (fl_scorecard_get_version (copy), ==, 1);
  g_assert_cmpfloat (fl_scorecard_get_pass_mark (copy), ==, 85);
  g_assert_cmpuint (fl_scorecard_get_n_items (copy), ==, 3);
  original_item = fl_scorecard_get_nth_item (original, 2);
  copied_item = fl_scorecard_get_nth_item (copy, 2);
  g_assert_cmpstr (fl_scorecard_item_get_text (copied_item), ==, fl_scorecard_item_get_text (original_item));
  g_assert_cmpint (fl_scorecard_item_get_id (copied_item), !=, fl_scorecard_item_get_id (original_item));
  g_assert_cmpint (fl_scorecard_item_get_criticality (copied_item), ==, FL_CRITICALITY_CRITICAL);

  second_id = fl_scorecard_service_duplicate (fixture->service, fixture->auditor, id, &error);
  g_assert_no_error (error);
  second = load (fixture, second_id);
  g_assert_cmpstr (fl_scorecard_get_name (second), ==, "Copy of Inbound (2)");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'duplicate'"), ==, 2);
}

static void
test_duplicate_name (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlScorecard) twin = make_scorecard ("Inbound");

  create (fixture, "Inbound");
  g_assert_cmpint (fl_scorecard_service_create (fixture->service, fixture->auditor, twin, &error), ==, 0);
  g_assert_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "Another scorecard is already called “Inbound”. Choose another name.");
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = create (fixture, "Inbound");
  gint64 other = create (fixture, "Outbound");
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) restored = NULL;
  g_autoptr(FlScorecard) archived = NULL;
  g_autoptr(FlScorecard) copy = NULL;
  g_autoptr(FlScorecard) first = NULL;

  g_assert_true (fl_scorecard_service_set_archived (fixture->service, fixture->auditor, id, TRUE, &error));
  g_assert_no_error (error);

  active = fl_scorecard_service_list (fixture->service, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 1);
  first = g_list_model_get_item (active, 0);
  g_assert_cmpint (fl_scorecard_get_id (first), ==, other);
  all = fl_scorecard_service_list (fixture->service, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);

  archived = load (fixture, id);
  g_assert_cmpint (fl_scorecard_get_status (archived), ==, FL_SCORECARD_STATUS_ARCHIVED);
  copy = fl_scorecard_copy (archived);
  fl_scorecard_set_pass_mark (copy, 50);
  g_assert_cmpint (fl_scorecard_service_save (fixture->service, fixture->auditor, copy, &error), ==, 0);
  g_assert_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_ARCHIVED);
  g_assert_cmpstr (error->message, ==, "“Inbound” is archived. Restore it before changing it.");
  g_clear_error (&error);

  g_assert_true (fl_scorecard_service_set_archived (fixture->service, fixture->auditor, id, FALSE, &error));
  g_assert_no_error (error);
  restored = fl_scorecard_service_list (fixture->service, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (restored), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action IN ('archive', 'unarchive')"), ==, 2);
}

static void
test_default_created_once (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(FlScorecard) stored = NULL;
  guint n_critical = 0, n_not_applicable = 0;

  g_assert_true (fl_scorecard_service_ensure_default (fixture->service, system, &error));
  g_assert_no_error (error);
  g_assert_true (fl_scorecard_service_ensure_default (fixture->service, system, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'scorecard_templates'"), ==, 1);

  list = fl_scorecard_service_list (fixture->service, FALSE, &error);
  stored = g_list_model_get_item (list, 0);
  g_assert_cmpstr (fl_scorecard_get_name (stored), ==, "Standard call quality");
  g_assert_cmpint (fl_scorecard_get_max_points (stored), ==, 100);
  g_assert_cmpfloat (fl_scorecard_get_pass_mark (stored), ==, 80);
  g_assert_cmpuint (fl_scorecard_get_n_sections (stored), ==, 4);

  for (guint i = 0; i < fl_scorecard_get_n_items (stored); i++)
    {
      g_autoptr(FlScorecardItem) stored_item = fl_scorecard_get_nth_item (stored, i);

      if (fl_scorecard_item_get_criticality (stored_item) == FL_CRITICALITY_CRITICAL)
        {
          n_critical++;
          g_assert_cmpstr (fl_scorecard_item_get_text (stored_item), ==, "Never argued with or mocked the caller");
          g_assert_false (fl_scorecard_item_get_allow_na (stored_item));
        }
      if (fl_scorecard_item_get_allow_na (stored_item))
        n_not_applicable++;
      if (g_str_has_prefix (fl_scorecard_item_get_text (stored_item), "Handled the complaint"))
        g_assert_true (fl_scorecard_item_get_allow_na (stored_item));
    }
  g_assert_cmpuint (n_critical, ==, 1);
  g_assert_cmpuint (n_not_applicable, ==, 3);
}

static void
test_default_not_added_beside_others (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  create (fixture, "Our own");
  g_assert_true (fl_scorecard_service_ensure_default (fixture->service, fixture->auditor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 1);
}

static void
test_default_scores (void)
{
  g_autoptr(FlScorecard) scorecard = fl_default_scorecard_new ();
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(FlScoreResult) result = NULL;

  /* Without ids nothing is answered yet. */
  result = fl_scorecard_score (scorecard, answers);
  g_assert_false (result->scorable);
  g_assert_cmpuint (result->n_unanswered, ==, 12);
  g_assert_cmpstr (fl_scorecard_translate ("Opening"), ==, "Opening");
  g_assert_cmpstr (fl_scorecard_translate (""), ==, "");
  g_assert_null (fl_scorecard_translate (NULL));
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);
  g_autoptr(FlScorecard) scorecard = make_scorecard ("Lead's card");
  gint64 id = create (fixture, "Inbound");
  g_autoptr(FlScorecard) stored = load (fixture, id);
  g_autoptr(FlScorecard) edited = fl_scorecard_copy (stored);
  gint64 audit_rows = count (fixture, "SELECT count(*) FROM audit_log");

  g_assert_cmpint (fl_scorecard_service_create (fixture->service, lead, scorecard, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, "Only a QA auditor or an administrator may edit scorecard templates.");
  g_clear_error (&error);

  fl_scorecard_set_pass_mark (edited, 10);
  g_assert_cmpint (fl_scorecard_service_save (fixture->service, lead, edited, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (fl_scorecard_service_duplicate (fixture->service, lead, id, &error), ==, 0);
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (fl_scorecard_service_set_archived (fixture->service, lead, id, TRUE, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* An administrator may. */
  {
    g_autoptr(FlSession) admin = fl_test_session (FL_ROLE_ADMIN);

    g_assert_cmpint (fl_scorecard_service_save (fixture->service, admin, edited, &error), ==, id);
    g_assert_no_error (error);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit_rows + 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 1);
}

static void
test_default_needs_permission (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlSession) lead = fl_test_session (FL_ROLE_TEAM_LEAD);

  g_assert_false (fl_scorecard_service_ensure_default (fixture->service, lead, &error));
  g_assert_error (error, FL_SESSION_ERROR, FL_SESSION_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scorecard_templates"), ==, 0);
}

static void
test_copy_is_deep (void)
{
  g_autoptr(FlScorecard) original = make_scorecard ("Original");
  g_autoptr(FlScorecard) copy = fl_scorecard_copy (original);
  g_autoptr(FlScorecardItem) copied = fl_scorecard_get_nth_item (copy, 0);
  g_autoptr(FlScorecardItem) kept = fl_scorecard_get_nth_item (original, 0);
  g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (copy, 0);

  fl_scorecard_item_set_text (copied, "Changed");
  fl_scorecard_section_remove_item (section, 1);
  g_assert_cmpstr (fl_scorecard_item_get_text (kept), ==, "Answered within three rings");
  g_assert_cmpuint (fl_scorecard_get_n_items (original), ==, 3);
  g_assert_cmpuint (fl_scorecard_get_n_items (copy), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  g_test_add_func ("/scorecards/model/copy-is-deep", test_copy_is_deep);
  g_test_add_func ("/scorecards/default/scores-and-translates", test_default_scores);
  g_test_add ("/scorecards/create/and-load", Fixture, NULL, fixture_setup, test_create_and_load, fixture_teardown);
  g_test_add ("/scorecards/create/validation", Fixture, NULL, fixture_setup, test_validation, fixture_teardown);
  g_test_add ("/scorecards/create/name-taken", Fixture, NULL, fixture_setup, test_duplicate_name, fixture_teardown);
  g_test_add ("/scorecards/edit/in-place-without-evaluations", Fixture, NULL, fixture_setup, test_edit_in_place, fixture_teardown);
  g_test_add ("/scorecards/edit/new-version-with-evaluations", Fixture, NULL, fixture_setup, test_edit_with_evaluations, fixture_teardown);
  g_test_add ("/scorecards/edit/unchanged-keeps-version", Fixture, NULL, fixture_setup, test_unchanged_save, fixture_teardown);
  g_test_add ("/scorecards/duplicate", Fixture, NULL, fixture_setup, test_duplicate, fixture_teardown);
  g_test_add ("/scorecards/archive-and-restore", Fixture, NULL, fixture_setup, test_archive, fixture_teardown);
  g_test_add ("/scorecards/default/created-once", Fixture, NULL, fixture_setup, test_default_created_once, fixture_teardown);
  g_test_add ("/scorecards/default/not-beside-others", Fixture, NULL, fixture_setup, test_default_not_added_beside_others, fixture_teardown);
  g_test_add ("/scorecards/default/needs-permission", Fixture, NULL, fixture_setup, test_default_needs_permission, fixture_teardown);
  g_test_add ("/scorecards/permissions/team-lead-refused", Fixture, NULL, fixture_setup, test_permissions, fixture_teardown);

  return g_test_run ();
}
