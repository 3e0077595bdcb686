/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-media-error.h"

G_BEGIN_DECLS

/* A file made by tests/media/meson.build. */
char *fl_test_media_path     (const char *name);

/* A 16-bit PCM WAV at @rate: a 440 Hz sine of amplitude 0.5 on the first
 * channel, silence on the others. */
void  fl_test_write_wav      (const char *path,
                              guint       rate,
                              guint       n_channels,
                              guint64     n_frames);

/* Inputs that are not usable recordings, and the error each must give. */
typedef struct
{
  const char   *name;
  FlMediaError  code;
  const char   *words;   /* in the message, besides the path; or NULL */
} FlTestBadInput;

extern const FlTestBadInput fl_test_bad_inputs[];
extern const guint          fl_test_n_bad_inputs;

/* Makes @input in @folder. Returns its path, or NULL if this machine can in
 * fact play it (a decoder the test counts on missing is installed). */
char *fl_test_make_bad_input (const char           *folder,
                              const FlTestBadInput *input);
/* Removes @folder and what fl_test_make_bad_input() made in it. */
void  fl_test_remove_bad_input (const char         *folder);

G_END_DECLS
