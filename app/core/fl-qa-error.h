/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"

G_BEGIN_DECLS

/* Errors of the QA programme: sampling, monthly results, complaints,
 * disputes and calibration. */
#define FL_QA_ERROR (fl_qa_error_quark ())

typedef enum
{
  FL_QA_ERROR_INVALID,
  FL_QA_ERROR_NOT_FOUND,
  FL_QA_ERROR_MONTH_CLOSED,
  FL_QA_ERROR_NOT_ALLOWED,
  FL_QA_ERROR_TOO_LATE,
  FL_QA_ERROR_BLIND,       /* a calibration session's answers, before it closes */
} FlQaError;

GQuark   fl_qa_error_quark            (void);

/* Fails with FL_QA_ERROR_INVALID, saying how to write one, unless @month
 * is a month ("YYYY-MM"). */
gboolean fl_qa_check_month            (const char  *month,
                                       GError     **error);
/* Fails with FL_QA_ERROR_MONTH_CLOSED if the month of @evaluation_id's call
 * is closed: its results are frozen until the month is reopened. */
gboolean fl_qa_check_evaluation_open  (FlDatabase  *database,
                                       gint64       evaluation_id,
                                       GError     **error);
/* The same for a month ("YYYY-MM"). */
gboolean fl_qa_check_month_open       (FlDatabase  *database,
                                       const char  *month,
                                       GError     **error);

G_END_DECLS
