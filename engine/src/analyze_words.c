/* analyze_words.c — the clause analyser's wording as data: comparison,
 * penalty, prohibition, link and frequency keywords, and units, with a
 * first-character index so a clause is matched in one pass. */
#include <pthread.h>
#include <string.h>
#include "jianfu/analyze.h"
#include "analyze_words.h"

/* Shorthands keep one entry per line. Fields: word, kind, sub, dir, freq,
 * link, not_before, not_after. */
#define CMP(w, op) {w, KW_CMP, op, 0, 0, 0, NULL, NULL, 0}
#define CMPX(w, op, nb) {w, KW_CMP, op, 0, 0, 0, nb, NULL, 0}
#define QUOTA(w) {w, KW_QUOTA, JF_OP_GE, 0, 0, 0, NULL, NULL, 0}
#define RATE(w) {w, KW_RATE, 0, 0, 0, 0, NULL, NULL, 0}
#define GROW(w) {w, KW_GROW, JF_OP_GE, 0, 0, 0, NULL, NULL, 0}
#define DED(w, alone, link) {w, KW_DEDUCT, alone, 0, 0, link, NULL, NULL, 0}
#define PEN(w, k) {w, KW_PEN, k, 0, 0, 1, NULL, NULL, 0}
#define PENX(w, k, nb) {w, KW_PEN, k, 0, 0, 1, nb, NULL, 0}
/* a periodic penalty (月通报), not after 次, 翌, 即: 次日通报 (the next day),
 * 翌月通报 name when a notice comes, not how often (a plain 通报 is read
 * there instead); 当周通报 of a weekly measure is weekly */
#define PENF(w, k, f) {w, KW_PEN, k, 0, f, 1, NULL, "次翌即", 0}
#define PRO(w, k, d) {w, KW_PROH, k, d, 0, 0, NULL, NULL, 0}
/* 整改率, 整治成效, 整改进度: nouns; 整治前/整治后/整改中: a time, not a verb;
 * closing a quoted name (“审计整改”系统, “清理”行动) it names a platform or a
 * campaign, no act */
#define RECT_NB "率成效情任前后中进”」』"
/* ... and before a noun they name a thing of the rectification (整改材料,
 * 整改台账, 整治方案, 纠正措施, 整改清单, 整改意见): no verb, no scope
 * (nor the records of it entered or reported: 隐患整改信息, 整改记录) */
#define RECT_NOUN_NB RECT_NB "材台方清措意结期档信记"
#define PROX(w, k, d, nb, na) {w, KW_PROH, k, d, 0, 0, nb, na, 0}
#define MONEY(w) {w, KW_MONEY, 0, 0, 0, 1, NULL, NULL, 0}
#define MONEYX(w, nb) {w, KW_MONEY, 0, 0, 0, 1, nb, NULL, 0}
#define SCORE(w) {w, KW_SCORE, 0, 0, 0, 0, NULL, NULL, 0}
#define LINK(w) {w, KW_PLAIN, 0, 0, 0, 1, NULL, NULL, 0}
#define LINKA(w, na) {w, KW_PLAIN, 0, 0, 0, 1, NULL, na, 0}
#define FREQ(w, f) {w, KW_PLAIN, 0, 0, f, 0, NULL, NULL, 0}
/* a period that, before 考核/考评/绩效 …, names the assessment, not a measuring period */
#define FREQX(w, f, nb) {w, KW_PLAIN, 0, 0, f, 0, nb, NULL, 0}
#define ASSESS_NB "考评绩综目总"
#define LFREQ(w, f) {w, KW_PLAIN, 0, 0, f, 1, NULL, NULL, 0}

/* Longest match wins, so a longer entry overrides the readings of its parts
 * (不得低于 over 不得, 每低于 over 低于, 不得分 over 得分). Do not add an entry
 * that starts earlier than a more specific one it would swallow (一律不得
 * would hide 不得评优). */
static jfa_word words[] = {
  /* comparisons: the number that follows is a threshold */
  CMP("不低于", JF_OP_GE), CMP("不得低于", JF_OP_GE), CMP("不应低于", JF_OP_GE),
  CMP("不少于", JF_OP_GE), CMP("不得少于", JF_OP_GE), CMP("不应少于", JF_OP_GE),
  CMP("不小于", JF_OP_GE), CMP("不得小于", JF_OP_GE), CMP("至少", JF_OP_GE),
  CMP("最少", JF_OP_GE), CMP("最低", JF_OP_GE), CMP("达到", JF_OP_GE),
  CMPX("达", JF_OP_GE, "标成"), CMP("提高到", JF_OP_GE), CMP("提高至", JF_OP_GE),
  CMP("提升到", JF_OP_GE), CMP("提升至", JF_OP_GE),
  /* raising to a level said shortly (使用率下个月必须提到90%): as 提高到; not
   * 提到的 (mentioned) */
  CMPX("提到", JF_OP_GE, "的过"), CMPX("提至", JF_OP_GE, "的"), CMP("确保", JF_OP_GE),
  CMP("力争", JF_OP_GE), CMP("须满", JF_OP_GE), CMP("需满", JF_OP_GE), CMP("应满", JF_OP_GE), CMP("突破", JF_OP_GE), CMP("大于等于", JF_OP_GE), CMP("≥", JF_OP_GE), CMP(">=", JF_OP_GE),
  CMP("超过", JF_OP_GT), CMP("高于", JF_OP_GT), CMP("大于", JF_OP_GT), CMP("多于", JF_OP_GT),
  CMP("超出", JF_OP_GT), CMP(">", JF_OP_GT),
  CMP("不超过", JF_OP_LE), CMP("不得超过", JF_OP_LE), CMP("不应超过", JF_OP_LE),
  CMP("不高于", JF_OP_LE), CMP("不得高于", JF_OP_LE), CMP("不大于", JF_OP_LE),
  CMP("不多于", JF_OP_LE), CMP("最多", JF_OP_LE), CMP("至多", JF_OP_LE), CMP("最高", JF_OP_LE),
  CMP("控制在", JF_OP_LE), CMP("小于等于", JF_OP_LE), CMP("≤", JF_OP_LE), CMP("<=", JF_OP_LE),
  CMP("低于", JF_OP_LT), CMP("少于", JF_OP_LT), CMP("小于", JF_OP_LT), CMP("不足", JF_OP_LT),
  CMPX("不满", JF_OP_LT, "意足"), CMP("不到", JF_OP_LT), CMP("未满", JF_OP_LT),
  CMP("未达到", JF_OP_LT), CMP("未达", JF_OP_LT), CMP("达不到", JF_OP_LT), CMP("<", JF_OP_LT),

  /* growth by an amount (签到率同比提高10个百分点, 使用率较上年增长20%): a
   * target in an assessment plan, a fact elsewhere (see number_event) */
  GROW("提高"), GROW("提升"), GROW("增长"), GROW("增加"), GROW("上升"),

  /* quotas: a verb directly followed by a counted number */
  QUOTA("完成"), QUOTA("上报"), QUOTA("报送"), QUOTA("录入"), QUOTA("填报"), QUOTA("发布"),
  QUOTA("转发"), QUOTA("点赞"), QUOTA("评论"), QUOTA("分享"), QUOTA("签到"), QUOTA("打卡"),
  QUOTA("下载"), QUOTA("安装"), QUOTA("注册"), QUOTA("关注"), QUOTA("登录"), QUOTA("学习"),
  QUOTA("阅读"), QUOTA("累计"), QUOTA("推送"), QUOTA("上传"), QUOTA("浏览"), QUOTA("观看"),
  QUOTA("参与"), QUOTA("发展"), QUOTA("提交"), QUOTA("拍照"), QUOTA("转载"), QUOTA("收看"),
  QUOTA("投票"), QUOTA("邀请"), QUOTA("推广"),

  /* steps of a deduction rate: 每低1个百分点扣0.5分 */
  RATE("每低"), RATE("每低于"), RATE("每少"), RATE("每少于"), RATE("每降低"), RATE("每下降"),
  RATE("每差"), RATE("每超过"), RATE("每高于"), RATE("每多"), RATE("每增加"), RATE("每缺"),
  RATE("每缺少"), RATE("每减少"), RATE("每落后"), RATE("每推迟"), RATE("每延迟"),
  RATE("每发现"), RATE("每出现"), RATE("每有"),

  /* deductions: 扣N分; 扣分 and 倒扣 deduct without a number */
  DED("扣", 0, 0), DED("扣除", 0, 0), DED("扣减", 0, 0), DED("减", 0, 0), DED("扣罚", 0, 0),
  DED("倒扣", 1, 1), DED("扣分", 1, 1),

  /* penalties by themselves */
  PENX("不得分", PEN_NOSCORE, "散配割开享解别"), PEN("不计分", PEN_NOSCORE),
  PEN("不予计分", PEN_NOSCORE), PEN("不给分", PEN_NOSCORE), PEN("记0分", PEN_NOSCORE),
  PEN("计0分", PEN_NOSCORE), PEN("得0分", PEN_NOSCORE), PEN("记零分", PEN_NOSCORE),
  PEN("计零分", PEN_NOSCORE), PEN("得零分", PEN_NOSCORE), PEN("按0分计", PEN_NOSCORE),
  PEN("不得参加评优", PEN_DISQUALIFY), PEN("不得参与评优", PEN_DISQUALIFY),
  PEN("不得评为", PEN_DISQUALIFY), PEN("不得被评为", PEN_DISQUALIFY),
  PEN("不得评优", PEN_DISQUALIFY), PEN("不得评先", PEN_DISQUALIFY),
  PEN("不得参评", PEN_DISQUALIFY), PEN("不得提拔", PEN_DISQUALIFY),
  PEN("不得晋升", PEN_DISQUALIFY), PEN("不得推荐", PEN_DISQUALIFY),
  PEN("不得评选", PEN_DISQUALIFY), PEN("不得确定为", PEN_DISQUALIFY),
  PEN("不得定为", PEN_DISQUALIFY), PEN("不予评优", PEN_DISQUALIFY),
  /* the other benefits withheld under 不予, as under 不得 (不予推荐, 不予提拔) */
  PEN("不予推荐", PEN_DISQUALIFY), PEN("不予评先", PEN_DISQUALIFY),
  PEN("不予提拔", PEN_DISQUALIFY), PEN("不予晋升", PEN_DISQUALIFY),
  PEN("不予评为", PEN_DISQUALIFY), PEN("不予参评", PEN_DISQUALIFY),
  PEN("不予评选", PEN_DISQUALIFY), PEN("不予提名", PEN_DISQUALIFY),
  PEN("不能评优", PEN_DISQUALIFY), PEN("不能评为", PEN_DISQUALIFY),
  /* ... and under 不考虑 (积分不足的党员,不考虑推荐为优秀党员): a benefit
   * withheld, not a measure left unweighed */
  PEN("不考虑推荐", PEN_DISQUALIFY), PEN("不考虑评优", PEN_DISQUALIFY),
  PEN("不考虑评先", PEN_DISQUALIFY), PEN("不考虑提拔", PEN_DISQUALIFY),
  PEN("不考虑晋升", PEN_DISQUALIFY), PEN("不考虑评为", PEN_DISQUALIFY),
  PEN("取消评优", PEN_DISQUALIFY), PEN("取消评先", PEN_DISQUALIFY),
  PEN("取消其评优", PEN_DISQUALIFY), PEN("取消当年评优", PEN_DISQUALIFY),
  PEN("取消年度评优", PEN_DISQUALIFY), PEN("降低等次", PEN_DISQUALIFY),
  /* a promotion or an appraisal suspended for those a condition names (末位的
   *暂停晋级, 暂缓晋升): a sanction, not the suspension of a practice (暂停 below) */
  PEN("暂停晋级", PEN_DISQUALIFY), PEN("暂停晋升", PEN_DISQUALIFY),
  PEN("暂缓晋级", PEN_DISQUALIFY), PEN("暂缓晋升", PEN_DISQUALIFY),
  PEN("暂停评优", PEN_DISQUALIFY), PEN("暂缓评优", PEN_DISQUALIFY),
  PEN("暂停评先", PEN_DISQUALIFY), PEN("暂缓提拔", PEN_DISQUALIFY),
  PEN("通报", PEN_NOTIFY), PEN("通报批评", PEN_NOTIFY), PEN("排名通报", PEN_NOTIFY),
  PEN("点名通报", PEN_NOTIFY), PEN("公开通报", PEN_NOTIFY), PEN("曝光", PEN_NOTIFY),
  PENF("周通报", PEN_NOTIFY, FREQ_WEEK), PENF("月通报", PEN_NOTIFY, FREQ_MONTH),
  PENF("日通报", PEN_NOTIFY, FREQ_DAY), PENF("季通报", PEN_NOTIFY, FREQ_QUARTER),
  PEN("约谈", PEN_INTERVIEW), PEN("诫勉谈话", PEN_INTERVIEW), PEN("提醒谈话", PEN_INTERVIEW),
  PEN("扣发", PEN_PAY), PEN("一票否决", PEN_VETO),
  /* an allowance or bonus withheld: 打卡不全的当月不予发放值班补贴 */
  PEN("不予发放", PEN_PAY), PEN("不发放", PEN_PAY), PEN("暂停发放", PEN_PAY),
  PEN("停发", PEN_PAY), PEN("缓发", PEN_PAY),
  PEN("问责", PEN_ACCOUNT), PEN("追责", PEN_ACCOUNT), PEN("责任追究", PEN_ACCOUNT),
  PEN("追究责任", PEN_ACCOUNT), PEN("处分", PEN_ACCOUNT),
  /* counted as absent from work (不在线的按脱岗处理, 未打卡的视为旷工) */
  PEN("按缺勤处理", PEN_ACCOUNT), PEN("按旷工处理", PEN_ACCOUNT), PEN("按脱岗处理", PEN_ACCOUNT),
  PEN("视为缺勤", PEN_ACCOUNT), PEN("视为旷工", PEN_ACCOUNT), PEN("视为脱岗", PEN_ACCOUNT),
  PEN("记缺勤", PEN_ACCOUNT), PEN("记旷工", PEN_ACCOUNT), PEN("按旷工论处", PEN_ACCOUNT),
  /* ... with more between (按未查仓处理, 按缺勤半天计): up to 处理, 论处 or 计, see
   * interpret */
  PEN("按未", PEN_ACCOUNT), PEN("按缺勤", PEN_ACCOUNT), PEN("按旷工", PEN_ACCOUNT),
  PEN("按脱岗", PEN_ACCOUNT),
  /* ... or as absent from the post itself (未打卡的按缺岗处理, 视为离岗, 记旷岗):
   * the family of 脱岗, each as 按…处理, 视为… and 记… */
  PEN("按缺岗", PEN_ACCOUNT), PEN("按离岗", PEN_ACCOUNT), PEN("按旷岗", PEN_ACCOUNT),
  PEN("按空岗", PEN_ACCOUNT), PEN("视为缺岗", PEN_ACCOUNT), PEN("视为离岗", PEN_ACCOUNT),
  PEN("视为旷岗", PEN_ACCOUNT), PEN("视为空岗", PEN_ACCOUNT), PEN("记缺岗", PEN_ACCOUNT),
  PEN("记离岗", PEN_ACCOUNT), PEN("记旷岗", PEN_ACCOUNT), PEN("记脱岗", PEN_ACCOUNT),
  /* ... or as late or leaving early (缺签的按迟到处理, 未打卡的视为迟到) */
  PEN("按迟到", PEN_ACCOUNT), PEN("按早退", PEN_ACCOUNT), PEN("视为迟到", PEN_ACCOUNT),
  PEN("视为早退", PEN_ACCOUNT), PEN("记迟到", PEN_ACCOUNT),

  /* prohibitions: what follows is forbidden */
  PRO("不得", PRO_BUDE, DIR_AUTO),
  PRO("不得将", PRO_PROHIBIT, DIR_AUTO), PRO("不得把", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得以", PRO_PROHIBIT, DIR_AUTO), PRO("不得要求", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得强制", PRO_PROHIBIT, DIR_AUTO), PRO("不得强迫", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得摊派", PRO_PROHIBIT, DIR_AUTO), PRO("不得搞", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得随意", PRO_PROHIBIT, DIR_AUTO), PRO("不得通过", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得变相", PRO_PROHIBIT, DIR_AUTO), PRO("不得层层", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得下达", PRO_PROHIBIT, DIR_AUTO), PRO("不得设置", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得硬性", PRO_PROHIBIT, DIR_AUTO), PRO("不得单纯", PRO_PROHIBIT, DIR_AUTO),
  PRO("不得简单", PRO_PROHIBIT, DIR_AUTO), PRO("不得开展", PRO_PROHIBIT, DIR_AUTO),
  PRO("严禁", PRO_PROHIBIT, DIR_AUTO), PRO("禁止", PRO_PROHIBIT, DIR_AUTO),
  PRO("不准", PRO_PROHIBIT, DIR_AUTO), PRO("不允许", PRO_PROHIBIT, DIR_AUTO),
  PRO("不许", PRO_PROHIBIT, DIR_AUTO), PRO("杜绝", PRO_PROHIBIT, DIR_AUTO),
  PRO("防止", PRO_PROHIBIT, DIR_AUTO), PRO("避免", PRO_PROHIBIT, DIR_AUTO),
  PRO("严防", PRO_PROHIBIT, DIR_AUTO), PRO("切忌", PRO_PROHIBIT, DIR_AUTO),
  PRO("不搞", PRO_PROHIBIT, DIR_AUTO), PRO("不以", PRO_PROHIBIT, DIR_AUTO),
  /* a measure not looked at (不看接听时长和在线时长); not 不看好, 不看重 */
  PROX("不看", PRO_PROHIBIT, DIR_AUTO, "好重懂清见", NULL),
  /* ... or not weighed (评优以作业质量为依据,不考虑APP使用情况; 不参考, 不考量):
   * as 不看, whatever the appraisal word before it, but only in its comma
   * segment (不考虑业绩,只看积分排名 weighs the points); 不考虑 as 不得: after a
   * condition it bars (APP使用率低于80%的不考虑评优) */
  PRO("不考虑", PRO_BUDE, DIR_LOCAL), PRO("不参考", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不考量", PRO_PROHIBIT, DIR_LOCAL), PRO("不参照", PRO_PROHIBIT, DIR_LOCAL),
  /* the measure just named not used (学习时长只供本人查看,车站不据此排名):
   * as 不以此 */
  PRO("不据此", PRO_PROHIBIT, DIR_AUTO), PRO("不依此", PRO_PROHIBIT, DIR_AUTO),
  PRO("不凭此", PRO_PROHIBIT, DIR_AUTO),
  PRO("不将", PRO_PROHIBIT, DIR_AUTO), PRO("不把", PRO_PROHIBIT, DIR_AUTO),
  PRO("不再", PRO_PROHIBIT, DIR_AUTO), PRO("不要求", PRO_PROHIBIT, DIR_AUTO),
  PRO("不强制", PRO_PROHIBIT, DIR_AUTO), PRO("不强求", PRO_PROHIBIT, DIR_AUTO),
  PRO("不硬性", PRO_PROHIBIT, DIR_AUTO), PRO("不单纯", PRO_PROHIBIT, DIR_AUTO),
  PRO("不简单", PRO_PROHIBIT, DIR_AUTO), PRO("不设", PRO_PROHIBIT, DIR_AUTO),
  PRO("不统计", PRO_PROHIBIT, DIR_AUTO), PRO("不考核", PRO_PROHIBIT, DIR_AUTO),
  PRO("不摊派", PRO_PROHIBIT, DIR_AUTO), PRO("不下达", PRO_PROHIBIT, DIR_AUTO),
  /* a task or a measure not imposed (未下达…任务的,得10分; 没有布置…任务的部门,
   * 加1分; 未设置APP使用率考核指标的单位给满分): the absence is what scores,
   * whichever negation and whichever verb of imposing say it. One negation
   * word each, the verb read after it (see undone_imposition): the pairs
   * once listed here missed every pair not written down. */
  PRO("未", PRO_UNDONE, DIR_AUTO), PRO("没有", PRO_UNDONE, DIR_AUTO),
  PRO("没", PRO_UNDONE, DIR_AUTO), PRO("从未", PRO_UNDONE, DIR_AUTO),
  PRO("未曾", PRO_UNDONE, DIR_AUTO), PRO("从没", PRO_UNDONE, DIR_AUTO),
  PRO("从没有", PRO_UNDONE, DIR_AUTO),
  /* … and toward whom (不给…布置, 不向…摊派): only when the segment goes on
   * to impose (see imposes_after); the negations of what was done (未向,
   * 没有给, 从未给) read 向 and 给 in undone_imposition */
  PRO("不向", PRO_PROHIBIT, DIR_AUTO), PRO("不给", PRO_PROHIBIT, DIR_AUTO),
  PRO("不进行", PRO_PROHIBIT, DIR_AUTO), PRO("不开展", PRO_PROHIBIT, DIR_AUTO),
  PRO("不组织", PRO_PROHIBIT, DIR_AUTO), PRO("不通报", PRO_PROHIBIT, DIR_AUTO),
  PRO("不排名", PRO_PROHIBIT, DIR_AUTO), PRO("不设置", PRO_PROHIBIT, DIR_AUTO),
  PROX("不对", PRO_PROHIBIT, DIR_AUTO, "称外劲应头", NULL),
  /* … but people whose name begins with 外 (不对外业人员的APP使用情况进行排名,
   * 不对外勤人员, 外聘人员, 外包人员): 不对 renounces as before; 不对外 alone
   * (不对外开放, 不对外公布) is no renouncing */
  PRO("不对外业", PRO_PROHIBIT, DIR_AUTO), PRO("不对外勤", PRO_PROHIBIT, DIR_AUTO),
  PRO("不对外聘", PRO_PROHIBIT, DIR_AUTO), PRO("不对外包", PRO_PROHIBIT, DIR_AUTO),
  PRO("不对外协", PRO_PROHIBIT, DIR_AUTO), PRO("不对外派", PRO_PROHIBIT, DIR_AUTO),
  /* a basis renounced (不按APP使用率对网点排名, 不按打卡次数考核网格员, 不按照
   * 在线时长排名); not a demand failed, the condition of a sanction (不按要求,
   * 不按规定, 不按时, 不按期, 不按程序, 不按标准, 不按流程, 不按实际) */
  PROX("不按", PRO_PROHIBIT, DIR_AUTO, "要规时期照程标流实", NULL),
  PROX("不按照", PRO_PROHIBIT, DIR_AUTO, "要规时期程标流实", NULL),
  /* a demand renounced with an adverb between (不另行要求拍照, 不额外报送,
   * 无需再上传): as 不要求 */
  PRO("不另行", PRO_PROHIBIT, DIR_AUTO), PRO("不另外", PRO_PROHIBIT, DIR_AUTO),
  PRO("不额外", PRO_PROHIBIT, DIR_AUTO), PRO("无需", PRO_PROHIBIT, DIR_AUTO),
  PRO("不需要", PRO_PROHIBIT, DIR_AUTO), PROX("不必", PRO_PROHIBIT, DIR_AUTO, "要", NULL),
  /* negated links: the measure usually stands before them (下载量不纳入考核) */
  PRO("不纳入", PRO_PROHIBIT, DIR_LOCAL), PRO("不列入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不作为", PRO_PROHIBIT, DIR_LOCAL), PRO("不计入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不与", PRO_PROHIBIT, DIR_LOCAL), PRO("不用于", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不挂钩", PRO_PROHIBIT, DIR_LOCAL), PRO("不作", PRO_PROHIBIT, DIR_LOCAL), PRO("不得纳入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不得列入", PRO_PROHIBIT, DIR_LOCAL), PRO("不得作为", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不得计入", PRO_PROHIBIT, DIR_LOCAL),
  /* a link denied (积分按业绩计算,与手机银行使用情况无关 / 与APP登录率脱钩): as
   * 不挂钩; not 无关人员, 无关紧要 */
  PROX("无关", PRO_PROHIBIT, DIR_LOCAL, "人紧", NULL), PRO("脱钩", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不相关", PRO_PROHIBIT, DIR_LOCAL), PRO("不关联", PRO_PROHIBIT, DIR_LOCAL),
  PRO("无任何关", PRO_PROHIBIT, DIR_LOCAL),
  /* work not counted (签到不计工作量 renounces; 未签到的当次出车不计工作量 is a
   * sanction, see interpret) */
  PRO("不计工作量", PRO_PROHIBIT, DIR_LOCAL), PRO("不计入工作量", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不计算工作量", PRO_PROHIBIT, DIR_LOCAL), PRO("不计考勤", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不计出勤", PRO_PROHIBIT, DIR_LOCAL), PRO("不计工分", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不计工时", PRO_PROHIBIT, DIR_LOCAL),
  /* ... or not recognized (未签到的免疫数量不予认定, 不予计算, 不予计入): as 不计;
   * a renouncing one (签到记录不予认定为工作量) is a prohibition */
  PRO("不予认定", PRO_PROHIBIT, DIR_LOCAL), PRO("不予计算", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不予计入", PRO_PROHIBIT, DIR_LOCAL), PRO("不予统计", PRO_PROHIBIT, DIR_LOCAL),
  /* ... or not certified (未签到的作业面积不予核定, 不予核算, 不予核准, 不予结算):
   * the work not credited, as 不予认定 (不予计分 is a penalty word of its own) */
  PRO("不予核定", PRO_PROHIBIT, DIR_LOCAL), PRO("不予核算", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不予核准", PRO_PROHIBIT, DIR_LOCAL), PRO("不予计发", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不予结算", PRO_PROHIBIT, DIR_LOCAL),
  /* ... or voided (未签到的核查结果不予采信, 未打卡的走访记录视为无效): read
   * only as a sanction on what the condition names, never as a renouncing */
  PRO("无效", PRO_PROHIBIT, DIR_LOCAL), PRO("不予采信", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不予认可", PRO_PROHIBIT, DIR_LOCAL), PRO("不予承认", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不予确认", PRO_PROHIBIT, DIR_LOCAL), PRO("不被认可", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不被采信", PRO_PROHIBIT, DIR_LOCAL),
  /* … and any count of the work (未打卡的不计执法次数, 不计巡查次数, 不计服务
   * 人次): 不计 of a count noun after it, not 不计名/不计较/不计成本/不计报酬 */
  PROX("不计", PRO_PROHIBIT, DIR_LOCAL, "名较成报其代前得回", NULL), PRO("不得与", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不得用于", PRO_PROHIBIT, DIR_LOCAL), PRO("不再纳入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不再作为", PRO_PROHIBIT, DIR_LOCAL), PRO("不再列入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不再与", PRO_PROHIBIT, DIR_LOCAL), PRO("不再计入", PRO_PROHIBIT, DIR_LOCAL),
  /* kept out of a ranking or an appraisal (积分仅供个人查看,不参与科室排名) */
  PRO("不参与", PRO_OPTOUT, DIR_LOCAL), PRO("不参加", PRO_OPTOUT, DIR_LOCAL),
  /* kept to a statistic alone (APP使用情况只作统计, 登录次数仅作统计分析): as
   * 不作考核, whether or not 不排名 follows (统计 alone is a link word); not
   * after 不 (不只作统计，还须纳入考核 adds a link) */
  PROX("只作统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"), PROX("仅作统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  PROX("只做统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"), PROX("仅做统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  PROX("只用于统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"), PROX("仅用于统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  PROX("仅供统计", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  /* … or to a reference (调查员在线学习情况仅作个人参考, 仅供参考): the same */
  PROX("仅作参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"), PROX("只作参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  PROX("仅供参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"), PROX("只供参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  PROX("仅作个人参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"), PROX("仅供个人参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  PROX("只作个人参考", PRO_PROHIBIT, DIR_LOCAL, NULL, "不"),
  /* cancellation */
  PRO("取消", PRO_CANCEL, DIR_AUTO), PRO("废止", PRO_CANCEL, DIR_AUTO),
  PRO("撤销", PRO_CANCEL, DIR_AUTO), PRO("停止", PRO_CANCEL, DIR_AUTO),
  PRO("叫停", PRO_CANCEL, DIR_AUTO), PRO("关停", PRO_CANCEL, DIR_AUTO),
  PRO("注销", PRO_CANCEL, DIR_AUTO), PRO("清退", PRO_CANCEL, DIR_AUTO),
  PRO("撤并", PRO_CANCEL, DIR_AUTO), PRO("废除", PRO_CANCEL, DIR_AUTO),
  PRO("删除", PRO_CANCEL, DIR_AUTO), PRO("删去", PRO_CANCEL, DIR_AUTO),
  PRO("剔除", PRO_CANCEL, DIR_AUTO), PRO("移除", PRO_CANCEL, DIR_AUTO),
  PRO("去除", PRO_CANCEL, DIR_AUTO), PRO("不再设置", PRO_CANCEL, DIR_AUTO),
  /* suspension: 暂停对…的周通报 suspends the practice */
  PRO("暂停", PRO_CANCEL, DIR_AUTO), PRO("暂缓", PRO_CANCEL, DIR_AUTO),
  PRO("中止", PRO_CANCEL, DIR_AUTO), PRO("终止", PRO_CANCEL, DIR_AUTO),
  /* rectification; as nouns (整改率, 环境整治成效, 专项整治) they govern nothing */
  /* ... nor when not done (视为未整改, 拒不纠正): the state a sanction names */
  PROX("纠正", PRO_RECTIFY, DIR_AUTO, RECT_NOUN_NB, "未不"),
  PROX("整改", PRO_RECTIFY, DIR_AUTO, RECT_NOUN_NB, "未不"),
  PRO("立行立改", PRO_RECTIFY, DIR_AUTO),
  /* (nor after the thing worked on when it names engineering work, a sector
   * or a project: 土地整治, 河道整治, 航道整治, 村庄整治 — 土地整治项目组成员须…) */
  PROX("整治", PRO_RECTIFY, DIR_AUTO, RECT_NOUN_NB, "境居项合中地道庄“「『"),
  /* (清理河道, 清理垃圾, 清理楼道杂物: cleaning is the work, not a practice undone;
   * nor after 每 or 未, cleaning counted or left undone: 每清理一处楼道须上传照片,
   * 缺照片的按未清理计) */
  PROX("清理", PRO_RECTIFY, DIR_AUTO, RECT_NB "河垃积淤杂卫沟渠塘圾污楼道路街院田水", "未每"), PRO("减少", PRO_RECTIFY, DIR_AUTO),
  PRO("精简", PRO_RECTIFY, DIR_AUTO), PROX("规范", PRO_RECTIFY, DIR_AUTO, RECT_NB, NULL),
  PRO("压减", PRO_RECTIFY, DIR_AUTO), PROX("整合", PRO_RECTIFY, DIR_AUTO, RECT_NB, NULL),
  PRO("纠治", PRO_RECTIFY, DIR_AUTO), PRO("破除", PRO_RECTIFY, DIR_AUTO),
  PROX("改进", PRO_RECTIFY, DIR_AUTO, NULL, "整"), /* not the 改进 of 整改进度 */
  PRO("针对", PRO_RECTIFY, DIR_FWD),
  /* (not the problems found or raised: 上报巡护发现的问题不少于3个, 查出的问题,
   * 群众反映的问题 — what is reported, no practice) */
  PROX("的问题", PRO_RECTIFY, DIR_BACK, NULL, "现出映"),
  PRO("等问题", PRO_RECTIFY, DIR_BACK), PRO("等现象", PRO_RECTIFY, DIR_BACK),
  /* a practice quoted as a problem, closing its segment (对整改中发现的“扫码签到
   * 次数不足即扣补助”问题,…已停止执行): as 的问题 (not “随手拍”问题上报, a
   * platform's reports of problems) */
  PRO("”问题,", PRO_RECTIFY, DIR_BACK), PRO("」问题,", PRO_RECTIFY, DIR_BACK),
  PRO("的现象", PRO_RECTIFY, DIR_BACK), PRO("等做法", PRO_RECTIFY, DIR_BACK),
  PRO("的做法", PRO_RECTIFY, DIR_BACK),
  /* a case cited as a warning: what the sentence quotes before 引以为戒 is the
   * bad example (某县要求“每天完成500个点赞任务”,各单位要引以为戒) */
  PRO("引以为戒", PRO_RECTIFY, DIR_BACK), PRO("引以为鉴", PRO_RECTIFY, DIR_BACK),
  PRO("以此为戒", PRO_RECTIFY, DIR_BACK), PRO("以此为鉴", PRO_RECTIFY, DIR_BACK),
  /* reported facts and past problems: what follows is described, not demanded
   * (据统计,改革前每天在5个app上打卡; 调研发现,有的将活跃率…作为考核条件).
   * Bare 发现 (and 指出) only after an inquiry word (调研中发现, 督查室检查发现,
   * 巡察发现, 督导组指出); a
   * sanction in the scope (…发现…的,扣1分) voids it: see check_reports. */
  PRO("据统计", PRO_REPORT, DIR_FWD), PRO("据调研", PRO_REPORT, DIR_FWD),
  PRO("据核查", PRO_REPORT, DIR_FWD), PRO("据摸底", PRO_REPORT, DIR_FWD), PRO("据调查", PRO_REPORT, DIR_FWD),
  PRO("据了解", PRO_REPORT, DIR_FWD), PRO("据测算", PRO_REPORT, DIR_FWD),
  PRO("统计显示", PRO_REPORT, DIR_FWD), PRO("数据显示", PRO_REPORT, DIR_FWD),
  PRO("调研显示", PRO_REPORT, DIR_FWD), PRO("调查显示", PRO_REPORT, DIR_FWD),
  PRO("监测显示", PRO_REPORT, DIR_FWD), PRO("发现", PRO_REPORT, DIR_FWD),
  /* what an inquiry pointed out (督查组反馈指出,有的要求干部每天在app打卡):
   * like bare 发现, only after an inquiry word (see reported in analyze.c);
   * 会议指出 and a leader's 指出 speak in their own voice */
  PRO("指出", PRO_REPORT, DIR_FWD),
  PRO("改革前", PRO_REPORT, DIR_FWD), PRO("减负前", PRO_REPORT, DIR_FWD),
  PRO("整合前", PRO_REPORT, DIR_FWD), PRO("以往", PRO_REPORT, DIR_FWD),
  /* 整改前,保管员每天需在3个系统重复录入…;现已实现一次录入: the state before a
   * rectification, opening its clause with a comma (not 整改前、后照片, a time
   * of photos, nor 整改前须拍照) */
  PRO("整改前,", PRO_REPORT, DIR_FWD), PRO("整治前,", PRO_REPORT, DIR_FWD),
  PRO("此前", PRO_REPORT, DIR_FWD), PRO("过去", PRO_REPORT, DIR_FWD),
  /* a case told, not demanded (see narrated() in analyze.c): a case label
   * before a colon (警示案例:某镇将…), a past practice (某县曾规定…), a
   * practice named again with what became of it (该做法已被…通报), and a
   * sanction suffered (已被/曾被…问责, 某镇…被纪委通报, 受到通报, 纪委对此
   * 点名通报) */
  PRO("警示案例", PRO_REPORT, DIR_FWD), PRO("典型案例", PRO_REPORT, DIR_FWD),
  PRO("反面案例", PRO_REPORT, DIR_FWD), PRO("反面典型", PRO_REPORT, DIR_FWD),
  PRO("案例警示", PRO_REPORT, DIR_FWD), PRO("曾", PRO_REPORT, DIR_FWD),
  /* problems notified as cases, counted in 起 (通报了3起典型问题,其中1起为…) */
  PRO("典型问题", PRO_REPORT, DIR_FWD),
  PRO("该做法", PRO_REPORT, DIR_BACK), PRO("此做法", PRO_REPORT, DIR_BACK),
  PRO("这一做法", PRO_REPORT, DIR_BACK), PRO("上述做法", PRO_REPORT, DIR_BACK),
  PRO("这种做法", PRO_REPORT, DIR_BACK), PRO("此类做法", PRO_REPORT, DIR_BACK),
  PRO("被", PRO_REPORT, DIR_BACK), PRO("受到", PRO_REPORT, DIR_BACK),
  PRO("遭到", PRO_REPORT, DIR_BACK), PRO("对此", PRO_REPORT, DIR_BACK),
  /* what someone reported (会上,有乡镇反映…; 部分干部反映…): see reported() */
  PRO("反映", PRO_REPORT, DIR_FWD),
  /* a problem stated (存在的问题主要是…, 群众反映的问题是…, 问题表现为…): what
   * follows is the practice found, not a demand; 的问题 and its longer forms
   * start at 的, so that they win over 的问题 (see problem_told) */
  PRO("问题是", PRO_REPORT, DIR_FWD), PRO("问题为", PRO_REPORT, DIR_FWD),
  PRO("问题主要是", PRO_REPORT, DIR_FWD), PRO("问题主要为", PRO_REPORT, DIR_FWD),
  PRO("问题表现为", PRO_REPORT, DIR_FWD), PRO("问题主要表现为", PRO_REPORT, DIR_FWD),
  PRO("问题主要表现在", PRO_REPORT, DIR_FWD), PRO("问题集中在", PRO_REPORT, DIR_FWD),
  PRO("问题集中表现为", PRO_REPORT, DIR_FWD), PRO("问题在于", PRO_REPORT, DIR_FWD),
  PRO("问题之一是", PRO_REPORT, DIR_FWD),
  PRO("的问题是", PRO_REPORT, DIR_FWD), PRO("的问题为", PRO_REPORT, DIR_FWD),
  PRO("的问题主要是", PRO_REPORT, DIR_FWD), PRO("的问题主要为", PRO_REPORT, DIR_FWD),
  PRO("的问题表现为", PRO_REPORT, DIR_FWD), PRO("的问题主要表现为", PRO_REPORT, DIR_FWD),
  PRO("的问题主要表现在", PRO_REPORT, DIR_FWD), PRO("的问题集中在", PRO_REPORT, DIR_FWD),
  PRO("的问题集中表现为", PRO_REPORT, DIR_FWD), PRO("的问题在于", PRO_REPORT, DIR_FWD),
  PRO("的问题之一是", PRO_REPORT, DIR_FWD),
  /* (and as a label: 存在的问题:一是…) */
  PRO("问题:", PRO_REPORT, DIR_FWD), PRO("的问题:", PRO_REPORT, DIR_FWD),
  /* what some left unnamed do (有的部门要求村干部每天在app签到; 个别单位把下载
   * 量作为考核指标): a practice described, as no plan states its own demand;
   * only opening a segment, with the act soon after (see indefinite_actor) */
  PRO("有的", PRO_REPORT, DIR_FWD), PRO("有些", PRO_REPORT, DIR_FWD),
  PRO("个别", PRO_REPORT, DIR_FWD), PRO("少数", PRO_REPORT, DIR_FWD),
  PRO("某些", PRO_REPORT, DIR_FWD), PRO("一些", PRO_REPORT, DIR_FWD),
  /* a value measured at a date, compared with a past period, or heard in a
   * meeting is a fact, unless its sentence demands (截至年底注册率须达到80%) */
  PRO("截至", PRO_FACT, DIR_SENT), PRO("截止", PRO_FACT, DIR_SENT),
  PRO("截止到", PRO_FACT, DIR_SENT), PRO("今年以来", PRO_FACT, DIR_SENT),
  PRO("较上", PRO_FACT, DIR_SENT), PRO("较去年", PRO_FACT, DIR_SENT),
  PRO("比上年", PRO_FACT, DIR_SENT), PRO("比去年", PRO_FACT, DIR_SENT),
  PRO("同比", PRO_FACT, DIR_SENT), PRO("环比", PRO_FACT, DIR_SENT),
  PRO("听取", PRO_FACT, DIR_SENT), PRO("累计", PRO_FACT, DIR_SENT), PRO("共计", PRO_FACT, DIR_SENT),
  /* a total (本月共受理…3200件, 全年共上报128条, 一共安装了11个): 共 before a
   * verb of the work done or a number (see total_at), not 公共, 中共, 共同, 共享 */
  PROX("共", PRO_FACT, DIR_SENT, NULL, "公中"), PRO("一共", PRO_FACT, DIR_SENT),
  PRO("总共", PRO_FACT, DIR_SENT), PRO("总计", PRO_FACT, DIR_SENT),
  /* a value stated at the present (目前关注人数1.8万, 当前注册用户3200人,
   * 现有注册用户3200人) is a fact like one measured at a date, unless its
   * sentence demands (目前活跃率不足60%的,年底前须达到80%). Each first
   * character added here (目, 当, 现) stops the tokenizer: ~0.2% instructions */
  PRO("目前", PRO_FACT, DIR_SENT), PRO("当前", PRO_FACT, DIR_SENT),
  PRO("现有", PRO_FACT, DIR_SENT),
  /* a value of a past period (上月发布作品12条, 去年新增关注4000人, 上周共
   * 转发…) was reached, unless its sentence demands (上月排名后三位的,本月
   * 须…; 每月通报上月打卡率): 上 and 去 start words already */
  PRO("上月", PRO_FACT, DIR_SENT), PRO("上个月", PRO_FACT, DIR_SENT),
  PRO("上周", PRO_FACT, DIR_SENT), PRO("上季度", PRO_FACT, DIR_SENT),
  PRO("上一季度", PRO_FACT, DIR_SENT), PRO("上个季度", PRO_FACT, DIR_SENT),
  PRO("上年度", PRO_FACT, DIR_SENT), PRO("上一年度", PRO_FACT, DIR_SENT),
  PRO("去年", PRO_FACT, DIR_SENT),
  /* ... and so of the year so far (今年“网格通”录入事件1200件, 本年度已上报86条),
   * unless its sentence demands or sets a level to reach (今年活跃率达到85%, not
   * 今年已达到; 今年每个网格录入…: see year_target in analyze.c) */
  PRO("今年", PRO_FACT, DIR_SENT), PRO("本年度已", PRO_FACT, DIR_SENT),
  PRO("本年已", PRO_FACT, DIR_SENT), PRO("年内已", PRO_FACT, DIR_SENT),
  /* ... and so of a named quarter (一季度全镇网格员上报事件1860件, 第三季度…),
   * unless its sentence demands (一季度末注册率须达到80%) */
  PRO("一季度", PRO_FACT, DIR_SENT), PRO("二季度", PRO_FACT, DIR_SENT),
  PRO("三季度", PRO_FACT, DIR_SENT), PRO("四季度", PRO_FACT, DIR_SENT),
  /* a statistic: a value fallen from one level to another (在线时长由每日5小时
   *降至1.5小时) or an average stated (平均使用时长为每日18分钟) describes, unless
   * its sentence demands (平均阅读量不低于800次) or says the average shall reach
   * a level (平均每天学习时长达到1小时, not 达到了: see average_target); not
   * 平均分配/平均分摊 (a task shared out) */
  PRO("降至", PRO_FACT, DIR_SENT), PRO("降到", PRO_FACT, DIR_SENT),
  PRO("下降至", PRO_FACT, DIR_SENT), PRO("下降到", PRO_FACT, DIR_SENT),
  PRO("减至", PRO_FACT, DIR_SENT), PRO("缩短至", PRO_FACT, DIR_SENT),
  PRO("缩短到", PRO_FACT, DIR_SENT),
  /* ... or risen from one level to another (注册用户数由年初的12万户增至18.6万
   * 户): the same statistic, unless its sentence demands (力争增至, 须增加到) */
  PRO("增至", PRO_FACT, DIR_SENT), PRO("增加到", PRO_FACT, DIR_SENT),
  PRO("增加至", PRO_FACT, DIR_SENT), PRO("增长到", PRO_FACT, DIR_SENT),
  PRO("增长至", PRO_FACT, DIR_SENT), PRO("上升至", PRO_FACT, DIR_SENT),
  PRO("上升到", PRO_FACT, DIR_SENT),
  /* (平均值, 平均水平 after a comparison are a benchmark, not a statistic:
   * 积分低于公司平均值的不予推荐; see benchmark() in analyze.c) */
  PROX("平均", PRO_FACT, DIR_SENT, "分摊派", NULL),
  /* left to each person: 下载…APP实行自愿原则 governs its comma segment */
  PRO("自愿", PRO_PROHIBIT, DIR_LOCAL),

  /* pay: 与奖金挂钩, 扣减绩效 */
  /* (工资 before 料, 质, 格 is a work's 工 and 资料, 资质, 资格: 竣工资料,
   * 施工资质, 员工资料 are records or licences, no pay) */
  MONEY("奖金"), MONEY("绩效"), MONEYX("工资", "料质格"), MONEY("津贴"), MONEY("补贴"), MONEY("报酬"),
  /* (扣减当月劳务费: a fee for the work, 劳务费, 酬金) */
  MONEY("劳务费"), MONEY("酬金"),
  {"挂钩", KW_HOOK, 0, 0, 0, 1, NULL, NULL, 0},
  SCORE("满分"), SCORE("分值"), SCORE("权重"),

  /* assessment links */
  /* (计分 inside 统计分析, 统计分局, 会计分录 scores nothing) */
  LINK("考核"), LINK("考评"), LINK("得分"), LINKA("计分", "统会"), LINK("加分"), LINK("评分"),
  LINK("排名"), LINK("排序"), LINK("评优"), LINK("评先"), LINK("提拔"), LINK("任用"),
  LINK("纳入"), LINK("列入"), LINK("评比"), LINK("打分"), LINK("记分"), LINK("奖惩"),
  LINK("晋升"), LINK("排行"), LINK("末位"), LINK("倒数"), LINK("评定"), LINK("等次"),
  LINK("通报表扬"), LINK("考察"),

  /* frequencies */
  FREQ("每天", FREQ_DAY), FREQ("每日", FREQ_DAY), FREQ("日均", FREQ_DAY),
  FREQ("天天", FREQ_DAY), FREQ("每个工作日", FREQ_DAY), FREQ("每工作日", FREQ_DAY),
  FREQ("按日", FREQ_DAY), FREQ("逐日", FREQ_DAY), FREQ("每一天", FREQ_DAY),
  /* a time of every day: 每晚9点前签到, 每早到岗打卡 */
  FREQ("每晚", FREQ_DAY), FREQ("每早", FREQ_DAY), FREQ("每夜", FREQ_DAY), FREQ("每天晚上", FREQ_DAY),
  FREQ("每天早上", FREQ_DAY),
  FREQ("每周", FREQ_WEEK), FREQ("每星期", FREQ_WEEK), FREQ("每个星期", FREQ_WEEK),
  FREQ("按周", FREQ_WEEK), FREQ("周均", FREQ_WEEK), FREQ("逐周", FREQ_WEEK),
  FREQ("周报", FREQ_WEEK), FREQ("周周", FREQ_WEEK), LFREQ("周排名", FREQ_WEEK),
  FREQ("每月", FREQ_MONTH), FREQ("每个月", FREQ_MONTH), FREQ("月度", FREQ_MONTH),
  FREQ("按月", FREQ_MONTH), FREQ("月均", FREQ_MONTH), FREQ("逐月", FREQ_MONTH),
  FREQ("月报", FREQ_MONTH), FREQ("月月", FREQ_MONTH), LFREQ("月排名", FREQ_MONTH),
  LFREQ("月考核", FREQ_MONTH), LFREQ("月评比", FREQ_MONTH),
  FREQ("每季度", FREQ_QUARTER), FREQ("每个季度", FREQ_QUARTER), FREQ("季度", FREQ_QUARTER),
  FREQ("每季", FREQ_QUARTER), FREQ("按季", FREQ_QUARTER), FREQ("季报", FREQ_QUARTER),
  FREQ("逐季", FREQ_QUARTER),
  FREQ("每年", FREQ_YEAR), FREQ("每年度", FREQ_YEAR), FREQX("年度", FREQ_YEAR, ASSESS_NB),
  FREQ("全年", FREQ_YEAR), FREQ("年均", FREQ_YEAR), FREQ("按年", FREQ_YEAR),
  FREQX("年终", FREQ_YEAR, ASSESS_NB), FREQ("逐年", FREQ_YEAR),
};

/* Units after a number. "个月"/"个小时" are reported without 个. */
#define UNIT(w) {w, KW_NONE, 0, 0, 0, 0, NULL, NULL, 0}
#define UNITX(w, nb) {w, KW_NONE, 0, 0, 0, 0, nb, NULL, 0}
static jfa_word units[] = {
  UNIT("%"), UNIT("个百分点"), UNIT("百分点"), UNIT("个工作日"), UNIT("工作日"),
  UNIT("个小时"), UNIT("个月"), UNIT("人次"), UNIT("小时"), UNIT("分钟"), UNIT("学时"),
  UNIT("课时"), UNITX("个", "别性"), UNITX("次", "性"), UNITX("条", "龙例"), UNIT("件"),
  UNIT("人"), UNITX("户", "籍口"),
  UNITX("分", "析别配工布类管级享解期为散局队会行批摊担之数值"),
  UNIT("天"), UNIT("篇"), UNIT("张"), UNITX("名", "称单义"), UNITX("项", "目"),
  UNITX("家", "庭长乡属"), UNITX("所", "有以属在谓"), UNIT("份"), UNITX("期", "间望待限"),
  UNITX("位", "置于"), UNITX("元", "化"), UNIT("秒"), UNITX("周", "年边期末围"), UNIT("倍"),
  UNITX("台", "账"), UNITX("部", "门分署"), UNITX("组", "织成建"), UNIT("轮"), UNIT("遍"),
  UNIT("单"), UNIT("笔"), UNIT("字"), UNITX("票", "否据"), UNIT("段"), UNIT("场"),
  /* cases, a count of records (随访记录录入不少于100例), not 例如, 例会, 例外 */
  UNITX("例", "如会外行子证"),
  /* batches of samples, a count of records (录入抽检信息不少于30批次) */
  UNIT("批次"),
  /* places, a count of hazards or problems found (上报火灾隐患不少于15处), not
   * 处理, 处置, 处罚 … */
  UNITX("处", "理置分罚室长级于在以"),
};

#define NB1 256   /* buckets of one-character words, by code point */
#define NB2 4096  /* buckets of longer words, by their first two code points */
#define NW 640    /* words per table at most */
#define NSET 2048 /* characters of the words' not_before and not_after sets */
#define NO_SET 255

/* A table's index. A position is rejected by one bit test on its first code
 * point, most others by a second on its first two; a chain then holds only
 * the few words sharing that start, longest first, each compared by one
 * masked 8-byte load before any memcmp. */
typedef struct windex {
  jfa_word *tab;
  size_t n;
  uint64_t first[65536 / 64]; /* BMP code points that start a word */
  uint64_t pair[65536 / 64];  /* hashes of first-two code points that start a word */
  int16_t head1[NB1], head2[NB2], next[NW];
  uint64_t pre[NW], mask[NW]; /* the word's first 8 bytes, zero padded, and their mask */
  uint64_t pre2[NW], mask2[NW]; /* ... and its bytes 8 to 15 */
  /* The characters of not_before (code point | length << 24, as char_in
   * compares them) and of not_after (their three bytes), from set_at, n of
   * them; n_nb = NO_SET when a word's set did not fit (the strings are
   * read then). */
  uint16_t nb_at[NW], na_at[NW];
  uint8_t n_nb[NW], n_na[NW];
  uint32_t set[NSET];
  size_t n_set;
} windex;

static windex kw_index = {.tab = words, .n = sizeof words / sizeof *words};
static windex unit_index = {.tab = units, .n = sizeof units / sizeof *units};
static pthread_once_t once = PTHREAD_ONCE_INIT;

_Static_assert(sizeof words / sizeof *words <= NW, "grow NW");
_Static_assert(sizeof units / sizeof *units <= NW, "grow NW");

static unsigned pair_hash(uint32_t a, uint32_t b) {
  return ((a * 2654435761u) ^ (b * 40503u)) >> 16 & 0xFFFF;
}

/* 8 bytes of w from byte `from` (of l), zero padded, into *pre and their
 * mask into *mask. */
static void prefix8(const char *w, size_t l, size_t from, uint64_t *pre, uint64_t *mask) {
  unsigned char p[8] = {0}, m[8] = {0};
  size_t n = l > from ? (l - from < 8 ? l - from : 8) : 0;
  memcpy(p, w + from, n);
  memset(m, 0xFF, n);
  memcpy(pre, p, 8);
  memcpy(mask, m, 8);
}

/* The characters of a not_before set as char_in compares them. */
static uint32_t nb_key(uint32_t cp, size_t n) { return cp | (uint32_t)n << 24; }

/* ... and of a not_after set (three bytes each) as char_before_in does. */
static uint32_t na_key(const char *c) {
  const unsigned char *u = (const unsigned char *)c;
  return (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;
}

/* Word k's sets into ix->set (see windex). */
static void build_sets(windex *ix, size_t k) {
  const jfa_word *w = &ix->tab[k];
  ix->n_nb[k] = ix->n_na[k] = 0;
  if (w->not_before) {
    size_t n = 0, at = ix->n_set, m;
    for (const char *q = w->not_before; *q; q += m, n++) {
      uint32_t c = jfa_decode((const unsigned char *)q, 4, &m);
      if (at + n < NSET) ix->set[at + n] = nb_key(c, m);
    }
    ix->nb_at[k] = (uint16_t)at;
    ix->n_nb[k] = at + n <= NSET && n < NO_SET ? (uint8_t)n : NO_SET;
    if (ix->n_nb[k] != NO_SET) ix->n_set += n;
  }
  if (w->not_after) {
    size_t n = 0, at = ix->n_set;
    for (const char *q = w->not_after; *q; q += 3, n++)
      if (at + n < NSET) ix->set[at + n] = na_key(q);
    ix->na_at[k] = (uint16_t)at;
    ix->n_na[k] = at + n <= NSET && n < NO_SET ? (uint8_t)n : NO_SET;
    if (ix->n_na[k] != NO_SET) ix->n_set += n;
  }
}

static void build(windex *ix) {
  size_t longest = 0;
  for (size_t b = 0; b < NB1; b++) ix->head1[b] = -1;
  for (size_t b = 0; b < NB2; b++) ix->head2[b] = -1;
  for (size_t k = 0; k < ix->n; k++) {
    size_t l = strlen(ix->tab[k].w);
    ix->tab[k].len = (uint8_t)l;
    if (l > longest) longest = l;
    prefix8(ix->tab[k].w, l, 0, &ix->pre[k], &ix->mask[k]);
    prefix8(ix->tab[k].w, l, 8, &ix->pre2[k], &ix->mask2[k]);
    build_sets(ix, k);
  }
  /* Insert shortest first at the chain heads, so chains run longest first. */
  for (size_t l = 1; l <= longest; l++) {
    for (size_t k = 0; k < ix->n; k++) {
      const unsigned char *w = (const unsigned char *)ix->tab[k].w;
      if (ix->tab[k].len != l) continue;
      size_t n1, n2;
      uint32_t c1 = jfa_decode(w, l, &n1);
      if (c1 < 65536) ix->first[c1 / 64] |= 1ull << (c1 % 64);
      if (n1 == l) {
        ix->next[k] = ix->head1[c1 % NB1];
        ix->head1[c1 % NB1] = (int16_t)k;
      } else {
        unsigned h = pair_hash(c1, jfa_decode(w + n1, l - n1, &n2));
        ix->pair[h / 64] |= 1ull << (h % 64);
        ix->next[k] = ix->head2[h % NB2];
        ix->head2[h % NB2] = (int16_t)k;
      }
    }
  }
}

static void build_all(void) {
  build(&kw_index);
  build(&unit_index);
}

void jfa_words_init(void) { pthread_once(&once, build_all); }

/* Is the character at s[i] one of the characters of `set`? Code points
 * compared: no memcmp call per character of the set. */
static bool char_in(const char *s, size_t len, size_t i, const char *set) {
  if (i >= len) return false;
  size_t n;
  uint32_t c = jfa_decode((const unsigned char *)s + i, len - i, &n);
  for (const char *q = set; *q;) {
    size_t m;
    /* a literal: its bytes are all there */
    if (jfa_decode((const unsigned char *)q, 4, &m) == c && m == n) return true;
    q += m;
  }
  return false;
}

/* Is the character ending at s[i] one of `set`? (CJK sets only: 3 bytes each.) */
static bool char_before_in(const char *s, size_t i, const char *set) {
  if (i < 3) return false;
  for (const char *q = set; *q; q += 3)
    if (memcmp(s + i - 3, q, 3) == 0) return true;
  return false;
}

/* Does entry k, whose first 8 bytes (masked) are those at s[i], match there
 * in full: length, the bytes past the eighth, and its context? */
static bool match_rest(const windex *ix, int k, const char *s, size_t len, size_t i) {
  const jfa_word *w = &ix->tab[k];
  if (w->len > len - i) return false;
  if (w->len > 8) { /* bytes 8 to 15 by a masked load, any beyond by memcmp */
    uint64_t t = 0;
    if (len - i >= 16)
      memcpy(&t, s + i + 8, 8);
    else
      memcpy(&t, s + i + 8, w->len - 8u < 8 ? w->len - 8u : 8);
    if ((t & ix->mask2[k]) != ix->pre2[k]) return false;
    if (w->len > 16 && memcmp(s + i + 16, w->w + 16, w->len - 16u) != 0) return false;
  }
  if (w->not_before) {
    size_t j = i + w->len, n;
    if (ix->n_nb[k] == NO_SET) {
      if (char_in(s, len, j, w->not_before)) return false;
    } else if (j < len) {
      uint32_t cp = jfa_decode((const unsigned char *)s + j, len - j, &n), c = nb_key(cp, n);
      for (const uint32_t *q = ix->set + ix->nb_at[k], *e = q + ix->n_nb[k]; q < e; q++)
        if (*q == c) return false;
    }
  }
  if (w->not_after) {
    if (ix->n_na[k] == NO_SET) {
      if (char_before_in(s, i, w->not_after)) return false;
    } else if (i >= 3) {
      uint32_t c = na_key(s + i - 3);
      for (const uint32_t *q = ix->set + ix->na_at[k], *e = q + ix->n_na[k]; q < e; q++)
        if (*q == c) return false;
    }
  }
  return true;
}

/* The first entry of a chain that matches at s[i] (t8: the 8 bytes there,
 * zero padded). The masked compare, which rejects nearly every entry, is
 * made here, in the loop. */
static inline const jfa_word *walk(const windex *ix, int k, const char *s, size_t len, size_t i,
                                   uint64_t t8) {
  for (; k >= 0; k = ix->next[k])
    if ((t8 & ix->mask[k]) == ix->pre[k] && match_rest(ix, k, s, len, i)) return &ix->tab[k];
  return NULL;
}

/* c1 is the code point at s[i] and n1 its length, as jfa_decode gives them. */
static const jfa_word *lookup(const windex *ix, const char *s, size_t len, size_t i,
                              uint32_t c1, size_t n1) {
  if (c1 >= 65536 || !(ix->first[c1 / 64] >> (c1 % 64) & 1)) return NULL;
  size_t avail = len - i, n2;
  uint64_t t8 = 0;
  if (avail >= 8)
    memcpy(&t8, s + i, 8);
  else
    memcpy(&t8, s + i, avail);
  if (avail > n1) {
    unsigned h = pair_hash(c1, jfa_decode((const unsigned char *)s + i + n1, avail - n1, &n2));
    if (ix->pair[h / 64] >> (h % 64) & 1) {
      const jfa_word *w = walk(ix, ix->head2[h % NB2], s, len, i, t8);
      if (w) return w;
    }
  }
  return walk(ix, ix->head1[c1 % NB1], s, len, i, t8);
}

void jfa_word_starts(uint64_t bits[65536 / 64]) {
  for (size_t w = 0; w < 65536 / 64; w++) bits[w] |= kw_index.first[w];
}

const jfa_word *jfa_word_at(const char *s, size_t len, size_t i) {
  size_t n;
  if (i >= len) return NULL;
  uint32_t c = jfa_decode((const unsigned char *)s + i, len - i, &n);
  return lookup(&kw_index, s, len, i, c, n);
}

const jfa_word *jfa_word_at_cp(const char *s, size_t len, size_t i, uint32_t cp, size_t n) {
  return lookup(&kw_index, s, len, i, cp, n);
}

const jfa_word *jfa_unit_at(const char *s, size_t len, size_t i) {
  size_t n;
  if (i >= len) return NULL;
  uint32_t c = jfa_decode((const unsigned char *)s + i, len - i, &n);
  return lookup(&unit_index, s, len, i, c, n);
}

/* --- for tests: the tables, and the lookup done the slow way ---------------- */

const jfa_word *jfa_table(bool units_table, size_t *n) {
  jfa_words_init();
  const windex *ix = units_table ? &unit_index : &kw_index;
  *n = ix->n;
  return ix->tab;
}

/* Does entry k match at s[i] in full, read from its strings alone? */
static bool ref_match(const jfa_word *w, const char *s, size_t len, size_t i) {
  size_t l = strlen(w->w);
  return l <= len - i && memcmp(s + i, w->w, l) == 0 &&
         !(w->not_before && char_in(s, len, i + l, w->not_before)) &&
         !(w->not_after && char_before_in(s, i, w->not_after));
}

/* What lookup's chains give, without the index: the words of more than one
 * character before those of one, longer (in bytes) before shorter, and of
 * two as long (the same word twice) the later in the table first. */
const jfa_word *jfa_lookup_ref(bool units_table, const char *s, size_t len, size_t i) {
  size_t n, best = SIZE_MAX;
  const jfa_word *tab = jfa_table(units_table, &n);
  if (i >= len) return NULL;
  for (int multi = 1; multi >= 0 && best == SIZE_MAX; multi--)
    for (size_t k = 0; k < n; k++) {
      size_t l = strlen(tab[k].w), c1;
      jfa_decode((const unsigned char *)tab[k].w, l, &c1);
      if ((c1 < l) != (multi == 1) || !ref_match(&tab[k], s, len, i)) continue;
      if (best == SIZE_MAX || l >= strlen(tab[best].w)) best = k;
    }
  return best == SIZE_MAX ? NULL : &tab[best];
}

const char *jfa_freq_name(int f) {
  static const char *names[] = {"", "day", "week", "month", "quarter", "year"};
  return f >= 0 && f <= FREQ_YEAR ? names[f] : "";
}
