/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One call that may be sampled: an agent's answered call of the month,
 * long enough to judge and not evaluated yet; or one already drawn. */
typedef struct
{
  gint64   recording_id;
  gint64   agent_staff_id;
  guint    week;            /* of the month: days 1–7 are week 0, … 29–31 week 4 */
  guint    queue;           /* the queue as a small number; 0 for none */
  gboolean drawn;           /* in the plan already: counts towards the quota */
} FlSampleCandidate;

/* Draws up to @per_agent calls for each agent among @candidates (in any
 * order), marking them drawn; calls drawn before count towards the quota,
 * so a second draw over more candidates tops the plan up. Within an agent
 * the draw goes round the weeks of the month, each time taking a call from
 * a queue drawn least so far, at random. The same @seed and candidates
 * give the same draw, and one agent's draw does not depend on anyone
 * else's calls. Returns the indexes of the newly drawn candidates, sorted
 * by agent then recording. */
GArray *fl_sample_draw (FlSampleCandidate *candidates,
                        guint              n_candidates,
                        guint              per_agent,
                        guint64            seed);

G_END_DECLS
