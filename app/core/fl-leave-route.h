/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The leave chain's rules (请销假, domain.md) as pure functions: who
 * approves a request, in which order, and how many working days it takes.
 * No I/O: the leave service gathers the facts and these decide. */

/* How a leave type is routed and counted. */
typedef enum
{
  FL_LEAVE_CATEGORY_ANNUAL,     /* 年假: to the department head, a month ahead */
  FL_LEAVE_CATEGORY_PERSONAL,   /* 事假: a monthly allowance, beyond it lead and head */
  FL_LEAVE_CATEGORY_SICK,       /* 病假: a certificate, which may follow the return */
  FL_LEAVE_CATEGORY_OTHER,      /* marriage, bereavement, maternity, compensatory… */
} FlLeaveCategory;

/* When a type wants a document: never, with the request, or by the return
 * (a hospital certificate). */
typedef enum
{
  FL_LEAVE_ATTACHMENT_NONE,
  FL_LEAVE_ATTACHMENT_BEFORE,
  FL_LEAVE_ATTACHMENT_AFTER,
} FlLeaveAttachment;

/* Whose leave it is: the rank decides who is above them. */
typedef enum
{
  FL_LEAVE_RANK_AGENT,
  FL_LEAVE_RANK_TEAM_LEAD,
  FL_LEAVE_RANK_DEPT_HEAD,
} FlLeaveRank;

/* Who decides one step of a request. */
typedef enum
{
  FL_LEAVE_APPROVER_TEAM_LEAD,   /* the person's team lead (班长) */
  FL_LEAVE_APPROVER_DEPT_HEAD,   /* the department head (部门负责人) */
  FL_LEAVE_APPROVER_ADMIN,       /* an administrator: a head's own leave */
} FlLeaveApprover;

/* No request has more steps than this. */
#define FL_LEAVE_MAX_STEPS 2

/* The policies routing follows (Preferences → Leave). */
typedef struct
{
  double lead_max_days;             /* leave.lead-max-days: 3 */
  double personal_days_per_month;   /* leave.personal-days-per-month: 2 */
} FlLeaveRules;

/* What routing needs to know of a request. */
typedef struct
{
  FlLeaveCategory category;
  FlLeaveRank     rank;
  double          working_days;           /* this request's */
  double          personal_days_before;   /* personal leave already granted or asked this month */
  gboolean        lead_away;              /* the person's lead is on leave too, or the team has none */
} FlLeaveRouteFacts;

/* Whether personal leave goes past the month's allowance: it then needs
 * proof (an attachment) and both the lead and the head. */
gboolean    fl_leave_is_past_allowance   (const FlLeaveRules      *rules,
                                          const FlLeaveRouteFacts *facts);

/* Fills @steps with the approvers of a request, in order, and returns how
 * many (1 or 2):
 *   - an agent's leave of up to lead_max_days working days → the team lead;
 *     longer → the department head;
 *   - annual leave → the department head;
 *   - personal leave past the month's allowance, however long → the lead,
 *     then the head;
 *   - a lead's own → the department head; a head's own → an administrator;
 *   - a lead who is away is passed over for the head.
 * Nobody is asked twice in a row. */
guint       fl_leave_route               (const FlLeaveRules      *rules,
                                          const FlLeaveRouteFacts *facts,
                                          FlLeaveApprover          steps[FL_LEAVE_MAX_STEPS]);

/* "team_lead", "department_head", "administrator", as the database writes
 * it, and back (-1 for anything else). */
const char *fl_leave_approver_to_string  (FlLeaveApprover          approver);
int         fl_leave_approver_from_string (const char             *text);

/* "annual", "personal", "sick", "other" as the database writes them, and
 * back (FL_LEAVE_CATEGORY_OTHER for anything else); the same for
 * attachments ("none", "before", "after"). */
const char              *fl_leave_category_to_string     (FlLeaveCategory    category);
FlLeaveCategory          fl_leave_category_from_string   (const char        *text);
const char              *fl_leave_attachment_to_string   (FlLeaveAttachment  attachment);
FlLeaveAttachment        fl_leave_attachment_from_string (const char        *text);

/* Which part of a day a request starts or ends on. */
typedef enum
{
  FL_LEAVE_HALF_FULL,        /* the whole day */
  FL_LEAVE_HALF_MORNING,     /* only the morning: how the last day may end */
  FL_LEAVE_HALF_AFTERNOON,   /* only the afternoon: how the first day may start */
} FlLeaveHalf;

const char *fl_leave_half_to_string      (FlLeaveHalf              half);
int         fl_leave_half_from_string    (const char              *text);

/* The working days a request takes: the days of @working (one per day from
 * the first to the last) that are working days for the person, less half a
 * day when it starts in the afternoon of a working day and half when it
 * ends at noon of one. A one-day request is a morning, an afternoon or the
 * day. Returns -1 for halves that make no sense (a first day starting in
 * the morning only, a last day ending in the afternoon only, or a single
 * day both ending at noon and starting after it). */
double      fl_leave_count_working_days  (const gboolean          *working,
                                          guint                    n_days,
                                          FlLeaveHalf              first_half,
                                          FlLeaveHalf              last_half);

G_END_DECLS
