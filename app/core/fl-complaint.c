/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-complaint"

#include "config.h"

#include <string.h>

#include "fl-complaint.h"

struct _FlComplaint
{
  GObject           parent_instance;

  FlComplaintFields fields;
};

G_DEFINE_FINAL_TYPE (FlComplaint, fl_complaint, G_TYPE_OBJECT)

static const char *state_names[] = { "open", "confirmed", "not_confirmed" };

static void
fl_complaint_finalize (GObject *object)
{
  FlComplaintFields *fields = &FL_COMPLAINT (object)->fields;

  g_free (fields->received_on);
  g_free (fields->caller);
  g_free (fields->agent_name);
  g_free (fields->description);
  g_free (fields->filed_by);
  g_free (fields->verified_by);
  g_free (fields->verified_at);
  g_free (fields->verification_note);
  g_clear_pointer (&fields->recording_ids, g_array_unref);

  G_OBJECT_CLASS (fl_complaint_parent_class)->finalize (object);
}

static void
fl_complaint_class_init (FlComplaintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_complaint_finalize;
}

static void
fl_complaint_init (FlComplaint *self)
{
}

FlComplaint *
fl_complaint_new (FlComplaintFields *fields)
{
  FlComplaint *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_COMPLAINT, NULL);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  if (self->fields.recording_ids == NULL)
    self->fields.recording_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return self;
}

const FlComplaintFields *
fl_complaint_get_fields (FlComplaint *self)
{
  g_return_val_if_fail (FL_IS_COMPLAINT (self), NULL);
  return &self->fields;
}

const char *
fl_complaint_state_to_string (FlComplaintState state)
{
  g_return_val_if_fail (state <= FL_COMPLAINT_NOT_CONFIRMED, NULL);
  return state_names[state];
}

FlComplaintState
fl_complaint_state_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (text, state_names[i]) == 0)
      return (FlComplaintState) i;
  return FL_COMPLAINT_OPEN;
}
