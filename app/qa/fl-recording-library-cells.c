/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-library-cells"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-recording-library-private.h"

/* How a recording reads in a row of the library: the closures the cell
 * templates in fl-recording-library.ui call. A recording whose file is
 * missing or unreadable is dimmed, with a warning icon whose tooltip says
 * what is wrong. */

static char **
cell_css_classes (GtkListItem *item,
                  int          status,
                  const char  *extra)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (extra != NULL && *extra != '\0')
    g_strv_builder_add (builder, extra);
  /* A recording whose file is missing or unreadable is dimmed. */
  if (status != FL_RECORDING_STATUS_PRESENT)
    g_strv_builder_add (builder, "dim-label");
  return g_strv_builder_end (builder);
}

static gboolean
has_problem (GtkListItem *item,
             int          status)
{
  return status != FL_RECORDING_STATUS_PRESENT;
}

static char *
problem_text (GtkListItem *item,
              int          status,
              const char  *problem,
              const char  *path)
{
  if (status == FL_RECORDING_STATUS_PRESENT)
    return NULL;
  if (problem != NULL)
    /* Translators: a tooltip: the recording's state (Missing, Unreadable), then the problem */
    return g_strdup_printf (_("%s: %s"), fl_recording_status_to_label (status), problem);
  if (status == FL_RECORDING_STATUS_MISSING)
    /* Translators: a tooltip; %s is the path of a recording's file */
    return g_strdup_printf (_("The file is no longer there: %s. Import its folder again once it is back."),
                            path ? path : "");
  /* Translators: a tooltip; %s is the path of a recording's file */
  return g_strdup_printf (_("The file cannot be played: %s"), path ? path : "");
}

static char *
started_at_label (GtkListItem *item,
                  const char  *started_at)
{
  return started_at != NULL ? fl_format_date_time (started_at) : NULL;
}

static char *
agent_label (GtkListItem *item,
             const char  *name,
             const char  *job_number,
             const char  *agent_number)
{
  if (name != NULL && job_number != NULL)
    /* Translators: an agent in the recordings list: the name, then the job number (工号) */
    return g_strdup_printf (_("%s · %s"), name, job_number);
  /* Not a known staff member: what the PBX called the agent. */
  return g_strdup (name != NULL ? name : agent_number);
}

static char *
text_label (GtkListItem *item,
            const char  *text)
{
  return g_strdup (text);
}

static char *
direction_label (GtkListItem *item,
                 int          direction)
{
  if (direction == FL_CALL_DIRECTION_UNKNOWN)
    return NULL;
  return g_strdup (fl_call_direction_to_label (direction));
}

/* m:ss, as a call's length is usually told; an hour is 60:00. */
static char *
duration_label (GtkListItem *item,
                gint64       duration_ms)
{
  gint64 seconds;

  if (duration_ms < 0)
    return NULL;
  seconds = (duration_ms + 500) / 1000;
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

static char *
state_label (GtkListItem *item,
             int          state)
{
  return g_strdup (fl_recording_evaluation_to_label (state));
}

static char *
score_label (GtkListItem *item,
             double       score,
             gboolean     passed)
{
  if (score < 0)
    return NULL;
  return fl_format_score (score, passed);
}

static char **
score_css_classes (GtkListItem *item,
                   int          status,
                   double       score,
                   gboolean     passed)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "numeric");
  if (score >= 0)
    g_strv_builder_add (builder, passed ? "success" : "error");
  if (status != FL_RECORDING_STATUS_PRESENT)
    g_strv_builder_add (builder, "dim-label");
  return g_strv_builder_end (builder);
}

void
_fl_recording_library_class_cells_init (GtkWidgetClass *widget_class)
{
  /* The cell templates look these types up by name. */
  g_type_ensure (FL_TYPE_RECORDING);
  g_type_ensure (G_TYPE_STRV);

  gtk_widget_class_bind_template_callback (widget_class, cell_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, has_problem);
  gtk_widget_class_bind_template_callback (widget_class, problem_text);
  gtk_widget_class_bind_template_callback (widget_class, started_at_label);
  gtk_widget_class_bind_template_callback (widget_class, agent_label);
  gtk_widget_class_bind_template_callback (widget_class, text_label);
  gtk_widget_class_bind_template_callback (widget_class, direction_label);
  gtk_widget_class_bind_template_callback (widget_class, duration_label);
  gtk_widget_class_bind_template_callback (widget_class, state_label);
  gtk_widget_class_bind_template_callback (widget_class, score_label);
  gtk_widget_class_bind_template_callback (widget_class, score_css_classes);
}
