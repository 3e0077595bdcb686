/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-remote-client.h"
#include "fl-remote-index.h"
#include "fl-remote-source.h"

G_BEGIN_DECLS

/* Folders walked into, at most, and how deep. */
#define FL_REMOTE_WALK_MAX_FOLDERS 20000
#define FL_REMOTE_WALK_MAX_DEPTH   12
/* The largest directory listing or PROPFIND answer read. */
#define FL_REMOTE_WALK_LISTING_MAX (16 * 1024 * 1024)

/* Takes @record (transfer full); FALSE with @error stops the walk. */
typedef gboolean (*FlRemoteWalkFunc) (FlRemoteRecord  *record,
                                      gpointer         user_data,
                                      GError         **error);

/* Walks a web server's directory listing or a WebDAV share (@kind) from
 * @base_url down, handing @found each audio file as a record: its URL,
 * what its name tells (parsed as in a folder import), its size, time and
 * ETag. A subfolder that cannot be read, or is too deep, is added to
 * @problems (FlImportProblem) and clears *@whole: what it holds is not
 * known. The top folder failing, or the server, the sign-in or the network,
 * ends the walk with @error. */
gboolean fl_remote_walk (FlRemoteClient       *client,
                         FlRemoteListingKind   kind,
                         const char           *base_url,
                         FlRemoteWalkFunc      found,
                         gpointer              user_data,
                         GPtrArray            *problems,
                         gboolean             *whole,
                         GCancellable         *cancellable,
                         GError              **error);

G_END_DECLS
