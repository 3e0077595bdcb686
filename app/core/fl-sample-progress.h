/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FL_SAMPLE_PROGRESS_AGENT,     /* the calls drawn of one agent */
  FL_SAMPLE_PROGRESS_ASSIGNEE,  /* the calls assigned to one auditor or lead */
} FlSampleProgressKind;

/* How far a month's sampling plan has come, for one agent or one assignee. */
typedef struct
{
  FlSampleProgressKind kind;
  gint64               id;                    /* staff id (agent) or account id (assignee) */
  guint                qa_assigned;
  guint                qa_done;
  guint                monitoring_assigned;
  guint                monitoring_done;
  guint                unassigned;            /* drawn calls nobody could take */
  gboolean             overdue;               /* the month is over with calls left */
  gboolean             due_soon;              /* calls left in the month's last days */
} FlSampleProgressFigures;

#define FL_TYPE_SAMPLE_PROGRESS (fl_sample_progress_get_type ())
G_DECLARE_FINAL_TYPE (FlSampleProgress, fl_sample_progress, FL, SAMPLE_PROGRESS, GObject)

FlSampleProgress              *fl_sample_progress_new         (const FlSampleProgressFigures *figures,
                                                               const char                    *name);
const FlSampleProgressFigures *fl_sample_progress_get_figures (FlSampleProgress              *self);
const char                    *fl_sample_progress_get_name    (FlSampleProgress              *self);
guint                          fl_sample_progress_get_remaining (FlSampleProgress            *self);

G_END_DECLS
