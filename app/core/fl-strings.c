/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-strings.h"

int
fl_strings_index (const char * const *names,
                  guint               n_names,
                  const char         *text)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (text, names[i]) == 0)
      return (int) i;
  return -1;
}
