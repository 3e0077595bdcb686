/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-programme-panel"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fl-qa-month-table.h"
#include "fl-qa-programme-panel-private.h"
#include "fl-month.h"
#include "fl-staff-service.h"
#include "fl-team.h"
#include "fl-table-rows.h"
#include "fl-text-column.h"

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlQaProgrammePanel, fl_qa_programme_panel, ADW_TYPE_BIN)

static void reload (FlQaProgrammePanel *self);

/* Cells of the results table. */

static char *
number_or_dash (double value,
                guint  digits)
{
  return isnan (value) ? g_strdup ("—") : g_strdup_printf ("%.*f", (int) digits, value);
}

static const FlQaMonthFigures *
figures (gpointer item)
{
  return fl_qa_month_result_get_figures (FL_QA_MONTH_RESULT (item));
}

static char *
rank_text (gpointer item)
{
  guint rank = figures (item)->rank;

  if (rank == 0)
    return g_strdup ("—");
  /* Translators: a rank among the month's top three, who are rewarded */
  return fl_qa_month_result_is_top_three (item) ? g_strdup_printf (_("%u ★"), rank)
                                                : g_strdup_printf ("%u", rank);
}

static char *
job_number_text (gpointer item)
{
  return g_strdup (fl_qa_month_result_get_job_number (item));
}

static char *
name_text (gpointer item)
{
  return g_strdup (fl_qa_month_result_get_name (item));
}

static char *
team_text (gpointer item)
{
  return g_strdup (fl_qa_month_result_get_team_name (item));
}

static char *
evaluated_text (gpointer item)
{
  return g_strdup_printf ("%u", figures (item)->evaluated);
}

static char *
failed_text (gpointer item)
{
  return g_strdup_printf ("%u", figures (item)->failed);
}

static char *
average_text (gpointer item)
{
  return number_or_dash (figures (item)->average_score, 1);
}

static char *
qa_points_text (gpointer item)
{
  return number_or_dash (figures (item)->qa_points, 0);
}

static char *
coefficient_text (gpointer item)
{
  return number_or_dash (figures (item)->coefficient, 1);
}

static char *
complaints_text (gpointer item)
{
  return g_strdup_printf ("%u", figures (item)->complaints);
}

static char *
complaint_points_text (gpointer item)
{
  return number_or_dash (figures (item)->complaint_points, 0);
}

static char *
total_text (gpointer item)
{
  return number_or_dash (figures (item)->total, 0);
}

/* Cells of the sampling progress table. */

static const FlSampleProgressFigures *
progress (gpointer item)
{
  return fl_sample_progress_get_figures (FL_SAMPLE_PROGRESS (item));
}

static char *
progress_name_text (gpointer item)
{
  return g_strdup (fl_sample_progress_get_name (item));
}

static char *
progress_role_text (gpointer item)
{
  return g_strdup (progress (item)->kind == FL_SAMPLE_PROGRESS_AGENT ? C_("sampling", "Agent")
                                                                      : C_("sampling", "Scorer"));
}

static char *
qa_done_text (gpointer item)
{
  /* Translators: calls scored of calls assigned, "12 of 20" */
  return g_strdup_printf (_("%u of %u"), progress (item)->qa_done, progress (item)->qa_assigned);
}

static char *
monitoring_done_text (gpointer item)
{
  return g_strdup_printf (_("%u of %u"), progress (item)->monitoring_done, progress (item)->monitoring_assigned);
}

static char *
remaining_text (gpointer item)
{
  return g_strdup_printf ("%u", fl_sample_progress_get_remaining (item));
}

static char *
progress_state_text (gpointer item)
{
  const FlSampleProgressFigures *line = progress (item);

  if (fl_sample_progress_get_remaining (item) == 0)
    return g_strdup (C_("sampling", "Done"));
  if (line->overdue)
    return g_strdup (C_("sampling", "Overdue"));
  if (line->due_soon)
    return g_strdup (C_("sampling", "Due soon"));
  if (line->unassigned > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u call has nobody to score it",
                                         "%u calls have nobody to score them", line->unassigned),
                            line->unassigned);
  return g_strdup (C_("sampling", "In progress"));
}

static void
install_columns (FlQaProgrammePanel *self)
{
  /* Short headings: the table has twelve columns. The CSV says them in full. */
  fl_text_column_add (self->results_view, _("Rank"), rank_text, TRUE);
  fl_text_column_add (self->results_view, C_("column", "Job No."), job_number_text, FALSE);
  gtk_column_view_column_set_expand (fl_text_column_add (self->results_view, C_("person", "Name"), name_text, FALSE),
                                     TRUE);
  fl_text_column_add (self->results_view, _("Team"), team_text, FALSE);
  fl_text_column_add (self->results_view, C_("column", "Scored"), evaluated_text, TRUE);
  fl_text_column_add (self->results_view, C_("calls", "Failed"), failed_text, TRUE);
  fl_text_column_add (self->results_view, C_("column", "Average"), average_text, TRUE);
  fl_text_column_add (self->results_view, _("QA Points"), qa_points_text, TRUE);
  fl_text_column_add (self->results_view, C_("column", "Coefficient"), coefficient_text, TRUE);
  fl_text_column_add (self->results_view, C_("column", "Complaints"), complaints_text, TRUE);
  fl_text_column_add (self->results_view, C_("column", "Compl. Points"), complaint_points_text, TRUE);
  fl_text_column_add (self->results_view, _("Total"), total_text, TRUE);

  gtk_column_view_column_set_expand (fl_text_column_add (self->progress_view, C_("person", "Name"),
                                                         progress_name_text, FALSE), TRUE);
  fl_text_column_add (self->progress_view, C_("sampling", "Role"), progress_role_text, FALSE);
  fl_text_column_add (self->progress_view, _("QA Calls Scored"), qa_done_text, TRUE);
  fl_text_column_add (self->progress_view, _("Monitored"), monitoring_done_text, TRUE);
  fl_text_column_add (self->progress_view, _("Remaining"), remaining_text, TRUE);
  fl_text_column_add (self->progress_view, C_("sampling", "State"), progress_state_text, FALSE);
}

gint64
_fl_qa_programme_panel_selected_team (FlQaProgrammePanel *self)
{
  guint position = gtk_drop_down_get_selected (self->team_dropdown);

  return position < self->team_ids->len ? g_array_index (self->team_ids, gint64, position) : 0;
}

static void
show_message (GtkStack      *stack,
              AdwStatusPage *status,
              const char    *title,
              const char    *description)
{
  adw_status_page_set_title (status, title);
  adw_status_page_set_description (status, description);
  gtk_stack_set_visible_child_name (stack, "message");
}

static void
show_month_state (FlQaProgrammePanel *self)
{
  gboolean closed = fl_qa_results_service_is_closed (self->results, self->month);
  gboolean may_close = fl_session_can (self->session, FL_PERMISSION_CLOSE_QA_MONTH);

  gtk_label_set_label (self->month_state_label,
                       closed ? _("Closed: these results are frozen. Changing an evaluation of this month "
                                  "needs the month reopened, with a reason.")
                              : _("Open: the results follow the evaluations as they are submitted."));
  gtk_widget_set_visible (self->close_button, may_close && !closed);
  gtk_widget_set_visible (self->reopen_button, may_close && closed);
}

static void
results_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FlQaProgrammePanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = fl_qa_results_service_list_month_finish (FL_QA_RESULTS_SERVICE (object), result,
                                                                         &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_set_object (&self->month_results, rows);
  fl_table_rows_set (GTK_WIDGET (self->results_view), self->result_rows, rows);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.export-csv", rows != NULL);
  _fl_qa_programme_panel_update_reports (self);
  if (rows == NULL)
    {
      show_message (self->results_stack, self->results_status, _("The Results Could Not Be Read"),
                    error->message);
      return;
    }
  if (g_list_model_get_n_items (rows) == 0)
    show_message (self->results_stack, self->results_status, _("No Agents"),
                  _("Nobody in this team takes calls, or nothing was evaluated this month."));
  else
    gtk_stack_set_visible_child_name (self->results_stack, "table");
}

static void
progress_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FlQaProgrammePanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = fl_sampling_service_list_progress_finish (FL_SAMPLING_SERVICE (object), result,
                                                                          &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  fl_table_rows_set (GTK_WIDGET (self->progress_view), self->progress_rows, rows);
  if (rows == NULL)
    {
      show_message (self->progress_stack, self->progress_status, _("The Plan Could Not Be Read"),
                    error->message);
      return;
    }
  gtk_stack_set_visible_child_name (self->progress_stack, "table");
}

static void
show_plan (FlQaProgrammePanel *self)
{
  gint64 plan_id = fl_sampling_service_find_plan (self->sampling, self->month,
                                                  _fl_qa_programme_panel_selected_team (self));
  g_autofree char *title = fl_month_format (self->month);
  g_autofree char *text = NULL;

  gtk_button_set_label (self->draw_button, plan_id > 0 ? _("Top Up") : _("Draw Sample"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->draw_button),
                               plan_id > 0 ? _("Draw more calls for the agents whose quota is not met yet")
                                           : _("Draw this month’s calls for QA and for the supervisors’ "
                                               "monitoring"));
  gtk_widget_set_visible (GTK_WIDGET (self->draw_button),
                          fl_session_can (self->session, FL_PERMISSION_PLAN_SAMPLING));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.draw-sample", !self->drawing);

  if (plan_id == 0)
    {
      /* Translators: %s is a month, "November 2026" */
      text = g_strdup_printf (_("No sample has been drawn for %s yet."), title);
      gtk_label_set_label (self->plan_label, text);
      show_message (self->progress_stack, self->progress_status, _("No Sample Yet"),
                    _("Drawing the sample picks each agent’s calls for the month, spread over its weeks "
                      "and queues, and shares them out among the QA auditors."));
      return;
    }

  /* Translators: %s is a month, "November 2026" */
  text = g_strdup_printf (_("The sample of %s: each auditor’s and each agent’s calls, and how many are scored."),
                          title);
  gtk_label_set_label (self->plan_label, text);
  fl_sampling_service_list_progress_async (self->sampling, self->session, plan_id, self->loading,
                                           progress_loaded_cb, g_object_ref (self));
}

/* Loads the month's results and plan in workers; the last request wins. */
static void
reload (FlQaProgrammePanel *self)
{
  g_autofree char *title = fl_month_format (self->month);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  gtk_label_set_label (self->month_label, title);
  show_month_state (self);
  gtk_stack_set_visible_child_name (self->results_stack, "loading");
  fl_complaints_page_set_month (self->complaints_page, self->month);
  fl_calibration_page_reload (self->calibration_page, self->month);
  fl_disputes_page_reload (self->disputes_page);
  fl_qa_dashboard_page_load (self->dashboard_page, self->month, _fl_qa_programme_panel_selected_team (self));
  fl_qa_results_service_list_month_async (self->results, self->session, self->month,
                                          _fl_qa_programme_panel_selected_team (self),
                                          self->loading, results_loaded_cb, g_object_ref (self));
  show_plan (self);
}

static void
move_month (FlQaProgrammePanel *self,
            int                 delta)
{
  char *month = fl_month_add (self->month, delta);

  g_free (self->month);
  self->month = month;
  reload (self);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_month (FL_QA_PROGRAMME_PANEL (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_month (FL_QA_PROGRAMME_PANEL (widget), 1);
}

static void
team_changed_cb (FlQaProgrammePanel *self)
{
  if (self->month != NULL)
    reload (self);
}

void
_fl_qa_programme_panel_toast (FlQaProgrammePanel *self,
                              const char         *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
closed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FlQaProgrammePanel) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.close-month", TRUE);
  if (!fl_qa_results_service_close_month_finish (FL_QA_RESULTS_SERVICE (object), result, &error))
    _fl_qa_programme_panel_toast (self, error->message);
  reload (self);
}

static void
close_month_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);

  gtk_widget_action_set_enabled (widget, "programme.close-month", FALSE);
  fl_qa_results_service_close_month_async (self->results, self->session, self->month, NULL, closed_cb,
                                           g_object_ref (self));
}

static void
reason_changed_cb (GtkEditable     *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reopen", *reason != '\0');
}

static void
reopen_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    FlQaProgrammePanel *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reopen") != 0)
    return;
  if (!fl_qa_results_service_reopen_month (self->results, self->session, self->month,
                                           gtk_editable_get_text (entry), &error))
    _fl_qa_programme_panel_toast (self, error->message);
  reload (self);
}

static void
reopen_month_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *title = fl_month_format (self->month);
  g_autofree char *heading = g_strdup_printf (_("Reopen %s?"), title);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Its results will follow changes to its evaluations again until it is "
                                     "closed. Say why; the reason is kept in the audit log."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason for reopening"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for reopening"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "reopen", C_("month", "Reopen"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reopen",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reopen", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
drawn_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FlQaProgrammePanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FlSamplingOutcome outcome;

  self->drawing = FALSE;
  gtk_spinner_set_spinning (self->draw_spinner, FALSE);
  if (!fl_sampling_service_draw_finish (FL_SAMPLING_SERVICE (object), result, &outcome, &error))
    text = g_strdup (error->message);
  else if (outcome.drawn_qa + outcome.drawn_monitoring > 0)
    /* Translators: a toast after drawing the month's sample */
    text = g_strdup_printf (_("Drew %u calls for QA and %u for monitoring."), outcome.drawn_qa,
                            outcome.drawn_monitoring);
  else if (outcome.short_agents > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No new calls to draw: %u agent still has fewer calls than the quota.",
                                         "No new calls to draw: %u agents still have fewer calls than the quota.",
                                         outcome.short_agents),
                            outcome.short_agents);
  else
    text = g_strdup (_("Every agent’s quota is met; no call was added."));
  _fl_qa_programme_panel_toast (self, text);
  reload (self);
}

static void
draw_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);

  self->drawing = TRUE;
  gtk_widget_action_set_enabled (widget, "programme.draw-sample", FALSE);
  gtk_spinner_set_spinning (self->draw_spinner, TRUE);
  fl_sampling_service_draw_async (self->sampling, self->session, self->month,
                                  _fl_qa_programme_panel_selected_team (self), NULL,
                                  drawn_cb, g_object_ref (self));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FlQaProgrammePanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *text = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    /* Translators: %s is what went wrong */
    text = g_strdup_printf (_("The table could not be saved: %s"), error->message);
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Saved “%s”."), name);
  _fl_qa_programme_panel_toast (self, text);
}

static void
export_response_cb (GtkNativeDialog    *chooser,
                    int                 response,
                    FlQaProgrammePanel *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) csv = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->month_results != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      csv = fl_qa_month_table_to_csv (self->month_results);
      g_file_replace_contents_bytes_async (file, csv, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                          saved_cb, g_object_ref (self));
    }
  g_object_unref (chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  /* Translators: the file name offered for the month's table; %s is "2026-11" */
  g_autofree char *name = g_strdup_printf (_("qa-results-%s.csv"), self->month);

  chooser = gtk_file_chooser_native_new (_("Export the Month’s Results"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fill_teams (FlQaProgrammePanel *self)
{
  g_autoptr(FlStaffService) staff = fl_staff_service_new (self->database, self->session);
  g_autoptr(GListModel) teams = fl_staff_service_list_teams (staff, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 all = 0;

  gtk_string_list_append (names, _("All Teams"));
  g_array_append_val (self->team_ids, all);
  for (guint i = 0; teams != NULL && i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr(FlTeam) team = g_list_model_get_item (teams, i);
      gint64 id = fl_team_get_id (team);

      gtk_string_list_append (names, fl_team_get_name (team));
      g_array_append_val (self->team_ids, id);
    }
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (names));
}

static void
fl_qa_programme_panel_constructed (GObject *object)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (object);
  g_autoptr(GtkNoSelection) lines = NULL;

  G_OBJECT_CLASS (fl_qa_programme_panel_parent_class)->constructed (object);

  self->results = fl_qa_results_service_new (self->database);
  self->sampling = fl_sampling_service_new (self->database);
  self->result_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->result_rows)));
  gtk_single_selection_set_autoselect (self->result_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->result_selection, TRUE);
  g_signal_connect_object (self->result_selection, "notify::selected",
                           G_CALLBACK (_fl_qa_programme_panel_update_reports), self, G_CONNECT_SWAPPED);
  lines = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->progress_rows)));
  gtk_column_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->result_selection));
  fl_table_rows_track (GTK_WIDGET (self->results_view), self->result_rows);
  fl_table_rows_track (GTK_WIDGET (self->progress_view), self->progress_rows);
  gtk_column_view_set_model (self->progress_view, GTK_SELECTION_MODEL (lines));
  install_columns (self);
  fill_teams (self);

  self->complaints_page = FL_COMPLAINTS_PAGE (fl_complaints_page_new (self->database, self->session));
  adw_view_stack_page_set_icon_name (adw_view_stack_add_titled (self->view_stack,
                                                                GTK_WIDGET (self->complaints_page),
                                                                "complaints",
                                                                /* Translators: 投诉 */
                                                                _("Complaints")),
                                     "mail-unread-symbolic");
  g_signal_connect_object (self->complaints_page, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);

  self->dashboard_page = FL_QA_DASHBOARD_PAGE (fl_qa_dashboard_page_new (self->database, self->session));
  adw_view_stack_page_set_icon_name (adw_view_stack_add_titled (self->view_stack,
                                                                GTK_WIDGET (self->dashboard_page),
                                                                "dashboard",
                                                                /* Translators: 质检看板 */
                                                                _("Dashboard")),
                                     "x-office-presentation-symbolic");

  self->disputes_page = FL_DISPUTES_PAGE (fl_disputes_page_new (self->database, self->session));
  adw_view_stack_page_set_icon_name (adw_view_stack_add_titled (self->view_stack,
                                                                GTK_WIDGET (self->disputes_page),
                                                                "disputes",
                                                                /* Translators: 申诉 */
                                                                _("Disputes")),
                                     "mail-read-symbolic");
  g_signal_connect_object (self->disputes_page, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);

  self->calibration_page = FL_CALIBRATION_PAGE (fl_calibration_page_new (self->database, self->session));
  adw_view_stack_page_set_icon_name (adw_view_stack_add_titled (self->view_stack,
                                                                GTK_WIDGET (self->calibration_page),
                                                                "calibration",
                                                                /* Translators: 校准 */
                                                                _("Calibration")),
                                     "emblem-shared-symbolic");

  self->month = fl_month_current ();
}

/* The month is read each time the panel is shown (calls scored meanwhile
 * count), not when the window builds its panels at sign-in. */
static void
fl_qa_programme_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fl_qa_programme_panel_parent_class)->map (widget);
  reload (FL_QA_PROGRAMME_PANEL (widget));
}

static void
fl_qa_programme_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_qa_programme_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (object);

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
fl_qa_programme_panel_dispose (GObject *object)
{
  FlQaProgrammePanel *self = FL_QA_PROGRAMME_PANEL (object);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_QA_PROGRAMME_PANEL);
  g_clear_object (&self->results);
  g_clear_object (&self->sampling);
  g_clear_object (&self->result_selection);
  g_clear_object (&self->result_rows);
  g_clear_object (&self->month_results);
  g_clear_object (&self->progress_rows);
  g_clear_object (&self->database);
  g_clear_object (&self->session);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_pointer (&self->month, g_free);

  G_OBJECT_CLASS (fl_qa_programme_panel_parent_class)->dispose (object);
}

static void
fl_qa_programme_panel_class_init (FlQaProgrammePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_qa_programme_panel_constructed;
  object_class->dispose = fl_qa_programme_panel_dispose;
  object_class->get_property = fl_qa_programme_panel_get_property;
  object_class->set_property = fl_qa_programme_panel_set_property;
  widget_class->map = fl_qa_programme_panel_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-qa-programme-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, month_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, month_state_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, close_button);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, results_stack);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, results_view);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, results_status);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, plan_label);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, draw_spinner);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, draw_button);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, progress_stack);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, progress_view);
  gtk_widget_class_bind_template_child (widget_class, FlQaProgrammePanel, progress_status);
  gtk_widget_class_bind_template_callback (widget_class, team_changed_cb);

  gtk_widget_class_install_action (widget_class, "programme.previous-month", NULL, previous_month_action);
  gtk_widget_class_install_action (widget_class, "programme.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "programme.close-month", NULL, close_month_action);
  gtk_widget_class_install_action (widget_class, "programme.reopen-month", NULL, reopen_month_action);
  gtk_widget_class_install_action (widget_class, "programme.export-csv", NULL, export_csv_action);
  _fl_qa_programme_panel_install_reports (widget_class);
  gtk_widget_class_install_action (widget_class, "programme.draw-sample", NULL, draw_sample_action);
}

static void
fl_qa_programme_panel_init (FlQaProgrammePanel *self)
{
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->result_rows = g_list_store_new (FL_TYPE_QA_MONTH_RESULT);
  self->progress_rows = g_list_store_new (FL_TYPE_SAMPLE_PROGRESS);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.export-csv", FALSE);
}

GtkWidget *
fl_qa_programme_panel_new (FlDatabase *database,
                           FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_QA_PROGRAMME_PANEL,
                       "database", database,
                       "session", session,
                       NULL);
}
