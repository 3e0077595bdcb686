/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-month-result"

#include "config.h"

#include "fl-qa-month-result.h"

struct _FlQaMonthResult
{
  GObject          parent_instance;

  FlQaMonthFigures figures;
  char            *job_number;
  char            *name;
  char            *team_name;
};

G_DEFINE_FINAL_TYPE (FlQaMonthResult, fl_qa_month_result, G_TYPE_OBJECT)

static void
fl_qa_month_result_finalize (GObject *object)
{
  FlQaMonthResult *self = FL_QA_MONTH_RESULT (object);

  g_free (self->job_number);
  g_free (self->name);
  g_free (self->team_name);

  G_OBJECT_CLASS (fl_qa_month_result_parent_class)->finalize (object);
}

static void
fl_qa_month_result_class_init (FlQaMonthResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_qa_month_result_finalize;
}

static void
fl_qa_month_result_init (FlQaMonthResult *self)
{
}

FlQaMonthResult *
fl_qa_month_result_new (const FlQaMonthFigures *figures,
                        const char             *job_number,
                        const char             *name,
                        const char             *team_name)
{
  FlQaMonthResult *self;

  g_return_val_if_fail (figures != NULL, NULL);

  self = g_object_new (FL_TYPE_QA_MONTH_RESULT, NULL);
  self->figures = *figures;
  self->job_number = g_strdup (job_number);
  self->name = g_strdup (name);
  self->team_name = g_strdup (team_name);
  return self;
}

const FlQaMonthFigures *
fl_qa_month_result_get_figures (FlQaMonthResult *self)
{
  g_return_val_if_fail (FL_IS_QA_MONTH_RESULT (self), NULL);
  return &self->figures;
}

const char *
fl_qa_month_result_get_job_number (FlQaMonthResult *self)
{
  g_return_val_if_fail (FL_IS_QA_MONTH_RESULT (self), NULL);
  return self->job_number;
}

const char *
fl_qa_month_result_get_name (FlQaMonthResult *self)
{
  g_return_val_if_fail (FL_IS_QA_MONTH_RESULT (self), NULL);
  return self->name;
}

const char *
fl_qa_month_result_get_team_name (FlQaMonthResult *self)
{
  g_return_val_if_fail (FL_IS_QA_MONTH_RESULT (self), NULL);
  return self->team_name;
}

gboolean
fl_qa_month_result_is_top_three (FlQaMonthResult *self)
{
  g_return_val_if_fail (FL_IS_QA_MONTH_RESULT (self), FALSE);
  return self->figures.rank >= 1 && self->figures.rank <= 3;
}
