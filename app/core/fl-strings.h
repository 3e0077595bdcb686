/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The position of @text among @names, or -1: an enum read back from the
 * word the database writes for it. */
int fl_strings_index (const char * const *names,
                      guint               n_names,
                      const char         *text);

G_END_DECLS
