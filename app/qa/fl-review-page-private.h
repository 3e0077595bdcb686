/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fl-evaluation-list.h"
#include "fl-evaluation-service.h"
#include "fl-mpris.h"
#include "fl-peaks-loader.h"
#include "fl-player-bar.h"
#include "fl-player.h"
#include "fl-remote-cache.h"
#include "fl-review-page.h"
#include "fl-scorecard-view.h"
#include "fl-waveform.h"

G_BEGIN_DECLS

struct _FlReviewPage
{
  GtkWidget            parent_instance;

  FlDatabase          *database;
  FlSession           *session;
  GSettings           *settings;
  FlEvaluationService *evaluations;
  FlPlayer            *player;
  FlMpris             *mpris;
  FlPeaksLoader       *peaks_loader;
  GCancellable        *peaks_cancellable;
  FlRemoteCache       *cache;            /* copies of recordings from servers */
  GCancellable        *download_cancellable;
  char                *audio_path;       /* what plays: the file, or the server's recording's copy */
  char                *audio_second_path;

  FlRecording         *recording;
  FlEvaluation        *evaluation;
  GListModel          *notes;
  gint64               opened_at;        /* monotonic µs, for the time spent reviewing */

  /* Template widgets */
  GtkWidget           *box;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  FlEvaluationList    *evaluation_list;
  GtkWidget           *calibrate_button;
  GtkPaned            *paned;
  FlPlayerBar         *player_bar;
  FlWaveform          *waveform;
  GtkProgressBar      *peaks_progress;
  GtkListBox          *notes_list;
  FlScorecardView     *scorecard_view;
};

/* fl-review-page-audio.c */
void _fl_review_page_open_audio        (FlReviewPage *self);

/* fl-review-page-notes.c */
void _fl_review_page_reload_notes      (FlReviewPage *self);
void _fl_review_page_ask_for_note      (FlReviewPage *self,
                                        gint64        start_ms,
                                        gint64        end_ms);
void _fl_review_page_export_notes      (FlReviewPage *self);
void _fl_review_page_note_activated    (FlReviewPage *self,
                                        gint64        note_id);
void _fl_review_page_show_error        (FlReviewPage *self,
                                        const char   *heading,
                                        const GError *error);

G_END_DECLS
