/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One recording of a JSON index (the format is in the README). */
typedef struct
{
  char   *id;          /* the server's, unique */
  char   *start;       /* UTC ISO-8601 */
  double  duration;    /* seconds, or 0 unknown */
  char   *caller;
  char   *callee;
  char   *agent;       /* the agent's job number, or NULL */
  char   *extension;
  char   *queue;
  char   *direction;   /* "inbound", "outbound", "internal", or NULL */
  char   *url;         /* relative to the index, or absolute on the same server */
  gint64  size;        /* bytes, or -1 */
  char   *etag;        /* or NULL */
  char   *modified;    /* UTC ISO-8601, or NULL (listings give it, the index need not) */
} FlRemoteRecord;

/* The largest page read: an "index" of gigabytes is refused unread. */
#define FL_REMOTE_INDEX_PAGE_MAX (64 * 1024 * 1024)

void       fl_remote_record_free      (FlRemoteRecord *self);

/* The records of one page of a JSON index: a GPtrArray of FlRemoteRecord.
 * @next is set to the next page's link, or NULL on the last; @removed to
 * the ids the page says were deleted (of an incremental index), or NULL. Records
 * without an id, a start time or a URL are skipped and counted in
 * @n_skipped. Not JSON, not an object, or "recordings" not a list is
 * FL_REMOTE_ERROR_GARBAGE; a page over FL_REMOTE_INDEX_PAGE_MAX is
 * FL_REMOTE_ERROR_TOO_BIG. */
GPtrArray *fl_remote_index_parse_page (const char     *json,
                                       gsize           length,
                                       char          **next,
                                       GStrv          *removed,
                                       guint          *n_skipped,
                                       GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FlRemoteRecord, fl_remote_record_free)

G_END_DECLS
