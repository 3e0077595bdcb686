/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-section-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-scorecard.h"
#include "fl-scorecard-item-editor.h"
#include "fl-scorecard-section-editor.h"

/* A new item is a yes/no question worth this much until the auditor says otherwise. */
#define NEW_ITEM_POINTS 5

struct _FlScorecardSectionEditor
{
  AdwPreferencesGroup  parent_instance;

  FlScorecardSection  *section;
  guint                number;
  gboolean             editable;
  GHashTable          *expanded;     /* FlScorecardItem → itself: the items shown open */
  GPtrArray           *item_rows;    /* FlScorecardItemEditor */
  gboolean             updating;

  /* Template widgets */
  GtkWidget           *up_button;
  GtkWidget           *down_button;
  GtkWidget           *remove_button;
  AdwEntryRow         *title_row;
  AdwActionRow        *weight_row;
  GtkSpinButton       *weight_spin;
  GtkSwitch           *weight_switch;
  GtkWidget           *add_item_button;
};

enum {
  EDITED,
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlScorecardSectionEditor, fl_scorecard_section_editor, ADW_TYPE_PREFERENCES_GROUP)

static void rebuild_items (FlScorecardSectionEditor *self,
                           FlScorecardItem          *focus,
                           int                       moved);

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* "Section 2: Handling", and how much it holds. */
static void
show_heading (FlScorecardSectionEditor *self)
{
  const char *title = fl_scorecard_translate (fl_scorecard_section_get_title (self->section));
  guint n_items = fl_scorecard_section_get_n_items (self->section);
  int points = fl_scorecard_section_get_max_points (self->section);
  g_autofree char *heading = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *items = NULL;
  g_autofree char *description = NULL;

  heading = title && *title
    /* Translators: the heading of a section in the template editor; %u is its number, %s its title */
    ? g_strdup_printf (_("Section %u: %s"), self->number, title)
    /* Translators: the heading of a section without a title yet */
    : g_strdup_printf (_("Section %u"), self->number);
  escaped = g_markup_escape_text (heading, -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), escaped);

  items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", n_items), n_items);
  /* Translators: a section's size, e.g. “3 items, 20 points in all” */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %d point in all", "%s, %d points in all",
                                              points),
                                 items, points);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

static void
edited (FlScorecardSectionEditor *self)
{
  show_heading (self);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
title_changed_cb (FlScorecardSectionEditor *self,
                  GtkEditable              *editable)
{
  if (self->updating)
    return;
  fl_scorecard_section_set_title (self->section, gtk_editable_get_text (editable));
  edited (self);
}

static void
update_weight (FlScorecardSectionEditor *self)
{
  gboolean weighted = gtk_switch_get_active (self->weight_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->weight_spin), weighted && self->editable);
  if (self->updating)
    return;
  if (weighted)
    fl_scorecard_section_set_weight (self->section, gtk_spin_button_get_value (self->weight_spin));
  else
    fl_scorecard_section_unset_weight (self->section);
  edited (self);
}

static void
weight_changed_cb (FlScorecardSectionEditor *self,
                   GtkSpinButton            *spin)
{
  update_weight (self);
}

static void
weighted_changed_cb (FlScorecardSectionEditor *self,
                     GParamSpec               *pspec,
                     GtkSwitch                *toggle)
{
  update_weight (self);
}

static void
up_clicked_cb (FlScorecardSectionEditor *self,
               GtkButton                *button)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
down_clicked_cb (FlScorecardSectionEditor *self,
                 GtkButton                *button)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
remove_clicked_cb (FlScorecardSectionEditor *self,
                   GtkButton                *button)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static guint
find_item (FlScorecardSectionEditor *self,
           FlScorecardItem          *item)
{
  for (guint i = 0; i < fl_scorecard_section_get_n_items (self->section); i++)
    {
      g_autoptr(FlScorecardItem) candidate = fl_scorecard_section_get_item (self->section, i);

      if (candidate == item)
        return i;
    }
  return G_MAXUINT;
}

static void
add_item_clicked_cb (FlScorecardSectionEditor *self,
                     GtkButton                *button)
{
  g_autoptr(FlScorecardItem) item = fl_scorecard_item_new ("", NEW_ITEM_POINTS);

  fl_scorecard_section_append_item (self->section, item);
  g_hash_table_add (self->expanded, item);
  rebuild_items (self, item, 0);
  edited (self);
}

static void
item_edited_cb (FlScorecardSectionEditor *self,
                FlScorecardItemEditor    *row)
{
  edited (self);
}

static void
item_move_cb (FlScorecardSectionEditor *self,
              int                       delta,
              FlScorecardItemEditor    *row)
{
  g_autoptr(FlScorecardItem) item = g_object_ref (fl_scorecard_item_editor_get_item (row));
  guint position = find_item (self, item);
  guint n_items = fl_scorecard_section_get_n_items (self->section);

  if (position == G_MAXUINT || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n_items))
    return;
  fl_scorecard_section_remove_item (self->section, position);
  fl_scorecard_section_insert_item (self->section, position + delta, item);
  rebuild_items (self, item, delta);
  edited (self);
}

static void
item_remove_cb (FlScorecardSectionEditor *self,
                FlScorecardItemEditor    *row)
{
  guint position = find_item (self, fl_scorecard_item_editor_get_item (row));

  if (position == G_MAXUINT)
    return;
  g_hash_table_remove (self->expanded, fl_scorecard_item_editor_get_item (row));
  fl_scorecard_section_remove_item (self->section, position);
  rebuild_items (self, NULL, 0);
  edited (self);
}

static void
item_expanded_cb (FlScorecardSectionEditor *self,
                  GParamSpec               *pspec,
                  FlScorecardItemEditor    *row)
{
  FlScorecardItem *item = fl_scorecard_item_editor_get_item (row);

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded, item);
  else
    g_hash_table_remove (self->expanded, item);
}

/* The item rows again, after the items were added, removed or reordered.
 * @focus (if any) gets the keyboard focus: on its move button when it was
 * @moved, in its text when it is new. */
static void
rebuild_items (FlScorecardSectionEditor *self,
               FlScorecardItem          *focus,
               int                       moved)
{
  guint n_items = fl_scorecard_section_get_n_items (self->section);

  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->item_rows, i));
  g_ptr_array_set_size (self->item_rows, 0);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (self->section, i);
      /* Translators: names an item for screen readers, e.g. “Section 1, item 2” */
      g_autofree char *place = g_strdup_printf (_("Section %u, item %u"), self->number, i + 1);
      GtkWidget *row = fl_scorecard_item_editor_new (item, place, self->editable);

      fl_scorecard_item_editor_set_movable (FL_SCORECARD_ITEM_EDITOR (row), i > 0, i + 1 < n_items);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded, item));
      g_signal_connect_object (row, "edited", G_CALLBACK (item_edited_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "move", G_CALLBACK (item_move_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (item_expanded_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->item_rows, row);
      if (item == focus && moved != 0)
        fl_scorecard_item_editor_focus_move (FL_SCORECARD_ITEM_EDITOR (row), moved);
      else if (item == focus)
        fl_scorecard_item_editor_focus_text (FL_SCORECARD_ITEM_EDITOR (row));
    }
}

static void
show_section (FlScorecardSectionEditor *self)
{
  g_autofree char *label = NULL;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         fl_scorecard_translate (fl_scorecard_section_get_title (self->section)));
  gtk_switch_set_active (self->weight_switch, fl_scorecard_section_get_has_weight (self->section));
  gtk_spin_button_set_value (self->weight_spin, fl_scorecard_section_get_has_weight (self->section)
                                                ? fl_scorecard_section_get_weight (self->section) : 1);
  self->updating = FALSE;

  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), self->editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->weight_switch), self->editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->weight_spin),
                            self->editable && fl_scorecard_section_get_has_weight (self->section));
  gtk_widget_set_visible (self->up_button, self->editable);
  gtk_widget_set_visible (self->down_button, self->editable);
  gtk_widget_set_visible (self->remove_button, self->editable);
  gtk_widget_set_visible (self->add_item_button, self->editable);

  /* Translators: accessible names of a section's controls; %u is the section's number */
  label = g_strdup_printf (_("Section %u: title"), self->number);
  set_accessible_label (GTK_WIDGET (self->title_row), label);
  g_free (label);
  label = g_strdup_printf (_("Section %u: weight"), self->number);
  set_accessible_label (GTK_WIDGET (self->weight_spin), label);
  g_free (label);
  label = g_strdup_printf (_("Section %u: weighted"), self->number);
  set_accessible_label (GTK_WIDGET (self->weight_switch), label);
  g_free (label);
  label = g_strdup_printf (_("Move up: section %u"), self->number);
  set_accessible_label (self->up_button, label);
  g_free (label);
  label = g_strdup_printf (_("Move down: section %u"), self->number);
  set_accessible_label (self->down_button, label);
  g_free (label);
  label = g_strdup_printf (_("Remove: section %u"), self->number);
  set_accessible_label (self->remove_button, label);
  g_free (label);
  label = g_strdup_printf (_("Add an item to section %u"), self->number);
  set_accessible_label (self->add_item_button, label);

  show_heading (self);
  rebuild_items (self, NULL, 0);
}

static void
fl_scorecard_section_editor_dispose (GObject *object)
{
  FlScorecardSectionEditor *self = FL_SCORECARD_SECTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SCORECARD_SECTION_EDITOR);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (fl_scorecard_section_editor_parent_class)->dispose (object);
}

static void
fl_scorecard_section_editor_class_init (FlScorecardSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_scorecard_section_editor_dispose;

  /**
   * FlScorecardSectionEditor::edited:
   *
   * The section, or one of its items, changed.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * FlScorecardSectionEditor::move:
   * @delta: -1 to move the section up, 1 down
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * FlScorecardSectionEditor::remove:
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-scorecard-section-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, up_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, down_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, weight_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, weight_spin);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, weight_switch);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardSectionEditor, add_item_button);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, weight_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, weighted_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_item_clicked_cb);
}

static void
fl_scorecard_section_editor_init (FlScorecardSectionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_rows = g_ptr_array_new ();
}

GtkWidget *
fl_scorecard_section_editor_new (FlScorecardSection *section,
                                 guint               number,
                                 gboolean            editable,
                                 GHashTable         *expanded)
{
  FlScorecardSectionEditor *self;

  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (section), NULL);
  g_return_val_if_fail (expanded != NULL, NULL);

  self = g_object_new (FL_TYPE_SCORECARD_SECTION_EDITOR, NULL);
  self->section = g_object_ref (section);
  self->number = number;
  self->editable = editable;
  self->expanded = g_hash_table_ref (expanded);
  show_section (self);
  return GTK_WIDGET (self);
}

FlScorecardSection *
fl_scorecard_section_editor_get_section (FlScorecardSectionEditor *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION_EDITOR (self), NULL);

  return self->section;
}

void
fl_scorecard_section_editor_set_movable (FlScorecardSectionEditor *self,
                                         gboolean                  up,
                                         gboolean                  down)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION_EDITOR (self));

  gtk_widget_set_sensitive (self->up_button, up);
  gtk_widget_set_sensitive (self->down_button, down);
}

void
fl_scorecard_section_editor_focus_title (FlScorecardSectionEditor *self)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* After a move the focus stays on the button pressed, or on the other one at an end. */
void
fl_scorecard_section_editor_focus_move (FlScorecardSectionEditor *self,
                                        int                       delta)
{
  GtkWidget *button;

  g_return_if_fail (FL_IS_SCORECARD_SECTION_EDITOR (self));

  button = delta < 0 ? self->up_button : self->down_button;
  if (!gtk_widget_get_sensitive (button))
    button = delta < 0 ? self->down_button : self->up_button;
  gtk_widget_grab_focus (button);
}
