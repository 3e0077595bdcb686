/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"

G_BEGIN_DECLS

/* Who an agent number on a recording is: the staff member with that 工号,
 * else with that extension. A departed person's extension may have been
 * given to someone else, so active staff win. Loaded once per import or
 * sync; used from that one thread. */
typedef struct _FlAgentFinder FlAgentFinder;

FlAgentFinder *fl_agent_finder_load (FlDatabase     *database,
                                     GError        **error);
/* The staff id, or 0 for NULL or an unknown number. */
gint64         fl_agent_finder_find (FlAgentFinder  *self,
                                     const char     *agent_number);
void           fl_agent_finder_free (FlAgentFinder  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlAgentFinder, fl_agent_finder_free)

G_END_DECLS
