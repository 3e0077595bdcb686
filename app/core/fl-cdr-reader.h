/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-call-metadata.h"

G_BEGIN_DECLS

#define FL_CDR_ERROR (fl_cdr_error_quark ())

typedef enum
{
  FL_CDR_ERROR_READ,           /* the file cannot be read */
  FL_CDR_ERROR_NOT_TEXT,       /* binary data, not a CSV file */
  FL_CDR_ERROR_EMPTY,          /* not even a header row */
  FL_CDR_ERROR_NO_KEY_COLUMN,  /* no unique id or file name column to match rows to files */
} FlCdrError;

/* A row that could not be read, or a value in it that was left out. */
typedef struct
{
  guint  line;     /* the line the row starts on, the header being line 1 */
  char  *message;  /* for the supervisor, translated */
} FlCdrProblem;

#define FL_TYPE_CDR_READER (fl_cdr_reader_get_type ())
G_DECLARE_FINAL_TYPE (FlCdrReader, fl_cdr_reader, FL, CDR_READER, GObject)

GQuark                fl_cdr_error_quark              (void);

FlCdrReader          *fl_cdr_reader_load              (const char            *path,
                                                       GError               **error);
FlCdrReader          *fl_cdr_reader_parse             (const char            *data,
                                                       gsize                  length,
                                                       GError               **error);

GPtrArray            *fl_cdr_reader_get_rows          (FlCdrReader           *self);
GPtrArray            *fl_cdr_reader_get_problems      (FlCdrReader           *self);

const FlCallMetadata *fl_cdr_reader_find_by_unique_id (FlCdrReader           *self,
                                                       const char            *unique_id);
const FlCallMetadata *fl_cdr_reader_find_by_file_name (FlCdrReader           *self,
                                                       const char            *file_name);
const FlCallMetadata *fl_cdr_reader_find              (FlCdrReader           *self,
                                                       const char            *relative_path,
                                                       const FlCallMetadata  *from_name);

G_END_DECLS
