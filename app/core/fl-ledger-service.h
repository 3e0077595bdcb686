/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-holding.h"
#include "fl-ledger-asset.h"
#include "fl-ledger-entry.h"
#include "fl-ledger-item.h"
#include "fl-ledger-name.h"
#include "fl-loan.h"
#include "fl-purchase.h"
#include "fl-report-table.h"
#include "fl-session.h"
#include "fl-supply-line.h"

G_BEGIN_DECLS

#define FL_LEDGER_ERROR (fl_ledger_error_quark ())

typedef enum
{
  FL_LEDGER_ERROR_INVALID,     /* a field is wrong; the message says which */
  FL_LEDGER_ERROR_NOT_FOUND,   /* no such item, asset tag, person or entry */
  FL_LEDGER_ERROR_SHORT,       /* not that many in the store, or held by the person */
  FL_LEDGER_ERROR_STATE,       /* an asset is not where the movement needs it */
  FL_LEDGER_ERROR_REVERSED,    /* the entry is reversed already */
} FlLedgerError;

/* A reason or a note is at most this many characters. */
#define FL_LEDGER_TEXT_MAX 500

typedef enum
{
  FL_CONDITION_NEW,
  FL_CONDITION_GOOD,
  FL_CONDITION_FAIR,
  FL_CONDITION_POOR,
  FL_CONDITION_BROKEN,
} FlCondition;

/* A new asset of an item: its tag and what is written on it. */
typedef struct
{
  gint64       item_id;
  const char  *tag;             /* unique: "HS-0012" */
  const char  *serial_number;
  const char  *model;
  gint64       location_id;     /* 0: none */
  FlCondition  condition;
} FlAssetDraft;

/* A movement to record: an asset's by its tag, a consumable's by its item
 * and quantity. */
typedef struct
{
  FlMovement  movement;          /* not a transfer or a reversal */
  gint64      item_id;           /* a consumable's; for an asset, 0 or its item */
  const char *asset_tag;         /* an asset's, or NULL */
  double      quantity;          /* whole units (an asset: 1); an adjustment's signed */
  gint64      staff_id;          /* who receives or gives back; on a write-off, whose holding; or 0 */
  gint64      request_line_id;   /* the request it fulfils, or 0 */
  const char *reason;            /* needed for an adjustment and a write-off */
} FlMovementDraft;

#define FL_TYPE_LEDGER_SERVICE (fl_ledger_service_get_type ())
G_DECLARE_FINAL_TYPE (FlLedgerService, fl_ledger_service, FL, LEDGER_SERVICE, GObject)

GQuark           fl_ledger_error_quark          (void);
FlLedgerService *fl_ledger_service_new          (FlDatabase            *database);

/* The catalog: administrators; audited. Each returns the new row's id, or
 * 0 with @error set. */
gint64           fl_ledger_service_add_category (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const char            *name,
                                                 GError               **error);
gint64           fl_ledger_service_add_location (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const char            *name,
                                                 GError               **error);
/* Renames a category or a location; FALSE with @error if the name is
 * empty or another's already. Administrators; audited. */
gboolean         fl_ledger_service_rename_category (FlLedgerService    *self,
                                                    FlSession          *actor,
                                                    gint64              category_id,
                                                    const char         *name,
                                                    GError            **error);
gboolean         fl_ledger_service_rename_location (FlLedgerService    *self,
                                                    FlSession          *actor,
                                                    gint64              location_id,
                                                    const char         *name,
                                                    GError            **error);
/* The categories, or the locations, by name: a GListModel of FlLedgerName. */
GListModel      *fl_ledger_service_list_categories (FlLedgerService    *self,
                                                    FlSession          *actor,
                                                    GError            **error);
GListModel      *fl_ledger_service_list_locations  (FlLedgerService    *self,
                                                    FlSession          *actor,
                                                    GError            **error);
/* Adds (id 0) or changes an item: name, category, unit, reorder level,
 * loanable, active; its kind is set once. */
gint64           fl_ledger_service_save_item    (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const FlLedgerItemFields *fields,
                                                 GError               **error);
/* Adds an asset of an asset item and receives it into the store (one
 * ledger entry). */
gint64           fl_ledger_service_add_asset    (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const FlAssetDraft    *draft,
                                                 GError               **error);

/* Records @draft as one ledger entry, its balances and its audit row in
 * one transaction, refused with a message when it would take the store
 * or a person below nothing, move an asset that is not where the movement
 * needs it, or count a whole unit in parts. Administrators. Returns the
 * entry's id. */
gint64           fl_ledger_service_record       (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const FlMovementDraft *draft,
                                                 GError               **error);
/* One consumable counted at a stocktake (盘点). */
typedef struct
{
  gint64 item_id;
  double counted;
} FlStockCount;

/* Hands over what @from_staff_id holds to @to_staff_id (a headset passed
 * to a colleague): @quantity of a consumable, or the asset @tag, as two
 * entries — given up, received — in one transaction, for @reason. A loan
 * is not transferred. Administrators. Returns the second entry's id. */
gint64           fl_ledger_service_transfer     (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 gint64                 item_id,
                                                 const char            *tag,
                                                 double                 quantity,
                                                 gint64                 from_staff_id,
                                                 gint64                 to_staff_id,
                                                 const char            *reason,
                                                 GError               **error);
/* A stocktake: each count that differs from the stock on hand becomes an
 * adjustment entry with @reason, all in one transaction. Returns in
 * @n_adjusted how many items differed. Administrators. */
gboolean         fl_ledger_service_stocktake    (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const FlStockCount    *counts,
                                                 guint                  n_counts,
                                                 const char            *reason,
                                                 guint                 *n_adjusted,
                                                 GError               **error);
/* Undoes entry @entry_id with a reversing entry (never by changing it),
 * for @reason; an asset's latest entry only. Returns the reversal's id. */
gint64           fl_ledger_service_reverse      (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 gint64                 entry_id,
                                                 const char            *reason,
                                                 GError               **error);

/* Every item with its stock on hand, by name: a GListModel of FlLedgerItem. */
GListModel      *fl_ledger_service_list_stock    (FlLedgerService       *self,
                                                  FlSession             *actor,
                                                  GError               **error);
/* What @staff_id holds, issued or on loan: a GListModel of FlHolding. */
GListModel      *fl_ledger_service_list_holdings (FlLedgerService       *self,
                                                  FlSession             *actor,
                                                  gint64                 staff_id,
                                                  GError               **error);
/* @item_id's assets by tag, with where each is: a GListModel of FlLedgerAsset. */
GListModel      *fl_ledger_service_list_assets   (FlLedgerService       *self,
                                                  FlSession             *actor,
                                                  gint64                 item_id,
                                                  GError               **error);
/* @item_id's entries newest first, at most @limit, before entry @before_id
 * (0: from the newest): a GListModel of FlLedgerEntry. */
GListModel      *fl_ledger_service_list_history  (FlLedgerService       *self,
                                                  FlSession             *actor,
                                                  gint64                 item_id,
                                                  gint64                 before_id,
                                                  guint                  limit,
                                                  GError               **error);

/* Requests (申领) and pooled purchasing (集中申购) */

/* A line a lead asks for: an item and how many, in whole units. */
typedef struct
{
  gint64      item_id;
  double      quantity;
  const char *reason;
} FlSupplyLineDraft;

typedef struct
{
  gint64                   for_staff_id;   /* a person of the team, or 0: the team, the filer signing for it */
  const char              *note;
  const FlSupplyLineDraft *lines;
  guint                    n_lines;
} FlSupplyDraft;

/* Which lines to list. */
typedef enum
{
  FL_SUPPLY_LINES_WAITING,     /* for a decision: the head's and administrators' inbox */
  FL_SUPPLY_LINES_TO_ISSUE,    /* approved and not all issued: the store's work */
  FL_SUPPLY_LINES_RECENT,      /* the last 90 days' that @actor may follow (a lead: their team's) */
} FlSupplyLines;

/* Files a request with its lines: a lead for a person of their team or
 * for the team, the head and administrators for anyone. Audited. Returns
 * the request's id. */
gint64           fl_ledger_service_file_request (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 const FlSupplyDraft   *draft,
                                                 GError               **error);
/* Whether @actor may file a request for @staff_id: an active person of
 * their team, or anyone for the head and administrators. */
gboolean         fl_ledger_service_may_request_for (FlLedgerService   *self,
                                                    FlSession         *actor,
                                                    gint64             staff_id);
/* Approves or rejects line @line_id with @comment (needed to reject): the
 * department head or an administrator. */
gboolean         fl_ledger_service_decide_line  (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 gint64                 line_id,
                                                 FlSupplyDecision       decision,
                                                 const char            *comment,
                                                 GError               **error);
/* A GListModel of FlSupplyLine, oldest first. */
GListModel      *fl_ledger_service_list_lines   (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 FlSupplyLines          which,
                                                 GError               **error);
/* Issues from the store against approved line @line_id: @quantity of a
 * consumable, or the assets of @tags (NULL-terminated), to whoever the
 * line is for; never more than was approved. Administrators. */
gboolean         fl_ledger_service_issue_line   (FlLedgerService       *self,
                                                 FlSession             *actor,
                                                 gint64                 line_id,
                                                 int                    quantity,
                                                 const char * const    *tags,
                                                 GError               **error);
/* Asks to buy what the store cannot cover of approved line @line_id.
 * Returns the purchase's id. Administrators. */
gint64           fl_ledger_service_request_purchase (FlLedgerService   *self,
                                                     FlSession         *actor,
                                                     gint64             line_id,
                                                     GError           **error);
/* A purchase ordered, then received: receiving adds its quantity of a
 * consumable to the store, or the assets of @tags (one per unit). */
gboolean         fl_ledger_service_mark_ordered  (FlLedgerService      *self,
                                                  FlSession            *actor,
                                                  gint64                purchase_id,
                                                  GError              **error);
/* The purchases not yet received (all of them with @include_received), by
 * item so that those of the same item are ordered together: a GListModel
 * of FlPurchase. Those who may see the ledger. */
GListModel      *fl_ledger_service_list_purchases (FlLedgerService     *self,
                                                   FlSession           *actor,
                                                   gboolean             include_received,
                                                   GError             **error);
gboolean         fl_ledger_service_receive_purchase (FlLedgerService   *self,
                                                     FlSession         *actor,
                                                     gint64             purchase_id,
                                                     const char * const *tags,
                                                     GError           **error);

/* Loans (借用) */

/* Lends the loanable asset @tag to @staff_id until @due_on (YYYY-MM-DD, today
 * or later) for @purpose: a loan-out entry and the loan, in one
 * transaction. Administrators. Returns the loan's id. */
gint64           fl_ledger_service_lend          (FlLedgerService      *self,
                                                  FlSession            *actor,
                                                  const char           *tag,
                                                  gint64                staff_id,
                                                  const char           *due_on,
                                                  const char           *purpose,
                                                  GError              **error);
/* The asset of loan @loan_id back in the store, in @condition, with @note. */
gboolean         fl_ledger_service_take_back     (FlLedgerService      *self,
                                                  FlSession            *actor,
                                                  gint64                loan_id,
                                                  FlCondition           condition,
                                                  const char           *note,
                                                  GError              **error);
/* The loans still out (all of them with @include_returned), of @staff_id
 * or everyone's (0), the most overdue first: a GListModel of FlLoan. */
GListModel      *fl_ledger_service_list_loans    (FlLedgerService      *self,
                                                  FlSession            *actor,
                                                  gint64                staff_id,
                                                  gboolean              include_returned,
                                                  GError              **error);

/* Reports, each one table for the screen, paper and a spreadsheet (see
 * FlReportTable), headings in the UI's language */

/* Every item with its stock on hand, those at or under their reorder level first. */
FlReportTable   *fl_ledger_service_report_stock     (FlLedgerService   *self,
                                                     FlSession         *actor,
                                                     GError           **error);
/* What @staff_id holds, with their open loans and due days. */
FlReportTable   *fl_ledger_service_report_holdings  (FlLedgerService   *self,
                                                     FlSession         *actor,
                                                     gint64             staff_id,
                                                     GError           **error);
/* Every movement from @first to @last (YYYY-MM-DD, local days), oldest
 * first; in a worker thread with the _async variant, as a range of a busy
 * ledger holds many thousands. */
FlReportTable   *fl_ledger_service_report_movements (FlLedgerService   *self,
                                                     FlSession         *actor,
                                                     const char        *first,
                                                     const char        *last,
                                                     GError           **error);
void             fl_ledger_service_report_movements_async  (FlLedgerService     *self,
                                                            FlSession           *actor,
                                                            const char          *first,
                                                            const char          *last,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
FlReportTable   *fl_ledger_service_report_movements_finish (FlLedgerService     *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

const char      *fl_condition_to_string          (FlCondition            condition);

G_END_DECLS
