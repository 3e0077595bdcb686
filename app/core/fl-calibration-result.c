/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-calibration-result"

#include "config.h"

#include <math.h>

#include "fl-calibration-result.h"

struct _FlCalibrationResult
{
  GObject  parent_instance;

  GArray  *scorers;     /* FlCalibrationScorer */
  GStrv    item_texts;
  GArray  *answers;     /* FlCalibrationAnswer, n_items × n_scorers */
  double   tolerance;
  guint    reference;   /* index of the reference scorer, or n_scorers */
};

G_DEFINE_FINAL_TYPE (FlCalibrationResult, fl_calibration_result, G_TYPE_OBJECT)

static void
clear_scorer (gpointer data)
{
  g_free (((FlCalibrationScorer *) data)->name);
}

static void
fl_calibration_result_finalize (GObject *object)
{
  FlCalibrationResult *self = FL_CALIBRATION_RESULT (object);

  g_array_unref (self->scorers);
  g_strfreev (self->item_texts);
  g_array_unref (self->answers);

  G_OBJECT_CLASS (fl_calibration_result_parent_class)->finalize (object);
}

static void
fl_calibration_result_class_init (FlCalibrationResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_calibration_result_finalize;
}

static void
fl_calibration_result_init (FlCalibrationResult *self)
{
}

FlCalibrationResult *
fl_calibration_result_new (GArray *scorers,
                           GStrv   item_texts,
                           GArray *answers,
                           double  tolerance)
{
  FlCalibrationResult *self;

  g_return_val_if_fail (scorers != NULL && item_texts != NULL && answers != NULL, NULL);
  g_return_val_if_fail (answers->len == g_strv_length (item_texts) * scorers->len, NULL);

  self = g_object_new (FL_TYPE_CALIBRATION_RESULT, NULL);
  self->scorers = scorers;
  g_array_set_clear_func (self->scorers, clear_scorer);
  self->item_texts = item_texts;
  self->answers = answers;
  self->tolerance = tolerance;
  self->reference = scorers->len;
  for (guint i = 0; i < scorers->len; i++)
    if (g_array_index (scorers, FlCalibrationScorer, i).is_reference)
      self->reference = i;
  return self;
}

guint
fl_calibration_result_get_n_scorers (FlCalibrationResult *self)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), 0);
  return self->scorers->len;
}

const FlCalibrationScorer *
fl_calibration_result_get_scorer (FlCalibrationResult *self,
                                  guint                scorer)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), NULL);
  g_return_val_if_fail (scorer < self->scorers->len, NULL);
  return &g_array_index (self->scorers, FlCalibrationScorer, scorer);
}

guint
fl_calibration_result_get_n_items (FlCalibrationResult *self)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), 0);
  return g_strv_length (self->item_texts);
}

const char *
fl_calibration_result_get_item_text (FlCalibrationResult *self,
                                     guint                item)
{
  g_return_val_if_fail (item < fl_calibration_result_get_n_items (self), NULL);
  return self->item_texts[item];
}

const FlCalibrationAnswer *
fl_calibration_result_get_answer (FlCalibrationResult *self,
                                  guint                item,
                                  guint                scorer)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), NULL);
  g_return_val_if_fail (scorer < self->scorers->len, NULL);
  g_return_val_if_fail (item * self->scorers->len + scorer < self->answers->len, NULL);
  return &g_array_index (self->answers, FlCalibrationAnswer, item * self->scorers->len + scorer);
}

static gboolean
submitted (FlCalibrationResult *self,
           guint                scorer)
{
  return g_array_index (self->scorers, FlCalibrationScorer, scorer).submitted;
}

static gboolean
same_answer (const FlCalibrationAnswer *a,
             const FlCalibrationAnswer *b)
{
  return a->state == b->state && (a->state != FL_ANSWER_STATE_POINTS || a->points == b->points);
}

double
fl_calibration_result_get_agreement (FlCalibrationResult *self,
                                     guint                item)
{
  const FlCalibrationAnswer *reference;
  guint others = 0;
  guint agreeing = 0;

  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), 0);

  if (self->reference >= self->scorers->len)
    return 0;
  reference = fl_calibration_result_get_answer (self, item, self->reference);
  for (guint i = 0; i < self->scorers->len; i++)
    {
      if (i == self->reference || !submitted (self, i))
        continue;
      others++;
      if (same_answer (fl_calibration_result_get_answer (self, item, i), reference))
        agreeing++;
    }
  return others == 0 ? 1.0 : (double) agreeing / others;
}

int
fl_calibration_result_get_item_deviation (FlCalibrationResult *self,
                                          guint                item,
                                          guint                scorer)
{
  const FlCalibrationAnswer *answer = fl_calibration_result_get_answer (self, item, scorer);
  const FlCalibrationAnswer *reference;

  if (answer == NULL || self->reference >= self->scorers->len)
    return 0;
  reference = fl_calibration_result_get_answer (self, item, self->reference);
  if (answer->state != FL_ANSWER_STATE_POINTS || reference->state != FL_ANSWER_STATE_POINTS)
    return 0;
  return answer->points - reference->points;
}

double
fl_calibration_result_get_item_mean_deviation (FlCalibrationResult *self,
                                               guint                item,
                                               guint                scorer)
{
  const FlCalibrationAnswer *answer = fl_calibration_result_get_answer (self, item, scorer);
  guint counted = 0;
  int total = 0;

  if (answer == NULL || answer->state != FL_ANSWER_STATE_POINTS)
    return 0;
  for (guint i = 0; i < self->scorers->len; i++)
    {
      const FlCalibrationAnswer *other = fl_calibration_result_get_answer (self, item, i);

      if (!submitted (self, i) || other->state != FL_ANSWER_STATE_POINTS)
        continue;
      counted++;
      total += other->points;
    }
  return counted == 0 ? 0 : answer->points - (double) total / counted;
}

static gboolean
has_score (FlCalibrationResult *self,
           guint                scorer)
{
  const FlCalibrationScorer *s = &g_array_index (self->scorers, FlCalibrationScorer, scorer);

  return s->submitted && s->scorable;
}

double
fl_calibration_result_get_deviation (FlCalibrationResult *self,
                                     guint                scorer)
{
  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), 0);
  g_return_val_if_fail (scorer < self->scorers->len, 0);

  if (self->reference >= self->scorers->len || !has_score (self, scorer) || !has_score (self, self->reference))
    return 0;
  return fl_calibration_result_get_scorer (self, scorer)->score
         - fl_calibration_result_get_scorer (self, self->reference)->score;
}

double
fl_calibration_result_get_mean_deviation (FlCalibrationResult *self,
                                          guint                scorer)
{
  guint counted = 0;
  double total = 0;

  g_return_val_if_fail (FL_IS_CALIBRATION_RESULT (self), 0);
  g_return_val_if_fail (scorer < self->scorers->len, 0);

  if (!has_score (self, scorer))
    return 0;
  for (guint i = 0; i < self->scorers->len; i++)
    if (has_score (self, i))
      {
        counted++;
        total += fl_calibration_result_get_scorer (self, i)->score;
      }
  return fl_calibration_result_get_scorer (self, scorer)->score - total / counted;
}

gboolean
fl_calibration_result_is_far_off (FlCalibrationResult *self,
                                  guint                scorer)
{
  return fabs (fl_calibration_result_get_deviation (self, scorer)) > self->tolerance;
}
