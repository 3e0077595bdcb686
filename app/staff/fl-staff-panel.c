/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-staff-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-staff-panel-private.h"

/* The people of the center, their teams and departments, and the accounts
 * that sign in. Every list comes from FlStaffService or FlAccountService and
 * is queried again after a change; every change goes through them too, so
 * the core checks the permission and writes the audit row. The instance
 * struct is in fl-staff-panel-private.h, the actions in fl-staff-panel-actions.c. */

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlStaffPanel, fl_staff_panel, ADW_TYPE_BIN)

void
_fl_staff_panel_show_toast (FlStaffPanel *self,
                            AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Toast titles are markup: what the core or a user wrote is escaped. */
void
_fl_staff_panel_show_error (FlStaffPanel *self,
                            const GError *error)
{
  g_autofree char *title = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  _fl_staff_panel_show_toast (self, toast);
}

/* FlStaffMember, FlTeam, FlDepartment and FlAccount all have an "id". */
static gint64
get_selected_id (GtkSingleSelection *selection)
{
  GObject *item = gtk_single_selection_get_selected_item (selection);
  gint64 id = 0;

  if (item != NULL)
    g_object_get (item, "id", &id, NULL);
  return id;
}

static void
select_id (GtkSingleSelection *selection,
           gint64              id)
{
  GListModel *model = G_LIST_MODEL (selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
}

/* Shows a fresh list from the core, keeping the selected row selected. */
static void
replace_model (GtkSingleSelection *selection,
               GtkSortListModel   *sorted,
               GListModel         *model)
{
  gint64 id = get_selected_id (selection);

  gtk_sort_list_model_set_model (sorted, model);
  if (id != 0)
    select_id (selection, id);
}

static char *
dup_search_text (FlStaffPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return g_strstrip (g_strdup (text));
}

static void
update_people_status (FlStaffPanel *self)
{
  g_autofree char *search = dup_search_text (self);
  g_autofree char *title = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->people_selection)) > 0)
    {
      gtk_stack_set_visible_child_name (self->people_stack, "list");
      return;
    }

  if (*search != '\0')
    {
      /* Translators: shown when the staff search finds nobody; %s is what was searched for */
      title = g_strdup_printf (_("No one matches “%s”"), search);
      adw_status_page_set_icon_name (self->people_status, "system-search-symbolic");
      adw_status_page_set_title (self->people_status, title);
      adw_status_page_set_description (self->people_status,
                                       _("Search by name, English name, job number or extension."));
    }
  else
    {
      adw_status_page_set_icon_name (self->people_status, "avatar-default-symbolic");
      adw_status_page_set_title (self->people_status, _("No staff yet"));
      adw_status_page_set_description (self->people_status,
                                       _("Add the people of the center with “Add Person”."));
    }
  gtk_stack_set_visible_child_name (self->people_stack, "empty");
}

/* Deactivate acts on an active person, Reactivate on a departed one. */
static void
update_people_actions (FlStaffPanel *self)
{
  FlStaffMember *member = gtk_single_selection_get_selected_item (self->people_selection);
  gboolean can_manage = fl_session_can (self->session, FL_PERMISSION_MANAGE_STAFF);
  gboolean departed = member != NULL && !fl_staff_member_get_active (member);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.deactivate-person",
                                 can_manage && member != NULL && !departed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.person-equipment",
                                 member != NULL && fl_session_can (self->session, FL_PERMISSION_VIEW_LEDGER));
  gtk_widget_set_visible (self->deactivate_button, !departed);
  gtk_widget_set_visible (self->reactivate_button, departed);
  if (departed)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->reactivate_button),
                                      "x", fl_staff_member_get_id (member));
}

static void
reload_people (FlStaffPanel *self)
{
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = dup_search_text (self);

  staff = fl_staff_service_list_staff (self->service,
                                       *search != '\0' ? search : NULL,
                                       gtk_check_button_get_active (self->show_departed_check),
                                       &error);
  if (staff == NULL)
    {
      _fl_staff_panel_show_error (self, error);
      return;
    }

  replace_model (self->people_selection, self->people_sorted, staff);
  update_people_status (self);
  update_people_actions (self);
}

/* Shows @model, a fresh list from the core, or @error when there is none. */
static void
show_list (FlStaffPanel       *self,
           GtkSingleSelection *selection,
           GtkSortListModel   *sorted,
           GListModel         *model,
           const GError       *error)
{
  if (model == NULL)
    _fl_staff_panel_show_error (self, error);
  else
    replace_model (selection, sorted, model);
}

static void
reload_teams (FlStaffPanel *self)
{
  g_autoptr(GListModel) teams = NULL;
  g_autoptr(GError) error = NULL;

  teams = fl_staff_service_list_teams (self->service, &error);
  show_list (self, self->teams_selection, self->teams_sorted, teams, error);
}

static void
reload_departments (FlStaffPanel *self)
{
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GError) error = NULL;

  departments = fl_staff_service_list_departments (self->service, &error);
  show_list (self, self->departments_selection, self->departments_sorted, departments, error);
}

static void
reload_accounts (FlStaffPanel *self)
{
  g_autoptr(GListModel) accounts = NULL;
  g_autoptr(GError) error = NULL;

  if (!fl_session_can (self->session, FL_PERMISSION_MANAGE_ACCOUNTS))
    return;

  accounts = fl_account_service_list (self->accounts, TRUE, &error);
  show_list (self, self->accounts_selection, self->accounts_sorted, accounts, error);
}

static char *
staff_status_label (GtkListItem *item,
                    gboolean     active)
{
  return g_strdup (active ? C_("staff status", "Active") : C_("staff status", "Departed"));
}

/* Active, Inactive, or "Locked until 14:05" (local time) after too many
 * wrong passwords; a lock that has run out reads as Active. */
static char *
account_status_label (GtkListItem *item,
                      gboolean     active,
                      const char  *locked_until)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) until = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *hh_mm = NULL;

  if (!active)
    return g_strdup (C_("account status", "Inactive"));
  if (locked_until == NULL)
    return g_strdup (C_("account status", "Active"));

  until = g_date_time_new_from_iso8601 (locked_until, utc);
  now = g_date_time_new_now_utc ();
  if (until == NULL || g_date_time_compare (until, now) <= 0)
    return g_strdup (C_("account status", "Active"));

  local = g_date_time_to_local (until);
  hh_mm = g_date_time_format (local, "%H:%M");
  /* Translators: the status of an account; %s is a time of day such as 14:05 */
  return g_strdup_printf (_("Locked until %s"), hh_mm);
}

/* The search text or "Show departed" changed: the core filters. */
static void
filter_changed_cb (FlStaffPanel *self)
{
  reload_people (self);
}

static void
stop_search_cb (FlStaffPanel *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Every list opens its item's editor on activation (double click, Enter). */
static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  FlStaffPanel  *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)),
                                                   position);

  _fl_staff_panel_open_editor (self, G_OBJECT_TYPE (item), item);
}

static void
fl_staff_panel_constructed (GObject *object)
{
  FlStaffPanel *self = FL_STAFF_PANEL (object);

  G_OBJECT_CLASS (fl_staff_panel_parent_class)->constructed (object);

  g_assert (FL_IS_DATABASE (self->database));
  g_assert (FL_IS_SESSION (self->session));

  self->service = fl_staff_service_new (self->database, self->session);
  self->accounts = fl_account_service_new (self->database);

  _fl_staff_panel_apply_permissions (self);
  _fl_staff_panel_reload_all (self);
}

static void
fl_staff_panel_dispose (GObject *object)
{
  FlStaffPanel *self = FL_STAFF_PANEL (object);

  /* The bin's child is a template child too: let go of it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_STAFF_PANEL);
  g_clear_object (&self->service);
  g_clear_object (&self->accounts);
  g_clear_object (&self->session);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_staff_panel_parent_class)->dispose (object);
}

static void
fl_staff_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FlStaffPanel *self = FL_STAFF_PANEL (object);

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
fl_staff_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FlStaffPanel *self = FL_STAFF_PANEL (object);

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
fl_staff_panel_class_init (FlStaffPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_staff_panel_constructed;
  object_class->dispose = fl_staff_panel_dispose;
  object_class->get_property = fl_staff_panel_get_property;
  object_class->set_property = fl_staff_panel_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         FL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list item templates look these types up by name. */
  g_type_ensure (FL_TYPE_ACCOUNT);
  g_type_ensure (FL_TYPE_DEPARTMENT);
  g_type_ensure (FL_TYPE_STAFF_MEMBER);
  g_type_ensure (FL_TYPE_TEAM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-staff-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, accounts_page);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, show_departed_check);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, deactivate_button);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, reactivate_button);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, people_stack);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, people_status);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, people_selection);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, people_sorted);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, teams_selection);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, teams_sorted);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, departments_selection);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, departments_sorted);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, accounts_selection);
  gtk_widget_class_bind_template_child (widget_class, FlStaffPanel, accounts_sorted);

  gtk_widget_class_bind_template_callback (widget_class, staff_status_label);
  gtk_widget_class_bind_template_callback (widget_class, account_status_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  _fl_staff_panel_class_actions_init (widget_class);
}

static void
fl_staff_panel_init (FlStaffPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->people_selection, "notify::selected-item",
                            G_CALLBACK (update_people_actions), self);
}

GtkWidget *
fl_staff_panel_new (FlDatabase *database,
                    FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_STAFF_PANEL,
                       "database", database,
                       "session", session,
                       NULL);
}

/* A change to one list shows in the others: member and team counts,
 * team and head names, the names on accounts. The lists are small. */
void
_fl_staff_panel_reload_all (FlStaffPanel *self)
{
  reload_people (self);
  reload_teams (self);
  reload_departments (self);
  reload_accounts (self);
}

/* After a change: the lists are queried again and the changed row selected. */
void
_fl_staff_panel_reload_and_select (FlStaffPanel       *self,
                                   GtkSingleSelection *selection,
                                   gint64              id)
{
  _fl_staff_panel_reload_all (self);
  select_id (selection, id);
}
