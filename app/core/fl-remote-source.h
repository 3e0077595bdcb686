/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-remote-client.h"

G_BEGIN_DECLS

typedef enum
{
  FL_REMOTE_LISTING_AUTOINDEX,   /* nginx's or Apache's directory listing */
  FL_REMOTE_LISTING_WEBDAV,
  FL_REMOTE_LISTING_JSON,        /* the JSON index the README describes */
} FlRemoteListingKind;

/* A recording server as the center set it up; its secret is in the
 * keyring. */
typedef struct
{
  gint64               id;              /* 0: a new one */
  char                *name;
  FlRemoteListingKind  kind;
  char                *base_url;        /* "https://pbx/recordings/" */
  FlRemoteAuth         auth;
  char                *user_name;       /* Basic's, or "" */
  char                *ca_file;         /* or "" */
  int                  sync_minutes;    /* 0: on demand only */
  gboolean             active;
  /* What the last sync left, read only */
  char                *last_sync_at;    /* UTC ISO-8601, or NULL: never */
  char                *last_error;      /* or NULL */
  int                  n_added;
  int                  n_changed;
  int                  n_removed;
} FlRemoteSourceFields;

#define FL_TYPE_REMOTE_SOURCE (fl_remote_source_get_type ())
G_DECLARE_FINAL_TYPE (FlRemoteSource, fl_remote_source, FL, REMOTE_SOURCE, GObject)

/* Copies @fields. */
FlRemoteSource             *fl_remote_source_new        (const FlRemoteSourceFields *fields);
const FlRemoteSourceFields *fl_remote_source_get_fields (FlRemoteSource             *self);

const char                 *fl_remote_listing_kind_to_string   (FlRemoteListingKind  kind);
/* -1 for an unknown name. */
int                         fl_remote_listing_kind_from_string (const char          *name);

G_END_DECLS
