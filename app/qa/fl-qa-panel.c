/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-qa-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-qa-panel.h"
#include "fl-recording-library.h"
#include "fl-recording-service.h"
#include "fl-review-page.h"
#include "fl-sampling-service.h"
#include "fl-scorecard-editor.h"

struct _FlQaPanel
{
  AdwBin              parent_instance;

  FlDatabase         *database;
  FlSession          *session;
  FlRecordingLibrary *library;
  FlReviewPage       *review_page;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
};

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FlQaPanel, fl_qa_panel, ADW_TYPE_BIN)

static void
recording_activated_cb (FlQaPanel          *self,
                        FlRecording        *recording,
                        FlRecordingLibrary *library)
{
  fl_review_page_open (self->review_page, recording);
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->review_page));
}

static void
review_closed_cb (FlQaPanel    *self,
                  FlReviewPage *page)
{
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->library));
  fl_recording_library_refresh (self->library);
}

/**
 * fl_qa_panel_open_recording:
 * @recording_id: a recording in the library
 *
 * Opens the call for review; a toast says why when it cannot be opened.
 */
void
fl_qa_panel_open_recording (FlQaPanel *self,
                            gint64     recording_id)
{
  g_autoptr(FlRecordingService) recordings = NULL;
  g_autoptr(FlRecording) recording = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FL_IS_QA_PANEL (self));

  recordings = fl_recording_service_new (self->database);
  recording = fl_recording_service_get (recordings, self->session, recording_id, &error);
  if (recording != NULL)
    recording_activated_cb (self, recording, self->library);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* The oldest call of the month's sample that is the actor's to score. */
static void
next_assigned_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FlQaPanel *self = FL_QA_PANEL (widget);
  g_autoptr(FlSamplingService) sampling = fl_sampling_service_new (self->database);
  g_autoptr(GError) error = NULL;
  gint64 id = fl_sampling_service_next_assignment (sampling, self->session, &error);

  if (id > 0)
    {
      fl_qa_panel_open_recording (self, id);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (error != NULL ? error->message
                                                            : _("No call of the month’s sample is waiting for "
                                                                "you.")));
}

static void
edit_templates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FlQaPanel *self = FL_QA_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *editor;

  editor = fl_scorecard_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->database, self->session);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
fl_qa_panel_constructed (GObject *object)
{
  FlQaPanel *self = FL_QA_PANEL (object);

  G_OBJECT_CLASS (fl_qa_panel_parent_class)->constructed (object);

  self->library = FL_RECORDING_LIBRARY (fl_recording_library_new (self->database, self->session));
  self->review_page = FL_REVIEW_PAGE (fl_review_page_new (self->database, self->session));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->library), "library");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->review_page), "review");

  g_signal_connect_object (self->library, "recording-activated",
                           G_CALLBACK (recording_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->review_page, "closed",
                           G_CALLBACK (review_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "qa.next-assigned",
                                 fl_session_can (self->session, FL_PERMISSION_EVALUATE));
}

static void
fl_qa_panel_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FlQaPanel *self = FL_QA_PANEL (object);

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
fl_qa_panel_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FlQaPanel *self = FL_QA_PANEL (object);

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
fl_qa_panel_dispose (GObject *object)
{
  FlQaPanel *self = FL_QA_PANEL (object);

  /* The bin's child is a template child too: let go of it once, here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_QA_PANEL);
  g_clear_object (&self->database);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fl_qa_panel_parent_class)->dispose (object);
}

static void
fl_qa_panel_class_init (FlQaPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fl_qa_panel_constructed;
  object_class->dispose = fl_qa_panel_dispose;
  object_class->get_property = fl_qa_panel_get_property;
  object_class->set_property = fl_qa_panel_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/qa/fl-qa-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FlQaPanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FlQaPanel, stack);

  gtk_widget_class_install_action (widget_class, "qa.edit-templates", NULL, edit_templates_action);
  gtk_widget_class_install_action (widget_class, "qa.next-assigned", NULL, next_assigned_action);
}

static void
fl_qa_panel_init (FlQaPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fl_qa_panel_new (FlDatabase *database,
                 FlSession  *session)
{
  g_return_val_if_fail (FL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (FL_IS_SESSION (session), NULL);

  return g_object_new (FL_TYPE_QA_PANEL,
                       "database", database,
                       "session", session,
                       NULL);
}
