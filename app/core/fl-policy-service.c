/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-policy-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-policy-service.h"

struct _FlPolicyService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlPolicyService, fl_policy_service, G_TYPE_OBJECT)

#define GROUP_QA      N_("Quality assurance (质检)")
#define GROUP_ROSTER  N_("Rosters (排班)")
#define GROUP_LEAVE   N_("Leave (请销假)")
#define GROUP_STAFF   N_("Staffing (Erlang C)")
#define GROUP_ACCOUNT N_("Sign-in")

/* How a roster rule is held to: FlRuleSeverity's values. */
static const char * const severities[] = {
  /* Translators: what a broken roster rule does: nothing, a warning, or it blocks submitting */
  N_("Not checked"), N_("Warns"), N_("Blocks submitting"), NULL,
};

/* The center's rules, with the numbers of its handbook (domain.md). */
static const FlPolicyInfo policies[] = {
  { "qa.samples-per-agent", GROUP_QA, N_("Recordings sampled per agent"),
    N_("Each agent's calls scored by QA every month (handbook: 20–30)"), 20, 1, 100, 1, 0 },
  { "qa.monitored-per-agent", GROUP_QA, N_("Calls monitored per agent"),
    N_("Calls the supervisors monitor for each agent every month"), 2, 0, 20, 1, 0 },
  { "qa.points", GROUP_QA, N_("QA points"),
    N_("Points of the monthly performance score for QA (话务质检)"), 40, 0, 100, 1, 0 },
  { "qa.deduction-per-failure", GROUP_QA, N_("Deduction per failing call"),
    N_("QA points lost for each failing call"), 8, 0, 40, 1, 0 },
  { "qa.failures-for-zero", GROUP_QA, N_("Failing calls for zero points"),
    N_("From this many failing calls in a month the QA points are 0"), 5, 1, 30, 1, 0 },
  { "qa.coefficient-min", GROUP_QA, N_("Lowest monitoring coefficient"),
    N_("测听系数 of the month's lowest monitored score"), 0.8, 0.1, 1.0, 0.1, 1 },
  { "qa.coefficient-max", GROUP_QA, N_("Highest monitoring coefficient"),
    N_("测听系数 of the month's highest monitored score"), 1.2, 1.0, 2.0, 0.1, 1 },
  { "qa.complaint-points", GROUP_QA, N_("Complaint points"),
    N_("Points for no verified complaint (投诉); one costs half, two cost all"), 20, 0, 100, 1, 0 },
  { "qa.minimum-call-seconds", GROUP_QA, N_("Shortest call sampled"),
    N_("Calls shorter than this many seconds are too short to judge and are not sampled"), 30, 0, 600, 5, 0 },
  { "qa.dispute-window-days", GROUP_QA, N_("Days to dispute a score"),
    N_("A team lead may dispute (申诉) a submitted evaluation for this many days"), 7, 1, 60, 1, 0 },
  { "qa.calibration-tolerance", GROUP_QA, N_("Calibration tolerance"),
    N_("A calibration (校准) score further than this many points from the reference scorer’s is marked far off"),
    10, 1, 50, 1, 0 },
  { "roster.min-rest-hours", GROUP_ROSTER, N_("Minimum rest between shifts"),
    N_("Hours off between the end of one shift and the start of the next"), 11, 0, 24, 1, 0 },
  { "roster.max-consecutive-days", GROUP_ROSTER, N_("Most working days in a row"),
    N_("Days an agent may work before a day off"), 6, 1, 14, 1, 0 },
  { "roster.handover-minutes", GROUP_ROSTER, N_("Handover time"),
    N_("Minutes before the shift to arrive for handover (交接班)"), 10, 0, 60, 5, 0 },
  { "roster.submit-by-day", GROUP_ROSTER, N_("Roster due by day"),
    N_("Next month's roster is filed by this day of the month"), 25, 1, 28, 1, 0 },
  { "roster.max-swaps-per-month", GROUP_ROSTER, N_("Swaps per person per month"),
    N_("Approved shift swaps (换班) one person may have in a month"), 2, 0, 10, 1, 0 },
  { "roster.max-absent-per-shift", GROUP_ROSTER, N_("Absent per shift"),
    N_("People who may be on leave or swapped out of one shift"), 1, 0, 10, 1, 0 },
  { "roster.seat-min-days", GROUP_ROSTER, N_("Shortest seat assignment"),
    N_("Days a seat assignment lasts at least (最短连续服务周期)"), 7, 1, 31, 1, 0 },
  { "roster.rule.rest", GROUP_ROSTER, N_("Too little rest"),
    N_("A shift starts sooner after the one before than the minimum rest"), 2, 0, 2, 1, 0, severities },
  { "roster.rule.overlap", GROUP_ROSTER, N_("Overlapping shifts"),
    N_("A shift starts before the one before it ends"), 2, 0, 2, 1, 0, severities },
  { "roster.rule.consecutive-days", GROUP_ROSTER, N_("Too many days in a row"),
    N_("More working days in a row than allowed"), 2, 0, 2, 1, 0, severities },
  { "roster.rule.absent-per-shift", GROUP_ROSTER, N_("Too many absent"),
    N_("More of a team on leave or swapped out on a day than allowed"), 1, 0, 2, 1, 0, severities },
  { "roster.rule.shift-on-leave", GROUP_ROSTER, N_("Shift on leave"),
    N_("A shift on a day of approved leave"), 2, 0, 2, 1, 0, severities },
  { "roster.rule.monthly-hours", GROUP_ROSTER, N_("Hours outside the contract"),
    N_("An agent’s month has fewer or more hours than their contract"), 1, 0, 2, 1, 0, severities },
  { "roster.rule.seat", GROUP_ROSTER, N_("Seat kept too short"),
    N_("An agent moves to another seat before the shortest seat assignment is over"), 1, 0, 2, 1, 0, severities },
  { "leave.lead-max-days", GROUP_LEAVE, N_("Days a team lead approves"),
    N_("Leave up to this many working days goes to the team lead (班长); longer to the department head"), 3, 0, 30, 0.5, 1 },
  { "leave.annual-notice-days", GROUP_LEAVE, N_("Notice for annual leave"),
    N_("Days ahead annual leave (年假) must be requested"), 30, 0, 120, 1, 0 },
  { "leave.notice-days", GROUP_LEAVE, N_("Notice for other leave"),
    N_("Days ahead other leave is filed, except emergencies"), 1, 0, 30, 1, 0 },
  { "leave.personal-days-per-month", GROUP_LEAVE, N_("Personal leave per month"),
    N_("Days of personal leave (事假) a month before the head must approve too"), 2, 0, 31, 0.5, 1 },
  { "staffing.service-level-percent", GROUP_STAFF, N_("Service level target"),
    N_("Percent of calls answered within the target time"), 80, 1, 100, 1, 0 },
  { "staffing.answer-seconds", GROUP_STAFF, N_("Target answer time"),
    N_("Seconds within which calls should be answered"), 20, 1, 600, 1, 0 },
  { "staffing.shrinkage-percent", GROUP_STAFF, N_("Shrinkage"),
    N_("Percent of paid time not on the phones (breaks, training, leave)"), 30, 0, 90, 1, 0 },
  { "account.lockout-attempts", GROUP_ACCOUNT, N_("Wrong passwords before lockout"),
    N_("An account locks after this many wrong passwords in a row"), 5, 1, 20, 1, 0 },
  { "account.lockout-minutes", GROUP_ACCOUNT, N_("Lockout time"),
    N_("Minutes a locked account waits before it may try again"), 5, 1, 1440, 1, 0 },
};

const FlPolicyInfo *
fl_policy_list_all (guint *n_policies)
{
  g_return_val_if_fail (n_policies != NULL, NULL);

  *n_policies = G_N_ELEMENTS (policies);
  return policies;
}

const FlPolicyInfo *
fl_policy_lookup (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (policies); i++)
    if (g_strcmp0 (policies[i].key, key) == 0)
      return &policies[i];
  return NULL;
}

double
fl_policy_service_get (FlPolicyService *self,
                       const char      *key)
{
  const FlPolicyInfo *info = fl_policy_lookup (key);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_POLICY_SERVICE (self), 0);
  g_return_val_if_fail (info != NULL, 0);

  statement = fl_database_prepare (self->database, "SELECT value FROM policies WHERE key = ?", NULL);
  if (statement == NULL)
    return info->default_value;
  sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
  if (!fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return info->default_value;

  return CLAMP (g_ascii_strtod ((const char *) sqlite3_column_text (statement, 0), NULL),
                info->minimum, info->maximum);
}

typedef struct
{
  FlPolicyService *self;
  FlSession       *actor;
  const char      *key;
  double           value;
} PolicyChange;

static JsonNode *
policy_node (const char *key,
             double      value)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "key");
  json_builder_add_string_value (builder, key);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, value);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
store_policy (gpointer   user_data,
              GError   **error)
{
  PolicyChange *change = user_data;
  FlDatabase *database = change->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = policy_node (change->key, fl_policy_service_get (change->self, change->key));
  g_autoptr(JsonNode) after = policy_node (change->key, change->value);
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  statement = fl_database_prepare (database,
                                   "INSERT INTO policies (key, value) VALUES (?1, ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = ?2",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, change->key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, g_ascii_dtostr (text, sizeof text, change->value), -1, SQLITE_TRANSIENT);

  return fl_database_run (database, statement, error) &&
         fl_audit_record (database, change->actor, "policies", 0, change->key, before, after, error);
}

gboolean
fl_policy_service_set (FlPolicyService  *self,
                       FlSession        *actor,
                       const char       *key,
                       double            value,
                       GError          **error)
{
  const FlPolicyInfo *info = fl_policy_lookup (key);
  PolicyChange change = { self, actor, key, value };

  g_return_val_if_fail (FL_IS_POLICY_SERVICE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error))
    return FALSE;
  if (value < info->minimum || value > info->maximum)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” must lie between %g and %g."), _(info->title), info->minimum, info->maximum);
      return FALSE;
    }

  return fl_database_transaction (self->database, store_policy, &change, error);
}

static void
fl_policy_service_dispose (GObject *object)
{
  FlPolicyService *self = (FlPolicyService *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_policy_service_parent_class)->dispose (object);
}

static void
fl_policy_service_class_init (FlPolicyServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_policy_service_dispose;
}

static void
fl_policy_service_init (FlPolicyService *self)
{
}

FlPolicyService *
fl_policy_service_new (FlDatabase *database)
{
  FlPolicyService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_POLICY_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}
