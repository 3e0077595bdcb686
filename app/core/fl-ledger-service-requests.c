/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-ledger-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fl-audit.h"
#include "fl-ledger-service-private.h"
#include "fl-sql.h"

/* Supply requests (申领): a lead asks, the head or an administrator
 * decides each line, the store issues from stock or buys what it lacks
 * with the others' (集中申购). */

#define MAX_LINES 50
#define MAX_QUANTITY 10000
#define RECENT_DAYS 90

gboolean
_fl_ledger_run_audited (FlDatabase  *database,
                        FlSession   *actor,
                        const char  *table,
                        gint64       id,
                        const char  *action,
                        JsonNode    *before,
                        GError     **error)
{
  g_autoptr(JsonNode) after = fl_audit_snapshot (database, table, id, error);

  return after != NULL && fl_audit_record (database, actor, table, id, action, before, after, error);
}

/* Filing */

typedef struct
{
  FlLedgerService     *self;
  FlSession           *actor;
  const FlSupplyDraft *draft;
  gint64               receiver;
  gint64               id;
} Filing;

/* Whom @actor may ask for: a lead their own team's people, or the team
 * (signing for it themselves); the head and administrators anyone. */
static gboolean
choose_receiver (Filing  *filing,
                 GError **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (filing->self);
  gint64 own = fl_session_get_staff_id (filing->actor);
  gint64 person = filing->draft->for_staff_id;
  gboolean everyone = fl_session_has_role (filing->actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (person == 0)
    {
      if (own == 0)
        {
          g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                               _("Your account is not on the staff list, so it cannot sign for the team: choose "
                                 "the person the request is for."));
          return FALSE;
        }
      filing->receiver = own;
      return TRUE;
    }
  statement = fl_database_prepare (database,
                                   "SELECT s.name, s.status = 'active', coalesce (t.lead_staff_id, 0) "
                                   "FROM staff s LEFT JOIN teams t ON t.id = s.team_id WHERE s.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, person);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This person is not on the staff list."));
      return FALSE;
    }
  if (!sqlite3_column_int (statement, 1))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("%s has left the center: nothing is issued to them."),
                   fl_sql_column_text (statement, 0));
      return FALSE;
    }
  if (!everyone && (own == 0 || (sqlite3_column_int64 (statement, 2) != own && person != own)))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   _("%s is not in your team: their own team lead asks for them."), fl_sql_column_text (statement, 0));
      return FALSE;
    }
  filing->receiver = person;
  return TRUE;
}

gboolean
fl_ledger_service_may_request_for (FlLedgerService *self,
                                   FlSession       *actor,
                                   gint64           staff_id)
{
  FlSupplyDraft draft = { .for_staff_id = staff_id };
  Filing filing = { .self = self, .actor = actor, .draft = &draft };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  return staff_id > 0 && fl_session_can (actor, FL_PERMISSION_REQUEST_SUPPLIES) && choose_receiver (&filing, NULL);
}

static gboolean
check_lines (FlLedgerService      *self,
             const FlSupplyDraft  *draft,
             GError              **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (self);

  if (draft->note != NULL && (!g_utf8_validate (draft->note, -1, NULL) ||
                              g_utf8_strlen (draft->note, -1) > FL_LEDGER_TEXT_MAX))
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("A note is at most %d characters."),
                   FL_LEDGER_TEXT_MAX);
      return FALSE;
    }
  if (draft->n_lines == 0 || draft->n_lines > MAX_LINES)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("A request has from 1 to %d lines."), MAX_LINES);
      return FALSE;
    }
  for (guint i = 0; i < draft->n_lines; i++)
    {
      const FlSupplyLineDraft *line = &draft->lines[i];
      g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database,
                                                               "SELECT name, active FROM items WHERE id = ?", error);
      gboolean has_row = FALSE;

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, line->item_id);
      if (!fl_database_step (database, statement, &has_row, error))
        return FALSE;
      if (!has_row || !sqlite3_column_int (statement, 1))
        {
          g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND,
                       _("Line %u: the item is not in the catalog, or no longer kept."), i + 1);
          return FALSE;
        }
      if (line->quantity != floor (line->quantity) || line->quantity < 1 || line->quantity > MAX_QUANTITY)
        {
          g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                       _("Line %u: ask for %s in whole units, from 1 to %d."), i + 1, fl_sql_column_text (statement, 0),
                       MAX_QUANTITY);
          return FALSE;
        }
      if (line->reason != NULL &&
          (!g_utf8_validate (line->reason, -1, NULL) || g_utf8_strlen (line->reason, -1) > FL_LEDGER_TEXT_MAX))
        {
          g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("A reason is at most %d characters."),
                       FL_LEDGER_TEXT_MAX);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
apply_filing (gpointer   user_data,
              GError   **error)
{
  Filing *filing = user_data;
  const FlSupplyDraft *draft = filing->draft;
  FlDatabase *database = _fl_ledger_service_get_database (filing->self);
  g_autofree char *now = _fl_ledger_service_now_utc (filing->self);
  g_autoptr(sqlite3_stmt) request = NULL;
  g_autoptr(sqlite3_stmt) line = NULL;

  if (!choose_receiver (filing, error) || !check_lines (filing->self, draft, error))
    return FALSE;
  request = fl_database_prepare (database,
                                 "INSERT INTO supply_requests (filed_by_account_id, for_staff_id, receiver_staff_id, "
                                 "  note, filed_at) VALUES (?, ?, ?, ?, ?)",
                                 error);
  if (request == NULL)
    return FALSE;
  fl_sql_bind_id (request, 1, fl_session_get_account_id (filing->actor));
  fl_sql_bind_id (request, 2, draft->for_staff_id);
  sqlite3_bind_int64 (request, 3, filing->receiver);
  sqlite3_bind_text (request, 4, draft->note ? draft->note : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (request, 5, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, request, error))
    return FALSE;
  filing->id = fl_database_last_insert_id (database);
  line = fl_database_prepare (database,
                              "INSERT INTO supply_request_lines (request_id, item_id, quantity, reason) "
                              "VALUES (?, ?, ?, ?)",
                              error);
  if (line == NULL)
    return FALSE;
  for (guint i = 0; i < draft->n_lines; i++)
    {
      sqlite3_reset (line);
      sqlite3_bind_int64 (line, 1, filing->id);
      sqlite3_bind_int64 (line, 2, draft->lines[i].item_id);
      sqlite3_bind_int (line, 3, (int) draft->lines[i].quantity);
      sqlite3_bind_text (line, 4, draft->lines[i].reason ? draft->lines[i].reason : "", -1, SQLITE_TRANSIENT);
      if (!fl_database_run (database, line, error))
        return FALSE;
    }
  return _fl_ledger_run_audited (database, filing->actor, "supply_requests", filing->id, "file", NULL, error);
}

gint64
fl_ledger_service_file_request (FlLedgerService      *self,
                                FlSession            *actor,
                                const FlSupplyDraft  *draft,
                                GError              **error)
{
  Filing filing = { self, actor, draft, 0, 0 };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (!fl_session_check (actor, FL_PERMISSION_REQUEST_SUPPLIES, error) ||
      !fl_database_transaction (_fl_ledger_service_get_database (self), apply_filing, &filing, error))
    return 0;
  return filing.id;
}

/* Reading lines */

#define LINE_COLUMNS \
  "SELECT l.id, l.request_id, l.item_id, i.name, i.kind, i.unit, l.quantity, l.reason, " \
  "  coalesce (l.decision, ''), l.comment, " \
  "  coalesce ((SELECT sum (e.held_change) FROM ledger_entries e WHERE e.request_line_id = l.id " \
  "    AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.reverses_id = e.id)), 0), " \
  "  coalesce ((SELECT sum (p.quantity) FROM purchases p WHERE p.request_line_id = l.id " \
  "    AND p.state != 'received'), 0), coalesce (st.on_hand, 0), r.receiver_staff_id, rs.name, " \
  "  r.for_staff_id IS NULL, coalesce (fs.name, a.login), r.filed_at, r.note " \
  "FROM supply_request_lines l JOIN supply_requests r ON r.id = l.request_id " \
  "JOIN items i ON i.id = l.item_id LEFT JOIN stock st ON st.item_id = l.item_id " \
  "JOIN staff rs ON rs.id = r.receiver_staff_id LEFT JOIN accounts a ON a.id = r.filed_by_account_id " \
  "LEFT JOIN staff fs ON fs.id = a.staff_id LEFT JOIN teams t ON t.id = rs.team_id "

static GPtrArray *
read_lines (FlLedgerService  *self,
            const char       *where,
            gint64            bound,
            GError          **error)
{
  FlDatabase *database = _fl_ledger_service_get_database (self);
  g_autofree char *sql = g_strconcat (LINE_COLUMNS, where, NULL);
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, sql, error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return NULL;
  if (bound != 0)
    sqlite3_bind_int64 (statement, 1, bound);
  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      const char *decision = fl_sql_column_text (statement, 8);
      FlSupplyLineFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .request_id = sqlite3_column_int64 (statement, 1),
        .item_id = sqlite3_column_int64 (statement, 2),
        .item_name = (char *) fl_sql_column_text (statement, 3),
        .kind = g_strcmp0 (fl_sql_column_text (statement, 4), "asset") == 0 ? FL_ITEM_ASSET : FL_ITEM_CONSUMABLE,
        .unit = (char *) fl_sql_column_text (statement, 5),
        .quantity = sqlite3_column_int (statement, 6),
        .reason = (char *) fl_sql_column_text (statement, 7),
        .decision = g_strcmp0 (decision, "approved") == 0   ? FL_SUPPLY_APPROVED
                    : g_strcmp0 (decision, "rejected") == 0 ? FL_SUPPLY_REJECTED
                                                            : FL_SUPPLY_UNDECIDED,
        .comment = (char *) fl_sql_column_text (statement, 9),
        .issued = sqlite3_column_int (statement, 10),
        .purchasing = sqlite3_column_int (statement, 11),
        .on_hand = sqlite3_column_int (statement, 12),
        .receiver_id = sqlite3_column_int64 (statement, 13),
        .receiver_name = (char *) fl_sql_column_text (statement, 14),
        .for_team = sqlite3_column_int (statement, 15) != 0,
        .filed_by = (char *) fl_sql_column_text (statement, 16),
        .filed_at = (char *) fl_sql_column_text (statement, 17),
        .note = (char *) fl_sql_column_text (statement, 18),
      };

      g_ptr_array_add (lines, fl_supply_line_new (&fields));
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&lines);
}

FlSupplyLine *
_fl_ledger_read_line (FlLedgerService  *self,
                      gint64            line_id,
                      GError          **error)
{
  g_autoptr(GPtrArray) lines = read_lines (self, "WHERE l.id = ?1", line_id, error);

  if (lines == NULL)
    return NULL;
  if (lines->len == 0)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_NOT_FOUND, _("This request no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (lines, 0));
}

GListModel *
fl_ledger_service_list_lines (FlLedgerService  *self,
                              FlSession        *actor,
                              FlSupplyLines     which,
                              GError          **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *where = NULL;
  GListStore *store;
  gboolean everyone;

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), NULL);

  if (!fl_session_check (actor, which == FL_SUPPLY_LINES_WAITING ? FL_PERMISSION_APPROVE_SUPPLIES
                                : which == FL_SUPPLY_LINES_TO_ISSUE ? FL_PERMISSION_MANAGE_STOCK
                                                                    : FL_PERMISSION_VIEW_LEDGER,
                         error))
    return NULL;
  everyone = fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  switch (which)
    {
    case FL_SUPPLY_LINES_WAITING:
      where = g_strdup ("WHERE l.decision IS NULL ORDER BY r.filed_at, l.id");
      break;
    case FL_SUPPLY_LINES_TO_ISSUE:
      where = g_strdup ("WHERE l.decision = 'approved' AND l.quantity > coalesce ((SELECT sum (e.held_change) "
                        "  FROM ledger_entries e WHERE e.request_line_id = l.id AND NOT EXISTS (SELECT 1 FROM "
                        "  ledger_entries x WHERE x.reverses_id = e.id)), 0) ORDER BY r.filed_at, l.id");
      break;
    case FL_SUPPLY_LINES_RECENT:
    default:
      where = g_strdup_printf ("WHERE r.filed_at >= strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now', '-%d days') %s "
                               "ORDER BY r.filed_at DESC, l.id",
                               RECENT_DAYS, everyone ? "" : "AND (t.lead_staff_id = ?1 OR r.receiver_staff_id = ?1)");
      break;
    }
  if (!(lines = read_lines (self, where, which == FL_SUPPLY_LINES_RECENT && !everyone ? fl_session_get_staff_id (actor) : 0,
                            error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_SUPPLY_LINE);
  g_list_store_splice (store, 0, 0, lines->pdata, lines->len);
  return G_LIST_MODEL (store);
}

/* Deciding */

typedef struct
{
  FlLedgerService  *self;
  FlSession        *actor;
  gint64            line_id;
  FlSupplyDecision  decision;
  const char       *comment;
} Decision;

static gboolean
apply_decision (gpointer   user_data,
                GError   **error)
{
  Decision *decision = user_data;
  FlDatabase *database = _fl_ledger_service_get_database (decision->self);
  g_autoptr(FlSupplyLine) line = _fl_ledger_read_line (decision->self, decision->line_id, error);
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *now = _fl_ledger_service_now_utc (decision->self);

  if (line == NULL)
    return FALSE;
  if (fl_supply_line_get_fields (line)->decision != FL_SUPPLY_UNDECIDED)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE, _("This line is decided already."));
      return FALSE;
    }
  if (!(before = fl_audit_snapshot (database, "supply_request_lines", decision->line_id, error)))
    return FALSE;
  update = fl_database_prepare (database,
                                "UPDATE supply_request_lines SET decision = ?2, decided_by_account_id = ?3, "
                                "  decided_at = ?4, comment = ?5 WHERE id = ?1",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, decision->line_id);
  sqlite3_bind_text (update, 2, decision->decision == FL_SUPPLY_APPROVED ? "approved" : "rejected", -1, SQLITE_STATIC);
  fl_sql_bind_id (update, 3, fl_session_get_account_id (decision->actor));
  sqlite3_bind_text (update, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (update, 5, decision->comment ? decision->comment : "", -1, SQLITE_TRANSIENT);
  return fl_database_run (database, update, error) &&
         _fl_ledger_run_audited (database, decision->actor, "supply_request_lines", decision->line_id,
                      decision->decision == FL_SUPPLY_APPROVED ? "approve" : "reject", before, error);
}

gboolean
fl_ledger_service_decide_line (FlLedgerService   *self,
                               FlSession         *actor,
                               gint64             line_id,
                               FlSupplyDecision   decision,
                               const char        *comment,
                               GError           **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (comment ? comment : ""));
  Decision change = { self, actor, line_id, decision, stripped };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_APPROVE_SUPPLIES, error))
    return FALSE;
  if (decision != FL_SUPPLY_APPROVED && decision != FL_SUPPLY_REJECTED)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("Approve or reject the line."));
      return FALSE;
    }
  if (decision == FL_SUPPLY_REJECTED && *stripped == '\0')
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                           _("Say why the line is rejected: the lead passes it on."));
      return FALSE;
    }
  if (g_utf8_strlen (stripped, -1) > FL_LEDGER_TEXT_MAX)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID, _("A comment is at most %d characters."),
                   FL_LEDGER_TEXT_MAX);
      return FALSE;
    }
  return fl_database_transaction (_fl_ledger_service_get_database (self), apply_decision, &change, error);
}

/* Issuing */

typedef struct
{
  FlLedgerService    *self;
  FlSession          *actor;
  gint64              line_id;
  int                 quantity;
  const char * const *tags;
} Issue;

static gboolean
apply_issue (gpointer   user_data,
             GError   **error)
{
  Issue *issue = user_data;
  g_autoptr(FlSupplyLine) line = _fl_ledger_read_line (issue->self, issue->line_id, error);
  const FlSupplyLineFields *fields;
  int count;

  if (line == NULL)
    return FALSE;
  fields = fl_supply_line_get_fields (line);
  if (fields->decision != FL_SUPPLY_APPROVED)
    {
      g_set_error_literal (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_STATE, _("Only an approved line is issued."));
      return FALSE;
    }
  count = fields->kind == FL_ITEM_ASSET ? (issue->tags ? (int) g_strv_length ((char **) issue->tags) : 0)
                                        : issue->quantity;
  if (count < 1 || count > fields->quantity - fields->issued)
    {
      g_set_error (error, FL_LEDGER_ERROR, FL_LEDGER_ERROR_INVALID,
                   fields->kind == FL_ITEM_ASSET
                     ? _("Choose from 1 to %d of %s by their tags: no more than was approved.")
                     : _("Issue from 1 to %d of %s: no more than was approved."),
                   fields->quantity - fields->issued, fields->item_name);
      return FALSE;
    }
  for (int i = 0; i < (fields->kind == FL_ITEM_ASSET ? count : 1); i++)
    {
      FlMovementDraft draft = { FL_MOVEMENT_ISSUE, fields->item_id,
                                fields->kind == FL_ITEM_ASSET ? issue->tags[i] : NULL,
                                fields->kind == FL_ITEM_ASSET ? 1 : count, fields->receiver_id, issue->line_id, "" };

      if (_fl_ledger_record (issue->self, issue->actor, &draft, error) == 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
fl_ledger_service_issue_line (FlLedgerService     *self,
                              FlSession           *actor,
                              gint64               line_id,
                              int                  quantity,
                              const char * const  *tags,
                              GError             **error)
{
  Issue issue = { self, actor, line_id, quantity, tags };

  g_return_val_if_fail (FL_IS_LEDGER_SERVICE (self), FALSE);

  return fl_session_check (actor, FL_PERMISSION_MANAGE_STOCK, error) &&
         fl_database_transaction (_fl_ledger_service_get_database (self), apply_issue, &issue, error);
}
