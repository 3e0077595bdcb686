/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-sample-progress"

#include "config.h"

#include "fl-sample-progress.h"

struct _FlSampleProgress
{
  GObject                 parent_instance;

  FlSampleProgressFigures figures;
  char                   *name;
};

G_DEFINE_FINAL_TYPE (FlSampleProgress, fl_sample_progress, G_TYPE_OBJECT)

static void
fl_sample_progress_finalize (GObject *object)
{
  FlSampleProgress *self = FL_SAMPLE_PROGRESS (object);

  g_free (self->name);

  G_OBJECT_CLASS (fl_sample_progress_parent_class)->finalize (object);
}

static void
fl_sample_progress_class_init (FlSampleProgressClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_sample_progress_finalize;
}

static void
fl_sample_progress_init (FlSampleProgress *self)
{
}

FlSampleProgress *
fl_sample_progress_new (const FlSampleProgressFigures *figures,
                        const char                    *name)
{
  FlSampleProgress *self;

  g_return_val_if_fail (figures != NULL, NULL);

  self = g_object_new (FL_TYPE_SAMPLE_PROGRESS, NULL);
  self->figures = *figures;
  self->name = g_strdup (name);
  return self;
}

const FlSampleProgressFigures *
fl_sample_progress_get_figures (FlSampleProgress *self)
{
  g_return_val_if_fail (FL_IS_SAMPLE_PROGRESS (self), NULL);
  return &self->figures;
}

const char *
fl_sample_progress_get_name (FlSampleProgress *self)
{
  g_return_val_if_fail (FL_IS_SAMPLE_PROGRESS (self), NULL);
  return self->name;
}

guint
fl_sample_progress_get_remaining (FlSampleProgress *self)
{
  g_return_val_if_fail (FL_IS_SAMPLE_PROGRESS (self), 0);
  return self->figures.qa_assigned - self->figures.qa_done
         + self->figures.monitoring_assigned - self->figures.monitoring_done;
}
