/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-csv-writer.h"
#include "fl-holiday-service.h"
#include "fl-leave-service.h"
#include "fl-policy-service.h"

G_BEGIN_DECLS

/* For the leave service's files: what they share. */
FlDatabase      *_fl_leave_service_get_database (FlLeaveService  *self);
FlPolicyService *_fl_leave_service_get_policies (FlLeaveService  *self);
FlHolidayService *_fl_leave_service_get_holidays (FlLeaveService *self);

/* The leave types in their order (FlLeaveType), and one of them by id. */
GPtrArray   *_fl_leave_read_types        (FlLeaveService  *self,
                                          GError         **error);
FlLeaveType *_fl_leave_find_type         (GPtrArray       *types,
                                          gint64           id);
/* Whose leave by their position on the staff list. */
FlLeaveRank  _fl_leave_rank_of_position  (const char      *position);
/* A strict YYYY-MM-DD, or an error saying how to write it. */
gboolean     _fl_leave_parse_day         (const char      *text,
                                          GDate           *date,
                                          GError         **error);

/* The person a request is for, as routing and permissions see them. */
typedef struct
{
  gint64       staff_id;
  char        *name;
  gint64       team_id;         /* 0: no team */
  gint64       lead_staff_id;   /* their team's lead, 0: none */
  FlLeaveRank  rank;
  gboolean     active;
  char        *hire_date;       /* or NULL */
} FlLeavePerson;

gboolean _fl_leave_read_person   (FlDatabase     *database,
                                  gint64          staff_id,
                                  FlLeavePerson  *person,
                                  GError        **error);
void     _fl_leave_person_clear  (FlLeavePerson  *person);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FlLeavePerson, _fl_leave_person_clear)

/* Whether @actor may decide @step of @person's request; otherwise @error
 * says whose decision it waits for. */
gboolean _fl_leave_may_decide    (FlSession           *actor,
                                  const FlLeavePerson *person,
                                  FlLeaveApprover      step,
                                  GError             **error);

/* fl-leave-service-days.c: the working days of @person from @first_day
 * to @last_day with their halves, as fl_leave_service_count_days(). */
gboolean    _fl_leave_count_days          (FlLeaveService      *self,
                                           const FlLeavePerson *person,
                                           const char          *first_day,
                                           FlLeaveHalf          first_half,
                                           const char          *last_day,
                                           FlLeaveHalf          last_half,
                                           double              *days,
                                           GError             **error);
/* Whether @actor may file (and cancel, report back) for @person. */
gboolean    _fl_leave_may_file_for        (FlSession           *actor,
                                           const FlLeavePerson *person,
                                           GError             **error);
/* "image/png", "image/jpeg", "application/pdf" by the first bytes, or NULL. */
const char *_fl_leave_sniff_content_type  (GBytes              *data);
double      _fl_leave_annual_entitlement  (FlLeaveService      *self,
                                           const FlLeavePerson *person,
                                           int                  year);
/* The statutory days by years of service: 5 from one year, 10 from ten,
 * 15 from twenty (5 when the hire date is not known). */
double      _fl_leave_service_years_entitlement (const FlLeavePerson *person,
                                                 int                  year);
/* The double @sql sums for ?1 = @staff_id and ?2 = @day; 0 on an error. */
double      _fl_leave_sum_days            (FlLeaveService      *self,
                                           const char          *sql,
                                           gint64               staff_id,
                                           const char          *day);
double      _fl_leave_personal_days_in_month (FlLeaveService   *self,
                                              gint64            staff_id,
                                              const char       *day);
/* Requests with their steps, as read_requests() in fl-leave-service.c. */
GPtrArray  *_fl_leave_read_requests       (FlLeaveService      *self,
                                           const char          *where,
                                           gint64               id,
                                           GArray              *people,
                                           GError             **error);
/* For each of @n_days from @first: whether @person works it. */
gboolean    _fl_leave_read_working_days   (FlLeaveService      *self,
                                           const FlLeavePerson *person,
                                           const GDate         *first,
                                           guint                n_days,
                                           gboolean            *working,
                                           GError             **error);

/* fl-leave-service-roster.c: sets the person's roster days of an approved
 * request to Leave, keeping what each held in leave_cells; inside the
 * approval's transaction. */
gboolean _fl_leave_mark_roster   (FlDatabase           *database,
                                  FlSession            *actor,
                                  gint64                request_id,
                                  const FlLeavePerson  *person,
                                  const char           *first_day,
                                  const char           *last_day,
                                  GError              **error);
/* Gives the roster back the shifts request @id's days from @from_day on
 * held, where they still show Leave, and forgets them; @n_restored gets
 * how many. */
gboolean _fl_leave_restore_roster (FlDatabase           *database,
                                  gint64                request_id,
                                  const char           *from_day,
                                  guint                *n_restored,
                                  GError              **error);

/* fl-leave-export.c: a request as a CSV row under the headings. */
void _fl_leave_csv_add_headings  (FlCsvWriter          *csv);
void _fl_leave_csv_add_request   (FlCsvWriter          *csv,
                                  FlLeaveRequest       *request);

G_END_DECLS
