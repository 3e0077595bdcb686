/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-scorecard-section"

#include "config.h"

#include "fl-scorecard-section.h"

struct _FlScorecardSection
{
  GObject     parent_instance;

  gint64      id;
  char       *title;
  gboolean    has_weight;
  double      weight;
  GListStore *items;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_HAS_WEIGHT,
  PROP_WEIGHT,
  PROP_ITEMS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FlScorecardSection, fl_scorecard_section, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
fl_scorecard_section_dispose (GObject *object)
{
  FlScorecardSection *self = (FlScorecardSection *) object;

  g_clear_object (&self->items);

  G_OBJECT_CLASS (fl_scorecard_section_parent_class)->dispose (object);
}

static void
fl_scorecard_section_finalize (GObject *object)
{
  FlScorecardSection *self = (FlScorecardSection *) object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (fl_scorecard_section_parent_class)->finalize (object);
}

static void
fl_scorecard_section_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FlScorecardSection *self = FL_SCORECARD_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HAS_WEIGHT:
      g_value_set_boolean (value, self->has_weight);
      break;
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_scorecard_section_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FlScorecardSection *self = FL_SCORECARD_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      fl_scorecard_section_set_title (self, g_value_get_string (value));
      break;
    case PROP_HAS_WEIGHT:
      if (!g_value_get_boolean (value))
        fl_scorecard_section_unset_weight (self);
      else
        fl_scorecard_section_set_weight (self, self->weight);
      break;
    case PROP_WEIGHT:
      fl_scorecard_section_set_weight (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_scorecard_section_class_init (FlScorecardSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fl_scorecard_section_dispose;
  object_class->finalize = fl_scorecard_section_finalize;
  object_class->get_property = fl_scorecard_section_get_property;
  object_class->set_property = fl_scorecard_section_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_HAS_WEIGHT] = g_param_spec_boolean ("has-weight", NULL, NULL, FALSE, flags);
  properties[PROP_WEIGHT] = g_param_spec_double ("weight", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fl_scorecard_section_init (FlScorecardSection *self)
{
  self->items = g_list_store_new (FL_TYPE_SCORECARD_ITEM);
}

FlScorecardSection *
fl_scorecard_section_new (const char *title)
{
  return g_object_new (FL_TYPE_SCORECARD_SECTION, "title", title, NULL);
}

/* A deep copy that keeps the ids, for editing without touching the original. */
FlScorecardSection *
fl_scorecard_section_copy (FlScorecardSection *self)
{
  FlScorecardSection *copy;

  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), NULL);

  copy = g_object_new (FL_TYPE_SCORECARD_SECTION, "id", self->id, "title", self->title, NULL);
  copy->has_weight = self->has_weight;
  copy->weight = self->weight;
  for (guint i = 0; i < fl_scorecard_section_get_n_items (self); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (self, i);
      g_autoptr(FlScorecardItem) item_copy = fl_scorecard_item_copy (item);

      g_list_store_append (copy->items, item_copy);
    }
  return copy;
}

gint64
fl_scorecard_section_get_id (FlScorecardSection *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), 0);
  return self->id;
}

const char *
fl_scorecard_section_get_title (FlScorecardSection *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), NULL);
  return self->title;
}

void
fl_scorecard_section_set_title (FlScorecardSection *self,
                                const char         *title)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
fl_scorecard_section_get_has_weight (FlScorecardSection *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), FALSE);
  return self->has_weight;
}

double
fl_scorecard_section_get_weight (FlScorecardSection *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), 0);
  return self->weight;
}

void
fl_scorecard_section_set_weight (FlScorecardSection *self,
                                 double              weight)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_weight)
    {
      self->has_weight = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_WEIGHT]);
    }
  if (self->weight != weight)
    {
      self->weight = weight;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
fl_scorecard_section_unset_weight (FlScorecardSection *self)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION (self));

  if (!self->has_weight)
    return;
  self->has_weight = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_WEIGHT]);
}

GListModel *
fl_scorecard_section_get_items (FlScorecardSection *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
fl_scorecard_section_get_n_items (FlScorecardSection *self)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

/* Returns a new reference, or NULL past the end. */
FlScorecardItem *
fl_scorecard_section_get_item (FlScorecardSection *self,
                               guint               position)
{
  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), NULL);
  return g_list_model_get_item (G_LIST_MODEL (self->items), position);
}

void
fl_scorecard_section_append_item (FlScorecardSection *self,
                                  FlScorecardItem    *item)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION (self));
  g_return_if_fail (FL_IS_SCORECARD_ITEM (item));
  g_list_store_append (self->items, item);
}

void
fl_scorecard_section_insert_item (FlScorecardSection *self,
                                  guint               position,
                                  FlScorecardItem    *item)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION (self));
  g_return_if_fail (FL_IS_SCORECARD_ITEM (item));
  g_list_store_insert (self->items, MIN (position, fl_scorecard_section_get_n_items (self)), item);
}

void
fl_scorecard_section_remove_item (FlScorecardSection *self,
                                  guint               position)
{
  g_return_if_fail (FL_IS_SCORECARD_SECTION (self));
  g_return_if_fail (position < fl_scorecard_section_get_n_items (self));
  g_list_store_remove (self->items, position);
}

/* All the points the section's items can give. */
int
fl_scorecard_section_get_max_points (FlScorecardSection *self)
{
  int total = 0;

  g_return_val_if_fail (FL_IS_SCORECARD_SECTION (self), 0);

  for (guint i = 0; i < fl_scorecard_section_get_n_items (self); i++)
    {
      g_autoptr(FlScorecardItem) item = fl_scorecard_section_get_item (self, i);

      total += MAX (fl_scorecard_item_get_max_points (item), 0);
    }
  return total;
}
