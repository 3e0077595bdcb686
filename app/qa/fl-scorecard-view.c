/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-view"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-recording-note.h"
#include "fl-scorecard-view-private.h"

/* The scorecard of the open call. The rows show what the reviewer chose;
 * FlScorecardAutosave writes it through FlEvaluationService as it happens,
 * and the score at the top is computed from the rows' answers with the
 * core's arithmetic (fl_scorecard_score), so it moves at once even while the
 * database is busy. The struct is in fl-scorecard-view-private.h, the score,
 * verdict and save state at the top in fl-scorecard-view-summary.c,
 * submitting, changing and the history in fl-scorecard-view-actions.c. */

enum {
  SUBMITTED,
  CHANGED,
  ITEM_FOCUSED,
  NOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlScorecardView, fl_scorecard_view, GTK_TYPE_WIDGET)

/* Errors stay above the scorecard until dismissed or resolved: a toast in
 * a panel this narrow would cut a long message short. */
void
_fl_scorecard_view_show_error (FlScorecardView *self,
                               const char      *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_box, TRUE);
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "card"))
    {
      /* Only while no evaluation is shown: a short toast is all there is room for. */
      g_autofree char *title = g_markup_escape_text (message, -1);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

void
_fl_scorecard_view_hide_error (FlScorecardView *self)
{
  gtk_widget_set_visible (self->error_box, FALSE);
}

void
fl_scorecard_view_show_message (FlScorecardView *self,
                                const char      *message)
{
  g_autofree char *title = NULL;

  g_return_if_fail (FL_IS_SCORECARD_VIEW (self));

  title = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Tells the review page the evaluation was submitted (::submitted). */
void
_fl_scorecard_view_emit_submitted (FlScorecardView *self)
{
  g_signal_emit (self, signals[SUBMITTED], 0);
}

gboolean
_fl_scorecard_view_is_own (FlScorecardView *self)
{
  return self->evaluation != NULL &&
         fl_evaluation_get_evaluator_id (self->evaluation) == fl_session_get_account_id (self->session);
}

gboolean
_fl_scorecard_view_is_editable (FlScorecardView *self)
{
  return self->evaluation != NULL && self->read_only_reason == NULL && _fl_scorecard_view_is_own (self) &&
         fl_evaluation_get_state (self->evaluation) == FL_EVALUATION_STATE_DRAFT;
}

FlScorecard *
_fl_scorecard_view_get_scorecard (FlScorecardView *self)
{
  return self->evaluation ? fl_evaluation_get_scorecard (self->evaluation) : NULL;
}

static void
set_answer_in_table (FlScorecardView *self,
                     gint64           item_id,
                     FlAnswerState    state,
                     int              points)
{
  FlScoreAnswer answer = { state, points };

  if (state == FL_ANSWER_STATE_UNANSWERED)
    g_hash_table_remove (self->answers, &item_id);
  else
    g_hash_table_replace (self->answers, g_memdup2 (&item_id, sizeof item_id),
                          g_memdup2 (&answer, sizeof answer));
}

/* What may be done now: answer and submit a draft, or change a submitted one. */
static void
update_mode (FlScorecardView *self)
{
  gboolean editable = _fl_scorecard_view_is_editable (self);
  gboolean may_change = self->evaluation != NULL && self->read_only_reason == NULL && _fl_scorecard_view_is_own (self) &&
                        fl_evaluation_get_state (self->evaluation) == FL_EVALUATION_STATE_SUBMITTED;

  if (self->evaluation == NULL)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    fl_scorecard_item_row_set_editable (g_ptr_array_index (self->rows, i), editable);
  gtk_text_view_set_editable (self->comment_view, editable);
  gtk_text_view_set_cursor_visible (self->comment_view, editable);

  gtk_widget_set_visible (self->submit_button, editable);
  gtk_widget_set_visible (self->change_button, may_change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scorecard.submit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scorecard.change", may_change);
  _fl_scorecard_view_update_status (self);
  _fl_scorecard_view_update_save_status (self);
}

static void
evaluation_notify_cb (FlScorecardView *self,
                      GParamSpec      *pspec,
                      FlEvaluation    *evaluation)
{
  update_mode (self);
}

static void
row_answer_changed_cb (FlScorecardView    *self,
                       FlAnswerState       state,
                       int                 points,
                       FlScorecardItemRow *row)
{
  gint64 item_id = fl_scorecard_item_get_id (fl_scorecard_item_row_get_item (row));

  set_answer_in_table (self, item_id, state, points);
  _fl_scorecard_view_update (self);
  g_signal_emit (self, signals[CHANGED], 0);
  if (self->autosave != NULL)
    fl_scorecard_autosave_set_answer (self->autosave, item_id, state, points);
}

static void
row_comment_changed_cb (FlScorecardView    *self,
                        const char         *comment,
                        FlScorecardItemRow *row)
{
  if (self->autosave != NULL)
    fl_scorecard_autosave_set_item_comment (self->autosave,
                                            fl_scorecard_item_get_id (fl_scorecard_item_row_get_item (row)),
                                            comment);
}

static void
row_note_activated_cb (FlScorecardView    *self,
                       gint64              note_id,
                       FlScorecardItemRow *row)
{
  g_signal_emit (self, signals[NOTE_ACTIVATED], 0, note_id);
}

static void
row_focus_enter_cb (FlScorecardView         *self,
                    GtkEventControllerFocus *controller)
{
  FlScorecardItemRow *row = FL_SCORECARD_ITEM_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  g_signal_emit (self, signals[ITEM_FOCUSED], 0, fl_scorecard_item_get_id (fl_scorecard_item_row_get_item (row)));
}

static FlScorecardItemRow *
find_row (FlScorecardView *self,
          gint64           item_id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FlScorecardItemRow *row = g_ptr_array_index (self->rows, i);

      if (fl_scorecard_item_get_id (fl_scorecard_item_row_get_item (row)) == item_id)
        return row;
    }
  return NULL;
}

/* The core refused an answer for good: say why and show what is stored. */
static void
autosave_rejected_cb (FlScorecardView     *self,
                      gint64               item_id,
                      GError              *error,
                      FlScorecardAutosave *autosave)
{
  FlScorecardItemRow *row = find_row (self, item_id);

  _fl_scorecard_view_show_error (self, error->message);
  if (row != NULL && autosave == self->autosave)
    {
      int points = 0;
      FlAnswerState state = fl_evaluation_get_answer (self->evaluation, item_id, &points);

      fl_scorecard_item_row_set_answer (row, state, points);
      set_answer_in_table (self, item_id, state, points);
      _fl_scorecard_view_update (self);
    }
}

static void
autosave_state_changed_cb (FlScorecardView     *self,
                           FlScorecardAutosave *autosave)
{
  _fl_scorecard_view_update_save_status (self);
}

static void
comment_buffer_changed_cb (FlScorecardView *self,
                           GtkTextBuffer   *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->autosave == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  fl_scorecard_autosave_set_comment (self->autosave, text);
}

static GtkWidget *
create_item_row (FlScorecardView *self,
                 FlScorecardItem *item)
{
  gint64 item_id = fl_scorecard_item_get_id (item);
  GtkWidget *row = fl_scorecard_item_row_new (item);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  int points = 0;
  FlAnswerState state = fl_evaluation_get_answer (self->evaluation, item_id, &points);

  fl_scorecard_item_row_set_answer (FL_SCORECARD_ITEM_ROW (row), state, points);
  fl_scorecard_item_row_set_comment (FL_SCORECARD_ITEM_ROW (row),
                                     fl_evaluation_get_item_comment (self->evaluation, item_id));
  set_answer_in_table (self, item_id, state, points);

  g_signal_connect_object (row, "answer-changed", G_CALLBACK (row_answer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "comment-changed", G_CALLBACK (row_comment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "note-activated", G_CALLBACK (row_note_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "enter", G_CALLBACK (row_focus_enter_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, focus);
  g_ptr_array_add (self->rows, row);
  return row;
}

static char *
describe_section (FlScorecardSection *section)
{
  g_autofree char *weight = NULL;

  if (!fl_scorecard_section_get_has_weight (section))
    return NULL;
  weight = g_strdup_printf ("%g", fl_scorecard_section_get_weight (section));
  /* Translators: a scorecard section's weight in the total score; %s is a number */
  return g_strdup_printf (_("Weight %s"), weight);
}

static void
add_section (FlScorecardView    *self,
             FlScorecardSection *section)
{
  g_autofree char *title = g_markup_escape_text (fl_scorecard_translate (fl_scorecard_section_get_title (section)), -1);
  g_autofree char *description = describe_section (section);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *score = gtk_label_new (NULL);
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_set_valign (score, GTK_ALIGN_END);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), score);
  g_ptr_array_add (self->section_labels, score);

  /* A list of our own: the rows' controls, not the rows, take the focus. */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < fl_scorecard_section_get_n_items (section); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (section, i);

      gtk_list_box_append (GTK_LIST_BOX (list), create_item_row (self, item));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (self->sections_box, group);
}

static void
clear_card (FlScorecardView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))))
    gtk_box_remove (self->sections_box, child);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->section_labels, 0);
  g_hash_table_remove_all (self->answers);
}

static void
show_comment (FlScorecardView *self)
{
  const char *comment = fl_evaluation_get_comment (self->evaluation);

  self->updating = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), comment ? comment : "", -1);
  self->updating = FALSE;
}

static void
show_template (FlScorecardView *self)
{
  FlScorecard *scorecard = _fl_scorecard_view_get_scorecard (self);
  /* Translators: above the score; the template's name and version */
  g_autofree char *text = g_strdup_printf (_("%s · version %d"),
                                           fl_scorecard_translate (fl_scorecard_get_name (scorecard)),
                                           fl_scorecard_get_version (scorecard));

  gtk_label_set_label (self->template_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->template_label),
                               fl_scorecard_translate (fl_scorecard_get_description (scorecard)));
}

static void
build_card (FlScorecardView *self)
{
  FlScorecard *scorecard = _fl_scorecard_view_get_scorecard (self);

  clear_card (self);
  for (guint s = 0; s < fl_scorecard_get_n_sections (scorecard); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (scorecard, s);

      add_section (self, section);
    }
  show_template (self);
  show_comment (self);
  fl_scorecard_view_set_notes (self, self->notes);
  _fl_scorecard_view_update (self);
  update_mode (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static gboolean
drop_saved_leftovers_cb (gpointer user_data)
{
  FlScorecardView *self = user_data;

  for (guint i = self->leftovers->len; i > 0; i--)
    if (!fl_scorecard_autosave_has_pending (g_ptr_array_index (self->leftovers, i - 1)))
      g_ptr_array_remove_index (self->leftovers, i - 1);
  return G_SOURCE_REMOVE;
}

/* Not from inside the autosave's own signal: it may be its last reference. */
static void
leftover_state_changed_cb (FlScorecardView     *self,
                           FlScorecardAutosave *autosave)
{
  if (!fl_scorecard_autosave_has_pending (autosave))
    g_idle_add_full (G_PRIORITY_DEFAULT, drop_saved_leftovers_cb, g_object_ref (self), g_object_unref);
}

/* Writes what is pending for the evaluation being left; what the database
 * refuses for now keeps trying in the background. */
static void
let_go_of_evaluation (FlScorecardView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->autosave != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->autosave, self);
      if (!fl_scorecard_autosave_flush (self->autosave, &error))
        {
          g_autofree char *message = NULL;

          g_ptr_array_add (self->leftovers, g_object_ref (self->autosave));
          g_signal_connect_object (self->autosave, "state-changed",
                                   G_CALLBACK (leftover_state_changed_cb), self, G_CONNECT_SWAPPED);
          /* Translators: %s is why the database refused, e.g. that it is busy */
          message = g_strdup_printf (_("The previous call's latest answers are not saved yet "
                                       "and will be saved when the database allows: %s"),
                                     error->message);
          _fl_scorecard_view_show_error (self, message);
        }
      g_clear_object (&self->autosave);
    }
  if (self->evaluation != NULL)
    g_signal_handlers_disconnect_by_data (self->evaluation, self);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->service);
  g_clear_object (&self->session);
}

static void
show_empty (FlScorecardView *self)
{
  adw_status_page_set_description (self->empty_page,
                                   self->read_only_reason ? self->read_only_reason
                                                          : _("Open a call from the library to score it."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
retry_save_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FlScorecardView *self = FL_SCORECARD_VIEW (widget);

  if (self->autosave != NULL)
    fl_scorecard_autosave_flush (self->autosave, NULL);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _fl_scorecard_view_submit (FL_SCORECARD_VIEW (widget));
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _fl_scorecard_view_ask_to_change (FL_SCORECARD_VIEW (widget));
}

static void
dismiss_error_cb (FlScorecardView *self,
                  GtkButton       *button)
{
  _fl_scorecard_view_hide_error (self);
}

static void
history_shown_cb (FlScorecardView *self,
                  GtkPopover      *popover)
{
  _fl_scorecard_view_fill_history (self);
}

static void
fl_scorecard_view_dispose (GObject *object)
{
  FlScorecardView *self = FL_SCORECARD_VIEW (object);

  let_go_of_evaluation (self);
  for (guint i = 0; i < self->leftovers->len; i++)
    fl_scorecard_autosave_flush (g_ptr_array_index (self->leftovers, i), NULL);
  g_ptr_array_set_size (self->leftovers, 0);
  g_clear_object (&self->notes);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SCORECARD_VIEW);

  G_OBJECT_CLASS (fl_scorecard_view_parent_class)->dispose (object);
}

static void
fl_scorecard_view_finalize (GObject *object)
{
  FlScorecardView *self = FL_SCORECARD_VIEW (object);

  g_clear_pointer (&self->leftovers, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->section_labels, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_free (self->read_only_reason);

  G_OBJECT_CLASS (fl_scorecard_view_parent_class)->finalize (object);
}

static void
fl_scorecard_view_class_init (FlScorecardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_scorecard_view_dispose;
  object_class->finalize = fl_scorecard_view_finalize;

  /**
   * FlScorecardView::submitted:
   *
   * The reviewer submitted the evaluation.
   */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * FlScorecardView::changed:
   *
   * An answer changed, and with it the score.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * FlScorecardView::item-focused:
   * @item_id: the item whose controls took the focus
   *
   * For linking a new note to the item the reviewer is on.
   */
  signals[ITEM_FOCUSED] = g_signal_new ("item-focused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * FlScorecardView::note-activated:
   * @note_id: the note clicked under an item
   */
  signals[NOTE_ACTIVATED] = g_signal_new ("note-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-scorecard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, stack);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, template_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, score_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, pass_mark_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, save_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, auto_fail_box);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, auto_fail_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, error_box);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, error_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, save_error_box);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, status_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, sections_box);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, comment_view);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, history_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, history_list);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, change_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardView, submit_button);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, history_shown_cb);

  gtk_widget_class_install_action (widget_class, "scorecard.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "scorecard.change", NULL, change_action);
  gtk_widget_class_install_action (widget_class, "scorecard.retry-save", NULL, retry_save_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fl_scorecard_view_init (FlScorecardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->leftovers = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new ();
  self->section_labels = g_ptr_array_new ();
  self->answers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_signal_connect_object (gtk_text_view_get_buffer (self->comment_view), "changed",
                           G_CALLBACK (comment_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  show_empty (self);
}

GtkWidget *
fl_scorecard_view_new (void)
{
  return g_object_new (FL_TYPE_SCORECARD_VIEW, NULL);
}

/* An evaluation from a list carries no scorecard or answers: read it whole. */
static FlEvaluation *
dup_full_evaluation (FlEvaluationService *service,
                     FlSession           *session,
                     FlEvaluation        *evaluation,
                     GError             **error)
{
  if (fl_evaluation_get_scorecard (evaluation) != NULL)
    return g_object_ref (evaluation);
  return fl_evaluation_service_load (service, session, fl_evaluation_get_id (evaluation), error);
}

/**
 * fl_scorecard_view_set_evaluation:
 * @self: a #FlScorecardView
 * @service: (nullable): the service that saves the answers
 * @session: (nullable): who is scoring
 * @evaluation: (nullable): the evaluation to show, on the template version it uses; %NULL clears
 *
 * Changes still waiting for the previous evaluation are written first.
 */
void
fl_scorecard_view_set_evaluation (FlScorecardView     *self,
                                  FlEvaluationService *service,
                                  FlSession           *session,
                                  FlEvaluation        *evaluation)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FL_IS_SCORECARD_VIEW (self));
  g_return_if_fail (evaluation == NULL || FL_IS_EVALUATION_SERVICE (service));
  g_return_if_fail (evaluation == NULL || FL_IS_SESSION (session));

  let_go_of_evaluation (self);
  _fl_scorecard_view_hide_error (self);
  if (evaluation == NULL)
    {
      clear_card (self);
      show_empty (self);
      return;
    }

  self->evaluation = dup_full_evaluation (service, session, evaluation, &error);
  if (self->evaluation == NULL)
    {
      clear_card (self);
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->service = g_object_ref (service);
  self->session = g_object_ref (session);
  self->autosave = fl_scorecard_autosave_new (service, session, self->evaluation);
  g_signal_connect_object (self->autosave, "state-changed",
                           G_CALLBACK (autosave_state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "rejected", G_CALLBACK (autosave_rejected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evaluation, "notify::state", G_CALLBACK (evaluation_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evaluation, "notify::revision", G_CALLBACK (evaluation_notify_cb), self,
                           G_CONNECT_SWAPPED);

  build_card (self);
  gtk_stack_set_visible_child_name (self->stack, "card");
}

/**
 * fl_scorecard_view_set_read_only:
 * @self: a #FlScorecardView
 * @reason: (nullable): why the reviewer may not score this call, or %NULL
 *
 * Shows the scorecard without controls to change it, and says why.
 */
void
fl_scorecard_view_set_read_only (FlScorecardView *self,
                                 const char      *reason)
{
  g_return_if_fail (FL_IS_SCORECARD_VIEW (self));

  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
  if (self->evaluation == NULL)
    show_empty (self);
  else
    update_mode (self);
}

/**
 * fl_scorecard_view_set_notes:
 * @self: a #FlScorecardView
 * @notes: (nullable): the call's FlRecordingNotes
 *
 * Shows each note linked to an item under that item.
 */
void
fl_scorecard_view_set_notes (FlScorecardView *self,
                             GListModel      *notes)
{
  guint n_notes;

  g_return_if_fail (FL_IS_SCORECARD_VIEW (self));
  g_return_if_fail (notes == NULL || G_IS_LIST_MODEL (notes));

  g_set_object (&self->notes, notes);
  n_notes = notes ? g_list_model_get_n_items (notes) : 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      FlScorecardItemRow *row = g_ptr_array_index (self->rows, i);
      gint64 item_id = fl_scorecard_item_get_id (fl_scorecard_item_row_get_item (row));
      g_autoptr(GPtrArray) linked = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint n = 0; n < n_notes; n++)
        {
          g_autoptr(FlRecordingNote) note = g_list_model_get_item (notes, n);

          if (fl_recording_note_get_item_id (note) == item_id)
            g_ptr_array_add (linked, g_steal_pointer (&note));
        }
      fl_scorecard_item_row_set_notes (row, linked);
    }
}

/**
 * fl_scorecard_view_save_now:
 * @self: a #FlScorecardView
 * @error: why something is not saved yet
 *
 * Writes the comments still waiting for a pause in the typing, e.g. before
 * the page closes. What the database refuses keeps being tried.
 *
 * Returns: %TRUE when everything entered is saved
 */
gboolean
fl_scorecard_view_save_now (FlScorecardView  *self,
                            GError          **error)
{
  g_return_val_if_fail (FL_IS_SCORECARD_VIEW (self), FALSE);

  return self->autosave == NULL || fl_scorecard_autosave_flush (self->autosave, error);
}
