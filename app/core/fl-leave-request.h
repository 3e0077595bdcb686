/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-leave-type.h"

G_BEGIN_DECLS

typedef enum
{
  FL_LEAVE_PENDING,     /* waiting for an approver */
  FL_LEAVE_APPROVED,    /* by its last approver: the roster shows it */
  FL_LEAVE_REJECTED,    /* by any approver, with a reason */
  FL_LEAVE_CANCELLED,
} FlLeaveState;

typedef enum
{
  FL_LEAVE_UNDECIDED,
  FL_LEAVE_DECIDED_APPROVE,
  FL_LEAVE_DECIDED_REJECT,
} FlLeaveDecision;

/* One approver's step of a request. */
typedef struct
{
  FlLeaveApprover approver;
  FlLeaveDecision decision;
  char           *decided_by;   /* a display name, or NULL while undecided */
  char           *decided_at;   /* UTC ISO-8601 */
  char           *comment;
} FlLeaveStep;

typedef struct
{
  gint64        id;
  gint64        staff_id;
  char         *staff_name;
  char         *job_number;
  gint64        team_id;
  char         *first_day;      /* YYYY-MM-DD */
  FlLeaveHalf   first_half;     /* full or afternoon */
  char         *last_day;
  FlLeaveHalf   last_half;      /* full or morning */
  double        working_days;
  char         *reason;
  char         *handover;
  gboolean      urgent;
  FlLeaveState  state;
  char         *filed_by;       /* a display name */
  char         *filed_at;       /* UTC ISO-8601 */
  char         *returned_on;    /* the first day back, or NULL */
  guint         n_attachments;
  gint64        extends_id;     /* the request this extends (续假), or 0 */
} FlLeaveRequestFields;

#define FL_TYPE_LEAVE_REQUEST (fl_leave_request_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveRequest, fl_leave_request, FL, LEAVE_REQUEST, GObject)

/* Copies @fields; @leave_type is kept. */
FlLeaveRequest             *fl_leave_request_new            (const FlLeaveRequestFields *fields,
                                                             FlLeaveType                *leave_type);
const FlLeaveRequestFields *fl_leave_request_get_fields     (FlLeaveRequest             *self);
FlLeaveType                *fl_leave_request_get_leave_type (FlLeaveRequest             *self);
/* Copies @step, after the steps before it. */
void                        fl_leave_request_add_step       (FlLeaveRequest             *self,
                                                             const FlLeaveStep          *step);
guint                       fl_leave_request_get_n_steps    (FlLeaveRequest             *self);
const FlLeaveStep          *fl_leave_request_get_step       (FlLeaveRequest             *self,
                                                             guint                       index);
/* The step a pending request waits for, or NULL. */
const FlLeaveStep          *fl_leave_request_get_waiting_step (FlLeaveRequest           *self);

/* "Monday 4 January (afternoon) to Thursday 7 January (morning) · 3.5
 * working days", for lists and the approver. */
char                       *fl_leave_request_describe_days  (FlLeaveRequest            *self);
/* Where the request stands: "Waiting for the department head",
 * "Approved", "Rejected by 张强: Two of the team are off that day",
 * "Cancelled", "Back on Monday 11 January". */
char                       *fl_leave_request_describe_state (FlLeaveRequest            *self);
/* An approver's name in a sentence: "the team lead". */
const char                 *fl_leave_approver_describe      (FlLeaveApprover            approver);

/* "pending", "approved", "rejected", "cancelled" as the database writes
 * them, and back (FL_LEAVE_PENDING for anything else). */
const char                 *fl_leave_state_to_string        (FlLeaveState                state);
FlLeaveState                fl_leave_state_from_string      (const char                 *text);

G_END_DECLS
