/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo-leave"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-demo-history.h"
#include "fl-demo-leave.h"
#include "fl-leave-service.h"
#include "fl-sql.h"

typedef struct
{
  FlDatabase     *database;
  FlLeaveService *service;
} DemoLeave;

static gint64
lookup (FlDatabase  *database,
        const char  *sql,
        const char  *text,
        GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (database, sql, error);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return 0;
  sqlite3_bind_text (statement, 1, text, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (database, statement, &has_row, error) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

/* Today plus @offset days; with @weekday, moved on to a Monday–Friday. */
static char *
day_from_today (int      offset,
                gboolean weekday)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, offset);

  while (weekday && g_date_time_get_day_of_week (day) > 5)
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
    }
  return g_date_time_format (day, "%Y-%m-%d");
}

typedef struct
{
  const char *job_number;   /* whose leave */
  const char *type;
  int         first;        /* days from today */
  int         n_days;
  gboolean    weekday;      /* moved on to a weekday */
  const char *reason;
  const char *decision;     /* NULL: waiting; "approve" each step; "reject" */
  int         back;         /* days from today the person was back, or 0 */
} DemoRequest;

static const DemoRequest requests[] = {
  /* Waiting for team 1's lead: a day's sick leave. */
  { "1003", "sick", 3, 1, TRUE, N_("Dentist's appointment"), NULL, 0 },
  /* Waiting for the head: a week of annual leave six weeks on. */
  { "1005", "annual", 42, 5, TRUE, N_("Family trip"), NULL, 0 },
  /* Rejected by team 1's lead. */
  { "1007", "personal", 12, 1, TRUE, N_("Moving house"), "reject", 0 },
  /* Approved and to come, in team 3. */
  { "3008", "compensatory", 7, 1, TRUE, N_("Overtime on the campaign weekend"), "approve", 0 },
  /* On leave today, in team 2: filed the day it began. */
  { "2004", "sick", -1, 5, FALSE, N_("Flu"), "approve", 0 },
  /* Ended last week, not reported back yet, in team 2. */
  { "2006", "personal", -9, 1, FALSE, N_("A family matter"), "approve", 0 },
  /* Back four days late, in team 3. */
  { "3005", "sick", -17, 3, FALSE, N_("Back pain"), "approve", -10 },
};

static FlSession *
approver_of (DemoLeave       *demo,
             FlLeaveRequest  *request,
             GError         **error)
{
  const FlLeaveStep *step = fl_leave_request_get_waiting_step (request);
  g_autofree char *login = NULL;

  if (step->approver != FL_LEAVE_APPROVER_TEAM_LEAD)
    return fl_demo_session (demo->database, "head", error);
  login = g_strdup_printf ("lead%c", fl_leave_request_get_fields (request)->job_number[0]);
  return fl_demo_session (demo->database, login, error);
}

/* @days days from @first on. */
static char *
add_days (const char *first,
          int         days)
{
  g_autoptr(GDateTime) start = g_date_time_new_local ((int) g_ascii_strtoll (first, NULL, 10),
                                                      (int) g_ascii_strtoll (first + 5, NULL, 10),
                                                      (int) g_ascii_strtoll (first + 8, NULL, 10), 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_days (start, days);

  return g_date_time_format (end, "%Y-%m-%d");
}

static gboolean
add_request (DemoLeave          *demo,
             const DemoRequest  *spec,
             GError            **error)
{
  g_autofree char *first = day_from_today (spec->first, spec->weekday);
  g_autofree char *last = add_days (first, spec->n_days - 1);
  g_autofree char *lead_login = g_strdup_printf ("lead%c", spec->job_number[0]);
  g_autoptr(FlSession) lead = fl_demo_session (demo->database, lead_login, error);
  FlLeaveDraft draft = { 0 };
  double days = 0;
  gint64 id;

  if (lead == NULL)
    return FALSE;
  draft.staff_id = lookup (demo->database, "SELECT id FROM staff WHERE job_number = ?", spec->job_number, error);
  draft.type_id = lookup (demo->database, "SELECT id FROM leave_types WHERE code = ?", spec->type, error);
  if (draft.staff_id == 0 || draft.type_id == 0)
    return FALSE;
  /* A day off on the person's roster takes no leave: the next day then. */
  for (int tries = 0; tries < 7; tries++)
    {
      if (!fl_leave_service_count_days (demo->service, draft.staff_id, first, FL_LEAVE_HALF_FULL, last,
                                        FL_LEAVE_HALF_FULL, &days, error))
        return FALSE;
      if (days > 0)
        break;
      g_free (first);
      first = add_days (last, 1);
      g_free (last);
      last = add_days (first, spec->n_days - 1);
    }
  draft.first_day = first;
  draft.last_day = last;
  draft.reason = _(spec->reason);
  /* Filed late: urgent, with the handover the rules ask for. */
  draft.urgent = spec->first <= 1;
  draft.handover = _("The team covers the queue; call-backs move to the next day");
  if (!(id = fl_leave_service_file (demo->service, lead, &draft, error)))
    return FALSE;

  while (spec->decision != NULL)
    {
      g_autoptr(FlLeaveRequest) request = fl_leave_service_get (demo->service, lead, id, error);
      g_autoptr(FlSession) approver = NULL;
      gboolean approve = g_str_equal (spec->decision, "approve");

      if (request == NULL)
        return FALSE;
      if (fl_leave_request_get_waiting_step (request) == NULL)
        break;
      if (!(approver = approver_of (demo, request, error)) ||
          !fl_leave_service_decide (demo->service, approver, id,
                                    approve ? FL_LEAVE_DECIDED_APPROVE : FL_LEAVE_DECIDED_REJECT,
                                    approve ? "" : _("Two of the team are off that week already"), error))
        return FALSE;
    }
  if (spec->back != 0)
    {
      g_autofree char *back = day_from_today (spec->back, TRUE);

      return fl_leave_service_report_back (demo->service, lead, id, back, NULL, error);
    }
  return TRUE;
}

gboolean
fl_demo_leave_add (FlDatabase  *database,
                   GError     **error)
{
  g_autoptr(FlLeaveService) service = fl_leave_service_new (database);
  DemoLeave demo = { database, service };
  g_autoptr(sqlite3_stmt) any = fl_database_prepare (database, "SELECT 1 FROM leave_requests LIMIT 1", error);
  gboolean has_row = FALSE;

  if (any == NULL || !fl_database_step (database, any, &has_row, error))
    return FALSE;
  if (has_row)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    if (!add_request (&demo, &requests[i], error))
      return FALSE;
  return TRUE;
}
