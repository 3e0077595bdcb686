/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-remote-secrets"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>
#include <string.h>

#include "fl-remote-listing.h"
#include "fl-remote-secrets.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    .name = APPLICATION_ID ".RecordingSource",
    .flags = SECRET_SCHEMA_NONE,
    .attributes = {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

/* Hands a cancel on as it is; TRUE then. */
static gboolean
passed_on_cancel (GError  **cause,
                  GError  **error)
{
  if (!g_error_matches (*cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  g_propagate_error (error, g_steal_pointer (cause));
  return TRUE;
}

gboolean
fl_remote_secrets_store (const char    *source_name,
                         const char    *base_url,
                         const char    *user,
                         const char    *secret,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *label = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (base_url != NULL && secret != NULL, FALSE);

  /* Translators: the keyring's name for a password; %s is a recording source's name */
  label = g_strdup_printf (_("Floorlead recording source “%s”"), source_name != NULL ? source_name : base_url);
  if (!secret_password_store_sync (get_schema (), SECRET_COLLECTION_DEFAULT, label, secret, cancellable,
                                   &local_error, "server", base_url, "user", user != NULL ? user : "", NULL))
    {
      /* A locked keyring may fail without saying why. */
      if (local_error == NULL)
        local_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, _("the keyring refused"));
      if (!passed_on_cancel (&local_error, error))
        /* Translators: %s is what the keyring said */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("The password or token could not be saved in the keyring (%s), so it is not kept. "
                       "Unlock the keyring, or sign in to a desktop that has one, and save again."),
                     local_error->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char *source_name;
  char *base_url;
  char *user;
  char *secret;
} Storing;

static void
storing_free (gpointer data)
{
  Storing *storing = data;

  g_free (storing->source_name);
  g_free (storing->base_url);
  g_free (storing->user);
  if (storing->secret != NULL)
    memset (storing->secret, 0, strlen (storing->secret));
  g_free (storing->secret);
  g_free (storing);
}

static void
store_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Storing *storing = task_data;
  GError *error = NULL;

  if (fl_remote_secrets_store (storing->source_name, storing->base_url, storing->user, storing->secret,
                               cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fl_remote_secrets_store_async (const char          *source_name,
                               const char          *base_url,
                               const char          *user,
                               const char          *secret,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Storing *storing = g_new0 (Storing, 1);

  storing->source_name = g_strdup (source_name);
  storing->base_url = g_strdup (base_url);
  storing->user = g_strdup (user);
  storing->secret = g_strdup (secret);
  g_task_set_source_tag (task, fl_remote_secrets_store_async);
  g_task_set_task_data (task, storing, storing_free);
  g_task_run_in_thread (task, store_thread);
}

gboolean
fl_remote_secrets_store_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fl_remote_secrets_store_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
fl_remote_secrets_lookup (const char    *base_url,
                          const char    *user,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *secret;

  g_return_val_if_fail (base_url != NULL, NULL);

  secret = secret_password_lookup_sync (get_schema (), cancellable, &local_error, "server", base_url, "user",
                                        user != NULL ? user : "", NULL);
  if (local_error != NULL && !passed_on_cancel (&local_error, error))
    /* Translators: %s is what the keyring said */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("The keyring could not be asked for the source's password or token (%s). Unlock the "
                   "keyring, then sync again."),
                 local_error->message);
  return secret;
}

gboolean
fl_remote_secrets_clear (const char    *base_url,
                         const char    *user,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (base_url != NULL, FALSE);

  secret_password_clear_sync (get_schema (), cancellable, &local_error, "server", base_url, "user",
                              user != NULL ? user : "", NULL);
  if (local_error != NULL)
    {
      if (!passed_on_cancel (&local_error, error))
        /* Translators: %s is what the keyring said */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("The old password or token could not be removed from the keyring (%s). Unlock the "
                       "keyring and try again."),
                     local_error->message);
      return FALSE;
    }
  return TRUE;
}

void
fl_remote_secrets_free (char *secret)
{
  if (secret != NULL)
    secret_password_free (secret);
}

FlRemoteClient *
fl_remote_secrets_new_client (const FlRemoteSourceFields  *source,
                              GCancellable                *cancellable,
                              GError                     **error)
{
  FlRemoteClientOptions options = { 0 };
  g_autoptr(GError) keyring_error = NULL;
  FlRemoteClient *client;
  char *secret = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->auth != FL_REMOTE_AUTH_NONE &&
      !(secret = fl_remote_secrets_lookup (source->base_url, source->user_name, cancellable, &keyring_error)))
    {
      if (keyring_error != NULL)
        g_propagate_error (error, g_steal_pointer (&keyring_error));
      else
        g_set_error_literal (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CREDENTIALS,
                             _("No password or token for this source is in the keyring. Set it in "
                               "Preferences, Recording Sources."));
      return NULL;
    }
  options.auth = source->auth;
  options.user = source->user_name;
  options.secret = secret;
  options.ca_file = source->ca_file;
  options.retries = 2;
  client = fl_remote_client_new (&options, error);
  fl_remote_secrets_free (secret);
  return client;
}
