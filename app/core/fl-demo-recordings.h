/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FL_DEMO_RECORDINGS_ERROR (fl_demo_recordings_error_quark ())

typedef enum
{
  FL_DEMO_RECORDINGS_ERROR_DAMAGED,   /* the built-in calls or their list are unreadable */
  FL_DEMO_RECORDINGS_ERROR_CONVERSION, /* GStreamer could not write a recording */
  FL_DEMO_RECORDINGS_ERROR_WRITE,     /* the folder or a file could not be written */
} FlDemoRecordingsError;

GQuark fl_demo_recordings_error_quark (void);

typedef enum
{
  FL_DEMO_SPEAKER_AGENT,
  FL_DEMO_SPEAKER_CUSTOMER,
} FlDemoSpeaker;

/* One turn of a call: who speaks when, and what (hanzi for Mandarin calls). */
typedef struct
{
  FlDemoSpeaker  speaker;
  gint64         start_ms;
  gint64         end_ms;
  char          *text;
} FlDemoTurn;

/* One recorded call of the demo center, as data/demo/calls.json describes
 * it, with its file names worked out for one creation time. */
typedef struct
{
  guint       number;           /* 1-based, the order of calls.json */
  char       *path;             /* relative to the folder, with "/"; for a leg
                                   pair the agent's leg */
  char       *second_path;      /* the customer's leg of a pair, else NULL */
  char       *source;           /* the Ogg/Opus source in the core resource */
  char       *format;           /* "wav-mulaw", "wav-alaw", "wav-pcm", "wav49",
                                   "mp3", "opus" or "flac" */
  guint       channels;         /* of each file: 2, or 1 for legs and GSM */
  char       *pattern;          /* "freepbx" or "oreka" */
  char       *language;         /* "zh" or "en" */
  char       *agent_job_number; /* 工号 */
  char       *agent_extension;
  char       *caller;           /* the customer's number */
  char       *queue;            /* or NULL */
  gboolean    outbound;
  GDateTime  *started_at;       /* local time, as the file name says */
  char       *unique_id;        /* FreePBX's; NULL for Oreka */
  gint64      duration_ms;
  char       *quality;          /* "good", "fault" or "critical" */
  GStrv       faults;           /* e.g. "no-closing-question", "argues-with-caller" */
  char       *scenario;
  char       *description;
  GPtrArray  *turns;            /* (element-type FlDemoTurn) */
} FlDemoCall;

void       fl_demo_call_free        (FlDemoCall    *self);

GPtrArray *fl_demo_recordings_list  (GDateTime     *now,
                                     GError       **error);
gboolean   fl_demo_recordings_write (const char    *folder,
                                     GDateTime     *now,
                                     GCancellable  *cancellable,
                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlDemoCall, fl_demo_call_free)

G_END_DECLS
