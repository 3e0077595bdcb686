/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  FL_IMPORT_PHASE_READING_CDR,
  FL_IMPORT_PHASE_SCANNING,
  FL_IMPORT_PHASE_EXAMINING,
  FL_IMPORT_PHASE_FINISHING,
  FL_IMPORT_PHASE_DONE,
} FlImportPhase;

/* Where an import is. While scanning only files_found grows; while
 * examining, files_done goes up to files_total. */
typedef struct
{
  FlImportPhase phase;
  guint         files_found;
  guint         files_done;
  guint         files_total;
} FlImportProgress;

const char *fl_import_phase_to_label (FlImportPhase phase);

/* Called on the context the import was started from, at most about ten
 * times a second, and once more when it is done. */
typedef void (*FlImportProgressFunc) (const FlImportProgress *progress,
                                      gpointer                user_data);

/* A file, or a row of the CDR, and what went wrong with it. */
typedef struct
{
  char *path;     /* under the imported folder; NULL for a CDR row */
  guint line;     /* the CDR line, else 0 */
  char *reason;   /* for the supervisor, translated */
} FlImportProblem;

/* What one import did. Unreadable files were imported all the same, with
 * status 'unreadable'; failed ones could not be imported at all. */
typedef struct
{
  char      *folder;         /* or a server's address */
  char      *cdr_path;
  char      *source_name;    /* a recording server's name (a sync), or NULL */
  guint      files;          /* audio files found */
  guint      recordings;     /* recordings they make (a leg pair is one) */
  guint      added;
  guint      updated;
  guint      unchanged;
  guint      missing;        /* flagged missing by this import */
  guint      reappeared;     /* missing before, present again (also counted as updated) */
  guint      examined;       /* files whose sound was read (the others were unchanged) */
  guint      discovered;     /* of those, read by GStreamer's discoverer, not from a WAV header */
  guint      cdr_rows;       /* CDR rows read without problems */
  guint      cdr_matched;    /* recordings a CDR row was applied to */
  GPtrArray *unreadable;     /* FlImportProblem */
  GPtrArray *failed;         /* FlImportProblem */
  GPtrArray *cdr_problems;   /* FlImportProblem with a line */
  gint64     elapsed_ms;
} FlImportSummary;

#define FL_TYPE_IMPORT_SUMMARY (fl_import_summary_get_type ())

GType            fl_import_summary_get_type      (void) G_GNUC_CONST;
FlImportSummary *fl_import_summary_new           (const char             *folder,
                                                  const char             *cdr_path);
FlImportSummary *fl_import_summary_copy          (const FlImportSummary  *self);
void             fl_import_summary_free          (FlImportSummary        *self);
void             fl_import_summary_add_problem   (GPtrArray              *problems,
                                                  const char             *path,
                                                  guint                   line,
                                                  const char             *reason);
JsonNode        *fl_import_summary_to_json       (const FlImportSummary  *self,
                                                  gboolean                complete);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlImportSummary, fl_import_summary_free)

G_END_DECLS
