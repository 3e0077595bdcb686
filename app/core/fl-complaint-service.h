/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-complaint.h"
#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* The moment of a recording that a verification points to. */
typedef struct
{
  gint64 recording_id;
  gint64 start_ms;
  gint64 end_ms;       /* -1 for a moment */
} FlComplaintMoment;

#define FL_TYPE_COMPLAINT_SERVICE (fl_complaint_service_get_type ())
G_DECLARE_FINAL_TYPE (FlComplaintService, fl_complaint_service, FL, COMPLAINT_SERVICE, GObject)

FlComplaintService *fl_complaint_service_new    (FlDatabase          *database);

/* Logs a complaint received on @received_on (YYYY-MM-DD, not in the
 * future) about @agent_staff_id, concerning @recording_ids (may be empty).
 * Returns its id, or 0. */
gint64      fl_complaint_service_file           (FlComplaintService  *self,
                                                 FlSession           *actor,
                                                 const char          *received_on,
                                                 const char          *caller,
                                                 gint64               agent_staff_id,
                                                 const char          *description,
                                                 const gint64        *recording_ids,
                                                 guint                n_recordings,
                                                 GError             **error);
/* A QA auditor's verdict against the recordings, with a note and the
 * moments it rests on; a confirmed complaint costs the agent complaint
 * points in its month and waits for the department head. */
gboolean    fl_complaint_service_verify         (FlComplaintService  *self,
                                                 FlSession           *actor,
                                                 gint64               complaint_id,
                                                 gboolean             confirmed,
                                                 const char          *note,
                                                 const FlComplaintMoment *moments,
                                                 guint                n_moments,
                                                 GError             **error);
/* The department head has seen a confirmed complaint. */
gboolean    fl_complaint_service_mark_seen      (FlComplaintService  *self,
                                                 FlSession           *actor,
                                                 gint64               complaint_id,
                                                 GError             **error);
/* A GListModel of FlComplaint received in @month (NULL: all), newest
 * first; @unseen_only keeps the confirmed ones the head has not seen. */
GListModel *fl_complaint_service_list           (FlComplaintService  *self,
                                                 FlSession           *actor,
                                                 const char          *month,
                                                 gboolean             unseen_only,
                                                 GError             **error);

G_END_DECLS
