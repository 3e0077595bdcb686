/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-first-run-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-account-service.h"
#include "fl-demo.h"
#include "fl-first-run-page.h"
#include "fl-password.h"

struct _FlFirstRunPage
{
  AdwBin            parent_instance;

  FlDatabase       *database;

  /* Template widgets */
  GtkEntry         *name_entry;
  GtkEntry         *job_number_entry;
  GtkEntry         *login_entry;
  GtkPasswordEntry *password_entry;
  GtkPasswordEntry *confirm_entry;
  GtkLabel         *error_label;
  GtkLabel         *demo_label;
  GtkSpinner       *demo_spinner;
  GtkWidget        *demo_button;
  GtkLabel         *demo_button_label;
};

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  SIGNED_IN,
  OPEN_DEMO,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlFirstRunPage, fl_first_run_page, ADW_TYPE_BIN)

static const char *
get_text (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static void
show_error (FlFirstRunPage *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
clear_passwords (FlFirstRunPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_entry), "");
}

static void
create_admin (FlFirstRunPage *self)
{
  g_autoptr(FlAccountService) accounts = NULL;
  g_autoptr(FlSession) session = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->database != NULL);

  /* Only the page knows about the second password field; the core checks
   * everything else and words the message. */
  if (g_strcmp0 (get_text (self->password_entry), get_text (self->confirm_entry)) != 0)
    {
      show_error (self, _("The two passwords are not the same. Type the password again in both fields."));
      clear_passwords (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
      return;
    }

  accounts = fl_account_service_new (self->database);
  session = fl_account_service_create_first_admin (accounts,
                                                   get_text (self->name_entry),
                                                   get_text (self->job_number_entry),
                                                   get_text (self->login_entry),
                                                   get_text (self->password_entry),
                                                   &error);
  if (session == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  clear_passwords (self);
  g_signal_emit (self, signals[SIGNED_IN], 0, session);
}

static void
create_clicked_cb (FlFirstRunPage *self)
{
  create_admin (self);
}

static void
open_demo_clicked_cb (FlFirstRunPage *self)
{
  g_signal_emit (self, signals[OPEN_DEMO], 0);
}

static gboolean
fl_first_run_page_grab_focus (GtkWidget *widget)
{
  FlFirstRunPage *self = FL_FIRST_RUN_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
fl_first_run_page_dispose (GObject *object)
{
  FlFirstRunPage *self = FL_FIRST_RUN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_FIRST_RUN_PAGE);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (fl_first_run_page_parent_class)->dispose (object);
}

static void
fl_first_run_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FlFirstRunPage *self = FL_FIRST_RUN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_first_run_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FlFirstRunPage *self = FL_FIRST_RUN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      fl_first_run_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_first_run_page_class_init (FlFirstRunPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_first_run_page_dispose;
  object_class->get_property = fl_first_run_page_get_property;
  object_class->set_property = fl_first_run_page_set_property;

  widget_class->grab_focus = fl_first_run_page_grab_focus;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FlFirstRunPage::signed-in:
   * @self: the page
   * @session: the session of the new administrator
   *
   * The first administrator was created and is signed in.
   */
  signals[SIGNED_IN] =
    g_signal_new ("signed-in",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FL_TYPE_SESSION);

  /**
   * FlFirstRunPage::open-demo:
   * @self: the page
   *
   * The person would rather look around the demo center first.
   */
  signals[OPEN_DEMO] =
    g_signal_new ("open-demo",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/fl-first-run-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, job_number_entry);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, login_entry);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, password_entry);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, confirm_entry);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, demo_label);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, demo_spinner);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, FlFirstRunPage, demo_button_label);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_demo_clicked_cb);
  /* Enter in one field moves on to the next. */
  gtk_widget_class_bind_template_callback_full (widget_class, "focus_next_cb",
                                                G_CALLBACK (gtk_widget_grab_focus));
}

static void
fl_first_run_page_init (FlFirstRunPage *self)
{
  g_autofree char *demo = NULL;
  g_autofree char *rule = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  rule = g_strdup_printf (ngettext ("At least %d character",
                                    "At least %d characters",
                                    FL_PASSWORD_MIN_LENGTH),
                          FL_PASSWORD_MIN_LENGTH);
  g_object_set (self->password_entry, "placeholder-text", rule, NULL);

  /* Translators: %s is the password of every demo account */
  demo = g_strdup_printf (_("A made-up center with its department head, three teams with their leads and thirty agents, to look around first. Every demo account’s password is “%s”."),
                          FL_DEMO_PASSWORD);
  gtk_label_set_label (self->demo_label, demo);
}

GtkWidget *
fl_first_run_page_new (void)
{
  return g_object_new (FL_TYPE_FIRST_RUN_PAGE, NULL);
}

FlDatabase *
fl_first_run_page_get_database (FlFirstRunPage *self)
{
  g_return_val_if_fail (FL_IS_FIRST_RUN_PAGE (self), NULL);

  return self->database;
}

void
fl_first_run_page_set_database (FlFirstRunPage *self,
                                FlDatabase     *database)
{
  g_return_if_fail (FL_IS_FIRST_RUN_PAGE (self));
  g_return_if_fail (database == NULL || FL_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/* While the demo center is made (seconds, the first time): the button
 * says so and cannot be pressed again. */
void
fl_first_run_page_set_opening_demo (FlFirstRunPage *self,
                                    gboolean        opening)
{
  g_return_if_fail (FL_IS_FIRST_RUN_PAGE (self));

  gtk_widget_set_sensitive (self->demo_button, !opening);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_spinner), opening);
  gtk_spinner_set_spinning (self->demo_spinner, opening);
  gtk_label_set_text_with_mnemonic (self->demo_button_label,
                                    opening ? _("Opening the Demo Center…") : _("Open the _Demo Center"));
}
