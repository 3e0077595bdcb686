/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-sign-in-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-account-service.h"
#include "fl-demo.h"
#include "fl-sign-in-page.h"

struct _FlSignInPage
{
  AdwBin            parent_instance;

  FlDatabase       *database;
  FlAccountService *accounts;
  GSettings        *settings;
  GCancellable     *cancellable;

  /* Template widgets */
  GtkLabel         *hint_label;
  GtkDropDown      *account_dropdown;
  GtkPasswordEntry *password_entry;
  GtkButton        *sign_in_button;
  GtkSpinner       *spinner;
  GtkLabel         *error_label;
};

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  SIGNED_IN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FlSignInPage, fl_sign_in_page, ADW_TYPE_BIN)

static void
show_error (FlSignInPage *self,
            const char   *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_busy (FlSignInPage *self,
          gboolean      busy)
{
  /* The entry keeps the focus (and its sensitivity) so typing resumes
   * right there if the password was wrong. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->account_dropdown), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->password_entry), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sign_in_button), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
cancel_sign_in (FlSignInPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
}

static void
clear_password (FlSignInPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");
}

/* Whoever signed in last on this computer is most likely next. */
static void
select_last_login (FlSignInPage *self)
{
  GListModel *model = gtk_drop_down_get_model (self->account_dropdown);
  g_autofree char *last_login = g_settings_get_string (self->settings, "last-login");
  guint n_items;

  if (model == NULL || *last_login == '\0')
    return;

  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FlAccount) account = g_list_model_get_item (model, i);

      if (g_strcmp0 (fl_account_get_login (account), last_login) == 0)
        {
          gtk_drop_down_set_selected (self->account_dropdown, i);
          return;
        }
    }
}

static void
update_hint (FlSignInPage *self)
{
  g_autofree char *demo_path = fl_demo_get_default_path ();
  g_autofree char *hint = NULL;

  if (self->database == NULL ||
      g_strcmp0 (fl_database_get_path (self->database), demo_path) != 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
      return;
    }

  /* Translators: shown on the sign-in screen of the demo center; %s is the password */
  hint = g_strdup_printf (_("This is the demo center: every account’s password is “%s”."),
                          FL_DEMO_PASSWORD);
  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
}

static void
sign_in_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FlSignInPage) self = user_data;
  g_autoptr(FlSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = fl_account_service_sign_in_finish (FL_ACCOUNT_SERVICE (source), result, &error);

  /* Cancelled by reload or dispose, which already reset the page. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  clear_password (self);

  if (session == NULL)
    {
      /* The core's message says how many tries are left, or when a
       * locked account opens again. */
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNED_IN], 0, session);
}

static void
sign_in (FlSignInPage *self)
{
  FlAccount *account;
  const char *password;

  if (self->accounts == NULL || self->cancellable != NULL)
    return;

  account = gtk_drop_down_get_selected_item (self->account_dropdown);
  if (account == NULL)
    {
      show_error (self, _("Choose your account first."));
      gtk_widget_grab_focus (GTK_WIDGET (self->account_dropdown));
      return;
    }

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));
  if (*password == '\0')
    {
      show_error (self, _("Enter your password."));
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
      return;
    }

  show_error (self, NULL);
  set_busy (self, TRUE);

  /* Checking a password is slow on purpose; it runs off the main thread. */
  self->cancellable = g_cancellable_new ();
  fl_account_service_sign_in_async (self->accounts,
                                    fl_account_get_login (account),
                                    password,
                                    self->cancellable,
                                    sign_in_cb,
                                    g_object_ref (self));
}

static void
sign_in_clicked_cb (FlSignInPage *self)
{
  sign_in (self);
}

static void
password_activate_cb (FlSignInPage *self)
{
  sign_in (self);
}

static void
account_selected_cb (FlSignInPage *self)
{
  show_error (self, NULL);
}

static gboolean
fl_sign_in_page_grab_focus (GtkWidget *widget)
{
  FlSignInPage *self = FL_SIGN_IN_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
}

static void
fl_sign_in_page_dispose (GObject *object)
{
  FlSignInPage *self = FL_SIGN_IN_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), FL_TYPE_SIGN_IN_PAGE);

  g_clear_object (&self->accounts);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fl_sign_in_page_parent_class)->dispose (object);
}

static void
fl_sign_in_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FlSignInPage *self = FL_SIGN_IN_PAGE (object);

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
fl_sign_in_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FlSignInPage *self = FL_SIGN_IN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      fl_sign_in_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_sign_in_page_class_init (FlSignInPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_sign_in_page_dispose;
  object_class->get_property = fl_sign_in_page_get_property;
  object_class->set_property = fl_sign_in_page_set_property;

  widget_class->grab_focus = fl_sign_in_page_grab_focus;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         FL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FlSignInPage::signed-in:
   * @self: the page
   * @session: the new session
   *
   * Someone signed in with the right password.
   */
  signals[SIGNED_IN] =
    g_signal_new ("signed-in",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FL_TYPE_SESSION);

  /* The account list's item template looks the type up by name. */
  g_type_ensure (FL_TYPE_ACCOUNT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/floorlead/Floorlead/fl-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FlSignInPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, FlSignInPage, account_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FlSignInPage, password_entry);
  gtk_widget_class_bind_template_child (widget_class, FlSignInPage, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, FlSignInPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, FlSignInPage, error_label);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, password_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, account_selected_cb);
}

static void
fl_sign_in_page_init (FlSignInPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
}

GtkWidget *
fl_sign_in_page_new (void)
{
  return g_object_new (FL_TYPE_SIGN_IN_PAGE, NULL);
}

FlDatabase *
fl_sign_in_page_get_database (FlSignInPage *self)
{
  g_return_val_if_fail (FL_IS_SIGN_IN_PAGE (self), NULL);

  return self->database;
}

void
fl_sign_in_page_set_database (FlSignInPage *self,
                              FlDatabase   *database)
{
  g_return_if_fail (FL_IS_SIGN_IN_PAGE (self));
  g_return_if_fail (database == NULL || FL_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  g_clear_object (&self->accounts);
  if (database != NULL)
    self->accounts = fl_account_service_new (database);

  fl_sign_in_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * fl_sign_in_page_reload:
 * @self: the page
 *
 * Lists the accounts again (one may have been added or locked since),
 * forgets the typed password and any pending sign-in.
 */
void
fl_sign_in_page_reload (FlSignInPage *self)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FL_IS_SIGN_IN_PAGE (self));

  cancel_sign_in (self);
  clear_password (self);
  update_hint (self);

  if (self->accounts != NULL)
    model = fl_account_service_list (self->accounts, FALSE, &error);

  gtk_drop_down_set_model (self->account_dropdown, model);
  select_last_login (self);

  show_error (self, error ? error->message : NULL);
}
