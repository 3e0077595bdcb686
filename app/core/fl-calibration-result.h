/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-score.h"

G_BEGIN_DECLS

/* One scorer of a calibration session (校准) and their submitted score. */
typedef struct
{
  gint64    account_id;
  char     *name;
  gboolean  is_reference;
  gboolean  submitted;
  gboolean  scorable;     /* FALSE when nothing applicable was answered */
  double    score;        /* percent */
} FlCalibrationScorer;

/* One scorer's answer to one item. */
typedef struct
{
  FlAnswerState state;
  int           points;
} FlCalibrationAnswer;

#define FL_TYPE_CALIBRATION_RESULT (fl_calibration_result_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationResult, fl_calibration_result, FL, CALIBRATION_RESULT, GObject)

/* The outcome of a closed calibration session, computed from the scorers'
 * submitted answers. Takes @scorers (an array of FlCalibrationScorer, the
 * names included), @item_texts (a NULL-terminated array) and @answers, an
 * n_items × n_scorers row-major array; a scorer who did not submit has
 * only unanswered items. A scorer is far off when their score differs
 * from the reference's by more than @tolerance percentage points. */
FlCalibrationResult *fl_calibration_result_new           (GArray              *scorers,
                                                          GStrv                item_texts,
                                                          GArray              *answers,
                                                          double               tolerance);

guint                fl_calibration_result_get_n_scorers (FlCalibrationResult *self);
const FlCalibrationScorer *
                     fl_calibration_result_get_scorer    (FlCalibrationResult *self,
                                                          guint                scorer);
guint                fl_calibration_result_get_n_items   (FlCalibrationResult *self);
const char          *fl_calibration_result_get_item_text (FlCalibrationResult *self,
                                                          guint                item);
const FlCalibrationAnswer *
                     fl_calibration_result_get_answer    (FlCalibrationResult *self,
                                                          guint                item,
                                                          guint                scorer);

/* The share (0–1) of the other submitted scorers who gave the reference's
 * answer to @item; 1 when only the reference scored. */
double               fl_calibration_result_get_agreement (FlCalibrationResult *self,
                                                          guint                item);
/* A scorer's points on @item minus the reference's (0 unless both gave
 * points), and minus the mean of everyone who gave points. */
int                  fl_calibration_result_get_item_deviation (FlCalibrationResult *self,
                                                          guint                item,
                                                          guint                scorer);
double               fl_calibration_result_get_item_mean_deviation (FlCalibrationResult *self,
                                                          guint                item,
                                                          guint                scorer);
/* A scorer's score minus the reference's and minus the mean score of the
 * submitted scorers; 0 for a scorer without a score. */
double               fl_calibration_result_get_deviation (FlCalibrationResult *self,
                                                          guint                scorer);
double               fl_calibration_result_get_mean_deviation (FlCalibrationResult *self,
                                                          guint                scorer);
gboolean             fl_calibration_result_is_far_off    (FlCalibrationResult *self,
                                                          guint                scorer);

G_END_DECLS
