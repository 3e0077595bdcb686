/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-note"

#include "config.h"

#include "fl-recording-note.h"

struct _FlRecordingNote
{
  GObject  parent_instance;

  gint64   id;
  gint64   recording_id;
  gint64   evaluation_id;
  gint64   item_id;
  gint64   start_ms;
  gint64   end_ms;
  char    *text;
  gint64   author_id;
  char    *author_name;
  char    *created_at;
  char    *updated_at;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_RECORDING_ID,
  PROP_EVALUATION_ID,
  PROP_ITEM_ID,
  PROP_START_MS,
  PROP_END_MS,
  PROP_TEXT,
  PROP_AUTHOR_ID,
  PROP_AUTHOR_NAME,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlRecordingNote, fl_recording_note, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gint64 *
int64_field (FlRecordingNote *self,
             guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_RECORDING_ID:
      return &self->recording_id;
    case PROP_EVALUATION_ID:
      return &self->evaluation_id;
    case PROP_ITEM_ID:
      return &self->item_id;
    case PROP_START_MS:
      return &self->start_ms;
    case PROP_END_MS:
      return &self->end_ms;
    case PROP_AUTHOR_ID:
      return &self->author_id;
    default:
      return NULL;
    }
}

static char **
string_field (FlRecordingNote *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      return &self->text;
    case PROP_AUTHOR_NAME:
      return &self->author_name;
    case PROP_CREATED_AT:
      return &self->created_at;
    case PROP_UPDATED_AT:
      return &self->updated_at;
    default:
      return NULL;
    }
}

static void
fl_recording_note_finalize (GObject *object)
{
  FlRecordingNote *self = (FlRecordingNote *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->author_name, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);

  G_OBJECT_CLASS (fl_recording_note_parent_class)->finalize (object);
}

static void
fl_recording_note_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FlRecordingNote *self = FL_RECORDING_NOTE (object);

  if (int64_field (self, prop_id))
    g_value_set_int64 (value, *int64_field (self, prop_id));
  else if (string_field (self, prop_id))
    g_value_set_string (value, *string_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* Set once by the service that reads the row. */
static void
fl_recording_note_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FlRecordingNote *self = FL_RECORDING_NOTE (object);

  if (int64_field (self, prop_id))
    *int64_field (self, prop_id) = g_value_get_int64 (value);
  else if (string_field (self, prop_id))
    {
      g_free (*string_field (self, prop_id));
      *string_field (self, prop_id) = g_value_dup_string (value);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fl_recording_note_class_init (FlRecordingNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fl_recording_note_finalize;
  object_class->get_property = fl_recording_note_get_property;
  object_class->set_property = fl_recording_note_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RECORDING_ID] = g_param_spec_int64 ("recording-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_EVALUATION_ID] = g_param_spec_int64 ("evaluation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_START_MS] = g_param_spec_int64 ("start-ms", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_END_MS] = g_param_spec_int64 ("end-ms", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR_ID] = g_param_spec_int64 ("author-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AUTHOR_NAME] = g_param_spec_string ("author-name", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_recording_note_init (FlRecordingNote *self)
{
  self->end_ms = -1;
}

gint64
fl_recording_note_get_id (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), 0);
  return self->id;
}

gint64
fl_recording_note_get_recording_id (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), 0);
  return self->recording_id;
}

gint64
fl_recording_note_get_evaluation_id (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), 0);
  return self->evaluation_id;
}

gint64
fl_recording_note_get_item_id (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), 0);
  return self->item_id;
}

gint64
fl_recording_note_get_start_ms (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), 0);
  return self->start_ms;
}

/* -1 for a note pinned to a moment. */
gint64
fl_recording_note_get_end_ms (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), -1);
  return self->end_ms;
}

gboolean
fl_recording_note_is_range (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), FALSE);
  return self->end_ms >= 0;
}

const char *
fl_recording_note_get_text (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), NULL);
  return self->text;
}

gint64
fl_recording_note_get_author_id (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), 0);
  return self->author_id;
}

const char *
fl_recording_note_get_author_name (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), NULL);
  return self->author_name;
}

const char *
fl_recording_note_get_created_at (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), NULL);
  return self->created_at;
}

const char *
fl_recording_note_get_updated_at (FlRecordingNote *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_NOTE (self), NULL);
  return self->updated_at;
}

/* Whole milliseconds as seconds with six decimals, in integers so that no
 * locale turns the "." into a ",". */
static void
append_seconds (GString *labels,
                gint64   ms)
{
  g_string_append_printf (labels, "%" G_GINT64_FORMAT ".%03d000", ms / 1000, (int) (ms % 1000));
}

char *
fl_recording_notes_to_audacity_labels (GListModel *notes)
{
  GString *labels = g_string_new (NULL);

  g_return_val_if_fail (G_IS_LIST_MODEL (notes), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(FlRecordingNote) note = g_list_model_get_item (notes, i);
      gint64 start = MAX (note->start_ms, 0);

      append_seconds (labels, start);
      g_string_append_c (labels, '\t');
      append_seconds (labels, note->end_ms >= start ? note->end_ms : start);
      g_string_append_c (labels, '\t');
      /* A label is one line with three tab-separated fields. */
      for (const char *p = note->text ? note->text : ""; *p; p++)
        g_string_append_c (labels, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
      g_string_append_c (labels, '\n');
    }
  return g_string_free (labels, FALSE);
}
