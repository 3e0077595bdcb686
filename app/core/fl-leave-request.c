/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-request"

#include "config.h"

#include "fl-leave-request.h"

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
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (text, state_names[i]) == 0)
      return (FlLeaveState) i;
  return FL_LEAVE_PENDING;
}
