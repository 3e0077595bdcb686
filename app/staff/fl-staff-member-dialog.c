/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-staff-member-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-staff-dropdowns.h"
#include "fl-staff-member-dialog.h"

/* Adds a person, or edits one. The dialog builds a fresh FlStaffMember draft
 * from its fields and hands it to the core, which validates it: the dialog
 * only shows the core's answer, it never second-guesses it. */
struct _FlStaffMemberDialog
{
  FlFormDialog    parent_instance;

  FlStaffService *service;
  FlStaffMember  *member;
  GArray         *team_ids;

  GtkEntry       *job_number_entry;
  GtkEntry       *name_entry;
  GtkEntry       *english_name_entry;
  GtkDropDown    *team_dropdown;
  GtkDropDown    *position_dropdown;
  GtkEntry       *extension_entry;
  GtkEntry       *hire_date_entry;
};

G_DEFINE_FINAL_TYPE (FlStaffMemberDialog, fl_staff_member_dialog, FL_TYPE_FORM_DIALOG)

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Optional fields left empty are stored as NULL, not as "". */
static const char *
optional_text (GtkEntry *entry)
{
  const char *text = entry_text (entry);

  return *text != '\0' ? text : NULL;
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
fill_positions (FlStaffMemberDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (FlPosition position = 0; position < FL_N_POSITIONS; position++)
    gtk_string_list_append (labels, fl_position_to_label (position));
  gtk_drop_down_set_model (self->position_dropdown, G_LIST_MODEL (labels));
}

static void
fill_teams (FlStaffMemberDialog *self)
{
  g_autoptr(GListModel) teams = NULL;
  g_autoptr(GError) error = NULL;
  gint64 team_id = 0;
  const char *team_name = NULL;

  if (self->member != NULL)
    {
      team_id = fl_staff_member_get_team_id (self->member);
      team_name = fl_staff_member_get_team_name (self->member);
    }

  teams = fl_staff_service_list_teams (self->service, &error);
  if (error != NULL)
    fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);

  self->team_ids = fl_staff_dropdown_fill (self->team_dropdown, _("No team"),
                                           teams, team_id, team_name);
}

static void
load_member (FlStaffMemberDialog *self)
{
  FlStaffMember *member = self->member;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
  set_entry_text (self->job_number_entry, fl_staff_member_get_job_number (member));
  set_entry_text (self->name_entry, fl_staff_member_get_name (member));
  set_entry_text (self->english_name_entry, fl_staff_member_get_english_name (member));
  set_entry_text (self->extension_entry, fl_staff_member_get_extension (member));
  set_entry_text (self->hire_date_entry, fl_staff_member_get_hire_date (member));
  gtk_drop_down_set_selected (self->position_dropdown, fl_staff_member_get_position (member));
}

static FlStaffMember *
build_draft (FlStaffMemberDialog *self)
{
  FlStaffMember *draft = fl_staff_member_new ();
  gint64 id = 0;
  gboolean active = TRUE;

  if (self->member != NULL)
    {
      id = fl_staff_member_get_id (self->member);
      active = fl_staff_member_get_active (self->member);
    }

  g_object_set (draft,
                "id", id,
                "job-number", entry_text (self->job_number_entry),
                "name", entry_text (self->name_entry),
                "english-name", optional_text (self->english_name_entry),
                "team-id", fl_staff_dropdown_get_id (self->team_dropdown, self->team_ids),
                "position", gtk_drop_down_get_selected (self->position_dropdown),
                "extension", optional_text (self->extension_entry),
                "hire-date", optional_text (self->hire_date_entry),
                "active", active,
                NULL);
  return draft;
}

static gint64
fl_staff_member_dialog_save (FlFormDialog  *dialog,
                             GError       **error)
{
  FlStaffMemberDialog *self = FL_STAFF_MEMBER_DIALOG (dialog);
  g_autoptr(FlStaffMember) draft = build_draft (self);

  if (self->member == NULL)
    return fl_staff_service_add_member (self->service, draft, error);
  if (!fl_staff_service_update_member (self->service, draft, error))
    return 0;
  return fl_staff_member_get_id (draft);
}

static void
fl_staff_member_dialog_dispose (GObject *object)
{
  FlStaffMemberDialog *self = FL_STAFF_MEMBER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_STAFF_MEMBER_DIALOG);
  g_clear_object (&self->service);
  g_clear_object (&self->member);
  g_clear_pointer (&self->team_ids, g_array_unref);

  G_OBJECT_CLASS (fl_staff_member_dialog_parent_class)->dispose (object);
}

static void
fl_staff_member_dialog_class_init (FlStaffMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FlFormDialogClass *form_class = FL_FORM_DIALOG_CLASS (klass);

  object_class->dispose = fl_staff_member_dialog_dispose;
  form_class->save = fl_staff_member_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-staff-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, job_number_entry);
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, english_name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, position_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, extension_entry);
  gtk_widget_class_bind_template_child (widget_class, FlStaffMemberDialog, hire_date_entry);
}

static void
fl_staff_member_dialog_init (FlStaffMemberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_entry_set_max_length (self->job_number_entry, FL_STAFF_JOB_NUMBER_MAX_LENGTH);
  gtk_entry_set_max_length (self->name_entry, FL_STAFF_NAME_MAX_LENGTH);
  gtk_entry_set_max_length (self->english_name_entry, FL_STAFF_NAME_MAX_LENGTH);
  fill_positions (self);
}

/**
 * fl_staff_member_dialog_new:
 * @parent: a widget in the window the dialog belongs to
 * @service: the staff service that saves the person
 * @member: (nullable): the person to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet shown; GTK owns the window
 */
GtkWidget *
fl_staff_member_dialog_new (GtkWidget      *parent,
                            FlStaffService *service,
                            FlStaffMember  *member)
{
  FlStaffMemberDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_STAFF_SERVICE (service), NULL);
  g_return_val_if_fail (member == NULL || FL_IS_STAFF_MEMBER (member), NULL);

  self = g_object_new (FL_TYPE_STAFF_MEMBER_DIALOG,
                       "transient-for", gtk_widget_get_root (parent),
                       NULL);
  self->service = g_object_ref (service);
  self->member = member != NULL ? g_object_ref (member) : NULL;

  if (member != NULL)
    load_member (self);
  fill_teams (self);

  return GTK_WIDGET (self);
}
