/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-shift-type"

#include "config.h"

#include <string.h>

#include "fl-shift-type.h"

struct _FlShiftType
{
  GObject           parent_instance;

  FlShiftTypeFields fields;
};

G_DEFINE_FINAL_TYPE (FlShiftType, fl_shift_type, G_TYPE_OBJECT)

static void
fl_shift_type_finalize (GObject *object)
{
  FlShiftTypeFields *fields = &FL_SHIFT_TYPE (object)->fields;

  g_free (fields->code);
  g_free (fields->name);
  g_free (fields->colour);

  G_OBJECT_CLASS (fl_shift_type_parent_class)->finalize (object);
}

static void
fl_shift_type_class_init (FlShiftTypeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_shift_type_finalize;
}

static void
fl_shift_type_init (FlShiftType *self)
{
}

FlShiftType *
fl_shift_type_new (FlShiftTypeFields *fields)
{
  FlShiftType *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_SHIFT_TYPE, NULL);
  self->fields = *fields;
  memset (fields, 0, sizeof *fields);
  return self;
}

const FlShiftTypeFields *
fl_shift_type_get_fields (FlShiftType *self)
{
  g_return_val_if_fail (FL_IS_SHIFT_TYPE (self), NULL);

  return &self->fields;
}

char *
fl_shift_type_describe_times (FlShiftType *self)
{
  const FlShiftSpec *spec;

  g_return_val_if_fail (FL_IS_SHIFT_TYPE (self), NULL);

  spec = &self->fields.spec;
  if (spec->kind != FL_SHIFT_KIND_WORK)
    return g_strdup (self->fields.name);
  /* Midnight at the end of the shift's day reads 24:00. */
  return g_strdup_printf ("%02d:%02d–%02d:%02d", spec->start / 60, spec->start % 60,
                          spec->end == 0 ? 24 : spec->end / 60, spec->end % 60);
}
