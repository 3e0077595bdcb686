/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-evaluation-service.h"
#include "fl-scorecard-service.h"
#include "fl-test-util.h"

G_BEGIN_DECLS

/* Shared by test-evaluations and test-recording-notes: a fresh database with
 * staff, accounts, three recordings and a three-item scorecard:
 * 王芳 (staff 1) is the agent on recordings 1 and 3; the QA auditor 孟晓丽
 * (staff 2, account 1, session qa) is the agent on recording 2; 张强 is a team
 * lead (staff 3, account 2, session lead); 李娜 a second QA auditor (staff 4,
 * account 3, session qa2). */
typedef struct
{
  FlTestDatabase       db;
  FlSession           *qa;
  FlSession           *qa2;
  FlSession           *lead;
  FlEvaluationService *service;
  FlScorecardService  *scorecards;
  gint64               template_id;
  gint64               greeting;   /* yes/no, 10 points */
  gint64               tone;       /* scale 0–5, N/A allowed */
  gint64               argue;      /* critical yes/no, 10 points */
} Fixture;

void          fixture_setup          (Fixture       *fixture,
                                      gconstpointer  data);
void          fixture_teardown       (Fixture       *fixture,
                                      gconstpointer  data);
FlEvaluation *fixture_open           (Fixture       *fixture,
                                      FlSession     *actor,
                                      gint64         recording_id);
FlEvaluation *fixture_start          (Fixture       *fixture,
                                      FlSession     *actor,
                                      gint64         recording_id);
void          fixture_answer         (Fixture       *fixture,
                                      FlSession     *actor,
                                      FlEvaluation  *evaluation,
                                      gint64         item,
                                      FlAnswerState  state,
                                      int            points);
/* Greeting yes, the given tone, never argued: (20 + tone) of 25. */
void          fixture_answer_all     (Fixture       *fixture,
                                      FlSession     *actor,
                                      FlEvaluation  *evaluation,
                                      int            tone);
void          fixture_submit         (Fixture       *fixture,
                                      FlSession     *actor,
                                      FlEvaluation  *evaluation);
gint64        fixture_count          (Fixture       *fixture,
                                      const char    *sql);
/* "state score passed" of the recording's row, "-" for NULL. */
void          fixture_assert_summary (Fixture       *fixture,
                                      gint64         recording_id,
                                      const char    *expected);

#define EVALUATION_TEST(path, test) \
  g_test_add (path, Fixture, NULL, fixture_setup, test, fixture_teardown)

G_END_DECLS
