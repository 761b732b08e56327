/* analyze_words.c — the clause analyser's wording as data: comparison,
 * penalty, prohibition, link and frequency keywords, and units, with a
 * first-character index so a clause is matched in one pass. */
#include <pthread.h>
#include <string.h>
#include "jianfu/analyze.h"
#include "analyze_words.h"

/* Shorthands keep one entry per line. Fields: word, kind, sub, dir, freq,
 * link, not_before. */
#define CMP(w, op) {w, KW_CMP, op, 0, 0, 0, NULL, 0}
#define CMPX(w, op, nb) {w, KW_CMP, op, 0, 0, 0, nb, 0}
#define QUOTA(w) {w, KW_QUOTA, JF_OP_GE, 0, 0, 0, NULL, 0}
#define RATE(w) {w, KW_RATE, 0, 0, 0, 0, NULL, 0}
#define DED(w, alone, link) {w, KW_DEDUCT, alone, 0, 0, link, NULL, 0}
#define PEN(w, k) {w, KW_PEN, k, 0, 0, 1, NULL, 0}
#define PENX(w, k, nb) {w, KW_PEN, k, 0, 0, 1, nb, 0}
#define PENF(w, k, f) {w, KW_PEN, k, 0, f, 1, NULL, 0}
#define PRO(w, k, d) {w, KW_PROH, k, d, 0, 0, NULL, 0}
#define PROX(w, k, d, nb) {w, KW_PROH, k, d, 0, 0, nb, 0}
#define MONEY(w) {w, KW_MONEY, 0, 0, 0, 1, NULL, 0}
#define SCORE(w) {w, KW_SCORE, 0, 0, 0, 0, NULL, 0}
#define LINK(w) {w, KW_PLAIN, 0, 0, 0, 1, NULL, 0}
#define FREQ(w, f) {w, KW_PLAIN, 0, 0, f, 0, NULL, 0}
#define LFREQ(w, f) {w, KW_PLAIN, 0, 0, f, 1, NULL, 0}

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
  CMP("提升到", JF_OP_GE), CMP("提升至", JF_OP_GE), CMP("确保", JF_OP_GE),
  CMP("力争", JF_OP_GE), CMP("大于等于", JF_OP_GE), CMP("≥", JF_OP_GE), CMP(">=", JF_OP_GE),
  CMP("超过", JF_OP_GT), CMP("高于", JF_OP_GT), CMP("大于", JF_OP_GT), CMP("多于", JF_OP_GT),
  CMP("超出", JF_OP_GT), CMP(">", JF_OP_GT),
  CMP("不超过", JF_OP_LE), CMP("不得超过", JF_OP_LE), CMP("不应超过", JF_OP_LE),
  CMP("不高于", JF_OP_LE), CMP("不得高于", JF_OP_LE), CMP("不大于", JF_OP_LE),
  CMP("不多于", JF_OP_LE), CMP("最多", JF_OP_LE), CMP("至多", JF_OP_LE), CMP("最高", JF_OP_LE),
  CMP("控制在", JF_OP_LE), CMP("小于等于", JF_OP_LE), CMP("≤", JF_OP_LE), CMP("<=", JF_OP_LE),
  CMP("低于", JF_OP_LT), CMP("少于", JF_OP_LT), CMP("小于", JF_OP_LT), CMP("不足", JF_OP_LT),
  CMP("未达到", JF_OP_LT), CMP("未达", JF_OP_LT), CMP("达不到", JF_OP_LT), CMP("<", JF_OP_LT),

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
  PEN("不能评优", PEN_DISQUALIFY), PEN("不能评为", PEN_DISQUALIFY),
  PEN("取消评优", PEN_DISQUALIFY), PEN("取消评先", PEN_DISQUALIFY),
  PEN("取消其评优", PEN_DISQUALIFY), PEN("取消当年评优", PEN_DISQUALIFY),
  PEN("取消年度评优", PEN_DISQUALIFY), PEN("降低等次", PEN_DISQUALIFY),
  PEN("通报", PEN_NOTIFY), PEN("通报批评", PEN_NOTIFY), PEN("排名通报", PEN_NOTIFY),
  PEN("点名通报", PEN_NOTIFY), PEN("公开通报", PEN_NOTIFY), PEN("曝光", PEN_NOTIFY),
  PENF("周通报", PEN_NOTIFY, FREQ_WEEK), PENF("月通报", PEN_NOTIFY, FREQ_MONTH),
  PENF("日通报", PEN_NOTIFY, FREQ_DAY), PENF("季通报", PEN_NOTIFY, FREQ_QUARTER),
  PEN("约谈", PEN_INTERVIEW), PEN("诫勉谈话", PEN_INTERVIEW), PEN("提醒谈话", PEN_INTERVIEW),
  PEN("扣发", PEN_PAY), PEN("一票否决", PEN_VETO),
  PEN("问责", PEN_ACCOUNT), PEN("追责", PEN_ACCOUNT), PEN("责任追究", PEN_ACCOUNT),
  PEN("追究责任", PEN_ACCOUNT), PEN("处分", PEN_ACCOUNT),

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
  PRO("不将", PRO_PROHIBIT, DIR_AUTO), PRO("不把", PRO_PROHIBIT, DIR_AUTO),
  PRO("不再", PRO_PROHIBIT, DIR_AUTO), PRO("不要求", PRO_PROHIBIT, DIR_AUTO),
  PRO("不强制", PRO_PROHIBIT, DIR_AUTO), PRO("不强求", PRO_PROHIBIT, DIR_AUTO),
  PRO("不硬性", PRO_PROHIBIT, DIR_AUTO), PRO("不单纯", PRO_PROHIBIT, DIR_AUTO),
  PRO("不简单", PRO_PROHIBIT, DIR_AUTO), PRO("不设", PRO_PROHIBIT, DIR_AUTO),
  /* negated links: the measure usually stands before them (下载量不纳入考核) */
  PRO("不纳入", PRO_PROHIBIT, DIR_LOCAL), PRO("不列入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不作为", PRO_PROHIBIT, DIR_LOCAL), PRO("不计入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不与", PRO_PROHIBIT, DIR_LOCAL), PRO("不用于", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不挂钩", PRO_PROHIBIT, DIR_LOCAL), PRO("不得纳入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不得列入", PRO_PROHIBIT, DIR_LOCAL), PRO("不得作为", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不得计入", PRO_PROHIBIT, DIR_LOCAL), PRO("不得与", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不得用于", PRO_PROHIBIT, DIR_LOCAL), PRO("不再纳入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不再作为", PRO_PROHIBIT, DIR_LOCAL), PRO("不再列入", PRO_PROHIBIT, DIR_LOCAL),
  PRO("不再与", PRO_PROHIBIT, DIR_LOCAL), PRO("不再计入", PRO_PROHIBIT, DIR_LOCAL),
  /* cancellation */
  PRO("取消", PRO_CANCEL, DIR_AUTO), PRO("废止", PRO_CANCEL, DIR_AUTO),
  PRO("撤销", PRO_CANCEL, DIR_AUTO), PRO("停止", PRO_CANCEL, DIR_AUTO),
  PRO("叫停", PRO_CANCEL, DIR_AUTO), PRO("关停", PRO_CANCEL, DIR_AUTO),
  PRO("注销", PRO_CANCEL, DIR_AUTO), PRO("清退", PRO_CANCEL, DIR_AUTO),
  PRO("撤并", PRO_CANCEL, DIR_AUTO), PRO("废除", PRO_CANCEL, DIR_AUTO),
  /* rectification */
  PRO("纠正", PRO_RECTIFY, DIR_AUTO), PRO("整改", PRO_RECTIFY, DIR_AUTO),
  PRO("立行立改", PRO_RECTIFY, DIR_AUTO), PRO("整治", PRO_RECTIFY, DIR_AUTO),
  PRO("清理", PRO_RECTIFY, DIR_AUTO), PRO("减少", PRO_RECTIFY, DIR_AUTO),
  PRO("精简", PRO_RECTIFY, DIR_AUTO), PRO("规范", PRO_RECTIFY, DIR_AUTO),
  PRO("压减", PRO_RECTIFY, DIR_AUTO), PRO("整合", PRO_RECTIFY, DIR_AUTO),
  PRO("纠治", PRO_RECTIFY, DIR_AUTO), PRO("破除", PRO_RECTIFY, DIR_AUTO),
  PRO("治理", PRO_RECTIFY, DIR_AUTO), PRO("改进", PRO_RECTIFY, DIR_AUTO),
  PRO("针对", PRO_RECTIFY, DIR_FWD), PRO("的问题", PRO_RECTIFY, DIR_BACK),
  PRO("等问题", PRO_RECTIFY, DIR_BACK), PRO("等现象", PRO_RECTIFY, DIR_BACK),
  PRO("的现象", PRO_RECTIFY, DIR_BACK), PRO("等做法", PRO_RECTIFY, DIR_BACK),
  PRO("的做法", PRO_RECTIFY, DIR_BACK),

  /* pay: 与奖金挂钩, 扣减绩效 */
  MONEY("奖金"), MONEY("绩效"), MONEY("工资"), MONEY("津贴"), MONEY("补贴"), MONEY("报酬"),
  {"挂钩", KW_HOOK, 0, 0, 0, 1, NULL, 0},
  SCORE("满分"), SCORE("分值"), SCORE("权重"),

  /* assessment links */
  LINK("考核"), LINK("考评"), LINK("得分"), LINK("计分"), LINK("加分"), LINK("评分"),
  LINK("排名"), LINK("排序"), LINK("评优"), LINK("评先"), LINK("提拔"), LINK("任用"),
  LINK("纳入"), LINK("列入"), LINK("评比"), LINK("打分"), LINK("记分"), LINK("奖惩"),
  LINK("晋升"), LINK("排行"), LINK("末位"), LINK("倒数"), LINK("评定"), LINK("等次"),
  LINK("通报表扬"), LINK("考察"),

  /* frequencies */
  FREQ("每天", FREQ_DAY), FREQ("每日", FREQ_DAY), FREQ("日均", FREQ_DAY),
  FREQ("天天", FREQ_DAY), FREQ("每个工作日", FREQ_DAY), FREQ("每工作日", FREQ_DAY),
  FREQ("按日", FREQ_DAY), FREQ("逐日", FREQ_DAY), FREQ("每一天", FREQ_DAY),
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
  FREQ("每年", FREQ_YEAR), FREQ("每年度", FREQ_YEAR), FREQ("年度", FREQ_YEAR),
  FREQ("全年", FREQ_YEAR), FREQ("年均", FREQ_YEAR), FREQ("按年", FREQ_YEAR),
  FREQ("年终", FREQ_YEAR), FREQ("逐年", FREQ_YEAR),
};

/* Units after a number. "个月"/"个小时" are reported without 个. */
#define UNIT(w) {w, KW_NONE, 0, 0, 0, 0, NULL, 0}
#define UNITX(w, nb) {w, KW_NONE, 0, 0, 0, 0, nb, 0}
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
  UNIT("单"), UNIT("笔"), UNIT("字"), UNIT("场"),
};

#define NBUCKET 1024
typedef struct windex {
  jfa_word *tab;
  size_t n;
  int16_t head[NBUCKET]; /* first entry of the bucket's chain, longest first; -1 none */
  int16_t next[512];
} windex;

static windex kw_index = {words, sizeof words / sizeof *words, {0}, {0}};
static windex unit_index = {units, sizeof units / sizeof *units, {0}, {0}};
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Decode one code point (valid UTF-8 assumed; a stray byte decodes as itself). */
uint32_t jfa_decode(const unsigned char *p, size_t avail, size_t *n) {
  unsigned c = p[0];
  if (c < 0x80 || avail < 2) { *n = 1; return c; }
  if (c < 0xE0) { *n = 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
  if (c < 0xF0 || avail < 4) {
    if (avail < 3) { *n = 1; return c; }
    *n = 3;
    return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *n = 4;
  return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static void build(windex *ix) {
  for (size_t b = 0; b < NBUCKET; b++) ix->head[b] = -1;
  for (size_t k = 0; k < ix->n; k++) ix->tab[k].len = (uint8_t)strlen(ix->tab[k].w);
  /* Insert shortest first at the chain head, so chains run longest first. */
  for (size_t l = 1; l <= 255; l++) {
    for (size_t k = 0; k < ix->n; k++) {
      if (ix->tab[k].len != l) continue;
      size_t cl;
      uint32_t cp = jfa_decode((const unsigned char *)ix->tab[k].w, l, &cl);
      unsigned b = cp % NBUCKET;
      ix->next[k] = ix->head[b];
      ix->head[b] = (int16_t)k;
    }
  }
}

_Static_assert(sizeof words / sizeof *words <= 512, "grow windex.next");
_Static_assert(sizeof units / sizeof *units <= 512, "grow windex.next");

static void build_all(void) {
  build(&kw_index);
  build(&unit_index);
}

void jfa_words_init(void) { pthread_once(&once, build_all); }

/* Is the character at s[i] one of the characters of `set`? */
static bool char_in(const char *s, size_t len, size_t i, const char *set) {
  if (i >= len) return false;
  size_t n;
  jfa_decode((const unsigned char *)s + i, len - i, &n);
  for (const char *q = set; *q;) {
    size_t m;
    jfa_decode((const unsigned char *)q, strlen(q), &m);
    if (m == n && memcmp(q, s + i, n) == 0) return true;
    q += m;
  }
  return false;
}

static const jfa_word *lookup(const windex *ix, const char *s, size_t len, size_t i) {
  size_t n;
  uint32_t cp = jfa_decode((const unsigned char *)s + i, len - i, &n);
  for (int k = ix->head[cp % NBUCKET]; k >= 0; k = ix->next[k]) {
    const jfa_word *w = &ix->tab[k];
    if (w->len > len - i || memcmp(s + i, w->w, w->len) != 0) continue;
    if (w->not_before && char_in(s, len, i + w->len, w->not_before)) continue;
    return w;
  }
  return NULL;
}

const jfa_word *jfa_word_at(const char *s, size_t len, size_t i) {
  return lookup(&kw_index, s, len, i);
}

const jfa_word *jfa_unit_at(const char *s, size_t len, size_t i) {
  if (i >= len) return NULL;
  return lookup(&unit_index, s, len, i);
}

const char *jfa_freq_name(int f) {
  static const char *names[] = {"", "day", "week", "month", "quarter", "year"};
  return f >= 0 && f <= FREQ_YEAR ? names[f] : "";
}
