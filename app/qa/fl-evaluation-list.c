/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-evaluation-list"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-evaluation-list.h"
#include "fl-format.h"
#include "fl-scorecard.h"

/* The agent's evaluations are listed newest first, up to this many. */
#define MAX_AGENT_ROWS 50

struct _FlEvaluationList
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkListBox *call_list;
  GtkLabel   *agent_heading;
  GtkListBox *agent_list;
};

enum {
  RECORDING_ACTIVATED,
  DISPUTE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlEvaluationList, fl_evaluation_list, GTK_TYPE_POPOVER)

/* "93.3 · Pass" once submitted, else "Draft". */
static char *
describe_result (FlEvaluation *evaluation)
{
  if (fl_evaluation_get_state (evaluation) == FL_EVALUATION_STATE_DRAFT)
    return g_strdup (C_("evaluation state", "Draft"));
  if (!fl_evaluation_get_scorable (evaluation))
    return g_strdup (C_("evaluation state", "Evaluated"));
  return fl_format_score (fl_evaluation_get_score (evaluation), fl_evaluation_get_passed (evaluation));
}

static GtkWidget *
create_row (FlEvaluation *evaluation,
            const char   *title,
            gboolean      activatable)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *result;
  g_autofree char *result_text = describe_result (evaluation);
  g_autofree char *template_name = g_strdup_printf (_("%s, version %d"),
                                                    fl_scorecard_translate (fl_evaluation_get_template_name (evaluation)),
                                                    fl_evaluation_get_template_version (evaluation));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), template_name);

  result = gtk_label_new (result_text);
  gtk_widget_add_css_class (result, "numeric");
  if (fl_evaluation_get_state (evaluation) == FL_EVALUATION_STATE_SUBMITTED &&
      fl_evaluation_get_scorable (evaluation))
    gtk_widget_add_css_class (result, fl_evaluation_get_passed (evaluation) ? "success" : "error");
  else
    gtk_widget_add_css_class (result, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), result);

  if (activatable)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "recording-id",
                         GSIZE_TO_POINTER ((gsize) fl_evaluation_get_recording_id (evaluation)));
    }
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_set_placeholder (list, label);
}

static void
dispute_clicked_cb (GtkButton        *button,
                    FlEvaluationList *self)
{
  gint64 evaluation_id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "evaluation-id"));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[DISPUTE_REQUESTED], 0, evaluation_id);
}

/* A team lead disputes (申诉) someone else's submitted score on the agent's behalf. */
static void
add_dispute_button (FlEvaluationList *self,
                    GtkWidget        *row,
                    FlEvaluation     *evaluation,
                    FlSession        *session)
{
  GtkWidget *button;
  g_autofree char *label = NULL;

  if (!fl_session_can (session, FL_PERMISSION_FILE_DISPUTE)
      || fl_evaluation_get_state (evaluation) != FL_EVALUATION_STATE_SUBMITTED
      || fl_evaluation_get_evaluator_id (evaluation) == fl_session_get_account_id (session))
    return;
  button = gtk_button_new_with_label (_("Dispute…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Dispute an answer on the agent’s behalf"));
  /* Translators: the accessible name of the button that disputes a score; %s is the auditor */
  label = g_strdup_printf (_("Dispute the Score by %s"), fl_evaluation_get_evaluator_name (evaluation));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "evaluation-id", GSIZE_TO_POINTER ((gsize) fl_evaluation_get_id (evaluation)));
  g_signal_connect_object (button, "clicked", G_CALLBACK (dispute_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
fill_call_list (FlEvaluationList    *self,
                FlEvaluationService *service,
                FlSession           *session,
                FlRecording         *recording)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) evaluations = fl_evaluation_service_list_for_recording (service, session,
                                                                               fl_recording_get_id (recording),
                                                                               &error);

  clear_list (self->call_list);
  if (evaluations == NULL)
    {
      set_placeholder (self->call_list, error->message);
      return;
    }
  set_placeholder (self->call_list, _("Nobody has evaluated this call yet."));
  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(FlEvaluation) evaluation = g_list_model_get_item (evaluations, i);
      GtkWidget *row = create_row (evaluation, fl_evaluation_get_evaluator_name (evaluation), FALSE);

      add_dispute_button (self, row, evaluation, session);
      gtk_list_box_append (self->call_list, row);
    }
}

static void
fill_agent_list (FlEvaluationList    *self,
                 FlEvaluationService *service,
                 FlSession           *session,
                 FlRecording         *recording)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) evaluations = NULL;
  g_autofree char *heading = NULL;
  gint64 agent_id = fl_recording_get_agent_staff_id (recording);
  guint shown = 0;

  clear_list (self->agent_list);
  gtk_widget_set_visible (GTK_WIDGET (self->agent_heading), agent_id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->agent_list), agent_id > 0);
  if (agent_id <= 0)
    return;

  /* Translators: heading above an agent's evaluations of their other calls; %s is the agent */
  heading = g_strdup_printf (_("%s’s Other Calls"), fl_recording_get_agent_name (recording));
  gtk_label_set_label (self->agent_heading, heading);

  evaluations = fl_evaluation_service_list_for_agent (service, session, agent_id, &error);
  if (evaluations == NULL)
    {
      set_placeholder (self->agent_list, error->message);
      return;
    }
  set_placeholder (self->agent_list, _("None of the agent’s other calls is evaluated yet."));
  for (guint i = 0; i < g_list_model_get_n_items (evaluations) && shown < MAX_AGENT_ROWS; i++)
    {
      g_autoptr(FlEvaluation) evaluation = g_list_model_get_item (evaluations, i);
      g_autofree char *when = NULL;
      g_autofree char *title = NULL;

      if (fl_evaluation_get_recording_id (evaluation) == fl_recording_get_id (recording))
        continue;
      when = fl_evaluation_get_recording_started_at (evaluation) != NULL
             ? fl_format_date_time (fl_evaluation_get_recording_started_at (evaluation))
             : g_strdup (_("Unknown time"));
      /* Translators: a call's date and time, then who evaluated it */
      title = g_strdup_printf (_("%s · by %s"), when, fl_evaluation_get_evaluator_name (evaluation));
      gtk_list_box_append (self->agent_list, create_row (evaluation, title, TRUE));
      shown++;
    }
}

static void
agent_row_activated_cb (FlEvaluationList *self,
                        GtkListBoxRow    *row,
                        GtkListBox       *list)
{
  gint64 recording_id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "recording-id"));

  if (recording_id <= 0)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[RECORDING_ACTIVATED], 0, recording_id);
}

static void
fl_evaluation_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FL_TYPE_EVALUATION_LIST);

  G_OBJECT_CLASS (fl_evaluation_list_parent_class)->dispose (object);
}

static void
fl_evaluation_list_class_init (FlEvaluationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_evaluation_list_dispose;

  /**
   * FlEvaluationList::recording-activated:
   * @recording_id: the recording of the evaluation the reviewer chose
   */
  signals[RECORDING_ACTIVATED] = g_signal_new ("recording-activated", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * FlEvaluationList::dispute-requested:
   * @evaluation_id: the submitted evaluation a team lead wants to dispute
   */
  signals[DISPUTE_REQUESTED] = g_signal_new ("dispute-requested", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/qa/fl-evaluation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FlEvaluationList, call_list);
  gtk_widget_class_bind_template_child (widget_class, FlEvaluationList, agent_heading);
  gtk_widget_class_bind_template_child (widget_class, FlEvaluationList, agent_list);
  gtk_widget_class_bind_template_callback (widget_class, agent_row_activated_cb);
}

static void
fl_evaluation_list_init (FlEvaluationList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_evaluation_list_new (void)
{
  return g_object_new (FL_TYPE_EVALUATION_LIST, NULL);
}

/**
 * fl_evaluation_list_load:
 * @self: a #FlEvaluationList
 * @service: where the evaluations are
 * @session: who looks
 * @recording: the call under review
 *
 * Lists the evaluations of @recording and of its agent's other calls as they
 * stand now.
 */
void
fl_evaluation_list_load (FlEvaluationList    *self,
                         FlEvaluationService *service,
                         FlSession           *session,
                         FlRecording         *recording)
{
  g_return_if_fail (FL_IS_EVALUATION_LIST (self));
  g_return_if_fail (FL_IS_EVALUATION_SERVICE (service));
  g_return_if_fail (FL_IS_RECORDING (recording));

  fill_call_list (self, service, session, recording);
  fill_agent_list (self, service, session, recording);
}
