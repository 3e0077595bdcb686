/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-recording-query.h"
#include "fl-recording-service.h"
#include "fl-session.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

#define FL_TYPE_RECORDING_FILTERS (fl_recording_filters_get_type ())
G_DECLARE_FINAL_TYPE (FlRecordingFilters, fl_recording_filters, FL, RECORDING_FILTERS, GtkPopover)

GtkWidget *fl_recording_filters_new            (FlRecordingService *recordings,
                                                FlStaffService     *staff,
                                                FlSession          *session);
void       fl_recording_filters_apply          (FlRecordingFilters *self,
                                                FlRecordingQuery   *query);
guint      fl_recording_filters_get_n_active   (FlRecordingFilters *self);
void       fl_recording_filters_clear          (FlRecordingFilters *self);
void       fl_recording_filters_reload_choices (FlRecordingFilters *self);

G_END_DECLS
