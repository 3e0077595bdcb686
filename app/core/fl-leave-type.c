/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-type"

#include "config.h"

#include "fl-leave-type.h"

struct _FlLeaveType
{
  GObject           parent_instance;

  FlLeaveTypeFields fields;
};

G_DEFINE_FINAL_TYPE (FlLeaveType, fl_leave_type, G_TYPE_OBJECT)

static void
fl_leave_type_finalize (GObject *object)
{
  FlLeaveType *self = FL_LEAVE_TYPE (object);

  g_free (self->fields.code);
  g_free (self->fields.name);
  g_free (self->fields.colour);

  G_OBJECT_CLASS (fl_leave_type_parent_class)->finalize (object);
}

static void
fl_leave_type_class_init (FlLeaveTypeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_leave_type_finalize;
}

static void
fl_leave_type_init (FlLeaveType *self)
{
}

FlLeaveType *
fl_leave_type_new (const FlLeaveTypeFields *fields)
{
  FlLeaveType *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_LEAVE_TYPE, NULL);
  self->fields = *fields;
  self->fields.code = g_strdup (fields->code);
  self->fields.name = g_strdup (fields->name);
  self->fields.colour = g_strdup (fields->colour);
  return self;
}

const FlLeaveTypeFields *
fl_leave_type_get_fields (FlLeaveType *self)
{
  g_return_val_if_fail (FL_IS_LEAVE_TYPE (self), NULL);

  return &self->fields;
}
