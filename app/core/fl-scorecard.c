/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-scorecard.h"

struct _FlScorecard
{
  GObject            parent_instance;

  gint64             id;
  gint64             family_id;
  int                version;
  FlScorecardStatus  status;
  char              *created_at;
  char              *name;
  char              *description;
  double             pass_mark;
  GListStore        *sections;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_FAMILY_ID,
  PROP_VERSION,
  PROP_STATUS,
  PROP_CREATED_AT,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_PASS_MARK,
  PROP_SECTIONS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlScorecard, fl_scorecard, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (FlScorecardStatus, fl_scorecard_status,
                    G_DEFINE_ENUM_VALUE (FL_SCORECARD_STATUS_ACTIVE, "active"),
                    G_DEFINE_ENUM_VALUE (FL_SCORECARD_STATUS_SUPERSEDED, "superseded"),
                    G_DEFINE_ENUM_VALUE (FL_SCORECARD_STATUS_ARCHIVED, "archived"))

static GParamSpec *properties[N_PROPS];

static void
set_string (FlScorecard  *self,
            char        **field,
            const char   *value,
            int           prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
add_text (JsonBuilder *builder,
          const char  *name,
          const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_item_json (JsonBuilder     *builder,
               FlScorecardItem *item)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, fl_scorecard_item_get_id (item));
  add_text (builder, "text", fl_scorecard_item_get_text (item));
  add_text (builder, "guidance", fl_scorecard_item_get_guidance (item));
  json_builder_set_member_name (builder, "max_points");
  json_builder_add_int_value (builder, fl_scorecard_item_get_max_points (item));
  add_text (builder, "answer_type", fl_answer_type_to_code (fl_scorecard_item_get_answer_type (item)));
  add_text (builder, "criticality", fl_criticality_to_code (fl_scorecard_item_get_criticality (item)));
  json_builder_set_member_name (builder, "allow_na");
  json_builder_add_boolean_value (builder, fl_scorecard_item_get_allow_na (item));
  json_builder_end_object (builder);
}

static void
add_section_json (JsonBuilder        *builder,
                  FlScorecardSection *section)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, fl_scorecard_section_get_id (section));
  add_text (builder, "title", fl_scorecard_section_get_title (section));
  json_builder_set_member_name (builder, "weight");
  if (fl_scorecard_section_get_has_weight (section))
    json_builder_add_double_value (builder, fl_scorecard_section_get_weight (section));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < fl_scorecard_section_get_n_items (section); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (section, i);

      add_item_json (builder, item);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
fl_scorecard_dispose (GObject *object)
{
  FlScorecard *self = (FlScorecard *) object;

  g_clear_object (&self->sections);

  G_OBJECT_CLASS (fl_scorecard_parent_class)->dispose (object);
}

static void
fl_scorecard_finalize (GObject *object)
{
  FlScorecard *self = (FlScorecard *) object;

  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (fl_scorecard_parent_class)->finalize (object);
}

static void
fl_scorecard_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FlScorecard *self = FL_SCORECARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_FAMILY_ID:
      g_value_set_int64 (value, self->family_id);
      break;
    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_PASS_MARK:
      g_value_set_double (value, self->pass_mark);
      break;
    case PROP_SECTIONS:
      g_value_set_object (value, self->sections);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_scorecard_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FlScorecard *self = FL_SCORECARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_FAMILY_ID:
      self->family_id = g_value_get_int64 (value);
      break;
    case PROP_VERSION:
      self->version = g_value_get_int (value);
      break;
    case PROP_STATUS:
      self->status = g_value_get_enum (value);
      break;
    case PROP_CREATED_AT:
      self->created_at = g_value_dup_string (value);
      break;
    case PROP_NAME:
      fl_scorecard_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      fl_scorecard_set_description (self, g_value_get_string (value));
      break;
    case PROP_PASS_MARK:
      fl_scorecard_set_pass_mark (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_scorecard_class_init (FlScorecardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags loaded = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fl_scorecard_dispose;
  object_class->finalize = fl_scorecard_finalize;
  object_class->get_property = fl_scorecard_get_property;
  object_class->set_property = fl_scorecard_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, loaded);
  properties[PROP_FAMILY_ID] = g_param_spec_int64 ("family-id", NULL, NULL, 0, G_MAXINT64, 0, loaded);
  properties[PROP_VERSION] = g_param_spec_int ("version", NULL, NULL, 0, G_MAXINT, 1, loaded);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, FL_TYPE_SCORECARD_STATUS, FL_SCORECARD_STATUS_ACTIVE, loaded);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, loaded);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_PASS_MARK] =
    g_param_spec_double ("pass-mark", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                         FL_SCORE_DEFAULT_PASS_MARK, flags);
  properties[PROP_SECTIONS] =
    g_param_spec_object ("sections", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_scorecard_init (FlScorecard *self)
{
  self->version = 1;
  self->pass_mark = FL_SCORE_DEFAULT_PASS_MARK;
  self->sections = g_list_store_new (FL_TYPE_SCORECARD_SECTION);
}

FlScorecard *
fl_scorecard_new (const char *name)
{
  return g_object_new (FL_TYPE_SCORECARD, "name", name, NULL);
}

/* A deep copy that keeps the ids: an editor changes the copy and hands it to
 * fl_scorecard_service_save(); cancelling leaves the original as it was. */
FlScorecard *
fl_scorecard_copy (FlScorecard *self)
{
  FlScorecard *copy;

  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);

  copy = g_object_new (FL_TYPE_SCORECARD,
                       "id", self->id,
                       "family-id", self->family_id,
                       "version", self->version,
                       "status", self->status,
                       "created-at", self->created_at,
                       "name", self->name,
                       "description", self->description,
                       "pass-mark", self->pass_mark,
                       NULL);
  for (guint s = 0; s < fl_scorecard_get_n_sections (self); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self, s);
      g_autoptr(FlScorecardSection) section_copy = fl_scorecard_section_copy (section);

      g_list_store_append (copy->sections, section_copy);
    }
  return copy;
}

gint64
fl_scorecard_get_id (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), 0);
  return self->id;
}

gint64
fl_scorecard_get_family_id (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), 0);
  return self->family_id;
}

int
fl_scorecard_get_version (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), 0);
  return self->version;
}

FlScorecardStatus
fl_scorecard_get_status (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), FL_SCORECARD_STATUS_ACTIVE);
  return self->status;
}

const char *
fl_scorecard_get_created_at (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);
  return self->created_at;
}

const char *
fl_scorecard_get_name (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);
  return self->name;
}

void
fl_scorecard_set_name (FlScorecard *self,
                       const char  *name)
{
  g_return_if_fail (FL_IS_SCORECARD (self));
  set_string (self, &self->name, name, PROP_NAME);
}

const char *
fl_scorecard_get_description (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);
  return self->description;
}

void
fl_scorecard_set_description (FlScorecard *self,
                              const char  *description)
{
  g_return_if_fail (FL_IS_SCORECARD (self));
  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

double
fl_scorecard_get_pass_mark (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), FL_SCORE_DEFAULT_PASS_MARK);
  return self->pass_mark;
}

void
fl_scorecard_set_pass_mark (FlScorecard *self,
                            double       pass_mark)
{
  g_return_if_fail (FL_IS_SCORECARD (self));
  if (self->pass_mark == pass_mark)
    return;
  self->pass_mark = pass_mark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PASS_MARK]);
}

GListModel *
fl_scorecard_get_sections (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);
  return G_LIST_MODEL (self->sections);
}

guint
fl_scorecard_get_n_sections (FlScorecard *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sections));
}

/* Returns a new reference, or NULL past the end. */
FlScorecardSection *
fl_scorecard_get_section (FlScorecard *self,
                          guint        position)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);
  return g_list_model_get_item (G_LIST_MODEL (self->sections), position);
}

void
fl_scorecard_append_section (FlScorecard        *self,
                             FlScorecardSection *section)
{
  g_return_if_fail (FL_IS_SCORECARD (self));
  g_return_if_fail (FL_IS_SCORECARD_SECTION (section));
  g_list_store_append (self->sections, section);
}

void
fl_scorecard_insert_section (FlScorecard        *self,
                             guint               position,
                             FlScorecardSection *section)
{
  g_return_if_fail (FL_IS_SCORECARD (self));
  g_return_if_fail (FL_IS_SCORECARD_SECTION (section));
  g_list_store_insert (self->sections, MIN (position, fl_scorecard_get_n_sections (self)), section);
}

void
fl_scorecard_remove_section (FlScorecard *self,
                             guint        position)
{
  g_return_if_fail (FL_IS_SCORECARD (self));
  g_return_if_fail (position < fl_scorecard_get_n_sections (self));
  g_list_store_remove (self->sections, position);
}

guint
fl_scorecard_get_n_items (FlScorecard *self)
{
  guint count = 0;

  g_return_val_if_fail (FL_IS_SCORECARD (self), 0);

  for (guint s = 0; s < fl_scorecard_get_n_sections (self); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self, s);

      count += fl_scorecard_section_get_n_items (section);
    }
  return count;
}

/* Returns a new reference, or NULL past the last item. */
FlScorecardItem *
fl_scorecard_get_nth_item (FlScorecard *self,
                           guint        index)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);

  for (guint s = 0; s < fl_scorecard_get_n_sections (self); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self, s);
      guint n_items = fl_scorecard_section_get_n_items (section);

      if (index < n_items)
        return fl_scorecard_section_get_item (section, index);
      index -= n_items;
    }
  return NULL;
}

/* Returns a new reference, or NULL when no item has that id. */
FlScorecardItem *
fl_scorecard_find_item (FlScorecard *self,
                        gint64       item_id)
{
  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);

  for (guint i = 0; i < fl_scorecard_get_n_items (self); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_get_nth_item (self, i);

      if (item_id > 0 && fl_scorecard_item_get_id (item) == item_id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

int
fl_scorecard_get_max_points (FlScorecard *self)
{
  int total = 0;

  g_return_val_if_fail (FL_IS_SCORECARD (self), 0);

  for (guint s = 0; s < fl_scorecard_get_n_sections (self); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self, s);

      total += fl_scorecard_section_get_max_points (section);
    }
  return total;
}

FlScoreResult *
fl_scorecard_score (FlScorecard *self,
                    GHashTable  *answers)
{
  guint n_sections, n_items, index = 0;
  g_autofree FlScoreSectionSpec *section_specs = NULL;
  g_autofree FlScoreItemSpec *item_specs = NULL;
  g_autofree FlScoreAnswer *item_answers = NULL;

  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);

  n_sections = fl_scorecard_get_n_sections (self);
  n_items = fl_scorecard_get_n_items (self);
  section_specs = g_new0 (FlScoreSectionSpec, MAX (n_sections, 1));
  item_specs = g_new0 (FlScoreItemSpec, MAX (n_items, 1));
  item_answers = g_new0 (FlScoreAnswer, MAX (n_items, 1));

  for (guint s = 0; s < n_sections; s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self, s);

      section_specs[s].has_weight = fl_scorecard_section_get_has_weight (section);
      section_specs[s].weight = fl_scorecard_section_get_weight (section);

      for (guint i = 0; i < fl_scorecard_section_get_n_items (section); i++, index++)
        {
          g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (section, i);
          gint64 item_id = fl_scorecard_item_get_id (item);
          const FlScoreAnswer *answer = answers ? g_hash_table_lookup (answers, &item_id) : NULL;

          item_specs[index] = (FlScoreItemSpec) {
            s,
            fl_scorecard_item_get_max_points (item),
            fl_scorecard_item_get_answer_type (item),
            fl_scorecard_item_get_criticality (item),
            fl_scorecard_item_get_allow_na (item),
          };
          if (answer != NULL)
            item_answers[index] = *answer;
        }
    }

  return fl_score_compute (section_specs, n_sections, item_specs, n_items, item_answers, self->pass_mark);
}

/* The whole template as it stands, for the audit log. */
JsonNode *
fl_scorecard_to_json (FlScorecard *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (FL_IS_SCORECARD (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, self->id);
  json_builder_set_member_name (builder, "family_id");
  json_builder_add_int_value (builder, self->family_id);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, self->version);
  add_text (builder, "status", fl_scorecard_status_to_code (self->status));
  add_text (builder, "name", self->name);
  add_text (builder, "description", self->description);
  json_builder_set_member_name (builder, "pass_mark");
  json_builder_add_double_value (builder, self->pass_mark);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint s = 0; s < fl_scorecard_get_n_sections (self); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_get_section (self, s);

      add_section_json (builder, section);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Texts are stored as written. The default template's are English msgids,
 * so under zh_CN an unedited default scorecard reads in Chinese; a text an
 * auditor typed has no translation and shows as typed. */
const char *
fl_scorecard_translate (const char *text)
{
  if (text == NULL || *text == '\0')
    return text;
  return g_dgettext (GETTEXT_PACKAGE, text);
}

const char *
fl_scorecard_status_to_code (FlScorecardStatus status)
{
  switch (status)
    {
    case FL_SCORECARD_STATUS_SUPERSEDED:
      return "superseded";
    case FL_SCORECARD_STATUS_ARCHIVED:
      return "archived";
    case FL_SCORECARD_STATUS_ACTIVE:
    default:
      return "active";
    }
}

FlScorecardStatus
fl_scorecard_status_from_code (const char *code)
{
  if (g_strcmp0 (code, "superseded") == 0)
    return FL_SCORECARD_STATUS_SUPERSEDED;
  if (g_strcmp0 (code, "archived") == 0)
    return FL_SCORECARD_STATUS_ARCHIVED;
  return FL_SCORECARD_STATUS_ACTIVE;
}
