/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-remote-source-service.h"

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_SOURCE_DIALOG (fl_recording_source_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingSourceDialog, fl_recording_source_dialog, FL, RECORDING_SOURCE_DIALOG, FlFormDialog)

/* An administrator adds a recording server (@source NULL) or changes one:
 * its address, what it lists, how it signs in (the password or token goes
 * to the keyring), its CA and how often it is synced. */
GtkWidget *fl_recording_source_dialog_new (GtkWidget             *parent,
                                           FlRemoteSourceService *service,
                                           FlSession             *actor,
                                           FlRemoteSource        *source);

G_END_DECLS
