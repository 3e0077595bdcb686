/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "fl-format.h"
#include "fl-roster-grid-private.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (FlRosterGrid, fl_roster_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  EDIT,
  CURSOR_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

guint
_fl_roster_grid_n_agents (FlRosterGrid *self)
{
  return self->roster ? fl_roster_get_n_agents (self->roster) : 0;
}

guint
_fl_roster_grid_n_days (FlRosterGrid *self)
{
  return self->roster ? fl_roster_get_n_days (self->roster) : 0;
}

void
_fl_roster_grid_get_area (FlRosterGrid *self,
                          GridArea     *area)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n_counts = self->count_types ? self->count_types->len : 0;

  area->body_x = GRID_NAME_WIDTH;
  area->body_y = GRID_HEADER_HEIGHT;
  area->width = MAX (0, width - GRID_NAME_WIDTH - GRID_N_TOTALS * GRID_TOTAL_WIDTH);
  area->height = MAX (0, height - GRID_HEADER_HEIGHT - (double) n_counts * GRID_COUNT_HEIGHT);
}

/* Adjustments */

static void
configure_adjustments (FlRosterGrid *self)
{
  GridArea area;
  double h_upper = (double) _fl_roster_grid_n_days (self) * GRID_DAY_WIDTH;
  double v_upper = (double) _fl_roster_grid_n_agents (self) * GRID_ROW_HEIGHT;

  _fl_roster_grid_get_area (self, &area);
  if (self->hadjustment)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0, h_upper - area.width)),
                              0, h_upper, GRID_DAY_WIDTH, area.width * 0.9, area.width);
  if (self->vadjustment)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0, v_upper - area.height)),
                              0, v_upper, GRID_ROW_HEIGHT, area.height * 0.9, area.height);
}

static void
adjustment_changed_cb (FlRosterGrid *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (FlRosterGrid   *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
  configure_adjustments (self);
}

/* Counting: totals, counts per day, rule marks */

static void
count_totals (FlRosterGrid *self)
{
  guint agents = _fl_roster_grid_n_agents (self), days = _fl_roster_grid_n_days (self);

  g_array_set_size (self->totals, agents);
  memset (self->counts, 0, sizeof (guint) * self->count_types->len * days);
  for (guint agent = 0; agent < agents; agent++)
    {
      fl_roster_get_totals (self->roster, agent, &g_array_index (self->totals, FlRosterTotals, agent));
      for (guint day = 0; day < days; day++)
        {
          int shift = fl_roster_get_cell (self->roster, agent, (int) day);

          for (guint row = 0; shift != FL_ROSTER_EMPTY && row < self->count_types->len; row++)
            if (g_array_index (self->count_types, guint, row) == (guint) shift)
              self->counts[row * days + day]++;
        }
    }
}

static void
mark_violations (FlRosterGrid *self)
{
  g_autoptr(GArray) violations = fl_roster_check_list (fl_roster_get_check (self->roster));
  guint agents = _fl_roster_grid_n_agents (self), days = _fl_roster_grid_n_days (self);

  memset (self->marks, 0, (gsize) agents * days);
  memset (self->hour_marks, 0, agents);
  memset (self->day_marks, 0, days);
  for (guint i = 0; i < violations->len; i++)
    {
      const FlRosterViolation *violation = &g_array_index (violations, FlRosterViolation, i);
      guint8 *mark;

      if (violation->day >= days)
        continue;
      if (violation->agent == FL_ROSTER_TEAM)
        mark = &self->day_marks[violation->day];
      else if (violation->agent >= agents)
        continue;
      else if (violation->rule == FL_ROSTER_RULE_MONTHLY_HOURS)
        mark = &self->hour_marks[violation->agent];
      else
        mark = &self->marks[violation->agent * days + violation->day];
      *mark = MAX (*mark, (guint8) violation->severity);
    }
}

char *
_fl_roster_grid_describe_day (FlRosterGrid *self,
                              guint         day)
{
  const GridDay *info = &g_array_index (self->days, GridDay, day);
  g_autofree char *date = fl_roster_dup_date (self->roster, (int) day);
  g_autofree char *when = fl_format_day (date);

  if (info->holiday == NULL)
    return g_steal_pointer (&when);
  if (fl_holiday_get_kind (info->holiday) == FL_HOLIDAY_WORKDAY)
    /* Translators: a day of the roster, and the holiday a weekend day is worked for (调休上班): "Saturday 9 October, worked for National Day" */
    return g_strdup_printf (_("%s, worked for %s"), when, fl_holiday_get_name (info->holiday));
  /* Translators: a day of the roster and the public holiday it is: "Friday 1 October, National Day" */
  return g_strdup_printf (_("%s, %s (public holiday)"), when, fl_holiday_get_name (info->holiday));
}

char *
_fl_roster_grid_describe_cell (FlRosterGrid *self,
                               guint         agent,
                               guint         day)
{
  g_autofree char *when = _fl_roster_grid_describe_day (self, day);
  g_autofree char *what = fl_roster_describe_cell (self->roster, agent, (int) day);
  int seat = fl_roster_get_seat (self->roster, agent, (int) day);

  if (seat != FL_ROSTER_EMPTY)
    /* Translators: a roster cell: a name, a date, a shift as "E 08:00–16:00", then the seat (坐席) */
    return g_strdup_printf (_("%s, %s: %s, %s seat"), fl_roster_get_agent_name (self->roster, agent), when, what,
                            fl_roster_get_seat_name (self->roster, (guint) seat));
  /* Translators: a roster cell: a name, a date, then a shift as "E 08:00–16:00" */
  return g_strdup_printf (_("%s, %s: %s"), fl_roster_get_agent_name (self->roster, agent), when, what);
}

static void
describe_cursor (FlRosterGrid *self)
{
  g_autofree char *description = NULL;

  if (_fl_roster_grid_n_agents (self) == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  description = _fl_roster_grid_describe_cell (self, self->cursor_agent, self->cursor_day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

void
fl_roster_grid_refresh (FlRosterGrid *self)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  if (self->roster != NULL)
    {
      count_totals (self);
      mark_violations (self);
      describe_cursor (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
read_days (FlRosterGrid *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_array_set_size (self->days, 0);
  for (guint day = 0; day < _fl_roster_grid_n_days (self); day++)
    {
      g_autofree char *iso = fl_roster_dup_date (self->roster, (int) day);
      GridDay info = { 0, };
      GDate date;

      g_date_set_parse (&date, iso);
      info.day_of_month = g_date_get_day (&date);
      info.weekday = g_date_get_weekday (&date);
      info.holiday = fl_roster_get_holiday (self->roster, day);
      info.weekend = info.holiday != NULL ? fl_holiday_get_kind (info.holiday) == FL_HOLIDAY_DAY_OFF
                                          : fl_roster_is_weekend (self->roster, day);
      info.today = g_str_equal (iso, today);
      g_array_append_val (self->days, info);
    }
}

/* One chip text per shift type, and a count row per type that is worked or leave. */
static void
read_shift_types (FlRosterGrid *self)
{
  g_ptr_array_set_size (self->chip_layouts, 0);
  g_array_set_size (self->count_types, 0);
  for (guint i = 0; self->roster && i < fl_roster_get_n_shift_types (self->roster); i++)
    {
      const FlShiftTypeFields *fields = fl_shift_type_get_fields (fl_roster_get_shift_type (self->roster, i));
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), fields->code);
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
      g_ptr_array_add (self->chip_layouts, layout);
      if (fields->spec.kind != FL_SHIFT_KIND_OFF)
        g_array_append_val (self->count_types, i);
    }
}

void
fl_roster_grid_set_roster (FlRosterGrid *self,
                           FlRoster     *roster)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));
  g_return_if_fail (roster == NULL || FL_IS_ROSTER (roster));

  if (!g_set_object (&self->roster, roster))
    return;
  read_days (self);
  read_shift_types (self);
  g_clear_pointer (&self->counts, g_free);
  g_clear_pointer (&self->marks, g_free);
  g_clear_pointer (&self->hour_marks, g_free);
  g_clear_pointer (&self->day_marks, g_free);
  g_clear_pointer (&self->swapped, g_free);
  self->counts = g_new0 (guint, self->count_types->len * _fl_roster_grid_n_days (self) + 1);
  self->marks = g_new0 (guint8, (gsize) _fl_roster_grid_n_agents (self) * _fl_roster_grid_n_days (self) + 1);
  self->hour_marks = g_new0 (guint8, _fl_roster_grid_n_agents (self) + 1);
  self->day_marks = g_new0 (guint8, _fl_roster_grid_n_days (self) + 1);
  self->swapped = g_new0 (guint8, (gsize) _fl_roster_grid_n_agents (self) * _fl_roster_grid_n_days (self) + 1);
  self->cursor_agent = MIN (self->cursor_agent, MAX (_fl_roster_grid_n_agents (self), 1) - 1);
  self->cursor_day = MIN (self->cursor_day, MAX (_fl_roster_grid_n_days (self), 1) - 1);
  self->anchor_agent = self->cursor_agent;
  self->anchor_day = self->cursor_day;
  fl_roster_grid_refresh (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
fl_roster_grid_set_swapped (FlRosterGrid       *self,
                            const FlRosterEdit *cells,
                            guint               n_cells)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  if (self->roster == NULL)
    return;
  memset (self->swapped, 0, (gsize) _fl_roster_grid_n_agents (self) * _fl_roster_grid_n_days (self));
  for (guint i = 0; i < n_cells; i++)
    if (cells[i].agent < _fl_roster_grid_n_agents (self) && cells[i].day < _fl_roster_grid_n_days (self))
      self->swapped[cells[i].agent * _fl_roster_grid_n_days (self) + cells[i].day] = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

FlRoster *
fl_roster_grid_get_roster (FlRosterGrid *self)
{
  g_return_val_if_fail (FL_IS_ROSTER_GRID (self), NULL);

  return self->roster;
}

void
fl_roster_grid_set_editable (FlRosterGrid *self,
                             gboolean      editable)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  self->editable = !!editable;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, !editable, -1);
}

/* Cursor and selection */

static void
scroll_to_cursor (FlRosterGrid *self)
{
  GridArea area;
  double x = (double) self->cursor_day * GRID_DAY_WIDTH;
  double y = (double) self->cursor_agent * GRID_ROW_HEIGHT;
  double h = gtk_adjustment_get_value (self->hadjustment);
  double v = gtk_adjustment_get_value (self->vadjustment);

  _fl_roster_grid_get_area (self, &area);
  if (x < h)
    gtk_adjustment_set_value (self->hadjustment, x);
  else if (x + GRID_DAY_WIDTH > h + area.width)
    gtk_adjustment_set_value (self->hadjustment, x + GRID_DAY_WIDTH - area.width);
  if (y < v)
    gtk_adjustment_set_value (self->vadjustment, y);
  else if (y + GRID_ROW_HEIGHT > v + area.height)
    gtk_adjustment_set_value (self->vadjustment, y + GRID_ROW_HEIGHT - area.height);
}

void
_fl_roster_grid_move_cursor (FlRosterGrid *self,
                             int           agent,
                             int           day,
                             gboolean      extend)
{
  if (_fl_roster_grid_n_agents (self) == 0 || _fl_roster_grid_n_days (self) == 0)
    return;
  self->cursor_agent = (guint) CLAMP (agent, 0, (int) _fl_roster_grid_n_agents (self) - 1);
  self->cursor_day = (guint) CLAMP (day, 0, (int) _fl_roster_grid_n_days (self) - 1);
  if (!extend)
    {
      self->anchor_agent = self->cursor_agent;
      self->anchor_day = self->cursor_day;
    }
  scroll_to_cursor (self);
  describe_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_MOVED], 0);
}

void
fl_roster_grid_get_cursor (FlRosterGrid *self,
                           guint        *agent,
                           guint        *day)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  if (agent)
    *agent = self->cursor_agent;
  if (day)
    *day = self->cursor_day;
}

void
fl_roster_grid_set_cursor (FlRosterGrid *self,
                           guint         agent,
                           guint         day)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  _fl_roster_grid_move_cursor (self, (int) agent, (int) day, FALSE);
}

void
fl_roster_grid_get_selection (FlRosterGrid *self,
                              guint        *first_agent,
                              guint        *last_agent,
                              guint        *first_day,
                              guint        *last_day)
{
  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  *first_agent = MIN (self->anchor_agent, self->cursor_agent);
  *last_agent = MAX (self->anchor_agent, self->cursor_agent);
  *first_day = MIN (self->anchor_day, self->cursor_day);
  *last_day = MAX (self->anchor_day, self->cursor_day);
}

void
_fl_roster_grid_emit_edits (FlRosterGrid *self,
                            GArray       *edits)
{
  if (edits->len > 0 && self->editable)
    g_signal_emit (self, signals[EDIT], 0, edits);
}

void
fl_roster_grid_fill_selection (FlRosterGrid *self,
                               int           shift)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (FlRosterEdit));
  guint first_agent = 0, last_agent = 0, first_day = 0, last_day = 0;

  g_return_if_fail (FL_IS_ROSTER_GRID (self));

  if (_fl_roster_grid_n_agents (self) == 0)
    return;
  fl_roster_grid_get_selection (self, &first_agent, &last_agent, &first_day, &last_day);
  for (guint agent = first_agent; agent <= last_agent; agent++)
    for (guint day = first_day; day <= last_day; day++)
      {
        FlRosterEdit edit = { agent, day, shift };

        g_array_append_val (edits, edit);
      }
  _fl_roster_grid_emit_edits (self, edits);
}

/* Sizes */

static void
fl_roster_grid_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  FlRosterGrid *self = FL_ROSTER_GRID (widget);
  guint n_counts = self->count_types ? self->count_types->len : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = GRID_NAME_WIDTH + GRID_N_TOTALS * GRID_TOTAL_WIDTH + 4 * GRID_DAY_WIDTH;
      *natural = MAX (*minimum, GRID_NAME_WIDTH + GRID_N_TOTALS * GRID_TOTAL_WIDTH + (int) _fl_roster_grid_n_days (self) * GRID_DAY_WIDTH);
    }
  else
    {
      *minimum = GRID_HEADER_HEIGHT + (int) n_counts * GRID_COUNT_HEIGHT + 3 * GRID_ROW_HEIGHT;
      *natural = MAX (*minimum, GRID_HEADER_HEIGHT + (int) n_counts * GRID_COUNT_HEIGHT +
                                (int) _fl_roster_grid_n_agents (self) * GRID_ROW_HEIGHT);
    }
}

static void
fl_roster_grid_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  configure_adjustments (FL_ROSTER_GRID (widget));
}

/* GObject */

static void
fl_roster_grid_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FlRosterGrid *self = FL_ROSTER_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_roster_grid_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FlRosterGrid *self = FL_ROSTER_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fl_roster_grid_dispose (GObject *object)
{
  FlRosterGrid *self = FL_ROSTER_GRID (object);

  if (self->hadjustment)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_changed_cb, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->roster);
  g_clear_pointer (&self->chip_layouts, g_ptr_array_unref);

  G_OBJECT_CLASS (fl_roster_grid_parent_class)->dispose (object);
}

static void
fl_roster_grid_finalize (GObject *object)
{
  FlRosterGrid *self = FL_ROSTER_GRID (object);

  g_array_unref (self->days);
  g_array_unref (self->totals);
  g_array_unref (self->count_types);
  g_array_unref (self->clipboard);
  g_free (self->counts);
  g_free (self->marks);
  g_free (self->hour_marks);
  g_free (self->day_marks);
  g_free (self->swapped);

  G_OBJECT_CLASS (fl_roster_grid_parent_class)->finalize (object);
}

static void
fl_roster_grid_class_init (FlRosterGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = fl_roster_grid_get_property;
  object_class->set_property = fl_roster_grid_set_property;
  object_class->dispose = fl_roster_grid_dispose;
  object_class->finalize = fl_roster_grid_finalize;
  widget_class->measure = fl_roster_grid_measure;
  widget_class->size_allocate = fl_roster_grid_size_allocate;
  widget_class->snapshot = _fl_roster_grid_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* The cells to set, a GArray of FlRosterEdit. */
  signals[EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_POINTER);
  signals[CURSOR_MOVED] = g_signal_new ("cursor-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "rostergrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
fl_roster_grid_init (FlRosterGrid *self)
{
  self->days = g_array_new (FALSE, TRUE, sizeof (GridDay));
  self->totals = g_array_new (FALSE, TRUE, sizeof (FlRosterTotals));
  self->count_types = g_array_new (FALSE, FALSE, sizeof (guint));
  self->clipboard = g_array_new (FALSE, FALSE, sizeof (int));
  self->chip_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  _fl_roster_grid_add_controllers (self);
}

GtkWidget *
fl_roster_grid_new (void)
{
  return g_object_new (FL_TYPE_ROSTER_GRID, NULL);
}
