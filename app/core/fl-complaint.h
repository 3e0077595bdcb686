/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_COMPLAINT_OPEN,            /* not verified yet */
  FL_COMPLAINT_CONFIRMED,       /* caused by the agent: costs complaint points */
  FL_COMPLAINT_NOT_CONFIRMED,
} FlComplaintState;

/* A complaint (投诉) about an agent, as logged and as verified. */
typedef struct
{
  gint64            id;
  char             *received_on;       /* YYYY-MM-DD */
  char             *caller;
  gint64            agent_staff_id;
  char             *agent_name;
  char             *description;
  char             *filed_by;
  FlComplaintState  state;
  char             *verified_by;
  char             *verified_at;
  char             *verification_note;
  gboolean          seen_by_head;
  GArray           *recording_ids;     /* gint64: the recordings it concerns */
} FlComplaintFields;

#define FL_TYPE_COMPLAINT (fl_complaint_get_type ())
G_DECLARE_FINAL_TYPE (FlComplaint, fl_complaint, FL, COMPLAINT, GObject)

/* Takes what @fields holds. */
FlComplaint             *fl_complaint_new                (FlComplaintFields *fields);
const FlComplaintFields *fl_complaint_get_fields         (FlComplaint       *self);
const char              *fl_complaint_state_to_string    (FlComplaintState   state);
FlComplaintState         fl_complaint_state_from_string  (const char        *text);

G_END_DECLS
