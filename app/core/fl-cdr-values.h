/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fl-call-metadata.h"

G_BEGIN_DECLS

/* The values of a call list (CDR), each read from one field's text. */

/* The file's bytes as UTF-8 without byte order mark: UTF-8 (with or without
 * a byte order mark), UTF-16 with a byte order mark, or GB18030. %NULL for
 * binary data, that is anything with control characters other than tabs and
 * line ends. */
char            *fl_cdr_decode_text            (const char       *data,
                                                gsize             length);

/* A start time: "2026-11-03 09:15:02" (also with "/" or ".", with "T",
 * without seconds, with a fraction of a second or single-digit fields) in the
 * PBX's local time unless an offset ("+08:00", "+0800", "+08") or "Z" follows;
 * 14 digits (20261103091502); or 10 digits of Unix seconds. %NULL when @text
 * is none of these or no real date and time. */
GDateTime       *fl_cdr_parse_start            (const char       *text);

/* A duration in milliseconds, rounded: seconds ("95", "95.5"), a clock
 * ("00:01:35", "1:35") or Chinese units ("1分35秒", "1小时2分钟"). -1 when
 * @text is no duration. */
gint64           fl_cdr_parse_duration         (const char       *text);

/* A direction word, ignoring case: inbound, in, incoming, 呼入, 来电 /
 * outbound, out, outgoing, 呼出, 去电, 外呼 / internal, local, 内部, 内线.
 * FALSE, leaving @direction as it is, for any other word. */
gboolean         fl_cdr_parse_direction        (const char       *text,
                                                FlCallDirection  *direction);

/* The direction an Asterisk (FreePBX) dialplan context tells: from-trunk,
 * from-pstn, from-did, ext-did and ext-queues are inbound, outrt-… outbound;
 * from-internal is internal when @callee is an extension (1 to 6 digits) and
 * outbound when it is an outside number (7 digits or more, perhaps after
 * "+"). Unknown otherwise, and when @context is %NULL. */
FlCallDirection  fl_cdr_direction_from_context (const char       *context,
                                                const char       *callee);

/* The extension an Asterisk channel belongs to: "PJSIP/1023-0000001a" or
 * "Local/1023@from-queue-00000012;1" → "1023". %NULL when @channel is %NULL
 * or names no extension of 1 to 6 digits. */
char            *fl_cdr_channel_extension      (const char       *channel);

/* The file name in a recording's path, without folders, Windows' included;
 * %NULL when the path ends in a folder separator. */
char            *fl_cdr_base_name              (const char       *path);

G_END_DECLS
