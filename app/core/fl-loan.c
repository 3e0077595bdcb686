/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-loan.h"

struct _FlLoan
{
  GObject      parent_instance;

  FlLoanFields fields;
};

G_DEFINE_FINAL_TYPE (FlLoan, fl_loan, G_TYPE_OBJECT)

static void
fl_loan_finalize (GObject *object)
{
  FlLoan *self = FL_LOAN (object);

  g_free (self->fields.asset_tag);
  g_free (self->fields.item_name);
  g_free (self->fields.staff_name);
  g_free (self->fields.purpose);
  g_free (self->fields.out_on);
  g_free (self->fields.due_on);
  g_free (self->fields.returned_on);

  G_OBJECT_CLASS (fl_loan_parent_class)->finalize (object);
}

static void
fl_loan_class_init (FlLoanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_loan_finalize;
}

static void
fl_loan_init (FlLoan *self)
{
}

FlLoan *
fl_loan_new (const FlLoanFields *fields)
{
  FlLoan *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_LOAN, NULL);
  self->fields = *fields;
  self->fields.asset_tag = g_strdup (fields->asset_tag);
  self->fields.item_name = g_strdup (fields->item_name);
  self->fields.staff_name = g_strdup (fields->staff_name);
  self->fields.purpose = g_strdup (fields->purpose ? fields->purpose : "");
  self->fields.out_on = g_strdup (fields->out_on);
  self->fields.due_on = g_strdup (fields->due_on);
  self->fields.returned_on = g_strdup (fields->returned_on);
  return self;
}

const FlLoanFields *
fl_loan_get_fields (FlLoan *self)
{
  g_return_val_if_fail (FL_IS_LOAN (self), NULL);

  return &self->fields;
}
