/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How an item is answered: yes (all its points) or no (0), or any whole
 * number of points on a scale from 0 to its maximum. */
typedef enum
{
  FL_ANSWER_TYPE_YES_NO,
  FL_ANSWER_TYPE_SCALE,
} FlAnswerType;

/* A critical item answered "no" (0 points) fails the whole evaluation; a
 * section-critical one zeroes its own section. */
typedef enum
{
  FL_CRITICALITY_NONE,
  FL_CRITICALITY_CRITICAL,
  FL_CRITICALITY_SECTION_CRITICAL,
} FlCriticality;

typedef enum
{
  FL_ANSWER_STATE_UNANSWERED,
  FL_ANSWER_STATE_NOT_APPLICABLE,
  FL_ANSWER_STATE_POINTS,
} FlAnswerState;

#define FL_TYPE_ANSWER_TYPE   (fl_answer_type_get_type ())
#define FL_TYPE_CRITICALITY   (fl_criticality_get_type ())
#define FL_TYPE_ANSWER_STATE  (fl_answer_state_get_type ())

GType fl_answer_type_get_type  (void);
GType fl_criticality_get_type  (void);
GType fl_answer_state_get_type (void);

/* The pass mark when a template does not set one (domain.md). */
#define FL_SCORE_DEFAULT_PASS_MARK 80.0

typedef struct
{
  gboolean has_weight;
  double   weight;      /* ≥ 0; only read when has_weight */
} FlScoreSectionSpec;

typedef struct
{
  guint         section;      /* index into the sections */
  int           max_points;
  FlAnswerType  answer_type;
  FlCriticality criticality;
  gboolean      allow_na;
} FlScoreItemSpec;

typedef struct
{
  FlAnswerState state;
  int           points;       /* only read when state is FL_ANSWER_STATE_POINTS */
} FlScoreAnswer;

typedef struct
{
  gboolean scorable;          /* FALSE when none of its items is answered with points */
  double   score;             /* percent; 0 when not scorable */
  double   earned;
  double   possible;
  double   share;             /* its part of the total, 0–1; 0 when not scorable */
  int      failed_item;       /* the section-critical item that zeroed it, or -1 */
} FlSectionScore;

typedef struct
{
  gboolean        scorable;   /* FALSE: "not scorable", nothing applicable is answered */
  double          score;      /* percent, 0–100, full precision; 0 when not scorable */
  gboolean        passed;
  gboolean        auto_failed;
  int             failed_item;      /* the critical item that failed it, or -1 */
  guint           n_items;
  guint           n_answered;       /* answered with points */
  guint           n_not_applicable;
  guint           n_unanswered;
  gboolean        complete;         /* every item answered or N/A */
  guint           n_sections;
  FlSectionScore *sections;
} FlScoreResult;

FlScoreResult *fl_score_compute           (const FlScoreSectionSpec *sections,
                                           guint                     n_sections,
                                           const FlScoreItemSpec    *items,
                                           guint                     n_items,
                                           const FlScoreAnswer      *answers,
                                           double                    pass_mark);
void           fl_score_result_free       (FlScoreResult            *result);

double         fl_score_round             (double                    score);
char          *fl_score_format            (double                    score);
gboolean       fl_score_passes            (double                    score,
                                           double                    pass_mark);
gboolean       fl_score_answer_is_failing (const FlScoreItemSpec    *item,
                                           const FlScoreAnswer      *answer);

const char    *fl_answer_type_to_code     (FlAnswerType              type);
FlAnswerType   fl_answer_type_from_code   (const char               *code);
const char    *fl_criticality_to_code     (FlCriticality             criticality);
FlCriticality  fl_criticality_from_code   (const char               *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlScoreResult, fl_score_result_free)

G_END_DECLS
