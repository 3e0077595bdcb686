/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-database.h"
#include "fl-recording.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_LIBRARY (fl_recording_library_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingLibrary, fl_recording_library, FL, RECORDING_LIBRARY, AdwBin)

GtkWidget *fl_recording_library_new     (FlDatabase         *database,
                                         FlSession          *session);
void       fl_recording_library_refresh (FlRecordingLibrary *self);

G_END_DECLS
