/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "floorlead"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "fl-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FlApplication) app = NULL;
  const char *locale;
  const char *localedir;

  /* With no LANG at all (a bare test environment) the C locale would make
   * gettext ignore LANGUAGE; C.UTF-8 keeps LANGUAGE=zh_CN working. */
  locale = setlocale (LC_ALL, "");
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  /* Tests and the uninstalled run point this at the build's translations. */
  localedir = g_getenv ("FLOORLEAD_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = fl_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
