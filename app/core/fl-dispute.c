/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-dispute"

#include "config.h"

#include <string.h>

#include "fl-dispute.h"

struct _FlDispute
{
  GObject         parent_instance;

  FlDisputeFields fields;
};

G_DEFINE_FINAL_TYPE (FlDispute, fl_dispute, G_TYPE_OBJECT)

static const char *state_names[] = { "open", "kept", "accepted", "changed" };

static void
fl_dispute_finalize (GObject *object)
{
  FlDisputeFields *fields = &FL_DISPUTE (object)->fields;

  g_free (fields->item_text);
  g_free (fields->agent_name);
  g_free (fields->filed_by);
  g_free (fields->filed_at);
  g_free (fields->reason);
  g_free (fields->decided_by);
  g_free (fields->decided_at);
  g_free (fields->decision_comment);

  G_OBJECT_CLASS (fl_dispute_parent_class)->finalize (object);
}

static void
fl_dispute_class_init (FlDisputeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_dispute_finalize;
}

static void
fl_dispute_init (FlDispute *self)
{
}

FlDispute *
fl_dispute_new (FlDisputeFields *fields)
{
  FlDispute *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_DISPUTE, NULL);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

const FlDisputeFields *
fl_dispute_get_fields (FlDispute *self)
{
  g_return_val_if_fail (FL_IS_DISPUTE (self), NULL);
  return &self->fields;
}

const char *
fl_dispute_state_to_string (FlDisputeState state)
{
  g_return_val_if_fail (state <= FL_DISPUTE_CHANGED, NULL);
  return state_names[state];
}

FlDisputeState
fl_dispute_state_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (text, state_names[i]) == 0)
      return (FlDisputeState) i;
  return FL_DISPUTE_OPEN;
}
