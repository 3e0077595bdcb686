/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-form-dialog.h"
#include "fl-roster-service.h"
#include "fl-swap-service.h"

G_BEGIN_DECLS

#define FL_TYPE_SWAP_DIALOG (fl_swap_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FlSwapDialog, fl_swap_dialog, FL, SWAP_DIALOG, FlFormDialog)

/* A lead asks for a swap (换班) of @agent's shift on @day with another
 * agent's, on a published roster; the handbook's checks answer in the
 * dialog. */
GtkWidget *fl_swap_dialog_new (GtkWidget     *parent,
                               FlSwapService *service,
                               FlSession     *actor,
                               FlRoster      *roster,
                               guint          agent,
                               guint          day);

G_END_DECLS
