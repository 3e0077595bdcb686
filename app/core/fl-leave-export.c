/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-csv-writer.h"
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

static void
add_request (FlCsvWriter    *csv,
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
  const char *headings[] = {
    N_("Job number"), N_("Name"), N_("Type"), N_("First day"), N_("From"), N_("Last day"), N_("Until"),
    N_("Working days"), N_("Status"), N_("Urgent"), N_("Filed by"), N_("Filed at (UTC)"), N_("Back on"), N_("Reason"),
  };
  g_autoptr(FlCsvWriter) csv = fl_csv_writer_new ();
  g_autoptr(GPtrArray) requests = NULL;
  g_autofree char *where = NULL;
  gboolean everyone;
  GDate from, to;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error))
    return NULL;
  if (!fl_month_parse_date (first, &from) || !fl_month_parse_date (last, &to))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("Write the days as year-month-day, as 2027-01-04."));
      return NULL;
    }
  if (g_date_compare (&to, &from) < 0)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("The last day comes before the first: swap them."));
      return NULL;
    }
  everyone = fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN);
  /* The days were checked above: safe inside the statement. */
  where = g_strdup_printf ("WHERE r.first_day <= '%s' AND r.last_day >= '%s' %s ORDER BY r.first_day, r.id", last,
                           first, everyone ? "" : "AND (t.lead_staff_id = ?1 OR r.staff_id = ?1)");
  if (!(requests = _fl_leave_read_requests (self, where, everyone ? 0 : fl_session_get_staff_id (actor), NULL,
                                            error)))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    fl_csv_writer_add_text (csv, _(headings[i]));
  fl_csv_writer_end_row (csv);
  for (guint i = 0; i < requests->len; i++)
    add_request (csv, g_ptr_array_index (requests, i));
  return fl_csv_writer_finish (csv);
}
