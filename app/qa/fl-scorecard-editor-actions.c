/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-scorecard-editor-private.h"

/* What the editor does with templates: save (a new version when evaluations
 * use the old one), new, add a section, duplicate, archive and restore, and
 * the question asked before unsaved edits would be left behind. */

#define NEW_ITEM_POINTS 5

typedef struct
{
  FlScorecardEditor *self;
  FlEditorNext       next;
  gint64             next_id;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_free (pending);
}

static AdwMessageDialog *
create_dialog (FlScorecardEditor *self,
               const char        *heading,
               const char        *body)
{
  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
}

/* A section with one empty item: a section without items cannot be saved. */
static FlScorecardSection *
new_section (void)
{
  FlScorecardSection *section = fl_scorecard_section_new ("");
  g_autoptr(FlScorecardItem) item = fl_scorecard_item_new ("", NEW_ITEM_POINTS);

  fl_scorecard_section_append_item (section, item);
  return section;
}

static void
expand_items (FlScorecardEditor  *self,
              FlScorecardSection *section)
{
  for (guint i = 0; i < fl_scorecard_section_get_n_items (section); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (section, i);

      g_hash_table_add (self->expanded, item);
    }
}

/* Writes the form through the core; its complaints are shown above the form. */
static gboolean
save_draft (FlScorecardEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 old_id = fl_scorecard_get_id (self->draft);
  int old_version = fl_scorecard_get_version (self->draft);
  g_autofree char *message = NULL;
  gint64 id;

  id = fl_scorecard_service_save (self->service, self->session, self->draft, &error);
  if (id == 0)
    {
      _fl_scorecard_editor_show_error (self, error);
      return FALSE;
    }

  _fl_scorecard_editor_reload (self, id);
  if (old_id != 0 && id != old_id)
    /* Translators: both %d are version numbers of a scorecard template */
    message = g_strdup_printf (_("Saved as version %d. Past evaluations keep version %d."),
                               old_version + 1, old_version);
  else
    message = g_strdup (_("Template saved"));
  _fl_scorecard_editor_toast (self, message);
  return TRUE;
}

static void
new_template (FlScorecardEditor *self)
{
  g_autoptr(FlScorecard) scorecard = fl_scorecard_new ("");
  g_autoptr(FlScorecardSection) section = new_section ();
  g_autoptr(FlScorecardSection) shown = NULL;

  fl_scorecard_set_pass_mark (scorecard, FL_SCORE_DEFAULT_PASS_MARK);
  fl_scorecard_append_section (scorecard, section);

  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->templates_list);
  self->selecting = FALSE;
  _fl_scorecard_editor_show (self, scorecard);

  /* The form holds a copy: open its item, not the original's. */
  shown = fl_scorecard_get_section (self->draft, 0);
  expand_items (self, shown);
  _fl_scorecard_editor_rebuild_sections (self, NULL, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
duplicate (FlScorecardEditor *self,
           gint64             id)
{
  g_autoptr(GError) error = NULL;
  gint64 copy_id = fl_scorecard_service_duplicate (self->service, self->session, id, &error);

  if (copy_id == 0)
    {
      _fl_scorecard_editor_show_error (self, error);
      return;
    }
  _fl_scorecard_editor_reload (self, copy_id);
  _fl_scorecard_editor_toast (self, _("Duplicated. Rename the copy and change what differs."));
}

static void
set_archived (FlScorecardEditor *self,
              gint64             id,
              gboolean           archived)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (self->draft ? fl_scorecard_translate (fl_scorecard_get_name (self->draft)) : "");
  g_autofree char *message = NULL;

  if (!fl_scorecard_service_set_archived (self->service, self->session, id, archived, &error))
    {
      _fl_scorecard_editor_show_error (self, error);
      return;
    }
  _fl_scorecard_editor_reload (self, id);
  message = archived
    /* Translators: %s is a scorecard template's name */
    ? g_strdup_printf (_("“%s” is archived: new evaluations cannot use it. Turn on “Show archived” to find it."),
                       name)
    /* Translators: %s is a scorecard template's name */
    : g_strdup_printf (_("“%s” is restored."), name);
  _fl_scorecard_editor_toast (self, message);
}

static void
run_next (FlScorecardEditor *self,
          FlEditorNext       next,
          gint64             next_id)
{
  switch (next)
    {
    case FL_EDITOR_NEXT_SELECT:
    case FL_EDITOR_NEXT_RELOAD:
      _fl_scorecard_editor_reload (self, next_id);
      break;
    case FL_EDITOR_NEXT_NEW:
      new_template (self);
      break;
    case FL_EDITOR_NEXT_CLOSE:
      _fl_scorecard_editor_show (self, NULL);
      gtk_window_destroy (GTK_WINDOW (self));
      break;
    case FL_EDITOR_NEXT_DUPLICATE:
      duplicate (self, next_id);
      break;
    case FL_EDITOR_NEXT_ARCHIVE:
    case FL_EDITOR_NEXT_RESTORE:
      set_archived (self, next_id, next == FL_EDITOR_NEXT_ARCHIVE);
      break;
    case FL_EDITOR_NEXT_NOTHING:
    default:
      break;
    }
}

/* Acting on the shown template after a save means acting on the version just written. */
static gboolean
acts_on_shown (FlEditorNext next)
{
  return next == FL_EDITOR_NEXT_DUPLICATE || next == FL_EDITOR_NEXT_ARCHIVE || next == FL_EDITOR_NEXT_RESTORE;
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Pending          *pending)
{
  FlScorecardEditor *self = pending->self;
  gint64 next_id = pending->next_id;

  if (g_str_equal (response, "save"))
    {
      if (!save_draft (self))
        return;
    }
  else if (g_str_equal (response, "discard"))
    _fl_scorecard_editor_reload (self, _fl_scorecard_editor_get_shown_id (self));
  else
    return;

  if (acts_on_shown (pending->next))
    next_id = _fl_scorecard_editor_get_shown_id (self);
  run_next (self, pending->next, next_id);
}

static char *
describe_unsaved (FlScorecardEditor *self)
{
  const char *name = fl_scorecard_translate (fl_scorecard_get_name (self->draft));
  gint64 id = fl_scorecard_get_id (self->draft);
  int version = fl_scorecard_get_version (self->draft);

  if (name == NULL || *name == '\0')
    return g_strdup (_("The new template is not saved yet."));
  if (id != 0 && fl_scorecard_service_count_evaluations (self->service, id) > 0)
    /* Translators: %s is a template's name; the other numbers are its versions */
    return g_strdup_printf (_("“%s” has changes that are not saved. This template has evaluations; saving "
                              "creates version %d. Past evaluations keep version %d."),
                            name, version + 1, version);
  /* Translators: %s is a template's name */
  return g_strdup_printf (_("“%s” has changes that are not saved."), name);
}

/**
 * _fl_scorecard_editor_then:
 * @self: a #FlScorecardEditor
 * @next: what the user asked for
 * @next_id: the template it concerns, if any
 *
 * Does @next at once when nothing is unsaved; otherwise asks whether to save
 * or discard the edits first, or to stay.
 */
void
_fl_scorecard_editor_then (FlScorecardEditor *self,
                           FlEditorNext       next,
                           gint64             next_id)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Pending *pending;

  if (!_fl_scorecard_editor_is_dirty (self))
    {
      run_next (self, next, next_id);
      return;
    }

  body = describe_unsaved (self);
  dialog = create_dialog (self, _("Save Changes?"), body);
  /* No mnemonics: GTK 4.8 names such a button “_Save Save” for screen readers. */
  adw_message_dialog_add_responses (dialog, "cancel", _("Cancel"), "discard", _("Discard"), "save", _("Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (self);
  pending->next = next;
  pending->next_id = next_id;
  g_signal_connect_data (dialog, "response", G_CALLBACK (unsaved_response_cb), pending,
                         (GClosureNotify) (void (*) (void)) pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_version_response_cb (AdwMessageDialog  *dialog,
                         const char        *response,
                         FlScorecardEditor *self)
{
  if (g_str_equal (response, "save") && self->draft != NULL)
    save_draft (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlScorecardEditor *self = FL_SCORECARD_EDITOR (widget);
  gint64 id = _fl_scorecard_editor_get_shown_id (self);
  int version;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (!_fl_scorecard_editor_is_dirty (self))
    return;
  if (id == 0 || fl_scorecard_service_count_evaluations (self->service, id) == 0)
    {
      save_draft (self);
      return;
    }

  version = fl_scorecard_get_version (self->draft);
  /* Translators: both %d are version numbers of a scorecard template */
  body = g_strdup_printf (_("This template has evaluations; saving creates version %d. "
                            "Past evaluations keep version %d."),
                          version + 1, version);
  dialog = create_dialog (self, _("Save as a New Version?"), body);
  adw_message_dialog_add_responses (dialog, "cancel", _("Cancel"), "save", _("Save New Version"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_version_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _fl_scorecard_editor_then (FL_SCORECARD_EDITOR (widget), FL_EDITOR_NEXT_NEW, 0);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FlScorecardEditor *self = FL_SCORECARD_EDITOR (widget);
  g_autoptr(FlScorecardSection) section = NULL;

  if (self->draft == NULL)
    return;
  section = new_section ();
  fl_scorecard_append_section (self->draft, section);
  expand_items (self, section);
  _fl_scorecard_editor_rebuild_sections (self, section, 0);
  _fl_scorecard_editor_update_state (self);
}

static void
template_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FlScorecardEditor *self = FL_SCORECARD_EDITOR (widget);
  FlEditorNext next = FL_EDITOR_NEXT_NOTHING;

  if (g_str_equal (action_name, "editor.duplicate"))
    next = FL_EDITOR_NEXT_DUPLICATE;
  else if (g_str_equal (action_name, "editor.archive"))
    next = FL_EDITOR_NEXT_ARCHIVE;
  else if (g_str_equal (action_name, "editor.restore"))
    next = FL_EDITOR_NEXT_RESTORE;
  _fl_scorecard_editor_then (self, next, _fl_scorecard_editor_get_shown_id (self));
}

void
_fl_scorecard_editor_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "editor.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, template_action);
  gtk_widget_class_install_action (widget_class, "editor.archive", NULL, template_action);
  gtk_widget_class_install_action (widget_class, "editor.restore", NULL, template_action);
}
