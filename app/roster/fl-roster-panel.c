/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-month.h"
#include "fl-paint-probe.h"
#include "fl-probe.h"
#include "fl-policy-service.h"
#include "fl-roster-panel-private.h"
#include "fl-staff-service.h"
#include "fl-team.h"

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  PROP_BADGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlRosterPanel, fl_roster_panel, ADW_TYPE_BIN)

static void open_roster (FlRosterPanel *self);

void
_fl_roster_panel_toast (FlRosterPanel *self,
                        const char    *text)
{
  AdwToast *toast = adw_toast_new (text);

  /* The news replaces what it makes stale ("rules are broken", then
   * "submitted"), instead of waiting behind it. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

FlRoster *
_fl_roster_panel_current_roster (FlRosterPanel *self)
{
  return self->history ? fl_roster_history_get_roster (self->history) : NULL;
}

static gint64
selected_team (FlRosterPanel *self)
{
  guint position = gtk_drop_down_get_selected (self->team_dropdown);

  return position < self->team_ids->len ? g_array_index (self->team_ids, gint64, position) : 0;
}

const char *
_fl_roster_panel_team_name (FlRosterPanel *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->team_dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : "";
}

/* What the signed-in person may do to the team shown; the core checks again. */
gboolean
_fl_roster_panel_may_edit_team (FlRosterPanel *self)
{
  guint position = gtk_drop_down_get_selected (self->team_dropdown);

  if (!fl_session_can (self->session, FL_PERMISSION_EDIT_ROSTER))
    return FALSE;
  if (fl_session_can (self->session, FL_PERMISSION_PUBLISH_ROSTER))
    return TRUE;
  return position < self->team_lead_ids->len &&
         g_array_index (self->team_lead_ids, gint64, position) == fl_session_get_staff_id (self->session);
}

/* The state, the buttons and the deadline */

static void
show_deadline (FlRosterPanel *self,
               FlRoster      *roster)
{
  g_autofree char *current = fl_month_current ();
  g_autofree char *next = fl_month_add (current, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int due_day = (int) fl_policy_service_get (self->policies, "roster.submit-by-day");
  g_autofree char *due_date = g_strdup_printf ("%s-%02d", current, due_day);
  g_autofree char *due = fl_format_day (due_date);
  g_autofree char *month = fl_month_format (next);
  g_autofree char *text = NULL;
  gboolean due_soon;

  due_soon = roster != NULL && g_str_equal (fl_roster_get_month (roster), next) &&
             fl_roster_get_state (roster) == FL_ROSTER_DRAFT;
  if (due_soon && g_date_time_get_day_of_month (now) > due_day)
    /* Translators: a warning above the roster: %1$s is a month, %2$s the day it was due */
    text = g_strdup_printf (_("The roster for %1$s was due by %2$s and is not submitted yet."), month, due);
  else if (due_soon)
    /* Translators: a reminder above the roster: %1$s is a month, %2$s the day it is due */
    text = g_strdup_printf (_("Submit the roster for %1$s by %2$s."), month, due);
  if (text)
    gtk_label_set_label (self->deadline_label, text);
  gtk_revealer_set_reveal_child (self->deadline_revealer, text != NULL);
}

/* What undo and redo can do: after every edit. */
static void
update_history_actions (FlRosterPanel *self)
{
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  gboolean editable = roster != NULL && fl_roster_get_state (roster) == FL_ROSTER_DRAFT &&
                      _fl_roster_panel_may_edit_team (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.undo",
                                 editable && fl_roster_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.redo",
                                 editable && fl_roster_history_can_redo (self->history));
}

/* What the roster's state lets the signed-in person do, and the deadline:
 * when a month opens and when its state changes. */
void
_fl_roster_panel_update_actions (FlRosterPanel *self)
{
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  FlRosterState state = roster ? fl_roster_get_state (roster) : FL_ROSTER_PUBLISHED;
  gboolean may_edit = roster != NULL && _fl_roster_panel_may_edit_team (self);
  gboolean editable = may_edit && state == FL_ROSTER_DRAFT;
  gboolean deciding = roster != NULL && state == FL_ROSTER_SUBMITTED &&
                      fl_session_can (self->session, FL_PERMISSION_PUBLISH_ROSTER);
  gboolean swapping = may_edit && state == FL_ROSTER_PUBLISHED;

  update_history_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.fill-pattern", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.assign-seat", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.fill-shift", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.clear", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.submit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.publish", deciding);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.return", deciding);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.ask-swap", swapping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.edit-forecast",
                                 fl_session_can (self->session, FL_PERMISSION_CHANGE_POLICIES));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.import-forecast",
                                 fl_session_can (self->session, FL_PERMISSION_CHANGE_POLICIES));
  gtk_widget_set_visible (GTK_WIDGET (self->edit_tools), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->publish_button), deciding);
  gtk_widget_set_visible (GTK_WIDGET (self->return_button), deciding);
  gtk_widget_set_visible (GTK_WIDGET (self->swap_button), swapping);

  gtk_label_set_label (self->state_label, roster ? fl_roster_state_describe (state) : "");
  fl_roster_grid_set_editable (self->grid, editable);
  show_deadline (self, roster);
}

/* The rules at the side */

static void
show_cell_cb (FlRosterPanel   *self,
              guint            agent,
              guint            day,
              FlViolationList *list)
{
  guint cursor_agent;

  fl_roster_grid_get_cursor (self->grid, &cursor_agent, NULL);
  fl_roster_grid_set_cursor (self->grid, agent == FL_ROSTER_TEAM ? cursor_agent : agent, day);
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

/* The day's coverage */

static void
coverage_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FlRosterPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree FlCoverage *coverage = NULL;
  g_autofree char *summary = NULL;
  double calls = 0;
  guint under;

  coverage = fl_forecast_service_get_coverage_finish (FL_FORECAST_SERVICE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  fl_coverage_strip_set_coverage (self->coverage_strip, coverage);
  fl_paint_probe_mark (GTK_WIDGET (self->coverage_strip), "coverage-painted");
  if (coverage == NULL)
    {
      gtk_label_set_label (self->coverage_summary, error->message);
      return;
    }
  under = fl_coverage_strip_count_under (self->coverage_strip);
  for (guint i = 0; i < FL_COVERAGE_INTERVALS; i++)
    calls += coverage->calls[i];
  if (calls == 0)
    summary = g_strdup (_("No calls are forecast for this weekday: only who is at the phones shows."));
  else if (under == 0)
    summary = g_strdup (_("Enough agents at their phones all day."));
  else
    /* Translators: under the roster: how many half-hours of the day lack agents */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u half-hour is short of agents.",
                                            "%u half-hours are short of agents.", under), under);
  gtk_label_set_label (self->coverage_summary, summary);
}

static void
read_coverage (FlRosterPanel *self)
{
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *heading = NULL;
  guint day;

  g_cancellable_cancel (self->covering);
  g_clear_object (&self->covering);
  if (roster == NULL || fl_roster_get_n_agents (roster) == 0)
    return;
  fl_roster_grid_get_cursor (self->grid, NULL, &day);
  self->coverage_day = day;
  date = fl_roster_dup_date (roster, (int) day);
  when = fl_format_day (date);
  /* Translators: the heading of the coverage strip under the roster; %s is a date */
  heading = g_strdup_printf (_("Coverage on %s"), when);
  gtk_label_set_label (self->coverage_heading, heading);
  self->covering = g_cancellable_new ();
  fl_forecast_service_get_coverage_async (self->forecasts, self->session, date, self->covering,
                                          coverage_read_cb, g_object_ref (self));
}

static void
grid_cursor_moved_cb (FlRosterPanel *self)
{
  guint day;

  fl_roster_grid_get_cursor (self->grid, NULL, &day);
  /* The same day: its coverage is already shown. */
  if (day != self->coverage_day)
    read_coverage (self);
}

/* Editing */

static void
history_changed_cb (FlRosterPanel *self)
{
  _fl_roster_panel_cells_changed (self);
  fl_probe_mark ("roster-edit-applied");
  fl_paint_probe_mark (GTK_WIDGET (self->grid), "roster-edit-painted");
}

static void
grid_edit_cb (FlRosterPanel *self,
              GArray        *edits)
{
  g_autoptr(GError) error = NULL;

  fl_probe_mark ("roster-edit");
  if (self->history == NULL)
    return;
  if (!fl_roster_history_apply (self->history, (const FlRosterEdit *) edits->data, edits->len, &error))
    _fl_roster_panel_toast (self, error->message);
}

/* After any change of cells */

void
_fl_roster_panel_cells_changed (FlRosterPanel *self)
{
  fl_roster_grid_refresh (self->grid);
  fl_violation_list_update (self->violation_list, _fl_roster_panel_current_roster (self));
  update_history_actions (self);
  read_coverage (self);
}

/* The month's swaps at the side, the approved ones marked on the grid. */
void
_fl_roster_panel_read_swaps (FlRosterPanel *self)
{
  FlRoster *roster = _fl_roster_panel_current_roster (self);
  g_autoptr(GListModel) swaps = NULL;
  g_autoptr(GArray) swapped = g_array_new (FALSE, FALSE, sizeof (FlRosterEdit));
  g_autoptr(GError) error = NULL;

  if (roster != NULL && fl_roster_get_state (roster) == FL_ROSTER_PUBLISHED)
    swaps = fl_swap_service_list (self->swaps, self->session, roster, &error);
  if (error != NULL)
    _fl_roster_panel_toast (self, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->swap_list), swaps != NULL);
  fl_swap_list_set (self->swap_list, swaps, fl_session_can (self->session, FL_PERMISSION_PUBLISH_ROSTER));

  for (guint i = 0; swaps != NULL && i < g_list_model_get_n_items (swaps); i++)
    {
      g_autoptr(FlSwap) swap = g_list_model_get_item (swaps, i);
      const FlSwapFields *fields = fl_swap_get_fields (swap);
      const gint64 staff[] = { fields->first_staff_id, fields->second_staff_id };
      const char *days[] = { fields->first_day, fields->second_day };

      if (fields->state != FL_SWAP_APPROVED)
        continue;
      /* Both agents' cells on both days: the two days may be one. */
      for (guint a = 0; a < 2; a++)
        for (guint d = 0; d < 2; d++)
          {
            FlRosterEdit cell = { 0, 0, 0 };

            if (fl_roster_locate (roster, staff[a], days[d], &cell.agent, &cell.day))
              g_array_append_val (swapped, cell);
          }
    }
  fl_roster_grid_set_swapped (self->grid, (const FlRosterEdit *) swapped->data, swapped->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
}

/* Opening a month */

static void
add_shift_buttons (FlRosterPanel *self,
                   FlRoster      *roster)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->shift_box))))
    gtk_box_remove (self->shift_box, child);
  for (guint i = 0; i < fl_roster_get_n_shift_types (roster); i++)
    {
      FlShiftType *type = fl_roster_get_shift_type (roster, i);
      const FlShiftTypeFields *fields = fl_shift_type_get_fields (type);
      g_autofree char *times = fl_shift_type_describe_times (type);
      /* Translators: the tooltip of a shift button: its name, its times and the key that sets it */
      g_autofree char *tooltip = g_strdup_printf (_("%1$s, %2$s (key %3$s)"), fields->name, times, fields->code);
      g_autofree char *css = g_strdup_printf ("shift-%u", i);
      GtkWidget *button;

      if (fields->spec.kind == FL_SHIFT_KIND_LEAVE)
        continue;   /* set only by the leave chain */
      button = gtk_button_new_with_label (fields->code);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, fields->name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "roster.fill-shift");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (gint32) i);
      gtk_widget_add_css_class (button, "shift-button");
      gtk_widget_add_css_class (button, css);
      gtk_box_append (self->shift_box, button);
    }
}

/* Each shift button wears its shift's colour; the style sheet changes (and
 * the window is styled again) only when the colours do. */
static void
style_shift_buttons (FlRosterPanel *self,
                     FlRoster      *roster)
{
  static GtkCssProvider *provider;
  static char *loaded;
  g_autoptr(GString) css = g_string_new (NULL);

  for (guint i = 0; i < fl_roster_get_n_shift_types (roster); i++)
    g_string_append_printf (css, "button.shift-button.shift-%u { background-color: alpha(%s, 0.8); color: white; }\n",
                            i, fl_shift_type_get_fields (fl_roster_get_shift_type (roster, i))->colour);
  if (g_strcmp0 (loaded, css->str) == 0)
    return;
  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  gtk_css_provider_load_from_data (provider, css->str, (gssize) css->len);
  g_free (loaded);
  loaded = g_strdup (css->str);
}

static void
show_message (FlRosterPanel *self,
              const char    *title,
              const char    *description)
{
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "message");
}

static void
roster_opened_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FlRosterPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FlRoster) roster = NULL;

  roster = fl_roster_service_open_finish (FL_ROSTER_SERVICE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_spinner_stop (self->spinner);
  if (self->history)
    g_signal_handlers_disconnect_by_func (self->history, history_changed_cb, self);
  g_clear_object (&self->history);
  if (roster == NULL)
    {
      show_message (self, _("This roster cannot be opened"), error->message);
      _fl_roster_panel_update_actions (self);
      return;
    }
  self->history = fl_roster_history_new (self->service, self->session, roster);
  g_signal_connect_swapped (self->history, "changed", G_CALLBACK (history_changed_cb), self);
  add_shift_buttons (self, roster);
  style_shift_buttons (self, roster);
  fl_roster_grid_set_roster (self->grid, roster);
  fl_violation_list_update (self->violation_list, _fl_roster_panel_current_roster (self));
  _fl_roster_panel_update_actions (self);
  _fl_roster_panel_read_swaps (self);
  if (fl_roster_get_n_agents (roster) == 0)
    {
      show_message (self, _("Nobody in This Team"),
                    _("Add agents to the team in Staff, then build their roster here."));
      return;
    }
  gtk_stack_set_visible_child_name (self->content_stack, "roster");
  fl_paint_probe_mark (GTK_WIDGET (self->grid), "roster-painted");
  /* Ready for the keyboard: arrows move, a shift's key sets it. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->grid));
  read_coverage (self);
}

static void
open_roster (FlRosterPanel *self)
{
  g_autofree char *heading = fl_month_format (self->month);
  gint64 team = selected_team (self);

  gtk_label_set_label (self->month_label, heading);
  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  if (team == 0)
    {
      show_message (self, _("No Teams Yet"), _("Add a team in Staff to build its roster."));
      return;
    }
  self->opening = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  fl_roster_service_open_async (self->service, self->session, team, self->month, self->opening,
                                roster_opened_cb, g_object_ref (self));
}

static void
month_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (widget);
  char *month = fl_month_add (self->month, g_str_equal (action_name, "roster.next-month") ? 1 : -1);

  g_free (self->month);
  self->month = month;
  open_roster (self);
}

/**
 * fl_roster_panel_reload:
 * @self: a #FlRosterPanel
 *
 * Opens the month shown again, with the shift types, rules and holidays as
 * Preferences now have them; the cursor stays, the undo history starts again.
 */
void
fl_roster_panel_reload (FlRosterPanel *self)
{
  g_return_if_fail (FL_IS_ROSTER_PANEL (self));

  if (self->month != NULL)
    open_roster (self);
}

static void
team_changed_cb (FlRosterPanel *self)
{
  if (self->month != NULL)
    open_roster (self);
}

/* A lead starts on their own team; anyone else on the first. */
static void
fill_teams (FlRosterPanel *self)
{
  g_autoptr(FlStaffService) staff = fl_staff_service_new (self->database, self->session);
  g_autoptr(GListModel) teams = fl_staff_service_list_teams (staff, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint own = 0;

  for (guint i = 0; teams != NULL && i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr(FlTeam) team = g_list_model_get_item (teams, i);
      gint64 id = fl_team_get_id (team);
      gint64 lead = fl_team_get_lead_id (team);

      gtk_string_list_append (names, fl_team_get_name (team));
      g_array_append_val (self->team_ids, id);
      g_array_append_val (self->team_lead_ids, lead);
      if (lead != 0 && lead == fl_session_get_staff_id (self->session))
        own = i;
    }
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->team_dropdown, own);
}

/* GObject */

static void
fl_roster_panel_constructed (GObject *object)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (object);
  g_autofree char *current = fl_month_current ();

  G_OBJECT_CLASS (fl_roster_panel_parent_class)->constructed (object);

  self->service = fl_roster_service_new (self->database);
  self->forecasts = fl_forecast_service_new (self->database);
  self->swaps = fl_swap_service_new (self->database);
  self->policies = fl_policy_service_new (self->database);
  fill_teams (self);
  /* Leads build next month's roster. */
  self->month = fl_month_add (current, fl_session_can (self->session, FL_PERMISSION_EDIT_ROSTER) ? 1 : 0);
  _fl_roster_panel_update_actions (self);
  open_roster (self);
}

static void
fl_roster_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      g_value_set_uint (value, self->swaps ? fl_swap_service_count_pending (self->swaps, self->session, NULL) : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_roster_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (object);

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
fl_roster_panel_dispose (GObject *object)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (object);

  g_clear_weak_pointer (&self->toast);
  g_cancellable_cancel (self->opening);
  g_cancellable_cancel (self->covering);
  g_clear_object (&self->opening);
  g_clear_object (&self->covering);
  if (self->history)
    g_signal_handlers_disconnect_by_func (self->history, history_changed_cb, self);
  g_clear_object (&self->history);
  /* AdwBin would unparent its child again after the template let it go. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_ROSTER_PANEL);
  g_clear_object (&self->service);
  g_clear_object (&self->forecasts);
  g_clear_object (&self->swaps);
  g_clear_object (&self->policies);
  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_roster_panel_parent_class)->dispose (object);
}

static void
fl_roster_panel_finalize (GObject *object)
{
  FlRosterPanel *self = FL_ROSTER_PANEL (object);

  g_free (self->month);
  g_array_unref (self->team_ids);
  g_array_unref (self->team_lead_ids);

  G_OBJECT_CLASS (fl_roster_panel_parent_class)->finalize (object);
}

static void
fl_roster_panel_class_init (FlRosterPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_roster_panel_constructed;
  object_class->get_property = fl_roster_panel_get_property;
  object_class->set_property = fl_roster_panel_set_property;
  object_class->dispose = fl_roster_panel_dispose;
  object_class->finalize = fl_roster_panel_finalize;

  properties[PROP_DATABASE] = g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                                                   G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                   G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                                                  G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /* What waits for the signed-in person here: swaps to decide. The sidebar shows it. */
  properties[PROP_BADGE] = g_param_spec_uint ("badge", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FL_TYPE_ROSTER_GRID);
  g_type_ensure (FL_TYPE_COVERAGE_STRIP);
  g_type_ensure (FL_TYPE_VIOLATION_LIST);
  g_type_ensure (FL_TYPE_SWAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/roster/fl-roster-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, month_label);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, state_label);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, deadline_revealer);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, edit_tools);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, shift_box);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, submit_button);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, return_button);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, publish_button);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, spinner);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, message_page);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, grid);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, coverage_heading);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, coverage_summary);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, coverage_strip);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, violation_list);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, swap_list);
  gtk_widget_class_bind_template_child (widget_class, FlRosterPanel, swap_button);
  gtk_widget_class_bind_template_callback (widget_class, team_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, grid_edit_cb);
  gtk_widget_class_bind_template_callback (widget_class, grid_cursor_moved_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, _fl_roster_panel_swap_decided_cb);

  gtk_widget_class_install_action (widget_class, "roster.previous-month", NULL, month_activated);
  gtk_widget_class_install_action (widget_class, "roster.next-month", NULL, month_activated);
  _fl_roster_panel_install_actions (widget_class);
}

static void
fl_roster_panel_init (FlRosterPanel *self)
{
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->team_lead_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_roster_panel_new (FlDatabase *database,
                     FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_ROSTER_PANEL, "database", database, "session", session, NULL);
}
