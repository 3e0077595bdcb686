/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "fl-database.h"
#include "fl-session.h"

G_BEGIN_DECLS

/* One of the center's rules from domain.md, with its shipped default. */
typedef struct
{
  const char *key;
  const char *group;     /* translatable with N_(), shown with _() */
  const char *title;     /* translatable with N_() */
  const char *subtitle;  /* translatable with N_() */
  double      default_value;
  double      minimum;
  double      maximum;
  double      step;
  guint       digits;
  /* The labels of the values 0, 1, 2… (translatable with N_()), for a
   * choice rather than a number; NULL for a number. */
  const char * const *choices;
} FlPolicyInfo;

const FlPolicyInfo *fl_policy_list_all     (guint *n_policies);
const FlPolicyInfo *fl_policy_lookup       (const char *key);

#define FL_TYPE_POLICY_SERVICE (fl_policy_service_get_type ())
G_DECLARE_FINAL_TYPE (FlPolicyService, fl_policy_service, FL, POLICY_SERVICE, GObject)

FlPolicyService *fl_policy_service_new     (FlDatabase       *database);
double           fl_policy_service_get     (FlPolicyService  *self,
                                            const char       *key);
gboolean         fl_policy_service_set     (FlPolicyService  *self,
                                            FlSession        *actor,
                                            const char       *key,
                                            double            value,
                                            GError          **error);

G_END_DECLS
