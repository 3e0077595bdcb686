/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-leave-request.h"

G_BEGIN_DECLS

/* A person's annual leave for a year and personal leave for a month. */
typedef struct
{
  double entitled;          /* set by an administrator, or by years of service */
  double taken;             /* approved */
  double pending;           /* waiting for a decision */
  double remaining;         /* entitled less taken and pending */
  double personal_in_month; /* personal leave approved or pending in the month */
} FlLeaveBalance;

/* The days of one leave type in a statement's year. */
typedef struct
{
  FlLeaveType *type;
  double       approved;
  double       pending;
} FlLeaveTypeTotal;

/* A person's leave statement for a year (个人请假记录): the annual balance,
 * the days of each type, every request and every day of absence (旷工). */
typedef struct
{
  gint64          staff_id;
  char           *name;
  char           *job_number;
  char           *team;                 /* or NULL */
  int             year;
  FlLeaveBalance  annual;               /* personal_in_month: this month's, in the current year */
  gboolean        entitlement_set;      /* by an administrator, for the year */
  double          service_entitlement;  /* by years of service, without one */
  GArray         *totals;               /* FlLeaveTypeTotal, the types with days, in their order */
  GPtrArray      *requests;             /* FlLeaveRequest starting in the year, oldest first */
  GPtrArray      *absences;             /* YYYY-MM-DD */
} FlLeaveStatement;

void fl_leave_statement_free (FlLeaveStatement *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlLeaveStatement, fl_leave_statement_free)

G_END_DECLS
