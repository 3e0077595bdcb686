/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-scorecard-editor-private.h"
#include "fl-scorecard-section-editor.h"

/* The form edits a working copy of the selected template version
 * (fl_scorecard_copy); it is compared with the stored version to know
 * whether anything is unsaved, and handed whole to
 * fl_scorecard_service_save(), which checks it and makes a new version when
 * evaluations were scored on the old one. The actions (save, new, duplicate,
 * archive, and the question about unsaved edits) are in
 * fl-scorecard-editor-actions.c; the struct in fl-scorecard-editor-private.h. */

G_DEFINE_FINAL_TYPE (FlScorecardEditor, fl_scorecard_editor, ADW_TYPE_WINDOW)

static char *
dup_json (FlScorecard *scorecard)
{
  g_autoptr(JsonNode) node = fl_scorecard_to_json (scorecard);

  return json_to_string (node, FALSE);
}

gboolean
_fl_scorecard_editor_is_dirty (FlScorecardEditor *self)
{
  g_autofree char *json = NULL;

  if (self->draft == NULL)
    return FALSE;
  if (self->saved_json == NULL)
    return TRUE;
  json = dup_json (self->draft);
  return !g_str_equal (json, self->saved_json);
}

/* The id of the stored template in the form: 0 for none or a new one. */
gint64
_fl_scorecard_editor_get_shown_id (FlScorecardEditor *self)
{
  return self->draft ? fl_scorecard_get_id (self->draft) : 0;
}

static gboolean
is_editable (FlScorecardEditor *self)
{
  return self->can_edit && self->draft != NULL &&
         fl_scorecard_get_status (self->draft) != FL_SCORECARD_STATUS_ARCHIVED;
}

void
_fl_scorecard_editor_toast (FlScorecardEditor *self,
                            const char        *message)
{
  g_autofree char *title = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Above the form, where it stays until the next save: the core's reason. */
void
_fl_scorecard_editor_show_error (FlScorecardEditor *self,
                                 const GError      *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->form_scroller), 0);
}

static char *
describe_versions (FlScorecardEditor *self)
{
  int version = fl_scorecard_get_version (self->draft);
  gint64 n_evaluations;

  if (fl_scorecard_get_id (self->draft) == 0)
    return g_strdup (_("A new template. Save it to score calls with it."));
  n_evaluations = fl_scorecard_service_count_evaluations (self->service, fl_scorecard_get_id (self->draft));
  if (n_evaluations == 0)
    /* Translators: %d is the template's version number */
    return g_strdup_printf (_("Version %d. No evaluation uses it yet, so saving changes it in place."), version);
  /* Translators: the first %d counts evaluations, the others are version numbers */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Version %d. This template has %d evaluation; saving creates version %d. "
                                       "Past evaluations keep version %d.",
                                       "Version %d. This template has %d evaluations; saving creates version %d. "
                                       "Past evaluations keep version %d.",
                                       n_evaluations),
                          version, (int) n_evaluations, version + 1, version);
}

static void
update_notice (FlScorecardEditor *self)
{
  g_autofree char *text = NULL;

  if (self->draft == NULL)
    return;
  if (!self->can_edit)
    text = g_strdup (_("Only QA auditors and administrators can change scorecard templates."));
  else if (fl_scorecard_get_status (self->draft) == FL_SCORECARD_STATUS_ARCHIVED)
    text = g_strdup (_("This template is archived: new evaluations cannot use it. Restore it to change it."));
  else
    text = describe_versions (self);
  gtk_label_set_label (self->notice_label, text);
}

/* The title bar, and which actions make sense now. */
void
_fl_scorecard_editor_update_state (FlScorecardEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean dirty = _fl_scorecard_editor_is_dirty (self);
  gint64 shown_id = _fl_scorecard_editor_get_shown_id (self);
  gboolean archived = self->draft && fl_scorecard_get_status (self->draft) == FL_SCORECARD_STATUS_ARCHIVED;
  g_autofree char *subtitle = NULL;

  if (self->draft != NULL)
    {
      const char *name = fl_scorecard_translate (fl_scorecard_get_name (self->draft));

      if (name == NULL || *name == '\0')
        name = _("New template");
      /* Translators: the editor's subtitle while a template has changes not saved yet */
      subtitle = dirty ? g_strdup_printf (_("%s — unsaved changes"), name) : g_strdup (name);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_widget_action_set_enabled (widget, "editor.save", is_editable (self) && dirty);
  gtk_widget_action_set_enabled (widget, "editor.new", self->can_edit);
  gtk_widget_action_set_enabled (widget, "editor.add-section", is_editable (self));
  gtk_widget_action_set_enabled (widget, "editor.duplicate", self->can_edit && shown_id != 0);
  gtk_widget_action_set_enabled (widget, "editor.archive", self->can_edit && shown_id != 0 && !archived);
  gtk_widget_action_set_enabled (widget, "editor.restore", self->can_edit && shown_id != 0 && archived);
}

static void
section_edited_cb (FlScorecardEditor        *self,
                   FlScorecardSectionEditor *editor)
{
  _fl_scorecard_editor_update_state (self);
}

static guint
find_section (FlScorecardEditor  *self,
              FlScorecardSection *section)
{
  for (guint s = 0; s < fl_scorecard_get_n_sections (self->draft); s++)
    {
      g_autoptr(FlScorecardSection) candidate = fl_scorecard_get_section (self->draft, s);

      if (candidate == section)
        return s;
    }
  return G_MAXUINT;
}

static void
section_move_cb (FlScorecardEditor        *self,
                 int                       delta,
                 FlScorecardSectionEditor *editor)
{
  g_autoptr(FlScorecardSection) section = g_object_ref (fl_scorecard_section_editor_get_section (editor));
  guint position = find_section (self, section);
  guint n_sections = fl_scorecard_get_n_sections (self->draft);

  if (position == G_MAXUINT || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n_sections))
    return;
  fl_scorecard_remove_section (self->draft, position);
  fl_scorecard_insert_section (self->draft, position + delta, section);
  _fl_scorecard_editor_rebuild_sections (self, section, delta);
  _fl_scorecard_editor_update_state (self);
}

static void
section_remove_cb (FlScorecardEditor        *self,
                   FlScorecardSectionEditor *editor)
{
  guint position = find_section (self, fl_scorecard_section_editor_get_section (editor));

  if (position == G_MAXUINT)
    return;
  fl_scorecard_remove_section (self->draft, position);
  _fl_scorecard_editor_rebuild_sections (self, NULL, 0);
  _fl_scorecard_editor_update_state (self);
}

/* The section groups again, after sections were added, removed or
 * reordered. @focus (if any) gets the keyboard focus: on its move button
 * when it was @moved, in its title when it is new. */
void
_fl_scorecard_editor_rebuild_sections (FlScorecardEditor  *self,
                                       FlScorecardSection *focus,
                                       int                 moved)
{
  guint n_sections = fl_scorecard_get_n_sections (self->draft);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))))
    gtk_box_remove (self->sections_box, child);

  for (guint s = 0; s < n_sections; s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self->draft, s);
      GtkWidget *editor = fl_scorecard_section_editor_new (section, s + 1, is_editable (self), self->expanded);

      fl_scorecard_section_editor_set_movable (FL_SCORECARD_SECTION_EDITOR (editor), s > 0, s + 1 < n_sections);
      g_signal_connect_object (editor, "edited", G_CALLBACK (section_edited_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (editor, "move", G_CALLBACK (section_move_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (editor, "remove", G_CALLBACK (section_remove_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->sections_box, editor);
      if (section == focus && moved != 0)
        fl_scorecard_section_editor_focus_move (FL_SCORECARD_SECTION_EDITOR (editor), moved);
      else if (section == focus)
        fl_scorecard_section_editor_focus_title (FL_SCORECARD_SECTION_EDITOR (editor));
    }
}

/* Shows a working copy of @scorecard in the form; a scorecard without an id is a new one. */
void
_fl_scorecard_editor_show (FlScorecardEditor *self,
                           FlScorecard       *scorecard)
{
  const char *description;
  gboolean editable;

  g_clear_object (&self->draft);
  g_clear_pointer (&self->saved_json, g_free);
  g_hash_table_remove_all (self->expanded);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (scorecard == NULL)
    {
      gtk_stack_set_visible_child_name (self->form_stack, "empty");
      _fl_scorecard_editor_update_state (self);
      return;
    }

  self->draft = fl_scorecard_copy (scorecard);
  if (fl_scorecard_get_id (scorecard) != 0)
    self->saved_json = dup_json (scorecard);
  editable = is_editable (self);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), fl_scorecard_translate (fl_scorecard_get_name (scorecard)));
  description = fl_scorecard_translate (fl_scorecard_get_description (scorecard));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), description ? description : "");
  gtk_spin_button_set_value (self->pass_mark_spin, fl_scorecard_get_pass_mark (scorecard));
  self->updating = FALSE;
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->description_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pass_mark_spin), editable);

  update_notice (self);
  _fl_scorecard_editor_rebuild_sections (self, NULL, 0);
  gtk_stack_set_visible_child_name (self->form_stack, "form");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->form_scroller), 0);
  _fl_scorecard_editor_update_state (self);
}

static GtkWidget *
create_template_row (FlScorecard *scorecard)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  /* Translators: under a template's name in the list; %d is its version */
  subtitle = fl_scorecard_get_status (scorecard) == FL_SCORECARD_STATUS_ARCHIVED
    ? g_strdup_printf (_("Version %d · archived"), fl_scorecard_get_version (scorecard))
    : g_strdup_printf (_("Version %d"), fl_scorecard_get_version (scorecard));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fl_scorecard_translate (fl_scorecard_get_name (scorecard)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "scorecard", g_object_ref (scorecard), g_object_unref);
  return row;
}

static FlScorecard *
get_row_scorecard (GtkListBoxRow *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "scorecard") : NULL;
}

static void
select_row_quietly (FlScorecardEditor *self,
                    gint64             id)
{
  GtkWidget *child;

  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->templates_list);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FlScorecard *scorecard = get_row_scorecard (GTK_LIST_BOX_ROW (child));

      if (scorecard != NULL && id != 0 && fl_scorecard_get_id (scorecard) == id)
        gtk_list_box_select_row (self->templates_list, GTK_LIST_BOX_ROW (child));
    }
  self->selecting = FALSE;
}

/* Lists the templates again from the database and shows @select_id (0: none). */
void
_fl_scorecard_editor_reload (FlScorecardEditor *self,
                             gint64             select_id)
{
  g_autoptr(GError) error = NULL;
  FlScorecard *shown = NULL;
  GtkWidget *child;

  g_clear_object (&self->templates);
  self->templates = fl_scorecard_service_list (self->service,
                                               gtk_check_button_get_active (self->show_archived_check), &error);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list))))
    gtk_list_box_remove (self->templates_list, child);
  if (self->templates == NULL)
    {
      _fl_scorecard_editor_toast (self, error->message);
      _fl_scorecard_editor_show (self, NULL);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->templates); i++)
    {
      g_autoptr(FlScorecard) scorecard = g_list_model_get_item (self->templates, i);

      gtk_list_box_append (self->templates_list, create_template_row (scorecard));
      if (fl_scorecard_get_id (scorecard) == select_id)
        shown = scorecard;
    }
  select_row_quietly (self, shown ? select_id : 0);
  _fl_scorecard_editor_show (self, shown);
}

typedef struct
{
  FlScorecardEditor *self;
  gint64             id;
} Selection;

static gboolean
show_selected_cb (gpointer user_data)
{
  Selection *selection = user_data;

  _fl_scorecard_editor_then (selection->self, FL_EDITOR_NEXT_SELECT, selection->id);
  g_object_unref (selection->self);
  g_free (selection);
  return G_SOURCE_REMOVE;
}

static void
row_selected_cb (FlScorecardEditor *self,
                 GtkListBoxRow     *row,
                 GtkListBox        *list)
{
  FlScorecard *scorecard = get_row_scorecard (row);
  Selection *selection;

  if (self->selecting || scorecard == NULL)
    return;
  if (fl_scorecard_get_id (scorecard) == _fl_scorecard_editor_get_shown_id (self))
    return;

  /* The form keeps its edits until the user says what to do with them; the
   * list is rebuilt after GTK is done selecting the row, not in the middle. */
  selection = g_new0 (Selection, 1);
  selection->self = g_object_ref (self);
  selection->id = fl_scorecard_get_id (scorecard);
  if (_fl_scorecard_editor_is_dirty (self))
    select_row_quietly (self, _fl_scorecard_editor_get_shown_id (self));
  g_idle_add (show_selected_cb, selection);
}

static void
show_archived_toggled_cb (FlScorecardEditor *self,
                          GtkCheckButton    *check)
{
  _fl_scorecard_editor_then (self, FL_EDITOR_NEXT_RELOAD, _fl_scorecard_editor_get_shown_id (self));
}

static void
name_changed_cb (FlScorecardEditor *self,
                 GtkEditable       *editable)
{
  if (self->updating || self->draft == NULL)
    return;
  fl_scorecard_set_name (self->draft, gtk_editable_get_text (editable));
  _fl_scorecard_editor_update_state (self);
}

static void
description_changed_cb (FlScorecardEditor *self,
                        GtkEditable       *editable)
{
  if (self->updating || self->draft == NULL)
    return;
  fl_scorecard_set_description (self->draft, gtk_editable_get_text (editable));
  _fl_scorecard_editor_update_state (self);
}

static void
pass_mark_changed_cb (FlScorecardEditor *self,
                      GtkSpinButton     *spin)
{
  if (self->updating || self->draft == NULL)
    return;
  fl_scorecard_set_pass_mark (self->draft, gtk_spin_button_get_value (spin));
  _fl_scorecard_editor_update_state (self);
}

/* Closing with unsaved edits asks first. */
static gboolean
fl_scorecard_editor_close_request (GtkWindow *window)
{
  FlScorecardEditor *self = FL_SCORECARD_EDITOR (window);

  if (!_fl_scorecard_editor_is_dirty (self))
    return GTK_WINDOW_CLASS (fl_scorecard_editor_parent_class)->close_request (window);
  _fl_scorecard_editor_then (self, FL_EDITOR_NEXT_CLOSE, 0);
  return TRUE;
}

static void
fl_scorecard_editor_dispose (GObject *object)
{
  FlScorecardEditor *self = FL_SCORECARD_EDITOR (object);

  g_clear_object (&self->draft);
  g_clear_object (&self->templates);
  g_clear_object (&self->service);
  g_clear_object (&self->session);
  g_clear_object (&self->database);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (fl_scorecard_editor_parent_class)->dispose (object);
}

static void
fl_scorecard_editor_finalize (GObject *object)
{
  FlScorecardEditor *self = FL_SCORECARD_EDITOR (object);

  g_free (self->saved_json);

  G_OBJECT_CLASS (fl_scorecard_editor_parent_class)->finalize (object);
}

static void
fl_scorecard_editor_class_init (FlScorecardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fl_scorecard_editor_dispose;
  object_class->finalize = fl_scorecard_editor_finalize;
  window_class->close_request = fl_scorecard_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/qa/fl-scorecard-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, templates_list);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, show_archived_check);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, form_stack);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, form_scroller);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, notice_label);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, pass_mark_spin);
  gtk_widget_class_bind_template_child (widget_class, FlScorecardEditor, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, description_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, pass_mark_changed_cb);

  _fl_scorecard_editor_install_actions (widget_class);
}

static void
fl_scorecard_editor_init (FlScorecardEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->expanded = g_hash_table_new (NULL, NULL);
}

/**
 * fl_scorecard_editor_new:
 * @parent: (nullable): the window it belongs to
 * @database: the center's database
 * @session: who is signed in
 *
 * Returns: (transfer none): a new editor window, not yet shown; it shows the first template
 */
GtkWidget *
fl_scorecard_editor_new (GtkWindow  *parent,
                         FlDatabase *database,
                         FlSession  *session)
{
  FlScorecardEditor *self;
  g_autoptr(FlScorecard) first = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  self = g_object_new (FL_TYPE_SCORECARD_EDITOR, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->session = g_object_ref (session);
  self->service = fl_scorecard_service_new (database);
  self->can_edit = fl_session_can (session, FL_PERMISSION_EDIT_SCORECARDS);

  _fl_scorecard_editor_reload (self, 0);
  if (self->templates != NULL && g_list_model_get_n_items (self->templates) > 0)
    {
      first = g_list_model_get_item (self->templates, 0);
      select_row_quietly (self, fl_scorecard_get_id (first));
      _fl_scorecard_editor_show (self, first);
    }
  return GTK_WIDGET (self);
}
