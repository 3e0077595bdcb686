/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-scorecard.h"

G_BEGIN_DECLS

/* The center's standard call-quality scorecard from the QA handbook
 * (domain.md), 100 points in four sections, with one critical item. Its texts
 * are English msgids stored as written; fl_scorecard_translate() shows them
 * in the user's language. */
FlScorecard *fl_default_scorecard_new (void);

G_END_DECLS
