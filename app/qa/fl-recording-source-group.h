/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_SOURCE_GROUP (fl_recording_source_group_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingSourceGroup, fl_recording_source_group, FL, RECORDING_SOURCE_GROUP,
                      AdwPreferencesGroup)

/* Preferences' recording servers: each with its last sync, its counts and
 * its last error, synced on demand by those who import recordings, added
 * and changed by administrators. */
void fl_recording_source_group_load (FlRecordingSourceGroup *self,
                                     FlDatabase             *database,
                                     FlSession              *session);

G_END_DECLS
