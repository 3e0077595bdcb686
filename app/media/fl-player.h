/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gst/gst.h>

G_BEGIN_DECLS

#define FL_PLAYER_MIN_RATE     0.5
#define FL_PLAYER_MAX_RATE     2.0
#define FL_PLAYER_RATE_STEP    0.1
#define FL_PLAYER_MAX_CHANNELS 8

typedef enum
{
  FL_PLAYER_STATE_STOPPED,   /* nothing open, still opening, or stopped by an error */
  FL_PLAYER_STATE_PAUSED,    /* ready: play starts at once */
  FL_PLAYER_STATE_PLAYING,
} FlPlayerState;

#define FL_TYPE_PLAYER_STATE (fl_player_state_get_type ())
GType fl_player_state_get_type (void) G_GNUC_CONST;

#define FL_TYPE_PLAYER (fl_player_get_type ())
G_DECLARE_FINAL_TYPE (FlPlayer, fl_player, FL, PLAYER, GObject)

/* Plays one recording, or the two mono legs of one call as a stereo call
 * (channel 0 from the first file, 1 from the second). Speed 0.5–2× keeps
 * the pitch; each channel can be muted or soloed. Property notifications,
 * ::error and ::eos come on the main context of the thread that created
 * the player. The sink is autoaudiosink, or the gst-launch description in
 * $FLOORLEAD_AUDIO_SINK; with no sound device it plays silently and says so
 * in :no-audio-device. */
FlPlayer      *fl_player_new                  (void);

/* How the player signs in to a recording server it streams from. */
typedef struct
{
  const char *user;       /* HTTP Basic's user name, or NULL */
  const char *password;   /* Basic's password */
  const char *token;      /* a Bearer token, or NULL */
  const char *ca_file;    /* the only authority trusted, or NULL: the system's */
} FlPlayerHttpAccess;

/* Prepares the recording so that play starts at once; problems come as ::error. */
void           fl_player_open                 (FlPlayer       *self,
                                               const char     *path,
                                               const char     *second_path);
/* Streams the recording at @uri, an http(s) address, signed in with
 * @access (copied; NULL: no sign-in), as soon as enough has arrived.
 * Certificates are always checked and redirects never followed. */
void           fl_player_open_uri             (FlPlayer                 *self,
                                               const char               *uri,
                                               const FlPlayerHttpAccess *access);
void           fl_player_close                (FlPlayer       *self);
void           fl_player_play                 (FlPlayer       *self);
void           fl_player_pause                (FlPlayer       *self);
void           fl_player_toggle               (FlPlayer       *self);
/* Positions in nanoseconds, clamped to the recording. */
void           fl_player_seek                 (FlPlayer       *self,
                                               gint64          position);
void           fl_player_skip                 (FlPlayer       *self,
                                               gint64          delta);

FlPlayerState  fl_player_get_state            (FlPlayer       *self);
/* The file, or the address streamed from. */
const char    *fl_player_get_path             (FlPlayer       *self);
gint64         fl_player_get_position         (FlPlayer       *self);
/* -1 until known. */
gint64         fl_player_get_duration         (FlPlayer       *self);
/* 0 until known. */
guint          fl_player_get_n_channels       (FlPlayer       *self);
gboolean       fl_player_get_no_audio_device  (FlPlayer       *self);

/* Rounded to steps of FL_PLAYER_RATE_STEP within 0.5–2.0. */
double         fl_player_get_rate             (FlPlayer       *self);
void           fl_player_set_rate             (FlPlayer       *self,
                                               double          rate);
double         fl_player_get_volume           (FlPlayer       *self);
void           fl_player_set_volume           (FlPlayer       *self,
                                               double          volume);
/* How far pausing steps back, in nanoseconds, so playing again repeats the
 * last words; 0 by default. */
gint64         fl_player_get_rewind_on_pause  (FlPlayer       *self);
void           fl_player_set_rewind_on_pause  (FlPlayer       *self,
                                               gint64          rewind);

gboolean       fl_player_get_channel_muted    (FlPlayer       *self,
                                               guint           channel);
void           fl_player_set_channel_muted    (FlPlayer       *self,
                                               guint           channel,
                                               gboolean        muted);
gboolean       fl_player_get_channel_solo     (FlPlayer       *self,
                                               guint           channel);
void           fl_player_set_channel_solo     (FlPlayer       *self,
                                               guint           channel,
                                               gboolean        solo);

/* "Agent" and "Customer" for a stereo call, "Channel N" otherwise. */
char          *fl_player_get_channel_label    (guint           n_channels,
                                               guint           channel);

/* For tests and diagnostics; NULL when nothing is open. */
GstElement    *fl_player_get_pipeline         (FlPlayer       *self);

G_END_DECLS
