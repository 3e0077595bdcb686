/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-panel"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fl-forecast-dialog.h"
#include "fl-pattern-dialog.h"
#include "fl-report-window.h"
#include "fl-roster-export.h"
#include "fl-roster-panel-private.h"
#include "fl-seat-dialog.h"
#include "fl-swap-dialog.h"

/* What the roster panel does to a month: edits, undone and redone; the
 * roster's way from the lead to the department head; swaps. */

/* Editing */

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->history == NULL)
    return;
  done = g_str_equal (action_name, "roster.undo") ? fl_roster_history_undo (self->history, &error)
                                                  : fl_roster_history_redo (self->history, &error);
  if (!done)
    _fl_roster_panel_toast (self, error->message);
}

static void
fill_shift_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);

  fl_roster_grid_fill_selection (self->grid, g_str_equal (action_name, "roster.clear")
                                             ? FL_ROSTER_EMPTY
                                             : g_variant_get_int32 (parameter));
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
fill_pattern_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  guint first_agent = 0, last_agent = 0, first_day = 0, last_day = 0;

  if (self->history == NULL || fl_roster_get_n_agents (_fl_roster_panel_current_roster (self)) == 0)
    return;
  fl_roster_grid_get_selection (self->grid, &first_agent, &last_agent, &first_day, &last_day);
  gtk_window_present (GTK_WINDOW (fl_pattern_dialog_new (widget, self->service, self->history, first_agent,
                                                         last_agent, first_day, last_day)));
}

static void
assign_seat_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  guint first_agent = 0, last_agent = 0, first_day = 0, last_day = 0;

  if (self->history == NULL || fl_roster_get_n_agents (_fl_roster_panel_current_roster (self)) == 0)
    return;
  fl_roster_grid_get_selection (self->grid, &first_agent, &last_agent, &first_day, &last_day);
  /* The history's "changed" redraws the grid. */
  gtk_window_present (GTK_WINDOW (fl_seat_dialog_new (widget, self->history, first_agent, last_agent, first_day,
                                                      last_day)));
}

/* The roster's way: submit, publish, return */

/* Asks, in a dialog with an entry, why; @given gets what is written once
 * the @action_label button is pressed. */
typedef void (*ReasonGiven) (FlRosterPanel *self,
                             const char    *reason,
                             gint64         id);

static void
reason_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FlRosterPanel    *self)
{
  ReasonGiven given = g_object_get_data (G_OBJECT (dialog), "given");
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "id");

  if (g_str_equal (response, "confirm"))
    given (self, gtk_editable_get_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog))), *id);
}

static void
ask_reason (FlRosterPanel *self,
            const char    *heading,
            const char    *body,
            const char    *placeholder,
            const char    *action_label,
            ReasonGiven    given,
            gint64         id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  GtkWidget *reason = gtk_entry_new ();
  gint64 *stored = g_new (gint64, 1);

  *stored = id;
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reason);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    "confirm", action_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  g_object_set_data (G_OBJECT (dialog), "given", given);
  g_object_set_data_full (G_OBJECT (dialog), "id", stored, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
state_changed (FlRosterPanel *self,
               gboolean       done,
               GError        *error,
               const char    *message)
{
  if (!done)
    {
      _fl_roster_panel_toast (self, error->message);
      return;
    }
  _fl_roster_panel_toast (self, message);
  _fl_roster_panel_update_actions (self);
}

static void
submit_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (_fl_roster_panel_current_roster (self) == NULL)
    return;
  if (g_str_equal (action_name, "roster.submit"))
    {
      done = fl_roster_service_submit (self->service, self->session, _fl_roster_panel_current_roster (self), &error);
      /* Translators: a toast after the lead submits the roster */
      state_changed (self, done, error, _("Submitted to the department head."));
    }
  else
    {
      done = fl_roster_service_publish (self->service, self->session, _fl_roster_panel_current_roster (self), &error);
      /* Translators: a toast after the department head publishes a roster */
      state_changed (self, done, error, _("Published: the team sees this roster."));
    }
}

static void
roster_returned (FlRosterPanel *self,
                 const char    *reason,
                 gint64         unused)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (_fl_roster_panel_current_roster (self) == NULL)
    return;
  done = fl_roster_service_return (self->service, self->session, _fl_roster_panel_current_roster (self), reason,
                                   &error);
  /* Translators: a toast after the department head sends a roster back */
  state_changed (self, done, error, _("Returned to the lead as a draft."));
}

static void
return_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ask_reason (FL_ROSTER_PANEL (widget), _("Return the Roster to the Lead?"),
              _("It becomes a draft again. Say what to change."), _("What to change"), _("Return"),
              roster_returned, 0);
}

/* Swaps (换班) on a published roster */

static void
swap_asked_cb (FlRosterPanel *self,
               gint64         id)
{
  /* Translators: a toast after the lead asks for a swap */
  _fl_roster_panel_toast (self, _("Asked: the department head decides on the swap."));
  _fl_roster_panel_read_swaps (self);
}

static void
ask_swap_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  GtkWidget *dialog;
  guint agent, day;

  if (roster == NULL || fl_roster_get_n_agents (roster) < 2)
    return;
  fl_roster_grid_get_cursor (self->grid, &agent, &day);
  dialog = fl_swap_dialog_new (widget, self->swaps, self->session, roster, agent, day);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (swap_asked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
decide_swap (FlRosterPanel *self,
             gint64         id,
             gboolean       approve,
             const char    *comment)
{
  g_autoptr(GError) error = NULL;
  FlRoster *roster = _fl_roster_panel_current_roster (self);

  if (roster == NULL)
    return;
  if (!fl_swap_service_decide (self->swaps, self->session, roster, id, approve, comment, &error))
    {
      _fl_roster_panel_toast (self, error->message);
      return;
    }
  /* Translators: toasts after the department head decides on a swap */
  _fl_roster_panel_toast (self, approve ? _("Swap approved: the roster shows it.") : _("Swap rejected."));
  _fl_roster_panel_read_swaps (self);
  if (approve)
    _fl_roster_panel_cells_changed (self);
}

static void
swap_rejected (FlRosterPanel *self,
               const char    *comment,
               gint64         id)
{
  decide_swap (self, id, FALSE, comment);
}

void
_fl_roster_panel_swap_decided_cb (FlRosterPanel *self,
                                  gint64         id,
                                  gboolean       approve,
                                  FlSwapList    *list)
{
  if (approve)
    decide_swap (self, id, TRUE, NULL);
  else
    ask_reason (self, _("Reject the Swap?"), _("The lead reads why."), _("Why not"), _("Reject"),
                swap_rejected, id);
}

/* Exports */

static void
calendar_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FlRosterPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *text = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Saved “%s”."), name);
  else
    /* Translators: %s is what went wrong */
    text = g_strdup_printf (_("The calendar could not be saved: %s"), error->message);
  _fl_roster_panel_toast (self, text);
}

static void
calendar_chosen_cb (GtkNativeDialog *chooser,
                    int              response,
                    FlRosterPanel   *self)
{
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  guint agent = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "agent"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && roster != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      char *ics = fl_roster_export_ics (roster, agent, now);
      g_autoptr(GBytes) bytes = g_bytes_new_take (ics, strlen (ics));

      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                           calendar_saved_cb, g_object_ref (self));
    }
  g_object_unref (chooser);
}

static void
export_calendar_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  gboolean whole_team = g_str_equal (g_variant_get_string (parameter, NULL), "team");
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  guint agent = FL_ROSTER_ALL_AGENTS;

  if (roster == NULL || fl_roster_get_n_agents (roster) == 0)
    return;
  if (!whole_team)
    fl_roster_grid_get_cursor (self->grid, &agent, NULL);
  /* Translators: the file name offered for an exported calendar: the month, then the team or an agent */
  name = g_strdup_printf (_("roster-%s-%s.ics"), fl_roster_get_month (roster),
                          whole_team ? _fl_roster_panel_team_name (self) : fl_roster_get_agent_name (roster, agent));
  chooser = gtk_file_chooser_native_new (_("Export a Calendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "agent", GUINT_TO_POINTER (agent));
  g_signal_connect_object (chooser, "response", G_CALLBACK (calendar_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
report_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  g_autoptr(FlReportTable) table = NULL;
  g_autofree char *file_name = NULL;

  if (roster == NULL)
    return;
  table = fl_roster_export_table (roster, _fl_roster_panel_team_name (self));
  /* Translators: the file name offered for a roster's table, without extension: the month, then the team */
  file_name = g_strdup_printf (_("roster-%s-%s"), fl_roster_get_month (roster), _fl_roster_panel_team_name (self));
  gtk_window_present (GTK_WINDOW (fl_report_window_new (widget, table, file_name)));
}

/* The forecast coverage is measured against, from a spreadsheet */

static void
forecast_imported_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(FlRosterPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_imported = fl_forecast_service_import_finish (FL_FORECAST_SERVICE (source), result, &error);

  if (n_imported == 0)
    {
      _fl_roster_panel_toast (self, error->message);
      return;
    }
  /* Translators: a toast after importing a forecast */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported the forecast of %u half-hour.",
                                       "Imported the forecast of %u half-hours.", n_imported), n_imported);
  _fl_roster_panel_toast (self, text);
  _fl_roster_panel_cells_changed (self);
}

static void
forecast_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FlRosterPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      _fl_roster_panel_toast (self, error->message);
      return;
    }
  if (memchr (contents, '\0', length) != NULL)
    {
      _fl_roster_panel_toast (self, _("This file is not a CSV file: save the forecast from the spreadsheet as CSV."));
      return;
    }
  fl_forecast_service_import_async (self->forecasts, self->session, contents, NULL, forecast_imported_cb,
                                    g_object_ref (self));
}

static void
forecast_chosen_cb (GtkNativeDialog *chooser,
                    int              response,
                    FlRosterPanel   *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    g_file_load_contents_async (file, NULL, forecast_read_cb, g_object_ref (self));
  g_object_unref (chooser);
}

/* The coverage strip, read again, is the answer. */
static void
forecast_saved_cb (FlRosterPanel *self)
{
  _fl_roster_panel_cells_changed (self);
}

/* The forecast typed by hand, on the weekday the coverage strip shows. */
static void
edit_forecast_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  guint weekday = 1;
  GtkWidget *dialog;

  if (roster != NULL && fl_roster_get_n_days (roster) > 0)
    {
      g_autofree char *date = fl_roster_dup_date (roster, (int) self->coverage_day);
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_parse (&day, date);
      if (g_date_valid (&day))
        weekday = g_date_get_weekday (&day);
    }
  dialog = fl_forecast_dialog_new (widget, self->forecasts, self->session, weekday);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (forecast_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_forecast_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import a Forecast"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (forecast_chosen_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_fl_roster_panel_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "roster.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "roster.redo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "roster.fill-shift", "i", fill_shift_activated);
  gtk_widget_class_install_action (widget_class, "roster.clear", NULL, fill_shift_activated);
  gtk_widget_class_install_action (widget_class, "roster.fill-pattern", NULL, fill_pattern_activated);
  gtk_widget_class_install_action (widget_class, "roster.assign-seat", NULL, assign_seat_activated);
  gtk_widget_class_install_action (widget_class, "roster.submit", NULL, submit_activated);
  gtk_widget_class_install_action (widget_class, "roster.publish", NULL, submit_activated);
  gtk_widget_class_install_action (widget_class, "roster.return", NULL, return_activated);
  gtk_widget_class_install_action (widget_class, "roster.ask-swap", NULL, ask_swap_activated);
  gtk_widget_class_install_action (widget_class, "roster.export-calendar", "s", export_calendar_activated);
  gtk_widget_class_install_action (widget_class, "roster.report", NULL, report_activated);
  gtk_widget_class_install_action (widget_class, "roster.edit-forecast", NULL, edit_forecast_activated);
  gtk_widget_class_install_action (widget_class, "roster.import-forecast", NULL, import_forecast_activated);
}
