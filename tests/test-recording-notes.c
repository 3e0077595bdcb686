/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recording-notes"

#include <locale.h>

#include "evaluation-fixture.h"

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GListModel) after_delete = NULL;
  g_autoptr(FlRecordingNote) first = NULL;
  g_autoptr(FlRecordingNote) range = NULL;
  g_autoptr(FlRecordingNote) linked = NULL;
  gint64 range_id, moment_id, linked_id;

  /* Before any evaluation: a note, not linked to one yet. */
  range_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 5000, 8250, "Talked over the caller",
                                             0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM recording_notes WHERE evaluation_id IS NULL"), ==, 1);

  /* The draft's first save links it. */
  evaluation = fixture_start (fixture, fixture->qa, 1);
  linked_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 12000, -1, "No “anything else?”",
                                              fixture->argue, &error);
  g_assert_no_error (error);
  moment_id = fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 1500, -1, " Greeting without 工号 ",
                                              0, &error);
  g_assert_no_error (error);

  notes = fl_evaluation_service_list_notes (fixture->service, fixture->lead, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
  first = g_list_model_get_item (notes, 0);
  range = g_list_model_get_item (notes, 1);
  linked = g_list_model_get_item (notes, 2);
  g_assert_cmpint (fl_recording_note_get_id (first), ==, moment_id);
  g_assert_cmpstr (fl_recording_note_get_text (first), ==, "Greeting without 工号");
  g_assert_false (fl_recording_note_is_range (first));
  g_assert_cmpint (fl_recording_note_get_end_ms (first), ==, -1);
  g_assert_cmpint (fl_recording_note_get_evaluation_id (first), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpstr (fl_recording_note_get_author_name (first), ==, "孟晓丽");
  g_assert_cmpint (fl_recording_note_get_id (range), ==, range_id);
  g_assert_true (fl_recording_note_is_range (range));
  g_assert_cmpint (fl_recording_note_get_end_ms (range), ==, 8250);
  g_assert_cmpint (fl_recording_note_get_evaluation_id (range), ==, fl_evaluation_get_id (evaluation));
  g_assert_cmpint (fl_recording_note_get_id (linked), ==, linked_id);
  g_assert_cmpint (fl_recording_note_get_item_id (linked), ==, fixture->argue);

  /* Edit and delete, own notes only. */
  g_assert_true (fl_evaluation_service_update_note (fixture->service, fixture->qa, range_id, 5000, 9000,
                                                    "Talked over the caller twice", &error));
  g_assert_no_error (error);
  g_assert_false (fl_evaluation_service_update_note (fixture->service, fixture->qa2, range_id, 0, -1, "Mine now",
                                                     &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_assert_cmpstr (error->message, ==, "Only 孟晓丽, who wrote this note, can change or delete it.");
  g_clear_error (&error);
  g_assert_false (fl_evaluation_service_delete_note (fixture->service, fixture->lead, moment_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_YOURS);
  g_clear_error (&error);
  g_assert_true (fl_evaluation_service_delete_note (fixture->service, fixture->qa, moment_id, &error));
  g_assert_no_error (error);
  g_assert_false (fl_evaluation_service_delete_note (fixture->service, fixture->qa, moment_id, &error));
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after_delete = fl_evaluation_service_list_notes (fixture->service, fixture->qa, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (after_delete), ==, 2);
  g_assert_cmpint (fixture_count (fixture, "SELECT end_ms FROM recording_notes WHERE text = 'Talked over the caller twice'"),
                   ==, 9000);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'recording_notes'"), ==, 5);

  /* Checked before writing. */
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 3000, 2000, "Backwards", 0,
                                                   &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "A note cannot end before it starts.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, -5, -1, "Early", 0, &error),
                   ==, 0);
  g_assert_cmpstr (error->message, ==, "A note cannot start before the call does.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 0, -1, "  ", 0, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "Write the note's text.");
  g_clear_error (&error);
  g_assert_cmpint (fl_evaluation_service_add_note (fixture->service, fixture->qa, 42, 0, -1, "Gone", 0, &error), ==, 0);
  g_assert_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM recording_notes"), ==, 2);
}

static void
test_audacity_labels (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *empty = NULL;
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8" };
  g_autofree char *saved_locale = g_strdup (setlocale (LC_NUMERIC, NULL));

  fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 65432, 70001, "Hold\twithout\nthe phrase", 0,
                                  &error);
  fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 1500, -1, "对不起，请稍等！ missing", 0, &error);
  fl_evaluation_service_add_note (fixture->service, fixture->qa, 1, 0, 999, "Rings", 0, &error);
  g_assert_no_error (error);

  /* A locale writing "1,5" must not change the file. */
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      break;

  labels = fl_evaluation_service_export_labels (fixture->service, fixture->qa, 1, &error);
  setlocale (LC_NUMERIC, saved_locale);
  g_assert_no_error (error);
  g_assert_cmpstr (labels, ==,
                   "0.000000\t0.999000\tRings\n"
                   "1.500000\t1.500000\t对不起，请稍等！ missing\n"
                   "65.432000\t70.001000\tHold without the phrase\n");

  empty = fl_evaluation_service_export_labels (fixture->service, fixture->qa, 3, &error);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_playback_position (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 1), ==, 0);
  g_assert_true (fl_evaluation_service_set_playback_position (fixture->service, fixture->qa, 1, 42500, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 1), ==, 42500);
  g_assert_true (fl_evaluation_service_set_playback_position (fixture->service, fixture->qa, 1, 1000, &error));
  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 1), ==, 1000);

  /* Each reviewer has their own place; a new service (a restart) finds it. */
  g_assert_true (fl_evaluation_service_set_playback_position (fixture->service, fixture->lead, 1, 7000, &error));
  g_assert_cmpint (fl_evaluation_service_get_playback_position (fixture->service, fixture->qa, 3), ==, 0);
  {
    g_autoptr(FlEvaluationService) again = fl_evaluation_service_new (fixture->db.database);

    g_assert_cmpint (fl_evaluation_service_get_playback_position (again, fixture->qa, 1), ==, 1000);
    g_assert_cmpint (fl_evaluation_service_get_playback_position (again, fixture->lead, 1), ==, 7000);
  }
  g_assert_cmpint (fixture_count (fixture, "SELECT count(*) FROM playback_positions"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  fl_test_init (&argc, &argv);

  EVALUATION_TEST ("/recording-notes/crud-and-order", test_notes);
  EVALUATION_TEST ("/recording-notes/audacity-labels", test_audacity_labels);
  EVALUATION_TEST ("/recording-notes/playback-position", test_playback_position);

  return g_test_run ();
}
