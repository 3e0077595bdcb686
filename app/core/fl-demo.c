/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-account-service.h"
#include "fl-demo.h"
#include "fl-staff-service.h"

/* A realistic center for newcomers: later panels add their own demo data here. */

typedef struct
{
  const char *name;
  const char *english_name;
} DemoPerson;

static const DemoPerson agents[] = {
  { "王芳", "Wang Fang" },     { "李娜", "Li Na" },         { "刘洋", "Liu Yang" },
  { "陈静", "Chen Jing" },     { "杨帆", "Yang Fan" },      { "赵磊", "Zhao Lei" },
  { "黄丽", "Huang Li" },      { "周杰", "Zhou Jie" },      { "吴敏", "Wu Min" },
  { "徐婷", "Xu Ting" },       { "孙浩", "Sun Hao" },       { "马丽娟", "Ma Lijuan" },
  { "朱琳", "Zhu Lin" },       { "胡军", "Hu Jun" },        { "郭晓燕", "Guo Xiaoyan" },
  { "何平", "He Ping" },       { "高雪", "Gao Xue" },       { "林峰", "Lin Feng" },
  { "罗欣", "Luo Xin" },       { "郑凯", "Zheng Kai" },     { "梁晨", "Liang Chen" },
  { "谢雨", "Xie Yu" },        { "宋佳", "Song Jia" },      { "唐亮", "Tang Liang" },
  { "许倩", "Xu Qian" },       { "韩冰", "Han Bing" },      { "冯刚", "Feng Gang" },
  { "邓莉", "Deng Li" },       { "曹阳", "Cao Yang" },      { "彭慧", "Peng Hui" },
};

static const DemoPerson leads[] = {
  { "张强", "Zhang Qiang" }, { "刘敏", "Liu Min" }, { "陈刚", "Chen Gang" },
};

static const char *team_names[] = { N_("Team 1 (一组)"), N_("Team 2 (二组)"), N_("Team 3 (三组)") };

static gint64
add_person (FlStaffService  *staff,
            const DemoPerson *person,
            const char       *job_number,
            const char       *extension,
            FlPosition        position,
            gint64            team_id,
            const char       *hire_date,
            GError          **error)
{
  g_autoptr(FlStaffMember) member = g_object_new (FL_TYPE_STAFF_MEMBER,
                                                  "job-number", job_number,
                                                  "name", person->name,
                                                  "english-name", person->english_name,
                                                  "position", position,
                                                  "team-id", team_id,
                                                  "extension", extension,
                                                  "hire-date", hire_date,
                                                  NULL);

  return fl_staff_service_add_member (staff, member, error);
}

typedef struct
{
  FlDatabase *database;
} Demo;

static gboolean
populate (gpointer   user_data,
          GError   **error)
{
  Demo *demo = user_data;
  g_autoptr(FlSession) system = fl_session_new_system ();
  g_autoptr(FlStaffService) staff = fl_staff_service_new (demo->database, system);
  g_autoptr(FlAccountService) accounts = fl_account_service_new (demo->database);
  static const DemoPerson head = { "赵建国", "Zhao Jianguo" };
  static const DemoPerson auditor = { "孟晓丽", "Meng Xiaoli" };
  static const DemoPerson admin = { "钱志明", "Qian Zhiming" };
  gint64 head_id, auditor_id, admin_id, department_id;

  if (!(head_id = add_person (staff, &head, "0001", "8000", FL_POSITION_DEPARTMENT_HEAD, 0, "2015-03-01", error)) ||
      !(admin_id = add_person (staff, &admin, "0002", "8009", FL_POSITION_ADMINISTRATOR, 0, "2016-07-11", error)) ||
      !(auditor_id = add_person (staff, &auditor, "0003", "8008", FL_POSITION_QA_AUDITOR, 0, "2018-05-20", error)) ||
      !(department_id = fl_staff_service_add_department (staff, _("Customer Service Center (客服中心)"), head_id, error)) ||
      !fl_account_service_create (accounts, system, "head", FL_DEMO_PASSWORD, head_id, FL_ROLE_DEPT_HEAD, error) ||
      !fl_account_service_create (accounts, system, "admin", FL_DEMO_PASSWORD, admin_id, FL_ROLE_ADMIN, error) ||
      !fl_account_service_create (accounts, system, "qa", FL_DEMO_PASSWORD, auditor_id, FL_ROLE_QA_AUDITOR, error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (leads); t++)
    {
      g_autofree char *job_number = g_strdup_printf ("%u000", t + 1);
      g_autofree char *extension = g_strdup_printf ("8%u00", t + 1);
      g_autofree char *login = g_strdup_printf ("lead%u", t + 1);
      gint64 lead_id, team_id;

      if (!(lead_id = add_person (staff, &leads[t], job_number, extension, FL_POSITION_TEAM_LEAD, 0, "2017-09-01", error)) ||
          !(team_id = fl_staff_service_add_team (staff, _(team_names[t]), department_id, lead_id, error)) ||
          !fl_account_service_create (accounts, system, login, FL_DEMO_PASSWORD, lead_id, FL_ROLE_TEAM_LEAD, error))
        return FALSE;

      /* The lead belongs to their team too. */
      {
        g_autoptr(FlStaffMember) lead = fl_staff_service_get_member (staff, lead_id, error);

        if (lead == NULL)
          return FALSE;
        g_object_set (lead, "team-id", team_id, NULL);
        if (!fl_staff_service_update_member (staff, lead, error))
          return FALSE;
      }

      for (guint a = t * 10; a < (t + 1) * 10; a++)
        {
          g_autofree char *agent_number = g_strdup_printf ("%u%03u", t + 1, a % 10 + 1);
          g_autofree char *agent_extension = g_strdup_printf ("8%u%02u", t + 1, a % 10 + 1);
          g_autofree char *hired = g_strdup_printf ("%u-%02u-%02u", 2019 + a % 7, a % 12 + 1, a % 27 + 1);

          if (!add_person (staff, &agents[a], agent_number, agent_extension, FL_POSITION_AGENT,
                           team_id, hired, error))
            return FALSE;
        }
    }
  return TRUE;
}

char *
fl_demo_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "floorlead", "demo-center.db", NULL);
}

gboolean
fl_demo_populate (FlDatabase  *database,
                  GError     **error)
{
  g_autoptr(FlAccountService) accounts = NULL;
  Demo demo = { database };

  g_return_val_if_fail (FL_IS_DATABASE (database), FALSE);

  accounts = fl_account_service_new (database);
  if (fl_account_service_has_accounts (accounts))
    return TRUE;

  return fl_database_transaction (database, populate, &demo, error);
}
