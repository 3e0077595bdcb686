/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* An asset lent to a named person (借用) until a day. */
typedef struct
{
  gint64    id;
  gint64    asset_id;
  char     *asset_tag;
  char     *item_name;
  gint64    staff_id;
  char     *staff_name;
  char     *purpose;
  char     *out_on;        /* YYYY-MM-DD */
  char     *due_on;
  char     *returned_on;   /* or NULL while out */
  int       days_overdue;  /* past the due day while out, as of today; 0 otherwise */
} FlLoanFields;

#define FL_TYPE_LOAN (fl_loan_get_type ())
G_DECLARE_FINAL_TYPE (FlLoan, fl_loan, FL, LOAN, GObject)

/* Copies @fields. */
FlLoan             *fl_loan_new        (const FlLoanFields *fields);
const FlLoanFields *fl_loan_get_fields (FlLoan             *self);

G_END_DECLS
