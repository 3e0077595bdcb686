/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-score.h"

G_BEGIN_DECLS

typedef enum
{
  FL_DISPUTE_OPEN,
  FL_DISPUTE_KEPT,       /* the auditor's answer stands */
  FL_DISPUTE_ACCEPTED,   /* the proposed answer replaces it */
  FL_DISPUTE_CHANGED,    /* another answer replaces it */
} FlDisputeState;

/* A team lead's dispute (申诉) of one item of a submitted evaluation. */
typedef struct
{
  gint64          id;
  gint64          evaluation_id;
  gint64          recording_id;      /* the disputed call */
  gint64          item_id;
  char           *item_text;
  char           *agent_name;
  char           *filed_by;
  char           *filed_at;
  char           *reason;
  FlAnswerState   proposed_state;
  int             proposed_points;
  FlDisputeState  state;
  char           *decided_by;        /* NULL while open */
  char           *decided_at;
  char           *decision_comment;
  FlAnswerState   decided_state;
  int             decided_points;
} FlDisputeFields;

#define FL_TYPE_DISPUTE (fl_dispute_get_type ())
G_DECLARE_FINAL_TYPE (FlDispute, fl_dispute, FL, DISPUTE, GObject)

/* Takes the strings of @fields. */
FlDispute             *fl_dispute_new            (FlDisputeFields *fields);
const FlDisputeFields *fl_dispute_get_fields     (FlDispute       *self);
const char            *fl_dispute_state_to_string (FlDisputeState  state);
FlDisputeState         fl_dispute_state_from_string (const char   *text);

G_END_DECLS
