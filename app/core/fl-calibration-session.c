/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-session"

#include "config.h"

#include <string.h>

#include "fl-calibration-session.h"

struct _FlCalibrationSession
{
  GObject                    parent_instance;

  FlCalibrationSessionFields fields;
};

G_DEFINE_FINAL_TYPE (FlCalibrationSession, fl_calibration_session, G_TYPE_OBJECT)

static void
fl_calibration_session_finalize (GObject *object)
{
  FlCalibrationSessionFields *fields = &FL_CALIBRATION_SESSION (object)->fields;

  g_free (fields->title);
  g_free (fields->agent_name);
  g_free (fields->call_started_at);
  g_free (fields->template_name);
  g_free (fields->reference_name);
  g_free (fields->created_at);
  g_free (fields->closed_at);

  G_OBJECT_CLASS (fl_calibration_session_parent_class)->finalize (object);
}

static void
fl_calibration_session_class_init (FlCalibrationSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_calibration_session_finalize;
}

static void
fl_calibration_session_init (FlCalibrationSession *self)
{
}

FlCalibrationSession *
fl_calibration_session_new (FlCalibrationSessionFields *fields)
{
  FlCalibrationSession *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_SESSION, NULL);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

const FlCalibrationSessionFields *
fl_calibration_session_get_fields (FlCalibrationSession *self)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_SESSION (self), NULL);
  return &self->fields;
}
