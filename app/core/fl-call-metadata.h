/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FL_CALL_DIRECTION_UNKNOWN,
  FL_CALL_DIRECTION_INBOUND,
  FL_CALL_DIRECTION_OUTBOUND,
  FL_CALL_DIRECTION_INTERNAL,
} FlCallDirection;

const char      *fl_call_direction_to_code   (FlCallDirection  direction);
FlCallDirection  fl_call_direction_from_code (const char      *code);
const char      *fl_call_direction_to_label  (FlCallDirection  direction);

/* What is known about one call, from its file name, a CDR row, or both.
 * Every field may be unknown: NULL strings, a NULL started_at, a negative
 * duration_ms. */
typedef struct
{
  char            *unique_id;
  GDateTime       *started_at;    /* with the PBX's time zone (local unless the CDR says) */
  char            *caller;
  char            *callee;
  char            *agent_number;  /* extension or 工号 */
  char            *queue;
  FlCallDirection  direction;
  gint64           duration_ms;
  char            *file_name;     /* CDR rows: the recording's file name (basename) */
  char            *leg;           /* "in", "out", "r", "t" for one leg of a pair; else NULL */
  char            *call_key;      /* the relative path without the leg suffix: legs of
                                     one call share it */
  const char      *pattern;       /* "freepbx", "oreka" or NULL (static string) */
  char            *port;          /* Oreka: the capture port or trunk; else NULL */
} FlCallMetadata;

FlCallMetadata *fl_call_metadata_new   (void);
FlCallMetadata *fl_call_metadata_copy  (const FlCallMetadata *self);
void            fl_call_metadata_free  (FlCallMetadata       *self);
/* Fields set in @overrides replace those of @self (CDR over file name). */
void            fl_call_metadata_merge (FlCallMetadata       *self,
                                        const FlCallMetadata *overrides);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlCallMetadata, fl_call_metadata_free)

G_END_DECLS
