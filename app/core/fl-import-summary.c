/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-import-summary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-import-summary.h"

G_DEFINE_BOXED_TYPE (FlImportSummary, fl_import_summary,
                     fl_import_summary_copy, fl_import_summary_free)

const char *
fl_import_phase_to_label (FlImportPhase phase)
{
  switch (phase)
    {
    case FL_IMPORT_PHASE_READING_CDR:
      /* Translators: an import step; the CDR is the PBX's call list (话单) */
      return _("Reading the call list");
    case FL_IMPORT_PHASE_SCANNING:
      return _("Looking for recordings");
    case FL_IMPORT_PHASE_EXAMINING:
      return _("Reading recordings");
    case FL_IMPORT_PHASE_FINISHING:
      return _("Flagging missing recordings");
    case FL_IMPORT_PHASE_DONE:
    default:
      return _("Done");
    }
}

static void
problem_free (FlImportProblem *problem)
{
  g_free (problem->path);
  g_free (problem->reason);
  g_free (problem);
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
}

void
fl_import_summary_add_problem (GPtrArray  *problems,
                               const char *path,
                               guint       line,
                               const char *reason)
{
  FlImportProblem *problem;

  g_return_if_fail (problems != NULL);
  g_return_if_fail (reason != NULL);

  problem = g_new0 (FlImportProblem, 1);
  problem->path = g_strdup (path);
  problem->line = line;
  problem->reason = g_strdup (reason);
  g_ptr_array_add (problems, problem);
}

FlImportSummary *
fl_import_summary_new (const char *folder,
                       const char *cdr_path)
{
  FlImportSummary *self = g_new0 (FlImportSummary, 1);

  self->folder = g_strdup (folder);
  self->cdr_path = g_strdup (cdr_path);
  self->unreadable = problems_new ();
  self->failed = problems_new ();
  self->cdr_problems = problems_new ();
  return self;
}

static void
copy_problems (GPtrArray *to,
               GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    {
      FlImportProblem *problem = g_ptr_array_index (from, i);

      fl_import_summary_add_problem (to, problem->path, problem->line, problem->reason);
    }
}

FlImportSummary *
fl_import_summary_copy (const FlImportSummary *self)
{
  FlImportSummary *copy;
  GPtrArray *unreadable, *failed, *cdr_problems;

  g_return_val_if_fail (self != NULL, NULL);

  copy = fl_import_summary_new (self->folder, self->cdr_path);
  unreadable = copy->unreadable;
  failed = copy->failed;
  cdr_problems = copy->cdr_problems;
  g_free (copy->folder);
  g_free (copy->cdr_path);

  *copy = *self;
  copy->folder = g_strdup (self->folder);
  copy->cdr_path = g_strdup (self->cdr_path);
  copy->source_name = g_strdup (self->source_name);
  copy->unreadable = unreadable;
  copy->failed = failed;
  copy->cdr_problems = cdr_problems;
  copy_problems (copy->unreadable, self->unreadable);
  copy_problems (copy->failed, self->failed);
  copy_problems (copy->cdr_problems, self->cdr_problems);
  return copy;
}

void
fl_import_summary_free (FlImportSummary *self)
{
  if (self == NULL)
    return;
  g_free (self->folder);
  g_free (self->cdr_path);
  g_free (self->source_name);
  g_ptr_array_unref (self->unreadable);
  g_ptr_array_unref (self->failed);
  g_ptr_array_unref (self->cdr_problems);
  g_free (self);
}

/* The audit log's record of one import: the counts, not a row per file. */
JsonNode *
fl_import_summary_to_json (const FlImportSummary *self,
                           gboolean               complete)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "folder");
  json_builder_add_string_value (builder, self->folder);
  json_builder_set_member_name (builder, "cdr");
  if (self->cdr_path != NULL)
    json_builder_add_string_value (builder, self->cdr_path);
  else
    json_builder_add_null_value (builder);
  if (self->source_name != NULL)
    {
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, self->source_name);
    }

#define ADD_COUNT(name, value) \
  json_builder_set_member_name (builder, name); \
  json_builder_add_int_value (builder, value)

  ADD_COUNT ("files", self->files);
  ADD_COUNT ("recordings", self->recordings);
  ADD_COUNT ("added", self->added);
  ADD_COUNT ("updated", self->updated);
  ADD_COUNT ("unchanged", self->unchanged);
  ADD_COUNT ("missing", self->missing);
  ADD_COUNT ("reappeared", self->reappeared);
  ADD_COUNT ("unreadable", self->unreadable->len);
  ADD_COUNT ("failed", self->failed->len);
  ADD_COUNT ("cdr_rows", self->cdr_rows);
  ADD_COUNT ("cdr_matched", self->cdr_matched);
  ADD_COUNT ("cdr_problems", self->cdr_problems->len);

#undef ADD_COUNT

  /* FALSE for an import that was stopped, or failed, half-way. */
  json_builder_set_member_name (builder, "complete");
  json_builder_add_boolean_value (builder, complete);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
