/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fl-supply-line.h"

struct _FlSupplyLine
{
  GObject            parent_instance;

  FlSupplyLineFields fields;
};

G_DEFINE_FINAL_TYPE (FlSupplyLine, fl_supply_line, G_TYPE_OBJECT)

static void
fl_supply_line_finalize (GObject *object)
{
  FlSupplyLine *self = FL_SUPPLY_LINE (object);

  g_free (self->fields.item_name);
  g_free (self->fields.unit);
  g_free (self->fields.reason);
  g_free (self->fields.comment);
  g_free (self->fields.receiver_name);
  g_free (self->fields.filed_by);
  g_free (self->fields.filed_at);
  g_free (self->fields.note);

  G_OBJECT_CLASS (fl_supply_line_parent_class)->finalize (object);
}

static void
fl_supply_line_class_init (FlSupplyLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_supply_line_finalize;
}

static void
fl_supply_line_init (FlSupplyLine *self)
{
}

FlSupplyLine *
fl_supply_line_new (const FlSupplyLineFields *fields)
{
  FlSupplyLine *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_SUPPLY_LINE, NULL);
  self->fields = *fields;
  self->fields.item_name = g_strdup (fields->item_name);
  self->fields.unit = g_strdup (fields->unit ? fields->unit : "");
  self->fields.reason = g_strdup (fields->reason ? fields->reason : "");
  self->fields.comment = g_strdup (fields->comment ? fields->comment : "");
  self->fields.receiver_name = g_strdup (fields->receiver_name);
  self->fields.filed_by = g_strdup (fields->filed_by);
  self->fields.filed_at = g_strdup (fields->filed_at);
  self->fields.note = g_strdup (fields->note ? fields->note : "");
  return self;
}

const FlSupplyLineFields *
fl_supply_line_get_fields (FlSupplyLine *self)
{
  g_return_val_if_fail (FL_IS_SUPPLY_LINE (self), NULL);

  return &self->fields;
}
