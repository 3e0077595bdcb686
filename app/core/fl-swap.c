/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-swap"

#include "config.h"

#include <string.h>

#include "fl-swap.h"

struct _FlSwap
{
  GObject      parent_instance;

  FlSwapFields fields;
};

G_DEFINE_FINAL_TYPE (FlSwap, fl_swap, G_TYPE_OBJECT)

static const char *state_names[] = { "pending", "approved", "rejected" };

static void
fl_swap_finalize (GObject *object)
{
  FlSwapFields *fields = &FL_SWAP (object)->fields;

  g_free (fields->first_name);
  g_free (fields->first_day);
  g_free (fields->second_name);
  g_free (fields->second_day);
  g_free (fields->reason);
  g_free (fields->filed_by);
  g_free (fields->filed_at);
  g_free (fields->decided_by);
  g_free (fields->decided_at);
  g_free (fields->decision_comment);

  G_OBJECT_CLASS (fl_swap_parent_class)->finalize (object);
}

static void
fl_swap_class_init (FlSwapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_swap_finalize;
}

static void
fl_swap_init (FlSwap *self)
{
}

FlSwap *
fl_swap_new (FlSwapFields *fields)
{
  FlSwap *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_SWAP, NULL);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

const FlSwapFields *
fl_swap_get_fields (FlSwap *self)
{
  g_return_val_if_fail (FL_IS_SWAP (self), NULL);

  return &self->fields;
}

const char *
fl_swap_state_to_string (FlSwapState state)
{
  g_return_val_if_fail (state <= FL_SWAP_REJECTED, NULL);

  return state_names[state];
}

FlSwapState
fl_swap_state_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (text, state_names[i]) == 0)
      return (FlSwapState) i;
  return FL_SWAP_PENDING;
}
