/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-history"

#include "config.h"

#include "fl-roster-history.h"

/* One step: the cells, or the seats, as they were and as they became. */
typedef struct
{
  gboolean seats;
  GArray  *before;   /* FlRosterEdit, or FlRosterSeatEdit for seats */
  GArray  *after;
} Step;

struct _FlRosterHistory
{
  GObject          parent_instance;

  FlRosterService *service;
  FlSession       *actor;
  FlRoster        *roster;
  GPtrArray       *undo;   /* Step, the last one on top */
  GPtrArray       *redo;
};

G_DEFINE_FINAL_TYPE (FlRosterHistory, fl_roster_history, G_TYPE_OBJECT)

enum { PROP_0, PROP_CAN_UNDO, PROP_CAN_REDO, N_PROPS };
enum { CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_array_unref (step->before);
  g_array_unref (step->after);
  g_free (step);
}

static void
notify_changed (FlRosterHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static Step *
step_new (gboolean seats)
{
  Step *step = g_new0 (Step, 1);
  gsize size = seats ? sizeof (FlRosterSeatEdit) : sizeof (FlRosterEdit);

  step->seats = seats;
  step->before = g_array_new (FALSE, FALSE, size);
  step->after = g_array_new (FALSE, FALSE, size);
  return step;
}

static gboolean
save_cells (FlRosterHistory  *self,
            Step             *step,
            GArray           *cells,
            GError          **error)
{
  if (step->seats)
    return fl_roster_service_set_seats (self->service, self->actor, self->roster,
                                        (const FlRosterSeatEdit *) cells->data, cells->len, error);
  return fl_roster_service_set_cells (self->service, self->actor, self->roster,
                                      (const FlRosterEdit *) cells->data, cells->len, error);
}

/* Saves @step's after cells and puts it on top; nothing to change is no step. */
static gboolean
push_step (FlRosterHistory  *self,
           Step             *step,
           GError          **error)
{
  /* Even nothing to change is asked: a locked roster says so. */
  gboolean saved = save_cells (self, step, step->after, error);

  if (!saved || step->after->len == 0)
    {
      step_free (step);
      return saved;
    }
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  notify_changed (self);
  return TRUE;
}

static gboolean
in_month (FlRoster *roster,
          guint     agent,
          guint     day)
{
  return agent < fl_roster_get_n_agents (roster) && day < fl_roster_get_n_days (roster);
}

gboolean
fl_roster_history_apply (FlRosterHistory    *self,
                         const FlRosterEdit *edits,
                         guint               n_edits,
                         GError            **error)
{
  Step *step;

  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), FALSE);
  g_return_val_if_fail (edits != NULL || n_edits == 0, FALSE);

  /* The service says what is wrong with a cell outside the month. */
  for (guint i = 0; i < n_edits; i++)
    if (!in_month (self->roster, edits[i].agent, edits[i].day))
      return fl_roster_service_set_cells (self->service, self->actor, self->roster, edits, n_edits, error);

  step = step_new (FALSE);
  for (guint i = 0; i < n_edits; i++)
    {
      FlRosterEdit before = edits[i];

      before.shift = fl_roster_get_cell (self->roster, edits[i].agent, (int) edits[i].day);
      if (before.shift == edits[i].shift)
        continue;
      g_array_append_val (step->before, before);
      g_array_append_val (step->after, edits[i]);
    }
  return push_step (self, step, error);
}

gboolean
fl_roster_history_set_seats (FlRosterHistory        *self,
                             const FlRosterSeatEdit *edits,
                             guint                   n_edits,
                             GError                **error)
{
  FlRosterCheck *check;
  Step *step;

  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), FALSE);
  g_return_val_if_fail (edits != NULL || n_edits == 0, FALSE);

  for (guint i = 0; i < n_edits; i++)
    if (!in_month (self->roster, edits[i].agent, edits[i].day))
      return fl_roster_service_set_seats (self->service, self->actor, self->roster, edits, n_edits, error);

  /* The days' seats as stored, not as they follow from the days before. */
  check = fl_roster_get_check (self->roster);
  step = step_new (TRUE);
  for (const FlRosterSeatEdit *edit = edits; edit < edits + n_edits; edit++)
    {
      FlRosterSeatEdit before = { edit->agent, edit->day,
                                  fl_roster_check_get_seat (check, edit->agent, (int) edit->day) };

      if (before.seat != edit->seat)
        {
          g_array_append_val (step->before, before);
          g_array_append_vals (step->after, edit, 1);
        }
    }
  return push_step (self, step, error);
}

/* Moves the top step of @from to @to, saving its @before or after cells. */
static gboolean
move_step (FlRosterHistory  *self,
           GPtrArray        *from,
           GPtrArray        *to,
           gboolean          restore_before,
           GError          **error)
{
  Step *step;

  if (from->len == 0)
    return TRUE;
  step = g_ptr_array_index (from, from->len - 1);
  if (!save_cells (self, step, restore_before ? step->before : step->after, error))
    return FALSE;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_changed (self);
  return TRUE;
}

gboolean
fl_roster_history_undo (FlRosterHistory  *self,
                        GError          **error)
{
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), FALSE);

  return move_step (self, self->undo, self->redo, TRUE, error);
}

gboolean
fl_roster_history_redo (FlRosterHistory  *self,
                        GError          **error)
{
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), FALSE);

  return move_step (self, self->redo, self->undo, FALSE, error);
}

gboolean
fl_roster_history_can_undo (FlRosterHistory *self)
{
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), FALSE);

  return self->undo->len > 0 && fl_roster_get_state (self->roster) == FL_ROSTER_DRAFT;
}

gboolean
fl_roster_history_can_redo (FlRosterHistory *self)
{
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), FALSE);

  return self->redo->len > 0 && fl_roster_get_state (self->roster) == FL_ROSTER_DRAFT;
}

FlRoster *
fl_roster_history_get_roster (FlRosterHistory *self)
{
  g_return_val_if_fail (FL_IS_ROSTER_HISTORY (self), NULL);

  return self->roster;
}

static void
fl_roster_history_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FlRosterHistory *self = FL_ROSTER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, fl_roster_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, fl_roster_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_roster_history_finalize (GObject *object)
{
  FlRosterHistory *self = FL_ROSTER_HISTORY (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->roster);
  g_clear_object (&self->actor);
  g_clear_object (&self->service);

  G_OBJECT_CLASS (fl_roster_history_parent_class)->finalize (object);
}

static void
fl_roster_history_class_init (FlRosterHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fl_roster_history_get_property;
  object_class->finalize = fl_roster_history_finalize;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fl_roster_history_init (FlRosterHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
}

FlRosterHistory *
fl_roster_history_new (FlRosterService *service,
                       FlSession       *actor,
                       FlRoster        *roster)
{
  FlRosterHistory *self;

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (service), NULL);
  g_return_val_if_fail (FL_IS_ROSTER (roster), NULL);

  self = g_object_new (FL_TYPE_ROSTER_HISTORY, NULL);
  self->service = g_object_ref (service);
  self->actor = actor ? g_object_ref (actor) : NULL;
  self->roster = g_object_ref (roster);
  return self;
}
