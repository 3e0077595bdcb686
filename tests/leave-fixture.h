/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-leave-service.h"
#include "fl-test-util.h"

G_BEGIN_DECLS

/* Shared by test-leave and test-leave-statement: a fresh database with a
 * center of two teams. Team 1, led by 张强 (staff 10, lead1), has three
 * agents; team 2 is led by 赵敏 (lead2); 周总 (staff 20) is the department
 * head, 钱伟 (staff 30) an administrator; account 5 is a QA auditor. 王芳
 * was hired in 2010. */
typedef struct
{
  FlTestDatabase  db;
  FlLeaveService *leave;
  FlSession      *lead;
  FlSession      *lead2;
  FlSession      *qa;
  FlSession      *head;
  FlSession      *admin;
  GDate           monday;   /* the first Monday three months on: every notice is met */
} Fixture;

void          fixture_setup    (Fixture            *fixture,
                                gconstpointer       data);
void          fixture_teardown (Fixture            *fixture,
                                gconstpointer       data);
/* The day @offset days from the fixture's Monday, as YYYY-MM-DD. */
char         *day              (Fixture            *fixture,
                                int                 offset);
/* Today plus @offset days. */
char         *from_today       (int                 offset);
gint64        type_id          (Fixture            *fixture,
                                const char         *code);
gint64        count            (Fixture            *fixture,
                                const char         *sql);
/* A draft for @staff_id of @code from @first to @last whole days. */
FlLeaveDraft  draft            (Fixture            *fixture,
                                gint64              staff_id,
                                const char         *code,
                                const char         *first,
                                const char         *last);
gint64        file_ok          (Fixture            *fixture,
                                FlSession          *actor,
                                const FlLeaveDraft *leave);
void          assert_refused   (Fixture            *fixture,
                                FlSession          *actor,
                                const FlLeaveDraft *leave,
                                GQuark              domain,
                                int                 code);
void          assert_steps     (Fixture            *fixture,
                                gint64              id,
                                guint               n_steps,
                                FlLeaveApprover     first,
                                FlLeaveApprover     second);
guint         n_waiting        (Fixture            *fixture,
                                FlSession          *actor);

G_END_DECLS
