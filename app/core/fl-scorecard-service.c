/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-audit.h"
#include "fl-default-scorecard.h"
#include "fl-scorecard-service.h"
#include "fl-scorecard-store.h"
#include "fl-sql.h"

struct _FlScorecardService
{
  GObject     parent_instance;

  FlDatabase *database;
};

G_DEFINE_FINAL_TYPE (FlScorecardService, fl_scorecard_service, G_TYPE_OBJECT)
G_DEFINE_QUARK (fl-scorecard-error-quark, fl_scorecard_error)

/* One write to the templates, carried into its transaction. */
typedef struct
{
  FlScorecardService *self;
  FlSession          *actor;
  FlScorecard        *scorecard;  /* what to write */
  FlScorecard        *stored;     /* the version it replaces, if any */
  gint64              id;         /* in: the version to change; out: the version written */
  gboolean            archived;
} Write;

static char *
strip_dup (const char *text)
{
  return text ? g_strstrip (g_strdup (text)) : g_strdup ("");
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = strip_dup (text);

  return *stripped == '\0';
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
validate_item (FlScorecardItem  *item,
               guint             number,
               const char       *section_title,
               GError          **error)
{
  const char *text = fl_scorecard_item_get_text (item);
  int max_points = fl_scorecard_item_get_max_points (item);

  if (is_blank (text))
    return invalid (error, _("Item %u of “%s” has no text. Write what the reviewer checks."),
                    number, section_title);
  if (max_points < 1 && fl_scorecard_item_get_answer_type (item) == FL_ANSWER_TYPE_SCALE)
    return invalid (error, _("The scale of “%s” must go up to at least 1 point."), text);
  if (max_points < 1)
    return invalid (error, _("“%s” must be worth at least 1 point."), text);
  return TRUE;
}

static gboolean
validate_section (FlScorecardSection  *section,
                  guint                number,
                  GError             **error)
{
  const char *title = fl_scorecard_section_get_title (section);

  if (is_blank (title))
    return invalid (error, _("Section %u has no title. Give each section a title."), number);
  if (fl_scorecard_section_get_n_items (section) == 0)
    return invalid (error, _("The section “%s” has no items. Add an item or remove the section."), title);
  if (fl_scorecard_section_get_has_weight (section) && !(fl_scorecard_section_get_weight (section) >= 0))
    return invalid (error, _("The weight of “%s” cannot be negative."), title);

  for (guint i = 0; i < fl_scorecard_section_get_n_items (section); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (section, i);

      if (!validate_item (item, i + 1, title, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fl_scorecard_service_validate (FlScorecard  *scorecard,
                               GError      **error)
{
  double pass_mark;
  double weight_sum = 0;
  gboolean all_weighted = TRUE;

  g_return_val_if_fail (FL_IS_SCORECARD (scorecard), FALSE);

  pass_mark = fl_scorecard_get_pass_mark (scorecard);
  if (is_blank (fl_scorecard_get_name (scorecard)))
    return invalid (error, _("Give the scorecard a name."));
  if (!(pass_mark >= 0 && pass_mark <= 100))
    return invalid (error, _("The pass mark must be between 0 and 100 %%."));
  if (fl_scorecard_get_n_items (scorecard) == 0)
    return invalid (error, _("The scorecard has no items. Add at least one item to score."));

  for (guint s = 0; s < fl_scorecard_get_n_sections (scorecard); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (scorecard, s);

      if (!validate_section (section, s + 1, error))
        return FALSE;
      all_weighted = all_weighted && fl_scorecard_section_get_has_weight (section);
      weight_sum += fl_scorecard_section_get_weight (section);
    }
  if (all_weighted && weight_sum <= 0)
    return invalid (error, _("All section weights are 0. Give at least one section a weight above 0."));
  return TRUE;
}

FlScorecard *
fl_scorecard_service_load (FlScorecardService  *self,
                           gint64               template_id,
                           GError             **error)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), NULL);

  return fl_scorecard_store_load (self->database, template_id, error);
}

static gint64
query_id (FlScorecardService *self,
          const char         *sql,
          gint64              parameter)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database, sql, NULL);
  gboolean has_row = FALSE;

  if (statement == NULL)
    return 0;
  sqlite3_bind_int64 (statement, 1, parameter);
  if (!fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

FlScorecard *
fl_scorecard_service_get_latest (FlScorecardService  *self,
                                 gint64               family_id,
                                 GError             **error)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), NULL);

  return fl_scorecard_service_load (self,
                                    query_id (self,
                                              "SELECT id FROM scorecard_templates WHERE family_id = ? "
                                              "ORDER BY version DESC LIMIT 1",
                                              family_id),
                                    error);
}

gint64
fl_scorecard_service_count_evaluations (FlScorecardService *self,
                                        gint64              template_id)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), 0);

  return query_id (self, "SELECT count(*) FROM evaluations WHERE template_id = ?", template_id);
}

GListModel *
fl_scorecard_service_list (FlScorecardService  *self,
                           gboolean             include_archived,
                           GError             **error)
{
  g_autoptr(GListStore) store = g_list_store_new (FL_TYPE_SCORECARD);
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), NULL);

  statement = fl_database_prepare (self->database,
                                   "SELECT id FROM scorecard_templates "
                                   "WHERE status = 'active' OR (?1 AND status = 'archived') "
                                   "ORDER BY name, id",
                                   error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int (statement, 1, include_archived);

  while (fl_database_step (self->database, statement, &has_row, error) && has_row)
    {
      g_autoptr(FlScorecard) scorecard = fl_scorecard_service_load (self, sqlite3_column_int64 (statement, 0),
                                                                    error);

      if (scorecard == NULL)
        return NULL;
      g_list_store_append (store, scorecard);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
check_name_free (FlScorecardService  *self,
                 FlScorecard         *scorecard,
                 GError             **error)
{
  g_autofree char *name = strip_dup (fl_scorecard_get_name (scorecard));

  if (!fl_scorecard_store_name_taken (self->database, name, fl_scorecard_get_family_id (scorecard)))
    return TRUE;
  g_set_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_DUPLICATE,
               _("Another scorecard is already called “%s”. Choose another name."), name);
  return FALSE;
}

static gboolean
audit_template (Write       *write,
                const char  *action,
                GError     **error)
{
  g_autoptr(FlScorecard) written = fl_scorecard_service_load (write->self, write->id, error);
  g_autoptr(JsonNode) before = write->stored ? fl_scorecard_to_json (write->stored) : NULL;
  g_autoptr(JsonNode) after = NULL;

  if (written == NULL)
    return FALSE;
  after = fl_scorecard_to_json (written);
  return fl_audit_record (write->self->database, write->actor, "scorecard_templates", write->id,
                          action, before, after, error);
}

static gboolean
apply_create (gpointer   user_data,
              GError   **error)
{
  Write *write = user_data;

  if (!check_name_free (write->self, write->scorecard, error) ||
      !(write->id = fl_scorecard_store_insert (write->self->database, write->scorecard, 0, error)))
    return FALSE;
  return audit_template (write, write->stored ? "duplicate" : "add", error);
}

gint64
fl_scorecard_service_create (FlScorecardService  *self,
                             FlSession           *actor,
                             FlScorecard         *scorecard,
                             GError             **error)
{
  Write write = { self, actor, scorecard, NULL, 0, FALSE };

  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), 0);
  g_return_val_if_fail (FL_IS_SCORECARD (scorecard), 0);

  if (!fl_session_check (actor, FL_PERMISSION_EDIT_SCORECARDS, error) ||
      !fl_scorecard_service_validate (scorecard, error) ||
      !fl_database_transaction (self->database, apply_create, &write, error))
    return 0;
  return write.id;
}

/* Everything an evaluation depends on, without ids: an unchanged card is not
 * worth a new version. */
static gboolean
same_contents (FlScorecard *a,
               FlScorecard *b)
{
  g_autoptr(JsonNode) a_json = fl_scorecard_to_json (a);
  g_autoptr(JsonNode) b_json = fl_scorecard_to_json (b);
  g_autofree char *a_text = NULL;
  g_autofree char *b_text = NULL;
  JsonNode *nodes[] = { a_json, b_json };

  for (guint n = 0; n < G_N_ELEMENTS (nodes); n++)
    {
      JsonObject *root = json_node_get_object (nodes[n]);
      JsonArray *sections = json_object_get_array_member (root, "sections");

      json_object_remove_member (root, "id");
      json_object_remove_member (root, "created_at");
      for (guint s = 0; s < json_array_get_length (sections); s++)
        {
          JsonObject *section = json_array_get_object_element (sections, s);
          JsonArray *items = json_object_get_array_member (section, "items");

          json_object_remove_member (section, "id");
          for (guint i = 0; i < json_array_get_length (items); i++)
            json_object_remove_member (json_array_get_object_element (items, i), "id");
        }
    }
  a_text = json_to_string (a_json, FALSE);
  b_text = json_to_string (b_json, FALSE);
  return g_str_equal (a_text, b_text);
}

static gboolean
apply_save (gpointer   user_data,
            GError   **error)
{
  Write *write = user_data;
  FlScorecardService *self = write->self;
  g_autoptr(sqlite3_stmt) supersede = NULL;
  gint64 old_id = write->id;

  if (!check_name_free (self, write->scorecard, error))
    return FALSE;

  /* Nothing was scored on this version yet: edit it in place. */
  if (fl_scorecard_service_count_evaluations (self, old_id) == 0)
    return fl_scorecard_store_replace (self->database, old_id, write->scorecard, error) &&
           audit_template (write, "edit", error);

  supersede = fl_database_prepare (self->database,
                                   "UPDATE scorecard_templates SET status = 'superseded' WHERE id = ?", error);
  if (supersede == NULL)
    return FALSE;
  sqlite3_bind_int64 (supersede, 1, old_id);
  if (!fl_database_run (self->database, supersede, error))
    return FALSE;
  write->id = fl_scorecard_store_insert (self->database, write->scorecard,
                                         fl_scorecard_get_family_id (write->stored), error);
  return write->id != 0 && audit_template (write, "new_version", error);
}

static gboolean
check_current (FlScorecard  *stored,
               GError      **error)
{
  switch (fl_scorecard_get_status (stored))
    {
    case FL_SCORECARD_STATUS_SUPERSEDED:
      g_set_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_SUPERSEDED,
                   _("This is version %d of “%s”, which a newer version replaced. Open the newest "
                     "version to change it."),
                   fl_scorecard_get_version (stored), fl_scorecard_get_name (stored));
      return FALSE;
    case FL_SCORECARD_STATUS_ARCHIVED:
      g_set_error (error, FL_SCORECARD_ERROR, FL_SCORECARD_ERROR_ARCHIVED,
                   _("“%s” is archived. Restore it before changing it."), fl_scorecard_get_name (stored));
      return FALSE;
    case FL_SCORECARD_STATUS_ACTIVE:
    default:
      return TRUE;
    }
}

gint64
fl_scorecard_service_save (FlScorecardService  *self,
                           FlSession           *actor,
                           FlScorecard         *scorecard,
                           GError             **error)
{
  g_autoptr(FlScorecard) stored = NULL;
  Write write = { self, actor, scorecard, NULL, fl_scorecard_get_id (scorecard), FALSE };

  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), 0);
  g_return_val_if_fail (FL_IS_SCORECARD (scorecard), 0);

  if (write.id == 0)
    return fl_scorecard_service_create (self, actor, scorecard, error);

  if (!fl_session_check (actor, FL_PERMISSION_EDIT_SCORECARDS, error) ||
      !fl_scorecard_service_validate (scorecard, error) ||
      !(stored = fl_scorecard_service_load (self, write.id, error)) ||
      !check_current (stored, error))
    return 0;
  if (same_contents (stored, scorecard))
    return write.id;

  write.stored = stored;
  if (!fl_database_transaction (self->database, apply_save, &write, error))
    return 0;
  return write.id;
}

gint64
fl_scorecard_service_duplicate (FlScorecardService  *self,
                                FlSession           *actor,
                                gint64               template_id,
                                GError             **error)
{
  g_autoptr(FlScorecard) source = NULL;
  g_autoptr(FlScorecard) copy = NULL;
  g_autofree char *name = NULL;
  Write write = { self, actor, NULL, NULL, 0, FALSE };

  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), 0);

  if (!fl_session_check (actor, FL_PERMISSION_EDIT_SCORECARDS, error) ||
      !(source = fl_scorecard_service_load (self, template_id, error)))
    return 0;

  /* A fresh template: the copy's items start without ids or history. */
  copy = fl_scorecard_new (NULL);
  fl_scorecard_set_description (copy, fl_scorecard_get_description (source));
  fl_scorecard_set_pass_mark (copy, fl_scorecard_get_pass_mark (source));
  for (guint s = 0; s < fl_scorecard_get_n_sections (source); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (source, s);
      g_autoptr(FlScorecardSection) section_copy = fl_scorecard_section_copy (section);

      fl_scorecard_append_section (copy, section_copy);
    }

  /* Translators: the name of a duplicated scorecard; %s is the original's name */
  name = g_strdup_printf (_("Copy of %s"), fl_scorecard_translate (fl_scorecard_get_name (source)));
  for (int n = 2; fl_scorecard_store_name_taken (self->database, name, 0); n++)
    {
      g_free (name);
      /* Translators: a second copy of a scorecard; %s is the original's name, %d counts copies */
      name = g_strdup_printf (_("Copy of %s (%d)"), fl_scorecard_translate (fl_scorecard_get_name (source)), n);
    }
  fl_scorecard_set_name (copy, name);

  write.scorecard = copy;
  write.stored = source;
  if (!fl_database_transaction (self->database, apply_create, &write, error))
    return 0;
  return write.id;
}

static gboolean
apply_archive (gpointer   user_data,
               GError   **error)
{
  Write *write = user_data;
  FlDatabase *database = write->self->database;
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  if (!(before = fl_audit_snapshot (database, "scorecard_templates", write->id, error)))
    return FALSE;
  statement = fl_database_prepare (database, "UPDATE scorecard_templates SET status = ? WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, write->archived ? "archived" : "active", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, write->id);
  if (!fl_database_run (database, statement, error) ||
      !(after = fl_audit_snapshot (database, "scorecard_templates", write->id, error)))
    return FALSE;
  return fl_audit_record (database, write->actor, "scorecard_templates", write->id,
                          write->archived ? "archive" : "unarchive", before, after, error);
}

gboolean
fl_scorecard_service_set_archived (FlScorecardService  *self,
                                   FlSession           *actor,
                                   gint64               template_id,
                                   gboolean             archived,
                                   GError             **error)
{
  g_autoptr(FlScorecard) stored = NULL;
  FlScorecardStatus status;
  Write write = { self, actor, NULL, NULL, template_id, archived };

  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), FALSE);

  if (!fl_session_check (actor, FL_PERMISSION_EDIT_SCORECARDS, error) ||
      !(stored = fl_scorecard_service_load (self, template_id, error)))
    return FALSE;

  status = fl_scorecard_get_status (stored);
  if (status == FL_SCORECARD_STATUS_SUPERSEDED)
    return check_current (stored, error);
  if ((status == FL_SCORECARD_STATUS_ARCHIVED) == !!archived)
    return TRUE;
  if (!archived && !check_name_free (self, stored, error))
    return FALSE;
  return fl_database_transaction (self->database, apply_archive, &write, error);
}

static gint64
count_templates (FlScorecardService *self)
{
  g_autoptr(sqlite3_stmt) statement = fl_database_prepare (self->database,
                                                           "SELECT count(*) FROM scorecard_templates", NULL);
  gboolean has_row = FALSE;

  if (statement == NULL || !fl_database_step (self->database, statement, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (statement, 0);
}

static gboolean
apply_default (gpointer   user_data,
               GError   **error)
{
  Write *write = user_data;

  /* Checked inside the transaction, so two windows starting at once create one. */
  if (count_templates (write->self) > 0)
    return TRUE;
  return apply_create (write, error);
}

gboolean
fl_scorecard_service_ensure_default (FlScorecardService  *self,
                                     FlSession           *actor,
                                     GError             **error)
{
  g_autoptr(FlScorecard) scorecard = fl_default_scorecard_new ();
  Write write = { self, actor, scorecard, NULL, 0, FALSE };

  g_return_val_if_fail (FL_IS_SCORECARD_SERVICE (self), FALSE);

  if (count_templates (self) > 0)
    return TRUE;
  if (!fl_session_check (actor, FL_PERMISSION_EDIT_SCORECARDS, error) ||
      !fl_scorecard_service_validate (scorecard, error))
    return FALSE;
  return fl_database_transaction (self->database, apply_default, &write, error);
}

static void
fl_scorecard_service_dispose (GObject *object)
{
  FlScorecardService *self = (FlScorecardService *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_scorecard_service_parent_class)->dispose (object);
}

static void
fl_scorecard_service_class_init (FlScorecardServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fl_scorecard_service_dispose;
}

static void
fl_scorecard_service_init (FlScorecardService *self)
{
}

FlScorecardService *
fl_scorecard_service_new (FlDatabase *database)
{
  FlScorecardService *self;

  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);

  self = g_object_new (FL_TYPE_SCORECARD_SERVICE, NULL);
  self->database = g_object_ref (database);
  return self;
}
