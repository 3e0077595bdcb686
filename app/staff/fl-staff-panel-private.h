/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-account-service.h"
#include "fl-staff-panel.h"
#include "fl-staff-service.h"

G_BEGIN_DECLS

/* Shared by fl-staff-panel.c (the lists) and fl-staff-panel-actions.c (what
 * the toolbars, shortcuts and dialogs do to them). */
struct _FlStaffPanel
{
  AdwBin              parent_instance;

  FlDatabase         *database;
  FlSession          *session;
  FlStaffService     *service;
  FlAccountService   *accounts;

  AdwToastOverlay    *toast_overlay;
  AdwViewStack       *view_stack;
  AdwViewStackPage   *accounts_page;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *show_departed_check;
  GtkWidget          *deactivate_button;
  GtkWidget          *reactivate_button;
  GtkStack           *people_stack;
  AdwStatusPage      *people_status;
  GtkSingleSelection *people_selection;
  GtkSortListModel   *people_sorted;
  GtkSingleSelection *teams_selection;
  GtkSortListModel   *teams_sorted;
  GtkSingleSelection *departments_selection;
  GtkSortListModel   *departments_sorted;
  GtkSingleSelection *accounts_selection;
  GtkSortListModel   *accounts_sorted;
};

void _fl_staff_panel_show_toast         (FlStaffPanel       *self,
                                         AdwToast           *toast);
void _fl_staff_panel_show_error         (FlStaffPanel       *self,
                                         const GError       *error);
void _fl_staff_panel_reload_all         (FlStaffPanel       *self);
void _fl_staff_panel_reload_and_select  (FlStaffPanel       *self,
                                         GtkSingleSelection *selection,
                                         gint64              id);

void _fl_staff_panel_class_actions_init (GtkWidgetClass     *widget_class);
void _fl_staff_panel_apply_permissions  (FlStaffPanel       *self);
void _fl_staff_panel_open_editor        (FlStaffPanel       *self,
                                         GType               type,
                                         gpointer            item);

G_END_DECLS
