/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-account-service.h"
#include "fl-demo.h"
#include "fl-first-run-page.h"
#include "fl-leave-panel.h"
#include "fl-ledger-panel.h"
#include "fl-probe.h"
#include "fl-qa-panel.h"
#include "fl-qa-programme-panel.h"
#include "fl-sign-in-page.h"
#include "fl-roster-panel.h"
#include "fl-staff-panel.h"
#include "fl-sync-scheduler.h"
#include "fl-window.h"

struct _FlWindow
{
  AdwApplicationWindow  parent_instance;

  FlDatabase           *database;
  FlSession            *session;
  char                 *subtitle;
  GSettings            *settings;
  GListModel           *panel_pages;
  FlSyncScheduler      *sync_scheduler;   /* recording servers synced on their interval */

  /* Template widgets */
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  FlFirstRunPage       *first_run_page;
  FlSignInPage         *sign_in_page;
  AdwLeaflet           *leaflet;
  GtkListBox           *panel_list;
  GtkWidget            *content_box;
  AdwWindowTitle       *panel_title;
  GtkMenuButton        *account_button;
  AdwAvatar            *account_avatar;
  GtkLabel             *account_label;
  GtkStack             *content_stack;
  GtkStack             *panel_stack;
};

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlWindow, fl_window, ADW_TYPE_APPLICATION_WINDOW)

/* What tells this center apart from the usual one: nothing for the
 * default database, “Demo center”, or the file's name. */
static char *
describe_database (FlDatabase *database)
{
  g_autofree char *default_path = fl_database_get_default_path ();
  g_autofree char *demo_path = fl_demo_get_default_path ();
  const char *path = fl_database_get_path (database);

  if (g_strcmp0 (path, default_path) == 0)
    return NULL;
  if (g_strcmp0 (path, demo_path) == 0)
    return g_strdup (_("Demo center"));

  return g_filename_display_basename (path);
}

static void
update_title (FlWindow *self)
{
  g_autofree char *title = NULL;

  if (self->subtitle == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Floorlead"));
      return;
    }

  /* Translators: the window title; %s is the center, such as “Demo center” */
  title = g_strdup_printf (_("%s — Floorlead"), self->subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
show_error (FlWindow     *self,
            const GError *error)
{
  adw_status_page_set_description (self->error_page,
                                   error ? error->message : NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/* Puts the cursor where the person types first. Only once the window is
 * mapped: focusing an unrealized window confuses GTK 4.8's accessibility
 * (the window then reaches AT-SPI as a filler, not a frame). */
static void
focus_page (FlWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  if (g_strcmp0 (page, "sign-in") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->sign_in_page));
  else if (g_strcmp0 (page, "first-run") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->first_run_page));
}

static void
show_sign_in (FlWindow *self)
{
  fl_sign_in_page_reload (self->sign_in_page);
  gtk_stack_set_visible_child_name (self->main_stack, "sign-in");
  focus_page (self);
}

/* The first screen of an opened database: set it up, or sign in. */
static void
show_welcome (FlWindow *self)
{
  g_autoptr(FlAccountService) accounts = fl_account_service_new (self->database);

  if (fl_account_service_has_accounts (accounts))
    {
      show_sign_in (self);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "first-run");
      focus_page (self);
    }
}

static void
add_panel (FlWindow   *self,
           GtkWidget  *panel,
           const char *name,
           const char *title,
           const char *icon_name)
{
  GtkStackPage *page;

  page = gtk_stack_add_titled (self->panel_stack, panel, name, title);
  gtk_stack_page_set_icon_name (page, icon_name);
}

/* One panel per part of the center the signed-in person may see. */
static void
add_panels (FlWindow *self)
{
  if (fl_session_can (self->session, FL_PERMISSION_VIEW_RECORDINGS))
    add_panel (self, fl_qa_panel_new (self->database, self->session),
               /* Translators: the panel where recorded calls are scored (质检) */
               "qa", _("Call Review"), "audio-x-generic-symbolic");
  if (fl_session_can (self->session, FL_PERMISSION_VIEW_RECORDINGS))
    add_panel (self, fl_qa_programme_panel_new (self->database, self->session),
               /* Translators: the panel of the month's QA: sampling and results (质检管理) */
               "qa-programme", _("QA Programme"), "x-office-spreadsheet-symbolic");
  if (fl_session_can (self->session, FL_PERMISSION_VIEW_STAFF))
    add_panel (self, fl_roster_panel_new (self->database, self->session),
               /* Translators: the panel of the teams' month rosters (排班) */
               "rosters", _("Rosters"), "x-office-calendar-symbolic");
  if (fl_session_can (self->session, FL_PERMISSION_FILE_LEAVE))
    add_panel (self, fl_leave_panel_new (self->database, self->session),
               /* Translators: the panel of leave requests (请销假) */
               "leave", _("Leave"), "document-send-symbolic");
  if (fl_session_can (self->session, FL_PERMISSION_VIEW_LEDGER))
    add_panel (self, fl_ledger_panel_new (self->database, self->session),
               /* Translators: the panel of equipment and supplies: requests, stock, loans (物品领用) */
               "ledger", _("Equipment"), "printer-symbolic");
  if (fl_session_can (self->session, FL_PERMISSION_VIEW_STAFF))
    add_panel (self, fl_staff_panel_new (self->database, self->session),
               "staff", _("Staff"), "system-users-symbolic");
}

/**
 * fl_window_reload_preferences:
 * @self: a #FlWindow
 *
 * After Preferences close: the panels that read them when they open a
 * view (the roster's shift types, rules and holidays; the leave types in
 * the absence calendar) read them again.
 */
void
fl_window_reload_preferences (FlWindow *self)
{
  GtkWidget *rosters, *leave;

  g_return_if_fail (FL_IS_WINDOW (self));

  rosters = gtk_stack_get_child_by_name (self->panel_stack, "rosters");
  if (rosters != NULL)
    fl_roster_panel_reload (FL_ROSTER_PANEL (rosters));
  leave = gtk_stack_get_child_by_name (self->panel_stack, "leave");
  if (leave != NULL)
    fl_leave_panel_reload (FL_LEAVE_PANEL (leave));
}

static void
remove_panels (FlWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->panel_stack))))
    gtk_stack_remove (self->panel_stack, child);
}

static void
show_account (FlWindow *self)
{
  const char *name = fl_session_get_display_name (self->session);
  g_autofree char *roles = fl_roles_to_string (fl_session_get_roles (self->session));
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (self->account_label, name);
  adw_avatar_set_text (self->account_avatar, name);

  /* Translators: the tooltip of the account button: a name, then the roles */
  tooltip = g_strdup_printf (_("Signed in as %s (%s)"), name, roles);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->account_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->account_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
}

static void
start_session (FlWindow  *self,
               FlSession *session)
{
  g_autofree char *last_panel = NULL;
  GtkWidget *panel = NULL;

  g_assert (self->session == NULL);

  self->session = g_object_ref (session);
  fl_probe_mark ("session-start");
  if (fl_session_can (session, FL_PERMISSION_IMPORT_RECORDINGS))
    self->sync_scheduler = fl_sync_scheduler_new (self->database, session, 60);
  /* Preselected on the sign-in screen next time. */
  g_settings_set_string (self->settings, "last-login", fl_session_get_login (session));
  show_account (self);
  /* Read before adding the panels: showing the first one records it as the last. */
  last_panel = g_settings_get_string (self->settings, "last-panel");
  add_panels (self);

  if (*last_panel != '\0')
    panel = gtk_stack_get_child_by_name (self->panel_stack, last_panel);
  if (panel != NULL)
    gtk_stack_set_visible_child (self->panel_stack, panel);

  gtk_stack_set_visible_child_name (self->content_stack,
                                    gtk_widget_get_first_child (GTK_WIDGET (self->panel_stack))
                                    ? "panels" : "no-role");
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* Forgets everything of the session: its panels go, and with them every
 * reference to it; the next person starts from a fresh set. */
static void
end_session (FlWindow *self)
{
  if (self->session == NULL)
    return;

  g_clear_object (&self->sync_scheduler);
  g_clear_object (&self->session);
  remove_panels (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", FALSE);
  show_sign_in (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static gboolean
badge_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_take_string (to, g_strdup_printf ("%u", g_value_get_uint (from)));
  return TRUE;
}

static gboolean
badge_to_visible (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) > 0);
  return TRUE;
}

static void
badge_changed_cb (GtkWidget  *badge,
                  GParamSpec *pspec,
                  GtkWidget  *panel)
{
  guint count = 0;
  g_autofree char *description = NULL;

  g_object_get (panel, "badge", &count, NULL);
  /* Translators: what a panel's badge in the sidebar says to a screen reader */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u waits for you", "%u wait for you", count), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

/* A panel with a "badge" property (what waits for the signed-in person
 * there) shows it as a count beside its name. */
static void
add_badge (GtkWidget *box,
           GtkWidget *panel)
{
  GtkWidget *badge;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (panel), "badge") == NULL)
    return;
  badge = gtk_label_new (NULL);
  gtk_widget_add_css_class (badge, "badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), badge);
  g_object_bind_property_full (panel, "badge", badge, "label", G_BINDING_SYNC_CREATE, badge_to_label, NULL,
                               NULL, NULL);
  g_object_bind_property_full (panel, "badge", badge, "visible", G_BINDING_SYNC_CREATE, badge_to_visible, NULL,
                               NULL, NULL);
  g_signal_connect_object (badge, "notify::label", G_CALLBACK (badge_changed_cb), panel, 0);
  /* A panel that counts at once (leave) has its label set already. */
  badge_changed_cb (badge, NULL, panel);
}

static GtkWidget *
create_panel_row (gpointer item,
                  gpointer user_data)
{
  GtkStackPage *page = item;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *image;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  image = gtk_image_new ();
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  g_object_bind_property (page, "icon-name", image, "icon-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "title", label, "label", G_BINDING_SYNC_CREATE);
  gtk_widget_set_hexpand (label, TRUE);
  add_badge (box, gtk_stack_page_get_child (page));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_stack_page_get_title (page),
                                  -1);

  return row;
}

static void
show_panel_of_row (FlWindow      *self,
                   GtkListBoxRow *row)
{
  /* GTK 4.8 has no autoptr for GtkStackPage. */
  g_autoptr(GObject) page = NULL;

  if (row != NULL)
    page = g_list_model_get_item (self->panel_pages, gtk_list_box_row_get_index (row));
  if (page != NULL)
    gtk_stack_set_visible_child (self->panel_stack, gtk_stack_page_get_child (GTK_STACK_PAGE (page)));
}

/* A row is chosen by a click or Enter; on a narrow window the panel then
 * slides in. */
static void
panel_row_activated_cb (FlWindow      *self,
                        GtkListBoxRow *row,
                        GtkListBox    *list)
{
  show_panel_of_row (self, row);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

/* Or selected: screen readers choose a row by selecting it, as GTK 4.8's
 * list rows offer no action to activate them. */
static void
panel_row_selected_cb (FlWindow      *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  show_panel_of_row (self, row);
}

static void
visible_panel_changed_cb (FlWindow   *self,
                          GParamSpec *pspec,
                          GtkStack   *stack)
{
  GtkWidget *panel = gtk_stack_get_visible_child (stack);
  GtkStackPage *page;
  GtkListBoxRow *row;
  guint n_pages;

  if (panel == NULL)
    {
      adw_window_title_set_title (self->panel_title, NULL);
      return;
    }

  page = gtk_stack_get_page (stack, panel);
  adw_window_title_set_title (self->panel_title, gtk_stack_page_get_title (page));

  n_pages = g_list_model_get_n_items (self->panel_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->panel_pages, i);

      if (item != (GObject *) page)
        continue;

      row = gtk_list_box_get_row_at_index (self->panel_list, (int) i);
      gtk_list_box_select_row (self->panel_list, row);
      break;
    }

  /* Only a choice made while signed in is remembered, not the stack
   * settling while panels are removed at sign-out. */
  if (self->session != NULL)
    g_settings_set_string (self->settings, "last-panel",
                           gtk_stack_page_get_name (page));
}

static void
back_clicked_cb (FlWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
signed_in_cb (FlWindow  *self,
              FlSession *session)
{
  start_session (self, session);
}

static void
open_demo_cb (FlWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  /* This window closes once the demo's opens. */
  fl_first_run_page_set_opening_demo (self->first_run_page, TRUE);
  fl_application_open_demo (FL_APPLICATION (application), GTK_WINDOW (self));
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  end_session (FL_WINDOW (widget));
}

/* Opens a call in Call Review, from any panel (a calibration session's
 * call, for instance). */
static void
review_call_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlWindow *self = FL_WINDOW (widget);
  GtkWidget *panel = gtk_stack_get_child_by_name (self->panel_stack, "qa");

  if (panel == NULL)
    return;
  gtk_stack_set_visible_child (self->panel_stack, panel);
  fl_qa_panel_open_recording (FL_QA_PANEL (panel), g_variant_get_int64 (parameter));
}

static void
save_window_state (FlWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width;
  int height;

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static void
restore_window_state (FlWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
fl_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fl_window_parent_class)->map (widget);

  focus_page (FL_WINDOW (widget));
}

static gboolean
fl_window_close_request (GtkWindow *window)
{
  save_window_state (FL_WINDOW (window));

  return GTK_WINDOW_CLASS (fl_window_parent_class)->close_request (window);
}

static void
fl_window_constructed (GObject *object)
{
  FlWindow *self = FL_WINDOW (object);

  G_OBJECT_CLASS (fl_window_parent_class)->constructed (object);

  restore_window_state (self);

  if (self->database != NULL)
    {
      self->subtitle = describe_database (self->database);
      fl_sign_in_page_set_database (self->sign_in_page, self->database);
      fl_first_run_page_set_database (self->first_run_page, self->database);
      g_object_notify_by_pspec (object, properties[PROP_SUBTITLE]);
    }

  update_title (self);
}

static void
fl_window_dispose (GObject *object)
{
  FlWindow *self = FL_WINDOW (object);

  g_clear_object (&self->panel_pages);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_WINDOW);

  g_clear_object (&self->sync_scheduler);
  g_clear_object (&self->session);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fl_window_parent_class)->dispose (object);
}

static void
fl_window_finalize (GObject *object)
{
  FlWindow *self = FL_WINDOW (object);

  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (fl_window_parent_class)->finalize (object);
}

static void
fl_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FlWindow *self = FL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FlWindow *self = FL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_window_class_init (FlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = fl_window_constructed;
  object_class->dispose = fl_window_dispose;
  object_class->finalize = fl_window_finalize;
  object_class->get_property = fl_window_get_property;
  object_class->set_property = fl_window_set_property;

  widget_class->map = fl_window_map;

  window_class->close_request = fl_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         FL_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Which center this is when it is not the default one; the header bars show it. */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FL_TYPE_FIRST_RUN_PAGE);
  g_type_ensure (FL_TYPE_SIGN_IN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/fl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FlWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, first_run_page);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, sign_in_page);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, panel_list);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, panel_title);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, account_button);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, account_avatar);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, account_label);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FlWindow, panel_stack);
  gtk_widget_class_bind_template_callback (widget_class, panel_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, panel_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_panel_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, signed_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_demo_cb);

  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);
  gtk_widget_class_install_action (widget_class, "win.review-call", "x", review_call_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_q, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.sign-out", NULL);
}

static void
fl_window_init (FlWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  self->panel_pages = G_LIST_MODEL (gtk_stack_get_pages (self->panel_stack));
  gtk_list_box_bind_model (self->panel_list, self->panel_pages,
                           create_panel_row, self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", FALSE);
}

/**
 * fl_window_new:
 * @application: the application
 * @database: (nullable): the open database, or %NULL when it could not be opened
 * @open_error: (nullable): why @database is %NULL
 *
 * Returns: (transfer none): a new window on the first-run, sign-in or error screen
 */
FlWindow *
fl_window_new (FlApplication *application,
               FlDatabase    *database,
               const GError  *open_error)
{
  FlWindow *self;

  g_return_val_if_fail (FL_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database == NULL || FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);

  if (database == NULL)
    show_error (self, open_error);
  else
    show_welcome (self);

  return self;
}

FlDatabase *
fl_window_get_database (FlWindow *self)
{
  g_return_val_if_fail (FL_IS_WINDOW (self), NULL);

  return self->database;
}

/* The signed-in person, or %NULL before sign-in. */
FlSession *
fl_window_get_session (FlWindow *self)
{
  g_return_val_if_fail (FL_IS_WINDOW (self), NULL);

  return self->session;
}
