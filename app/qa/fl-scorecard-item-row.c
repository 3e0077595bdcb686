/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-recording-note.h"
#include "fl-scorecard.h"
#include "fl-scorecard-item-row.h"

/* A scale up to this many points is a row of buttons; a longer one a spin button. */
#define MAX_SCALE_BUTTONS 5
/* The spin button's value while the item is not answered: shown as a dash. */
#define NO_POINTS         -1

struct _FlScorecardItemRow
{
  AdwPreferencesRow  parent_instance;

  FlScorecardItem   *item;
  char              *text;            /* translated */
  GPtrArray         *point_buttons;   /* GtkToggleButton, or NULL; index = points (yes/no: no, yes) */
  GtkToggleButton   *na_button;
  GtkWidget         *clear_button;       /* rows of buttons only: a radio group cannot be unset */
  gboolean           read_only;
  gboolean           uncommented;     /* an answer alone, as a dispute proposes one */
  GtkSpinButton     *spin_button;
  gboolean           updating;        /* showing stored values: no signals */

  /* Template widgets */
  GtkLabel          *text_label;
  GtkLabel          *points_label;
  GtkLabel          *criticality_label;
  GtkLabel          *guidance_label;
  GtkBox            *answer_box;
  GtkToggleButton   *comment_toggle;
  GtkRevealer       *comment_revealer;
  GtkEntry          *comment_entry;
  GtkBox            *notes_box;
  GtkLabel          *missing_label;
};

enum {
  ANSWER_CHANGED,
  COMMENT_CHANGED,
  NOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlScorecardItemRow, fl_scorecard_item_row, ADW_TYPE_PREFERENCES_ROW)

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
is_yes_no (FlScorecardItemRow *self)
{
  return fl_scorecard_item_get_answer_type (self->item) == FL_ANSWER_TYPE_YES_NO;
}

/* Which point button stands for @points: yes/no items have two, "no" first. */
static GtkToggleButton *
get_point_button (FlScorecardItemRow *self,
                  int                 points)
{
  guint index = points;

  if (self->point_buttons == NULL || points < 0)
    return NULL;
  if (is_yes_no (self))
    index = points > 0 ? 1 : 0;
  return index < self->point_buttons->len ? g_ptr_array_index (self->point_buttons, index) : NULL;
}

/* The chosen answer stands out: a yes or points in the accent colour, a no in red. */
static void
update_clear_button (FlScorecardItemRow *self)
{
  if (self->clear_button != NULL)
    gtk_widget_set_visible (self->clear_button,
                            !self->read_only &&
                            fl_scorecard_item_row_get_answer (self, NULL) != FL_ANSWER_STATE_UNANSWERED);
}

static void
style_buttons (FlScorecardItemRow *self)
{
  update_clear_button (self);
  for (guint i = 0; self->point_buttons != NULL && i < self->point_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->point_buttons, i);
      gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
      gboolean failing = i == 0;

      if (active && !failing)
        gtk_widget_add_css_class (button, "suggested-action");
      else
        gtk_widget_remove_css_class (button, "suggested-action");
      if (active && failing)
        gtk_widget_add_css_class (button, "destructive-action");
      else
        gtk_widget_remove_css_class (button, "destructive-action");
    }
}

static void
emit_answer (FlScorecardItemRow *self)
{
  FlAnswerState state;
  int points = 0;

  if (self->updating)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), FALSE);
  state = fl_scorecard_item_row_get_answer (self, &points);
  g_signal_emit (self, signals[ANSWER_CHANGED], 0, state, points);
}

static void
point_toggled_cb (FlScorecardItemRow *self,
                  GtkToggleButton    *button)
{
  style_buttons (self);
  if (gtk_toggle_button_get_active (button))
    emit_answer (self);
}

/* Beside a spin button N/A is a plain toggle: off again means unanswered. */
static void
na_toggled_cb (FlScorecardItemRow *self,
               GtkToggleButton    *button)
{
  if (self->spin_button != NULL && gtk_toggle_button_get_active (button))
    {
      gboolean updating = self->updating;

      self->updating = TRUE;
      gtk_spin_button_set_value (self->spin_button, NO_POINTS);
      self->updating = updating;
    }
  update_clear_button (self);
  if (self->spin_button != NULL || gtk_toggle_button_get_active (button))
    emit_answer (self);
}

static void
clear_clicked_cb (FlScorecardItemRow *self,
                  GtkButton          *button)
{
  fl_scorecard_item_row_set_answer (self, FL_ANSWER_STATE_UNANSWERED, 0);
  emit_answer (self);
}

static void
spin_value_changed_cb (FlScorecardItemRow *self,
                       GtkSpinButton      *spin)
{
  gboolean updating = self->updating;

  if (gtk_spin_button_get_value_as_int (spin) != NO_POINTS && self->na_button != NULL)
    {
      self->updating = TRUE;
      gtk_toggle_button_set_active (self->na_button, FALSE);
      self->updating = updating;
    }
  emit_answer (self);
}

static gboolean
spin_output_cb (GtkSpinButton *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = NULL;

  text = value == NO_POINTS ? g_strdup ("–") : g_strdup_printf ("%d", value);
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* An emptied spin button, or its dash, means not answered. */
static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));

  if (*text == '\0' || g_str_equal (text, "–") || g_str_equal (text, "-"))
    {
      *new_value = NO_POINTS;
      return TRUE;
    }
  return FALSE;
}

static GtkToggleButton *
add_toggle (FlScorecardItemRow *self,
            GtkBox             *box,
            const char         *label,
            const char         *accessible_label,
            GtkToggleButton    *group)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);

  set_accessible_label (button, accessible_label);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  gtk_box_append (box, button);
  return GTK_TOGGLE_BUTTON (button);
}

static GtkBox *
add_linked_box (FlScorecardItemRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (self->answer_box, box);
  return GTK_BOX (box);
}

static void
build_point_buttons (FlScorecardItemRow *self)
{
  int max_points = fl_scorecard_item_get_max_points (self->item);
  GtkBox *box = add_linked_box (self);
  GtkToggleButton *group = NULL;

  self->point_buttons = g_ptr_array_new ();
  if (is_yes_no (self))
    {
      g_autofree char *yes = NULL;
      g_autofree char *no = NULL;
      GtkToggleButton *yes_button;

      /* Translators: the accessible name of an item's Yes button; %s is the item */
      yes = g_strdup_printf (_("Yes: %s"), self->text);
      /* Translators: the accessible name of an item's No button; %s is the item */
      no = g_strdup_printf (_("No: %s"), self->text);
      yes_button = add_toggle (self, box, _("Yes"), yes, NULL);
      group = add_toggle (self, box, _("No"), no, yes_button);
      g_ptr_array_add (self->point_buttons, group);
      g_ptr_array_add (self->point_buttons, yes_button);
    }
  else
    for (int points = 0; points <= max_points; points++)
      {
        g_autofree char *number = g_strdup_printf ("%d", points);
        /* Translators: the accessible name of a button that gives an item some points; %s is the item */
        g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point: %s", "%d points: %s",
                                                               points),
                                                  points, self->text);
        GtkToggleButton *button = add_toggle (self, box, number, label, group);

        group = group ? group : button;
        g_ptr_array_add (self->point_buttons, button);
      }

  for (guint i = 0; i < self->point_buttons->len; i++)
    g_signal_connect_object (g_ptr_array_index (self->point_buttons, i), "toggled",
                             G_CALLBACK (point_toggled_cb), self, G_CONNECT_SWAPPED);
}

static void
build_spin_button (FlScorecardItemRow *self)
{
  int max_points = fl_scorecard_item_get_max_points (self->item);
  GtkWidget *spin = gtk_spin_button_new_with_range (NO_POINTS, max_points, 1);
  GtkWidget *of_label;
  g_autofree char *label = NULL;
  g_autofree char *of = NULL;

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of an item's points field; %s is the item */
  label = g_strdup_printf (_("Points: %s"), self->text);
  set_accessible_label (spin, label);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (spin_input_cb), NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), NO_POINTS);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (spin_value_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->answer_box, spin);
  self->spin_button = GTK_SPIN_BUTTON (spin);

  /* Translators: after an item's points field: "of 15" points */
  of = g_strdup_printf (_("of %d"), max_points);
  of_label = gtk_label_new (of);
  gtk_widget_add_css_class (of_label, "dim-label");
  gtk_box_append (self->answer_box, of_label);
}

static void
build_na_button (FlScorecardItemRow *self)
{
  /* Translators: the accessible name of an item's N/A (not applicable) button; %s is the item */
  g_autofree char *label = g_strdup_printf (_("N/A: %s"), self->text);
  GtkToggleButton *group = self->point_buttons ? g_ptr_array_index (self->point_buttons, 0) : NULL;

  if (!fl_scorecard_item_get_allow_na (self->item))
    return;
  /* Translators: "not applicable", the answer for an item that does not concern this call */
  self->na_button = add_toggle (self, self->answer_box, C_("answer", "N/A"), label, group);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->na_button), _("Not applicable to this call"));
  gtk_widget_set_margin_start (GTK_WIDGET (self->na_button), 6);
  g_signal_connect_object (self->na_button, "toggled", G_CALLBACK (na_toggled_cb), self, G_CONNECT_SWAPPED);
}

static void
build_clear_button (FlScorecardItemRow *self)
{
  /* Translators: the accessible name of the button that takes an item's answer back; %s is the item */
  g_autofree char *label = g_strdup_printf (_("Clear Answer: %s"), self->text);

  if (self->point_buttons == NULL)
    return;
  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->clear_button, _("Clear the answer: the item is unanswered again"));
  set_accessible_label (self->clear_button, label);
  gtk_widget_set_visible (self->clear_button, FALSE);
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->answer_box, self->clear_button);
}

static void
show_criticality (FlScorecardItemRow *self)
{
  GtkWidget *label = GTK_WIDGET (self->criticality_label);

  switch (fl_scorecard_item_get_criticality (self->item))
    {
    case FL_CRITICALITY_CRITICAL:
      gtk_label_set_label (self->criticality_label,
                           is_yes_no (self) ? _("Critical: “No” fails the whole call")
                                            : _("Critical: 0 points fails the whole call"));
      gtk_widget_add_css_class (label, "error");
      break;
    case FL_CRITICALITY_SECTION_CRITICAL:
      gtk_label_set_label (self->criticality_label,
                           is_yes_no (self) ? _("Section-critical: “No” scores the whole section 0")
                                            : _("Section-critical: 0 points scores the whole section 0"));
      gtk_widget_add_css_class (label, "warning");
      break;
    case FL_CRITICALITY_NONE:
    default:
      return;
    }
  gtk_widget_set_visible (label, TRUE);
}

static void
show_item (FlScorecardItemRow *self)
{
  const char *guidance = fl_scorecard_translate (fl_scorecard_item_get_guidance (self->item));
  int max_points = fl_scorecard_item_get_max_points (self->item);
  g_autofree char *points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point", "%d points", max_points),
                                             max_points);
  g_autofree char *toggle_label = NULL;
  g_autofree char *entry_label = NULL;

  self->text = g_strdup (fl_scorecard_translate (fl_scorecard_item_get_text (self->item)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->text);
  gtk_label_set_label (self->text_label, self->text);
  gtk_label_set_label (self->points_label, points);
  if (guidance != NULL && *guidance != '\0')
    {
      gtk_label_set_label (self->guidance_label, guidance);
      gtk_widget_set_visible (GTK_WIDGET (self->guidance_label), TRUE);
    }
  show_criticality (self);

  if (is_yes_no (self) || max_points <= MAX_SCALE_BUTTONS)
    build_point_buttons (self);
  else
    build_spin_button (self);
  build_na_button (self);
  build_clear_button (self);

  gtk_label_set_label (self->missing_label,
                       fl_scorecard_item_get_allow_na (self->item) ? _("Not answered yet. Answer it or mark it N/A.")
                                                                   : _("Not answered yet."));
  /* Translators: the accessible name of the button that shows an item's comment; %s is the item */
  toggle_label = g_strdup_printf (_("Comment on: %s"), self->text);
  set_accessible_label (GTK_WIDGET (self->comment_toggle), toggle_label);
  /* Translators: the accessible name of an item's comment field; %s is the item */
  entry_label = g_strdup_printf (_("Comment: %s"), self->text);
  set_accessible_label (GTK_WIDGET (self->comment_entry), entry_label);
}

static void
comment_toggled_cb (FlScorecardItemRow *self,
                    GtkToggleButton    *toggle)
{
  gboolean active = gtk_toggle_button_get_active (toggle);

  gtk_revealer_set_reveal_child (self->comment_revealer, active);
  if (active && !self->updating)
    gtk_widget_grab_focus (GTK_WIDGET (self->comment_entry));
}

static void
comment_changed_cb (FlScorecardItemRow *self,
                    GtkEditable        *entry)
{
  if (!self->updating)
    g_signal_emit (self, signals[COMMENT_CHANGED], 0, gtk_editable_get_text (entry));
}

static void
note_clicked_cb (FlScorecardItemRow *self,
                 GtkButton          *button)
{
  gint64 note_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "note-id"));

  g_signal_emit (self, signals[NOTE_ACTIVATED], 0, note_id);
}

static char *
format_moment (gint64 milliseconds)
{
  gint64 tenths = MAX (milliseconds, 0) / 100;

  return g_strdup_printf ("%d:%02d.%d", (int) (tenths / 600), (int) (tenths / 10 % 60), (int) (tenths % 10));
}

static GtkWidget *
create_note_button (FlScorecardItemRow *self,
                    FlRecordingNote    *note)
{
  g_autofree char *moment = format_moment (fl_recording_note_get_start_ms (note));
  g_autofree char *text = g_strdup_printf ("%s  %s", moment, fl_recording_note_get_text (note));
  g_autofree char *label = NULL;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("media-playback-start-symbolic"));
  gtk_label_set_ellipsize (GTK_LABEL (text_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_box_append (GTK_BOX (box), text_label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, fl_recording_note_get_text (note));
  /* Translators: the accessible name of a note under a scorecard item; the first %s is a time like 1:23.4 */
  label = g_strdup_printf (_("Play from note at %s: %s"), moment, fl_recording_note_get_text (note));
  set_accessible_label (button, label);
  g_object_set_data (G_OBJECT (button), "note-id", GSIZE_TO_POINTER (fl_recording_note_get_id (note)));
  g_signal_connect_object (button, "clicked", G_CALLBACK (note_clicked_cb), self, G_CONNECT_SWAPPED);
  return button;
}

static void
fl_scorecard_item_row_dispose (GObject *object)
{
  FlScorecardItemRow *self = FL_SCORECARD_ITEM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SCORECARD_ITEM_ROW);
  g_clear_pointer (&self->point_buttons, g_ptr_array_unref);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (fl_scorecard_item_row_parent_class)->dispose (object);
}

static void
fl_scorecard_item_row_finalize (GObject *object)
{
  FlScorecardItemRow *self = FL_SCORECARD_ITEM_ROW (object);

  g_free (self->text);

  G_OBJECT_CLASS (fl_scorecard_item_row_parent_class)->finalize (object);
}

static void
fl_scorecard_item_row_class_init (FlScorecardItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_scorecard_item_row_dispose;
  object_class->finalize = fl_scorecard_item_row_finalize;

  /**
   * FlScorecardItemRow::answer-changed:
   * @state: answered with points, not applicable, or not answered
   * @points: the points, when @state is %FL_ANSWER_STATE_POINTS
   *
   * The reviewer chose an answer.
   */
  signals[ANSWER_CHANGED] = g_signal_new ("answer-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 2, FL_TYPE_ANSWER_STATE, G_TYPE_INT);
  /**
   * FlScorecardItemRow::comment-changed:
   * @comment: the comment as it now reads
   *
   * The reviewer typed in the item's comment.
   */
  signals[COMMENT_CHANGED] = g_signal_new ("comment-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * FlScorecardItemRow::note-activated:
   * @note_id: the note clicked
   */
  signals[NOTE_ACTIVATED] = g_signal_new ("note-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-scorecard-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, points_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, criticality_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, answer_box);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, comment_toggle);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, comment_revealer);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, comment_entry);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, notes_box);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemRow, missing_label);
  gtk_widget_class_bind_template_callback (widget_class, comment_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, comment_changed_cb);
}

static void
fl_scorecard_item_row_init (FlScorecardItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_scorecard_item_row_new (FlScorecardItem *item)
{
  FlScorecardItemRow *self;

  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (item), NULL);

  self = g_object_new (FL_TYPE_SCORECARD_ITEM_ROW, NULL);
  self->item = g_object_ref (item);
  show_item (self);
  return GTK_WIDGET (self);
}

FlScorecardItem *
fl_scorecard_item_row_get_item (FlScorecardItemRow *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM_ROW (self), NULL);

  return self->item;
}

/* The answer the controls show. */
FlAnswerState
fl_scorecard_item_row_get_answer (FlScorecardItemRow *self,
                                  int                *points)
{
  int max_points;

  g_return_val_if_fail (FL_IS_SCORECARD_ITEM_ROW (self), FL_ANSWER_STATE_UNANSWERED);

  max_points = fl_scorecard_item_get_max_points (self->item);
  if (points != NULL)
    *points = 0;
  if (self->na_button != NULL && gtk_toggle_button_get_active (self->na_button))
    return FL_ANSWER_STATE_NOT_APPLICABLE;

  if (self->spin_button != NULL)
    {
      int value;

      /* Typed but not yet entered: what the field shows is the answer. */
      gtk_spin_button_update (self->spin_button);
      value = gtk_spin_button_get_value_as_int (self->spin_button);

      if (value == NO_POINTS)
        return FL_ANSWER_STATE_UNANSWERED;
      if (points != NULL)
        *points = value;
      return FL_ANSWER_STATE_POINTS;
    }

  for (guint i = 0; i < self->point_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->point_buttons, i)))
      {
        if (points != NULL)
          *points = is_yes_no (self) ? (i == 1 ? max_points : 0) : (int) i;
        return FL_ANSWER_STATE_POINTS;
      }
  return FL_ANSWER_STATE_UNANSWERED;
}

void
fl_scorecard_item_row_set_answer (FlScorecardItemRow *self,
                                  FlAnswerState       state,
                                  int                 points)
{
  GtkToggleButton *button;

  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  self->updating = TRUE;
  if (self->na_button != NULL)
    gtk_toggle_button_set_active (self->na_button, state == FL_ANSWER_STATE_NOT_APPLICABLE);
  if (self->spin_button != NULL)
    gtk_spin_button_set_value (self->spin_button, state == FL_ANSWER_STATE_POINTS ? points : NO_POINTS);
  for (guint i = 0; self->point_buttons != NULL && i < self->point_buttons->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->point_buttons, i), FALSE);
  if (state == FL_ANSWER_STATE_POINTS && (button = get_point_button (self, points)) != NULL)
    gtk_toggle_button_set_active (button, TRUE);
  self->updating = FALSE;
  style_buttons (self);

  if (state != FL_ANSWER_STATE_UNANSWERED)
    gtk_widget_set_visible (GTK_WIDGET (self->missing_label), FALSE);
}

void
fl_scorecard_item_row_set_comment (FlScorecardItemRow *self,
                                   const char         *comment)
{
  gboolean has_comment = comment != NULL && *comment != '\0';

  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->comment_entry), comment ? comment : "");
  gtk_toggle_button_set_active (self->comment_toggle, has_comment);
  self->updating = FALSE;
}

/* A submitted evaluation, or one the reviewer may not change, is shown as is. */
void
fl_scorecard_item_row_set_editable (FlScorecardItemRow *self,
                                    gboolean            editable)
{
  const char *comment;

  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  comment = gtk_editable_get_text (GTK_EDITABLE (self->comment_entry));
  self->read_only = !editable;
  update_clear_button (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->answer_box), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->comment_entry), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->comment_toggle), editable && !self->uncommented);
  if (!editable)
    gtk_revealer_set_reveal_child (self->comment_revealer, *comment != '\0');
  else
    gtk_revealer_set_reveal_child (self->comment_revealer, gtk_toggle_button_get_active (self->comment_toggle));
  if (!editable)
    gtk_widget_set_visible (GTK_WIDGET (self->missing_label), FALSE);
}

/* An answer without its comment: what a dispute proposes, or decides. */
void
fl_scorecard_item_row_set_commentable (FlScorecardItemRow *self,
                                       gboolean            commentable)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  self->uncommented = !commentable;
  fl_scorecard_item_row_set_editable (self, !self->read_only);
}

/* Points the reviewer at an item that must be answered before submitting. */
void
fl_scorecard_item_row_set_missing (FlScorecardItemRow *self,
                                   gboolean            missing)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing);
}

/* @notes: the FlRecordingNotes linked to this item. */
void
fl_scorecard_item_row_set_notes (FlScorecardItemRow *self,
                                 GPtrArray          *notes)
{
  GtkWidget *child;

  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box))))
    gtk_box_remove (self->notes_box, child);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    gtk_box_append (self->notes_box, create_note_button (self, g_ptr_array_index (notes, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), notes != NULL && notes->len > 0);
}

/* Scrolls to the item's answer controls and puts the focus there. */
void
fl_scorecard_item_row_focus_answer (FlScorecardItemRow *self)
{
  GtkWidget *target;

  g_return_if_fail (FL_IS_SCORECARD_ITEM_ROW (self));

  /* "Yes" first: it is the first button, "no" being stored first. */
  if (self->spin_button != NULL)
    target = GTK_WIDGET (self->spin_button);
  else
    target = g_ptr_array_index (self->point_buttons, is_yes_no (self) ? 1 : 0);
  gtk_widget_grab_focus (target);
}
