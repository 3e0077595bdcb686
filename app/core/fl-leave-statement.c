/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-leave-statement.h"

void
fl_leave_statement_free (FlLeaveStatement *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->job_number);
  g_free (self->team);
  g_clear_pointer (&self->totals, g_array_unref);
  g_clear_pointer (&self->requests, g_ptr_array_unref);
  g_clear_pointer (&self->absences, g_ptr_array_unref);
  g_free (self);
}
