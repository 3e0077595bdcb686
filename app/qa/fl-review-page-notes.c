/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-review-page-private.h"

#define NS_PER_MS G_GINT64_CONSTANT (1000000)

/* Notes pinned to moments of the call: the list under the waveform, the
 * markers on it, the dialog that adds one and the Audacity label export. */

static char *
format_moment (gint64 milliseconds)
{
  gint64 tenths = MAX (milliseconds, 0) / 100;

  return g_strdup_printf ("%d:%02d.%d", (int) (tenths / 600), (int) (tenths / 10 % 60), (int) (tenths % 10));
}

static char *
describe_span (gint64 start_ms,
               gint64 end_ms)
{
  g_autofree char *start = format_moment (start_ms);
  g_autofree char *end = NULL;

  if (end_ms < 0)
    return g_steal_pointer (&start);

  end = format_moment (end_ms);
  /* Translators: a stretch of a call, from one time to another */
  return g_strdup_printf (_("%s – %s"), start, end);
}

void
_fl_review_page_show_error (FlReviewPage *self,
                            const char   *heading,
                            const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_note_clicked_cb (GtkButton    *button,
                        FlReviewPage *self)
{
  gint64 note_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "note-id"));
  g_autoptr(GError) error = NULL;

  if (!fl_evaluation_service_delete_note (self->evaluations, self->session, note_id, &error))
    {
      _fl_review_page_show_error (self, _("Could Not Delete the Note"), error);
      return;
    }
  _fl_review_page_reload_notes (self);
}

static GtkWidget *
create_note_row (FlReviewPage    *self,
                 FlRecordingNote *note)
{
  gint64 note_id = fl_recording_note_get_id (note);
  g_autofree char *span = describe_span (fl_recording_note_get_start_ms (note),
                                         fl_recording_note_is_range (note) ? fl_recording_note_get_end_ms (note) : -1);
  g_autofree char *escaped = g_markup_escape_text (fl_recording_note_get_text (note), -1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), span);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "note-id", GSIZE_TO_POINTER (note_id));

  if (fl_recording_note_get_author_id (note) == fl_session_get_account_id (self->session))
    {
      g_autofree char *label = NULL;

      delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete_button, "flat");
      gtk_widget_set_tooltip_text (delete_button, _("Delete Note"));
      /* Translators: the accessible name of a note's delete button; %s is the note */
      label = g_strdup_printf (_("Delete note “%s”"), fl_recording_note_get_text (note));
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (delete_button), "note-id", GSIZE_TO_POINTER (note_id));
      g_signal_connect_object (delete_button, "clicked", G_CALLBACK (delete_note_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);
    }

  return row;
}

/* Reads the notes again and shows them as rows and as waveform markers. */
void
_fl_review_page_reload_notes (FlReviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (FlWaveformMarker));
  GtkWidget *child;
  guint n_notes;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_list))))
    gtk_list_box_remove (self->notes_list, child);
  g_clear_object (&self->notes);

  if (self->recording == NULL)
    return;

  self->notes = fl_evaluation_service_list_notes (self->evaluations, self->session,
                                                  fl_recording_get_id (self->recording), &error);
  if (self->notes == NULL)
    {
      g_warning ("Could not read the notes: %s", error->message);
      return;
    }

  n_notes = g_list_model_get_n_items (self->notes);
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(FlRecordingNote) note = g_list_model_get_item (self->notes, i);
      FlWaveformMarker marker = {
        fl_recording_note_get_id (note),
        fl_recording_note_get_start_ms (note),
        fl_recording_note_is_range (note) ? fl_recording_note_get_end_ms (note) : -1,
      };

      gtk_list_box_append (self->notes_list, create_note_row (self, note));
      g_array_append_val (markers, marker);
    }

  fl_waveform_set_markers (self->waveform, (FlWaveformMarker *) markers->data, markers->len);
  fl_scorecard_view_set_notes (self->scorecard_view, self->notes);
}

void
_fl_review_page_note_activated (FlReviewPage *self,
                                gint64        note_id)
{
  guint n_notes = self->notes ? g_list_model_get_n_items (self->notes) : 0;

  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(FlRecordingNote) note = g_list_model_get_item (self->notes, i);

      if (fl_recording_note_get_id (note) == note_id)
        {
          fl_player_seek (self->player, fl_recording_note_get_start_ms (note) * NS_PER_MS);
          return;
        }
    }
}

typedef struct
{
  FlReviewPage *self;
  gint64        start_ms;
  gint64        end_ms;
  GtkEditable  *text_entry;
  GtkDropDown  *item_dropdown;
  GArray       *item_ids;
} NoteRequest;

static void
note_request_free (NoteRequest *request)
{
  g_clear_object (&request->self);
  g_clear_pointer (&request->item_ids, g_array_unref);
  g_free (request);
}

static void
note_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  NoteRequest      *request)
{
  FlReviewPage *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint selected;
  gint64 item_id = 0;

  if (!g_str_equal (response, "add") || self->recording == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (request->text_entry)));
  selected = gtk_drop_down_get_selected (request->item_dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < request->item_ids->len)
    item_id = g_array_index (request->item_ids, gint64, selected - 1);

  if (fl_evaluation_service_add_note (self->evaluations, self->session,
                                      fl_recording_get_id (self->recording),
                                      request->start_ms, request->end_ms, text, item_id, &error) <= 0)
    {
      _fl_review_page_show_error (self, _("Could Not Add the Note"), error);
      return;
    }
  _fl_review_page_reload_notes (self);
}

/* "No item" followed by the items of the scorecard being filled in. */
static GtkDropDown *
create_item_dropdown (FlReviewPage *self,
                      GArray       *item_ids)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  FlScorecard *scorecard = self->evaluation ? fl_evaluation_get_scorecard (self->evaluation) : NULL;
  GtkWidget *dropdown;

  /* Translators: a note that belongs to no particular scorecard item */
  gtk_string_list_append (names, _("No scorecard item"));
  if (scorecard != NULL)
    {
      GListModel *sections = fl_scorecard_get_sections (scorecard);

      for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
        {
          g_autoptr(FlScorecardSection) section = g_list_model_get_item (sections, s);
          GListModel *items = fl_scorecard_section_get_items (section);

          for (guint i = 0; i < g_list_model_get_n_items (items); i++)
            {
              g_autoptr(FlScorecardItem) item = g_list_model_get_item (items, i);
              gint64 id = fl_scorecard_item_get_id (item);

              gtk_string_list_append (names, g_dgettext (GETTEXT_PACKAGE, fl_scorecard_item_get_text (item)));
              g_array_append_val (item_ids, id);
            }
        }
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scorecard item"), -1);
  return GTK_DROP_DOWN (dropdown);
}

/* Asks for the text of a note at @start_ms (a moment when @end_ms < 0). */
void
_fl_review_page_ask_for_note (FlReviewPage *self,
                              gint64        start_ms,
                              gint64        end_ms)
{
  NoteRequest *request = g_new0 (NoteRequest, 1);
  g_autofree char *span = describe_span (start_ms, end_ms);
  g_autofree char *heading = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  request->self = g_object_ref (self);
  request->start_ms = start_ms;
  request->end_ms = end_ms;
  request->item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  request->text_entry = GTK_EDITABLE (entry);
  request->item_dropdown = create_item_dropdown (self, request->item_ids);

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What happened here"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (request->item_dropdown));

  /* Translators: the heading of the dialog that adds a note; %s is a time like 1:23.4 */
  heading = g_strdup_printf (_("Note at %s"), span);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       heading, NULL));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add Note"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  g_signal_connect_data (dialog, "response", G_CALLBACK (note_response_cb), request,
                         (GClosureNotify) (void (*) (void)) note_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    FlReviewPage    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *labels = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->recording == NULL)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  labels = fl_evaluation_service_export_labels (self->evaluations, self->session,
                                                fl_recording_get_id (self->recording), &error);
  /* A label file is a few kilobytes: writing it does not hold up the window. */
  if (labels == NULL ||
      !g_file_replace_contents (file, labels, strlen (labels), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    _fl_review_page_show_error (self, _("Could Not Export the Notes"), error);

out:
  g_object_unref (chooser);
}

void
_fl_review_page_export_notes (FlReviewPage *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  const char *unique_id;

  if (self->recording == NULL)
    return;

  unique_id = fl_recording_get_unique_id (self->recording);
  name = unique_id ? g_strdup_printf ("%s.txt", unique_id)
                   : g_strdup_printf ("recording-%" G_GINT64_FORMAT ".txt", fl_recording_get_id (self->recording));

  chooser = gtk_file_chooser_native_new (_("Export Notes as Audacity Labels"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
