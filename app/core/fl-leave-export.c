/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-leave-service-private.h"
#include "fl-month.h"

/* Leave requests as a spreadsheet (CSV), for a date range. */

static const char *
describe_half (FlLeaveHalf half)
{
  switch (half)
    {
    case FL_LEAVE_HALF_MORNING:
      return _("morning");
    case FL_LEAVE_HALF_AFTERNOON:
      return _("afternoon");
    case FL_LEAVE_HALF_FULL:
    default:
      return _("whole day");
    }
}

void
_fl_leave_csv_add_headings (FlCsvWriter *csv)
{
  const char *headings[] = {
    N_("Job number"), N_("Name"), N_("Type"), N_("First day"), N_("From"), N_("Last day"), N_("Until"),
    N_("Working days"), N_("Status"), N_("Urgent"), N_("Filed by"), N_("Filed at (UTC)"), N_("Back on"), N_("Reason"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    fl_csv_writer_add_text (csv, _(headings[i]));
  fl_csv_writer_end_row (csv);
}

void
_fl_leave_csv_add_request (FlCsvWriter    *csv,
                           FlLeaveRequest *request)
{
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (request);
  g_autofree char *state = fl_leave_request_describe_state (request);

  fl_csv_writer_add_text (csv, fields->job_number);
  fl_csv_writer_add_text (csv, fields->staff_name);
  fl_csv_writer_add_text (csv, fl_leave_type_get_fields (fl_leave_request_get_leave_type (request))->name);
  fl_csv_writer_add_text (csv, fields->first_day);
  fl_csv_writer_add_text (csv, describe_half (fields->first_half));
  fl_csv_writer_add_text (csv, fields->last_day);
  fl_csv_writer_add_text (csv, describe_half (fields->last_half));
  fl_csv_writer_add_number (csv, fields->working_days, 1);
  fl_csv_writer_add_text (csv, state);
  fl_csv_writer_add_text (csv, fields->urgent ? _("yes") : "");
  fl_csv_writer_add_text (csv, fields->filed_by);
  fl_csv_writer_add_text (csv, fields->filed_at);
  fl_csv_writer_add_text (csv, fields->returned_on);
  fl_csv_writer_add_text (csv, fields->reason);
  fl_csv_writer_end_row (csv);
}

GBytes *
fl_leave_service_export (FlLeaveService  *self,
                         FlSession       *actor,
                         const char      *first,
                         const char      *last,
                         GError         **error)
{
  g_autoptr(FlCsvWriter) csv = fl_csv_writer_new ();
  g_autoptr(GPtrArray) requests = NULL;
  g_autofree char *where = NULL;
  gboolean everyone;
  GDate from, to;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error))
    return NULL;
  if (!fl_month_parse_range (first, last, &from, &to, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, error))
    return NULL;
  everyone = fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  /* The days were checked above: safe inside the statement. */
  where = g_strdup_printf ("WHERE r.first_day <= '%s' AND r.last_day >= '%s' %s ORDER BY r.first_day, r.id", last,
                           first, everyone ? "" : "AND (t.lead_staff_id = ?1 OR r.staff_id = ?1)");
  if (!(requests = _fl_leave_read_requests (self, where, everyone ? 0 : fl_session_get_staff_id (actor), NULL,
                                            error)))
    return NULL;
  _fl_leave_csv_add_headings (csv);
  for (guint i = 0; i < requests->len; i++)
    _fl_leave_csv_add_request (csv, g_ptr_array_index (requests, i));
  return fl_csv_writer_finish (csv);
}

static void
add_pair (FlCsvWriter *csv,
          const char  *label,
          const char  *value)
{
  fl_csv_writer_add_text (csv, label);
  fl_csv_writer_add_text (csv, value);
  fl_csv_writer_end_row (csv);
}

static void
add_days (FlCsvWriter *csv,
          const char  *label,
          double       days)
{
  fl_csv_writer_add_text (csv, label);
  fl_csv_writer_add_number (csv, days, 1);
  fl_csv_writer_end_row (csv);
}

GBytes *
fl_leave_service_export_statement (FlLeaveService  *self,
                                   FlSession       *actor,
                                   gint64           staff_id,
                                   int              year,
                                   GError         **error)
{
  g_autoptr(FlLeaveStatement) statement = NULL;
  g_autoptr(FlCsvWriter) csv = fl_csv_writer_new ();
  g_autofree char *year_text = NULL;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!(statement = fl_leave_service_read_statement (self, actor, staff_id, year, error)))
    return NULL;
  year_text = g_strdup_printf ("%d", statement->year);
  add_pair (csv, _("Name"), statement->name);
  add_pair (csv, _("Job number"), statement->job_number);
  add_pair (csv, _("Team"), statement->team);
  add_pair (csv, _("Year"), year_text);
  add_days (csv, _("Annual leave entitled"), statement->annual.entitled);
  add_days (csv, _("Annual leave taken"), statement->annual.taken);
  add_days (csv, _("Annual leave waiting"), statement->annual.pending);
  add_days (csv, _("Annual leave remaining"), statement->annual.remaining);
  fl_csv_writer_end_row (csv);

  fl_csv_writer_add_text (csv, _("Type"));
  fl_csv_writer_add_text (csv, _("Approved days"));
  fl_csv_writer_add_text (csv, _("Waiting days"));
  fl_csv_writer_end_row (csv);
  for (guint i = 0; i < statement->totals->len; i++)
    {
      FlLeaveTypeTotal *total = &g_array_index (statement->totals, FlLeaveTypeTotal, i);

      fl_csv_writer_add_text (csv, fl_leave_type_get_fields (total->type)->name);
      fl_csv_writer_add_number (csv, total->approved, 1);
      fl_csv_writer_add_number (csv, total->pending, 1);
      fl_csv_writer_end_row (csv);
    }
  fl_csv_writer_end_row (csv);

  _fl_leave_csv_add_headings (csv);
  for (guint i = 0; i < statement->requests->len; i++)
    _fl_leave_csv_add_request (csv, g_ptr_array_index (statement->requests, i));
  fl_csv_writer_end_row (csv);

  /* Translators: a heading in a leave statement: the days missed without leave (旷工) */
  fl_csv_writer_add_text (csv, _("Absent"));
  for (guint i = 0; i < statement->absences->len; i++)
    fl_csv_writer_add_text (csv, g_ptr_array_index (statement->absences, i));
  fl_csv_writer_end_row (csv);
  return fl_csv_writer_finish (csv);
}
