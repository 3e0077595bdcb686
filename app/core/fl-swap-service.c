/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-swap-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-format.h"
#include "fl-policy-service.h"
#include "fl-roster-private.h"
#include "fl-roster-service.h"
#include "fl-sql.h"
#include "fl-swap-service.h"

struct _FlSwapService
{
  GObject          parent_instance;

  FlDatabase      *database;
  FlPolicyService *policies;
};

G_DEFINE_FINAL_TYPE (FlSwapService, fl_swap_service, G_TYPE_OBJECT)

/* What a swap exchanges: the two agents' cells on each of its days. */
typedef struct
{
  FlSwapService *self;
  FlSession     *actor;
  FlRoster      *roster;
  guint          agents[2];
  guint          days[2];
  guint          n_days;      /* 1 when both days are the same */
  gint64         swap_id;     /* when deciding: the swap itself, left out of the counts */
  const char    *text;        /* the reason, or the decision's comment */
  gboolean       approve;
} SwapChange;

/* Exchanging twice puts everything back. */
static void
exchange (SwapChange *change)
{
  FlRosterCheck *check = fl_roster_get_check (change->roster);

  for (guint i = 0; i < change->n_days; i++)
    {
      int first = fl_roster_get_cell (change->roster, change->agents[0], (int) change->days[i]);
      int second = fl_roster_get_cell (change->roster, change->agents[1], (int) change->days[i]);

      fl_roster_check_set_cell (check, change->agents[0], (int) change->days[i], second);
      fl_roster_check_set_cell (check, change->agents[1], (int) change->days[i], first);
    }
}

static gboolean
works (FlRoster *roster,
       int       shift)
{
  return shift != FL_ROSTER_EMPTY &&
         fl_shift_type_get_fields (fl_roster_get_shift_type (roster, (guint) shift))->spec.kind == FL_SHIFT_KIND_WORK;
}

static gboolean
check_cells (SwapChange  *change,
             GError     **error)
{
  FlRoster *roster = change->roster;
  gboolean differs = FALSE;

  if (change->agents[0] == change->agents[1] || change->agents[0] >= fl_roster_get_n_agents (roster) ||
      change->agents[1] >= fl_roster_get_n_agents (roster) || change->days[0] >= fl_roster_get_n_days (roster) ||
      change->days[1] >= fl_roster_get_n_days (roster))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A swap is between two agents of the team, on days of the roster’s month."));
      return FALSE;
    }
  for (guint i = 0; i < change->n_days; i++)
    {
      int first = fl_roster_get_cell (roster, change->agents[0], (int) change->days[i]);
      int second = fl_roster_get_cell (roster, change->agents[1], (int) change->days[i]);

      differs |= first != second && (works (roster, first) || works (roster, second));
    }
  if (!differs)
    g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                         _("The two agents have the same shifts on these days: there is nothing to swap."));
  return differs;
}

/* At most the policy's swaps a month for each of the two. */
static gboolean
check_swap_count (SwapChange  *change,
                  GError     **error)
{
  FlSwapService *self = change->self;
  guint allowed = (guint) fl_policy_service_get (self->policies, "roster.max-swaps-per-month");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(sqlite3_stmt) statement = NULL;
      gint64 staff_id = fl_roster_get_agent_id (change->roster, change->agents[i]);
      gboolean has_row = FALSE;

      statement = fl_database_prepare (self->database,
                                       "SELECT count(*) FROM swaps WHERE roster_id = ?1 AND id != ?2 "
                                       "AND state IN ('pending', 'approved') "
                                       "AND (first_staff_id = ?3 OR second_staff_id = ?3)",
                                       error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, fl_roster_get_id (change->roster));
      sqlite3_bind_int64 (statement, 2, change->swap_id);
      sqlite3_bind_int64 (statement, 3, staff_id);
      if (!fl_database_step (self->database, statement, &has_row, error))
        return FALSE;
      if ((guint) sqlite3_column_int (statement, 0) >= allowed)
        {
          g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s already has %u swap this month, as many as the handbook allows.",
                                    "%s already has %u swaps this month, as many as the handbook allows.",
                                    allowed),
                       fl_roster_get_agent_name (change->roster, change->agents[i]), allowed);
          return FALSE;
        }
    }
  return TRUE;
}

/* On a day someone is swapped out of their shift, at most the policy's
 * people (1) may be away: on leave or swapped out by another swap. */
static gboolean
check_absent (SwapChange  *change,
              GError     **error)
{
  FlSwapService *self = change->self;
  guint allowed = (guint) fl_policy_service_get (self->policies, "roster.max-absent-per-shift");

  for (guint i = 0; i < change->n_days; i++)
    {
      g_autoptr(sqlite3_stmt) statement = NULL;
      g_autofree char *date = fl_roster_dup_date (change->roster, (int) change->days[i]);
      g_autofree char *day = NULL;
      gboolean has_row = FALSE;
      guint away;

      /* Two shifts exchanged swap nobody out; a shift for a day off does. */
      if (works (change->roster, fl_roster_get_cell (change->roster, change->agents[0], (int) change->days[i])) ==
          works (change->roster, fl_roster_get_cell (change->roster, change->agents[1], (int) change->days[i])))
        continue;
      statement = fl_database_prepare (self->database,
                                       "SELECT count(*) FROM swaps WHERE roster_id = ?1 AND id != ?2 "
                                       "AND state = 'approved' AND (first_day = ?3 OR second_day = ?3)",
                                       error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, fl_roster_get_id (change->roster));
      sqlite3_bind_int64 (statement, 2, change->swap_id);
      sqlite3_bind_text (statement, 3, date, -1, SQLITE_TRANSIENT);
      if (!fl_database_step (self->database, statement, &has_row, error))
        return FALSE;
      away = (guint) sqlite3_column_int (statement, 0) +
             fl_roster_check_count_on_leave (fl_roster_get_check (change->roster), change->days[i]);
      if (away + 1 > allowed)
        {
          day = fl_format_date (date);
          g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "On %s someone is already on leave or swapped out; at most %u person may be.",
                                    "On %s someone is already on leave or swapped out; at most %u people may be.",
                                    allowed),
                       day, allowed);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
same_violation (const FlRosterViolation *a,
                const FlRosterViolation *b)
{
  return a->rule == b->rule && a->agent == b->agent && a->day == b->day;
}

/* The hard rules, with the swap made: nothing may break that was not
 * broken before it, for either agent. The roster is as it was after. */
static gboolean
check_rules (SwapChange  *change,
             GError     **error)
{
  FlRosterCheck *check = fl_roster_get_check (change->roster);
  g_autoptr(GArray) before = fl_roster_check_list (check);
  g_autoptr(GArray) after = NULL;

  exchange (change);
  after = fl_roster_check_list (check);
  exchange (change);
  for (guint i = 0; i < after->len; i++)
    {
      const FlRosterViolation *violation = &g_array_index (after, FlRosterViolation, i);
      gboolean known = FALSE;

      if (violation->severity != FL_RULE_HARD ||
          (violation->agent != change->agents[0] && violation->agent != change->agents[1]))
        continue;
      for (guint j = 0; j < before->len && !known; j++)
        known = same_violation (violation, &g_array_index (before, FlRosterViolation, j));
      if (!known)
        {
          g_autofree char *described = fl_roster_describe_violation (change->roster, violation);

          /* Translators: %s says which rule of the center the swap would break */
          g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_VIOLATIONS, _("After this swap: %s"), described);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_swap (SwapChange  *change,
            GError     **error)
{
  if (fl_roster_get_state (change->roster) != FL_ROSTER_PUBLISHED)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Swaps change a published roster. Until it is published, change the cells."));
      return FALSE;
    }
  return check_cells (change, error) && check_swap_count (change, error) && check_absent (change, error) &&
         check_rules (change, error);
}

static gboolean
apply_file (gpointer   user_data,
            GError   **error)
{
  SwapChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *first_day = fl_roster_dup_date (change->roster, (int) change->days[0]);
  g_autofree char *second_day = fl_roster_dup_date (change->roster, (int) change->days[1]);
  g_autofree char *now = fl_sql_now_utc ();

  statement = fl_database_prepare (database,
                                   "INSERT INTO swaps (roster_id, first_staff_id, first_day, second_staff_id, "
                                   "  second_day, reason, filed_by_account_id, filed_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_roster_get_id (change->roster));
  sqlite3_bind_int64 (statement, 2, fl_roster_get_agent_id (change->roster, change->agents[0]));
  sqlite3_bind_text (statement, 3, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, fl_roster_get_agent_id (change->roster, change->agents[1]));
  sqlite3_bind_text (statement, 5, second_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, change->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 7, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 8, now, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, statement, error))
    return FALSE;
  change->swap_id = fl_database_last_insert_id (database);
  return (after = fl_audit_snapshot (database, "swaps", change->swap_id, error)) != NULL &&
         fl_audit_record (database, change->actor, "swaps", change->swap_id, "file", NULL, after, error);
}

static char *
clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gint64
fl_swap_service_file (FlSwapService  *self,
                      FlSession      *actor,
                      FlRoster       *roster,
                      guint           first_agent,
                      guint           first_day,
                      guint           second_agent,
                      guint           second_day,
                      const char     *reason,
                      GError        **error)
{
  g_autofree char *clean_reason = clean_text (reason);
  SwapChange change = { self, actor, roster, { first_agent, second_agent }, { first_day, second_day },
                        first_day == second_day ? 1 : 2, 0, clean_reason, FALSE };

  g_return_val_if_fail (FL_IS_SWAP_SERVICE (self), 0);
  g_return_val_if_fail (FL_IS_ROSTER (roster), 0);

  if (!_fl_roster_check_may_edit (self->database, actor, roster, error))
    return 0;
  if (*clean_reason == '\0')
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Say why the two agents swap: the department head decides on it."));
      return 0;
    }
  if (!check_swap (&change, error) || !fl_database_transaction (self->database, apply_file, &change, error))
    return 0;
  return change.swap_id;
}

static gboolean
apply_decide (gpointer   user_data,
              GError   **error)
{
  SwapChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *now = fl_sql_now_utc ();

  if (!(before = fl_audit_snapshot (database, "swaps", change->swap_id, error)))
    return FALSE;
  for (guint i = 0; change->approve && i < change->n_days; i++)
    {
      guint day = change->days[i];
      int first = fl_roster_get_cell (change->roster, change->agents[0], (int) day);
      int second = fl_roster_get_cell (change->roster, change->agents[1], (int) day);

      if (!_fl_roster_write_cell (database, change->roster, change->agents[0], day, second, change->swap_id, error) ||
          !_fl_roster_write_cell (database, change->roster, change->agents[1], day, first, change->swap_id, error))
        return FALSE;
    }
  statement = fl_database_prepare (database,
                                   "UPDATE swaps SET state = ?, decided_by_account_id = ?, decided_at = ?, "
                                   "  decision_comment = ? WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, change->approve ? "approved" : "rejected", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, fl_session_get_account_id (change->actor));
  sqlite3_bind_text (statement, 3, now, -1, SQLITE_TRANSIENT);
  fl_sql_bind_text (statement, 4, change->text);
  sqlite3_bind_int64 (statement, 5, change->swap_id);
  return fl_database_run (database, statement, error) &&
         (after = fl_audit_snapshot (database, "swaps", change->swap_id, error)) != NULL &&
         fl_audit_record (database, change->actor, "swaps", change->swap_id,
                          change->approve ? "approve" : "reject", before, after, error);
}

/* The pending swap @id of @roster, as its cells. */
static gboolean
read_pending (SwapChange  *change,
              GError     **error)
{
  FlRoster *roster = change->roster;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;
  int agents[2], days[2];

  statement = fl_database_prepare (change->self->database,
                                   "SELECT first_staff_id, first_day, second_staff_id, second_day, state "
                                   "FROM swaps WHERE id = ? AND roster_id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, change->swap_id);
  sqlite3_bind_int64 (statement, 2, fl_roster_get_id (roster));
  if (!fl_database_step (change->self->database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND, _("This swap no longer exists."));
      return FALSE;
    }
  if (g_strcmp0 (fl_sql_column_text (statement, 4), "pending") != 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID, _("This swap is already decided."));
      return FALSE;
    }
  agents[0] = _fl_roster_find_agent (roster, sqlite3_column_int64 (statement, 0));
  agents[1] = _fl_roster_find_agent (roster, sqlite3_column_int64 (statement, 2));
  if (agents[0] < 0 || agents[1] < 0 ||
      !_fl_roster_day_of_date (roster, fl_sql_column_text (statement, 1), &days[0]) ||
      !_fl_roster_day_of_date (roster, fl_sql_column_text (statement, 3), &days[1]) ||
      days[0] < 0 || days[1] < 0)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("One of the two agents has left the team since the swap was asked for."));
      return FALSE;
    }
  change->agents[0] = (guint) agents[0];
  change->agents[1] = (guint) agents[1];
  change->days[0] = (guint) days[0];
  change->days[1] = (guint) days[1];
  change->n_days = days[0] == days[1] ? 1 : 2;
  return TRUE;
}

gboolean
fl_swap_service_decide (FlSwapService  *self,
                        FlSession      *actor,
                        FlRoster       *roster,
                        gint64          swap_id,
                        gboolean        approve,
                        const char     *comment,
                        GError        **error)
{
  g_autofree char *clean_comment = clean_text (comment);
  SwapChange change = { self, actor, roster, { 0, 0 }, { 0, 0 }, 1, swap_id, clean_comment, approve };

  g_return_val_if_fail (FL_IS_SWAP_SERVICE (self), FALSE);
  g_return_val_if_fail (FL_IS_ROSTER (roster), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_PUBLISH_ROSTER, error) || !read_pending (&change, error))
    return FALSE;
  if (!approve && *clean_comment == '\0')
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Say why the swap is rejected: the lead reads it."));
      return FALSE;
    }
  if ((approve && !check_swap (&change, error)) ||
      !fl_database_transaction (self->database, apply_decide, &change, error))
    return FALSE;
  if (approve)
    exchange (&change);
  return TRUE;
}

guint
fl_swap_service_count_pending (FlSwapService  *self,
                               FlSession      *actor,
                               GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_SWAP_SERVICE (self), 0);

  if (!fl_session_can (actor, FL_PERMISSION_PUBLISH_ROSTER))
    return 0;
  statement = fl_database_prepare (self->database, "SELECT count(*) FROM swaps WHERE state = 'pending'", error);
  if (statement == NULL || !fl_database_step (self->database, statement, &has_row, error) || !has_row)
    return 0;
  return (guint) sqlite3_column_int (statement, 0);
}

GListModel *
fl_swap_service_list (FlSwapService  *self,
                      FlSession      *actor,
                      FlRoster       *roster,
                      GError        **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_SWAP);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_SWAP_SERVICE (self), NULL);
  g_return_val_if_fail (FL_IS_ROSTER (roster), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_VIEW_STAFF, error))
    return NULL;
  statement = fl_database_prepare (self->database,
                                   "SELECT w.id, w.first_staff_id, a.name, w.first_day, w.second_staff_id, b.name, "
                                   "  w.second_day, w.reason, w.state, coalesce (fs.name, fa.login), w.filed_at, "
                                   "  coalesce (ds.name, da.login), w.decided_at, w.decision_comment "
                                   "FROM swaps w JOIN staff a ON a.id = w.first_staff_id "
                                   "JOIN staff b ON b.id = w.second_staff_id "
                                   "LEFT JOIN accounts fa ON fa.id = w.filed_by_account_id "
                                   "LEFT JOIN staff fs ON fs.id = fa.staff_id "
                                   "LEFT JOIN accounts da ON da.id = w.decided_by_account_id "
                                   "LEFT JOIN staff ds ON ds.id = da.staff_id "
                                   "WHERE w.roster_id = ? ORDER BY w.filed_at, w.id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, fl_roster_get_id (roster));
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlSwapFields fields = { 0, };
      g_autoptr(FlSwap) swap = NULL;

      fields.id = sqlite3_column_int64 (statement, 0);
      fields.first_staff_id = sqlite3_column_int64 (statement, 1);
      fields.first_name = g_strdup (fl_sql_column_text (statement, 2));
      fields.first_day = g_strdup (fl_sql_column_text (statement, 3));
      fields.second_staff_id = sqlite3_column_int64 (statement, 4);
      fields.second_name = g_strdup (fl_sql_column_text (statement, 5));
      fields.second_day = g_strdup (fl_sql_column_text (statement, 6));
      fields.reason = g_strdup (fl_sql_column_text (statement, 7));
      fields.state = fl_swap_state_from_string (fl_sql_column_text (statement, 8));
      fields.filed_by = g_strdup (fl_sql_column_text (statement, 9));
      fields.filed_at = g_strdup (fl_sql_column_text (statement, 10));
      fields.decided_by = g_strdup (fl_sql_column_text (statement, 11));
      fields.decided_at = g_strdup (fl_sql_column_text (statement, 12));
      fields.decision_comment = g_strdup (fl_sql_column_text (statement, 13));
      swap = fl_swap_new (&fields);
      g_list_store_append (store, swap);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static void
fl_swap_service_dispose (GObject *object)
{
  FlSwapService *self = FL_SWAP_SERVICE (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_swap_service_parent_class)->dispose (object);
}

static void
fl_swap_service_class_init (FlSwapServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_swap_service_dispose;
}

static void
fl_swap_service_init (FlSwapService *self)
{
}

FlSwapService *
fl_swap_service_new (FlDatabase *database)
{
  FlSwapService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_SWAP_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  return self;
}
