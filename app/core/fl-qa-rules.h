/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The center's monthly QA rules (domain.md), as numbers from Preferences. */
typedef struct
{
  double points;               /* QA points for a month with no failing call: 40 */
  double deduction;            /* lost per failing call: 8 */
  guint  failures_for_zero;    /* from this many failing calls, 0 points: 5 */
  double coefficient_min;      /* the monitoring coefficient of the lowest score: 0.8 */
  double coefficient_max;      /* and of the highest: 1.2 */
  double complaint_points;     /* for no confirmed complaint: 20; one costs half */
} FlQaRules;

/* The shipped defaults. */
void     fl_qa_rules_init_defaults  (FlQaRules       *rules);

/* 话务质检: all pass → rules->points; failures_for_zero or more failing
 * calls → 0; otherwise points minus a deduction per failing call, never
 * below 0. Meaningful only for an agent with evaluated calls. */
double   fl_qa_points               (const FlQaRules *rules,
                                     guint            failed);

/* 测听系数: linear between the month's @lowest and @highest monitored score
 * across agents, from coefficient_min to coefficient_max, rounded to the
 * nearest step of 0.1 (a half step rounds up). When every agent has the
 * same score (or there is one agent) the coefficient is the middle one. */
double   fl_qa_coefficient          (const FlQaRules *rules,
                                     double           score,
                                     double           lowest,
                                     double           highest);

/* 投诉: no confirmed complaint → complaint_points; one → half; two or more → 0. */
double   fl_qa_complaint_points     (const FlQaRules *rules,
                                     guint            confirmed);

/* Ranks @n totals, highest first; equal totals share a rank and the next
 * rank skips (1, 1, 3). A NaN total (nothing evaluated) gets rank 0: not
 * ranked. */
void     fl_qa_rank                 (const double    *totals,
                                     guint            n,
                                     guint           *ranks);

G_END_DECLS
