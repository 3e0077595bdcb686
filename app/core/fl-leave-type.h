/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-leave-route.h"

G_BEGIN_DECLS

/* A leave type as the center keeps it (年假, 事假, 病假…). */
typedef struct
{
  gint64             id;
  char              *code;          /* "annual" */
  char              *name;          /* translated */
  FlLeaveCategory    category;
  gboolean           paid;
  int                notice_days;   /* -1: Preferences' notice for its category */
  FlLeaveAttachment  attachment;
  gboolean           counts_balance;
  gboolean           half_days;
  char              *colour;        /* #rrggbb */
} FlLeaveTypeFields;

#define FL_TYPE_LEAVE_TYPE (fl_leave_type_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveType, fl_leave_type, FL, LEAVE_TYPE, GObject)

/* Copies @fields. */
FlLeaveType             *fl_leave_type_new        (const FlLeaveTypeFields *fields);
const FlLeaveTypeFields *fl_leave_type_get_fields (FlLeaveType             *self);

G_END_DECLS
