/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-file-saver.h"
#include "fl-group-rows.h"
#include "fl-leave-calendar-view.h"
#include "fl-leave-dialog.h"
#include "fl-leave-export-dialog.h"
#include "fl-leave-panel.h"
#include "fl-leave-review-dialog.h"
#include "fl-leave-service.h"
#include "fl-month.h"
#include "fl-staff-service.h"

/* Requests shown as recent: those that ended at most this many days ago. */
#define RECENT_DAYS 60

struct _FlLeavePanel
{
  AdwBin               parent_instance;

  FlDatabase          *database;
  FlSession           *session;
  FlLeaveService      *service;
  guint                badge;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *waiting_group;
  AdwPreferencesGroup *return_group;
  AdwPreferencesGroup *recent_group;
  FlLeaveCalendarView *calendar_view;
};

G_DEFINE_FINAL_TYPE (FlLeavePanel, fl_leave_panel, ADW_TYPE_BIN)

enum { PROP_0, PROP_DATABASE, PROP_SESSION, PROP_BADGE, N_PROPS };

static GParamSpec *properties[N_PROPS];

static void refresh (FlLeavePanel *self);

static void
toast (FlLeavePanel *self,
       const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static FlLeaveRequest *
request_of (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "fl-request");
}

static void
review_changed_cb (FlLeavePanel *self,
                   const char   *done)
{
  refresh (self);
  toast (self, done);
}

static void
open_request (FlLeavePanel *self,
              GtkWidget    *button,
              gboolean      can_decide)
{
  GtkWidget *dialog = fl_leave_review_dialog_new (GTK_WIDGET (self), self->service, self->session,
                                                  request_of (button), can_decide);

  g_signal_connect_object (dialog, "changed", G_CALLBACK (review_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
review_clicked_cb (FlLeavePanel *self,
                   GtkButton    *button)
{
  open_request (self, GTK_WIDGET (button), TRUE);
}

static void
details_clicked_cb (FlLeavePanel *self,
                    GtkButton    *button)
{
  open_request (self, GTK_WIDGET (button), FALSE);
}

/* Reporting back: the day the person was at work again. */

static void
return_response_cb (FlLeavePanel     *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  FlLeaveRequest *request = g_object_get_data (G_OBJECT (dialog), "fl-request");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *day = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  guint n_absent = 0;

  if (g_strcmp0 (response, "record") != 0)
    return;
  if (!fl_leave_service_report_back (self->service, self->session, fl_leave_request_get_fields (request)->id, day,
                                     &n_absent, &error))
    {
      toast (self, error->message);
      return;
    }
  if (n_absent > 0)
    /* Translators: a late return from leave: who, and the working days of absence (旷工) it leaves */
    done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s is back; %u working day is recorded as absence.",
                                         "%s is back; %u working days are recorded as absence.", n_absent),
                            fl_leave_request_get_fields (request)->staff_name, n_absent);
  else
    done = g_strdup_printf (_("%s is back."), fl_leave_request_get_fields (request)->staff_name);
  refresh (self);
  toast (self, done);
}

static void
record_return_clicked_cb (FlLeavePanel *self,
                          GtkButton    *button)
{
  FlLeaveRequest *request = request_of (GTK_WIDGET (button));
  g_autofree char *today = fl_month_today ();
  g_autofree char *heading = g_strdup_printf (_("%s Is Back"), fl_leave_request_get_fields (request)->staff_name);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                                       _("The first day back at work, as year-month-day. Working days "
                                                         "missed after the leave are recorded as absence (旷工).")));
  gtk_editable_set_text (GTK_EDITABLE (entry), today);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day back"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "record", _("_Record Return"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "record");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fl-request", g_object_ref (request), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (return_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Lists */

/* What a row's button does. */
typedef enum
{
  ROW_REVIEW,
  ROW_RECORD_RETURN,
  ROW_DETAILS,
} RowAction;

/* A row for @request: who and what, the days and where it stands, and a
 * button doing @action (named for the person to a screen reader). */
static GtkWidget *
create_row (FlLeavePanel   *self,
            FlLeaveRequest *request,
            RowAction       action)
{
  const FlLeaveRequestFields *fields = fl_leave_request_get_fields (request);
  const FlLeaveTypeFields *type = fl_leave_type_get_fields (fl_leave_request_get_leave_type (request));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *days = fl_leave_request_describe_days (request);
  g_autofree char *state = fl_leave_request_describe_state (request);
  /* Translators: a leave request in a list: who, and its type */
  g_autofree char *title = g_strdup_printf (_("%1$s · %2$s"), fields->staff_name, type->name);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GCallback clicked;

  switch (action)
    {
    case ROW_REVIEW:
      button = gtk_button_new_with_label (_("Review…"));
      /* Translators: %s is a person's name, for a screen reader */
      accessible = g_strdup_printf (_("Review %s’s leave"), fields->staff_name);
      clicked = G_CALLBACK (review_clicked_cb);
      break;
    case ROW_RECORD_RETURN:
      button = gtk_button_new_with_label (_("Record Return…"));
      /* Translators: %s is a person's name, for a screen reader */
      accessible = g_strdup_printf (_("Record %s’s return"), fields->staff_name);
      clicked = G_CALLBACK (record_return_clicked_cb);
      break;
    case ROW_DETAILS:
    default:
      button = gtk_button_new_with_label (_("Details…"));
      /* Translators: %s is a person's name, for a screen reader */
      accessible = g_strdup_printf (_("Details of %s’s leave"), fields->staff_name);
      clicked = G_CALLBACK (details_clicked_cb);
      break;
    }
  if (type->attachment == FL_LEAVE_ATTACHMENT_AFTER && fields->n_attachments == 0 &&
      fields->state == FL_LEAVE_APPROVED)
    /* Translators: a sick leave's days and state, with its hospital certificate still to come */
    subtitle = g_strdup_printf (_("%1$s · %2$s · certificate due"), days, state);
  else if (fields->urgent)
    /* Translators: a leave request's days, where it stands, and that it is urgent */
    subtitle = g_strdup_printf (_("%1$s · %2$s · urgent"), days, state);
  else
    subtitle = g_strdup_printf (_("%1$s · %2$s"), days, state);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_object_set_data_full (G_OBJECT (button), "fl-request", g_object_ref (request), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* Fills @group with @requests; returns how many, 0 with a toast on an error. */
static guint
fill_group (FlLeavePanel        *self,
            AdwPreferencesGroup *group,
            GListModel          *requests,
            const GError        *error,
            RowAction            action)
{
  fl_group_rows_clear (group);
  if (requests == NULL)
    {
      toast (self, error->message);
      return 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(FlLeaveRequest) request = g_list_model_get_item (requests, i);

      fl_group_rows_add (group, create_row (self, request, action));
    }
  return g_list_model_get_n_items (requests);
}

static void
refresh (FlLeavePanel *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) since = g_date_time_add_days (now, -RECENT_DAYS);
  g_autofree char *since_day = g_date_time_format (since, "%Y-%m-%d");
  g_autoptr(GError) waiting_error = NULL;
  g_autoptr(GError) return_error = NULL;
  g_autoptr(GError) recent_error = NULL;
  g_autoptr(GListModel) waiting = fl_leave_service_list_waiting (self->service, self->session, &waiting_error);
  g_autoptr(GListModel) to_return = fl_leave_service_list_to_report_back (self->service, self->session, &return_error);
  g_autoptr(GListModel) recent = fl_leave_service_list_recent (self->service, self->session, since_day, &recent_error);
  g_autofree char *summary = NULL;
  guint n_waiting, n_to_return;

  n_waiting = fill_group (self, self->waiting_group, waiting, waiting_error, ROW_REVIEW);
  n_to_return = fill_group (self, self->return_group, to_return, return_error, ROW_RECORD_RETURN);
  if (fill_group (self, self->recent_group, recent, recent_error, ROW_DETAILS) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No leave in the last 60 days"));
      fl_group_rows_add (self->recent_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->waiting_group), n_waiting > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->return_group), n_to_return > 0);
  if (n_waiting > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request waits for your decision.",
                                            "%u requests wait for your decision.", n_waiting), n_waiting);
  else
    summary = g_strdup (_("Nothing waits for your decision."));
  gtk_label_set_label (self->summary_label, summary);
  fl_leave_calendar_view_refresh (self->calendar_view);
  if (self->badge != n_waiting)
    {
      self->badge = n_waiting;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
    }
}

/* Filing */

static void
filed_cb (FlLeavePanel *self)
{
  refresh (self);
}

static void
file_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FlLeavePanel *self = FL_LEAVE_PANEL (widget);
  g_autoptr(FlStaffService) staff = fl_staff_service_new (self->database, self->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) everyone = fl_staff_service_list_staff (staff, NULL, FALSE, &error);
  g_autoptr(GListStore) people = g_list_store_new (FL_TYPE_STAFF_MEMBER);
  g_autoptr(FlStaffMember) own = NULL;
  GtkWidget *dialog;

  if (everyone == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* The team first; one's own leave last. */
  for (guint i = 0; i < g_list_model_get_n_items (everyone); i++)
    {
      g_autoptr(FlStaffMember) member = g_list_model_get_item (everyone, i);
      gint64 id = fl_staff_member_get_id (member);

      if (id == fl_session_get_staff_id (self->session))
        own = g_steal_pointer (&member);
      else if (fl_leave_service_may_file_for (self->service, self->session, id))
        g_list_store_append (people, member);
    }
  if (own != NULL && fl_leave_service_may_file_for (self->service, self->session, fl_staff_member_get_id (own)))
    g_list_store_append (people, own);
  if (g_list_model_get_n_items (G_LIST_MODEL (people)) == 0)
    {
      toast (self, _("Nobody in your team yet: add agents to it in Staff."));
      return;
    }
  dialog = fl_leave_dialog_new (widget, self->service, self->session, G_LIST_MODEL (people));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (filed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Exporting */

static void
exported_cb (FlLeavePanel        *self,
             gint64               id,
             FlLeaveExportDialog *dialog)
{
  g_autofree char *name = fl_leave_export_dialog_dup_file_name (dialog);

  fl_file_saver_save (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Save the Leave Requests"), name,
                      fl_leave_export_dialog_get_csv (dialog), self->toast_overlay);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlLeavePanel *self = FL_LEAVE_PANEL (widget);
  GtkWidget *dialog = fl_leave_export_dialog_new (widget, self->service, self->session);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Lifecycle */

static void
fl_leave_panel_constructed (GObject *object)
{
  FlLeavePanel *self = FL_LEAVE_PANEL (object);

  G_OBJECT_CLASS (fl_leave_panel_parent_class)->constructed (object);

  self->service = fl_leave_service_new (self->database);
  fl_leave_calendar_view_set_up (self->calendar_view, self->database, self->service, self->session);
  refresh (self);
}

static void
fl_leave_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fl_leave_panel_parent_class)->map (widget);

  /* Others may have decided meanwhile. */
  refresh (FL_LEAVE_PANEL (widget));
}

static void
fl_leave_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FlLeavePanel *self = FL_LEAVE_PANEL (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      g_value_set_uint (value, self->badge);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_leave_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FlLeavePanel *self = FL_LEAVE_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_leave_panel_dispose (GObject *object)
{
  FlLeavePanel *self = FL_LEAVE_PANEL (object);

  /* AdwBin would unparent its child again after the template let it go. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_PANEL);
  g_clear_object (&self->service);
  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_leave_panel_parent_class)->dispose (object);
}

static void
fl_leave_panel_class_init (FlLeavePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_leave_panel_constructed;
  object_class->get_property = fl_leave_panel_get_property;
  object_class->set_property = fl_leave_panel_set_property;
  object_class->dispose = fl_leave_panel_dispose;
  widget_class->map = fl_leave_panel_map;

  properties[PROP_DATABASE] = g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                                                   G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                   G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                                                  G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /* Requests waiting for the signed-in person's decision. The sidebar shows it. */
  properties[PROP_BADGE] = g_param_spec_uint ("badge", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FL_TYPE_LEAVE_CALENDAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeavePanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlLeavePanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeavePanel, waiting_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeavePanel, return_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeavePanel, recent_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeavePanel, calendar_view);
  gtk_widget_class_install_action (widget_class, "leave.file", NULL, file_activated);
  gtk_widget_class_install_action (widget_class, "leave.export", NULL, export_activated);
}

static void
fl_leave_panel_init (FlLeavePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_leave_panel_new (FlDatabase *database,
                    FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_LEAVE_PANEL, "database", database, "session", session, NULL);
}

void
fl_leave_panel_reload (FlLeavePanel *self)
{
  g_return_if_fail (FL_IS_LEAVE_PANEL (self));

  refresh (self);
}
