/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"
#include "fl-scorecard.h"

G_BEGIN_DECLS

/* Private to app/core: the template tables, for FlScorecardService. */
FlScorecard *fl_scorecard_store_load        (FlDatabase   *database,
                                             gint64        template_id,
                                             GError      **error);
gint64       fl_scorecard_store_insert      (FlDatabase   *database,
                                             FlScorecard  *scorecard,
                                             gint64        family_id,
                                             GError      **error);
gboolean     fl_scorecard_store_replace     (FlDatabase   *database,
                                             gint64        template_id,
                                             FlScorecard  *scorecard,
                                             GError      **error);
gboolean     fl_scorecard_store_name_taken  (FlDatabase   *database,
                                             const char   *name,
                                             gint64        family_id);

G_END_DECLS
