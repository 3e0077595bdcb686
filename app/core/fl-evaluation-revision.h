/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FL_TYPE_EVALUATION_REVISION (fl_evaluation_revision_get_type ())
G_DECLARE_FINAL_TYPE (FlEvaluationRevision, fl_evaluation_revision, FL, EVALUATION_REVISION, GObject)

/* A submitted evaluation as it was before someone reopened it, and why.
 * Properties: id, evaluation-id, revision, reason, changed-by-id,
 * changed-by-name, changed-at, snapshot-json (the evaluation row and its
 * answers), scorable, score, passed (read from the snapshot). */
gint64      fl_evaluation_revision_get_id              (FlEvaluationRevision *self);
gint64      fl_evaluation_revision_get_evaluation_id   (FlEvaluationRevision *self);
int         fl_evaluation_revision_get_revision        (FlEvaluationRevision *self);
const char *fl_evaluation_revision_get_reason          (FlEvaluationRevision *self);
gint64      fl_evaluation_revision_get_changed_by_id   (FlEvaluationRevision *self);
const char *fl_evaluation_revision_get_changed_by_name (FlEvaluationRevision *self);
const char *fl_evaluation_revision_get_changed_at      (FlEvaluationRevision *self);
const char *fl_evaluation_revision_get_snapshot_json   (FlEvaluationRevision *self);
gboolean    fl_evaluation_revision_get_scorable        (FlEvaluationRevision *self);
double      fl_evaluation_revision_get_score           (FlEvaluationRevision *self);
gboolean    fl_evaluation_revision_get_passed          (FlEvaluationRevision *self);

G_END_DECLS
