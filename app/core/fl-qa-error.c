/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-error"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-month.h"
#include "fl-qa-error.h"
#include "fl-sql.h"

G_DEFINE_QUARK (fl-qa-error-quark, fl_qa_error)

gboolean
fl_qa_check_month (const char  *month,
                   GError     **error)
{
  if (fl_month_is_valid (month))
    return TRUE;
  g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_INVALID,
               _("“%s” is not a month. Write it as year and month, for example 2026-11."),
               month != NULL ? month : "");
  return FALSE;
}

static gboolean
check_closed_row (FlDatabase   *database,
                  sqlite3_stmt *statement,
                  GError      **error)
{
  gboolean has_row = FALSE;

  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  g_set_error (error, FL_QA_ERROR, FL_QA_ERROR_MONTH_CLOSED,
               _("The QA results of %s are closed. The department head can reopen the month, "
                 "with a reason, to change them."),
               fl_sql_column_text (statement, 0));
  return FALSE;
}

gboolean
fl_qa_check_evaluation_open (FlDatabase  *database,
                             gint64       evaluation_id,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database,
                                   "SELECT m.month FROM evaluations e "
                                   "JOIN qa_months m ON m.month = e.call_month "
                                   "WHERE e.id = ? AND m.closed_at IS NOT NULL AND e.purpose != 'calibration'",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, evaluation_id);
  return check_closed_row (database, statement, error);
}

gboolean
fl_qa_check_month_open (FlDatabase  *database,
                        const char  *month,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = fl_database_prepare (database,
                                   "SELECT month FROM qa_months WHERE month = ? AND closed_at IS NOT NULL",
                                   error);
  if (statement == NULL)
    return FALSE;
  fl_sql_bind_text (statement, 1, month);
  return check_closed_row (database, statement, error);
}
