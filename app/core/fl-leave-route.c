/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-route"

#include "config.h"

#include "fl-leave-route.h"
#include "fl-strings.h"

static const char *approver_names[] = { "team_lead", "department_head", "administrator" };
static const char *half_names[] = { "full", "morning", "afternoon" };
static const char *category_names[] = { "annual", "personal", "sick", "other" };
static const char *attachment_names[] = { "none", "before", "after" };

/* The first approver by the request alone, before who is away. */
static FlLeaveApprover
first_approver (const FlLeaveRules      *rules,
                const FlLeaveRouteFacts *facts)
{
  if (facts->rank == FL_LEAVE_RANK_DEPT_HEAD)
    return FL_LEAVE_APPROVER_ADMIN;
  if (facts->rank == FL_LEAVE_RANK_TEAM_LEAD || facts->category == FL_LEAVE_CATEGORY_ANNUAL ||
      facts->working_days > rules->lead_max_days)
    return FL_LEAVE_APPROVER_DEPT_HEAD;
  return FL_LEAVE_APPROVER_TEAM_LEAD;
}

gboolean
fl_leave_is_past_allowance (const FlLeaveRules      *rules,
                            const FlLeaveRouteFacts *facts)
{
  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

  return facts->category == FL_LEAVE_CATEGORY_PERSONAL &&
         facts->personal_days_before + facts->working_days > rules->personal_days_per_month;
}

guint
fl_leave_route (const FlLeaveRules      *rules,
                const FlLeaveRouteFacts *facts,
                FlLeaveApprover          steps[FL_LEAVE_MAX_STEPS])
{
  FlLeaveApprover first;
  guint n_steps = 0;

  g_return_val_if_fail (rules != NULL, 0);
  g_return_val_if_fail (facts != NULL, 0);
  g_return_val_if_fail (steps != NULL, 0);

  first = first_approver (rules, facts);
  /* Personal leave past the allowance needs the lead and the head, however long. */
  if (facts->rank == FL_LEAVE_RANK_AGENT && fl_leave_is_past_allowance (rules, facts))
    {
      if (!facts->lead_away)
        steps[n_steps++] = FL_LEAVE_APPROVER_TEAM_LEAD;
      steps[n_steps++] = FL_LEAVE_APPROVER_DEPT_HEAD;
      return n_steps;
    }
  if (first == FL_LEAVE_APPROVER_TEAM_LEAD && facts->lead_away)
    first = FL_LEAVE_APPROVER_DEPT_HEAD;
  steps[n_steps++] = first;
  return n_steps;
}

const char *
fl_leave_approver_to_string (FlLeaveApprover approver)
{
  g_return_val_if_fail (approver <= FL_LEAVE_APPROVER_ADMIN, NULL);

  return approver_names[approver];
}

int
fl_leave_approver_from_string (const char *text)
{
  return fl_strings_index (approver_names, G_N_ELEMENTS (approver_names), text);
}

const char *
fl_leave_half_to_string (FlLeaveHalf half)
{
  g_return_val_if_fail (half <= FL_LEAVE_HALF_AFTERNOON, NULL);

  return half_names[half];
}

int
fl_leave_half_from_string (const char *text)
{
  return fl_strings_index (half_names, G_N_ELEMENTS (half_names), text);
}

double
fl_leave_count_working_days (const gboolean *working,
                             guint           n_days,
                             FlLeaveHalf     first_half,
                             FlLeaveHalf     last_half)
{
  double days = 0;

  g_return_val_if_fail (working != NULL || n_days == 0, -1);

  if (n_days == 0 || first_half == FL_LEAVE_HALF_MORNING || last_half == FL_LEAVE_HALF_AFTERNOON ||
      (n_days == 1 && first_half == FL_LEAVE_HALF_AFTERNOON && last_half == FL_LEAVE_HALF_MORNING))
    return -1;
  for (guint day = 0; day < n_days; day++)
    if (working[day])
      days += 1;
  if (working[0] && first_half == FL_LEAVE_HALF_AFTERNOON)
    days -= 0.5;
  if (working[n_days - 1] && last_half == FL_LEAVE_HALF_MORNING)
    days -= 0.5;
  return days;
}

const char *
fl_leave_category_to_string (FlLeaveCategory category)
{
  g_return_val_if_fail (category <= FL_LEAVE_CATEGORY_OTHER, NULL);

  return category_names[category];
}

FlLeaveCategory
fl_leave_category_from_string (const char *text)
{
  int category = fl_strings_index (category_names, G_N_ELEMENTS (category_names), text);

  return category >= 0 ? (FlLeaveCategory) category : FL_LEAVE_CATEGORY_OTHER;
}

const char *
fl_leave_attachment_to_string (FlLeaveAttachment attachment)
{
  g_return_val_if_fail (attachment <= FL_LEAVE_ATTACHMENT_AFTER, NULL);

  return attachment_names[attachment];
}

FlLeaveAttachment
fl_leave_attachment_from_string (const char *text)
{
  int attachment = fl_strings_index (attachment_names, G_N_ELEMENTS (attachment_names), text);

  return attachment >= 0 ? (FlLeaveAttachment) attachment : FL_LEAVE_ATTACHMENT_NONE;
}
