/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-shift-spec.h"

G_BEGIN_DECLS

typedef enum
{
  FL_SEASON_ALL,
  FL_SEASON_SUMMER,   /* spring and summer */
  FL_SEASON_WINTER,   /* the heating season */
} FlSeason;

/* A shift type (班次) a roster cell can hold. */
typedef struct
{
  gint64       id;
  char        *code;              /* the key that sets it in the grid: "E" */
  char        *name;              /* translated */
  char        *colour;            /* "#rrggbb" */
  FlShiftSpec  spec;
  FlSeason     season;
  int          handover_minutes;  /* arrive this early for the handover (交接班) */
} FlShiftTypeFields;

#define FL_TYPE_SHIFT_TYPE (fl_shift_type_get_type ())
G_DECLARE_FINAL_TYPE (FlShiftType, fl_shift_type, FL, SHIFT_TYPE, GObject)

/* Takes the strings of @fields. */
FlShiftType             *fl_shift_type_new        (FlShiftTypeFields *fields);
const FlShiftTypeFields *fl_shift_type_get_fields (FlShiftType       *self);
/* "08:00–16:00", or the name of a day off or leave. */
char                    *fl_shift_type_describe_times (FlShiftType   *self);

G_END_DECLS
