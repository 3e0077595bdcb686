/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fl-ledger-service.h"
#include "fl-test-util.h"

G_BEGIN_DECLS

/* Shared by test-ledger and test-ledger-requests: the equipment and
 * supplies ledger (台账) on a small center. 王芳 (1), 刘洋 (2) and 李娜 (3)
 * of team 1, led by 张强 (10, lead1); 孙丽 (5) of team 2, led by 赵敏 (11,
 * lead2); 周杰 (6) has left; 周总 (20, head) is the department head; the
 * administrator (account 8) keeps the store; qa (5) audits calls. */
typedef struct
{
  FlTestDatabase   db;
  FlLedgerService *ledger;
  FlSession       *admin;
  FlSession       *lead;
  FlSession       *qa;
  FlSession       *head;
  FlSession       *lead2;
  gint64           paper;     /* A4 paper, by the ream, reorder at 10 */
  gint64           headset;   /* assets HS-001 and HS-002 */
} Fixture;

void   fixture_setup    (Fixture       *fixture,
                         gconstpointer  data);
void   fixture_teardown (Fixture       *fixture,
                         gconstpointer  data);
gint64 count            (Fixture       *fixture,
                         const char    *sql);
gint64 add_item         (Fixture       *fixture,
                         FlItemKind     kind,
                         const char    *name);
void   add_asset        (Fixture       *fixture,
                         gint64         item_id,
                         const char    *tag);
/* Records a movement as the administrator, with "stocktake" as its reason. */
gint64 record           (Fixture       *fixture,
                         FlMovement     movement,
                         gint64         item_id,
                         const char    *tag,
                         double         quantity,
                         gint64         staff_id,
                         GError       **error);
gint64 record_ok        (Fixture       *fixture,
                         FlMovement     movement,
                         gint64         item_id,
                         const char    *tag,
                         double         quantity,
                         gint64         staff_id);
/* Refused with FL_LEDGER_ERROR @code, writing nothing. */
void   assert_refused   (Fixture       *fixture,
                         FlMovement     movement,
                         gint64         item_id,
                         const char    *tag,
                         double         quantity,
                         gint64         staff_id,
                         int            code);
int    on_hand          (Fixture       *fixture,
                         gint64         item_id);

G_END_DECLS
