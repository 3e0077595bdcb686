/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-ledger-item.h"

G_BEGIN_DECLS

typedef enum
{
  FL_SUPPLY_UNDECIDED,
  FL_SUPPLY_APPROVED,
  FL_SUPPLY_REJECTED,
} FlSupplyDecision;

/* One line of a supply request (申领): an item, how many, and where it
 * stands. */
typedef struct
{
  gint64            id;
  gint64            request_id;
  gint64            item_id;
  char             *item_name;
  FlItemKind        kind;
  char             *unit;
  int               quantity;
  char             *reason;
  FlSupplyDecision  decision;
  char             *comment;         /* the approver's */
  int               issued;          /* issued so far */
  int               purchasing;      /* in a purchase not yet received */
  int               on_hand;         /* the store's stock of the item */
  gint64            receiver_id;     /* who receives it */
  char             *receiver_name;
  gboolean          for_team;        /* asked for the team; the lead signs for it */
  char             *filed_by;        /* a display name */
  char             *filed_at;        /* UTC ISO-8601 */
  char             *note;            /* the request's */
} FlSupplyLineFields;

#define FL_TYPE_SUPPLY_LINE (fl_supply_line_get_type ())
G_DECLARE_FINAL_TYPE (FlSupplyLine, fl_supply_line, FL, SUPPLY_LINE, GObject)

/* Copies @fields. */
FlSupplyLine             *fl_supply_line_new        (const FlSupplyLineFields *fields);
const FlSupplyLineFields *fl_supply_line_get_fields (FlSupplyLine             *self);

G_END_DECLS
