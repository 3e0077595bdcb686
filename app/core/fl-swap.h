/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_SWAP_PENDING,
  FL_SWAP_APPROVED,
  FL_SWAP_REJECTED,
} FlSwapState;

/* A swap (换班): two agents exchange their cells on the first day and on
 * the second (one day when both are the same). */
typedef struct
{
  gint64       id;
  gint64       first_staff_id;
  char        *first_name;
  char        *first_day;          /* YYYY-MM-DD */
  gint64       second_staff_id;
  char        *second_name;
  char        *second_day;
  char        *reason;
  FlSwapState  state;
  char        *filed_by;
  char        *filed_at;
  char        *decided_by;         /* NULL while pending */
  char        *decided_at;
  char        *decision_comment;
} FlSwapFields;

#define FL_TYPE_SWAP (fl_swap_get_type ())
G_DECLARE_FINAL_TYPE (FlSwap, fl_swap, FL, SWAP, GObject)

/* Takes the strings of @fields. */
FlSwap             *fl_swap_new                (FlSwapFields *fields);
const FlSwapFields *fl_swap_get_fields         (FlSwap       *self);
const char         *fl_swap_state_to_string    (FlSwapState   state);
FlSwapState         fl_swap_state_from_string  (const char   *text);

G_END_DECLS
