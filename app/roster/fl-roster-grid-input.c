/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-grid"

#include "config.h"

#include "fl-roster-grid-private.h"

/* The grid's input: the mouse and the keyboard, and its clipboard. */

static void
copy_selection (FlRosterGrid *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  g_autoptr(GString) text = g_string_new (NULL);
  guint first_agent = 0, last_agent = 0, first_day = 0, last_day = 0;

  fl_roster_grid_get_selection (self, &first_agent, &last_agent, &first_day, &last_day);
  self->clip_rows = last_agent - first_agent + 1;
  self->clip_days = last_day - first_day + 1;
  g_array_set_size (self->clipboard, 0);
  for (guint agent = first_agent; agent <= last_agent; agent++)
    {
      for (guint day = first_day; day <= last_day; day++)
        {
          int shift = fl_roster_get_cell (self->roster, agent, (int) day);

          g_array_append_val (self->clipboard, shift);
          if (day > first_day)
            g_string_append_c (text, '\t');
          if (shift != FL_ROSTER_EMPTY)
            g_string_append (text, fl_shift_type_get_fields (fl_roster_get_shift_type (self->roster, (guint) shift))->code);
        }
      g_string_append_c (text, '\n');
    }
  /* Other programs get the codes as a table; the grid pastes its own copy. */
  gdk_clipboard_set_text (clipboard, text->str);
}

/* Pastes the copied block at the cursor, as far as the month reaches; a
 * single copied cell fills the whole selection. */
static void
paste (FlRosterGrid *self)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (FlRosterEdit));
  guint first_agent = 0, last_agent = 0, first_day = 0, last_day = 0;

  if (self->clipboard->len == 0)
    return;
  if (self->clipboard->len == 1)
    {
      fl_roster_grid_fill_selection (self, g_array_index (self->clipboard, int, 0));
      return;
    }
  fl_roster_grid_get_selection (self, &first_agent, &last_agent, &first_day, &last_day);
  for (guint row = 0; row < self->clip_rows && first_agent + row < _fl_roster_grid_n_agents (self); row++)
    for (guint column = 0; column < self->clip_days && first_day + column < _fl_roster_grid_n_days (self); column++)
      {
        FlRosterEdit edit = { first_agent + row, first_day + column,
                              g_array_index (self->clipboard, int, row * self->clip_days + column) };

        g_array_append_val (edits, edit);
      }
  _fl_roster_grid_emit_edits (self, edits);
}

/* Input */

static gboolean
cell_at (FlRosterGrid *self,
         double        x,
         double        y,
         int          *agent,
         int          *day)
{
  GridArea area;

  _fl_roster_grid_get_area (self, &area);
  if (_fl_roster_grid_n_agents (self) == 0 || y < area.body_y || y >= area.body_y + area.height)
    return FALSE;
  *agent = (int) ((y - area.body_y + gtk_adjustment_get_value (self->vadjustment)) / GRID_ROW_HEIGHT);
  if (x < area.body_x)
    {
      *day = -1;   /* the name: the agent's whole month */
      return *agent < (int) _fl_roster_grid_n_agents (self);
    }
  if (x >= area.body_x + area.width)
    return FALSE;
  *day = (int) ((x - area.body_x + gtk_adjustment_get_value (self->hadjustment)) / GRID_DAY_WIDTH);
  return *agent < (int) _fl_roster_grid_n_agents (self) && *day < (int) _fl_roster_grid_n_days (self);
}

static void
pressed_cb (FlRosterGrid    *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  int agent, day;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!cell_at (self, x, y, &agent, &day))
    return;
  if (day < 0)
    {
      _fl_roster_grid_move_cursor (self, agent, 0, FALSE);
      _fl_roster_grid_move_cursor (self, agent, (int) _fl_roster_grid_n_days (self) - 1, TRUE);
      return;
    }
  _fl_roster_grid_move_cursor (self, agent, day, (state & GDK_SHIFT_MASK) != 0);
}

static void
drag_update_cb (FlRosterGrid   *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  double start_x, start_y;
  int agent, day;

  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  if (cell_at (self, start_x + offset_x, start_y + offset_y, &agent, &day) && day >= 0)
    _fl_roster_grid_move_cursor (self, agent, day, TRUE);
}

static gboolean
key_pressed_cb (FlRosterGrid          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean extend = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  int agent = (int) self->cursor_agent, day = (int) self->cursor_day;
  int page = MAX (1, (int) (gtk_adjustment_get_page_size (self->vadjustment) / GRID_ROW_HEIGHT) - 1);
  gunichar character;

  /* Alt+arrows change the month; Alt+letters are mnemonics. */
  if (self->roster == NULL || _fl_roster_grid_n_agents (self) == 0 || (state & GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      _fl_roster_grid_move_cursor (self, agent, control ? 0 : day - 1, extend);
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      _fl_roster_grid_move_cursor (self, agent, control ? (int) _fl_roster_grid_n_days (self) - 1 : day + 1, extend);
      return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      _fl_roster_grid_move_cursor (self, control ? 0 : agent - 1, day, extend);
      return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      _fl_roster_grid_move_cursor (self, control ? (int) _fl_roster_grid_n_agents (self) - 1 : agent + 1, day, extend);
      return TRUE;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      _fl_roster_grid_move_cursor (self, agent, 0, extend);
      return TRUE;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      _fl_roster_grid_move_cursor (self, agent, (int) _fl_roster_grid_n_days (self) - 1, extend);
      return TRUE;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
      _fl_roster_grid_move_cursor (self, agent - page, day, extend);
      return TRUE;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      _fl_roster_grid_move_cursor (self, agent + page, day, extend);
      return TRUE;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete: case GDK_KEY_BackSpace:
      fl_roster_grid_fill_selection (self, FL_ROSTER_EMPTY);
      return TRUE;
    default:
      break;
    }
  if (control && (keyval == GDK_KEY_c || keyval == GDK_KEY_C))
    {
      copy_selection (self);
      return TRUE;
    }
  if (control && (keyval == GDK_KEY_v || keyval == GDK_KEY_V))
    {
      paste (self);
      return TRUE;
    }
  if (control && (keyval == GDK_KEY_a || keyval == GDK_KEY_A))
    {
      _fl_roster_grid_move_cursor (self, 0, 0, FALSE);
      _fl_roster_grid_move_cursor (self, (int) _fl_roster_grid_n_agents (self) - 1, (int) _fl_roster_grid_n_days (self) - 1, TRUE);
      return TRUE;
    }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  /* A shift's code key sets the selection to it. */
  character = gdk_keyval_to_unicode (keyval);
  if (character != 0 && g_unichar_isalnum (character))
    {
      char code[8] = { 0, };
      int shift;

      g_unichar_to_utf8 (g_unichar_toupper (character), code);
      shift = fl_roster_find_shift_code (self->roster, code);
      if (shift != FL_ROSTER_EMPTY)
        {
          fl_roster_grid_fill_selection (self, shift);
          if (self->anchor_agent == self->cursor_agent && self->anchor_day == self->cursor_day)
            _fl_roster_grid_move_cursor (self, agent, day + 1, FALSE);   /* on to the next day, as a spreadsheet does */
          return TRUE;
        }
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }
  return FALSE;
}

/* A day's heading tells its holiday; a cell who and what it is. */
static gboolean
query_tooltip_cb (FlRosterGrid *self,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip)
{
  g_autofree char *text = NULL;
  GridArea area;
  int agent, day;

  if (keyboard_mode || _fl_roster_grid_n_days (self) == 0)
    return FALSE;
  if (cell_at (self, x, y, &agent, &day))
    {
      if (day < 0)
        return FALSE;
      text = _fl_roster_grid_describe_cell (self, (guint) agent, (guint) day);
    }
  else
    {
      _fl_roster_grid_get_area (self, &area);
      if (y >= area.body_y || x < area.body_x || x >= area.body_x + area.width)
        return FALSE;
      day = (int) ((x - area.body_x + gtk_adjustment_get_value (self->hadjustment)) / GRID_DAY_WIDTH);
      if (day >= (int) _fl_roster_grid_n_days (self))
        return FALSE;
      text = _fl_roster_grid_describe_day (self, (guint) day);
    }
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_fl_roster_grid_add_controllers (FlRosterGrid *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}
