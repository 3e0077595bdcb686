/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-qa-month-result.h"
#include "fl-qa-rules.h"
#include "fl-report-table.h"

G_BEGIN_DECLS

/* An agent's monthly QA statement (月度质检结果单): the month's figures
 * by the center's rules, then each evaluated call with the items missed.
 * @lines is an array of FlQaStatementLine. */
FlReportTable *fl_qa_statement_new (FlQaMonthResult *result,
                                    const char      *month,
                                    GArray          *lines,
                                    const FlQaRules *rules);

G_END_DECLS
