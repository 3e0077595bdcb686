/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-database.h"

G_BEGIN_DECLS

typedef enum
{
  FL_RECORDING_SORT_STARTED_AT,
  FL_RECORDING_SORT_AGENT,
  FL_RECORDING_SORT_CALLER,
  FL_RECORDING_SORT_QUEUE,
  FL_RECORDING_SORT_DIRECTION,
  FL_RECORDING_SORT_DURATION,
  FL_RECORDING_SORT_STATE,
  FL_RECORDING_SORT_SCORE,
} FlRecordingSort;

#define FL_N_RECORDING_SORTS (FL_RECORDING_SORT_SCORE + 1)

typedef enum
{
  FL_RECORDING_STATE_ANY,
  FL_RECORDING_STATE_NOT_EVALUATED,
  FL_RECORDING_STATE_DRAFT,
  FL_RECORDING_STATE_SUBMITTED,
} FlRecordingStateFilter;

typedef enum
{
  FL_RECORDING_STATUS_ANY,
  FL_RECORDING_STATUS_ONLY_PRESENT,
  FL_RECORDING_STATUS_ONLY_MISSING,
  FL_RECORDING_STATUS_ONLY_UNREADABLE,
} FlRecordingStatusFilter;

/* Which recordings the library shows, and in what order. Every field is
 * optional: NULL, 0 or -1 leave it out. Set the text and time fields with
 * the setters (they copy). */
typedef struct
{
  char                    *search;           /* words, each matched anywhere in caller,
                                                callee, agent number, unique id, or the
                                                agent's name, English name or 工号 */
  GDateTime               *from;             /* started at or after */
  GDateTime               *until;            /* started before */
  gint64                   agent_staff_id;
  gint64                   team_id;           /* the agent's team, today */
  char                    *queue;
  gint64                   min_duration_ms;
  gint64                   max_duration_ms;
  FlRecordingStateFilter   state;
  FlRecordingStatusFilter  status;
  FlRecordingSort          sort;
  gboolean                 descending;
} FlRecordingQuery;

#define FL_TYPE_RECORDING_QUERY (fl_recording_query_get_type ())

GType             fl_recording_query_get_type    (void) G_GNUC_CONST;
FlRecordingQuery *fl_recording_query_new         (void);
FlRecordingQuery *fl_recording_query_copy        (const FlRecordingQuery  *self);
void              fl_recording_query_free        (FlRecordingQuery        *self);
gboolean          fl_recording_query_equal       (const FlRecordingQuery  *a,
                                                  const FlRecordingQuery  *b);
void              fl_recording_query_set_search  (FlRecordingQuery        *self,
                                                  const char              *search);
void              fl_recording_query_set_queue   (FlRecordingQuery        *self,
                                                  const char              *queue);
void              fl_recording_query_set_range   (FlRecordingQuery        *self,
                                                  GDateTime               *from,
                                                  GDateTime               *until);

/* "SELECT @columns FROM recordings r WHERE … ORDER BY …" with a parameter
 * for every value: no text from the query is ever part of the SQL. */
char             *fl_recording_query_to_sql      (const FlRecordingQuery  *self,
                                                  const char              *columns);
sqlite3_stmt     *fl_recording_query_prepare     (const FlRecordingQuery  *self,
                                                  FlDatabase              *database,
                                                  const char              *columns,
                                                  GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRecordingQuery, fl_recording_query_free)

G_END_DECLS
