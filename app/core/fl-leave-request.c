/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-format.h"
#include "fl-leave-request.h"
#include "fl-strings.h"

struct _FlLeaveRequest
{
  GObject              parent_instance;

  FlLeaveRequestFields fields;
  FlLeaveType         *leave_type;
  GArray              *steps;   /* FlLeaveStep */
};

G_DEFINE_FINAL_TYPE (FlLeaveRequest, fl_leave_request, G_TYPE_OBJECT)

static const char *state_names[] = { "pending", "approved", "rejected", "cancelled" };

static void
clear_step (gpointer data)
{
  FlLeaveStep *step = data;

  g_free (step->decided_by);
  g_free (step->decided_at);
  g_free (step->comment);
}

static void
fl_leave_request_finalize (GObject *object)
{
  FlLeaveRequest *self = FL_LEAVE_REQUEST (object);
  FlLeaveRequestFields *fields = &self->fields;

  g_free (fields->staff_name);
  g_free (fields->job_number);
  g_free (fields->first_day);
  g_free (fields->last_day);
  g_free (fields->reason);
  g_free (fields->handover);
  g_free (fields->filed_by);
  g_free (fields->filed_at);
  g_free (fields->returned_on);
  g_clear_object (&self->leave_type);
  g_array_unref (self->steps);

  G_OBJECT_CLASS (fl_leave_request_parent_class)->finalize (object);
}

static void
fl_leave_request_class_init (FlLeaveRequestClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_leave_request_finalize;
}

static void
fl_leave_request_init (FlLeaveRequest *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (FlLeaveStep));
  g_array_set_clear_func (self->steps, clear_step);
}

FlLeaveRequest *
fl_leave_request_new (const FlLeaveRequestFields *fields,
                      FlLeaveType                *leave_type)
{
  FlLeaveRequest *self;

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (FL_IS_LEAVE_TYPE (leave_type), NULL);

  self = g_object_new (FL_TYPE_LEAVE_REQUEST, NULL);
  self->fields = *fields;
  self->fields.staff_name = g_strdup (fields->staff_name);
  self->fields.job_number = g_strdup (fields->job_number);
  self->fields.first_day = g_strdup (fields->first_day);
  self->fields.last_day = g_strdup (fields->last_day);
  self->fields.reason = g_strdup (fields->reason ? fields->reason : "");
  self->fields.handover = g_strdup (fields->handover ? fields->handover : "");
  self->fields.filed_by = g_strdup (fields->filed_by);
  self->fields.filed_at = g_strdup (fields->filed_at);
  self->fields.returned_on = g_strdup (fields->returned_on);
  self->leave_type = g_object_ref (leave_type);
  return self;
}

const FlLeaveRequestFields *
fl_leave_request_get_fields (FlLeaveRequest *self)
{
  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), NULL);

  return &self->fields;
}

FlLeaveType *
fl_leave_request_get_leave_type (FlLeaveRequest *self)
{
  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), NULL);

  return self->leave_type;
}

void
fl_leave_request_add_step (FlLeaveRequest    *self,
                           const FlLeaveStep *step)
{
  FlLeaveStep copy;

  g_return_if_fail (FL_IS_LEAVE_REQUEST (self));
  g_return_if_fail (step != NULL);

  copy = *step;
  copy.decided_by = g_strdup (step->decided_by);
  copy.decided_at = g_strdup (step->decided_at);
  copy.comment = g_strdup (step->comment ? step->comment : "");
  g_array_append_val (self->steps, copy);
}

guint
fl_leave_request_get_n_steps (FlLeaveRequest *self)
{
  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), 0);

  return self->steps->len;
}

const FlLeaveStep *
fl_leave_request_get_step (FlLeaveRequest *self,
                           guint           index)
{
  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return &g_array_index (self->steps, FlLeaveStep, index);
}

const FlLeaveStep *
fl_leave_request_get_waiting_step (FlLeaveRequest *self)
{
  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), NULL);

  if (self->fields.state != FL_LEAVE_PENDING)
    return NULL;
  for (guint i = 0; i < self->steps->len; i++)
    if (g_array_index (self->steps, FlLeaveStep, i).decision == FL_LEAVE_UNDECIDED)
      return &g_array_index (self->steps, FlLeaveStep, i);
  return NULL;
}

const char *
fl_leave_state_to_string (FlLeaveState state)
{
  g_return_val_if_fail (state <= FL_LEAVE_CANCELLED, NULL);

  return state_names[state];
}

FlLeaveState
fl_leave_state_from_string (const char *text)
{
  return (FlLeaveState) MAX (fl_strings_index (state_names, G_N_ELEMENTS (state_names), text), FL_LEAVE_PENDING);
}

/* A first or last day with its half, if any. */
static char *
describe_day (const char  *date,
              FlLeaveHalf  half)
{
  g_autofree char *day = fl_format_day (date);

  if (half == FL_LEAVE_HALF_AFTERNOON)
    /* Translators: a leave's first day when it starts after lunch */
    return g_strdup_printf (_("%s (afternoon)"), day);
  if (half == FL_LEAVE_HALF_MORNING)
    /* Translators: a leave's last day when it ends at noon */
    return g_strdup_printf (_("%s (morning)"), day);
  return g_steal_pointer (&day);
}

char *
fl_leave_request_describe_days (FlLeaveRequest *self)
{
  const FlLeaveRequestFields *fields;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *days = NULL;

  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), NULL);

  fields = &self->fields;
  first = describe_day (fields->first_day, fields->first_half);
  /* Translators: working days of a leave, 0.5 at a time: "3.5 working days" */
  days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%g working day", "%g working days",
                                       fields->working_days == 1 ? 1 : 2), fields->working_days);
  if (g_strcmp0 (fields->first_day, fields->last_day) == 0)
    /* Translators: a one-day leave: the day, then its working days */
    return g_strdup_printf (_("%s · %s"), first, days);
  last = describe_day (fields->last_day, fields->last_half);
  /* Translators: a leave's first and last days, then its working days */
  return g_strdup_printf (_("%1$s to %2$s · %3$s"), first, last, days);
}

const char *
fl_leave_approver_describe (FlLeaveApprover approver)
{
  switch (approver)
    {
    case FL_LEAVE_APPROVER_TEAM_LEAD:
      return _("the team lead");
    case FL_LEAVE_APPROVER_DEPT_HEAD:
      return _("the department head");
    case FL_LEAVE_APPROVER_ADMIN:
      return _("an administrator");
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
fl_leave_request_describe_state (FlLeaveRequest *self)
{
  const FlLeaveStep *waiting;

  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (self), NULL);

  switch (self->fields.state)
    {
    case FL_LEAVE_PENDING:
      waiting = fl_leave_request_get_waiting_step (self);
      /* Translators: who a leave request waits for: "the department head" */
      return g_strdup_printf (_("Waiting for %s"), waiting ? fl_leave_approver_describe (waiting->approver) : "—");
    case FL_LEAVE_APPROVED:
      if (self->fields.returned_on != NULL)
        {
          g_autofree char *back = fl_format_day (self->fields.returned_on);

          /* Translators: the day someone came back from leave */
          return g_strdup_printf (_("Back on %s"), back);
        }
      return g_strdup (C_("leave state", "Approved"));
    case FL_LEAVE_REJECTED:
      for (guint i = 0; i < self->steps->len; i++)
        {
          const FlLeaveStep *step = &g_array_index (self->steps, FlLeaveStep, i);

          if (step->decision == FL_LEAVE_DECIDED_REJECT)
            /* Translators: who refused a leave request, and why */
            return g_strdup_printf (_("Rejected by %1$s: %2$s"), step->decided_by ? step->decided_by : "—",
                                    step->comment);
        }
      return g_strdup (C_("leave state", "Rejected"));
    case FL_LEAVE_CANCELLED:
      return g_strdup (C_("leave state", "Cancelled"));
    default:
      g_return_val_if_reached (NULL);
    }
}
