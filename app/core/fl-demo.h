/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-database.h"

G_BEGIN_DECLS

/* The password of every demo account, as the README lists. */
#define FL_DEMO_PASSWORD "floorlead"

char     *fl_demo_get_default_path (void);
gboolean  fl_demo_populate         (FlDatabase  *database,
                                    GError     **error);

G_END_DECLS
