/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-password"

#include "config.h"

#include <crypt.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include <gio/gio.h>

#include "fl-password.h"

#define YESCRYPT_PREFIX "$y$"

char *
fl_password_hash (const char  *password,
                  GError     **error)
{
  g_autofree struct crypt_data *data = g_new0 (struct crypt_data, 1);
  char salt[CRYPT_GENSALT_OUTPUT_SIZE];
  const char *hash;

  g_return_val_if_fail (password != NULL, NULL);

  /* A NULL random source makes libcrypt read the system's entropy itself. */
  if (crypt_gensalt_rn (YESCRYPT_PREFIX, 0, NULL, 0, salt, sizeof salt) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The password could not be protected: %s."), g_strerror (saved_errno));
      return NULL;
    }

  hash = crypt_r (password, salt, data);
  if (hash == NULL || hash[0] == '*')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The password could not be protected by this system's libcrypt."));
      return NULL;
    }

  return g_strdup (hash);
}

gboolean
fl_password_verify (const char *password,
                    const char *hash)
{
  g_autofree struct crypt_data *data = g_new0 (struct crypt_data, 1);
  const char *computed;
  size_t length;
  guint8 difference = 0;

  g_return_val_if_fail (password != NULL, FALSE);

  if (hash == NULL || hash[0] == '\0')
    return FALSE;

  computed = crypt_r (password, hash, data);
  if (computed == NULL || computed[0] == '*')
    return FALSE;

  length = strlen (hash);
  if (strlen (computed) != length)
    return FALSE;

  /* Compare in constant time: the timing tells nothing about the hash. */
  for (size_t i = 0; i < length; i++)
    difference |= (guint8) (computed[i] ^ hash[i]);
  return difference == 0;
}
