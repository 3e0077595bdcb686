/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-statement-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fl-file-saver.h"
#include "fl-format.h"
#include "fl-group-rows.h"
#include "fl-leave-statement-dialog.h"
#include "fl-month.h"

struct _FlLeaveStatementDialog
{
  AdwWindow            parent_instance;

  FlLeaveService      *service;
  FlSession           *actor;
  gint64               staff_id;
  int                  year;
  char                *name;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkLabel            *error_label;
  AdwPreferencesGroup *annual_group;
  AdwActionRow        *entitled_row;
  GtkLabel            *entitled_label;
  GtkSpinButton       *entitled_spin;
  GtkWidget           *set_button;
  GtkWidget           *reset_button;
  AdwPreferencesGroup *types_group;
  AdwPreferencesGroup *requests_group;
  AdwPreferencesGroup *absence_group;
};

G_DEFINE_FINAL_TYPE (FlLeaveStatementDialog, fl_leave_statement_dialog, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

static void
toast (FlLeaveStatementDialog *self,
       const char             *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* "3.5 days" */
static char *
format_days (double days)
{
  /* Translators: a number of days of leave, by halves: "3.5 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%g day", "%g days", days == 1 ? 1 : 2), days);
}

static GtkWidget *
create_value_row (const char *title,
                  const char *value,
                  const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
add_days_row (AdwPreferencesGroup *group,
              const char          *title,
              double               days)
{
  g_autofree char *value = format_days (days);

  fl_group_rows_add (group, create_value_row (title, value, NULL));
}

static int
current_year (void)
{
  g_autofree char *month = fl_month_current ();

  return (int) g_ascii_strtoll (month, NULL, 10);
}

static void
show_annual (FlLeaveStatementDialog *self,
             const FlLeaveStatement *statement)
{
  gboolean admin = fl_session_has_role (self->actor, FL_ROLE_ADMIN);
  g_autofree char *entitled = format_days (statement->annual.entitled);
  g_autofree char *by_service = format_days (statement->service_entitlement);
  g_autofree char *subtitle = NULL;

  if (statement->entitlement_set)
    /* Translators: annual leave an administrator set; the days by years of service in brackets */
    subtitle = g_strdup_printf (_("Set by an administrator (by years of service: %s)"), by_service);
  else
    subtitle = g_strdup (_("By years of service"));
  adw_action_row_set_subtitle (self->entitled_row, subtitle);
  gtk_label_set_label (self->entitled_label, entitled);
  gtk_spin_button_set_value (self->entitled_spin, statement->annual.entitled);
  gtk_widget_set_visible (GTK_WIDGET (self->entitled_label), !admin);
  gtk_widget_set_visible (GTK_WIDGET (self->entitled_spin), admin);
  gtk_widget_set_visible (self->set_button, admin);
  gtk_widget_set_visible (self->reset_button, admin && statement->entitlement_set);

  fl_group_rows_clear (self->annual_group);
  add_days_row (self->annual_group, _("Taken"), statement->annual.taken);
  add_days_row (self->annual_group, C_("leave", "Waiting for approval"), statement->annual.pending);
  add_days_row (self->annual_group, _("Remaining"), statement->annual.remaining);
  if (statement->year == current_year ())
    add_days_row (self->annual_group, _("Personal Leave This Month"), statement->annual.personal_in_month);
}

static void
show_types (FlLeaveStatementDialog *self,
            const FlLeaveStatement *statement)
{
  fl_group_rows_clear (self->types_group);
  for (guint i = 0; i < statement->totals->len; i++)
    {
      FlLeaveTypeTotal *total = &g_array_index (statement->totals, FlLeaveTypeTotal, i);
      g_autofree char *approved = format_days (total->approved);
      g_autofree char *pending = format_days (total->pending);
      g_autofree char *subtitle = NULL;

      if (total->pending > 0)
        /* Translators: days of one leave type still waiting for approval */
        subtitle = g_strdup_printf (_("%s more waiting for approval"), pending);
      fl_group_rows_add (self->types_group,
                         create_value_row (fl_leave_type_get_fields (total->type)->name, approved, subtitle));
    }
  if (statement->totals->len == 0)
    fl_group_rows_add (self->types_group, create_value_row (_("No leave this year"), "", NULL));
}

static void
show_requests (FlLeaveStatementDialog *self,
               const FlLeaveStatement *statement)
{
  fl_group_rows_clear (self->requests_group);
  for (guint i = 0; i < statement->requests->len; i++)
    {
      FlLeaveRequest *request = g_ptr_array_index (statement->requests, i);
      g_autofree char *days = fl_leave_request_describe_days (request);
      g_autofree char *state = fl_leave_request_describe_state (request);
      GtkWidget *row = adw_action_row_new ();

      g_autofree char *subtitle = g_strdup_printf (_("%1$s · %2$s"), days, state);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     fl_leave_type_get_fields (fl_leave_request_get_leave_type (request))->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      fl_group_rows_add (self->requests_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->requests_group), statement->requests->len > 0);
}

static void
show_absences (FlLeaveStatementDialog *self,
               const FlLeaveStatement *statement)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *list = NULL;

  fl_group_rows_clear (self->absence_group);
  gtk_widget_set_visible (GTK_WIDGET (self->absence_group), statement->absences->len > 0);
  if (statement->absences->len == 0)
    return;
  for (guint i = 0; i < statement->absences->len; i++)
    g_ptr_array_add (days, fl_format_day (g_ptr_array_index (statement->absences, i)));
  g_ptr_array_add (days, NULL);
  /* Translators: between days of absence */
  list = g_strjoinv (C_("calendar", ", "), (char **) days->pdata);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day", "%u working days",
                                        statement->absences->len),
                           statement->absences->len);
  fl_group_rows_add (self->absence_group, create_value_row (title, NULL, list));
}

static void
load (FlLeaveStatementDialog *self)
{
  g_autoptr(FlLeaveStatement) statement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  statement = fl_leave_service_read_statement (self->service, self->actor, self->staff_id, self->year, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), statement == NULL);
  if (statement == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      return;
    }
  g_free (self->name);
  self->name = g_strdup (statement->name);
  /* Translators: the leave statement's title: a person's name and the year */
  title = g_strdup_printf (_("%1$s · %2$d"), statement->name, statement->year);
  subtitle = statement->team ? g_strdup_printf (_("%1$s · %2$s"), statement->team, statement->job_number)
                             : g_strdup (statement->job_number);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  show_annual (self, statement);
  show_types (self, statement);
  show_requests (self, statement);
  show_absences (self, statement);
}

/* An administrator's entitlement */

static void
set_entitlement (FlLeaveStatementDialog *self,
                 double                  days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!fl_leave_service_set_entitlement (self->service, self->actor, self->staff_id, self->year, days, &error))
    {
      toast (self, error->message);
      return;
    }
  load (self);
  if (days >= 0)
    {
      g_autofree char *text = format_days (days);

      /* Translators: a toast: whose annual leave, the year, and the days set */
      done = g_strdup_printf (_("%1$s has %3$s of annual leave in %2$d."), self->name, self->year, text);
    }
  else
    /* Translators: a toast: whose annual leave follows the years of service again, and the year */
    done = g_strdup_printf (_("%1$s’s annual leave in %2$d follows the years of service again."), self->name,
                            self->year);
  toast (self, done);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The days typed: a number, with a point or a comma ("12.5", "12,5"). */
static gboolean
parse_days (GtkSpinButton *spin,
            double        *days)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;

  g_strdelimit (text, ",", '.');
  *days = g_ascii_strtod (text, &end);
  return *text != '\0' && end != NULL && *end == '\0' && isfinite (*days);
}

/* Letters or nothing typed keep the days shown, rather than turning into
 * 0 when the field loses the keyboard. */
static int
entitled_input_cb (GtkSpinButton *spin,
                   double        *new_value)
{
  return parse_days (spin, new_value) ? TRUE : GTK_INPUT_ERROR;
}

static void
set_entitlement_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FlLeaveStatementDialog *self = FL_LEAVE_STATEMENT_DIALOG (widget);
  double days;

  if (!parse_days (self->entitled_spin, &days) || days < 0 || days > 365)
    {
      toast (self, _("Write the days as a number from 0 to 365, as 12.5."));
      return;
    }
  gtk_spin_button_update (self->entitled_spin);
  set_entitlement (self, gtk_spin_button_get_value (self->entitled_spin));
}

static void
reset_entitlement_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  set_entitlement (FL_LEAVE_STATEMENT_DIALOG (widget), -1);
}

/* Years */

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlLeaveStatementDialog *self = FL_LEAVE_STATEMENT_DIALOG (widget);

  self->year--;
  load (self);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FlLeaveStatementDialog *self = FL_LEAVE_STATEMENT_DIALOG (widget);

  self->year++;
  load (self);
}

/* Exporting */

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlLeaveStatementDialog *self = FL_LEAVE_STATEMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = fl_leave_service_export_statement (self->service, self->actor, self->staff_id, self->year,
                                                             &error);
  g_autofree char *file_name = NULL;

  if (csv == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* Translators: the file name a leave statement is saved as: the person and the year */
  file_name = g_strdup_printf (_("leave-statement-%1$s-%2$d.csv"), self->name, self->year);
  fl_file_saver_save (GTK_WINDOW (self), _("Save the Leave Statement"), file_name, csv, self->toast_overlay);
}

/* Lifecycle */

static void
fl_leave_statement_dialog_dispose (GObject *object)
{
  FlLeaveStatementDialog *self = FL_LEAVE_STATEMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_STATEMENT_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (fl_leave_statement_dialog_parent_class)->dispose (object);
}

static void
fl_leave_statement_dialog_class_init (FlLeaveStatementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_statement_dialog_dispose;

  /* An administrator set the person's annual leave. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-statement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, annual_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, entitled_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, entitled_label);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, entitled_spin);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, set_button);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, reset_button);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, types_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, requests_group);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveStatementDialog, absence_group);
  gtk_widget_class_install_action (widget_class, "statement.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "statement.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "statement.export", NULL, export_activated);
  gtk_widget_class_bind_template_callback (widget_class, entitled_input_cb);
  gtk_widget_class_install_action (widget_class, "statement.set-entitlement", NULL, set_entitlement_activated);
  gtk_widget_class_install_action (widget_class, "statement.reset-entitlement", NULL, reset_entitlement_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_leave_statement_dialog_init (FlLeaveStatementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->year = current_year ();
}

GtkWidget *
fl_leave_statement_dialog_new (GtkWidget      *parent,
                               FlLeaveService *service,
                               FlSession      *actor,
                               gint64          staff_id)
{
  FlLeaveStatementDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (service), NULL);

  self = g_object_new (FL_TYPE_LEAVE_STATEMENT_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  self->staff_id = staff_id;
  load (self);
  return GTK_WIDGET (self);
}
