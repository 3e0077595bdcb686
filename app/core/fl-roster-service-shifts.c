/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-roster-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fl-audit.h"
#include "fl-roster-private.h"
#include "fl-roster-service.h"
#include "fl-sql.h"

/* Shift types (班次) as the department head or an administrator edits them. */

static const char *season_names[] = { "all", "summer", "winter" };

static gboolean
is_colour (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_code (const char *code)
{
  gsize length = code ? strlen (code) : 0;

  if (length < 1 || length > 3)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (code[i]))
      return FALSE;
  return TRUE;
}

/* A break lies within its shift and is shorter than it. */
static gboolean
break_fits (const FlShiftSpec *spec)
{
  int length = fl_shift_spec_length (spec);
  int from, to;

  if (spec->break_start < 0 && spec->break_end < 0)
    return TRUE;
  if (spec->break_start < 0 || spec->break_end < 0 || spec->break_start == spec->break_end ||
      spec->break_start >= FL_MINUTES_PER_DAY || spec->break_end >= FL_MINUTES_PER_DAY)
    return FALSE;
  from = (spec->break_start - spec->start + 2 * FL_MINUTES_PER_DAY) % FL_MINUTES_PER_DAY;
  to = from + (spec->break_end - spec->break_start + FL_MINUTES_PER_DAY) % FL_MINUTES_PER_DAY;
  return from > 0 && to < length;
}

static gboolean
check_fields (const FlShiftTypeFields *fields,
              GError                 **error)
{
  const FlShiftSpec *spec = &fields->spec;
  g_autofree char *name = g_strstrip (g_strdup (fields->name ? fields->name : ""));

  if (!is_code (fields->code))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A shift’s code is one to three letters or digits, the key that sets it: E, N2."));
      return FALSE;
    }
  if (*name == '\0' || g_utf8_strlen (name, -1) > 40)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("Give the shift a name of up to 40 characters."));
      return FALSE;
    }
  if (!is_colour (fields->colour))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A shift’s colour is written as #rrggbb, as #2ec27e."));
      return FALSE;
    }
  if (spec->kind == FL_SHIFT_KIND_WORK &&
      (spec->start < 0 || spec->start > FL_MINUTES_PER_DAY || spec->end < 0 || spec->end >= FL_MINUTES_PER_DAY ||
       spec->start % FL_MINUTES_PER_DAY == spec->end))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A shift starts and ends at different times of the day, from 00:00 to 24:00; "
                             "an end before the start is the next morning."));
      return FALSE;
    }
  if (spec->kind == FL_SHIFT_KIND_WORK && !break_fits (spec))
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("A break starts after the shift starts and ends before it ends; leave both empty "
                             "for no break."));
      return FALSE;
    }
  if (fields->handover_minutes < 0 || fields->handover_minutes > 120 || fields->season > FL_SEASON_WINTER)
    {
      g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                           _("The handover is from 0 to 120 minutes before the shift."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse_leave (GError **error)
{
  g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                       _("Leave is a shift of its own, set by the leave chain: it cannot become another kind, "
                         "nor another shift leave."));
  return FALSE;
}

typedef struct
{
  FlDatabase              *database;
  FlSession               *actor;
  const FlShiftTypeFields *fields;
  gint64                   id;
} ShiftChange;

static gboolean
apply_shift_type (gpointer   user_data,
                  GError   **error)
{
  ShiftChange *change = user_data;
  const FlShiftTypeFields *fields = change->fields;
  const FlShiftSpec *spec = &fields->spec;
  g_autoptr(sqlite3_stmt) taken = NULL;
  g_autoptr(sqlite3_stmt) kind = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autofree char *code = g_ascii_strup (fields->code, -1);
  g_autofree char *colour = g_ascii_strdown (fields->colour, -1);
  g_autofree char *name = g_strstrip (g_strdup (fields->name));
  gboolean has_row = FALSE;
  gboolean is_work = spec->kind == FL_SHIFT_KIND_WORK;

  taken = fl_database_prepare (change->database, "SELECT 1 FROM shift_types WHERE code = ? AND id != ?", error);
  if (taken == NULL)
    return FALSE;
  sqlite3_bind_text (taken, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (taken, 2, change->id);
  if (!fl_database_step (change->database, taken, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_INVALID,
                   _("Another shift already has the code %s: each key sets one shift."), code);
      return FALSE;
    }
  if (change->id != 0)
    {
      kind = fl_database_prepare (change->database, "SELECT kind FROM shift_types WHERE id = ?", error);
      if (kind == NULL)
        return FALSE;
      sqlite3_bind_int64 (kind, 1, change->id);
      if (!fl_database_step (change->database, kind, &has_row, error))
        return FALSE;
      if (!has_row)
        {
          g_set_error_literal (error, FL_ROSTER_ERROR, FL_ROSTER_ERROR_NOT_FOUND, _("This shift no longer exists."));
          return FALSE;
        }
      /* Leave stays leave: the leave chain sets it. */
      if ((fl_shift_kind_from_string (fl_sql_column_text (kind, 0)) == FL_SHIFT_KIND_LEAVE) !=
          (spec->kind == FL_SHIFT_KIND_LEAVE))
        return refuse_leave (error);
      if (!(before = fl_audit_snapshot (change->database, "shift_types", change->id, error)))
        return FALSE;
      write = fl_database_prepare (change->database,
                                   "UPDATE shift_types SET code = ?1, name = ?2, colour = ?3, kind = ?4, "
                                   "  start_minute = ?5, end_minute = ?6, break_start = ?7, break_end = ?8, "
                                   "  season = ?9, handover_minutes = ?10 WHERE id = ?11",
                                   error);
    }
  else if (spec->kind == FL_SHIFT_KIND_LEAVE)
    return refuse_leave (error);
  else
    write = fl_database_prepare (change->database,
                                 "INSERT INTO shift_types (code, name, colour, kind, start_minute, end_minute, "
                                 "  break_start, break_end, season, handover_minutes, position) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                 "  (SELECT coalesce (max (position), 0) + 1 FROM shift_types))",
                                 error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_text (write, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (write, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (write, 3, colour, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (write, 4, spec->kind == FL_SHIFT_KIND_WORK ? "work" : spec->kind == FL_SHIFT_KIND_OFF ? "off" : "leave",
                     -1, SQLITE_STATIC);
  sqlite3_bind_int (write, 5, is_work ? spec->start : 0);
  sqlite3_bind_int (write, 6, is_work ? spec->end : 0);
  if (is_work && spec->break_start >= 0)
    {
      sqlite3_bind_int (write, 7, spec->break_start);
      sqlite3_bind_int (write, 8, spec->break_end);
    }
  sqlite3_bind_text (write, 9, season_names[fields->season], -1, SQLITE_STATIC);
  sqlite3_bind_int (write, 10, fields->handover_minutes);
  if (change->id != 0)
    sqlite3_bind_int64 (write, 11, change->id);
  if (!fl_database_run (change->database, write, error))
    return FALSE;
  if (change->id == 0)
    change->id = fl_database_last_insert_id (change->database);
  return fl_audit_record_saved (change->database, change->actor, "shift_types", change->id, before, error);
}

gint64
fl_roster_service_save_shift_type (FlRosterService          *self,
                                   FlSession                *actor,
                                   const FlShiftTypeFields  *fields,
                                   GError                  **error)
{
  ShiftChange change = { NULL, actor, fields, 0 };

  g_return_val_if_fail (FL_IS_ROSTER_SERVICE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!fl_session_check (actor, FL_PERMISSION_CHANGE_POLICIES, error) || !check_fields (fields, error))
    return 0;
  change.database = _fl_roster_service_get_database (self);
  change.id = fields->id;
  if (!fl_database_transaction (change.database, apply_shift_type, &change, error))
    return 0;
  return change.id;
}
