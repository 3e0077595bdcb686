/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-remote-source.h"
#include "fl-strings.h"

struct _FlRemoteSource
{
  GObject              parent_instance;

  FlRemoteSourceFields fields;
};

G_DEFINE_FINAL_TYPE (FlRemoteSource, fl_remote_source, G_TYPE_OBJECT)

static const char * const kind_names[] = { "autoindex", "webdav", "json" };

static void
fl_remote_source_finalize (GObject *object)
{
  FlRemoteSourceFields *fields = &FL_REMOTE_SOURCE (object)->fields;

  g_free (fields->name);
  g_free (fields->base_url);
  g_free (fields->user_name);
  g_free (fields->ca_file);
  g_free (fields->last_sync_at);
  g_free (fields->last_error);

  G_OBJECT_CLASS (fl_remote_source_parent_class)->finalize (object);
}

static void
fl_remote_source_class_init (FlRemoteSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_remote_source_finalize;
}

static void
fl_remote_source_init (FlRemoteSource *self)
{
}

FlRemoteSource *
fl_remote_source_new (const FlRemoteSourceFields *fields)
{
  FlRemoteSource *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_REMOTE_SOURCE, NULL);
  self->fields = *fields;
  self->fields.name = g_strdup (fields->name);
  self->fields.base_url = g_strdup (fields->base_url);
  self->fields.user_name = g_strdup (fields->user_name ? fields->user_name : "");
  self->fields.ca_file = g_strdup (fields->ca_file ? fields->ca_file : "");
  self->fields.last_sync_at = g_strdup (fields->last_sync_at);
  self->fields.last_error = g_strdup (fields->last_error);
  return self;
}

const FlRemoteSourceFields *
fl_remote_source_get_fields (FlRemoteSource *self)
{
  g_return_val_if_fail (FL_IS_REMOTE_SOURCE (self), NULL);

  return &self->fields;
}

const char *
fl_remote_listing_kind_to_string (FlRemoteListingKind kind)
{
  g_return_val_if_fail (kind <= FL_REMOTE_LISTING_JSON, NULL);

  return kind_names[kind];
}

int
fl_remote_listing_kind_from_string (const char *name)
{
  return fl_strings_index (kind_names, G_N_ELEMENTS (kind_names), name);
}
