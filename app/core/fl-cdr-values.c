/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-cdr-values"

#include "config.h"

#include <string.h>

#include "fl-cdr-values.h"

/*
 * The values in a call list's fields, as PBXes and spreadsheets write them;
 * fl-cdr-values.h lists the forms each function reads. Times without an
 * offset are in the PBX's local time, which is taken to be this computer's.
 */

static const struct
{
  const char      *word;
  FlCallDirection  direction;
} direction_words[] = {
  { "inbound", FL_CALL_DIRECTION_INBOUND },
  { "in", FL_CALL_DIRECTION_INBOUND },
  { "incoming", FL_CALL_DIRECTION_INBOUND },
  { "呼入", FL_CALL_DIRECTION_INBOUND },
  { "来电", FL_CALL_DIRECTION_INBOUND },
  { "outbound", FL_CALL_DIRECTION_OUTBOUND },
  { "out", FL_CALL_DIRECTION_OUTBOUND },
  { "outgoing", FL_CALL_DIRECTION_OUTBOUND },
  { "呼出", FL_CALL_DIRECTION_OUTBOUND },
  { "去电", FL_CALL_DIRECTION_OUTBOUND },
  { "外呼", FL_CALL_DIRECTION_OUTBOUND },
  { "internal", FL_CALL_DIRECTION_INTERNAL },
  { "local", FL_CALL_DIRECTION_INTERNAL },
  { "内部", FL_CALL_DIRECTION_INTERNAL },
  { "内线", FL_CALL_DIRECTION_INTERNAL },
};

/* Reads up to @max_digits digits (at least one); -1 when there are none. */
static int
read_number (const char **p,
             int          max_digits)
{
  int value = 0, digits = 0;

  while (digits < max_digits && g_ascii_isdigit (**p))
    {
      value = value * 10 + g_ascii_digit_value (**p);
      (*p)++;
      digits++;
    }
  return digits > 0 ? value : -1;
}

/* "Z", "+08:00", "+0800", "+08" or nothing (local time). */
static gboolean
read_zone (const char  *p,
           GTimeZone  **zone)
{
  int hours, minutes = 0, sign;

  if (*p == '\0')
    {
      *zone = g_time_zone_new_local ();
      return TRUE;
    }
  if ((*p == 'Z' || *p == 'z') && p[1] == '\0')
    {
      *zone = g_time_zone_new_utc ();
      return TRUE;
    }
  if (*p != '+' && *p != '-')
    return FALSE;
  sign = *p++ == '-' ? -1 : 1;
  if ((hours = read_number (&p, 2)) < 0 || hours > 14)
    return FALSE;
  if (*p == ':')
    p++;
  if (*p != '\0' && ((minutes = read_number (&p, 2)) < 0 || minutes > 59))
    return FALSE;
  if (*p != '\0')
    return FALSE;
  *zone = g_time_zone_new_offset (sign * (hours * 3600 + minutes * 60));
  return TRUE;
}

/* Whole seconds and a fraction: "95", "95.5"; FALSE when there is no digit. */
static gboolean
read_seconds (const char **p,
              double      *seconds)
{
  int digits = 0;

  *seconds = 0;
  for (; g_ascii_isdigit (**p) && digits < 9; (*p)++, digits++)
    *seconds = *seconds * 10 + g_ascii_digit_value (**p);
  if (digits == 0 || g_ascii_isdigit (**p))
    return FALSE;
  if (**p == '.')
    for (double scale = 0.1; g_ascii_isdigit (*++(*p)); scale /= 10)
      *seconds += g_ascii_digit_value (**p) * scale;
  return TRUE;
}

/* "1:02:03", "01:35" */
static gboolean
parse_clock (const char *text,
             double     *seconds)
{
  const char *p = text;
  double parts[3];
  guint n = 0;

  for (;;)
    {
      if (n == G_N_ELEMENTS (parts) || !read_seconds (&p, &parts[n]))
        return FALSE;
      n++;
      if (*p != ':')
        break;
      p++;
    }
  if (*p != '\0' || n < 2)
    return FALSE;

  *seconds = 0;
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && parts[i] >= 60)
        return FALSE;
      *seconds = *seconds * 60 + parts[i];
    }
  return TRUE;
}

/* "1小时2分3秒", "2分钟", "35秒" */
static gboolean
parse_units (const char *text,
             double     *seconds)
{
  static const struct
  {
    const char *unit;
    int         seconds;
  } units[] = { { "小时", 3600 }, { "时", 3600 }, { "分钟", 60 }, { "分", 60 },
                { "秒钟", 1 }, { "秒", 1 } };
  const char *p = text;

  *seconds = 0;
  while (*p != '\0')
    {
      double value;
      guint i;

      if (!read_seconds (&p, &value))
        return FALSE;
      while (*p == ' ')
        p++;
      for (i = 0; i < G_N_ELEMENTS (units) && !g_str_has_prefix (p, units[i].unit); i++)
        ;
      if (i == G_N_ELEMENTS (units))
        return FALSE;
      *seconds += value * units[i].seconds;
      p += strlen (units[i].unit);
      while (*p == ' ')
        p++;
    }
  return TRUE;
}

/* An extension or 工号: 1 to 6 digits. */
static gboolean
is_extension (const char *number)
{
  gsize length = number ? strlen (number) : 0;

  return length >= 1 && length <= 6 && strspn (number, "0123456789") == length;
}

static gboolean
is_outside_number (const char *number)
{
  const char *digits = number && *number == '+' ? number + 1 : number;
  gsize length = digits ? strlen (digits) : 0;

  return length >= 7 && strspn (digits, "0123456789") == length;
}

char *
fl_cdr_decode_text (const char *data,
                    gsize       length)
{
  g_autofree char *converted = NULL;
  const char *text = data;
  gsize text_length = length;

  g_return_val_if_fail (data != NULL, NULL);

  if (length >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                      ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      if (!(converted = g_convert (data, length, "UTF-8", "UTF-16", NULL, &text_length, NULL)))
        return NULL;
      text = converted;
    }

  if (text_length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      text_length -= 3;
    }

  if (!g_utf8_validate_len (text, text_length, NULL))
    {
      if (converted != NULL)
        return NULL;
      if (!(converted = g_convert (data, length, "UTF-8", "GB18030", NULL, &text_length, NULL)))
        return NULL;
      text = converted;
    }

  /* Text has no control characters but tabs and line ends. */
  for (gsize i = 0; i < text_length; i++)
    if ((guchar) text[i] < 0x20 && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
      return NULL;

  return g_strndup (text, text_length);
}

GDateTime *
fl_cdr_parse_start (const char *text)
{
  g_autoptr(GTimeZone) zone = NULL;
  const char *p = text;
  int year, month, day, hour, minute, second = 0;
  double fraction = 0;
  gsize length;
  char separator;

  g_return_val_if_fail (text != NULL, NULL);

  length = strlen (text);
  if (length == 10 && strspn (text, "0123456789") == 10)
    return g_date_time_new_from_unix_local (g_ascii_strtoll (text, NULL, 10));

  if (length == 14 && strspn (text, "0123456789") == 14)
    {
      year = read_number (&p, 4);
      month = read_number (&p, 2);
      day = read_number (&p, 2);
      hour = read_number (&p, 2);
      minute = read_number (&p, 2);
      second = read_number (&p, 2);
    }
  else
    {
      if ((year = read_number (&p, 4)) < 1000 || (*p != '-' && *p != '/' && *p != '.'))
        return NULL;
      separator = *p++;
      if ((month = read_number (&p, 2)) < 0 || *p++ != separator ||
          (day = read_number (&p, 2)) < 0 || (*p != ' ' && *p != 'T'))
        return NULL;
      while (*p == ' ' || *p == 'T')
        p++;
      if ((hour = read_number (&p, 2)) < 0 || *p++ != ':' || (minute = read_number (&p, 2)) < 0)
        return NULL;
      if (*p == ':' && (p++, (second = read_number (&p, 2)) < 0))
        return NULL;
      if (*p == '.' || *p == ',')
        {
          for (double scale = 0.1; g_ascii_isdigit (*++p); scale /= 10)
            fraction += g_ascii_digit_value (*p) * scale;
        }
      while (*p == ' ')
        p++;
    }

  if (!g_date_valid_dmy (day, month, year) || hour > 23 || minute > 59 || second > 59 ||
      !read_zone (p, &zone))
    return NULL;

  return g_date_time_new (zone, year, month, day, hour, minute, second + fraction);
}

gint64
fl_cdr_parse_duration (const char *text)
{
  const char *p = text;
  double seconds;

  g_return_val_if_fail (text != NULL, -1);

  if (strchr (text, ':') != NULL)
    {
      if (!parse_clock (text, &seconds))
        return -1;
    }
  else if (!(read_seconds (&p, &seconds) && *p == '\0') && !parse_units (text, &seconds))
    return -1;

  return (gint64) (seconds * 1000 + 0.5);
}

gboolean
fl_cdr_parse_direction (const char      *text,
                        FlCallDirection *direction)
{
  g_autofree char *word = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (direction != NULL, FALSE);

  word = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (direction_words); i++)
    if (strcmp (word, direction_words[i].word) == 0)
      {
        *direction = direction_words[i].direction;
        return TRUE;
      }
  return FALSE;
}

/* FreePBX's dialplan contexts: where the call entered. */
FlCallDirection
fl_cdr_direction_from_context (const char *context,
                               const char *callee)
{
  if (context == NULL)
    return FL_CALL_DIRECTION_UNKNOWN;
  if (g_str_has_prefix (context, "from-trunk") || g_str_has_prefix (context, "from-pstn") ||
      g_str_has_prefix (context, "from-did") || g_str_has_prefix (context, "ext-did") ||
      strcmp (context, "ext-queues") == 0)
    return FL_CALL_DIRECTION_INBOUND;
  if (g_str_has_prefix (context, "outrt-"))
    return FL_CALL_DIRECTION_OUTBOUND;
  if (g_str_has_prefix (context, "from-internal"))
    {
      if (is_extension (callee))
        return FL_CALL_DIRECTION_INTERNAL;
      if (is_outside_number (callee))
        return FL_CALL_DIRECTION_OUTBOUND;
    }
  return FL_CALL_DIRECTION_UNKNOWN;
}

/* "PJSIP/1023-0000001a" or "Local/1023@from-queue-00000012;1" → "1023" */
char *
fl_cdr_channel_extension (const char *channel)
{
  const char *slash = channel ? strchr (channel, '/') : NULL;
  g_autofree char *device = NULL;

  if (slash == NULL)
    return NULL;
  device = g_strndup (slash + 1, strcspn (slash + 1, "@-;"));
  return is_extension (device) ? g_steal_pointer (&device) : NULL;
}

char *
fl_cdr_base_name (const char *path)
{
  const char *name = path;

  g_return_val_if_fail (path != NULL, NULL);

  for (const char *p = path; *p != '\0'; p++)
    if (*p == '/' || *p == '\\')
      name = p + 1;
  return *name != '\0' ? g_strdup (name) : NULL;
}
