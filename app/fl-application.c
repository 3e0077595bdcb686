/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-application"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-application.h"
#include "fl-database.h"
#include "fl-demo.h"
#include "fl-import-command.h"
#include "fl-preferences-window.h"
#include "fl-probe.h"
#include "fl-window.h"

/* How long the window's own writes wait behind another program's. */
#define WINDOW_BUSY_TIMEOUT_MS 250

struct _FlApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* From the command line: --database PATH, --demo. */
  char           *database_path;
  gboolean        demo;
};

G_DEFINE_FINAL_TYPE (FlApplication, fl_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the center’s database at PATH instead of the default one"),
    /* Translators: the placeholder in “--database PATH” of --help */
    N_("PATH") },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open the demo center, creating it on first use"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "import-recordings", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the call recordings in folder DIR without opening a window, then exit"),
    /* Translators: the placeholder in “--import-recordings DIR” of --help */
    N_("DIR") },
  { "cdr", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("With --import-recordings: the PBX’s call list (CDR) as a CSV FILE"),
    /* Translators: the placeholder in “--cdr FILE” of --help */
    N_("FILE") },
  { "sync-source", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Sync the recordings of the recording server called NAME without opening a window, then exit"),
    /* Translators: the placeholder in “--sync-source NAME” of --help */
    N_("NAME") },
  { "full", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --sync-source: read a JSON index whole, not only what changed since the last sync"), NULL },
  { NULL }
};

static void
open_window (FlApplication *self,
             const char    *path)
{
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  FlWindow *window;

  database = fl_database_open (path, &error);
  /* The window writes on the main thread: behind another program's long
   * write it says the database is busy (a scorecard's autosave tries again
   * by itself) rather than freezing. */
  if (database != NULL)
    fl_database_set_busy_timeout (database, WINDOW_BUSY_TIMEOUT_MS);
  if (error != NULL)
    g_warning ("Cannot open %s: %s", path, error->message);

  window = fl_window_new (self, database, error);
  gtk_window_present (GTK_WINDOW (window));
}

/* The window the application actions act on: the most recently focused
 * main window, even when a dialog of it has the focus. */
static FlWindow *
get_main_window (FlApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (FL_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

static void
apply_color_scheme (FlApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  FlApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Close rather than quit, so each window saves its size on the way out;
   * the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  FlApplication *self = user_data;
  FlWindow *window = get_main_window (self);
  GtkWindow *preferences;

  /* Ctrl+comma in the open preferences: nothing new to show. */
  preferences = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (FL_IS_PREFERENCES_WINDOW (preferences))
    {
      gtk_window_present (preferences);
      return;
    }

  /* Preferences edit the center's policies as the signed-in person. */
  if (window == NULL || fl_window_get_session (window) == NULL)
    return;

  preferences = fl_preferences_window_new (GTK_WINDOW (window),
                                           fl_window_get_database (window),
                                           fl_window_get_session (window));
  g_signal_connect_object (preferences, "destroy", G_CALLBACK (fl_window_reload_preferences), window,
                           G_CONNECT_SWAPPED);
  gtk_window_present (preferences);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  FlApplication *self = user_data;
  FlWindow *window = get_main_window (self);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-name", _("Floorlead"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Floorlead developers"),
                        "comments", _("Quality assurance, rosters, leave and the equipment ledger for a call center’s supervisors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/floorlead/floorlead",
                        "issue-url", "https://github.com/floorlead/floorlead/issues",
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

static void
color_scheme_changed_cb (FlApplication *self,
                         const char    *key,
                         GSettings     *settings)
{
  apply_color_scheme (self);
}

static int
fl_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  FlApplication *self = FL_APPLICATION (application);
  const char *path = NULL;
  const char *folder = NULL;
  const char *cdr_path = NULL;
  const char *source_name = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Floorlead"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Absolute, so the window can tell the default database from another. */
  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }

  self->demo = g_variant_dict_contains (options, "demo");

  /* Handled here, before GTK starts: it needs no display. */
  if (g_variant_dict_lookup (options, "import-recordings", "^&ay", &folder))
    {
      g_autofree char *default_path = fl_database_get_default_path ();

      g_variant_dict_lookup (options, "cdr", "^&ay", &cdr_path);
      return fl_import_command_run (self->database_path ? self->database_path : default_path,
                                    folder, cdr_path);
    }
  if (g_variant_dict_lookup (options, "sync-source", "&s", &source_name))
    {
      g_autofree char *default_path = fl_database_get_default_path ();

      return fl_import_command_sync (self->database_path ? self->database_path : default_path, source_name,
                                     g_variant_dict_contains (options, "full"));
    }
  if (g_variant_dict_contains (options, "cdr"))
    {
      g_printerr ("%s\n", _("--cdr goes with --import-recordings DIR."));
      return EXIT_FAILURE;
    }
  if (g_variant_dict_contains (options, "full"))
    {
      g_printerr ("%s\n", _("--full goes with --sync-source NAME."));
      return EXIT_FAILURE;
    }

  return G_APPLICATION_CLASS (fl_application_parent_class)->handle_local_options (application, options);
}

static void
fl_application_startup (GApplication *application)
{
  FlApplication *self = FL_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (fl_application_parent_class)->startup (application);
  fl_probe_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

static void
fl_application_activate (GApplication *application)
{
  FlApplication *self = FL_APPLICATION (application);
  g_autofree char *path = NULL;
  FlWindow *window;

  window = get_main_window (self);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  if (self->demo)
    {
      fl_application_open_demo (self, NULL);
      return;
    }

  if (self->database_path != NULL)
    path = g_strdup (self->database_path);
  else
    path = fl_database_get_default_path ();

  open_window (self, path);
}

static void
fl_application_finalize (GObject *object)
{
  FlApplication *self = FL_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (fl_application_parent_class)->finalize (object);
}

static void
fl_application_class_init (FlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fl_application_finalize;

  application_class->handle_local_options = fl_application_handle_local_options;
  application_class->startup = fl_application_startup;
  application_class->activate = fl_application_activate;
}

static void
fl_application_init (FlApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

FlApplication *
fl_application_new (void)
{
  /* Non-unique: each process has its own database (tests start several). */
  return g_object_new (FL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/floorlead/Floorlead",
                       NULL);
}

/* In a worker, on a connection of its own: a new demo center makes its
 * people's password hashes and converts its calls with GStreamer, seconds
 * of work. */
static void
fill_demo_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  g_autoptr(FlDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  if (!(database = fl_database_open (task_data, &error)) ||
      !fl_demo_populate (database, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
demo_filled_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  FlApplication *self = FL_APPLICATION (source_object);
  g_autoptr(GtkWindow) replaced = user_data;
  g_autoptr(GError) error = NULL;
  const char *path = g_task_get_task_data (G_TASK (result));

  /* The window opens either way: with the demo, or with why it cannot. */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Cannot fill the demo center %s: %s", path, error->message);
  open_window (self, path);
  if (replaced != NULL)
    gtk_window_close (replaced);
  g_application_release (G_APPLICATION (self));
}

/* Opens (and on first use fills, off the main thread) the demo center in a
 * new window, then closes @replaced, the window that asked for it. */
void
fl_application_open_demo (FlApplication *self,
                          GtkWindow     *replaced)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FL_IS_APPLICATION (self));
  g_return_if_fail (replaced == NULL || GTK_IS_WINDOW (replaced));

  /* Started from the command line there is no window yet to keep it. */
  g_application_hold (G_APPLICATION (self));
  task = g_task_new (self, NULL, demo_filled_cb, replaced ? g_object_ref (replaced) : NULL);
  g_task_set_source_tag (task, fl_application_open_demo);
  g_task_set_task_data (task, fl_demo_get_default_path (), g_free);
  g_task_run_in_thread (task, fill_demo_thread);
}
