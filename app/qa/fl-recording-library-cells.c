/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-library-cells"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-recording-library-private.h"
#include "fl-recording-row.h"

/* The cells of the recordings library: how a recording reads in each column.
 *
 * A cell is one GtkLabel (the date's has a box for the warning icon of a
 * recording whose file is missing or unreadable): every widget of a row
 * costs its share of the window's first frame, most of it in the
 * accessibility tree. A sort or a search gives each row on screen another
 * recording (FlRecordingRow::recording), and the label follows it, setting
 * its text and style classes itself: bindings would evaluate an expression
 * per property and reset the style classes on every change. */

/* A cell's label knows its column. */
static GQuark column_quark;

static FlRecordingSort
label_column (GtkLabel *label)
{
  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (label), column_quark));
}

static char *
agent_text (FlRecording *recording)
{
  const char *name = fl_recording_get_agent_name (recording);
  const char *job_number = fl_recording_get_agent_job_number (recording);

  if (name != NULL && job_number != NULL)
    /* Translators: an agent in the recordings list: the name, then the job number (工号) */
    return g_strdup_printf (_("%s · %s"), name, job_number);
  /* Not a known staff member: what the PBX called the agent. */
  return g_strdup (name != NULL ? name : fl_recording_get_agent_number (recording));
}

/* m:ss, as a call's length is usually told; an hour is 60:00. */
static char *
duration_text (gint64 duration_ms)
{
  gint64 seconds;

  if (duration_ms < 0)
    return NULL;
  seconds = (duration_ms + 500) / 1000;
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

static char *
column_text (FlRecordingSort  column,
             FlRecording     *recording)
{
  FlCallDirection direction;
  const char *started_at;

  switch (column)
    {
    case FL_RECORDING_SORT_STARTED_AT:
      started_at = fl_recording_get_started_at (recording);
      return started_at != NULL ? fl_format_date_time (started_at) : NULL;
    case FL_RECORDING_SORT_AGENT:
      return agent_text (recording);
    case FL_RECORDING_SORT_CALLER:
      return g_strdup (fl_recording_get_caller (recording));
    case FL_RECORDING_SORT_QUEUE:
      return g_strdup (fl_recording_get_queue (recording));
    case FL_RECORDING_SORT_DIRECTION:
      direction = fl_recording_get_direction (recording);
      return direction != FL_CALL_DIRECTION_UNKNOWN ? g_strdup (fl_call_direction_to_label (direction)) : NULL;
    case FL_RECORDING_SORT_DURATION:
      return duration_text (fl_recording_get_duration_ms (recording));
    case FL_RECORDING_SORT_STATE:
      return g_strdup (fl_recording_evaluation_to_label (fl_recording_get_evaluation_state (recording)));
    case FL_RECORDING_SORT_SCORE:
      if (fl_recording_get_score (recording) < 0)
        return NULL;
      return fl_format_score (fl_recording_get_score (recording), fl_recording_get_passed (recording));
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
problem_text (FlRecording *recording)
{
  FlRecordingStatus status = fl_recording_get_status (recording);
  const char *problem = fl_recording_get_problem (recording);
  const char *path = fl_recording_get_path (recording);

  if (status == FL_RECORDING_STATUS_PRESENT)
    return NULL;
  if (problem != NULL)
    /* Translators: a tooltip: the recording's state (Missing, Unreadable), then the problem */
    return g_strdup_printf (_("%s: %s"), fl_recording_status_to_label (status), problem);
  if (status == FL_RECORDING_STATUS_MISSING && fl_recording_get_source_id (recording) != 0)
    /* Translators: a tooltip; %s is the address of a recording on a recording server */
    return g_strdup_printf (_("The recording server no longer has it: %s. It is back if the server lists it again "
                              "at a sync."),
                            path ? path : "");
  if (status == FL_RECORDING_STATUS_MISSING)
    /* Translators: a tooltip; %s is the path of a recording's file */
    return g_strdup_printf (_("The file is no longer there: %s. Import its folder again once it is back."),
                            path ? path : "");
  /* Translators: a tooltip; %s is the path of a recording's file */
  return g_strdup_printf (_("The file cannot be played: %s"), path ? path : "");
}

/* The warning icon beside the date: made the first time its row shows a
 * recording with a problem, hidden otherwise. A tooltip is set only then:
 * on a visible widget it asks the X server where the pointer is. */
static void
show_problem (GtkLabel    *label,
              FlRecording *recording)
{
  g_autofree char *problem = recording != NULL ? problem_text (recording) : NULL;
  GtkWidget *icon = gtk_widget_get_prev_sibling (GTK_WIDGET (label));

  if (icon == NULL && problem == NULL)
    return;
  if (icon == NULL)
    {
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_box_prepend (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (label))), icon);
    }
  if (g_strcmp0 (gtk_widget_get_tooltip_text (icon), problem) != 0)
    gtk_widget_set_tooltip_text (icon, problem);
  gtk_widget_set_visible (icon, problem != NULL);
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  /* Both leave the style alone when nothing changes. */
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_recording (GtkLabel    *label,
                FlRecording *recording)
{
  FlRecordingSort column = label_column (label);
  g_autofree char *text = recording != NULL ? column_text (column, recording) : NULL;
  gboolean present = recording == NULL || fl_recording_get_status (recording) == FL_RECORDING_STATUS_PRESENT;
  gboolean scored = recording != NULL && fl_recording_get_score (recording) >= 0;
  gboolean passed = scored && fl_recording_get_passed (recording);

  gtk_label_set_label (label, text != NULL ? text : "");
  /* A recording whose file is missing or unreadable is dimmed. */
  set_css_class (GTK_WIDGET (label), "dim-label", !present);
  if (column == FL_RECORDING_SORT_SCORE)
    {
      set_css_class (GTK_WIDGET (label), "success", scored && passed);
      set_css_class (GTK_WIDGET (label), "error", scored && !passed);
    }
  else if (column == FL_RECORDING_SORT_STARTED_AT)
    show_problem (label, recording);
}

static void
row_changed_cb (FlRecordingRow *row,
                GParamSpec     *pspec,
                GtkLabel       *label)
{
  show_recording (label, fl_recording_row_get_recording (row));
}

static GtkLabel *
cell_label (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  /* The date's label is last in its box, after the warning icon. */
  return GTK_LABEL (GTK_IS_LABEL (child) ? child : gtk_widget_get_last_child (child));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  FlRecordingSort column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *box;

  g_object_set_qdata (G_OBJECT (label), column_quark, user_data);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  /* Numbers in tabular figures; a duration lines up on the right; a date,
   * a duration and a score are never cut short. */
  switch (column)
    {
    case FL_RECORDING_SORT_STARTED_AT:
      gtk_widget_add_css_class (label, "numeric");
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    case FL_RECORDING_SORT_DURATION:
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      break;
    case FL_RECORDING_SORT_SCORE:
      gtk_widget_add_css_class (label, "numeric");
      break;
    case FL_RECORDING_SORT_CALLER:
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      break;
    default:
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      break;
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  FlRecordingRow *row = gtk_list_item_get_item (item);
  GtkLabel *label = cell_label (item);

  g_signal_connect (row, "notify::recording", G_CALLBACK (row_changed_cb), label);
  show_recording (label, fl_recording_row_get_recording (row));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), row_changed_cb, cell_label (item));
}

/* A column's cells: see the top of this file. */
GtkListItemFactory *
_fl_recording_library_cell_factory_new (FlRecordingSort column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  if (column_quark == 0)
    column_quark = g_quark_from_static_string ("fl-recording-library-column");
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  return factory;
}
