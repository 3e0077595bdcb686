/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-leave-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fl-document-chooser.h"
#include "fl-leave-dialog.h"
#include "fl-month.h"
#include "fl-staff-member.h"

struct _FlLeaveDialog
{
  FlFormDialog    parent_instance;

  FlLeaveService *service;
  FlSession      *actor;
  GArray         *staff_ids;   /* gint64, as person_row lists them */
  GListModel     *types;       /* FlLeaveType */
  char           *file_name;   /* the document attached, or NULL */
  GBytes         *document;
  GCancellable   *loading;
  gint64          extends_id;  /* the request this extends, or 0 */

  /* Template widgets */
  AdwComboRow    *person_row;
  AdwComboRow    *type_row;
  GtkEntry       *first_entry;
  GtkSwitch      *afternoon_switch;
  GtkEntry       *last_entry;
  GtkSwitch      *noon_switch;
  AdwActionRow   *days_row;
  AdwActionRow   *balance_row;
  GtkEntry       *reason_entry;
  GtkEntry       *handover_entry;
  GtkSwitch      *urgent_switch;
  AdwActionRow   *document_row;
};

G_DEFINE_FINAL_TYPE (FlLeaveDialog, fl_leave_dialog, FL_TYPE_FORM_DIALOG)

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static gint64
selected_staff_id (FlLeaveDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->person_row);

  return selected < self->staff_ids->len ? g_array_index (self->staff_ids, gint64, selected) : 0;
}

static gint64
selected_type_id (FlLeaveDialog *self)
{
  g_autoptr(FlLeaveType) type = g_list_model_get_item (self->types, adw_combo_row_get_selected (self->type_row));

  return type ? fl_leave_type_get_fields (type)->id : 0;
}

/* The person's annual leave left in the year of the first day (this
 * year's until one is typed) and personal leave taken in its month. */
static void
show_balance (FlLeaveDialog *self,
              const char    *first)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = strlen (first) >= 7 ? g_strndup (first, 7) : g_date_time_format (now, "%Y-%m");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FlLeaveBalance balance;

  if (!fl_leave_service_get_balance (self->service, self->actor, selected_staff_id (self), month, &balance, &error))
    {
      adw_action_row_set_subtitle (self->balance_row, g_error_matches (error, FL_LEAVE_ERROR, FL_LEAVE_ERROR_INVALID)
                                                      ? "" : error->message);
      return;
    }
  /* Translators: annual leave left (of the year's), waiting for approval, then personal leave in the month */
  text = g_strdup_printf (_("Annual leave: %1$g of %2$g days left in %3$d, %4$g of them asked for; personal "
                            "leave this month: %5$g days"),
                          balance.remaining + balance.pending, balance.entitled, (int) g_ascii_strtoll (month, NULL, 10),
                          balance.pending, balance.personal_in_month);
  adw_action_row_set_subtitle (self->balance_row, text);
}

/* The working days as the core counts them, as the fields change. */
static void
days_changed_cb (FlLeaveDialog *self)
{
  g_autofree char *first = entry_text (self->first_entry);
  g_autofree char *last = entry_text (self->last_entry);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  double days = 0;

  if (self->staff_ids == NULL)
    return;
  show_balance (self, first);
  if (*first == '\0')
    return;
  if (!fl_leave_service_count_days (self->service, selected_staff_id (self), first,
                                    gtk_switch_get_active (self->afternoon_switch) ? FL_LEAVE_HALF_AFTERNOON
                                                                                   : FL_LEAVE_HALF_FULL,
                                    *last != '\0' ? last : first,
                                    gtk_switch_get_active (self->noon_switch) ? FL_LEAVE_HALF_MORNING
                                                                              : FL_LEAVE_HALF_FULL,
                                    &days, &error))
    {
      adw_action_row_set_subtitle (self->days_row, error->message);
      return;
    }
  /* Translators: working days a leave takes, by halves: "3.5 working days" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%g working day", "%g working days", days == 1 ? 1 : 2), days);
  adw_action_row_set_subtitle (self->days_row, text);
}

static void
document_chosen_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FlLeaveDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GBytes) document = fl_document_chooser_choose_finish (result, &file_name, &error);
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
      return;
    }
  g_clear_pointer (&self->document, g_bytes_unref);
  self->document = g_steal_pointer (&document);
  g_free (self->file_name);
  self->file_name = g_steal_pointer (&file_name);
  size = g_format_size_full (g_bytes_get_size (self->document), G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: the document attached to a leave request, and its size */
  subtitle = g_strdup_printf (_("%s (%s)"), self->file_name, size);
  adw_action_row_set_subtitle (self->document_row, subtitle);
}

static void
attach_clicked_cb (FlLeaveDialog *self)
{
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  fl_document_chooser_choose_async (GTK_WINDOW (self), self->loading, document_chosen_cb, g_object_ref (self));
}

static gint64
fl_leave_dialog_save (FlFormDialog  *dialog,
                      GError       **error)
{
  FlLeaveDialog *self = FL_LEAVE_DIALOG (dialog);
  g_autofree char *first = entry_text (self->first_entry);
  g_autofree char *last = entry_text (self->last_entry);
  g_autofree char *reason = entry_text (self->reason_entry);
  g_autofree char *handover = entry_text (self->handover_entry);
  FlLeaveFile file = { self->file_name, self->document };
  FlLeaveDraft draft = {
    .staff_id = selected_staff_id (self),
    .type_id = selected_type_id (self),
    .first_day = first,
    .first_half = gtk_switch_get_active (self->afternoon_switch) ? FL_LEAVE_HALF_AFTERNOON : FL_LEAVE_HALF_FULL,
    .last_day = *last != '\0' ? last : first,
    .last_half = gtk_switch_get_active (self->noon_switch) ? FL_LEAVE_HALF_MORNING : FL_LEAVE_HALF_FULL,
    .reason = reason,
    .handover = handover,
    .urgent = gtk_switch_get_active (self->urgent_switch),
    .files = &file,
    .n_files = self->document != NULL ? 1 : 0,
    .extends_id = self->extends_id,
  };

  return fl_leave_service_file (self->service, self->actor, &draft, error);
}

static void
fl_leave_dialog_dispose (GObject *object)
{
  FlLeaveDialog *self = FL_LEAVE_DIALOG (object);

  g_cancellable_cancel (self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_LEAVE_DIALOG);
  g_clear_object (&self->loading);
  g_clear_object (&self->service);
  g_clear_object (&self->actor);
  g_clear_object (&self->types);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->document, g_bytes_unref);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (fl_leave_dialog_parent_class)->dispose (object);
}

static void
fl_leave_dialog_class_init (FlLeaveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_leave_dialog_dispose;
  FL_FORM_DIALOG_CLASS (klass)->save = fl_leave_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/leave/fl-leave-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, first_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, afternoon_switch);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, last_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, noon_switch);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, days_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, balance_row);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, handover_entry);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, urgent_switch);
  gtk_widget_class_bind_template_child (widget_class, FlLeaveDialog, document_row);
  gtk_widget_class_bind_template_callback (widget_class, days_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, attach_clicked_cb);
}

static void
fl_leave_dialog_init (FlLeaveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_leave_dialog_new (GtkWidget      *parent,
                     FlLeaveService *service,
                     FlSession      *actor,
                     GListModel     *people)
{
  FlLeaveDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) type_names = gtk_string_list_new (NULL);
  g_autoptr(GArray) staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FL_IS_LEAVE_SERVICE (service), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), NULL);

  self = g_object_new (FL_TYPE_LEAVE_DIALOG, "transient-for", gtk_widget_get_root (parent), NULL);
  self->service = g_object_ref (service);
  self->actor = g_object_ref (actor);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FlStaffMember) member = g_list_model_get_item (people, i);
      gint64 id = fl_staff_member_get_id (member);
      /* Translators: a person and their job number (工号): "王芳 (1001)" */
      g_autofree char *name = g_strdup_printf (_("%s (%s)"), fl_staff_member_get_name (member),
                                               fl_staff_member_get_job_number (member));

      gtk_string_list_append (names, name);
      g_array_append_val (staff_ids, id);
    }
  self->types = fl_leave_service_list_types (service, &error);
  if (self->types == NULL)
    {
      self->types = G_LIST_MODEL (g_list_store_new (FL_TYPE_LEAVE_TYPE));
      fl_form_dialog_show_error (FL_FORM_DIALOG (self), error);
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->types); i++)
    {
      g_autoptr(FlLeaveType) type = g_list_model_get_item (self->types, i);

      gtk_string_list_append (type_names, fl_leave_type_get_fields (type)->name);
    }
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (type_names));
  self->staff_ids = g_steal_pointer (&staff_ids);
  days_changed_cb (self);
  return GTK_WIDGET (self);
}

void
fl_leave_dialog_set_extends (FlLeaveDialog  *self,
                             FlLeaveRequest *request)
{
  const FlLeaveRequestFields *fields;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *first = NULL;
  gint64 type_id;
  GDate after;

  g_return_if_fail (FL_IS_LEAVE_DIALOG (self));
  g_return_if_fail (FL_IS_LEAVE_REQUEST (request));

  fields = fl_leave_request_get_fields (request);
  self->extends_id = fields->id;
  /* Translators: a person and their job number (工号): "王芳 (1001)" */
  name = g_strdup_printf (_("%s (%s)"), fields->staff_name, fields->job_number);
  gtk_string_list_append (names, name);
  g_array_set_size (self->staff_ids, 0);
  g_array_append_val (self->staff_ids, fields->staff_id);
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), FALSE);
  type_id = fl_leave_type_get_fields (fl_leave_request_get_leave_type (request))->id;
  for (guint i = 0; i < g_list_model_get_n_items (self->types); i++)
    {
      g_autoptr(FlLeaveType) type = g_list_model_get_item (self->types, i);

      if (fl_leave_type_get_fields (type)->id == type_id)
        adw_combo_row_set_selected (self->type_row, i);
    }
  fl_month_parse_date (fields->last_day, &after);
  g_date_add_days (&after, 1);
  first = fl_month_date_to_string (&after);
  gtk_editable_set_text (GTK_EDITABLE (self->first_entry), first);
  gtk_editable_set_editable (GTK_EDITABLE (self->first_entry), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->afternoon_switch), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->last_entry), first);
  gtk_window_set_title (GTK_WINDOW (self), _("Extend Leave"));
  days_changed_cb (self);
}
