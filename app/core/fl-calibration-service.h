/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-calibration-result.h"
#include "fl-calibration-session.h"
#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_CALIBRATION_SERVICE (fl_calibration_service_get_type ())
G_DECLARE_FINAL_TYPE (FlCalibrationService, fl_calibration_service, FL, CALIBRATION_SERVICE, GObject)

/* Calibration sessions (校准): several auditors score the same call on the
 * same template version, blind, beside a reference scorer. Each scorer
 * opens the call in the QA workspace as usual; their evaluation is the
 * session's. Nobody sees another scorer's answers, notes or score, by any
 * list of FlEvaluationService, until the session is closed. */
FlCalibrationService *fl_calibration_service_new     (FlDatabase            *database);

/* @scorer_ids are accounts who may evaluate; the reference scorer is one
 * of them, added if missing. Returns the session's id, or 0. */
gint64      fl_calibration_service_create            (FlCalibrationService  *self,
                                                      FlSession             *actor,
                                                      gint64                 recording_id,
                                                      gint64                 template_id,
                                                      gint64                 reference_id,
                                                      const gint64          *scorer_ids,
                                                      guint                  n_scorers,
                                                      const char            *title,
                                                      GError               **error);
/* Closing shows everyone's answers; the reference must have submitted. */
gboolean    fl_calibration_service_close             (FlCalibrationService  *self,
                                                      FlSession             *actor,
                                                      gint64                 session_id,
                                                      GError               **error);
/* A GListModel of FlCalibrationSession, open ones first, newest first. */
GListModel *fl_calibration_service_list              (FlCalibrationService  *self,
                                                      FlSession             *actor,
                                                      GError               **error);
/* Fails with FL_QA_ERROR_BLIND while the session is open. */
FlCalibrationResult *
            fl_calibration_service_get_result        (FlCalibrationService  *self,
                                                      FlSession             *actor,
                                                      gint64                 session_id,
                                                      GError               **error);
/* A GListModel of FlCalibrationDeviation: each auditor's distance from the
 * reference, month by month, over the closed sessions from @first_month
 * to @last_month ("YYYY-MM"), by month then auditor. */
GListModel *fl_calibration_service_list_deviations   (FlCalibrationService  *self,
                                                      FlSession             *actor,
                                                      const char            *first_month,
                                                      const char            *last_month,
                                                      GError               **error);

G_END_DECLS
