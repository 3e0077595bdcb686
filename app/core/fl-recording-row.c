/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-recording-row"

#include "config.h"

#include "fl-recording-private.h"
#include "fl-recording-row-private.h"

struct _FlRecordingRow
{
  GObject      parent_instance;

  guint        position;
  FlRecording *recording;
};

enum {
  PROP_0,
  PROP_RECORDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlRecordingRow, fl_recording_row, G_TYPE_OBJECT)

static void
fl_recording_row_finalize (GObject *object)
{
  FlRecordingRow *self = FL_RECORDING_ROW (object);

  g_clear_object (&self->recording);

  G_OBJECT_CLASS (fl_recording_row_parent_class)->finalize (object);
}

static void
fl_recording_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FlRecordingRow *self = FL_RECORDING_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORDING:
      g_value_set_object (value, self->recording);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_recording_row_class_init (FlRecordingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fl_recording_row_finalize;
  object_class->get_property = fl_recording_row_get_property;

  properties[PROP_RECORDING] =
    g_param_spec_object ("recording", NULL, NULL, FL_TYPE_RECORDING,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_recording_row_init (FlRecordingRow *self)
{
}

FlRecordingRow *
fl_recording_row_new (guint        position,
                      FlRecording *recording)
{
  FlRecordingRow *self = g_object_new (FL_TYPE_RECORDING_ROW, NULL);

  self->position = position;
  self->recording = recording ? g_object_ref (recording) : NULL;
  return self;
}

guint
fl_recording_row_get_position (FlRecordingRow *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_ROW (self), 0);
  return self->position;
}

FlRecording *
fl_recording_row_get_recording (FlRecordingRow *self)
{
  g_return_val_if_fail (FL_IS_RECORDING_ROW (self), NULL);
  return self->recording;
}

/* Shows another recording in this place; notifies only when it differs. */
void
fl_recording_row_set_recording (FlRecordingRow *self,
                                FlRecording    *recording)
{
  g_return_if_fail (FL_IS_RECORDING_ROW (self));

  if (self->recording == recording ||
      (self->recording != NULL && recording != NULL && fl_recording_same (self->recording, recording)))
    return;
  g_set_object (&self->recording, recording);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDING]);
}
