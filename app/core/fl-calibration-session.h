/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A calibration session (校准) as the actor who listed it sees it. */
typedef struct
{
  gint64    id;
  char     *title;
  gint64    recording_id;
  char     *agent_name;
  char     *call_started_at;    /* UTC, ISO 8601 */
  gint64    template_id;
  char     *template_name;
  char     *reference_name;
  gboolean  closed;
  char     *created_at;
  char     *closed_at;          /* NULL while open */
  guint     n_scorers;
  guint     n_submitted;
  gboolean  actor_scores;       /* the actor is one of the scorers */
  gboolean  actor_submitted;
} FlCalibrationSessionFields;

#define FL_TYPE_CALIBRATION_SESSION (fl_calibration_session_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationSession, fl_calibration_session, FL, CALIBRATION_SESSION, GObject)

/* Takes the strings of @fields. */
FlCalibrationSession             *fl_calibration_session_new        (FlCalibrationSessionFields *fields);
const FlCalibrationSessionFields *fl_calibration_session_get_fields (FlCalibrationSession       *self);

G_END_DECLS
