/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-audit.h"
#include "fl-ledger-service.h"

G_BEGIN_DECLS

/* For the ledger service's files. */
FlDatabase *_fl_ledger_service_get_database (FlLedgerService *self);
/* What the service writes as now (UTC ISO-8601) and as today (local
 * YYYY-MM-DD): the clock's time, or now. The demo sets the clock to write
 * its past through the service; NULL puts it back. */
void        _fl_ledger_service_set_clock    (FlLedgerService *self,
                                             GDateTime       *now);
char       *_fl_ledger_service_now_utc      (FlLedgerService *self);
char       *_fl_ledger_service_today        (FlLedgerService *self);

/* One entry to write: what moved, by how much, whose. */
typedef struct
{
  FlMovement        movement;
  gint64            item_id;
  gint64            asset_id;          /* or 0 */
  FlMovementChanges changes;
  gint64            staff_id;          /* or 0 */
  gint64            reverses_id;       /* or 0 */
  gint64            request_line_id;   /* or 0 */
  const char       *reason;
  int               asset_status;      /* the asset's after it (FlAssetStatus), or -1 */
  gint64            holder_staff_id;   /* who holds the asset then, or 0 */
} FlLedgerWrite;

/* fl-ledger-service-moves.c: writes one entry of the ledger with its
 * audit row and keeps the balances from it, inside the caller's
 * transaction: the store's stock, the person's holding, the asset's
 * state. Returns the entry's id, or 0. */
gint64      _fl_ledger_write_entry (FlLedgerService     *self,
                                    FlSession           *actor,
                                    const FlLedgerWrite *write,
                                    GError             **error);

/* fl_ledger_service_record() for the service's own calls: loans, and
 * issues against a request line, which they keep in step. */
gint64      _fl_ledger_record      (FlLedgerService       *self,
                                    FlSession             *actor,
                                    const FlMovementDraft *draft,
                                    GError               **error);

/* fl-ledger-service-requests.c: an audit row with @table's row @id as it
 * is now; and one request line. */
gboolean      _fl_ledger_run_audited (FlDatabase       *database,
                                      FlSession        *actor,
                                      const char       *table,
                                      gint64            id,
                                      const char       *action,
                                      JsonNode         *before,
                                      GError          **error);
FlSupplyLine *_fl_ledger_read_line   (FlLedgerService  *self,
                                      gint64            line_id,
                                      GError          **error);

G_END_DECLS
