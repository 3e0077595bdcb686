/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-leave-calendar.h"
#include "fl-leave-request.h"
#include "fl-leave-statement.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_LEAVE_ERROR (fl_leave_error_quark ())

typedef enum
{
  FL_LEAVE_ERROR_INVALID,       /* a field is wrong; the message says which */
  FL_LEAVE_ERROR_OVERLAP,       /* the person has leave on those days already */
  FL_LEAVE_ERROR_NOTICE,        /* filed later than the type's notice, not marked urgent */
  FL_LEAVE_ERROR_BALANCE,       /* more annual leave than is left */
  FL_LEAVE_ERROR_ATTACHMENT,    /* a document missing, too large or not an image or PDF */
  FL_LEAVE_ERROR_NOT_ALLOWED,   /* not this person's to file or decide */
  FL_LEAVE_ERROR_NOT_FOUND,
  FL_LEAVE_ERROR_DECIDED,       /* decided or cancelled meanwhile */
} FlLeaveError;

/* A document is at most 5 MiB: a phone's photo of a certificate, a scan. */
#define FL_LEAVE_ATTACHMENT_MAX_BYTES (5 * 1024 * 1024)
/* A reason, a handover note or a comment is at most this many characters. */
#define FL_LEAVE_TEXT_MAX 2000

/* A document for a request: its name and its bytes (PNG, JPEG or PDF). */
typedef struct
{
  const char *file_name;
  GBytes     *data;
} FlLeaveFile;

/* What a lead fills in. */
typedef struct
{
  gint64             staff_id;
  gint64             type_id;
  const char        *first_day;    /* YYYY-MM-DD */
  FlLeaveHalf        first_half;   /* full or afternoon */
  const char        *last_day;
  FlLeaveHalf        last_half;    /* full or morning */
  const char        *reason;
  const char        *handover;     /* what others take over (工作交接) */
  gboolean           urgent;       /* filed later than the notice, for the reason given */
  const FlLeaveFile *files;
  guint              n_files;
  gint64             extends_id;   /* the request this extends (续假), starting the day after it; or 0 */
} FlLeaveDraft;

#define FL_TYPE_LEAVE_SERVICE (fl_leave_service_get_type ())
G_DECLARE_FINAL_TYPE (FlLeaveService, fl_leave_service, FL, LEAVE_SERVICE, GObject)

GQuark          fl_leave_error_quark          (void);
FlLeaveService *fl_leave_service_new          (FlDatabase      *database);

/* The leave types in their order: a GListModel of FlLeaveType. */
GListModel     *fl_leave_service_list_types   (FlLeaveService  *self,
                                               GError         **error);

/* Saves a leave type from Preferences: @fields' name, paid, notice (-1:
 * Preferences' for its category), document, balance, halves and colour;
 * id 0 adds a type of the other category. The department head or an
 * administrator; audited. Returns the type's id, or 0 with @error set. */
gint64          fl_leave_service_save_type    (FlLeaveService          *self,
                                               FlSession               *actor,
                                               const FlLeaveTypeFields *fields,
                                               GError                 **error);

/* The working days @staff_id would take from @first_day to @last_day: the
 * days with a shift on their team's published roster, where the month is
 * published, otherwise Monday to Friday less public holidays plus make-up
 * workdays; halves as fl_leave_count_working_days(). */
gboolean        fl_leave_service_count_days   (FlLeaveService  *self,
                                               gint64           staff_id,
                                               const char      *first_day,
                                               FlLeaveHalf      first_half,
                                               const char      *last_day,
                                               FlLeaveHalf      last_half,
                                               double          *days,
                                               GError         **error);

/* Files @draft: checked against the center's rules (dates, halves, overlap,
 * notice, balance, documents, a handover note when it starts within a
 * day), routed to its approvers, saved with its documents and audited, in
 * one transaction. A lead files for their team and for themselves; the
 * department head and administrators for anyone. Returns the request's
 * id, or 0 with @error set (FL_LEAVE_ERROR or FL_SESSION_ERROR). */
gint64          fl_leave_service_file         (FlLeaveService     *self,
                                               FlSession          *actor,
                                               const FlLeaveDraft *draft,
                                               GError            **error);

/* Whether @actor may file leave for @staff_id (the person's team lead, the
 * person, the head or an administrator). */
gboolean        fl_leave_service_may_file_for (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           staff_id);

/* A request with its steps. */
FlLeaveRequest *fl_leave_service_get          (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           id,
                                               GError         **error);

/* The pending requests whose next step is @actor's to decide, oldest
 * first: a GListModel of FlLeaveRequest. Never @actor's own. */
GListModel     *fl_leave_service_list_waiting (FlLeaveService  *self,
                                               FlSession       *actor,
                                               GError         **error);

/* The requests @actor may follow, newest first: a lead their team's and
 * their own, the head and administrators everyone's; those that end on or
 * after @since (YYYY-MM-DD). A GListModel of FlLeaveRequest. */
GListModel     *fl_leave_service_list_recent  (FlLeaveService  *self,
                                               FlSession       *actor,
                                               const char      *since,
                                               GError         **error);

/* Approves or rejects the step request @id waits for, with @comment
 * (required to reject); the person's team lead decides a lead's step, the
 * department head a head's, an administrator an administrator's; nobody
 * their own leave. The last approval sets the
 * person's roster days to Leave, draft or published, keeping what they
 * held. One transaction, audited. */
gboolean        fl_leave_service_decide       (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           id,
                                               FlLeaveDecision  decision,
                                               const char      *comment,
                                               GError         **error);

/* Cancels request @id, pending or approved: before its first day the one
 * who filed it (or anyone who may file for the person), from then on the
 * approver of its last step. An approved request gives the roster back
 * each day's shift it held, where the day still shows Leave; returns in
 * @n_restored how many days it gave back. One transaction, audited. */
gboolean        fl_leave_service_cancel       (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           id,
                                               guint           *n_restored,
                                               GError         **error);

/* The approved requests whose person has not reported back (销假) though
 * the leave has ended, for @actor's team (a lead) or everyone (the head,
 * an administrator), oldest first: a GListModel of FlLeaveRequest. */
GListModel     *fl_leave_service_list_to_report_back (FlLeaveService  *self,
                                                      FlSession       *actor,
                                                      GError         **error);

/* Records the first day @id's person was back at work. Back after the
 * first working day following the leave: each working day between is an
 * absence (旷工). Back early: the days from @returned_on are no longer
 * leave (their shifts back on the roster) and its working days are
 * counted again, re-crediting a balance. Returns in @n_absent the days of
 * absence recorded. The person's lead, the head or an administrator. */
gboolean        fl_leave_service_report_back  (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           id,
                                               const char      *returned_on,
                                               guint           *n_absent,
                                               GError         **error);

/* Adds a document to request @id (a certificate handed in on return). */
gboolean        fl_leave_service_attach       (FlLeaveService    *self,
                                               FlSession         *actor,
                                               gint64             id,
                                               const FlLeaveFile *file,
                                               GError           **error);

/* The requests @actor may follow (as fl_leave_service_list_recent()) that
 * touch the days from @first to @last, as CSV for a spreadsheet: one row a
 * request, oldest first, with a header row in the UI's language. */
GBytes         *fl_leave_service_export       (FlLeaveService  *self,
                                               FlSession       *actor,
                                               const char      *first,
                                               const char      *last,
                                               GError         **error);

/* One day of a request as the approver sees it on the roster. */
typedef struct
{
  char     *day;          /* YYYY-MM-DD */
  char     *shift_code;   /* the shift the person would miss, or NULL */
  char     *shift_name;   /* translated */
  gboolean  works;        /* a working shift, not a day off */
  char     *others;       /* the team's others on leave that day (approved or asked), or NULL */
  guint     n_same_shift; /* of them, those out of the same shift */
  gboolean  over_limit;   /* with this request, more out of the shift than roster.max-absent-per-shift */
  /* The coverage strip's count in the tightest half hour of the shift,
   * where the forecast knows it: at the phones without this person, and
   * the need. */
  gboolean  has_coverage;
  guint     staffed;
  guint     required;
  char     *interval;     /* "09:00–09:30" */
} FlLeaveImpactDay;

/* What approving request @id does to the roster, day by day: a GArray of
 * FlLeaveImpactDay that clears its days. */
GArray         *fl_leave_service_read_impact  (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           id,
                                               GError         **error);

gboolean        fl_leave_service_get_balance  (FlLeaveService  *self,
                                               FlSession       *actor,
                                               gint64           staff_id,
                                               const char      *month,
                                               FlLeaveBalance  *balance,
                                               GError         **error);

/* Sets @staff_id's annual leave entitlement for @year to @days (whole or
 * half days, at most 365), or back to the default by years of service when
 * @days is negative. Administrators only; audited. */
gboolean        fl_leave_service_set_entitlement (FlLeaveService  *self,
                                                  FlSession       *actor,
                                                  gint64           staff_id,
                                                  int              year,
                                                  double           days,
                                                  GError         **error);

/* @staff_id's leave statement for @year, for those who may file their
 * leave (their lead, the head, an administrator). */
FlLeaveStatement *fl_leave_service_read_statement (FlLeaveService  *self,
                                                   FlSession       *actor,
                                                   gint64           staff_id,
                                                   int              year,
                                                   GError         **error);

/* The statement as CSV for a spreadsheet: the person and their balance,
 * the days by type, then one row a request and one an absence. */
GBytes         *fl_leave_service_export_statement (FlLeaveService  *self,
                                                   FlSession       *actor,
                                                   gint64           staff_id,
                                                   int              year,
                                                   GError         **error);

/* Who is away in @month (YYYY-MM), day by day: the requests pending or
 * approved and the absences of @team_id's people, or, with 0, of every
 * team @actor may follow (a lead: their own). A team's calendar has a row
 * for everyone on it; all teams' only those away. */
FlLeaveCalendar *fl_leave_service_read_calendar   (FlLeaveService  *self,
                                                   FlSession       *actor,
                                                   const char      *month,
                                                   gint64           team_id,
                                                   GError         **error);

G_END_DECLS
