/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-import-summary.h"
#include "fl-recording-filters.h"
#include "fl-recording-library.h"
#include "fl-recording-rows.h"
#include "fl-recording-service.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

/* A column's sorter never sorts: asked to compare, it says which column it
 * is (see sorter_changed_cb). */
typedef struct
{
  FlRecordingLibrary *self;
  FlRecordingSort     sort;
} SortProbe;

struct _FlRecordingLibrary
{
  AdwBin                parent_instance;

  FlDatabase           *database;
  FlSession            *session;
  FlRecordingService   *service;
  FlStaffService       *staff;
  FlRecordingList      *list;
  FlRecordingRows      *rows;         /* what the column view shows: list, in rows that keep their place */
  GError               *list_error;
  FlRecordingFilters   *filters;
  SortProbe             probes[FL_N_RECORDING_SORTS];
  int                   asked_sort;
  FlRecordingSort       sort;
  gboolean              descending;
  gboolean              loaded;
  guint                 spinner_source;
  gint64                selected_id;
  GCancellable         *import_cancellable;
  FlImportSummary      *last_summary;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filters_button;
  GtkWidget            *import_button;
  GtkRevealer          *import_revealer;
  GtkLabel             *import_label;
  GtkProgressBar       *import_progress;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkColumnViewColumn  *date_column;
  GtkColumnViewColumn  *agent_column;
  GtkColumnViewColumn  *caller_column;
  GtkColumnViewColumn  *queue_column;
  GtkColumnViewColumn  *direction_column;
  GtkColumnViewColumn  *duration_column;
  GtkColumnViewColumn  *state_column;
  GtkColumnViewColumn  *score_column;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_import_button;
  GtkWidget            *empty_clear_button;
  GtkWidget            *empty_retry_button;
  GtkSpinner           *spinner;
  GtkLabel             *count_label;
};

gboolean   _fl_recording_library_can_import        (FlRecordingLibrary *self);
GtkWindow *_fl_recording_library_get_window        (FlRecordingLibrary *self);
void       _fl_recording_library_show_toast        (FlRecordingLibrary *self,
                                                    const char         *text,
                                                    gboolean            important);
void       _fl_recording_library_update_actions    (FlRecordingLibrary *self);
GtkListItemFactory *_fl_recording_library_cell_factory_new (FlRecordingSort column);
void       _fl_recording_library_class_import_init (GtkWidgetClass     *widget_class);

G_END_DECLS
