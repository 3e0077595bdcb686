/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-format.h"
#include "fl-holiday-service.h"
#include "fl-leave-service-private.h"
#include "fl-month.h"
#include "fl-scorecard.h"
#include "fl-sql.h"

/* Leave requests (请假): filed by a lead, checked against the center's
 * rules and routed to their approvers. Deciding is in
 * fl-leave-service-decide.c, the roster's days in fl-leave-service-roster.c. */
struct _FlLeaveService
{
  GObject           parent_instance;

  FlDatabase       *database;
  FlPolicyService  *policies;
  FlHolidayService *holidays;
};

G_DEFINE_FINAL_TYPE (FlLeaveService, fl_leave_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-leave-error-quark, fl_leave_error)

/* The leave types shipped by schema 9: their names are msgids. */
G_GNUC_UNUSED static const char *shipped_names[] = {
  N_("Annual leave"), N_("Personal leave"), N_("Sick leave"), N_("Marriage leave"), N_("Bereavement leave"),
  N_("Maternity leave"), N_("Paternity leave"), N_("Compensatory leave"),
};

FlDatabase *
_fl_leave_service_get_database (FlLeaveService *self)
{
  return self->database;
}

FlPolicyService *
_fl_leave_service_get_policies (FlLeaveService *self)
{
  return self->policies;
}

FlHolidayService *
_fl_leave_service_get_holidays (FlLeaveService *self)
{
  return self->holidays;
}

/* Types */

GPtrArray *
_fl_leave_read_types (FlLeaveService  *self,
                      GError         **error)
{
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT id, code, name, category, paid, coalesce (notice_days, -1), attachment, "
                                   "  counts_balance, half_days, colour "
                                   "FROM leave_types ORDER BY position, id",
                                   error);
  if (statement == NULL)
    return NULL;
  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      FlLeaveTypeFields fields = {
        .id = sqlite3_column_int64 (statement, 0),
        .code = (char *) fl_sql_column_text (statement, 1),
        .name = (char *) fl_scorecard_translate (fl_sql_column_text (statement, 2)),
        .category = fl_leave_category_from_string (fl_sql_column_text (statement, 3)),
        .paid = sqlite3_column_int (statement, 4) != 0,
        .notice_days = sqlite3_column_int (statement, 5),
        .attachment = fl_leave_attachment_from_string (fl_sql_column_text (statement, 6)),
        .counts_balance = sqlite3_column_int (statement, 7) != 0,
        .half_days = sqlite3_column_int (statement, 8) != 0,
        .colour = (char *) fl_sql_column_text (statement, 9),
      };

      g_ptr_array_add (types, fl_leave_type_new (&fields));
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&types);
}

GListModel *
fl_leave_service_list_types (FlLeaveService  *self,
                             GError         **error)
{
  g_autoptr(GPtrArray) types = NULL;
  GListStore *store;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), NULL);

  if (!(types = _fl_leave_read_types (self, error)))
    return NULL;
  store = g_list_store_new (FL_TYPE_LEAVE_TYPE);
  g_list_store_splice (store, 0, 0, types->pdata, types->len);
  return G_LIST_MODEL (store);
}

FlLeaveType *
_fl_leave_find_type (GPtrArray *types,
                     gint64     id)
{
  for (guint i = 0; i < types->len; i++)
    if (fl_leave_type_get_fields (g_ptr_array_index (types, i))->id == id)
      return g_ptr_array_index (types, i);
  return NULL;
}

/* People */

FlLeaveRank
_fl_leave_rank_of_position (const char *position)
{
  if (g_strcmp0 (position, "department_head") == 0)
    return FL_LEAVE_RANK_DEPT_HEAD;
  /* An administrator answers to the head, as a lead does. */
  if (g_strcmp0 (position, "team_lead") == 0 || g_strcmp0 (position, "administrator") == 0)
    return FL_LEAVE_RANK_TEAM_LEAD;
  return FL_LEAVE_RANK_AGENT;
}

gboolean
_fl_leave_read_person (FlDatabase     *database,
                       gint64          staff_id,
                       FlLeavePerson  *person,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  memset (person, 0, sizeof *person);
  statement = fl_database_prepare (database,
                                   "SELECT s.name, coalesce (s.team_id, 0), coalesce (t.lead_staff_id, 0), s.position, "
                                   "  s.status, s.hire_date "
                                   "FROM staff s LEFT JOIN teams t ON t.id = s.team_id WHERE s.id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, staff_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND, _("This person is not on the staff list."));
      return FALSE;
    }
  person->staff_id = staff_id;
  person->name = g_strdup (fl_sql_column_text (statement, 0));
  person->team_id = sqlite3_column_int64 (statement, 1);
  person->lead_staff_id = sqlite3_column_int64 (statement, 2);
  person->rank = _fl_leave_rank_of_position (fl_sql_column_text (statement, 3));
  person->active = g_strcmp0 (fl_sql_column_text (statement, 4), "active") == 0;
  person->hire_date = g_strdup (fl_sql_column_text (statement, 5));
  return TRUE;
}

void
_fl_leave_person_clear (FlLeavePerson *person)
{
  g_clear_pointer (&person->name, g_free);
  g_clear_pointer (&person->hire_date, g_free);
}

static gboolean
is_team_lead_of (FlSession           *actor,
                 const FlLeavePerson *person)
{
  return fl_session_has_role (actor, FL_ROLE_TEAM_LEAD) && person->lead_staff_id != 0 &&
         person->lead_staff_id == fl_session_get_staff_id (actor);
}

gboolean
_fl_leave_may_decide (FlSession           *actor,
                      const FlLeavePerson *person,
                      FlLeaveApprover      step,
                      GError             **error)
{
  const char *message = NULL;

  if (!fl_session_check (actor, FL_PERMISSION_APPROVE_LEAVE, error))
    return FALSE;
  if (fl_session_get_staff_id (actor) != 0 && fl_session_get_staff_id (actor) == person->staff_id)
    message = _("Nobody decides on their own leave.");
  else if (step == FL_LEAVE_APPROVER_TEAM_LEAD && !is_team_lead_of (actor, person))
    message = _("This request waits for the person’s team lead.");
  else if (step == FL_LEAVE_APPROVER_DEPT_HEAD && !fl_session_has_role (actor, FL_ROLE_DEPT_HEAD))
    message = _("This request waits for the department head.");
  else if (step == FL_LEAVE_APPROVER_ADMIN && !fl_session_has_role (actor, FL_ROLE_ADMIN))
    message = _("This request waits for an administrator.");
  if (message == NULL)
    return TRUE;
  g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED, message);
  return FALSE;
}

/* A lead files for their own team and for themselves; the head and
 * administrators for anyone. */
gboolean
_fl_leave_may_file_for (FlSession           *actor,
                        const FlLeavePerson *person,
                        GError             **error)
{
  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error))
    return FALSE;
  if (fl_session_has_role (actor, FL_ROLE_DEPT_HEAD | FL_ROLE_ADMIN) || is_team_lead_of (actor, person) ||
      fl_session_get_staff_id (actor) == person->staff_id)
    return TRUE;
  g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_ALLOWED,
               _("%s is not in your team: their own team lead files their leave."), person->name);
  return FALSE;
}

gboolean
fl_leave_service_may_file_for (FlLeaveService *self,
                               FlSession      *actor,
                               gint64          staff_id)
{
  g_auto(FlLeavePerson) person = { 0 };

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), FALSE);

  return _fl_leave_read_person (self->database, staff_id, &person, NULL) && person.active &&
         _fl_leave_may_file_for (actor, &person, NULL);
}

/* Filing */

typedef struct
{
  FlLeaveService     *self;
  FlSession          *actor;
  const FlLeaveDraft *draft;
  FlLeavePerson       person;
  FlLeaveType        *type;
  double              days;
  gboolean            urgent;
  FlLeaveRules        rules;
  FlLeaveRouteFacts   facts;
  FlLeaveApprover     steps[FL_LEAVE_MAX_STEPS];
  guint               n_steps;
  const char        **content_types;   /* one per file */
  double              extended_days;   /* the working days of the leave this extends */
  char               *extended_last;   /* its last day, or NULL */
  gint64              id;
} Filing;

double
_fl_leave_sum_days (FlLeaveService  *self,
                    const char      *sql,
                    gint64           staff_id,
                    const char      *day)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database, sql, NULL);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, staff_id);
  sqlite3_bind_text (statement, 2, day, -1, SQLITE_TRANSIENT);
  if (!fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_double (statement, 0);
}

/* Personal leave granted or asked in the month of @day. */
double
_fl_leave_personal_days_in_month (FlLeaveService *self,
                                  gint64          staff_id,
                                  const char     *day)
{
  return _fl_leave_sum_days (self,
                   "SELECT coalesce (sum (r.working_days), 0) FROM leave_requests r "
                   "JOIN leave_types t ON t.id = r.type_id "
                   "WHERE r.staff_id = ?1 AND t.category = 'personal' AND r.state IN ('pending', 'approved') "
                   "  AND substr (r.first_day, 1, 7) = substr (?2, 1, 7)",
                   staff_id, day);
}

/* Statutory paid annual leave (职工带薪年休假条例): 5 days from one year
 * of service, 10 from ten, 15 from twenty; 5 when the hire date is not
 * known. An administrator's entitlement for the year wins. */
double
_fl_leave_annual_entitlement (FlLeaveService      *self,
                              const FlLeavePerson *person,
                              int                  year)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (self->database,
                                   "SELECT days FROM leave_entitlements WHERE staff_id = ? AND year = ?", NULL);
  if (statement != NULL)
    {
      sqlite3_bind_int64 (statement, 1, person->staff_id);
      sqlite3_bind_int (statement, 2, year);
      if (fl_database_step (self->database, statement, &has_row, NULL) && has_row)
        return sqlite3_column_double (statement, 0);
    }
  return _fl_leave_service_years_entitlement (person, year);
}

double
_fl_leave_service_years_entitlement (const FlLeavePerson *person,
                                     int                  year)
{
  GDate hired;
  int years;

  if (person->hire_date == NULL || !fl_month_parse_date (person->hire_date, &hired))
    return 5;
  years = year - g_date_get_year (&hired);
  return years >= 20 ? 15 : years >= 10 ? 10 : years >= 1 ? 5 : 0;
}

static gboolean
check_balance (Filing  *filing,
               GError **error)
{
  const FlLeaveDraft *draft = filing->draft;
  GDate first;
  double entitled, used;

  if (!fl_leave_type_get_fields (filing->type)->counts_balance || !fl_month_parse_date (draft->first_day, &first))
    return TRUE;
  entitled = _fl_leave_annual_entitlement (filing->self, &filing->person, g_date_get_year (&first));
  used = _fl_leave_sum_days (filing->self,
                   "SELECT coalesce (sum (r.working_days), 0) FROM leave_requests r "
                   "JOIN leave_types t ON t.id = r.type_id "
                   "WHERE r.staff_id = ?1 AND t.counts_balance = 1 AND r.state IN ('pending', 'approved') "
                   "  AND substr (r.first_day, 1, 4) = substr (?2, 1, 4)",
                   draft->staff_id, draft->first_day);
  if (filing->days <= entitled - used)
    return TRUE;
  g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_BALANCE,
               /* Translators: days asked, who, days left, the year */
               _("This takes %1$g days of annual leave; %2$s has %3$g left in %4$d."),
               filing->days, filing->person.name, MAX (entitled - used, 0), g_date_get_year (&first));
  return FALSE;
}

static gboolean
check_overlap (Filing  *filing,
               GError **error)
{
  const FlLeaveDraft *draft = filing->draft;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (filing->self->database,
                                   "SELECT first_day, first_half, last_day, last_half FROM leave_requests "
                                   "WHERE staff_id = ?1 AND state IN ('pending', 'approved') "
                                   "  AND first_day <= ?3 AND last_day >= ?2 ORDER BY first_day",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, draft->staff_id);
  sqlite3_bind_text (statement, 2, draft->first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, draft->last_day, -1, SQLITE_TRANSIENT);
  while (fl_database_step (filing->self->database, statement, &has_row, error) && has_row)
    {
      const char *first = fl_sql_column_text (statement, 0);
      const char *last = fl_sql_column_text (statement, 2);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      /* A morning and the afternoon after it share the day. */
      if ((g_strcmp0 (last, draft->first_day) == 0 && g_strcmp0 (fl_sql_column_text (statement, 3), "morning") == 0 &&
           draft->first_half == FL_LEAVE_HALF_AFTERNOON) ||
          (g_strcmp0 (first, draft->last_day) == 0 &&
           g_strcmp0 (fl_sql_column_text (statement, 1), "afternoon") == 0 &&
           draft->last_half == FL_LEAVE_HALF_MORNING))
        continue;
      from = fl_format_day (first);
      to = fl_format_day (last);
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_OVERLAP,
                   /* Translators: who, then the first and last days of the leave they have */
                   _("%1$s already has leave from %2$s to %3$s, which overlaps these days."),
                   filing->person.name, from, to);
      return FALSE;
    }
  return !has_row;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Notice: the type's own, or Preferences' for its category. A request
 * that starts within a day is urgent and needs a handover note. */
static gboolean
check_notice (Filing  *filing,
              GError **error)
{
  const FlLeaveDraft *draft = filing->draft;
  const FlLeaveTypeFields *type = fl_leave_type_get_fields (filing->type);
  g_autofree char *today_text = fl_month_today ();
  GDate today, first;
  int notice = type->notice_days, ahead;

  if (notice < 0)
    notice = (int) fl_policy_service_get (filing->self->policies, type->category == FL_LEAVE_CATEGORY_ANNUAL
                                                                 ? "leave.annual-notice-days" : "leave.notice-days");
  fl_month_parse_date (today_text, &today);
  fl_month_parse_date (draft->first_day, &first);
  ahead = g_date_days_between (&today, &first);
  filing->urgent = draft->urgent || ahead <= 1;
  /* An extension is asked for a day before the leave ends: two days
   * before its own first. */
  if (filing->extended_last != NULL && ahead < 2 && !draft->urgent)
    {
      g_autofree char *last = fl_format_day (filing->extended_last);

      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE,
                   _("An extension is asked for a day before the leave ends, and this leave ends %s. Mark it urgent "
                     "and give the reason to file it anyway."),
                   last);
      return FALSE;
    }
  if (filing->extended_last != NULL)
    notice = 0;
  if (ahead < 0 && !draft->urgent)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE,
                   /* Translators: how many days ago a leave filed after the fact began */
                   g_dngettext (GETTEXT_PACKAGE,
                                "This leave began %d day ago: mark it urgent and give the reason to file it after the "
                                "fact.",
                                "This leave began %d days ago: mark it urgent and give the reason to file it after the "
                                "fact.", (gulong) -ahead),
                   -ahead);
      return FALSE;
    }
  if (ahead < notice && !draft->urgent)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOTICE,
                   /* Translators: the type, its notice in days, then how many days ahead this starts */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%1$s is requested %2$d days ahead; this starts in %3$d day. Mark it urgent and "
                                "give the reason to file it anyway.",
                                "%1$s is requested %2$d days ahead; this starts in %3$d days. Mark it urgent and "
                                "give the reason to file it anyway.", (gulong) ABS (ahead)),
                   type->name, notice, ahead);
      return FALSE;
    }
  if (draft->urgent && is_blank (draft->reason))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("Urgent leave needs its reason: say why it could not be filed in time."));
      return FALSE;
    }
  if (ahead <= 1 && is_blank (draft->handover))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                           _("Leave that starts within a day needs a handover of work (工作交接): write who "
                             "takes over what."));
      return FALSE;
    }
  return TRUE;
}

/* A document's type by its first bytes, not its name: PNG, JPEG or PDF. */
const char *
_fl_leave_sniff_content_type (GBytes *data)
{
  gsize size = 0;
  const guint8 *bytes = g_bytes_get_data (data, &size);

  if (size >= 8 && memcmp (bytes, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "image/png";
  if (size >= 3 && memcmp (bytes, "\xff\xd8\xff", 3) == 0)
    return "image/jpeg";
  if (size >= 5 && memcmp (bytes, "%PDF-", 5) == 0)
    return "application/pdf";
  return NULL;
}

static gboolean
check_documents (Filing  *filing,
                 GError **error)
{
  const FlLeaveDraft *draft = filing->draft;
  const FlLeaveTypeFields *type = fl_leave_type_get_fields (filing->type);

  for (guint i = 0; i < draft->n_files; i++)
    {
      const FlLeaveFile *file = &draft->files[i];
      gsize size = file->data ? g_bytes_get_size (file->data) : 0;
      const char *name = file->file_name && *file->file_name ? file->file_name : _("The document");

      if (size > FL_LEAVE_ATTACHMENT_MAX_BYTES)
        {
          g_autofree char *measured = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
          g_autofree char *limit = g_format_size_full (FL_LEAVE_ATTACHMENT_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);

          g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT,
                       /* Translators: a file's name, its size, the largest size allowed */
                       _("“%1$s” is %2$s; a document may be at most %3$s. Scan or photograph it at a lower "
                         "resolution."), name, measured, limit);
          return FALSE;
        }
      if (size == 0 || (filing->content_types[i] = _fl_leave_sniff_content_type (file->data)) == NULL)
        {
          g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT,
                       _("“%s” is not an image or a PDF: attach a photo, a scan or a PDF of the document."), name);
          return FALSE;
        }
    }
  if (draft->n_files == 0 && type->attachment == FL_LEAVE_ATTACHMENT_BEFORE)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT,
                   _("%s needs its document: attach a photo, a scan or a PDF of it."), type->name);
      return FALSE;
    }
  if (draft->n_files == 0 && filing->person.rank == FL_LEAVE_RANK_AGENT &&
      fl_leave_is_past_allowance (&filing->rules, &filing->facts))
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_ATTACHMENT,
                   /* Translators: who, the days of personal leave allowed in a month */
                   _("This goes past the %2$g days of personal leave %1$s may take in a month: attach the proof, "
                     "and both the team lead and the department head decide."), filing->person.name,
                   filing->rules.personal_days_per_month);
      return FALSE;
    }
  return TRUE;
}

/* Whether the person's lead is away today: on approved leave, or none. */
static gboolean
is_lead_away (FlLeaveService      *self,
              const FlLeavePerson *person)
{
  g_autofree char *today = fl_month_today ();
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  if (person->lead_staff_id == 0)
    return TRUE;
  statement = fl_database_prepare (self->database,
                                   "SELECT 1 FROM leave_requests WHERE staff_id = ?1 AND state = 'approved' "
                                   "AND first_day <= ?2 AND last_day >= ?2 AND returned_on IS NULL",
                                   NULL);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, person->lead_staff_id);
  sqlite3_bind_text (statement, 2, today, -1, SQLITE_TRANSIENT);
  return fl_database_step (self->database, statement, &has_row, NULL) && has_row;
}

/* What routing and the allowance go by: Preferences and the request. */
static void
gather_facts (Filing *filing)
{
  const FlLeaveDraft *draft = filing->draft;

  filing->rules.lead_max_days = fl_policy_service_get (filing->self->policies, "leave.lead-max-days");
  filing->rules.personal_days_per_month = fl_policy_service_get (filing->self->policies,
                                                                 "leave.personal-days-per-month");
  filing->facts.category = fl_leave_type_get_fields (filing->type)->category;
  filing->facts.rank = filing->person.rank;
  /* A lead is never their own approver. */
  if (filing->person.lead_staff_id == filing->person.staff_id)
    filing->facts.rank = MAX (filing->facts.rank, FL_LEAVE_RANK_TEAM_LEAD);
  /* An extension is routed by the whole absence. */
  filing->facts.working_days = filing->days + filing->extended_days;
  filing->facts.personal_days_before = _fl_leave_personal_days_in_month (filing->self, draft->staff_id, draft->first_day);
  filing->facts.lead_away = is_lead_away (filing->self, &filing->person);
}

/* The leave @filing extends: the same person's, pending or approved and
 * not over, ending the day before the extension starts. */
static gboolean
check_extension (Filing  *filing,
                 GError **error)
{
  const FlLeaveDraft *draft = filing->draft;
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;
  GDate after;
  g_autofree char *day_after = NULL;

  if (draft->extends_id == 0)
    return TRUE;
  statement = fl_database_prepare (filing->self->database,
                                   "SELECT staff_id, state IN ('pending', 'approved') AND returned_on IS NULL, "
                                   "  last_day, last_half, working_days FROM leave_requests WHERE id = ?",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, draft->extends_id);
  if (!fl_database_step (filing->self->database, statement, &has_row, error))
    return FALSE;
  if (!has_row || sqlite3_column_int64 (statement, 0) != draft->staff_id)
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_NOT_FOUND,
                           _("The leave to extend is not this person’s, or no longer exists."));
      return FALSE;
    }
  if (!sqlite3_column_int (statement, 1))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_DECIDED,
                           _("Only leave waiting or approved, and not yet reported back, is extended."));
      return FALSE;
    }
  fl_month_parse_date (fl_sql_column_text (statement, 2), &after);
  g_date_add_days (&after, 1);
  day_after = fl_month_date_to_string (&after);
  if (g_strcmp0 (day_after, draft->first_day) != 0 ||
      g_strcmp0 (fl_sql_column_text (statement, 3), "morning") == 0 || draft->first_half != FL_LEAVE_HALF_FULL)
    {
      g_autofree char *formatted = fl_format_day (day_after);

      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("An extension starts the day after the leave it extends: %s, a whole day."), formatted);
      return FALSE;
    }
  filing->extended_last = g_strdup (fl_sql_column_text (statement, 2));
  filing->extended_days = sqlite3_column_double (statement, 4);
  return TRUE;
}

static gboolean
check_texts (const FlLeaveDraft  *draft,
             GError             **error)
{
  const char *texts[] = { draft->reason, draft->handover };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && (!g_utf8_validate (texts[i], -1, NULL) || g_utf8_strlen (texts[i], -1) > FL_LEAVE_TEXT_MAX))
      {
        g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                     _("A reason or a handover note is at most %d characters."), FL_LEAVE_TEXT_MAX);
        return FALSE;
      }
  return TRUE;
}

static gboolean
write_filing (gpointer   user_data,
              GError   **error)
{
  Filing *filing = user_data;
  const FlLeaveDraft *draft = filing->draft;
  FlDatabase *database = filing->self->database;
  g_autofree char *now = fl_sql_now_utc ();
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) step = NULL;
  g_autoptr(sqlite3_stmt) document = NULL;
  g_autoptr(JsonNode) after = NULL;

  /* Checked again inside the transaction: nothing filed meanwhile overlaps. */
  if (!check_overlap (filing, error))
    return FALSE;
  insert = fl_database_prepare (database,
                                "INSERT INTO leave_requests (staff_id, type_id, first_day, first_half, last_day, "
                                "  last_half, working_days, reason, handover, urgent, filed_by_account_id, filed_at, "
                                "  extends_request_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, draft->staff_id);
  sqlite3_bind_int64 (insert, 2, draft->type_id);
  sqlite3_bind_text (insert, 3, draft->first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, fl_leave_half_to_string (draft->first_half), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, draft->last_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 6, fl_leave_half_to_string (draft->last_half), -1, SQLITE_STATIC);
  sqlite3_bind_double (insert, 7, filing->days);
  sqlite3_bind_text (insert, 8, draft->reason ? draft->reason : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 9, draft->handover ? draft->handover : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (insert, 10, filing->urgent);
  fl_sql_bind_id (insert, 11, fl_session_get_account_id (filing->actor));
  sqlite3_bind_text (insert, 12, now, -1, SQLITE_TRANSIENT);
  fl_sql_bind_id (insert, 13, draft->extends_id);
  if (!fl_database_run (database, insert, error))
    return FALSE;
  filing->id = fl_database_last_insert_id (database);

  step = fl_database_prepare (database, "INSERT INTO leave_steps (request_id, position, approver) VALUES (?, ?, ?)",
                              error);
  if (step == NULL)
    return FALSE;
  for (guint i = 0; i < filing->n_steps; i++)
    {
      sqlite3_reset (step);
      sqlite3_bind_int64 (step, 1, filing->id);
      sqlite3_bind_int (step, 2, (int) i + 1);
      sqlite3_bind_text (step, 3, fl_leave_approver_to_string (filing->steps[i]), -1, SQLITE_STATIC);
      if (!fl_database_run (database, step, error))
        return FALSE;
    }

  document = fl_database_prepare (database,
                                  "INSERT INTO leave_attachments (request_id, file_name, content_type, data, "
                                  "  added_by_account_id, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                                  error);
  if (document == NULL)
    return FALSE;
  for (guint i = 0; i < draft->n_files; i++)
    {
      gsize size = 0;
      gconstpointer bytes = g_bytes_get_data (draft->files[i].data, &size);

      sqlite3_reset (document);
      sqlite3_bind_int64 (document, 1, filing->id);
      sqlite3_bind_text (document, 2, draft->files[i].file_name && *draft->files[i].file_name
                                      ? draft->files[i].file_name : "document", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (document, 3, filing->content_types[i], -1, SQLITE_STATIC);
      sqlite3_bind_blob64 (document, 4, bytes, size, SQLITE_STATIC);
      fl_sql_bind_id (document, 5, fl_session_get_account_id (filing->actor));
      sqlite3_bind_text (document, 6, now, -1, SQLITE_TRANSIENT);
      if (!fl_database_run (database, document, error))
        return FALSE;
    }
  return (after = fl_audit_snapshot (database, "leave_requests", filing->id, error)) != NULL &&
         fl_audit_record (database, filing->actor, "leave_requests", filing->id, "file", NULL, after, error);
}

gint64
fl_leave_service_file (FlLeaveService     *self,
                       FlSession          *actor,
                       const FlLeaveDraft *draft,
                       GError            **error)
{
  Filing filing = { self, actor, draft };
  g_autoptr(GPtrArray) types = NULL;
  g_autofree const char **content_types = NULL;
  gboolean filed;

  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (draft->files != NULL || draft->n_files == 0, 0);

  if (!fl_session_check (actor, FL_PERMISSION_FILE_LEAVE, error) ||
      !_fl_leave_read_person (self->database, draft->staff_id, &filing.person, error))
    {
      _fl_leave_person_clear (&filing.person);
      return 0;
    }
  content_types = g_new0 (const char *, draft->n_files + 1);
  filing.content_types = content_types;
  if (!(types = _fl_leave_read_types (self, error)))
    filed = FALSE;
  else if (!(filing.type = _fl_leave_find_type (types, draft->type_id)))
    {
      g_set_error_literal (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("Choose a type of leave."));
      filed = FALSE;
    }
  else if (!filing.person.active)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("%s has left the center."), filing.person.name);
      filed = FALSE;
    }
  else if (!fl_leave_type_get_fields (filing.type)->half_days &&
           (draft->first_half != FL_LEAVE_HALF_FULL || draft->last_half != FL_LEAVE_HALF_FULL))
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID, _("%s is taken in whole days."),
                   fl_leave_type_get_fields (filing.type)->name);
      filed = FALSE;
    }
  else
    filed = _fl_leave_may_file_for (actor, &filing.person, error) && check_texts (draft, error) &&
            _fl_leave_count_days (self, &filing.person, draft->first_day, draft->first_half, draft->last_day, draft->last_half,
                        &filing.days, error);
  if (filed && filing.days == 0)
    {
      g_set_error (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID,
                   _("%s does not work on these days: there is no leave to take."), filing.person.name);
      filed = FALSE;
    }
  filed = filed && check_extension (&filing, error);
  if (filed)
    gather_facts (&filing);
  filed = filed && check_notice (&filing, error) && check_overlap (&filing, error) && check_balance (&filing, error) &&
          check_documents (&filing, error);
  if (filed)
    {
      filing.n_steps = fl_leave_route (&filing.rules, &filing.facts, filing.steps);
      filed = fl_database_transaction (self->database, write_filing, &filing, error);
    }
  _fl_leave_person_clear (&filing.person);
  g_free (filing.extended_last);
  return filed ? filing.id : 0;
}

/* Lifecycle */

static void
fl_leave_service_dispose (GObject *object)
{
  FlLeaveService *self = FL_LEAVE_SERVICE (object);

  g_clear_object (&self->holidays);
  g_clear_object (&self->policies);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_leave_service_parent_class)->dispose (object);
}

static void
fl_leave_service_class_init (FlLeaveServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_leave_service_dispose;
}

static void
fl_leave_service_init (FlLeaveService *self)
{
}

FlLeaveService *
fl_leave_service_new (FlDatabase *database)
{
  FlLeaveService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_LEAVE_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->policies = fl_policy_service_new (database);
  self->holidays = fl_holiday_service_new (database);
  return self;
}
