/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-call-metadata.h"

G_BEGIN_DECLS

/* One recording to import: a single file, or the two mono legs of one call.
 * A pair is played as stereo with the agent on channel 0 (path) and the
 * customer on channel 1 (second_path). */
typedef struct
{
  char *path;
  char *second_path;
} FlRecordingGroup;

gboolean   fl_recording_names_parse       (const char       *relative_path,
                                           FlCallMetadata   *metadata);
gboolean   fl_recording_names_is_audio    (const char       *file_name);
char      *fl_recording_names_call_key    (const char       *relative_path);
GPtrArray *fl_recording_names_pair_legs   (GPtrArray        *relative_paths);

void       fl_recording_group_free        (FlRecordingGroup *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRecordingGroup, fl_recording_group_free)

G_END_DECLS
