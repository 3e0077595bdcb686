/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A named row of the catalog's short lists: a category (耳麦类) or a
 * location (三楼仓库). "name" is a property, for a drop-down's expression. */
#define FL_TYPE_LEDGER_NAME (fl_ledger_name_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerName, fl_ledger_name, FL, LEDGER_NAME, GObject)

FlLedgerName *fl_ledger_name_new      (gint64        id,
                                       const char   *name);
gint64        fl_ledger_name_get_id   (FlLedgerName *self);
const char   *fl_ledger_name_get_name (FlLedgerName *self);

G_END_DECLS
