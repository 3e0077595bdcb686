/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-holiday-group.h"
#include "fl-leave-type-group.h"
#include "fl-policy-service.h"
#include "fl-preferences-window.h"
#include "fl-recording-source-group.h"
#include "fl-shift-type-group.h"

struct _FlPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  FlDatabase           *database;
  FlSession            *session;
  FlPolicyService      *policies;
  GSettings            *settings;
  GPtrArray            *policy_spins;

  /* Template widgets */
  AdwPreferencesPage   *policies_page;
  FlShiftTypeGroup     *shift_type_group;
  FlHolidayGroup       *holiday_group;
  FlLeaveTypeGroup     *leave_type_group;
  FlRecordingSourceGroup *recording_source_group;
  GtkSpinButton        *cache_spin;
  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *skip_spin;
  GtkSpinButton        *long_skip_spin;
  GtkSpinButton        *rewind_spin;
};

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlPreferencesWindow, fl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the colour scheme row's items. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
color_scheme_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[i]);
}

static void
show_toast (FlPreferencesWindow *self,
            const char          *message)
{
  /* libadwaita 1.2 reads toast titles as markup. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static void
policy_value_changed_cb (FlPreferencesWindow *self,
                         GtkSpinButton       *spin)
{
  const FlPolicyInfo *info = g_object_get_data (G_OBJECT (spin), "fl-policy");
  g_autoptr(GError) error = NULL;

  g_assert (info != NULL);

  if (fl_policy_service_set (self->policies, self->session, info->key,
                             gtk_spin_button_get_value (spin), &error))
    return;

  show_toast (self, error->message);

  /* Show the value that is really in force. */
  g_signal_handlers_block_by_func (spin, policy_value_changed_cb, self);
  gtk_spin_button_set_value (spin, fl_policy_service_get (self->policies, info->key));
  g_signal_handlers_unblock_by_func (spin, policy_value_changed_cb, self);
}

static void
policy_choice_changed_cb (FlPreferencesWindow *self,
                          GParamSpec          *pspec,
                          GtkDropDown         *dropdown)
{
  const FlPolicyInfo *info = g_object_get_data (G_OBJECT (dropdown), "fl-policy");
  g_autoptr(GError) error = NULL;

  g_assert (info != NULL);

  if (fl_policy_service_set (self->policies, self->session, info->key, gtk_drop_down_get_selected (dropdown), &error))
    return;
  show_toast (self, error->message);
  g_signal_handlers_block_by_func (dropdown, policy_choice_changed_cb, self);
  gtk_drop_down_set_selected (dropdown, (guint) fl_policy_service_get (self->policies, info->key));
  g_signal_handlers_unblock_by_func (dropdown, policy_choice_changed_cb, self);
}

/* A policy that is one of a few choices (how a roster rule is held to). */
static GtkWidget *
create_choice (FlPreferencesWindow *self,
               const FlPolicyInfo  *info,
               gboolean             editable)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; info->choices[i] != NULL; i++)
    gtk_string_list_append (labels, _(info->choices[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), (guint) fl_policy_service_get (self->policies, info->key));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (dropdown, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title), -1);
  g_object_set_data (G_OBJECT (dropdown), "fl-policy", (gpointer) info);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (policy_choice_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return dropdown;
}

static GtkWidget *
create_spin (FlPreferencesWindow *self,
             const FlPolicyInfo  *info,
             gboolean             editable)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (info->minimum, info->maximum, info->step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), info->digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             fl_policy_service_get (self->policies, info->key));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (spin, editable);

  /* The policy table is static, so the pointer outlives the widget. */
  g_object_set_data (G_OBJECT (spin), "fl-policy", (gpointer) info);
  g_signal_connect_object (spin, "value-changed",
                           G_CALLBACK (policy_value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->policy_spins, spin);
  return spin;
}

static GtkWidget *
create_policy_row (FlPreferencesWindow *self,
                   const FlPolicyInfo  *info,
                   gboolean             editable)
{
  GtkWidget *control = info->choices != NULL ? create_choice (self, info, editable)
                                             : create_spin (self, info, editable);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(info->subtitle));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), control);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), control);

  return row;
}

/* One group per chapter of the handbook, in the order the core lists them. */
static void
add_policy_rows (FlPreferencesWindow *self)
{
  const FlPolicyInfo *infos;
  g_autoptr(GHashTable) groups = NULL;
  gboolean editable;
  gboolean first = TRUE;
  guint n_infos;

  editable = fl_session_can (self->session, FL_PERMISSION_CHANGE_POLICIES);
  groups = g_hash_table_new (g_str_hash, g_str_equal);
  infos = fl_policy_list_all (&n_infos);

  for (guint i = 0; i < n_infos; i++)
    {
      const FlPolicyInfo *info = &infos[i];
      GtkWidget *group = g_hash_table_lookup (groups, info->group);

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(info->group));
          if (first && !editable)
            adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                                   _("Only an administrator or the department head can change the center’s policies."));
          adw_preferences_page_add (self->policies_page, ADW_PREFERENCES_GROUP (group));
          g_hash_table_insert (groups, (gpointer) info->group, group);
          first = FALSE;
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 create_policy_row (self, info, editable));
    }
}

/* A number typed without Enter would otherwise be lost with the window. */
static void
commit_typed_values (FlPreferencesWindow *self)
{
  for (guint i = 0; i < self->policy_spins->len; i++)
    {
      GtkSpinButton *spin = g_ptr_array_index (self->policy_spins, i);

      if (gtk_widget_get_sensitive (GTK_WIDGET (spin)))
        gtk_spin_button_update (spin);
    }

  gtk_spin_button_update (self->skip_spin);
  gtk_spin_button_update (self->long_skip_spin);
  gtk_spin_button_update (self->rewind_spin);
}

static gboolean
fl_preferences_window_close_request (GtkWindow *window)
{
  commit_typed_values (FL_PREFERENCES_WINDOW (window));

  return GTK_WINDOW_CLASS (fl_preferences_window_parent_class)->close_request (window);
}

static void
fl_preferences_window_constructed (GObject *object)
{
  FlPreferencesWindow *self = FL_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (fl_preferences_window_parent_class)->constructed (object);

  g_assert (FL_IS_DATABASE (self->database));
  g_assert (FL_IS_SESSION (self->session));

  self->policies = fl_policy_service_new (self->database);
  add_policy_rows (self);
  fl_shift_type_group_load (self->shift_type_group, self->database, self->session);
  fl_holiday_group_load (self->holiday_group, self->database, self->session);
  fl_recording_source_group_load (self->recording_source_group, self->database, self->session);
  fl_leave_type_group_load (self->leave_type_group, self->database, self->session);
}

static void
fl_preferences_window_dispose (GObject *object)
{
  FlPreferencesWindow *self = FL_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->policy_spins, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->policies);
  g_clear_object (&self->session);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fl_preferences_window_parent_class)->dispose (object);
}

static void
fl_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FlPreferencesWindow *self = FL_PREFERENCES_WINDOW (object);

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
fl_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FlPreferencesWindow *self = FL_PREFERENCES_WINDOW (object);

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
fl_preferences_window_class_init (FlPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = fl_preferences_window_constructed;
  object_class->dispose = fl_preferences_window_dispose;
  object_class->get_property = fl_preferences_window_get_property;
  object_class->set_property = fl_preferences_window_set_property;

  window_class->close_request = fl_preferences_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         FL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FL_TYPE_HOLIDAY_GROUP);
  g_type_ensure (FL_TYPE_LEAVE_TYPE_GROUP);
  g_type_ensure (FL_TYPE_RECORDING_SOURCE_GROUP);
  g_type_ensure (FL_TYPE_SHIFT_TYPE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/fl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, policies_page);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, shift_type_group);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, holiday_group);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, leave_type_group);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, recording_source_group);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, cache_spin);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, skip_spin);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, long_skip_spin);
  gtk_widget_class_bind_template_child (widget_class, FlPreferencesWindow, rewind_spin);
}

static void
fl_preferences_window_init (FlPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->policy_spins = g_ptr_array_new ();
  self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_get_mapping,
                                color_scheme_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "skip-seconds",
                   gtk_spin_button_get_adjustment (self->skip_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "long-skip-seconds",
                   gtk_spin_button_get_adjustment (self->long_skip_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "recording-cache-mib",
                   gtk_spin_button_get_adjustment (self->cache_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rewind-on-pause-ms",
                   gtk_spin_button_get_adjustment (self->rewind_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * fl_preferences_window_new:
 * @parent: the main window
 * @database: the center's database
 * @session: who is signed in; it decides whether the policies can be changed
 *
 * Returns: (transfer none): a new preferences window, not yet shown
 */
GtkWindow *
fl_preferences_window_new (GtkWindow  *parent,
                           FlDatabase *database,
                           FlSession  *session)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       "database", database,
                       "session", session,
                       NULL);
}
