/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo-ledger"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-demo-history.h"
#include "fl-demo-ledger.h"
#include "fl-ledger-service-private.h"
#include "fl-sql.h"

/* The demo's equipment and supplies (物品领用, 台账), written through the
 * ledger service with its clock set to each day of the past two months. */

typedef struct
{
  const char *name;
  const char *category;
  const char *unit;           /* a consumable's; NULL for an asset */
  int         reorder_level;
  int         received;       /* a consumable's first delivery */
  const char *tag_prefix;     /* an asset's */
  int         n_assets;
  const char *model;
  gboolean    loanable;
} DemoItem;

static const DemoItem catalog[] = {
  { N_("Headset"), N_("Headsets"), NULL, 0, 0, "HS", 36, "Jabra Evolve 40", FALSE },
  { N_("Ear cushions"), N_("Headsets"), N_("pair"), 20, 60, NULL, 0, NULL, FALSE },
  { N_("Headset cable"), N_("Headsets"), N_("piece"), 5, 15, NULL, 0, NULL, FALSE },
  { N_("Desktop PC"), N_("Computers"), NULL, 0, 0, "PC", 14, "Lenovo ThinkCentre M70", FALSE },
  { N_("Monitor"), N_("Computers"), NULL, 0, 0, "MN", 14, "Dell P2422H", FALSE },
  { N_("Keyboard"), N_("Computers"), N_("piece"), 3, 10, NULL, 0, NULL, FALSE },
  { N_("Mouse"), N_("Computers"), N_("piece"), 3, 12, NULL, 0, NULL, FALSE },
  { N_("USB drive"), N_("Computers"), N_("piece"), 2, 8, NULL, 0, NULL, FALSE },
  { N_("Laptop"), N_("Training equipment"), NULL, 0, 0, "LT", 4, "ThinkPad E14", TRUE },
  { N_("Projector"), N_("Training equipment"), NULL, 0, 0, "PJ", 2, "Epson CB-X06", TRUE },
  { N_("Training kit"), N_("Training equipment"), NULL, 0, 0, "TK", 3, "", TRUE },
  { N_("Wireless presenter"), N_("Training equipment"), NULL, 0, 0, "WP", 3, "Logitech R500", TRUE },
  { N_("Portable speaker"), N_("Training equipment"), NULL, 0, 0, "SP", 2, "JBL Go 3", TRUE },
  { N_("Locker key"), N_("Facilities"), NULL, 0, 0, "LK", 34, "", FALSE },
  { N_("A4 paper"), N_("Stationery"), N_("ream"), 10, 40, NULL, 0, NULL, FALSE },
  { N_("Black pens"), N_("Stationery"), N_("box"), 4, 20, NULL, 0, NULL, FALSE },
  { N_("Red pens"), N_("Stationery"), N_("box"), 2, 6, NULL, 0, NULL, FALSE },
  { N_("Sticky notes"), N_("Stationery"), N_("pack"), 10, 50, NULL, 0, NULL, FALSE },
  { N_("Notebooks"), N_("Stationery"), N_("piece"), 10, 60, NULL, 0, NULL, FALSE },
  { N_("Whiteboard markers"), N_("Stationery"), N_("box"), 2, 2, NULL, 0, NULL, FALSE },   /* to reorder */
  { N_("Staples"), N_("Stationery"), N_("box"), 2, 10, NULL, 0, NULL, FALSE },
  { N_("Folders"), N_("Stationery"), N_("piece"), 20, 100, NULL, 0, NULL, FALSE },
  { N_("Envelopes"), N_("Stationery"), N_("pack"), 3, 10, NULL, 0, NULL, FALSE },
  { N_("Toner cartridge"), N_("Printing"), N_("piece"), 2, 5, NULL, 0, NULL, FALSE },
  { N_("AA batteries"), N_("Supplies"), N_("pack"), 4, 12, NULL, 0, NULL, FALSE },
  { N_("AAA batteries"), N_("Supplies"), N_("pack"), 4, 10, NULL, 0, NULL, FALSE },
  { N_("Hand sanitizer"), N_("Supplies"), N_("bottle"), 5, 20, NULL, 0, NULL, FALSE },
  { N_("Tissues"), N_("Supplies"), N_("box"), 10, 40, NULL, 0, NULL, FALSE },
  { N_("Packing tape"), N_("Supplies"), N_("roll"), 2, 6, NULL, 0, NULL, FALSE },
};

typedef struct
{
  FlDatabase      *database;
  FlLedgerService *service;
  FlSession       *admin;
  FlSession       *head;
  gint64           item_ids[G_N_ELEMENTS (catalog)];
} DemoLedger;

/* The catalog's item named @name (untranslated). */
static gint64
item_id (DemoLedger *demo,
         const char *name)
{
  /* An asset is named by its tag, not its item. */
  if (name == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    if (g_str_equal (catalog[i].name, name))
      return demo->item_ids[i];
  g_return_val_if_reached (0);
}

static gint64
staff_id (DemoLedger  *demo,
          const char  *job_number,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (demo->database,
                                                           "SELECT id FROM staff WHERE job_number = ?", error);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return 0;
  sqlite3_bind_text (statement, 1, job_number, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (demo->database, statement, &has_row, error))
    return 0;
  if (!has_row)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no staff member %s in the demo", job_number);
      return 0;
    }
  return sqlite3_column_int64 (statement, 0);
}

/* The service's clock at @offset days from today, at @hour. */
static void
set_day (DemoLedger *demo,
         int         offset,
         int         hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, offset);
  g_autoptr(GDateTime) at = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                   g_date_time_get_day_of_month (day), hour, 10, 0);

  _fl_ledger_service_set_clock (demo->service, at);
}

static char *
day_from_today (int offset)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, offset);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* The catalog, its assets, and the first deliveries. */
static gboolean
add_catalog (DemoLedger  *demo,
             GError     **error)
{
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 store = fl_ledger_service_add_location (demo->service, demo->admin, _("Store room (库房)"), error);
  gint64 training = store ? fl_ledger_service_add_location (demo->service, demo->admin, _("Training room"), error) : 0;

  if (training == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      const DemoItem *spec = &catalog[i];
      gint64 category = GPOINTER_TO_SIZE (g_hash_table_lookup (categories, spec->category));
      FlLedgerItemFields fields = { 0 };

      if (category == 0)
        {
          if (!(category = fl_ledger_service_add_category (demo->service, demo->admin, _(spec->category), error)))
            return FALSE;
          g_hash_table_insert (categories, (gpointer) spec->category, GSIZE_TO_POINTER (category));
        }
      fields.kind = spec->unit != NULL ? FL_ITEM_CONSUMABLE : FL_ITEM_ASSET;
      fields.name = (char *) _(spec->name);
      fields.category_id = category;
      fields.unit = (char *) (spec->unit != NULL ? _(spec->unit) : "");
      fields.reorder_level = spec->reorder_level;
      fields.loanable = spec->loanable;
      fields.active = TRUE;
      if (!(demo->item_ids[i] = fl_ledger_service_save_item (demo->service, demo->admin, &fields, error)))
        return FALSE;
      for (int n = 1; n <= spec->n_assets; n++)
        {
          g_autofree char *tag = g_strdup_printf ("%s-%03d", spec->tag_prefix, n);
          g_autofree char *serial = g_strdup_printf ("%s%06d", spec->tag_prefix, 240000 + n * 37);
          FlAssetDraft draft = { demo->item_ids[i], tag, serial, spec->model, spec->loanable ? training : store,
                                 FL_CONDITION_NEW };

          if (!fl_ledger_service_add_asset (demo->service, demo->admin, &draft, error))
            return FALSE;
        }
      if (spec->received > 0)
        {
          FlMovementDraft draft = { FL_MOVEMENT_RECEIVE, demo->item_ids[i], NULL, spec->received, 0, 0,
                                    _("First delivery") };

          if (!fl_ledger_service_record (demo->service, demo->admin, &draft, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
record (DemoLedger  *demo,
        FlMovement   movement,
        const char  *item,
        const char  *tag,
        int          quantity,
        gint64       to,
        const char  *reason,
        GError     **error)
{
  FlMovementDraft draft = { movement, tag != NULL ? 0 : item_id (demo, item), tag, quantity, to, 0, reason };

  return fl_ledger_service_record (demo->service, demo->admin, &draft, error) > 0;
}

/* 杨帆 (1005) has handed back everything already: nothing holds up their
 * leaving. */
static gboolean
holds_nothing (guint team,
               guint agent)
{
  return team == 1 && agent == 5;
}

/* Every agent a headset and a locker key, on their first weeks' days. */
static gboolean
issue_to_agents (DemoLedger  *demo,
                 GError     **error)
{
  for (guint team = 1; team <= 3; team++)
    for (guint agent = 1; agent <= 10; agent++)
      {
        g_autofree char *job_number = g_strdup_printf ("%u%03u", team, agent);
        guint n = (team - 1) * 10 + agent;
        g_autofree char *headset = g_strdup_printf ("HS-%03u", n);
        g_autofree char *key = g_strdup_printf ("LK-%03u", n);
        gint64 person;

        if (holds_nothing (team, agent))
          continue;
        if (!(person = staff_id (demo, job_number, error)))
          return FALSE;
        set_day (demo, -58 + (int) team, 9 + (int) agent / 2);
        if (!record (demo, FL_MOVEMENT_ISSUE, NULL, headset, 1, person, _("Starting kit"), error) ||
            !record (demo, FL_MOVEMENT_ISSUE, NULL, key, 1, person, _("Starting kit"), error))
          return FALSE;
      }
  return TRUE;
}

/* A week's supplies of @team: the lead signs for the team's paper (an
 * ordinary issue) and, every third week, notebooks; an agent needs new ear
 * cushions. */
static gboolean
weekly_supplies (DemoLedger  *demo,
                 int          week,
                 guint        team,
                 GError     **error)
{
  g_autofree char *lead_number = g_strdup_printf ("%u000", team);
  guint agent_index = (guint) week % 10 + 1 + holds_nothing (team, (guint) week % 10 + 1);
  g_autofree char *agent_number = g_strdup_printf ("%u%03u", team, agent_index);
  gint64 lead = staff_id (demo, lead_number, error);
  gint64 agent = lead ? staff_id (demo, agent_number, error) : 0;

  if (agent == 0)
    return FALSE;
  return record (demo, FL_MOVEMENT_ISSUE, "A4 paper", NULL, 1 + (week + (int) team) % 2, lead,
                 _("The team's printer"), error) &&
         record (demo, FL_MOVEMENT_ISSUE, "Ear cushions", NULL, 1, agent, _("Worn out"), error) &&
         (week % 3 != 0 ||
          record (demo, FL_MOVEMENT_ISSUE, "Notebooks", NULL, 5, lead, _("For the new call scripts"), error));
}

/* More paper came; the month-end count found two reams fewer. */
static gboolean
month_end (DemoLedger  *demo,
           GError     **error)
{
  g_autoptr(GListModel) stock = NULL;
  FlStockCount count = { item_id (demo, "A4 paper"), 0 };
  guint n_adjusted = 0;

  if (!record (demo, FL_MOVEMENT_RECEIVE, "A4 paper", NULL, 20, 0, _("Monthly order"), error) ||
      !(stock = fl_ledger_service_list_stock (demo->service, demo->admin, error)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (stock); i++)
    {
      g_autoptr(FlLedgerItem) item = g_list_model_get_item (stock, i);

      if (fl_ledger_item_get_fields (item)->id == count.item_id)
        count.counted = fl_ledger_item_get_fields (item)->on_hand - 2;
    }
  return fl_ledger_service_stocktake (demo->service, demo->admin, &count, 1, _("Month-end count"), &n_adjusted,
                                      error);
}

static gint64
file_request (DemoLedger         *demo,
              const char         *lead_login,
              const char         *for_job_number,
              const char         *item,
              int                 quantity,
              const char         *reason,
              GError            **error)
{
  g_autoptr(FlSession) lead = fl_demo_session (demo->database, lead_login, error);
  gint64 for_id = for_job_number != NULL ? staff_id (demo, for_job_number, error) : 0;
  FlSupplyLineDraft line = { item_id (demo, item), quantity, reason };
  FlSupplyDraft draft = { for_id, "", &line, 1 };

  if (lead == NULL || (for_job_number != NULL && for_id == 0))
    return 0;
  return fl_ledger_service_file_request (demo->service, lead, &draft, error);
}

/* The line of request @request_id (one line each here). */
static gint64
line_of (DemoLedger  *demo,
         gint64       request_id,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (demo->database,
                                                           "SELECT id FROM supply_request_lines WHERE request_id = ?",
                                                           error);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, request_id);
  if (!fl_database_step (demo->database, statement, &has_row, error) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

/* Files a request of one line and decides it as the head: approved, or
 * rejected with @rejection. Returns the line's id. */
static gint64
file_and_decide (DemoLedger  *demo,
                 const char  *lead_login,
                 const char  *item,
                 int          quantity,
                 const char  *reason,
                 const char  *rejection,
                 GError     **error)
{
  gint64 request = file_request (demo, lead_login, NULL, item, quantity, reason, error);
  gint64 line = request ? line_of (demo, request, error) : 0;

  if (line == 0 ||
      !fl_ledger_service_decide_line (demo->service, demo->head, line,
                                      rejection != NULL ? FL_SUPPLY_REJECTED : FL_SUPPLY_APPROVED, rejection, error))
    return 0;
  return line;
}

/* What happened on day @offset (from today), besides the weekly supplies:
 * a keyboard asked for, approved and issued; a speaker refused; a headset
 * broken and replaced; a PC to repair and back; toner approved and to
 * issue; more ear cushions than the store has, the rest on the purchase
 * list; loans — a projector now overdue, a training kit, and the laptop the
 * leaving agent still has; and two requests waiting for the head. */
static gboolean
day_events (DemoLedger  *demo,
            int          offset,
            GError     **error)
{
  g_autofree char *overdue = day_from_today (-6);
  g_autofree char *next_week = day_from_today (5);
  g_autofree char *in_two_weeks = day_from_today (14);
  gint64 line;

  switch (offset)
    {
    case -30:
      return month_end (demo, error);
    case -25:
      {
        gint64 request = file_request (demo, "lead1", "1002", "Keyboard", 1, _("Keys stick"), error);

        if (!request || !(line = line_of (demo, request, error)) ||
            !fl_ledger_service_decide_line (demo->service, demo->head, line, FL_SUPPLY_APPROVED, "", error))
          return FALSE;
        return fl_ledger_service_issue_line (demo->service, demo->admin, line, 1, NULL, error);
      }
    case -21:
      {
        gint64 agent = staff_id (demo, "2004", error);

        return agent != 0 &&
               record (demo, FL_MOVEMENT_WRITE_OFF, NULL, "HS-014", 1, agent, _("Cable torn; not repairable"),
                       error) &&
               record (demo, FL_MOVEMENT_ISSUE, NULL, "HS-031", 1, agent, _("Replaces HS-014"), error) &&
               record (demo, FL_MOVEMENT_REPAIR_OUT, NULL, "PC-005", 1, 0, _("Fan noise"), error);
      }
    case -20:
      {
        gint64 trainer = staff_id (demo, "3000", error);

        return trainer != 0 &&
               fl_ledger_service_lend (demo->service, demo->admin, "PJ-001", trainer, overdue,
                                       _("New-hire training"), error);
      }
    case -12:
      return record (demo, FL_MOVEMENT_REPAIR_BACK, NULL, "PC-005", 1, 0, _("Fan replaced"), error);
    case -10:
      return file_and_decide (demo, "lead3", "Portable speaker", 1, _("Team meetings"),
                              _("Borrow one from the training room when needed"), error) != 0;
    case -4:
      return file_and_decide (demo, "lead2", "Toner cartridge", 2, _("The team's printer is out"), NULL, error) != 0;
    case -3:
      return (line = file_and_decide (demo, "lead3", "Ear cushions", 40,
                                      _("Replace the whole team's, as every half year"), NULL, error)) != 0 &&
             fl_ledger_service_request_purchase (demo->service, demo->admin, line, error);
    case -2:
      {
        gint64 lead2 = staff_id (demo, "2000", error);
        gint64 leaving = lead2 ? staff_id (demo, "1008", error) : 0;

        return leaving != 0 &&
               fl_ledger_service_lend (demo->service, demo->admin, "TK-002", lead2, next_week,
                                       _("Refresher on the complaint script"), error) &&
               fl_ledger_service_lend (demo->service, demo->admin, "LT-003", leaving, in_two_weeks,
                                       _("Working from home during the move"), error);
      }
    case -1:
      return file_request (demo, "lead2", "2007", "Headset cable", 1, _("Crackling on calls"), error) &&
             file_request (demo, "lead1", NULL, "Sticky notes", 10, _("For the quality campaign wall"), error);
    default:
      return TRUE;
    }
}

/* The two months day by day, in order, so that the ledger's entries come
 * in the order of their days. */
static gboolean
add_days (DemoLedger  *demo,
          GError     **error)
{
  for (int offset = -56; offset < 0; offset++)
    {
      int week = (offset + 56) / 7;
      guint team = (guint) ((offset + 56) % 7);

      set_day (demo, offset, 10);
      if (!day_events (demo, offset, error))
        return FALSE;
      set_day (demo, offset, 14);
      if (team >= 1 && team <= 3 && !weekly_supplies (demo, week, team, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fl_demo_ledger_add (FlDatabase  *database,
                    GError     **error)
{
  g_autoptr(FlLedgerService) service = fl_ledger_service_new (database);
  g_autoptr(FlSession) admin = fl_demo_session (database, "admin", error);
  g_autoptr(FlSession) head = admin ? fl_demo_session (database, "head", error) : NULL;
  g_autoptr(sqlite3_stmt) any = NULL;
  DemoLedger demo = { database, service, admin, head, { 0 } };
  gboolean has_row = FALSE;
  gboolean added;

  if (head == NULL)
    return FALSE;
  any = fl_database_prepare (database, "SELECT 1 FROM items LIMIT 1", error);
  if (any == NULL || !fl_database_step (database, any, &has_row, error))
    return FALSE;
  if (has_row)
    return TRUE;
  set_day (&demo, -60, 9);
  added = add_catalog (&demo, error) && issue_to_agents (&demo, error) && add_days (&demo, error);
  _fl_ledger_service_set_clock (service, NULL);
  return added;
}
