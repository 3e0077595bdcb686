/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-document-chooser.h"
#include "fl-format.h"
#include "fl-leave-dialog.h"
#include "fl-leave-review-dialog.h"
#include "fl-month.h"

struct _FlLeaveReviewDialog
{
  AdwWindow            parent_instance;

  FlLeaveService      *service;
  FlSession           *actor;
  FlLeaveRequest      *request;
  GCancellable        *choosing;

  /* Template widgets */
  GtkLabel            *error_label;
  AdwPreferencesGroup *request_group;
  AdwPreferencesGroup *impact_group;
  AdwPreferencesGroup *steps_group;
  AdwPreferencesGroup *decision_group;
  AdwEntryRow         *comment_row;
  GtkWidget           *attach_button;
  GtkWidget           *extend_button;
  GtkWidget           *cancel_request_button;
  GtkWidget           *reject_button;
  GtkWidget           *approve_button;
};

G_DEFINE_FINAL_TYPE (FlLeaveReviewDialog, fl_leave_review_dialog, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
show_error (FlLeaveReviewDialog *self,
            const GError        *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
finish (FlLeaveReviewDialog *self,
        const char          *done)
{
  g_signal_emit (self, signals[CHANGED], 0, done);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
decide_clicked_cb (FlLeaveReviewDialog *self,
                   GtkButton           *button)
{
  gboolean approve = GTK_WIDGET (button) == self->approve_button;
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (self->request);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!fl_leave_service_decide (self->service, self->actor, fields->id,
                                approve ? FL_LEAVE_DECIDED_APPROVE : FL_LEAVE_DECIDED_REJECT,
                                gtk_editable_get_text (GTK_EDITABLE (self->comment_row)), &error))
    {
      show_error (self, error);
      return;
    }
  done = approve ? g_strdup_printf (_("Approved %s’s leave."), fields->staff_name)
                 : g_strdup_printf (_("Rejected %s’s leave."), fields->staff_name);
  finish (self, done);
}

static void
cancel_request_clicked_cb (FlLeaveReviewDialog *self)
{
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (self->request);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  guint n_restored = 0;

  if (!fl_leave_service_cancel (self->service, self->actor, fields->id, &n_restored, &error))
    {
      show_error (self, error);
      return;
    }
  if (n_restored > 0)
    /* Translators: a leave cancelled after its approval gives its shifts back */
    done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cancelled %s’s leave; %u day is back on the roster as it was.",
                                         "Cancelled %s’s leave; %u days are back on the roster as they were.",
                                         n_restored),
                            fields->staff_name, n_restored);
  else
    done = g_strdup_printf (_("Cancelled %s’s leave."), fields->staff_name);
  finish (self, done);
}

static void
document_chosen_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FlLeaveReviewDialog) self = user_data;
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (self->request);
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GBytes) document = fl_document_chooser_choose_finish (result, &file_name, &error);
  FlLeaveFile file = { file_name, document };
  g_autofree char *done = NULL;

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }
  if (!fl_leave_service_attach (self->service, self->actor, fields->id, &file, &error))
    {
      show_error (self, error);
      return;
    }
  /* Translators: a document's name, then whose leave it was added to */
  done = g_strdup_printf (_("Attached “%1$s” to %2$s’s leave."), file_name, fields->staff_name);
  finish (self, done);
}

static void
attach_clicked_cb (FlLeaveReviewDialog *self)
{
  g_cancellable_cancel (self->choosing);
  g_clear_object (&self->choosing);
  self->choosing = g_cancellable_new ();
  fl_document_chooser_choose_async (GTK_WINDOW (self), self->choosing, document_chosen_cb, g_object_ref (self));
}

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (icon_name != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  adw_preferences_group_add (group, row);
}

static void
fill_request (FlLeaveReviewDialog *self)
{
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (self->request);
  const FlLeaveTypeFields *type = fl_leave_type_get_fields (fl_leave_request_get_leave_type (self->request));
  g_autofree char *who = g_strdup_printf (_("%s (%s)"), fields->staff_name, fields->job_number);
  g_autofree char *days = fl_leave_request_describe_days (self->request);
  g_autofree char *state = fl_leave_request_describe_state (self->request);
  g_autofree char *filed_at = fl_format_date_time (fields->filed_at);
  g_autofree char *filed = NULL;
  g_autofree char *documents = NULL;

  /* Translators: who filed a leave request, and when */
  filed = g_strdup_printf (_("%s, %s"), fields->filed_by ? fields->filed_by : "—", filed_at);
  add_row (self->request_group, who, type->name, NULL);
  add_row (self->request_group, days, state, NULL);
  if (fields->urgent)
    add_row (self->request_group, _("Urgent"), _("Filed later than its notice, or starting within a day"),
             "dialog-warning-symbolic");
  if (fields->extends_id != 0)
    add_row (self->request_group, _("Extension"), _("More days right after an earlier request (续假)"), NULL);
  add_row (self->request_group, _("Filed by"), filed, NULL);
  add_row (self->request_group, _("Reason"), *fields->reason ? fields->reason : _("None given"), NULL);
  if (*fields->handover != '\0')
    add_row (self->request_group, C_("leave", "Handover"), fields->handover, NULL);
  if (fields->n_attachments > 0)
    documents = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", fields->n_attachments),
                                 fields->n_attachments);
  else if (type->attachment == FL_LEAVE_ATTACHMENT_AFTER)
    documents = g_strdup (_("None yet: the certificate is due on the first day back"));
  else
    documents = g_strdup (_("None"));
  add_row (self->request_group, _("Documents"), documents, NULL);
}

static void
fill_impact (FlLeaveReviewDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) impact = fl_leave_service_read_impact (self->service, self->actor,
                                                           fl_leave_request_get_fields (self->request)->id, &error);

  if (impact == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < impact->len; i++)
    {
      const FlLeaveImpactDay *day = &g_array_index (impact, FlLeaveImpactDay, i);
      g_autofree char *date = fl_format_day (day->day);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (day->shift_code != NULL)
        /* Translators: a day of leave and the shift it takes: "Tuesday 5 January · Early (E)" */
        title = g_strdup_printf (_("%1$s · %2$s (%3$s)"), date, day->shift_name, day->shift_code);
      else
        /* Translators: a day of leave with nothing on the roster */
        title = g_strdup_printf (_("%s · no shift on the roster"), date);
      if (day->over_limit)
        /* Translators: the others of the team out the same day, when too many are out of the same shift */
        subtitle = g_strdup_printf (_("Also out: %s. More of the shift would be out than Preferences allow."),
                                    day->others);
      else if (day->others != NULL)
        /* Translators: the others of the team out the same day */
        subtitle = g_strdup_printf (_("Also out: %s"), day->others);
      if (day->has_coverage)
        {
          g_autofree char *coverage = NULL;
          char *joined;

          if (day->staffed < day->required)
            /* Translators: coverage without the person on leave, in the tightest half hour of their shift */
            coverage = g_strdup_printf (_("%1$u of the %2$u agents needed at %3$s would be at the phones."),
                                        day->staffed, day->required, day->interval);
          else
            /* Translators: coverage without the person on leave, in the tightest half hour of their shift */
            coverage = g_strdup_printf (_("Still covered: %1$u at the phones at %3$s, %2$u needed."), day->staffed,
                                        day->required, day->interval);
          joined = subtitle != NULL ? g_strjoin ("\n", subtitle, coverage, NULL) : g_strdup (coverage);
          g_free (subtitle);
          subtitle = joined;
        }
      add_row (self->impact_group, title, subtitle,
               day->over_limit || (day->has_coverage && day->staffed < day->required) ? "dialog-warning-symbolic"
                                                                                      : NULL);
    }
}

static const char *
approver_title (FlLeaveApprover approver)
{
  switch (approver)
    {
    case FL_LEAVE_APPROVER_TEAM_LEAD:
      return _("Team lead");
    case FL_LEAVE_APPROVER_DEPT_HEAD:
      return _("Department head");
    case FL_LEAVE_APPROVER_ADMIN:
      return _("Administrator");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
fill_steps (FlLeaveReviewDialog *self)
{
  for (guint i = 0; i < fl_leave_request_get_n_steps (self->request); i++)
    {
      const FlLeaveStep *step = fl_leave_request_get_step (self->request, i);
      g_autofree char *subtitle = NULL;

      if (step->decision == FL_LEAVE_UNDECIDED)
        subtitle = g_strdup (_("Not decided yet"));
      else if (*step->comment != '\0')
        subtitle = g_strdup_printf (step->decision == FL_LEAVE_DECIDED_APPROVE ? _("Approved by %1$s: %2$s")
                                                                                : _("Rejected by %1$s: %2$s"),
                                    step->decided_by ? step->decided_by : "—", step->comment);
      else
        subtitle = g_strdup_printf (step->decision == FL_LEAVE_DECIDED_APPROVE ? _("Approved by %s")
                                                                                : _("Rejected by %s"),
                                    step->decided_by ? step->decided_by : "—");
      add_row (self->steps_group, approver_title (step->approver), subtitle, NULL);
    }
}

/* Extending (续假): leave waiting or approved that has not ended. */
static gboolean
may_extend (FlLeaveReviewDialog *self)
{
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (self->request);
  g_autofree char *today = fl_month_today ();

  return (fields->state == FL_LEAVE_PENDING || fields->state == FL_LEAVE_APPROVED) && fields->returned_on == NULL &&
         fields->last_half == FL_LEAVE_HALF_FULL && g_strcmp0 (fields->last_day, today) >= 0 &&
         fl_leave_service_may_file_for (self->service, self->actor, fields->staff_id);
}

static gboolean
close_in_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
extended_cb (FlLeaveReviewDialog *self)
{
  /* Translators: a toast once an extension of leave is filed */
  g_signal_emit (self, signals[CHANGED], 0, _("The extension is filed."));
  /* Not while the extension's dialog, which closes with this one, is
   * still saving. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_in_idle, g_object_ref (self), g_object_unref);
}

static void
extend_clicked_cb (FlLeaveReviewDialog *self)
{
  g_autoptr(GListStore) nobody = g_list_store_new (G_TYPE_OBJECT);
  GtkWidget *dialog = fl_leave_dialog_new (GTK_WIDGET (self), self->service, self->actor, G_LIST_MODEL (nobody));

  fl_leave_dialog_set_extends (FL_LEAVE_DIALOG (dialog), self->request);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (extended_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fl_leave_review_dialog_dispose (GObject *object)
{
  FlLeaveReviewDialog *self = FL_LEAVE_REVIEW_DIALOG (object);

  g_cancellable_cancel (self->choosing);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_REVIEW_DIALOG);
  g_clear_object (&self->choosing);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_object (&self->request);

  G_OBJECT_CLASS (fl_leave_review_dialog_parent_class)->dispose (object);
}

static void
fl_leave_review_dialog_class_init (FlLeaveReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_review_dialog_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, request_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, impact_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, steps_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, decision_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, comment_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, attach_button);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, extend_button);
  gtk_widget_class_bind_template_callback (widget_class, extend_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, cancel_request_button);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, reject_button);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveReviewDialog, approve_button);
  gtk_widget_class_bind_template_callback (widget_class, decide_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_request_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, attach_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_leave_review_dialog_init (FlLeaveReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_leave_review_dialog_new (GtkWidget      *parent,
                            FlLeaveService *service,
                            FlSession      *actor,
                            FlLeaveRequest *request,
                            gboolean        can_decide)
{
  FlLeaveReviewDialog *self;
  FlLeaveState state;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_LEAVE_REQUEST (request), NULL);

  self = g_object_new (FL_TYPE_LEAVE_REVIEW_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  self->request = g_object_ref (request);
  state = fl_leave_request_get_fields (request)->state;
  fill_request (self);
  fill_impact (self);
  fill_steps (self);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_group), can_decide);
  gtk_widget_set_visible (self->approve_button, can_decide);
  gtk_widget_set_visible (self->reject_button, can_decide);
  gtk_widget_set_visible (self->cancel_request_button,
                          !can_decide && (state == FL_LEAVE_PENDING || state == FL_LEAVE_APPROVED));
  gtk_widget_set_visible (self->attach_button,
                          !can_decide && (state == FL_LEAVE_PENDING || state == FL_LEAVE_APPROVED));
  gtk_widget_set_visible (self->extend_button, !can_decide && may_extend (self));
  return GTK_WIDGET (self);
}
