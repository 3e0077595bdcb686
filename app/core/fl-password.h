/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FL_PASSWORD_MIN_LENGTH 8

char     *fl_password_hash   (const char  *password,
                              GError     **error);
gboolean  fl_password_verify (const char  *password,
                              const char  *hash);

G_END_DECLS
