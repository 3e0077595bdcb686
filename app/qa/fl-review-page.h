/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fl-database.h"
#include "fl-recording.h"
#include "fl-session.h"

G_BEGIN_DECLS

#define FL_TYPE_REVIEW_PAGE (fl_review_page_get_type ())
G_DECLARE_FINAL_TYPE (FlReviewPage, fl_review_page, FL, REVIEW_PAGE, GtkWidget)

/* One recorded call: the player and its waveform, the notes pinned to the
 * call, and the scorecard beside them. */
GtkWidget *fl_review_page_new   (FlDatabase   *database,
                                 FlSession    *session);
void       fl_review_page_open  (FlReviewPage *self,
                                 FlRecording  *recording);
void       fl_review_page_close (FlReviewPage *self);

G_END_DECLS
