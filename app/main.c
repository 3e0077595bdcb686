/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "floorlead"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "fl-application.h"
#include "fl-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FlApplication) app = NULL;
  const char *locale;
  const char *localedir;

  /* With no LANG at all, or C.UTF-8, gettext ignores LANGUAGE; so
   * `LANGUAGE=zh_CN floorlead` takes the locale LANGUAGE names, which also
   * writes dates and numbers its way. GTK must then keep the locale we chose. */
  locale = setlocale (LC_ALL, "");
  if (locale == NULL || g_str_equal (locale, "C") || g_str_has_prefix (locale, "C.") ||
      g_str_equal (locale, "POSIX"))
    {
      g_auto(GStrv) languages = g_strsplit (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", ":", -1);

      locale = NULL;
      for (guint i = 0; languages[i] != NULL && locale == NULL; i++)
        {
          g_autofree char *candidate = g_strconcat (languages[i], ".UTF-8", NULL);

          if (*languages[i] != '\0')
            locale = setlocale (LC_ALL, candidate);
        }
      if (locale == NULL)
        setlocale (LC_ALL, "C.UTF-8");
    }
  gtk_disable_setlocale ();

  /* Tests and the uninstalled run point this at the build's translations. */
  localedir = g_getenv ("FLOORLEAD_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Early, while this is the only thread: the choice goes through the
   * environment. Without a display (the command line's import) there is
   * nothing to choose. */
  if (gtk_init_check ())
    fl_renderer_choose ();

  app = fl_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
