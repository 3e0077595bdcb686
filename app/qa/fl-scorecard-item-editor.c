/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-scorecard.h"
#include "fl-scorecard-item-editor.h"

/* The fields write straight into the FlScorecardItem of the editor's working
 * copy; nothing is stored until the template editor saves the whole card.
 * A default template's texts are English msgids: the fields show them
 * translated, and only a field the auditor changes takes the typed text. */

struct _FlScorecardItemEditor
{
  AdwExpanderRow   parent_instance;

  FlScorecardItem *item;
  gboolean         updating;

  /* Template widgets */
  GtkWidget       *up_button;
  GtkWidget       *down_button;
  GtkWidget       *remove_button;
  AdwEntryRow     *text_row;
  AdwEntryRow     *guidance_row;
  AdwComboRow     *answer_type_row;
  AdwActionRow    *max_points_row;
  GtkSpinButton   *max_points_spin;
  AdwComboRow     *criticality_row;
  GtkSwitch       *allow_na_switch;
};

enum {
  EDITED,
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlScorecardItemEditor, fl_scorecard_item_editor, ADW_TYPE_EXPANDER_ROW)

static void set_accessible_label (GtkWidget  *widget,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (2, 3);

static void
set_accessible_label (GtkWidget  *widget,
                      const char *format,
                      ...)
{
  g_autofree char *label = NULL;
  va_list args;

  va_start (args, format);
  label = g_strdup_vprintf (format, args);
  va_end (args);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static const char *
describe_answer_type (FlAnswerType type)
{
  /* Translators: in the summary of a scorecard item */
  return type == FL_ANSWER_TYPE_SCALE ? _("points from 0") : _("yes or no");
}

static const char *
describe_criticality (FlCriticality criticality)
{
  switch (criticality)
    {
    case FL_CRITICALITY_CRITICAL:
      /* Translators: in the summary of a scorecard item */
      return _("critical");
    case FL_CRITICALITY_SECTION_CRITICAL:
      /* Translators: in the summary of a scorecard item */
      return _("section-critical");
    case FL_CRITICALITY_NONE:
    default:
      return NULL;
    }
}

/* The collapsed row: the item's text and what kind of item it is. */
static void
show_summary (FlScorecardItemEditor *self)
{
  const char *text = fl_scorecard_translate (fl_scorecard_item_get_text (self->item));
  int max_points = fl_scorecard_item_get_max_points (self->item);
  const char *criticality = describe_criticality (fl_scorecard_item_get_criticality (self->item));
  g_autoptr(GString) summary = g_string_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 text && *text ? text : _("New item: write what the reviewer checks"));
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%d point", "%d points", max_points), max_points);
  g_string_append_printf (summary, " · %s", describe_answer_type (fl_scorecard_item_get_answer_type (self->item)));
  if (criticality != NULL)
    g_string_append_printf (summary, " · %s", criticality);
  if (fl_scorecard_item_get_allow_na (self->item))
    /* Translators: in the summary of a scorecard item that may be answered N/A */
    g_string_append_printf (summary, " · %s", _("N/A allowed"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary->str);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->max_points_row),
                                 fl_scorecard_item_get_answer_type (self->item) == FL_ANSWER_TYPE_SCALE
                                 ? _("Maximum points") : _("Points for yes"));
}

static void
edited (FlScorecardItemEditor *self)
{
  show_summary (self);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
text_changed_cb (FlScorecardItemEditor *self,
                 GtkEditable           *editable)
{
  if (self->updating)
    return;
  fl_scorecard_item_set_text (self->item, gtk_editable_get_text (editable));
  edited (self);
}

static void
guidance_changed_cb (FlScorecardItemEditor *self,
                     GtkEditable           *editable)
{
  if (self->updating)
    return;
  fl_scorecard_item_set_guidance (self->item, gtk_editable_get_text (editable));
  edited (self);
}

static void
answer_type_changed_cb (FlScorecardItemEditor *self,
                        GParamSpec            *pspec,
                        AdwComboRow           *row)
{
  if (self->updating)
    return;
  fl_scorecard_item_set_answer_type (self->item, adw_combo_row_get_selected (row) == 1 ? FL_ANSWER_TYPE_SCALE
                                                                                      : FL_ANSWER_TYPE_YES_NO);
  edited (self);
}

static void
max_points_changed_cb (FlScorecardItemEditor *self,
                       GtkSpinButton         *spin)
{
  if (self->updating)
    return;
  fl_scorecard_item_set_max_points (self->item, gtk_spin_button_get_value_as_int (spin));
  edited (self);
}

static void
criticality_changed_cb (FlScorecardItemEditor *self,
                        GParamSpec            *pspec,
                        AdwComboRow           *row)
{
  static const FlCriticality values[] = {
    FL_CRITICALITY_NONE, FL_CRITICALITY_CRITICAL, FL_CRITICALITY_SECTION_CRITICAL,
  };
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected >= G_N_ELEMENTS (values))
    return;
  fl_scorecard_item_set_criticality (self->item, values[selected]);
  edited (self);
}

static void
allow_na_changed_cb (FlScorecardItemEditor *self,
                     GParamSpec            *pspec,
                     GtkSwitch             *toggle)
{
  if (self->updating)
    return;
  fl_scorecard_item_set_allow_na (self->item, gtk_switch_get_active (toggle));
  edited (self);
}

static void
up_clicked_cb (FlScorecardItemEditor *self,
               GtkButton             *button)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
down_clicked_cb (FlScorecardItemEditor *self,
                 GtkButton             *button)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
remove_clicked_cb (FlScorecardItemEditor *self,
                   GtkButton             *button)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
show_item (FlScorecardItemEditor *self)
{
  const char *guidance = fl_scorecard_translate (fl_scorecard_item_get_guidance (self->item));

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->text_row),
                         fl_scorecard_translate (fl_scorecard_item_get_text (self->item)));
  gtk_editable_set_text (GTK_EDITABLE (self->guidance_row), guidance ? guidance : "");
  adw_combo_row_set_selected (self->answer_type_row,
                              fl_scorecard_item_get_answer_type (self->item) == FL_ANSWER_TYPE_SCALE ? 1 : 0);
  gtk_spin_button_set_value (self->max_points_spin, fl_scorecard_item_get_max_points (self->item));
  adw_combo_row_set_selected (self->criticality_row, fl_scorecard_item_get_criticality (self->item));
  gtk_switch_set_active (self->allow_na_switch, fl_scorecard_item_get_allow_na (self->item));
  self->updating = FALSE;
  show_summary (self);
}

static void
name_controls (FlScorecardItemEditor *self,
               const char            *place)
{
  /* Translators: accessible names; %s says which item, e.g. “Section 1, item 2” */
  set_accessible_label (GTK_WIDGET (self->text_row), _("%s: text"), place);
  set_accessible_label (GTK_WIDGET (self->guidance_row), _("%s: guidance"), place);
  set_accessible_label (GTK_WIDGET (self->answer_type_row), _("%s: answer"), place);
  set_accessible_label (GTK_WIDGET (self->max_points_spin), _("%s: points"), place);
  set_accessible_label (GTK_WIDGET (self->criticality_row), _("%s: criticality"), place);
  set_accessible_label (GTK_WIDGET (self->allow_na_switch), _("%s: allow N/A"), place);
  set_accessible_label (self->up_button, _("Move up: %s"), place);
  set_accessible_label (self->down_button, _("Move down: %s"), place);
  set_accessible_label (self->remove_button, _("Remove: %s"), place);
}

static void
set_editable (FlScorecardItemEditor *self,
              gboolean               editable)
{
  gtk_editable_set_editable (GTK_EDITABLE (self->text_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->guidance_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->answer_type_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->max_points_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->criticality_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->allow_na_switch), editable);
  gtk_widget_set_visible (self->up_button, editable);
  gtk_widget_set_visible (self->down_button, editable);
  gtk_widget_set_visible (self->remove_button, editable);
}

static void
fl_scorecard_item_editor_dispose (GObject *object)
{
  FlScorecardItemEditor *self = FL_SCORECARD_ITEM_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SCORECARD_ITEM_EDITOR);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (fl_scorecard_item_editor_parent_class)->dispose (object);
}

static void
fl_scorecard_item_editor_class_init (FlScorecardItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_scorecard_item_editor_dispose;

  /**
   * FlScorecardItemEditor::edited:
   *
   * A field of the item changed.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * FlScorecardItemEditor::move:
   * @delta: -1 to move the item up, 1 down
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * FlScorecardItemEditor::remove:
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-scorecard-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, up_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, down_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, guidance_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, answer_type_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, max_points_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, max_points_spin);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, criticality_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardItemEditor, allow_na_switch);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, guidance_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, answer_type_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, max_points_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, criticality_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, allow_na_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
fl_scorecard_item_editor_init (FlScorecardItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_scorecard_item_editor_new (FlScorecardItem *item,
                              const char      *place,
                              gboolean         editable)
{
  FlScorecardItemEditor *self;

  g_return_val_if_fail (FL_IS_SCORECARD_ITEM (item), NULL);
  g_return_val_if_fail (place != NULL, NULL);

  self = g_object_new (FL_TYPE_SCORECARD_ITEM_EDITOR, NULL);
  self->item = g_object_ref (item);
  show_item (self);
  name_controls (self, place);
  set_editable (self, editable);
  return GTK_WIDGET (self);
}

FlScorecardItem *
fl_scorecard_item_editor_get_item (FlScorecardItemEditor *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_ITEM_EDITOR (self), NULL);

  return self->item;
}

/* The first item cannot go up, nor the last down. */
void
fl_scorecard_item_editor_set_movable (FlScorecardItemEditor *self,
                                      gboolean               up,
                                      gboolean               down)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM_EDITOR (self));

  gtk_widget_set_sensitive (self->up_button, up);
  gtk_widget_set_sensitive (self->down_button, down);
}

void
fl_scorecard_item_editor_focus_text (FlScorecardItemEditor *self)
{
  g_return_if_fail (FL_IS_SCORECARD_ITEM_EDITOR (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
}

/* After a move the focus stays on the button pressed, or on the other one at an end. */
void
fl_scorecard_item_editor_focus_move (FlScorecardItemEditor *self,
                                     int                    delta)
{
  GtkWidget *button;

  g_return_if_fail (FL_IS_SCORECARD_ITEM_EDITOR (self));

  button = delta < 0 ? self->up_button : self->down_button;
  if (!gtk_widget_get_sensitive (button))
    button = delta < 0 ? self->down_button : self->up_button;
  gtk_widget_grab_focus (button);
}
