/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-scorecard-service.h"
#include "fl-scorecard-store.h"
#include "fl-sql.h"

/* Reading and writing template rows; the rules (permissions, versions,
 * audit) are in fl-scorecard-service.c, which calls these inside its
 * transactions. */

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
strip_dup (const char *text)
{
  return text ? g_strstrip (g_strdup (text)) : g_strdup ("");
}

static FlScorecard *
scorecard_from_row (sqlite3_stmt *statement)
{
  return g_object_new (FL_TYPE_SCORECARD,
                       "id", sqlite3_column_int64 (statement, 0),
                       "family-id", sqlite3_column_int64 (statement, 1),
                       "version", sqlite3_column_int (statement, 2),
                       "name", fl_sql_column_text (statement, 3),
                       "description", fl_sql_column_text (statement, 4),
                       "pass-mark", sqlite3_column_double (statement, 5),
                       "status", fl_scorecard_status_from_code (fl_sql_column_text (statement, 6)),
                       "created-at", fl_sql_column_text (statement, 7),
                       NULL);
}

static gboolean
load_sections (FlDatabase          *database,
               FlScorecard         *scorecard,
               GHashTable          *by_id,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT id, title, weight FROM scorecard_sections "
                                   "WHERE template_id = ? ORDER BY position, id",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_scorecard_get_id (scorecard));

  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlScorecardSection) section =
        g_object_new (FL_TYPE_SCORECARD_SECTION,
                      "id", sqlite3_column_int64 (statement, 0),
                      "title", fl_sql_column_text (statement, 1),
                      NULL);

      if (sqlite3_column_type (statement, 2) != SQLITE_NULL)
        fl_scorecard_section_set_weight (section, sqlite3_column_double (statement, 2));
      gint64 *id = g_new (gint64, 1);

      *id = fl_scorecard_section_get_id (section);
      g_hash_table_insert (by_id, id, section);
      fl_scorecard_append_section (scorecard, section);
    }
  return !(error != NULL && *error != NULL);
}

static gboolean
load_items (FlDatabase          *database,
            FlScorecard         *scorecard,
            GHashTable          *sections,
            GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT i.id, i.section_id, i.text, i.guidance, i.max_points, "
                                   "  i.answer_type, i.criticality, i.allow_na "
                                   "FROM scorecard_items i JOIN scorecard_sections s ON s.id = i.section_id "
                                   "WHERE s.template_id = ? ORDER BY i.position, i.id",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, fl_scorecard_get_id (scorecard));

  while (fl_database_step (database, statement, &has_row, error) && has_row)
    {
      gint64 section_id = sqlite3_column_int64 (statement, 1);
      FlScorecardSection *section = g_hash_table_lookup (sections, &section_id);
      g_autoptr(FlScorecardItem) item =
        g_object_new (FL_TYPE_SCORECARD_ITEM,
                      "id", sqlite3_column_int64 (statement, 0),
                      "text", fl_sql_column_text (statement, 2),
                      "guidance", fl_sql_column_text (statement, 3),
                      "max-points", MAX (sqlite3_column_int (statement, 4), 0),
                      "answer-type", fl_answer_type_from_code (fl_sql_column_text (statement, 5)),
                      "criticality", fl_criticality_from_code (fl_sql_column_text (statement, 6)),
                      "allow-na", sqlite3_column_int (statement, 7) != 0,
                      NULL);

      g_assert (section != NULL);
      fl_scorecard_section_append_item (section, item);
    }
  return !(error != NULL && *error != NULL);
}

FlScorecard *
fl_scorecard_store_load (FlDatabase  *database,
                         gint64       template_id,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(FlScorecard) scorecard = NULL;
  g_autoptr(GHashTable) sections = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT id, family_id, version, name, description, pass_mark, status, "
                                   "  created_at FROM scorecard_templates WHERE id = ?",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, template_id);
  if (!fl_database_step (database, statement, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_NOT_FOUND,
                   _("This scorecard no longer exists. Choose another scorecard."));
      return NULL;
    }

  scorecard = scorecard_from_row (statement);
  sections = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (!load_sections (database, scorecard, sections, error) ||
      !load_items (database, scorecard, sections, error))
    return NULL;
  return g_steal_pointer (&scorecard);
}

gboolean
fl_scorecard_store_name_taken (FlDatabase *database,
                               const char *name,
                               gint64      family_id)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  statement = fl_database_prepare (database,
                                   "SELECT 1 FROM scorecard_templates "
                                   "WHERE name = ? AND family_id != ? AND status != 'superseded'",
                                   NULL);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, family_id);
  return fl_database_step (database, statement, &has_row, NULL) && has_row;
}

static gboolean
insert_item (FlDatabase          *database,
             gint64               section_id,
             guint                position,
             FlScorecardItem     *item,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *text = strip_dup (fl_scorecard_item_get_text (item));
  g_autofree char *guidance = strip_dup (fl_scorecard_item_get_guidance (item));

  statement = fl_database_prepare (database,
                                   "INSERT INTO scorecard_items (section_id, position, text, guidance, "
                                   "  max_points, answer_type, criticality, allow_na) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, section_id);
  sqlite3_bind_int (statement, 2, (int) position);
  fl_sql_bind_text (statement, 3, text);
  fl_sql_bind_text (statement, 4, guidance);
  sqlite3_bind_int (statement, 5, fl_scorecard_item_get_max_points (item));
  sqlite3_bind_text (statement, 6, fl_answer_type_to_code (fl_scorecard_item_get_answer_type (item)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (statement, 7, fl_criticality_to_code (fl_scorecard_item_get_criticality (item)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int (statement, 8, fl_scorecard_item_get_allow_na (item));
  return fl_database_run (database, statement, error);
}

/* Writes @scorecard's sections and items under @template_id, in order. */
static gboolean
insert_contents (FlDatabase          *database,
                 gint64               template_id,
                 FlScorecard         *scorecard,
                 GError             **error)
{
  for (guint s = 0; s < fl_scorecard_get_n_sections (scorecard); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (scorecard, s);
      g_autoptr(sqlite3_stmt) statement = NULL;
      g_autofree char *title = strip_dup (fl_scorecard_section_get_title (section));
      gint64 section_id;

      statement = fl_database_prepare (database,
                                       "INSERT INTO scorecard_sections (template_id, position, title, weight) "
                                       "VALUES (?, ?, ?, ?)",
                                       error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, template_id);
      sqlite3_bind_int (statement, 2, (int) s);
      fl_sql_bind_text (statement, 3, title);
      if (fl_scorecard_section_get_has_weight (section))
        sqlite3_bind_double (statement, 4, fl_scorecard_section_get_weight (section));
      else
        sqlite3_bind_null (statement, 4);
      if (!fl_database_run (database, statement, error))
        return FALSE;

      section_id = fl_database_last_insert_id (database);
      for (guint i = 0; i < fl_scorecard_section_get_n_items (section); i++)
        {
          g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (section, i);

          if (!insert_item (database, section_id, i, item, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* A new template row (a new family when @family_id is 0) with its contents. */
gint64
fl_scorecard_store_insert (FlDatabase   *database,
                           FlScorecard  *scorecard,
                           gint64        family_id,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *name = strip_dup (fl_scorecard_get_name (scorecard));
  g_autofree char *description = strip_dup (fl_scorecard_get_description (scorecard));
  g_autofree char *created_at = now_utc ();
  gint64 id;

  /* A new family is numbered after its first version, set just below. */
  statement = fl_database_prepare (database,
                                   "INSERT INTO scorecard_templates (family_id, version, name, description, "
                                   "  pass_mark, status, created_at) "
                                   "VALUES (?1, (SELECT coalesce(max(version), 0) + 1 FROM scorecard_templates "
                                   "             WHERE family_id = ?1), ?2, ?3, ?4, 'active', ?5)",
                                   error);
  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, family_id);
  fl_sql_bind_text (statement, 2, name);
  fl_sql_bind_text (statement, 3, description);
  sqlite3_bind_double (statement, 4, fl_scorecard_get_pass_mark (scorecard));
  sqlite3_bind_text (statement, 5, created_at, -1, SQLITE_TRANSIENT);
  if (!fl_database_run (database, statement, error))
    return 0;
  id = fl_database_last_insert_id (database);

  if (family_id == 0)
    {
      g_autoptr(sqlite3_stmt) family = NULL;

      family = fl_database_prepare (database,
                                    "UPDATE scorecard_templates SET family_id = id, version = 1 WHERE id = ?",
                                    error);
      if (family == NULL)
        return 0;
      sqlite3_bind_int64 (family, 1, id);
      if (!fl_database_run (database, family, error))
        return 0;
    }

  if (!insert_contents (database, id, scorecard, error))
    return 0;
  return id;
}

/* Edits a version in place: its row, and its sections and items rewritten.
 * Only for a version no evaluation was scored on. */
gboolean
fl_scorecard_store_replace (FlDatabase   *database,
                            gint64        template_id,
                            FlScorecard  *scorecard,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autofree char *name = strip_dup (fl_scorecard_get_name (scorecard));
  g_autofree char *description = strip_dup (fl_scorecard_get_description (scorecard));

  update = fl_database_prepare (database,
                                "UPDATE scorecard_templates SET name = ?, description = ?, pass_mark = ? "
                                "WHERE id = ?",
                                error);
  if (update == NULL)
    return FALSE;
  fl_sql_bind_text (update, 1, name);
  fl_sql_bind_text (update, 2, description);
  sqlite3_bind_double (update, 3, fl_scorecard_get_pass_mark (scorecard));
  sqlite3_bind_int64 (update, 4, template_id);
  if (!fl_database_run (database, update, error))
    return FALSE;

  clear = fl_database_prepare (database, "DELETE FROM scorecard_sections WHERE template_id = ?", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, template_id);
  return fl_database_run (database, clear, error) &&
         insert_contents (database, template_id, scorecard, error);
}
