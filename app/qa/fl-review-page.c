/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-calibration-dialog.h"
#include "fl-dispute-filing-dialog.h"
#include "fl-format.h"
#include "fl-recording-service.h"
#include "fl-review-page-private.h"
#include "fl-scorecard-service.h"

#define NS_PER_MS   G_GINT64_CONSTANT (1000000)
#define NS_PER_S    G_GINT64_CONSTANT (1000000000)
#define RATE_STEP   0.1

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

enum {
  CLOSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlReviewPage, fl_review_page, GTK_TYPE_WIDGET)

static char *
format_duration (gint64 milliseconds)
{
  gint64 seconds = MAX (milliseconds, 0) / 1000;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

static void
show_recording_header (FlReviewPage *self)
{
  FlRecording *recording = self->recording;
  g_autoptr(GDateTime) started = fl_recording_dup_started_at_local (recording);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *duration = format_duration (fl_recording_get_duration_ms (recording));
  const char *agent = fl_recording_get_agent_name (recording);
  const char *caller = fl_recording_get_caller (recording);
  const char *queue = fl_recording_get_queue (recording);
  const char *codec = fl_recording_get_codec (recording);

  if (agent != NULL)
    g_string_append_printf (title, "%s (%s)", agent, fl_recording_get_agent_job_number (recording));
  else if (fl_recording_get_agent_number (recording) != NULL)
    /* Translators: a recording whose agent is not in the staff list; %s is the extension */
    g_string_append_printf (title, _("Extension %s"), fl_recording_get_agent_number (recording));
  else
    g_string_append (title, _("Unknown agent"));
  if (caller != NULL)
    g_string_append_printf (title, " · %s", caller);

  if (started != NULL)
    {
      g_autofree char *when = g_date_time_format (started, "%x %X");
      g_string_append (subtitle, when);
    }
  if (queue != NULL)
    /* Translators: a call's queue in the review page's subtitle */
    g_string_append_printf (subtitle, _(" · queue %s"), queue);
  if (fl_recording_get_direction (recording) != FL_CALL_DIRECTION_UNKNOWN)
    g_string_append_printf (subtitle, " · %s", fl_call_direction_to_label (fl_recording_get_direction (recording)));
  g_string_append_printf (subtitle, " · %s", duration);
  if (codec != NULL)
    g_string_append_printf (subtitle, " · %s", fl_recording_codec_to_label (codec));

  gtk_label_set_label (self->title_label, title->str);
  gtk_label_set_label (self->subtitle_label, subtitle->str);
}

/* Saves where the reviewer stopped and how long they spent. */
static void
save_review_state (FlReviewPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 seconds;

  if (self->recording == NULL)
    return;

  if (!fl_evaluation_service_set_playback_position (self->evaluations, self->session,
                                                    fl_recording_get_id (self->recording),
                                                    fl_player_get_position (self->player) / NS_PER_MS,
                                                    &error))
    g_warning ("Could not keep the playback position: %s", error->message);
  g_clear_error (&error);

  seconds = (g_get_monotonic_time () - self->opened_at) / G_USEC_PER_SEC;
  if (self->evaluation != NULL && seconds > 0 &&
      fl_evaluation_get_state (self->evaluation) == FL_EVALUATION_STATE_DRAFT &&
      !fl_evaluation_service_add_review_time (self->evaluations, self->session, self->evaluation,
                                              (guint) seconds, &error))
    g_warning ("Could not record the review time: %s", error->message);
  self->opened_at = g_get_monotonic_time ();
}

static void
peaks_progress_cb (FlReviewPage  *self,
                   FlPeaks       *peaks,
                   double         fraction,
                   FlPeaksLoader *loader)
{
  fl_waveform_set_peaks (self->waveform, peaks);
  fl_waveform_peaks_grew (self->waveform);
  gtk_widget_set_visible (GTK_WIDGET (self->peaks_progress), TRUE);
  gtk_progress_bar_set_fraction (self->peaks_progress, fraction);
}

static gint64
default_template_id (FlReviewPage *self,
                     GError      **error)
{
  g_autoptr(FlScorecardService) scorecards = fl_scorecard_service_new (self->database);
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(FlScorecard) first = NULL;

  /* A fresh center starts with the default template from the handbook. */
  if (fl_session_can (self->session, FL_PERMISSION_EDIT_SCORECARDS) &&
      !fl_scorecard_service_ensure_default (scorecards, self->session, error))
    return 0;

  templates = fl_scorecard_service_list (scorecards, FALSE, error);
  if (templates == NULL)
    return 0;
  if (g_list_model_get_n_items (templates) == 0)
    {
      g_set_error (error, FL_EVALUATION_ERROR, FL_EVALUATION_ERROR_NOT_FOUND,
                   _("There is no scorecard template yet. Create one under Scorecard Templates."));
      return 0;
    }

  first = g_list_model_get_item (templates, 0);
  return fl_scorecard_get_id (first);
}

/* The reviewer's own evaluation of this call, started if they may score it;
 * otherwise the scorecard says why it is read-only. */
static void
load_evaluation (FlReviewPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 template_id;

  g_clear_object (&self->evaluation);

  if (!fl_session_can (self->session, FL_PERMISSION_EVALUATE))
    {
      fl_scorecard_view_set_evaluation (self->scorecard_view, NULL, NULL, NULL);
      fl_scorecard_view_set_read_only (self->scorecard_view,
                                       _("Only QA auditors, team leads and the department head score calls."));
      return;
    }

  template_id = default_template_id (self, &error);
  if (template_id != 0)
    self->evaluation = fl_evaluation_service_start (self->evaluations, self->session,
                                                    fl_recording_get_id (self->recording),
                                                    template_id, &error);
  if (self->evaluation == NULL)
    {
      fl_scorecard_view_set_evaluation (self->scorecard_view, NULL, NULL, NULL);
      fl_scorecard_view_set_read_only (self->scorecard_view, error->message);
      return;
    }

  fl_scorecard_view_set_read_only (self->scorecard_view, NULL);
  fl_scorecard_view_set_evaluation (self->scorecard_view, self->evaluations, self->session, self->evaluation);
}

static void
player_notify_cb (FlReviewPage *self,
                  GParamSpec   *pspec,
                  FlPlayer     *player)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "position"))
    fl_waveform_set_position (self->waveform, fl_player_get_position (player));
  else if (g_str_equal (name, "duration") && fl_player_get_duration (player) > 0)
    fl_waveform_set_duration (self->waveform, fl_player_get_duration (player));
}

/* Read when shown: the other reviewers may have scored the call meanwhile. */
static void
evaluation_list_show_cb (FlReviewPage     *self,
                         FlEvaluationList *list)
{
  if (self->recording != NULL)
    fl_evaluation_list_load (list, self->evaluations, self->session, self->recording);
}

static void
evaluation_list_recording_activated_cb (FlReviewPage     *self,
                                        gint64            recording_id,
                                        FlEvaluationList *list)
{
  g_autoptr(FlRecordingService) recordings = fl_recording_service_new (self->database);
  g_autoptr(FlRecording) recording = NULL;
  g_autoptr(GError) error = NULL;

  recording = fl_recording_service_get (recordings, self->session, recording_id, &error);
  if (recording == NULL)
    {
      _fl_review_page_show_error (self, _("Could Not Open the Call"), error);
      return;
    }
  fl_review_page_open (self, recording);
}

static void
dispute_filed_cb (FlReviewPage *self)
{
  fl_scorecard_view_show_message (self->scorecard_view,
                                  _("Dispute filed: the auditor who scored the call decides it."));
}

static void
evaluation_list_dispute_requested_cb (FlReviewPage     *self,
                                      gint64            evaluation_id,
                                      FlEvaluationList *list)
{
  g_autoptr(FlDisputeService) disputes = fl_dispute_service_new (self->database);
  g_autoptr(FlEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  evaluation = fl_evaluation_service_load (self->evaluations, self->session, evaluation_id, &error);
  if (evaluation == NULL)
    {
      _fl_review_page_show_error (self, _("Could Not Open the Evaluation"), error);
      return;
    }
  dialog = fl_dispute_filing_dialog_new (GTK_WIDGET (self), disputes, self->session, evaluation);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dispute_filed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
waveform_seek_cb (FlReviewPage *self,
                  gint64        position_ns,
                  FlWaveform   *waveform)
{
  fl_player_seek (self->player, position_ns);
}

static void
waveform_range_selected_cb (FlReviewPage *self,
                            gint64        start_ns,
                            gint64        end_ns,
                            FlWaveform   *waveform)
{
  _fl_review_page_ask_for_note (self, start_ns / NS_PER_MS, end_ns / NS_PER_MS);
}

static void
note_row_activated_cb (FlReviewPage  *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  gint64 note_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "note-id"));

  _fl_review_page_note_activated (self, note_id);
}

static void
scorecard_note_activated_cb (FlReviewPage    *self,
                             gint64           note_id,
                             FlScorecardView *view)
{
  _fl_review_page_note_activated (self, note_id);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlReviewPage *self = FL_REVIEW_PAGE (widget);
  gboolean back = strstr (action_name, "back") != NULL;
  gboolean long_skip = g_str_has_suffix (action_name, "-long");
  int seconds = g_settings_get_int (self->settings, long_skip ? "long-skip-seconds" : "skip-seconds");

  fl_player_skip (self->player, (back ? -seconds : seconds) * NS_PER_S);
}

static void
toggle_play_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fl_player_toggle (FL_REVIEW_PAGE (widget)->player);
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlPlayer *player = FL_REVIEW_PAGE (widget)->player;
  double step = g_str_equal (action_name, "review.faster") ? RATE_STEP : -RATE_STEP;

  fl_player_set_rate (player, CLAMP (fl_player_get_rate (player) + step, FL_PLAYER_MIN_RATE, FL_PLAYER_MAX_RATE));
}

/* "83", "1:23" or "1:02:03" → milliseconds; -1 if it is not a time. */
static gint64
parse_clock (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (g_strstrip ((char *) text), ":", -1);
  guint n_parts = g_strv_length (parts);
  double seconds = 0;

  if (n_parts == 0 || n_parts > 3)
    return -1;

  for (guint i = 0; i < n_parts; i++)
    {
      char *end = NULL;
      double value = g_ascii_strtod (parts[i], &end);

      if (end == parts[i] || *end != '\0' || value < 0 || (i > 0 && value >= 60))
        return -1;
      seconds = seconds * 60 + value;
    }
  return (gint64) (seconds * 1000);
}

static void
go_to_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   FlReviewPage     *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 milliseconds;

  if (!g_str_equal (response, "go"))
    return;

  milliseconds = parse_clock (gtk_editable_get_text (entry));
  if (milliseconds < 0)
    {
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                             /* Translators: %s is what was typed */
                                             _("“%s” is not a time. Type minutes and seconds, like 1:23, or seconds, like 83."),
                                             gtk_editable_get_text (entry));
      _fl_review_page_show_error (self, _("Could Not Go There"), error);
      return;
    }
  fl_player_seek (self->player, milliseconds * NS_PER_MS);
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FlReviewPage *self = FL_REVIEW_PAGE (widget);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  if (self->recording == NULL)
    return;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "1:23");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time"), -1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Go to a Time"),
                                                       _("Minutes and seconds, like 1:23")));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "go", _("_Go"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "go", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "go");
  g_signal_connect_object (dialog, "response", G_CALLBACK (go_to_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FlReviewPage *self = FL_REVIEW_PAGE (widget);

  if (self->recording != NULL)
    _fl_review_page_ask_for_note (self, fl_player_get_position (self->player) / NS_PER_MS, -1);
}

static void
export_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _fl_review_page_export_notes (FL_REVIEW_PAGE (widget));
}

/* A new calibration session may make the call the reviewer's to score
 * blind: their evaluation is the session's from now on. */
static void
calibration_saved_cb (FlReviewPage *self)
{
  load_evaluation (self);
  _fl_review_page_reload_notes (self);
}

static void
calibrate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FlReviewPage *self = FL_REVIEW_PAGE (widget);
  GtkWidget *dialog;

  if (self->recording == NULL || self->evaluation == NULL)
    return;
  dialog = fl_calibration_dialog_new (widget, self->database, self->session, self->recording,
                                      fl_evaluation_get_template_id (self->evaluation));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (calibration_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FlReviewPage *self = FL_REVIEW_PAGE (widget);

  fl_review_page_close (self);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
cache_size_changed_cb (FlReviewPage *self,
                       const char   *key,
                       GSettings    *settings)
{
  fl_remote_cache_set_max_bytes (self->cache,
                                 (guint64) g_settings_get_int (settings, "recording-cache-mib") * 1024 * 1024);
}

static void
skip_settings_changed_cb (FlReviewPage *self,
                          const char   *key,
                          GSettings    *settings)
{
  fl_player_bar_set_skip_seconds (self->player_bar,
                                  g_settings_get_int (settings, "skip-seconds"),
                                  g_settings_get_int (settings, "long-skip-seconds"));
  g_object_set (self->player, "rewind-on-pause",
                g_settings_get_int (settings, "rewind-on-pause-ms") * NS_PER_MS, NULL);
}

static void
mpris_raise_cb (FlReviewPage *self,
                FlMpris      *mpris)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_present (GTK_WINDOW (root));
}

/* Media keys control the call that is open. */
static void
publish_to_media_keys (FlReviewPage *self)
{
  GApplication *application = g_application_get_default ();
  GDBusConnection *connection = application ? g_application_get_dbus_connection (application) : NULL;

  if (self->mpris == NULL && connection != NULL)
    {
      self->mpris = fl_mpris_new (connection, "floorlead", "Floorlead", APPLICATION_ID);
      g_signal_connect_object (self->mpris, "raise", G_CALLBACK (mpris_raise_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->mpris != NULL)
    fl_mpris_set_player (self->mpris, self->player, gtk_label_get_label (self->title_label));
}

static void
fl_review_page_constructed (GObject *object)
{
  FlReviewPage *self = FL_REVIEW_PAGE (object);

  G_OBJECT_CLASS (fl_review_page_parent_class)->constructed (object);

  self->evaluations = fl_evaluation_service_new (self->database);
  gtk_widget_set_visible (self->calibrate_button, fl_session_can (self->session, FL_PERMISSION_RUN_CALIBRATION));
}

static void
fl_review_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FlReviewPage *self = FL_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_review_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FlReviewPage *self = FL_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_review_page_dispose (GObject *object)
{
  FlReviewPage *self = FL_REVIEW_PAGE (object);

  fl_review_page_close (self);
  g_cancellable_cancel (self->peaks_cancellable);
  g_clear_object (&self->peaks_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_REVIEW_PAGE);
  g_clear_object (&self->mpris);
  g_clear_object (&self->player);
  g_clear_object (&self->peaks_loader);
  g_clear_object (&self->evaluations);
  g_clear_object (&self->settings);
  g_clear_object (&self->cache);
  g_clear_object (&self->download_cancellable);
  g_clear_pointer (&self->audio_path, g_free);
  g_clear_pointer (&self->audio_second_path, g_free);
  g_clear_object (&self->database);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_review_page_parent_class)->dispose (object);
}

static void
fl_review_page_class_init (FlReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_review_page_constructed;
  object_class->dispose = fl_review_page_dispose;
  object_class->get_property = fl_review_page_get_property;
  object_class->set_property = fl_review_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The reviewer went back to the library. */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (FL_TYPE_PLAYER_BAR);
  g_type_ensure (FL_TYPE_WAVEFORM);
  g_type_ensure (FL_TYPE_SCORECARD_VIEW);
  g_type_ensure (FL_TYPE_EVALUATION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/qa/fl-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, box);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, evaluation_list);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, calibrate_button);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, paned);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, player_bar);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, waveform);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, peaks_progress);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, notes_list);
  gtk_widget_class_bind_template_child (widget_class, FlReviewPage, scorecard_view);
  gtk_widget_class_bind_template_callback (widget_class, evaluation_list_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, evaluation_list_recording_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, evaluation_list_dispute_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, waveform_seek_cb);
  gtk_widget_class_bind_template_callback (widget_class, waveform_range_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "review.toggle-play", NULL, toggle_play_action);
  gtk_widget_class_install_action (widget_class, "review.skip-back", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "review.skip-forward", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "review.skip-back-long", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "review.skip-forward-long", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "review.slower", NULL, rate_action);
  gtk_widget_class_install_action (widget_class, "review.faster", NULL, rate_action);
  gtk_widget_class_install_action (widget_class, "review.go-to", NULL, go_to_action);
  gtk_widget_class_install_action (widget_class, "review.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "review.export-notes", NULL, export_notes_action);
  gtk_widget_class_install_action (widget_class, "review.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "review.calibrate", NULL, calibrate_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fl_review_page_init (FlReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->player = fl_player_new ();
  self->peaks_loader = fl_peaks_loader_new ();
  self->settings = g_settings_new (APPLICATION_ID);

  fl_player_bar_set_player (self->player_bar, self->player);
  g_signal_connect_object (self->player, "notify", G_CALLBACK (player_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->peaks_loader, "progress", G_CALLBACK (peaks_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scorecard_view, "note-activated",
                           G_CALLBACK (scorecard_note_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (skip_settings_changed_cb), self, G_CONNECT_SWAPPED);
  skip_settings_changed_cb (self, NULL, self->settings);
  self->cache = fl_remote_cache_new (NULL, FL_REMOTE_CACHE_DEFAULT_BYTES);
  g_signal_connect_object (self->settings, "changed::recording-cache-mib", G_CALLBACK (cache_size_changed_cb), self,
                           G_CONNECT_SWAPPED);
  cache_size_changed_cb (self, NULL, self->settings);
}

GtkWidget *
fl_review_page_new (FlDatabase *database,
                    FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_REVIEW_PAGE,
                       "database", database,
                       "session", session,
                       NULL);
}

/* Opens @recording where this reviewer stopped last time, draws its
 * waveform as it decodes, and starts or resumes their evaluation. */
void
fl_review_page_open (FlReviewPage *self,
                     FlRecording  *recording)
{
  g_return_if_fail (FL_IS_REVIEW_PAGE (self));
  g_return_if_fail (FL_IS_RECORDING (recording));

  fl_review_page_close (self);
  self->recording = g_object_ref (recording);
  self->opened_at = g_get_monotonic_time ();

  show_recording_header (self);
  fl_player_bar_show_message (self->player_bar, NULL, FALSE);
  fl_waveform_set_duration (self->waveform, fl_recording_get_duration_ms (recording) * NS_PER_MS);
  fl_waveform_set_position (self->waveform, 0);
  fl_waveform_set_zoom (self->waveform, 0);

  publish_to_media_keys (self);
  _fl_review_page_open_audio (self);
  load_evaluation (self);
  _fl_review_page_reload_notes (self);
}

/* Stops playback and keeps the reviewer's place. */
void
fl_review_page_close (FlReviewPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FL_IS_REVIEW_PAGE (self));

  if (self->recording == NULL)
    return;

  fl_player_pause (self->player);
  /* Typing still waiting for the autosave is written now. */
  if (!fl_scorecard_view_save_now (self->scorecard_view, &error))
    g_warning ("Could not save the evaluation: %s", error->message);
  save_review_state (self);
  fl_peaks_loader_cancel (self->peaks_loader);
  g_cancellable_cancel (self->download_cancellable);
  fl_player_close (self->player);
  g_clear_pointer (&self->audio_path, g_free);
  g_clear_pointer (&self->audio_second_path, g_free);

  g_clear_object (&self->recording);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->notes);
}
