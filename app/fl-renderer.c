/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-renderer"

#include "config.h"

#include <epoxy/gl.h>
#include <gtk/gtk.h>

#include "fl-renderer.h"

/* GTK 4.8 draws with OpenGL wherever it can, software OpenGL included:
 * Mesa's llvmpipe on a desktop or thin client without a GPU, or in a
 * virtual machine, as many call centers' are. There its cairo renderer is
 * the better one. Measured on the project's 2-core VM with 100,000
 * recordings (tests/benchmarks/library-window.py): a sort blocks the main
 * thread 11-18 ms against 39-52 ms, and the app's peak memory is 171
 * against 290 MiB (an empty window's alone 127 against 201 MiB). */

static gboolean
is_software (const char *gl_renderer)
{
  return strstr (gl_renderer, "llvmpipe") != NULL ||
         strstr (gl_renderer, "softpipe") != NULL ||
         strstr (gl_renderer, "Software Rasterizer") != NULL;
}

/* Before the first window: GTK reads GSK_RENDERER when it makes its first
 * renderer, and only then. Someone who set GSK_RENDERER keeps their choice. */
void
fl_renderer_choose (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkGLContext) context = NULL;
  const char *gl_renderer;

  if (display == NULL || g_getenv ("GSK_RENDERER") != NULL)
    return;

  /* No OpenGL at all: GTK takes cairo by itself. */
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return;

  gdk_gl_context_make_current (context);
  gl_renderer = (const char *) glGetString (GL_RENDERER);
  if (gl_renderer != NULL && is_software (gl_renderer))
    {
      g_debug ("OpenGL is drawn in software (%s): drawing with cairo", gl_renderer);
      g_setenv ("GSK_RENDERER", "cairo", FALSE);
    }
  gdk_gl_context_clear_current ();
}
