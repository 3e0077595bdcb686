/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-import-summary.h"

G_BEGIN_DECLS

#define FL_TYPE_IMPORT_DIALOG (fl_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlImportDialog, fl_import_dialog, FL, IMPORT_DIALOG, AdwWindow)

GtkWidget *fl_import_dialog_new         (GtkWindow             *parent);

GtkWidget *fl_import_summary_dialog_new (GtkWindow             *parent,
                                         const FlImportSummary *summary);

G_END_DECLS
