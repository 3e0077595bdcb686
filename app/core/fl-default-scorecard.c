/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fl-default-scorecard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fl-default-scorecard.h"

/* The wording follows the handbook's 服务标准 and 电话礼仪 (see seed/ beside
 * domain.md). Only N_() here: the English text is what is stored, and the
 * UI translates it when it shows it. */

typedef struct
{
  const char    *text;
  const char    *guidance;
  int            max_points;
  FlAnswerType   answer_type;
  FlCriticality  criticality;
  gboolean       allow_na;
} DefaultItem;

typedef struct
{
  const char        *title;
  const DefaultItem *items;
  guint              n_items;
} DefaultSection;

static const DefaultItem opening[] = {
  {
    /* Translators: 中文: 铃响三声内接听，使用标准问候语，报公司名称和工号 */
    N_("Answered within three rings with the standard greeting, giving the company and job number"),
    /* Translators: 中文: “您好，<公司>（工号）为您服务，请问有什么可以帮您？” */
    N_("“Hello, <company> (job number) at your service. How may I help you?”"),
    10, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, FALSE,
  },
  {
    /* Translators: 中文: 客户不出声时使用标准用语 */
    N_("Used the standard phrase when the caller was silent"),
    /* Translators: 中文: “您好，请问有什么可以帮您？” 客户立即说话时不适用。 */
    N_("“Hello, how may I help you?” Not applicable when the caller spoke at once."),
    5, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, TRUE,
  },
  {
    /* Translators: 中文: 确认对方身份，了解来电目的 */
    N_("Confirmed the caller's identity and the purpose of the call"),
    NULL,
    5, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, FALSE,
  },
};

static const DefaultItem handling[] = {
  {
    /* Translators: 中文: 用5W1H记录来电内容：何时、何人、何地、何事、为什么、如何进行 */
    N_("Recorded the request with 5W1H: when, who, where, what, why and how"),
    NULL,
    10, FL_ANSWER_TYPE_SCALE, FL_CRITICALITY_NONE, FALSE,
  },
  {
    /* Translators: 中文: 耐心倾听，不随意打断客户，不断给出礼貌的回应 */
    N_("Listened without interrupting and gave polite acknowledgements"),
    NULL,
    10, FL_ANSWER_TYPE_SCALE, FL_CRITICALITY_NONE, FALSE,
  },
  {
    /* Translators: 中文: 解答准确、完整，不敷衍了事 */
    N_("Gave an accurate and complete answer"),
    /* Translators: 中文: 不能当场解答时：“请稍等，您的问题正在记录……”，复述问题，并承诺尽快回复。 */
    N_("When it cannot be answered at once: record the question, repeat it back and promise a call back."),
    15, FL_ANSWER_TYPE_SCALE, FL_CRITICALITY_NONE, FALSE,
  },
  {
    /* Translators: 中文: 让客户等待时使用标准用语 */
    N_("Used the standard phrases when putting the caller on hold"),
    /* Translators: 中文: 用户等待超过10秒：“对不起，请稍等！” 取消静音恢复通话：“对不起，让您久等了！” 未让客户等待时不适用。 */
    N_("Waiting over 10 seconds: “Sorry, please wait a moment!” Back from mute: “Sorry to have kept you "
       "waiting!” Not applicable when the caller was not put on hold."),
    5, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, TRUE,
  },
  {
    /* Translators: 中文: 处理投诉：向客户致歉，详细记录投诉内容，并及时上报 */
    N_("Handled the complaint: apologised, recorded it in full and escalated it"),
    /* Translators: 中文: 非投诉来电不适用。 */
    N_("Not applicable when the call was not a complaint."),
    10, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, TRUE,
  },
};

static const DefaultItem closing[] = {
  {
    /* Translators: 中文: 结束前询问“请问您还有什么问题吗？” */
    N_("Asked “Do you have any other questions?” before closing"),
    NULL,
    5, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, FALSE,
  },
  {
    /* Translators: 中文: 礼貌道别，待客户先挂断电话 */
    N_("Closed politely and let the caller hang up first"),
    NULL,
    10, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_NONE, FALSE,
  },
};

static const DefaultItem conduct[] = {
  {
    /* Translators: 中文: 没有讽刺挖苦客户或与客户争执 */
    N_("Never argued with or mocked the caller"),
    /* Translators: 中文: 选“否”则整通电话不合格（绝不能讽刺挖苦客户或与客户争执）。客户态度不友好时：“谢谢您的宝贵意见！我们会及时向领导反映。” */
    N_("Answering “no” fails the whole call. When the caller is unfriendly: “Thank you for your valuable "
       "feedback! We will pass it on to our managers.”"),
    10, FL_ANSWER_TYPE_YES_NO, FL_CRITICALITY_CRITICAL, FALSE,
  },
  {
    /* Translators: 中文: 使用普通话，吐字清晰，语气温和，语速适中 */
    N_("Spoke Mandarin clearly and calmly, at a moderate pace"),
    NULL,
    5, FL_ANSWER_TYPE_SCALE, FL_CRITICALITY_NONE, FALSE,
  },
};

static const DefaultSection sections[] = {
  /* Translators: 中文: 开头 (a scorecard section) */
  { N_("Opening"), opening, G_N_ELEMENTS (opening) },
  /* Translators: 中文: 通话处理 (a scorecard section) */
  { N_("Handling"), handling, G_N_ELEMENTS (handling) },
  /* Translators: 中文: 结束 (a scorecard section) */
  { N_("Closing"), closing, G_N_ELEMENTS (closing) },
  /* Translators: 中文: 服务态度 (a scorecard section) */
  { N_("Conduct"), conduct, G_N_ELEMENTS (conduct) },
};

FlScorecard *
fl_default_scorecard_new (void)
{
  /* Translators: 中文: 标准通话质检表 (the default scorecard's name) */
  FlScorecard *scorecard = fl_scorecard_new (N_("Standard call quality"));

  fl_scorecard_set_description (scorecard,
                                /* Translators: 中文: 依据质检手册的服务用语与通话处理规范。讽刺挖苦客户或与客户争执的通话不合格。 */
                                N_("The center's standard phrases and call handling from the QA handbook. "
                                   "A call where the agent argues with or mocks the caller fails."));
  fl_scorecard_set_pass_mark (scorecard, FL_SCORE_DEFAULT_PASS_MARK);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(FlScorecardSection) section = fl_scorecard_section_new (sections[s].title);

      for (guint i = 0; i < sections[s].n_items; i++)
        {
          const DefaultItem *spec = &sections[s].items[i];
          g_autoptr(FlScorecardItem) item = fl_scorecard_item_new (spec->text, spec->max_points);

          fl_scorecard_item_set_guidance (item, spec->guidance);
          fl_scorecard_item_set_answer_type (item, spec->answer_type);
          fl_scorecard_item_set_criticality (item, spec->criticality);
          fl_scorecard_item_set_allow_na (item, spec->allow_na);
          fl_scorecard_section_append_item (section, item);
        }
      fl_scorecard_append_section (scorecard, section);
    }
  return scorecard;
}
