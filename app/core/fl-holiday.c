/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-holiday"

#include "config.h"

#include "fl-holiday.h"

struct _FlHoliday
{
  GObject        parent_instance;

  gint64         id;
  char          *date;
  char          *name;
  FlHolidayKind  kind;
};

G_DEFINE_FINAL_TYPE (FlHoliday, fl_holiday, G_TYPE_OBJECT)

static void
fl_holiday_finalize (GObject *object)
{
  FlHoliday *self = FL_HOLIDAY (object);

  g_free (self->date);
  g_free (self->name);

  G_OBJECT_CLASS (fl_holiday_parent_class)->finalize (object);
}

static void
fl_holiday_class_init (FlHolidayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fl_holiday_finalize;
}

static void
fl_holiday_init (FlHoliday *self)
{
}

FlHoliday *
fl_holiday_new (gint64         id,
                const char    *date,
                const char    *name,
                FlHolidayKind  kind)
{
  FlHoliday *self;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (FL_TYPE_HOLIDAY, NULL);
  self->id = id;
  self->date = g_strdup (date);
  self->name = g_strdup (name);
  self->kind = kind;
  return self;
}

gint64
fl_holiday_get_id (FlHoliday *self)
{
  g_return_val_if_fail (FL_IS_HOLIDAY (self), 0);

  return self->id;
}

const char *
fl_holiday_get_date (FlHoliday *self)
{
  g_return_val_if_fail (FL_IS_HOLIDAY (self), NULL);

  return self->date;
}

const char *
fl_holiday_get_name (FlHoliday *self)
{
  g_return_val_if_fail (FL_IS_HOLIDAY (self), NULL);

  return self->name;
}

FlHolidayKind
fl_holiday_get_kind (FlHoliday *self)
{
  g_return_val_if_fail (FL_IS_HOLIDAY (self), FL_HOLIDAY_DAY_OFF);

  return self->kind;
}

const char *
fl_holiday_kind_to_string (FlHolidayKind kind)
{
  return kind == FL_HOLIDAY_WORKDAY ? "workday" : "holiday";
}

FlHolidayKind
fl_holiday_kind_from_string (const char *text)
{
  return g_strcmp0 (text, "workday") == 0 ? FL_HOLIDAY_WORKDAY : FL_HOLIDAY_DAY_OFF;
}

gboolean
fl_holiday_is_working_day (const GDate *date,
                           FlHoliday   *holiday)
{
  GDateWeekday weekday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (holiday != NULL)
    return holiday->kind == FL_HOLIDAY_WORKDAY;
  weekday = g_date_get_weekday (date);
  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY;
}
