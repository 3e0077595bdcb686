/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-form-dialog"

#include "config.h"

#include "fl-form-dialog.h"

/* What the staff dialogs share: a header bar with Cancel and Save, an error
 * label above the fields, and the save that asks the core and closes on
 * success. A subclass's template puts its fields below the error label (see
 * buildable_add_child) and implements FlFormDialogClass.save. */
typedef struct
{
  GtkWidget         *first_field;

  GtkScrolledWindow *scroller;
  GtkBox            *form_box;
  GtkLabel          *error_label;
  GtkButton         *save_button;
} FlFormDialogPrivate;

enum {
  PROP_0,
  PROP_FIRST_FIELD,
  PROP_SCROLLABLE,
  PROP_SAVE_LABEL,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkBuildableIface *parent_buildable_iface;

static void fl_form_dialog_buildable_init (GtkBuildableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (FlFormDialog, fl_form_dialog, ADW_TYPE_WINDOW,
                                  G_ADD_PRIVATE (FlFormDialog)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                         fl_form_dialog_buildable_init))

/* A short form grows the window when the error shows, as a plain box would;
 * a long one scrolls inside the window's default height. */
static gboolean
get_scrollable (FlFormDialog *self)
{
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);
  GtkPolicyType vertical;

  gtk_scrolled_window_get_policy (priv->scroller, NULL, &vertical);
  return vertical != GTK_POLICY_NEVER;
}

static void
set_scrollable (FlFormDialog *self,
                gboolean      scrollable)
{
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);

  if (get_scrollable (self) == !!scrollable)
    return;
  gtk_scrolled_window_set_policy (priv->scroller, GTK_POLICY_NEVER,
                                  scrollable ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCROLLABLE]);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FlFormDialog *self = FL_FORM_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = FL_FORM_DIALOG_GET_CLASS (self)->save (self, &error);
  if (error != NULL)
    {
      fl_form_dialog_show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The fields of a subclass's template go in the form, below the error label;
 * the base template itself fills the window's content. */
static void
fl_form_dialog_buildable_add_child (GtkBuildable *buildable,
                                    GtkBuilder   *builder,
                                    GObject      *child,
                                    const char   *type)
{
  FlFormDialog *self = FL_FORM_DIALOG (buildable);
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);

  if (priv->form_box != NULL && type == NULL && GTK_IS_WIDGET (child))
    gtk_box_append (priv->form_box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
fl_form_dialog_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = fl_form_dialog_buildable_add_child;
}

/* Starts in the first field, not on the header bar's Cancel button. Done once
 * shown: focusing earlier makes GTK expose the window with the wrong role. */
static void
fl_form_dialog_show (GtkWidget *widget)
{
  FlFormDialog *self = FL_FORM_DIALOG (widget);
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);

  GTK_WIDGET_CLASS (fl_form_dialog_parent_class)->show (widget);
  if (priv->first_field != NULL)
    gtk_widget_grab_focus (priv->first_field);
}

static void
fl_form_dialog_dispose (GObject *object)
{
  FlFormDialog *self = FL_FORM_DIALOG (object);
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);

  /* No gtk_widget_dispose_template() for this parent type: after a subclass
   * disposed its own template, GTK 4.8.3 aborts on it (child != NULL). The
   * form lives inside the window's content, which GtkWindow tears down, and
   * the template keeps its references until finalize. */
  g_clear_object (&priv->first_field);

  G_OBJECT_CLASS (fl_form_dialog_parent_class)->dispose (object);
}

static void
fl_form_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FlFormDialog *self = FL_FORM_DIALOG (object);
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_FIRST_FIELD:
      g_value_set_object (value, fl_form_dialog_get_first_field (self));
      break;
    case PROP_SCROLLABLE:
      g_value_set_boolean (value, get_scrollable (self));
      break;
    case PROP_SAVE_LABEL:
      g_value_set_string (value, gtk_button_get_label (priv->save_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_form_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FlFormDialog *self = FL_FORM_DIALOG (object);
  FlFormDialogPrivate *priv = fl_form_dialog_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_FIRST_FIELD:
      fl_form_dialog_set_first_field (self, g_value_get_object (value));
      break;
    case PROP_SCROLLABLE:
      set_scrollable (self, g_value_get_boolean (value));
      break;
    case PROP_SAVE_LABEL:
      gtk_button_set_label (priv->save_button, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_form_dialog_class_init (FlFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fl_form_dialog_dispose;
  object_class->get_property = fl_form_dialog_get_property;
  object_class->set_property = fl_form_dialog_set_property;
  widget_class->show = fl_form_dialog_show;

  /**
   * FlFormDialog:first-field:
   *
   * The field that has the focus when the dialog opens.
   */
  properties[PROP_FIRST_FIELD] =
    g_param_spec_object ("first-field", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FlFormDialog:scrollable:
   *
   * Whether the form scrolls, for a form taller than the window's default height.
   */
  properties[PROP_SCROLLABLE] =
    g_param_spec_boolean ("scrollable", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FlFormDialog:save-label:
   *
   * What the button that hands the form to the core says: "Save" unless a
   * verb says more, as "File Dispute".
   */
  properties[PROP_SAVE_LABEL] =
    g_param_spec_string ("save-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FlFormDialog::saved:
   * @id: the id of the row added or changed
   *
   * The core accepted the form; the dialog closes right after.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/floorlead/Floorlead/staff/fl-form-dialog.ui");
  gtk_widget_class_bind_template_child_private (widget_class, FlFormDialog, scroller);
  gtk_widget_class_bind_template_child_private (widget_class, FlFormDialog, form_box);
  gtk_widget_class_bind_template_child_private (widget_class, FlFormDialog, error_label);
  gtk_widget_class_bind_template_child_private (widget_class, FlFormDialog, save_button);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fl_form_dialog_init (FlFormDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fl_form_dialog_show_error:
 * @self: a #FlFormDialog
 * @error: what went wrong, in words a supervisor can act on
 *
 * Shows @error above the fields. The dialog stays open, so nothing typed is lost.
 */
void
fl_form_dialog_show_error (FlFormDialog *self,
                           const GError *error)
{
  FlFormDialogPrivate *priv;

  g_return_if_fail (FL_IS_FORM_DIALOG (self));
  g_return_if_fail (error != NULL);

  priv = fl_form_dialog_get_instance_private (self);
  gtk_label_set_text (priv->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), TRUE);
}

/**
 * fl_form_dialog_get_first_field:
 * @self: a #FlFormDialog
 *
 * Returns: (transfer none) (nullable): the field focused when the dialog opens
 */
GtkWidget *
fl_form_dialog_get_first_field (FlFormDialog *self)
{
  FlFormDialogPrivate *priv;

  g_return_val_if_fail (FL_IS_FORM_DIALOG (self), NULL);

  priv = fl_form_dialog_get_instance_private (self);
  return priv->first_field;
}

/**
 * fl_form_dialog_set_first_field:
 * @self: a #FlFormDialog
 * @first_field: (nullable): the field to focus when the dialog opens
 */
void
fl_form_dialog_set_first_field (FlFormDialog *self,
                                GtkWidget    *first_field)
{
  FlFormDialogPrivate *priv;

  g_return_if_fail (FL_IS_FORM_DIALOG (self));
  g_return_if_fail (first_field == NULL || GTK_IS_WIDGET (first_field));

  priv = fl_form_dialog_get_instance_private (self);
  if (g_set_object (&priv->first_field, first_field))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD]);
}
