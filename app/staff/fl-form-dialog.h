/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FL_TYPE_FORM_DIALOG (fl_form_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (FlFormDialog, fl_form_dialog, FL, FORM_DIALOG, AdwWindow)

/**
 * FlFormDialogClass:
 * @save: hands the fields to the core; returns the id of the row added or
 *   changed, or sets @error, which the dialog then shows while it stays open
 */
struct _FlFormDialogClass
{
  AdwWindowClass parent_class;

  gint64 (*save) (FlFormDialog  *self,
                  GError       **error);
};

void       fl_form_dialog_show_error      (FlFormDialog *self,
                                           const GError *error);
GtkWidget *fl_form_dialog_get_first_field (FlFormDialog *self);
void       fl_form_dialog_set_first_field (FlFormDialog *self,
                                           GtkWidget    *first_field);

G_END_DECLS
