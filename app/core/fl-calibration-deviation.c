/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-deviation"

#include "config.h"

#include <string.h>

#include "fl-calibration-deviation.h"

struct _FlCalibrationDeviation
{
  GObject                    parent_instance;

  FlCalibrationDeviationFields fields;
};

G_DEFINE_FINAL_TYPE (FlCalibrationDeviation, fl_calibration_deviation, G_TYPE_OBJECT)

static void
fl_calibration_deviation_finalize (GObject *object)
{
  FlCalibrationDeviationFields *fields = &FL_CALIBRATION_DEVIATION (object)->fields;

  g_free (fields->auditor_name);
  g_free (fields->month);

  G_OBJECT_CLASS (fl_calibration_deviation_parent_class)->finalize (object);
}

static void
fl_calibration_deviation_class_init (FlCalibrationDeviationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_calibration_deviation_finalize;
}

static void
fl_calibration_deviation_init (FlCalibrationDeviation *self)
{
}

FlCalibrationDeviation *
fl_calibration_deviation_new (FlCalibrationDeviationFields *fields)
{
  FlCalibrationDeviation *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_DEVIATION, NULL);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

const FlCalibrationDeviationFields *
fl_calibration_deviation_get_fields (FlCalibrationDeviation *self)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_DEVIATION (self), NULL);
  return &self->fields;
}
