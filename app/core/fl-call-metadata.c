/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-call-metadata"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-call-metadata.h"

/* The codes are those of recordings.direction in the schema. */
static const char *direction_codes[] = {
  [FL_CALL_DIRECTION_UNKNOWN] = NULL,
  [FL_CALL_DIRECTION_INBOUND] = "inbound",
  [FL_CALL_DIRECTION_OUTBOUND] = "outbound",
  [FL_CALL_DIRECTION_INTERNAL] = "internal",
};

const char *
fl_call_direction_to_code (FlCallDirection direction)
{
  g_return_val_if_fail (direction <= FL_CALL_DIRECTION_INTERNAL, NULL);
  return direction_codes[direction];
}

FlCallDirection
fl_call_direction_from_code (const char *code)
{
  for (guint i = FL_CALL_DIRECTION_INBOUND; i < G_N_ELEMENTS (direction_codes); i++)
    if (g_strcmp0 (code, direction_codes[i]) == 0)
      return i;
  return FL_CALL_DIRECTION_UNKNOWN;
}

const char *
fl_call_direction_to_label (FlCallDirection direction)
{
  switch (direction)
    {
    case FL_CALL_DIRECTION_INBOUND:
      /* Translators: a call the center received (呼入) */
      return C_("call direction", "Inbound");
    case FL_CALL_DIRECTION_OUTBOUND:
      /* Translators: a call an agent made (呼出) */
      return C_("call direction", "Outbound");
    case FL_CALL_DIRECTION_INTERNAL:
      /* Translators: a call between two extensions of the center (内部) */
      return C_("call direction", "Internal");
    case FL_CALL_DIRECTION_UNKNOWN:
    default:
      /* Translators: neither the file name nor the call list says who called whom */
      return C_("call direction", "Unknown");
    }
}

FlCallMetadata *
fl_call_metadata_new (void)
{
  FlCallMetadata *self = g_new0 (FlCallMetadata, 1);

  self->direction = FL_CALL_DIRECTION_UNKNOWN;
  self->duration_ms = -1;
  return self;
}

FlCallMetadata *
fl_call_metadata_copy (const FlCallMetadata *self)
{
  FlCallMetadata *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = fl_call_metadata_new ();
  fl_call_metadata_merge (copy, self);
  return copy;
}

void
fl_call_metadata_free (FlCallMetadata *self)
{
  if (self == NULL)
    return;

  g_free (self->unique_id);
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_free (self->caller);
  g_free (self->callee);
  g_free (self->agent_number);
  g_free (self->queue);
  g_free (self->file_name);
  g_free (self->leg);
  g_free (self->call_key);
  g_free (self->port);
  g_free (self);
}

static void
replace_text (char       **field,
              const char  *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

void
fl_call_metadata_merge (FlCallMetadata       *self,
                        const FlCallMetadata *overrides)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (overrides != NULL);

  if (self == overrides)
    return;

  replace_text (&self->unique_id, overrides->unique_id);
  if (overrides->started_at != NULL)
    {
      g_clear_pointer (&self->started_at, g_date_time_unref);
      self->started_at = g_date_time_ref (overrides->started_at);
    }
  replace_text (&self->caller, overrides->caller);
  replace_text (&self->callee, overrides->callee);
  replace_text (&self->agent_number, overrides->agent_number);
  replace_text (&self->queue, overrides->queue);
  if (overrides->direction != FL_CALL_DIRECTION_UNKNOWN)
    self->direction = overrides->direction;
  if (overrides->duration_ms >= 0)
    self->duration_ms = overrides->duration_ms;
  replace_text (&self->file_name, overrides->file_name);
  replace_text (&self->leg, overrides->leg);
  replace_text (&self->call_key, overrides->call_key);
  if (overrides->pattern != NULL)
    self->pattern = overrides->pattern;
  replace_text (&self->port, overrides->port);
}
