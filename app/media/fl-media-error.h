/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gst/gst.h>

G_BEGIN_DECLS

#define FL_MEDIA_ERROR (fl_media_error_quark ())

typedef enum
{
  FL_MEDIA_ERROR_MISSING,         /* the file is not there */
  FL_MEDIA_ERROR_UNREADABLE,      /* there, but may not be read: permissions, a folder, I/O */
  FL_MEDIA_ERROR_DAMAGED,         /* read, but not audio or cut short */
  FL_MEDIA_ERROR_MISSING_PLUGIN,  /* audio, in a format no installed decoder handles */
  FL_MEDIA_ERROR_FAILED,
} FlMediaError;

GQuark   fl_media_error_quark              (void);

/* Recordings are opened by path; GStreamer wants a URI. */
void     fl_media_ensure_initialized       (void);
char    *fl_media_path_to_uri              (const char          *path);

/* What can be told before decoding: missing, a folder, unreadable, empty. */
gboolean fl_media_check_file               (const char          *path,
                                            GError             **error);

/* Collects the names of missing decoders from the bus's element messages,
 * for the error that follows them. Returns TRUE if @message was one. */
gboolean fl_media_collect_missing_plugin   (GstMessage          *message,
                                            GPtrArray           *descriptions);

/* A GStreamer error message turned into words a supervisor can act on. */
GError  *fl_media_error_from_message       (GstMessage          *message,
                                            const char          *path,
                                            GPtrArray           *missing_plugins);
GError  *fl_media_error_new_missing_plugin (const char          *path,
                                            const char * const  *descriptions);
GError  *fl_media_error_new_damaged        (const char          *path);

G_END_DECLS
