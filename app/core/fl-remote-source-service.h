/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fl-database.h"
#include "fl-remote-source.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_REMOTE_SOURCE_ERROR (fl_remote_source_error_quark ())

typedef enum
{
  FL_REMOTE_SOURCE_ERROR_INVALID,   /* a field is wrong; the message says which and how */
  FL_REMOTE_SOURCE_ERROR_NOT_FOUND,
} FlRemoteSourceError;

/* The recording servers: set up by administrators (audited), seen by
 * everyone who sees recordings. */
#define FL_TYPE_REMOTE_SOURCE_SERVICE (fl_remote_source_service_get_type ())
G_DECLARE_FINAL_TYPE (FlRemoteSourceService, fl_remote_source_service, FL, REMOTE_SOURCE_SERVICE, GObject)

GQuark                 fl_remote_source_error_quark   (void);
FlRemoteSourceService *fl_remote_source_service_new   (FlDatabase                 *database);
/* Adds (id 0) or changes a source; its id, or 0 with @error. The address
 * is kept with a final "/" and without credentials; the secret is not
 * taken here (it goes to the keyring). */
gint64                 fl_remote_source_service_save  (FlRemoteSourceService      *self,
                                                       FlSession                  *actor,
                                                       const FlRemoteSourceFields *fields,
                                                       GError                    **error);
/* Every source by name: a GListModel of FlRemoteSource. */
GListModel            *fl_remote_source_service_list  (FlRemoteSourceService      *self,
                                                       FlSession                  *actor,
                                                       GError                    **error);

FlRemoteSource        *fl_remote_source_service_get   (FlRemoteSourceService      *self,
                                                       FlSession                  *actor,
                                                       gint64                      id,
                                                       GError                    **error);
/* The source called @name, for the command line. */
FlRemoteSource        *fl_remote_source_service_find  (FlRemoteSourceService      *self,
                                                       FlSession                  *actor,
                                                       const char                 *name,
                                                       GError                    **error);

G_END_DECLS
