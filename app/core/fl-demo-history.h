/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"
#include "fl-scorecard.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* Private to the demo (fl-demo.c and fl-demo-history.c). */

/* The session of the demo account @login, without signing in. */
FlSession *fl_demo_session        (FlDatabase   *database,
                                   const char   *login,
                                   GError      **error);
gint64     fl_demo_find_recording (FlDatabase   *database,
                                   const char   *path,
                                   GError      **error);

/* The QA programme's past: the two months before this one scored by the
 * QA auditor and the team leads (the earlier one closed), a closed
 * calibration session, complaints confirmed and not, a dispute waiting
 * for the auditor, and this month's sample drawn and partly scored.
 * @folder holds the demo's recorded @calls (FlDemoCall); the past months'
 * calls are links to them. */
gboolean   fl_demo_history_add    (FlDatabase   *database,
                                   const char   *folder,
                                   GPtrArray    *calls,
                                   FlScorecard  *standard,
                                   GError      **error);

G_END_DECLS
