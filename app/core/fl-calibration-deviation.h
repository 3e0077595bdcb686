/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How far one auditor's scores were from the reference's in the
 * calibration sessions that closed in one month. */
typedef struct
{
  gint64  account_id;
  char   *auditor_name;
  char   *month;               /* YYYY-MM */
  guint   sessions;
  double  mean_deviation;      /* mean of |score − reference score|, percentage points */
  double  largest_deviation;
} FlCalibrationDeviationFields;

#define FL_TYPE_CALIBRATION_DEVIATION (fl_calibration_deviation_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationDeviation, fl_calibration_deviation, FL, CALIBRATION_DEVIATION, GObject)

/* Takes the strings of @fields. */
FlCalibrationDeviation             *fl_calibration_deviation_new        (FlCalibrationDeviationFields *fields);
const FlCalibrationDeviationFields *fl_calibration_deviation_get_fields (FlCalibrationDeviation       *self);

G_END_DECLS
