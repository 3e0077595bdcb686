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

static gboolean
same_entry (const FlRemoteSourceFields *before,
            const FlRemoteSourceFields *after)
{
  return g_strcmp0 (before->base_url, after->base_url) == 0 &&
         g_strcmp0 (before->user_name != NULL ? before->user_name : "",
                    after->user_name != NULL ? after->user_name : "") == 0;
}

gboolean
fl_remote_secrets_update (const FlRemoteSourceFields  *before,
                          const FlRemoteSourceFields  *after,
                          const char                  *secret,
                          GCancellable                *cancellable,
                          GError                     **error)
{
  char *kept = NULL;
  gboolean stored = TRUE;

  g_return_val_if_fail (after != NULL, FALSE);

  if (after->auth != FL_REMOTE_AUTH_NONE)
    {
      if (secret == NULL || secret[0] == '\0')
        {
          /* Nothing new typed: the secret moves with the address or user name. */
          if (before == NULL || before->auth == FL_REMOTE_AUTH_NONE || same_entry (before, after))
            return TRUE;
          g_autoptr(GError) lookup_error = NULL;

          if (!(kept = fl_remote_secrets_lookup (before->base_url, before->user_name, cancellable,
                                                 &lookup_error)))
            {
              /* None kept for the old entry: nothing to move. */
              if (lookup_error == NULL)
                return TRUE;
              g_propagate_error (error, g_steal_pointer (&lookup_error));
              return FALSE;
            }
          secret = kept;
        }
      stored = fl_remote_secrets_store (after->name, after->base_url, after->user_name, secret, cancellable, error);
      fl_remote_secrets_free (kept);
    }
  if (!stored || before == NULL || before->auth == FL_REMOTE_AUTH_NONE ||
      (after->auth != FL_REMOTE_AUTH_NONE && same_entry (before, after)))
    return stored;
  return fl_remote_secrets_clear (before->base_url, before->user_name, cancellable, error);
}

typedef struct
{
  FlRemoteSource *before;
  FlRemoteSource *after;
  char           *secret;
} Updating;

static void
updating_free (gpointer data)
{
  Updating *updating = data;

  g_clear_object (&updating->before);
  g_clear_object (&updating->after);
  if (updating->secret != NULL)
    memset (updating->secret, 0, strlen (updating->secret));
  g_free (updating->secret);
  g_free (updating);
}

static void
update_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Updating *updating = task_data;
  GError *error = NULL;

  if (fl_remote_secrets_update (updating->before != NULL ? fl_remote_source_get_fields (updating->before) : NULL,
                                fl_remote_source_get_fields (updating->after), updating->secret, cancellable,
                                &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fl_remote_secrets_update_async (FlRemoteSource      *before,
                                FlRemoteSource      *after,
                                const char          *secret,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Updating *updating = g_new0 (Updating, 1);

  g_return_if_fail (FL_IS_REMOTE_SOURCE (after));

  updating->before = before != NULL ? g_object_ref (before) : NULL;
  updating->after = g_object_ref (after);
  updating->secret = g_strdup (secret);
  g_task_set_source_tag (task, fl_remote_secrets_update_async);
  g_task_set_task_data (task, updating, updating_free);
  g_task_run_in_thread (task, update_thread);
}

gboolean
fl_remote_secrets_update_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fl_remote_secrets_update_async, FALSE);

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

char *
fl_remote_secrets_lookup_for (const FlRemoteSourceFields  *source,
                              GCancellable                *cancellable,
                              GError                     **error)
{
  g_autoptr(GError) keyring_error = NULL;
  char *secret;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (source->auth != FL_REMOTE_AUTH_NONE, NULL);

  secret = fl_remote_secrets_lookup (source->base_url, source->user_name, cancellable, &keyring_error);
  if (secret != NULL)
    return secret;
  if (keyring_error != NULL)
    g_propagate_error (error, g_steal_pointer (&keyring_error));
  else
    g_set_error_literal (error, FL_REMOTE_ERROR, FL_REMOTE_ERROR_CREDENTIALS,
                         _("No password or token for this source is in the keyring. Set it in "
                           "Preferences, Recording Sources."));
  return NULL;
}

FlRemoteClient *
fl_remote_secrets_new_client (const FlRemoteSourceFields  *source,
                              GCancellable                *cancellable,
                              GError                     **error)
{
  FlRemoteClientOptions options = { 0 };
  FlRemoteClient *client;
  char *secret = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->auth != FL_REMOTE_AUTH_NONE &&
      !(secret = fl_remote_secrets_lookup_for (source, cancellable, error)))
    return NULL;
  options.auth = source->auth;
  options.user = source->user_name;
  options.secret = secret;
  options.ca_file = source->ca_file;
  options.retries = 2;
  client = fl_remote_client_new (&options, error);
  fl_remote_secrets_free (secret);
  return client;
}
