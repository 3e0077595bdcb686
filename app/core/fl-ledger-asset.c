/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-ledger-asset.h"

struct _FlLedgerAsset
{
  GObject             parent_instance;

  FlLedgerAssetFields fields;
};

G_DEFINE_FINAL_TYPE (FlLedgerAsset, fl_ledger_asset, G_TYPE_OBJECT)

static void
fl_ledger_asset_finalize (GObject *object)
{
  FlLedgerAsset *self = FL_LEDGER_ASSET (object);

  g_free (self->fields.tag);
  g_free (self->fields.serial_number);
  g_free (self->fields.model);
  g_free (self->fields.location);
  g_free (self->fields.holder_name);

  G_OBJECT_CLASS (fl_ledger_asset_parent_class)->finalize (object);
}

static void
fl_ledger_asset_class_init (FlLedgerAssetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_ledger_asset_finalize;
}

static void
fl_ledger_asset_init (FlLedgerAsset *self)
{
}

FlLedgerAsset *
fl_ledger_asset_new (const FlLedgerAssetFields *fields)
{
  FlLedgerAsset *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (FL_TYPE_LEDGER_ASSET, NULL);
  self->fields = *fields;
  self->fields.tag = g_strdup (fields->tag);
  self->fields.serial_number = g_strdup (fields->serial_number ? fields->serial_number : "");
  self->fields.model = g_strdup (fields->model ? fields->model : "");
  self->fields.location = g_strdup (fields->location);
  self->fields.holder_name = g_strdup (fields->holder_name);
  return self;
}

const FlLedgerAssetFields *
fl_ledger_asset_get_fields (FlLedgerAsset *self)
{
  g_return_val_if_fail (FL_IS_LEDGER_ASSET (self), NULL);

  return &self->fields;
}

const char *
fl_asset_status_describe (FlAssetStatus status)
{
  switch (status)
    {
    case FL_ASSET_AVAILABLE:
      return C_("asset status", "In the store");
    case FL_ASSET_ISSUED:
      return C_("asset status", "Issued");
    case FL_ASSET_ON_LOAN:
      return C_("asset status", "On loan");
    case FL_ASSET_IN_REPAIR:
      return C_("asset status", "In repair");
    case FL_ASSET_RETIRED:
    default:
      return C_("asset status", "Written off");
    }
}

char *
fl_ledger_asset_describe_details (FlLedgerAsset *self)
{
  const FlLedgerAssetFields *fields;
  /* Translators: an asset's serial number */
  g_autofree char *serial = NULL;
  const char *parts[4] = { NULL };
  guint n_parts = 0;

  g_return_val_if_fail (FL_IS_LEDGER_ASSET (self), NULL);

  fields = &self->fields;
  if (*fields->model != '\0')
    parts[n_parts++] = fields->model;
  if (*fields->serial_number != '\0')
    parts[n_parts++] = serial = g_strdup_printf (_("S/N %s"), fields->serial_number);
  if (fields->location != NULL)
    parts[n_parts++] = fields->location;
  return g_strjoinv (" · ", (char **) parts);
}
