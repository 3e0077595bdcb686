/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* The one way a change is recorded: who, when, what, and the row before and after.
 * Call it inside the transaction that makes the change, so both land or neither. */
gboolean  fl_audit_record   (FlDatabase  *database,
                             FlSession   *actor,
                             const char  *entity,
                             gint64       entity_id,
                             const char  *action,
                             JsonNode    *before,
                             JsonNode    *after,
                             GError     **error);
JsonNode *fl_audit_snapshot (FlDatabase  *database,
                             const char  *table,
                             gint64       id,
                             GError     **error);
/* After a row is added (@before NULL) or changed: records it as it now
 * stands, as fl_audit_record() does. */
gboolean  fl_audit_record_saved (FlDatabase  *database,
                                 FlSession   *actor,
                                 const char  *table,
                                 gint64       id,
                                 JsonNode    *before,
                                 GError     **error);
gint64    fl_audit_count    (FlDatabase  *database,
                             const char  *entity,
                             gint64       entity_id);

G_END_DECLS
