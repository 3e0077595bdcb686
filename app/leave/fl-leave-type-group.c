/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-type-group"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-day-strip.h"
#include "fl-group-rows.h"
#include "fl-leave-service.h"
#include "fl-leave-type-dialog.h"
#include "fl-leave-type-group.h"

struct _FlLeaveTypeGroup
{
  AdwPreferencesGroup  parent_instance;

  FlLeaveService      *service;
  FlSession           *session;
};

G_DEFINE_FINAL_TYPE (FlLeaveTypeGroup, fl_leave_type_group, ADW_TYPE_PREFERENCES_GROUP)

static void refresh (FlLeaveTypeGroup *self);

/* "Paid · 30 days' notice · a document with the request · half days" */
static char *
describe (FlLeaveType *leave_type)
{
  const FlLeaveTypeFields *fields = fl_leave_type_get_fields (leave_type);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (fields->paid ? _("Paid") : _("Unpaid")));
  if (fields->notice_days < 0)
    g_ptr_array_add (parts, g_strdup (_("notice as in Policies")));
  else if (fields->notice_days == 0)
    g_ptr_array_add (parts, g_strdup (_("no notice needed")));
  else
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day’s notice", "%d days’ notice",
                                                          (gulong) fields->notice_days),
                                             fields->notice_days));
  if (fields->attachment == FL_LEAVE_ATTACHMENT_BEFORE)
    g_ptr_array_add (parts, g_strdup (_("a document with the request")));
  else if (fields->attachment == FL_LEAVE_ATTACHMENT_AFTER)
    g_ptr_array_add (parts, g_strdup (_("a certificate on the first day back")));
  if (fields->counts_balance)
    g_ptr_array_add (parts, g_strdup (_("from annual leave")));
  g_ptr_array_add (parts, g_strdup (fields->half_days ? _("half days") : _("whole days only")));
  g_ptr_array_add (parts, NULL);
  /* Translators: between the rules of a leave type */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
saved_cb (FlLeaveTypeGroup *self)
{
  refresh (self);
}

static void
open_dialog (FlLeaveTypeGroup *self,
             FlLeaveType      *leave_type)
{
  GtkWidget *dialog = fl_leave_type_dialog_new (GTK_WIDGET (self), self->service, self->session, leave_type);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (FlLeaveTypeGroup *self,
            FlLeaveType      *leave_type)
{
  const FlLeaveTypeFields *fields = fl_leave_type_get_fields (leave_type);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *swatch = fl_day_strip_new ();
  g_autofree char *subtitle = describe (leave_type);
  FlDayStripCell cell = { 0 };

  gdk_rgba_parse (&cell.colour, fields->colour);
  fl_day_strip_set_cells (FL_DAY_STRIP (swatch), &cell, 1);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (fl_session_can (self->session, FL_PERMISSION_CHANGE_POLICIES))
    {
      /* Translators: the button that opens a leave type to change it */
      g_autofree char *label = g_strdup_printf (_("Change %s"), fields->name);

      fl_group_rows_add_edit_button (ADW_ACTION_ROW (row), label, G_OBJECT (leave_type),
                                     (FlGroupRowsEditFunc) open_dialog, self);
    }
  return row;
}

static void
refresh (FlLeaveTypeGroup *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;

  fl_group_rows_clear (group);
  if (!(types = fl_leave_service_list_types (self->service, &error)))
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      fl_group_rows_add (group, row);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(FlLeaveType) leave_type = g_list_model_get_item (types, i);

      fl_group_rows_add (group, create_row (self, leave_type));
    }
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (FL_LEAVE_TYPE_GROUP (widget), NULL);
}

static void
fl_leave_type_group_dispose (GObject *object)
{
  FlLeaveTypeGroup *self = FL_LEAVE_TYPE_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_TYPE_GROUP);
  g_clear_object (&self->service);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_leave_type_group_parent_class)->dispose (object);
}

static void
fl_leave_type_group_class_init (FlLeaveTypeGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_type_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-type-group.ui");
  gtk_widget_class_install_action (widget_class, "leave-types.add", NULL, add_activated);
}

static void
fl_leave_type_group_init (FlLeaveTypeGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leave-types.add", FALSE);
}

void
fl_leave_type_group_load (FlLeaveTypeGroup *self,
                          FlDatabase       *database,
                          FlSession        *session)
{
  g_return_if_fail (FL_IS_LEAVE_TYPE_GROUP (self));
  g_return_if_fail (FL_IS_DATABASE (database));
  g_return_if_fail (FL_IS_SESSION (session));

  g_clear_object (&self->service);
  self->service = fl_leave_service_new (database);
  g_set_object (&self->session, session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leave-types.add",
                                 fl_session_can (session, FL_PERMISSION_CHANGE_POLICIES));
  refresh (self);
}
