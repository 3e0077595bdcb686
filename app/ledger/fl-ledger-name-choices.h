/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-ledger-name.h"

G_BEGIN_DECLS

/* A drop-down's list of @names (FlLedgerName, or NULL) after @none ("No
 * category"); @ids gets each entry's id, 0 for @none. */
GtkStringList *fl_ledger_name_choices (GListModel  *names,
                                       const char  *none,
                                       GArray     **ids);
/* The entry of @ids that is @id, or 0 (@none). */
guint          fl_ledger_name_choice_of (GArray  *ids,
                                         gint64   id);

G_END_DECLS
