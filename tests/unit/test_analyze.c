/* test_analyze.c — the clause analyser against tables of real-looking, already
 * normalized clauses: numbers, thresholds, frequencies, penalties,
 * prohibition scopes, assessment links and titles. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "jianfu/analyze.h"
#include "analyze_int.h"
#include "analyze_words.h"

static jf_analysis *run(const char *s, bool scheme, bool doc) {
  jf_analyze_ctx ctx = {.scheme_item = scheme, .assessment_doc = doc};
  return jf_analyze(s, strlen(s), &ctx);
}

/* ---- jf_parse_number --------------------------------------------------------- */

static const struct {
  const char *in;
  double value;
  size_t used; /* bytes consumed; 0 = no number */
} parse_cases[] = {
  {"80", 80, 2},           {"0.5分", 0.5, 3},      {"1,000个", 1000, 5},
  {"12,345,678", 12345678, 10},                    {"80%", 80, 3},
  {"五百", 500, 6},        {"一万二千", 12000, 12}, {"两", 2, 3},
  {"十五", 15, 6},         {"三十", 30, 6},         {"一百零五", 105, 12},
  {"百分之九十五", 95, 18}, {"百分之80", 80, 11},   {"八成", 80, 6},
  {"半数", 50, 6},         {"千分之五", 0.5, 12},  {"一点五", 1.5, 9},
  {"5‰", 0.5, 4},          {"1.5万", 15000, 6},    {"二〇二三", 2023, 12},
  {"三千五百万", 35000000, 15},                     {"百分百", 100, 9},
  {"1,2,3", 1, 1},         {"万无一失", 0, 0},      {"打卡", 0, 0},
};

static void test_parse_number(void) {
  for (size_t i = 0; i < sizeof parse_cases / sizeof *parse_cases; i++) {
    const char *s = parse_cases[i].in;
    size_t pos = 0;
    double v = -1;
    bool ok = jf_parse_number(s, strlen(s), &pos, &v);
    CHECK_MSG(ok == (parse_cases[i].used > 0), "parse \"%s\"", s);
    if (!ok || !parse_cases[i].used) continue;
    CHECK_MSG(fabs(v - parse_cases[i].value) < 1e-9, "\"%s\" = %g", s, v);
    CHECK_MSG(pos == parse_cases[i].used, "\"%s\" used %zu bytes", s, pos);
  }
}

/* ---- numbers in clauses ----------------------------------------------------------- */

static const struct {
  const char *in;
  int n;          /* how many numbers the clause holds */
  double value;   /* the first one */
  const char *unit;
} number_cases[] = {
  {"各乡镇app活跃率不得低于80%", 1, 80, "%"},
  {"每天要完成500个点赞任务", 1, 500, "个"},
  {"每名干部每天学习时长不少于两小时", 1, 2, "小时"},
  {"每个社区每天点赞五百次", 1, 500, "次"},
  {"全年录入矛盾纠纷一万二千条", 1, 12000, "条"},
  {"入户走访十五户并拍照上传", 1, 15, "户"},
  {"每月上报信息不少于三十篇", 1, 30, "篇"},
  {"年度累计学习一百零五学时", 1, 105, "学时"},
  {"注册率达到百分之九十五以上", 1, 95, "%"},
  {"下载安装率达百分之80", 1, 80, "%"},
  {"八成以上党员每日登录", 1, 80, "%"},
  {"半数以上村干部完成打卡", 1, 50, "%"},
  {"差错率控制在千分之五以内", 1, 0.5, "%"},
  {"每低1个百分点扣0.5分", 2, 1, "个百分点"},
  {"使用量达到1,000人次", 1, 1000, "人次"},
  {"工作群内10分钟内回复收到", 1, 10, "分钟"},
  {"每季度组织3次视频打卡", 1, 3, "次"},
  {"每人每周转发不少于5条信息", 1, 5, "条"},
  {"2023年4月19日起执行", 0, 0, ""},
  {"二〇二三年度目标任务", 0, 0, ""},
  {"3.2 政务app推广使用", 0, 0, ""},
  {"(一)规范政务应用程序管理", 0, 0, ""},
  {"一、总体要求", 0, 0, ""},
  {"(3)严格落实责任", 0, 0, ""},
  {"统一部署,一律实行一票否决", 0, 0, ""},
  {"这项工作十分重要,是重点任务之一", 0, 0, ""},
  {"坚持两学一做,落实三会一课", 0, 0, ""},
  {"学习贯彻党的二十大精神和十四五规划", 0, 0, ""},
  {"第一责任人要进一步提高认识", 0, 0, ""},
  {"推进5g和h5应用,升级到v2.0版本", 0, 0, ""},
  {"政务服务满意度(10分)", 1, 10, "分"},
  {"加强12345热线管理", 1, 12345, ""},
  {"每月至少1次", 1, 1, "次"},
  {"每天8:30前完成签到", 0, 0, ""},
  {"一成不变地执行", 0, 0, ""},
  {"半小时内反馈", 1, 0.5, "小时"},
  {"发展用户3万人", 1, 30000, "人"},
  {"连续3个月排名末位", 1, 3, "月"},
  {"扣十分", 1, 10, "分"},
  /* cases counted (例), not 例如 or 例会 */
  {"每月录入慢病随访记录不少于80例", 1, 80, "例"},
  {"全年筛查一百二十例", 1, 120, "例"},
  {"每周1例会制度", 1, 1, ""},
};

static void test_numbers(void) {
  for (size_t i = 0; i < sizeof number_cases / sizeof *number_cases; i++) {
    jf_analysis *a = run(number_cases[i].in, false, false);
    CHECK(a != NULL);
    if (!a) continue;
    CHECK_MSG((int)a->n_numbers == number_cases[i].n, "\"%s\": %zu numbers", number_cases[i].in,
              a->n_numbers);
    if (a->n_numbers && number_cases[i].n) {
      CHECK_MSG(fabs(a->numbers[0].value - number_cases[i].value) < 1e-9, "\"%s\": %g",
                number_cases[i].in, a->numbers[0].value);
      CHECK_MSG(strcmp(a->numbers[0].unit, number_cases[i].unit) == 0, "\"%s\": unit \"%s\"",
                number_cases[i].in, a->numbers[0].unit);
    }
    jf_analysis_free(a);
  }
}

/* ---- thresholds ------------------------------------------------------------------- */

static const struct {
  const char *in;
  const char *op; /* NULL: no threshold */
  double value;
  const char *unit;
} threshold_cases[] = {
  /* raising to a level said shortly (提到, 提至), not 提到 as "mentioned" */
  {"app使用率下个月必须提到90%", ">=", 90, "%"},
  {"注册率年内提至85%", ">=", 85, "%"},
  {"会上提到的3个问题", NULL, 0, ""},
  {"各乡镇\"赣政通\"app活跃率不得低于80%", ">=", 80, "%"},
  {"政务app日活跃率不低于百分之七十", ">=", 70, "%"},
  {"每月上报不少于10条", ">=", 10, "条"},
  {"每人每天学习不得少于30分钟", ">=", 30, "分钟"},
  {"点击率不小于60%", ">=", 60, "%"},
  {"全员至少下载3个政务app", ">=", 3, "个"},
  {"注册率达到95%", ">=", 95, "%"},
  {"关注率达90%", ">=", 90, "%"},
  {"在线率90%以上", ">=", 90, "%"},
  {"装机率98%及以上", ">=", 98, "%"},
  {"登录率≥85%", ">=", 85, "%"},
  {"使用率>=85%", ">=", 85, "%"},
  {"网络学院年度学时须满60学时", ">=", 60, "学时"},
  {"每人每年学习学时需满五十学时", ">=", 50, "学时"},
  {"学习积分超过3000分的予以加分", ">", 3000, "分"},
  {"访问量高于5000次", ">", 5000, "次"},
  {"得分率高于5个百分点", ">", 5, "个百分点"},
  {"群内回复时间不超过10分钟", "<=", 10, "分钟"},
  {"工作群数量不高于3个", "<=", 3, "个"},
  {"接到通知后5分钟以内回复", "<=", 5, "分钟"},
  {"每人加入工作群最多5个", "<=", 5, "个"},
  {"入群率≤100%", "<=", 100, "%"},
  {"低于60%不得分", ">=", 60, "%"}, /* the failing side of a sanction: the op is what it requires */
  {"打卡率低于90%的不得评为优秀", ">=", 90, "%"},
  {"每天要完成500个点赞任务", ">=", 500, "个"},
  {"每个社区每天完成点赞五百次", ">=", 500, "次"},
  {"每周转发3条以上", ">=", 3, "条"},
  {"覆盖率100%", ">=", 100, "%"},
  {"活跃率100%", ">=", 100, "%"},
  {"下载量为1000次", ">=", 1000, "次"},
  {"实名注册率要达到百分之百", ">=", 100, "%"},
  {"半数以上干部参与投票", ">=", 50, "%"},
  {"八成以上群众关注公众号", ">=", 80, "%"},
  {"10分钟内回复收到", "<=", 10, "分钟"},
  {"每天打卡2次", ">=", 2, "次"},
  {"年度学习时长累计不少于50学时", ">=", 50, "学时"},
  {"浏览量提高到5000次", ">=", 5000, "次"},
  {"未达到80%的扣2分", ">=", 80, "%"},
  {"关注人数须在年底前突破一万", ">=", 10000, ""},
  {"下载安装人数不少于常住人口的30%(3分)", ">=", 30, "%"},
  {"每人每天不少于5票", ">=", 5, "票"},
  {"年度学习时长不满五十学时的不得评优", ">=", 50, "学时"},
  {"在线时长不到2小时的扣分", ">=", 2, "小时"},
  {"超过30分钟未回复的扣0.5分", "<=", 30, "分钟"},
  {"学习时长不足6小时,扣2分", ">=", 6, "小时"},
  {"月积分低于600分的,每人次扣所队0.5分", ">=", 600, "分"},
  {"打卡率低于90%的班级扣班主任考核分", ">=", 90, "%"},
  {"差错率须低于1%,否则扣2分", "<", 1, "%"}, /* demanded as stated */
  {"参与率低于50%", "<", 50, "%"},          /* no sanction: as stated */
  {"低于80%的村,全市排名靠前", "<", 80, "%"},
  {"群众不满意的事项限期整改", NULL, 0, ""},
  {"每低1个百分点扣0.5分", NULL, 0, ""},
  {"每报送1条计0.5分", NULL, 0, ""},
  {"政务服务\"好差评\"差评整改率达到100%", ">=", 100, "%"},
  {"每少1人次扣0.1分", NULL, 0, ""},
  {"2023年度全县工作要点", NULL, 0, ""},
  {"通过赣政通app办理审批事项", NULL, 0, ""},
  {"3.2 政务app推广使用", NULL, 0, ""},
  {"对照目标任务查找差距", NULL, 0, ""},
  {"(5分)", NULL, 0, ""},
};

/* A growth by an amount (提高10个百分点, 增长20%) is a target in an assessment
 * plan, where it also makes a fact word's sentence demand; elsewhere it is no
 * threshold and the fact stands. A place reported beside it (排名第4) makes
 * the growth a result even in a plan. */
static const struct {
  const char *in;
  const char *metric;
  bool threshold_in_plan; /* a threshold when the document is an assessment plan */
  bool prohibited_in_plan, prohibited_elsewhere;
} growth_cases[] = {
  {"\"安心通\"app打卡率同比提高8个百分点", "打卡率", true, false, true},
  {"政务公众号关注人数较上年增长30%", "关注人数", true, false, true},
  {"\"民情通\"平台活跃用户较上季度增加1200人", "活跃用户", true, false, true},
  {"小程序使用率提升五个百分点", "使用率", true, false, false},
  {"2024年,\"村务通\"app注册用户较上年增长9%,全市排名第2", "注册用户", true, true, true},
  {"平台登录人数较上年有所提升", "登录人数", false, true, true},
  {"提高服务质量,群众满意度达到95%", "满意度", true, false, false},
};

static void test_growth(void) {
  for (size_t i = 0; i < sizeof growth_cases / sizeof *growth_cases; i++) {
    const char *s = growth_cases[i].in;
    const char *m = strstr(s, growth_cases[i].metric);
    CHECK_MSG(m != NULL, "\"%s\" lacks \"%s\"", s, growth_cases[i].metric);
    if (!m) continue;
    jf_span sp = {(uint32_t)(m - s), (uint32_t)(m - s + strlen(growth_cases[i].metric))};
    jf_analysis *plan = run(s, false, true), *other = run(s, false, false);
    CHECK(plan != NULL && other != NULL);
    if (plan && other) {
      CHECK_MSG((plan->n_thresholds > 0) == growth_cases[i].threshold_in_plan,
                "\"%s\" in a plan: %zu thresholds", s, plan->n_thresholds);
      CHECK_MSG(jf_analysis_prohibited(plan, sp) == growth_cases[i].prohibited_in_plan,
                "\"%s\" in a plan: %s should%s be described", s, growth_cases[i].metric,
                growth_cases[i].prohibited_in_plan ? "" : " not");
      CHECK_MSG(jf_analysis_prohibited(other, sp) == growth_cases[i].prohibited_elsewhere,
                "\"%s\": %s should%s be described", s, growth_cases[i].metric,
                growth_cases[i].prohibited_elsewhere ? "" : " not");
      /* outside a plan a growth is never a threshold of its own */
      for (size_t k = 0; k < other->n_thresholds; k++)
        CHECK_MSG(other->thresholds[k].value != 8 && other->thresholds[k].value != 30 &&
                      other->thresholds[k].value != 1200,
                  "\"%s\": growth read as a threshold outside a plan", s);
    }
    jf_analysis_free(plan);
    jf_analysis_free(other);
  }
}

static void test_thresholds(void) {
  for (size_t i = 0; i < sizeof threshold_cases / sizeof *threshold_cases; i++) {
    const char *s = threshold_cases[i].in;
    jf_analysis *a = run(s, false, false);
    CHECK(a != NULL);
    if (!a) continue;
    if (!threshold_cases[i].op) {
      CHECK_MSG(a->n_thresholds == 0, "\"%s\": %zu thresholds", s, a->n_thresholds);
    } else {
      CHECK_MSG(a->n_thresholds >= 1, "\"%s\": no threshold", s);
      if (a->n_thresholds) {
        const jf_threshold *t = &a->thresholds[0];
        CHECK_MSG(strcmp(jf_op_str(t->op), threshold_cases[i].op) == 0, "\"%s\": op %s", s,
                  jf_op_str(t->op));
        CHECK_MSG(fabs(t->value - threshold_cases[i].value) < 1e-9, "\"%s\": %g", s, t->value);
        CHECK_MSG(strcmp(t->unit, threshold_cases[i].unit) == 0, "\"%s\": unit %s", s, t->unit);
        CHECK_MSG(t->span.start < t->span.end && t->span.end <= strlen(s), "\"%s\": span", s);
      }
    }
    jf_analysis_free(a);
  }
}

/* ---- frequencies ------------------------------------------------------------------- */

static const struct {
  const char *in;
  const char *period; /* NULL: none */
} freq_cases[] = {
  {"每天要完成500个点赞任务", "day"},
  {"每日登录学习强国", "day"},
  {"日均登录10次以上", "day"},
  {"天天打卡,人人参与", "day"},
  {"每晚9点前在工作群内签到报平安", "day"},
  {"每早8点前到岗定位打卡", "day"},
  {"每周通报各单位使用情况", "week"},
  {"周通报使用排名", "week"},
  {"每周一前报送上周数据", "week"},
  {"每月上报不少于10条", "month"},
  {"月度考核排名后三位的约谈", "month"},
  {"月通报各乡镇录入数量", "month"},
  {"按月统计在线时长", "month"},
  {"每季度组织一次视频打卡", "quarter"},
  {"季度排名通报", "quarter"},
  {"每年开展一次评比", "year"},
  {"年均学习时长不少于50学时", "year"},
  {"年度学习时长不少于50学时", "year"},
  {"全年录入不少于100条", "year"},
  {"年均学习时长不少于50学时", "year"},
  /* the annual assessment is not a measuring period */
  {"年度考核中予以扣分", NULL},
  {"未完成的年终考核不得评为优秀", NULL},
  {"完成情况纳入年度目标考核", NULL},
  {"打卡情况与年度绩效挂钩", NULL},
  {"通过政务平台办理审批事项", NULL},
  {"周边群众普遍满意", NULL},
  {"2023年4月起实施", NULL},
  /* the next day or month names when a notice comes, not how often */
  {"未在群内报平安的次日通报", NULL},
  {"逾期未整改的翌月通报", NULL},
  /* ... but the notice of a weekly measure in its own week is weekly */
  {"周活跃度低于70%的当周通报", "week"},
};

static void test_frequencies(void) {
  for (size_t i = 0; i < sizeof freq_cases / sizeof *freq_cases; i++) {
    const char *s = freq_cases[i].in;
    jf_analysis *a = run(s, false, false);
    CHECK(a != NULL);
    if (!a) continue;
    if (!freq_cases[i].period) {
      CHECK_MSG(a->n_frequencies == 0, "\"%s\": %zu frequencies", s, a->n_frequencies);
    } else {
      CHECK_MSG(a->n_frequencies >= 1 &&
                    strcmp(a->frequencies[0].period, freq_cases[i].period) == 0,
                "\"%s\": %s", s, a->n_frequencies ? a->frequencies[0].period : "none");
    }
    jf_analysis_free(a);
  }
}

/* ---- penalties ----------------------------------------------------------------------- */

static const struct {
  const char *in;
  const char *kind; /* NULL: no penalty at all */
  double points;
} penalty_cases[] = {
  {"每低1个百分点扣0.5分", "deduct", 0.5},
  /* a benefit withheld under 不予, as under 不得 */
  {"积分低于平均值的不予推荐", "disqualify", 0},
  {"打卡率不足90%的不予评先", "disqualify", 0},
  /* a consequence after a sanction's own segment: no score for it either */
  {"无照片的视为未巡查,不计入巡查考核", "no-score", 0},
  {"打卡不全的当月不予发放值班补贴", "pay", 0},
  /* counted as absent from work */
  {"app不在线的按脱岗处理", "accountability", 0},
  /* counted as absence or as the work not done, with words between, up to
   * 处理 or 计; a whole word ending in 计 stays one (按0分计) */
  {"漏打一处按缺勤半天计", "accountability", 0},
  {"未签到的按缺勤计。", "accountability", 0},
  {"缺少签到的按未查仓处理", "accountability", 0},
  {"未按时完成的按0分计", "no-score", 0},
  {"按缺勤情况统计出勤天数", NULL, 0},
  {"漏打卡的按缺勤半天计算,扣绩效", "accountability", 0},
  /* the kind of score between a deduction and its points */
  {"未完成的扣班级量化分2分", "deduct", 2},
  /* ... also when the kind is a keyword of its own (round 25) */
  {"未完成的扣考核分2分", "deduct", 2},
  /* whom the points are taken from, a few characters between */
  {"每人次扣所队0.5分", "deduct", 0.5},
  /* a score named without a number (扣…分, 扣…分值) is deducted all the same;
   * 分钟 and a 扣 with no score after it are none */
  {"未完成的扣班主任考核分", "deduct", 0},
  {"不足的扣该项分值的一半", "deduct", 0},
  {"扣留证件", NULL, 0},
  {"紧扣主题开展学习", NULL, 0},
  /* work not counted after a condition a few characters back (round 25) */
  {"未签到的当次出车不计工作量", "no-score", 0},
  {"线上签到不计工作量", NULL, 0},
  /* a benefit a 取消 withdraws after a condition; a plain 取消 cancels */
  {"月打卡率低于95%的取消当月奖励", "pay", 0},
  {"各村取消打卡奖励制度", NULL, 0},
  {"未打卡的视为旷工", "accountability", 0},
  {"缺卡的当月停发护林补助", "pay", 0},
  {"未按要求完成的扣2分", "deduct", 2},
  {"每少1人次扣除0.1分", "deduct", 0.1},
  {"发现一次弄虚作假倒扣5分", "deduct", 5},
  {"未完成的酌情扣分", "deduct", 0},
  {"活跃率排名后三位的倒扣", "deduct", 0},
  {"扣十分", "deduct", 10},
  {"低于60%不得分", "no-score", 0},
  {"未开展的不计分", "no-score", 0},
  {"未按时上报的记0分", "no-score", 0},
  {"该项不予计分", "no-score", 0},
  {"取消年度评优评先资格", "disqualify", 0},
  {"取消其评优资格", "disqualify", 0},
  {"未完成打卡的,暂停其年度评优资格", "disqualify", 0},
  {"积分排名末位的不得评为优秀", "disqualify", 0},
  {"未完成打卡的不得参加评优", "disqualify", 0},
  {"打卡次数不足20次的,不参加年度评优", "disqualify", 0},
  {"学习积分不达标的不得提拔", "disqualify", 0},
  {"未完成打卡任务的,不得参加年度评先", "disqualify", 0},
  {"打卡率低于90%的,不得评先评优", "disqualify", 0},
  {"对排名靠后的单位进行通报", "notify", 0},
  {"予以通报批评", "notify", 0},
  {"每月排名通报", "notify", 0},
  {"月通报各乡镇录入数量", "notify", 0},
  {"未接龙的次日通报", "notify", 0},
  {"连续两次排名末位的约谈主要负责人", "interview", 0},
  {"考核结果与奖金挂钩", "pay", 0},
  {"学习积分与绩效挂钩", "pay", 0},
  {"未完成任务的扣发奖金", "pay", 0},
  {"扣减绩效奖励", "pay", 0},
  /* pay withheld with a period or its kind between 扣 and the pay */
  {"未打卡的扣当月安全奖", "pay", 0},
  {"漏报一次的扣减本月绩效", "pay", 0},
  {"缺勤的扣年终考核奖", "pay", 0},
  {"拒不整改的实行一票否决", "veto", 0},
  {"弄虚作假的严肃问责", "accountability", 0},
  {"造成不良影响的依规追责", "accountability", 0},
  {"通过赣政通app办理审批事项", NULL, 0},
  {"鼓励使用政务服务平台", NULL, 0},
  {"为基层干部点赞", NULL, 0},
  {"不得分散精力", NULL, 0},
  {"未经批准的,不得要求基层下载app", NULL, 0},
};

static void test_penalties(void) {
  for (size_t i = 0; i < sizeof penalty_cases / sizeof *penalty_cases; i++) {
    const char *s = penalty_cases[i].in;
    jf_analysis *a = run(s, false, false);
    CHECK(a != NULL);
    if (!a) continue;
    if (!penalty_cases[i].kind) {
      CHECK_MSG(a->n_penalties == 0, "\"%s\": %zu penalties (%s)", s, a->n_penalties,
                a->n_penalties ? a->penalties[0].kind : "");
    } else {
      bool found = false;
      for (size_t k = 0; k < a->n_penalties; k++)
        if (strcmp(a->penalties[k].kind, penalty_cases[i].kind) == 0 &&
            fabs(a->penalties[k].points - penalty_cases[i].points) < 1e-9)
          found = true;
      CHECK_MSG(found, "\"%s\": no %s %g (%zu penalties, first %s)", s, penalty_cases[i].kind,
                penalty_cases[i].points, a->n_penalties,
                a->n_penalties ? a->penalties[0].kind : "-");
    }
    jf_analysis_free(a);
  }
}

/* ---- prohibitions ---------------------------------------------------------------------- */

static const struct {
  const char *in;
  const char *metric; /* the measure word whose span is asked about */
  bool prohibited;
} prohibition_cases[] = {
  {"不得将app下载量、活跃度纳入考核", "活跃度", true},
  {"不得将app下载量、活跃度纳入考核", "下载量", true},
  {"取消学习打卡考核", "打卡", true},
  /* the measure just named not ranked by it (round 25) */
  {"学习时长只供本人查看,车站不据此排名", "排名", true},
  {"严禁以拍照上传等形式提高使用率", "使用率", true},
  {"严禁以拍照上传等形式提高使用率", "拍照上传", true},
  {"针对要求各乡镇app活跃率达到80%的问题立即整改", "活跃率", true},
  /* a rectification demanded, after their sanction, of those a condition
   * names is part of the sanction; one of the practice named, told as done
   * or demanded of whom 对 names stays a rectification */
  {"签到率低于90%的,扣1分,并限期整改", "签到率", false},
  {"活跃率低于70%的乡镇,年度考核扣2分,请相关乡镇督促整改", "活跃率", false},
  {"对将app活跃率低于70%扣分的做法进行整改", "活跃率", true},
  {"未打卡的扣1分,现已整改", "打卡", true},
  {"将登录率低于90%的扣2分,此类问题须立即整改", "登录率", true},
  {"对仍要求网格员每日打卡、未按期整改的单位,扣2分,限期整改", "打卡", true},
  /* a case cited as a warning: the quoted demand before 引以为戒 is the bad example */
  {"通报的典型案例中,某区要求\"每名干部每天转发推文10次\",各地要引以为戒", "转发", true},
  {"某县将app活跃率纳入考核受到通报,各单位要以此为鉴", "活跃率", true},
  /* a case told: a label before a colon, a past practice (曾), a practice
   * named again with what became of it, a sanction suffered */
  {"警示案例:某镇将app点击量排名与评优挂钩,被上级纪委通报问责", "点击量", true},
  {"典型案例二:某区要求网格员每天打卡三次,被督查组通报", "打卡", true},
  {"某县曾规定教师每天为推文点赞并截图,该做法已被省纪委作为典型问题通报", "点赞", true},
  {"某县曾规定教师每天为推文点赞并截图,该做法已被省纪委作为典型问题通报", "截图", true},
  {"各村每天为推文点赞不少于5次,这一做法已被叫停", "点赞", true},
  {"某乡将录入条数与补贴挂钩,已被县纪委查处", "录入", true},
  {"某街道把app活跃率纳入考核,被区委通报批评", "活跃率", true},
  {"某县将app活跃率不低于90%纳入考核,省委巡视组对此点名通报", "活跃率", true},
  {"某镇要求干部每天打卡三次,受到市纪委通报批评", "打卡", true},
  /* the place left unnamed another way, or the sanction told of a past year */
  {"去年有个乡镇让干部一人多机刷登录率,被市纪委通报,这个教训必须汲取", "登录率", true},
  {"有的单位将打卡次数与绩效挂钩,被县纪委通报批评", "打卡", true},
  {"前年,县里把app活跃率列入考核,被省委巡视组点名通报", "活跃率", true},
  /* a task not imposed is what scores (未向…下达); a failure to report is not */
  {"未向医务人员下达app下载、点赞转发、打卡等任务的,得10分", "打卡", true},
  {"未下达点赞转发任务的,加1分", "点赞", true},
  {"未向平台上报巡查记录不少于20条的,扣1分", "上报", false},
  /* a rectification word closing a quoted name names a platform */
  {"整改情况须在“审计整改”系统和“纪检”平台同时报送", "同时报送", false},
  {"app活跃率不低于90%,对此未达标的单位予以通报", "活跃率", false},
  /* ... but a case asked for, a plan's passive sanction and a future one demand */
  {"各乡镇每季度报送典型案例不少于2篇,按篇计分", "报送", false},
  {"各单位app登录率每月排名,排名末位的将被约谈", "登录率", false},
  {"打卡率低于90%的被通报批评", "打卡率", false},
  {"app活跃率须不低于80%,连续两月排名末位的单位被约谈", "活跃率", false},
  {"各村每天转发推文不少于5次,此做法纳入考核", "转发", false},
  {"村干部每月在app学习不少于10小时,未曾完成的扣1分", "学习", false},
  /* a case told, then the plan's own demand in the next sentence */
  {"警示案例:某镇将点击量排名与评优挂钩,被通报问责。各村app活跃率须不低于80%", "活跃率", false},
  {"不再将积分排名作为评优依据", "积分排名", true},
  {"严禁要求基层以学习打卡、拍照上传等形式提高使用率、点击率", "点击率", true},
  {"严禁要求基层以学习打卡、拍照上传等形式提高使用率、点击率", "学习打卡", true},
  {"不得强制要求群众下载安装政务app", "下载安装", true},
  {"禁止以在线时长考核干部", "在线时长", true},
  {"杜绝刷积分、刷排名等现象", "刷积分", true},
  {"防止简单以app使用率论英雄", "使用率", true},
  {"不准要求工作群内逐一回复收到", "回复收到", true},
  {"对强制下载、刷票拉票等问题,坚决予以纠正", "刷票", true},
  {"对app活跃率排名通报的做法一律取消", "活跃率", true},
  {"暂停对各乡镇app使用情况的周通报", "使用情况", true},
  {"暂缓对各单位app活跃率进行排名", "活跃率", true},
  {"即日起终止学习打卡考核", "打卡", true},
  {"app下载量、注册量不纳入考核", "注册量", true},
  {"学习时长不作为考核依据", "学习时长", true},
  {"积分排名不得作为评优评先依据", "积分排名", true},
  {"清理规范政务app,减少多头填报、重复填报", "重复填报", true},
  {"精简工作群,整治群内打卡接龙", "打卡接龙", true},
  {"各地不得以点赞数、转发量评价工作成效", "转发量", true},
  {"不得要求每月上报不少于10条信息", "上报", true},
  {"避免出现为了提高点击率而刷量的情况", "点击率", true},
  {"开展移动政务应用程序专项整治,纠正强制下载安装", "强制下载安装", true},
  {"各乡镇app活跃率不得低于80%", "活跃率", false},
  {"每月上报不少于10条", "上报", false},
  {"未完成打卡的不得参加评优", "打卡", false},
  {"打卡率低于90%的不得评为优秀", "打卡率", false},
  {"未完成学习打卡任务的,不得参加年度评先评优", "打卡", false},
  {"学习积分排名后三位的,年度考核不得评为优秀", "学习积分", false},
  {"app活跃率排名每月通报,与绩效挂钩", "活跃率", false},
  {"日均在线时长低于2小时的扣1分", "在线时长", false},
  {"各村每天完成500个点赞任务", "点赞", false},
  {"下载量不纳入考核,活跃率不得低于80%", "活跃率", false},
  {"不得将下载量纳入考核,活跃率不得低于80%", "活跃率", false},
  {"不得将下载量纳入考核,活跃率不得低于80%", "下载量", true},
  {"学习打卡不纳入考核;在线时长排名每周通报", "在线时长", false},
  {"强国学习积分未达标的,否则不得评优", "学习积分", false},
  {"规范填报,每月上报不少于10条", "上报", false},
  {"人居环境整治以拍摄视频上传为准", "拍摄视频上传", false},
  {"各村环境整治成效以上传照片为准,未上传的扣分", "上传照片", false},
  {"入户走访须拍照上传至网格平台,无照片的不计入走访户数", "拍照上传", false},
  {"一人多机刷点击率的问题已全面整改到位", "点击率", true},
  {"已将原考核细则中的\"app活跃率\"指标删除", "活跃率", true},
  {"已删除考核细则中\"app使用率\"指标", "使用率", true},
  {"考核中不再设置app使用率、点击率等指标", "点击率", true},
  {"民警每日学习时长不作统计,也不纳入考核", "学习时长", true},
  {"鼓励使用学习强国学习,不统计积分、不排名", "积分", true},
  {"对一季度app使用率排名靠后的单位,不再通报", "使用率", true},
  {"对学习时长排名靠后的干部,不再通报批评", "学习时长", true},
  {"打卡率低于90%的单位,不再评优", "打卡率", false},
  {"学习打卡纳入考核,不再另行统计在线时长", "学习打卡", false},
  /* reported facts and past problems describe, they do not demand */
  {"据统计,改革前网格员每天需要在5个app上打卡", "打卡", true},
  {"调研发现,该街道干部一天最多要登录14个系统", "登录", true},
  {"调查显示,一名社区干部平均安装了11个政务app", "安装", true},
  {"督查室在调研中发现,有的将活跃率不低于80%作为考核条件", "活跃率", true},
  /* ... also what a 巡察 or a 督导 found, and what an inquiry pointed out (指出) */
  {"巡察发现,县商务局要求各镇\"电商通\"app活跃率不低于88%,并按周通报排名", "活跃率", true},
  {"专项督导发现,某区卫健委要求医生每日登录app,登录率按周通报", "登录率", true},
  {"中央督查组反馈指出,有的要求干部每天在app打卡签到", "打卡", true},
  {"督导组指出,个别乡镇要求网格员每天上报信息不少于5条", "上报", true},
  /* ... not what a meeting points out in its own voice, nor 指出 alone */
  {"会议指出,各村app活跃率须达到90%,每月排名", "活跃率", false},
  {"领导指出,打卡率低于90%的扣1分", "打卡率", false},
  {"巡察发现未按要求在app打卡的,每次扣0.5分", "打卡", false},
  {"改革前,村干部每月须在app打卡签到20次以上", "打卡", true},
  /* ... but a sanction after an inquiry is a demand, and 一经发现 a condition */
  {"督查中发现未按要求定位打卡的,每次扣0.5分", "打卡", false},
  {"检查发现照片不全的,予以通报", "照片", false},
  {"一经发现学习打卡弄虚作假,取消评优资格", "打卡", false},
  /* 清理河道, 清理垃圾: cleaning is the work, not a practice undone */
  {"各村清理河道须拍照上传平台,作为验收依据", "拍照", false},
  {"清理僵尸群,不再要求在群内打卡", "打卡", true},
  /* 整治前/整治后: a time, not the verb 整治 */
  {"拍摄整治前、中、后三组照片上传至工作群", "照片", false},
  {"村庄清洁须拍摄整治前后对比照片上传平台", "照片", false},
  /* a measured value stated as a fact, unless its sentence demands */
  {"截至9月底,\"邻里通\"平台累计注册居民4.6万人", "注册", true},
  {"本季度活跃用户较上季度有所提升,主要原因是新增了挂号功能", "活跃用户", true},
  {"会议听取了平台运行情况的汇报,5月份全镇日均登录人数为1260人", "登录人数", true},
  {"访问量同比增长12%", "访问量", true},
  {"截至年底,各村注册率须达到40%", "注册率", false},
  /* ... and so is one stated at the present (目前, 当前, 现有) */
  {"\"邻里通\"公众号目前粉丝2.3万人,全部为居民自主关注", "粉丝", true},
  {"平台当前注册用户3200人", "注册用户", true},
  {"目前注册率不足60%的村,年底前须达到80%", "注册率", false},
  {"当前阶段各村app活跃率不低于80%,纳入考核", "活跃率", false},
  {"活跃用户较上季度提升不低于10%,纳入季度考核", "活跃用户", false},
  {"政务app访问量同比增长20%以上(3分)", "访问量", false},
  /* a bound, a firm link or a periodic notification demands too; a value
   * reached (达, 达到, 为) or a place in a ranking (排名第3) is reported */
  {"\"一网通办\"平台注册用户数较上年增长20%以上,按季度排名通报", "注册用户数", false},
  {"政务app活跃率较上年提高,每月通报", "活跃率", false},
  {"本月公众号推文累计阅读量达3.5万次,较上月增长12%", "阅读量", true},
  {"全区政务app活跃度较上年提升,排名第3", "活跃度", true},
  {"本季度学校微信公众号共发布推文68篇,累计阅读量12.6万次", "阅读量", true},
  {"每月累计上传巡查照片不少于20张", "照片", false},
  /* voluntariness governs its segment; 据调研 reports */
  {"学生家长下载\"智慧教育平台\"app实行自愿原则", "下载", true},
  {"据调研,部分社区每月需向上级报送各类报表20余份", "报送", true},
  /* a negated link whose segment has no subject negates the one before it */
  {"凡涉及装机、注册数量的指标,今后一律不再列入考核", "注册数量", true},
  {"平台使用情况仅作为系统优化参考,不纳入考核", "使用情况", true},
  {"粉丝数、阅读量的考核项目,2025年起均不再列入", "粉丝数", true},
  {"工作群、app的活跃度和关注量指标,今年起一律不再纳入考核", "活跃度", true},
  {"活跃率不低于80%,积分不纳入考核", "活跃率", false},
  {"下载量纳入考核,打卡不纳入考核", "下载量", false},
  /* a trigger ending its comma segment governs what precedes it */
  {"原考核细则中\"app活跃度\"一项已删除,相应分值调整至满意度测评", "活跃度", true},
  {"学习打卡率须达到90%,现已取消", "学习打卡率", true},
  /* ... and one opening the sentence after a semicolon governs the one before */
  {"整改前,该局要求各站每天在群内接龙报数;现已取消", "接龙", true},
  {"各村每日在\"乡村通\"app打卡不少于1次;目前已取消", "打卡", true},
  {"各站每天在群内接龙报数;严禁代为接龙", "接龙", false},
  {"各站每天在群内接龙报数;该局已取消上报纸质台账", "接龙", false},
  /* ... but a renounced ranking leaves a requirement stated before it */
  {"党员每月线上学习不少于2小时,学习记录不排名、不通报", "线上学习", false},
  {"回复率达到百分之百,这种做法必须纠正", "回复率", true},
  /* 整改进度 is a noun: neither 整改 nor 改进 governs */
  {"各村须在工作群内反馈整改进度并附照片,未按时反馈的扣0.5分", "照片", false},
  /* ... and so are 整改台账, 整治方案, 纠正措施: a thing, no verb */
  {"巡察整改台账须同时在\"纪检通\"和办公系统填报,漏报的扣1分", "填报", false},
  {"环境整治方案须上传\"村务通\"平台并附照片", "照片", false},
  {"纠正措施落实情况每周在群内接龙", "接龙", false},
  {"立即整改要求网格员每天打卡的做法", "打卡", true},
  /* a rectification completed is a time, one not done a sanction's state:
   * neither governs */
  {"整改完成后须截图上传销号,未上传截图的视为未整改", "截图上传", false},
  {"问题清理完毕后须拍照上传至督办平台", "拍照上传", false},
  /* ... and so is one completed as the subject of a duty (整改完成须…) */
  {"整改完成须截图上传销号,无截图的不予销号", "截图上传", false},
  {"隐患整改到位时须拍照上传平台", "拍照上传", false},
  {"要求每天截图上传,拒不整改的通报批评", "截图上传", false},
  {"要求每天截图上传的做法已整改完成", "截图上传", true},
  /* a value crossed (突破, 超过) or a record (最高…量) with nothing demanded
   * is a statistic; demanded or scored it is a target */
  {"\"江北发布\"抖音号去年粉丝数突破20万,单条视频最高点赞量3.2万", "粉丝数", true},
  {"单条视频最高点赞量3.2万", "点赞量", true},
  {"全县政务app注册用户已超过12万人", "注册用户", true},
  {"各单位公众号粉丝数须在年底前突破1万", "粉丝数", false},
  {"抖音号粉丝数突破5万的单位加1分", "粉丝数", false},
  {"单条推文最高阅读量不低于5000次", "阅读量", false},
  /* ... and so is an approximate value (约, 约为) */
  {"全镇\"智慧党建\"平台日均登录人数约450人,主要用于组织生活记录", "登录人数", true},
  {"app月活人数约为2100人", "月活", true},
  {"各村app月活人数约2000人以上的加1分", "月活", false},
  /* a statistic describes: a value fallen to another (降至, 减至) or an average */
  {"经整治,民警在线学习时长由日均4小时降至50分钟", "在线学习时长", true},
  {"上半年全区政务app平均登录时长为每天22分钟", "登录时长", true},
  {"干部加入的工作群由每人15个减至4个", "工作群", true},
  /* ... or risen to another (增至, 增加到, 上升至) */
  {"手机银行注册用户数由年初的12万户增至18.6万户", "注册用户数", true},
  {"\"学习强国\"日均活跃人数由800人增加到1200人", "活跃人数", true},
  {"app注册用户数年底前须增至20万户,未完成的扣2分", "注册用户数", false},
  /* a level reached beside a share of a total is a statistic; a named
   * quarter's count is a fact, as a past period's is */
  {"全市公交\"乘车码\"日均使用量达到42万人次,占刷卡总量的63%", "使用量", true},
  {"各村app日均使用量达到500人次", "使用量", false},
  {"一季度全镇网格员通过\"平安e家\"app上报事件1860件", "上报事件", true},
  {"一季度末各村app注册率须达到80%,未达到的扣1分", "注册率", false},
  /* ... unless its sentence demands, and not a task shared out (平均分配) */
  {"各公众号单篇平均阅读量不低于500次,每低50次扣0.5分", "阅读量", false},
  {"将2000个点赞任务平均分配到各村,每日通报", "点赞", false},
  {"在线时长降至每日2小时以下的单位扣1分", "在线时长", false},
  /* an average that shall reach a level is a target; attained (达到了, 已)
   * it is a statistic */
  {"党员平均每天学习时长达到1小时", "学习时长", false},
  {"各公众号推文平均阅读量须突破1000次", "阅读量", false},
  {"一季度党员平均每天学习时长达到了50分钟", "学习时长", true},
  {"网格员平均每天登录次数已超过6次", "登录次数", true},
  /* the consequence of a condition (无…的视为…) continues past a comma: the
   * 不计入 that follows sanctions too, it forbids nothing */
  {"巡查须拍照上传平台,无照片的视为未巡查,不计入巡查考核", "拍照上传", false},
  {"未按时打卡的按缺勤处理,不计入当月出勤", "打卡", false},
  /* ... but a unit named by its shortfall (低于80%的单位) is no sanction: the
   * 不纳入 after it still renounces */
  {"打卡率低于80%的单位,不纳入年度考核扣分", "年度考核", true},
  /* a demand renounced with an adverb between (不另行要求, 不额外, 无需) */
  {"考评以系统自动汇总为准,不另行要求村干部拍照留痕", "拍照", true},
  {"培训学员现场签名,不额外报送活动照片", "照片", true},
  {"数据由平台共享获取,基层无需再上传截图", "截图", true},
  {"已实现系统对接,不必在两个平台重复填报", "重复填报", true},
  {"清理不必要的工作群,网格员每日在app打卡不少于2次", "打卡", false},
  /* a total (共受理, 共3200件, 一共) describes, unless its sentence demands;
   * 共享, 共同, 公共 and 中共 are no totals */
  {"上月\"e城管\"app共受理居民上报问题2100件,按期办结率97%", "上报", true},
  {"今年一季度全镇共录入民情日志860条", "录入", true},
  {"一共上传巡查照片4200余张", "照片", true},
  {"各村全年共上报信息不少于50条,纳入年度考核", "上报", false},
  {"各村每月在公共服务平台上报信息20条", "上报", false},
  {"各部门共享数据,每月在平台录入不少于30条", "录入", false},
  {"中共党员每月在学习平台打卡20次", "打卡", false},
  /* what others reported (有…反映, 部分…反映) is relayed, not demanded; a
   * channel offered or a noun phrase (群众反映的问题) relays nothing */
  {"座谈中,有村干部反映镇里要求每天在三个工作群接龙", "接龙", true},
  {"部分网格员反映每月须在平台录入走访记录不少于100条", "录入", true},
  {"对群众反映的问题,须在工作群内10分钟内回复", "回复", false},
  {"居民可通过app反映诉求,网格员每天在app打卡不少于2次", "打卡", false},
  {"各村须及时反映情况,每日在工作群接龙报平安", "接龙", false},
  {"各单位有问题及时反映,每天在工作群接龙报送进度", "接龙", false},
  /* what some left unnamed do (有的部门要求…, 个别单位把…) is described when
   * the word opens its segment and an act of imposing follows; not a
   * condition or a sanction on them, 有的放矢, 少数民族, nor 将 (will) */
  {"有的部门一个月要求乡镇填报20多张表格,有的要求村干部每天在app上签到", "签到", true},
  {"个别单位把app下载量作为考核指标,造成基层负担", "下载量", true},
  {"去年,有的科室规定窗口人员每天在app打卡3次", "打卡", true},
  {"一些地方搞指尖考核,要求网格员每天上传照片不少于20张", "照片", true},
  {"对个别打卡率低于80%的单位,予以通报", "打卡率", false},
  {"个别打卡率低的乡镇将被约谈,签到率纳入年度考核", "签到率", false},
  {"有的放矢推进app应用,各乡镇活跃率不低于80%,纳入年度考核", "活跃率", false},
  {"少数民族乡镇app活跃率不低于70%,纳入年度考核", "活跃率", false},
  {"排名靠后的个别乡镇,要求每天在app打卡并通报", "打卡", false},
  /* kept out of a ranking or an appraisal (不参与, 不参加): the segment and,
   * with no subject of its own, the one before it; not the sanction of a
   * condition (…的不参加评优) nor a condition itself (不参加…的,扣分) */
  {"学习平台积分仅供个人查看,不参与科室排名", "积分", true},
  {"app登录次数不参加年度评比", "登录次数", true},
  {"打卡次数不足20次的,不参加年度评优", "打卡次数", false},
  {"无故不参加线上学习的,每次扣1分", "线上学习", false},
  /* a task not imposed, whichever negation says it (没有向, 从未给, 未布置) */
  {"全年没有向村里下达app注册、打卡任务的科室,考核加1分", "打卡", true},
  {"从未给网格员布置点赞任务的,加0.5分", "点赞", true},
  {"未布置学习打卡任务的单位,得满分", "打卡", true},
  {"没有向平台上报巡查记录的,扣1分", "上报", false},
  /* ... whichever verb of imposing follows the negation (未设置, 没有要求,
   * 从未将), but not as the condition a sanction punishes */
  {"年度减负评价对未设置app使用率考核指标的单位给满分", "使用率", true},
  {"全年从未要求干部在工作群接龙的部门,加1分", "接龙", true},
  {"未将打卡情况纳入年度考核的单位,考评加0.5分", "打卡", true},
  {"各单位未将app使用率纳入考核的,扣2分", "使用率", false},
  {"未设置打卡率考核指标的,本项不得分", "打卡率", false},
  {"未完成app下载任务的村,扣1分", "下载", false},
  {"未对各村设置app登录率考核指标的,得10分", "登录率", true},
  {"未对平台打卡数据进行核实的,扣1分", "打卡", false},
  /* a ban on omission states the duty (不得遗漏, 严禁漏报, 不准离线) */
  {"各村每2小时在工作群内报送一次,接龙回复不得遗漏", "接龙", false},
  {"网格员每日定位打卡,严禁漏打卡", "打卡", false},
  {"值班账号全天在线,不准离线", "在线", false},
  {"不得要求网格员在工作群内接龙", "接龙", true},
  /* an average after a comparison is a benchmark, not a statistic */
  {"学习积分低于公司平均值的,不予推荐", "积分", false},
  {"公众号点击率须达到全县平均水平以上", "点击率", false},
  {"全市政务app平均值为每日登录2次", "登录", true},
  /* a report's scope ends where the clause turns to its own time and demands */
  {"据统计,目前平台登录率偏低,今后须确保登录率不低于85%", "确保登录率", false},
  {"据统计,目前平台登录率偏低,今后须确保登录率不低于85%", "平台登录率", true},
  {"调研发现网格员打卡积极性不高,为此,今后每日打卡不少于3次", "每日打卡", false},
  {"改革前干部每天要在5个app打卡,现在只需在一个app打卡", "一个app打卡", true},
  /* a value of a past period is a fact, unless its sentence demands */
  {"该抖音号上月发布视频15条,粉丝增加2000人", "粉丝", true},
  {"去年全镇网格员共录入民情日志860条", "录入", true},
  {"上月打卡率排名后三位的单位,本月须作书面说明", "打卡率", false},
  /* a value gained (增加, 增长) or received (获) is a statistic outside plans */
  {"公众号推文获点赞1.2万次,粉丝增加3000人", "点赞", true},
  {"各村公众号粉丝增加不少于300人,纳入考核", "粉丝", false},
  /* a rectification counted (每项整改) is an item, not a verb */
  {"每项整改须上传整改前后照片各一张,缺一张扣0.5分", "照片", false},
  {"对照片造假问题逐项整改", "照片", true},
  /* an approximate count (40余条, 8000多人) or a level said reached (已达,
   * 达到了) is a statistic outside plans */
  {"服务中心通过平台发布信息40余条,浏览量达1.2万次", "浏览量", true},
  {"app上线以来注册用户8000多人,日活跃用户达到1200人", "日活跃", true},
  {"本月平台访问量已达8万人次", "访问量", true},
  {"各村app日活跃用户达1200人以上,纳入年度考核", "日活跃", false},
  {"各乡镇app活跃率须达到90%,未达到的扣2分", "活跃率", false},
  /* a named year's total said reached is that year's statistic, the year in digits or written
   * out in numerals (二〇二三年); a demand or a score keeps it a target, and 两 dates nothing */
  {"2023年全县政务号总点赞量达到120万次", "点赞量", true},
  {"二〇二三年全县政务号总点赞量达到一百二十万次", "点赞量", true},
  {"二〇二三年,全市政务抖音号累计播放量达到三百万次", "播放量", true},
  {"二〇二四年全县政务号总点赞量须达到120万次", "点赞量", false},
  {"二〇二四年度各村公众号总阅读量达到5万次的得2分", "阅读量", false},
  {"两〇二三年全县政务号总点赞量达到120万次", "点赞量", false},
  /* ... its whole said by 共 of a total, not the 共 of 公共 or 共享 */
  {"2023年,全县政务号共获点赞量达到120万次", "点赞量", true},
  {"2023年全县公共服务平台访问量达到120万次", "访问量", false},
  {"2023年全县共享单车小程序注册量达到5万人", "注册量", false},
  /* a case told: the sanction suffered in other words (点了名, 追究, 谈话),
   * after a time gone by (前段时间, 前几年); the told rule's own sanction is
   * part of the case */
  {"前段时间有的乡镇要求干部每天在群里接龙打卡,被县纪委点了名", "接龙", true},
  {"前几年有的街道把阅读量排名与评优挂钩,被上级追究了责任", "阅读量", true},
  {"警示案例:某县曾规定干部学习积分低于全县平均分的不得提拔,该做法已被省纪委通报", "积分",
   true},
  {"某镇曾要求村干部每天打卡,未打卡的扣减绩效,该做法已被叫停", "打卡", true},
  {"检查发现未上传照片的,扣1分", "照片", false},
  /* cases counted in 起 (通报了3起典型问题) are told */
  {"县纪委通报了3起典型问题,其中1起为某单位强制要求下载app", "下载", true},
  {"市委办通报五起典型案例,其中某街道要求网格员每天打卡3次", "打卡", true},
  {"各司法所每季度报送典型案例不少于2篇", "报送", false},
  /* a question demands nothing; its answer may */
  {"问:今年还要在群里回复“收到”吗?答:不需要", "回复", true},
  {"问:工作群的通知多久内要回复?答:须在15分钟内回复“收到”", "回复“收到”", false},
};

static void test_prohibitions(void) {
  {
    /* in an assessment plan (or a scheme item) a milestone is a target */
    const char *s = "各单位公众号粉丝数年底突破1万";
    jf_span sp = {(uint32_t)(strstr(s, "粉丝数") - s), (uint32_t)(strstr(s, "粉丝数") - s + 9)};
    for (int k = 0; k < 3; k++) {
      jf_analysis *a = run(s, k == 1, k == 2);
      CHECK(a != NULL);
      if (a) CHECK_MSG(jf_analysis_prohibited(a, sp) == (k == 0), "milestone ctx %d", k);
      jf_analysis_free(a);
    }
  }
  for (size_t i = 0; i < sizeof prohibition_cases / sizeof *prohibition_cases; i++) {
    const char *s = prohibition_cases[i].in;
    const char *m = strstr(s, prohibition_cases[i].metric);
    CHECK_MSG(m != NULL, "\"%s\" lacks \"%s\"", s, prohibition_cases[i].metric);
    if (!m) continue;
    jf_analysis *a = run(s, false, false);
    CHECK(a != NULL);
    if (!a) continue;
    jf_span sp = {(uint32_t)(m - s), (uint32_t)(m - s + strlen(prohibition_cases[i].metric))};
    CHECK_MSG(jf_analysis_prohibited(a, sp) == prohibition_cases[i].prohibited,
              "\"%s\": %s should%s be prohibited", s, prohibition_cases[i].metric,
              prohibition_cases[i].prohibited ? "" : " not");
    jf_analysis_free(a);
  }
}

/* ---- links ------------------------------------------------------------------------------ */

static const struct {
  const char *in;
  bool scheme, doc;
  jf_link_kind link;
  const char *word; /* the link wording for JF_LINK_EXPLICIT */
} link_cases[] = {
  {"将app活跃率纳入年度考核", false, false, JF_LINK_EXPLICIT, "纳入"},
  {"学习积分作为干部考评的重要依据", false, false, JF_LINK_EXPLICIT, "考评"},
  {"每低1个百分点扣0.5分", false, false, JF_LINK_EXPLICIT, "每低1个百分点扣0.5分"},
  {"使用情况按月排名", false, false, JF_LINK_EXPLICIT, "排名"},
  {"打卡情况每周通报", false, false, JF_LINK_EXPLICIT, "通报"},
  {"积分与评优评先挂钩", false, false, JF_LINK_EXPLICIT, "评优"},
  {"点赞数作为提拔任用的参考", false, false, JF_LINK_EXPLICIT, "提拔"},
  {"与绩效奖金挂钩", false, false, JF_LINK_EXPLICIT, "绩效"},
  {"排名末位的实行一票否决", false, false, JF_LINK_EXPLICIT, "排名"},
  {"实行一票否决", false, false, JF_LINK_EXPLICIT, "一票否决"},
  {"弄虚作假的予以问责", false, false, JF_LINK_EXPLICIT, "问责"},
  {"低于60%不得分", false, false, JF_LINK_EXPLICIT, "不得分"},
  /* a link word inside a prohibition's scope is renounced with it (the
   * measure before the scope too: 不对学习时长进行排名), unless another link
   * word stands outside every scope */
  {"不得将app下载量纳入考核", false, false, JF_LINK_NONE, NULL},
  {"学习时长仅用于自我管理,学院不对学习时长进行排名和考核", false, false, JF_LINK_NONE, NULL},
  {"不得将下载量排名,活跃率不低于80%,纳入考核", false, false, JF_LINK_EXPLICIT, "纳入"},
  {"各乡镇赣政通app活跃率不得低于80%", true, false, JF_LINK_SCHEME, NULL},
  {"平台后台统计数据", true, true, JF_LINK_SCHEME, NULL},
  {"每月上报矛盾纠纷信息不少于10条(5分)", false, true, JF_LINK_DOCUMENT, NULL},
  {"政务app推广使用,满分10分", false, true, JF_LINK_DOCUMENT, NULL},
  {"政务app活跃率 5分", false, true, JF_LINK_DOCUMENT, NULL},
  {"政务app活跃率不得低于80%", false, true, JF_LINK_NONE, NULL},
  {"每月上报不少于10条(5分)", false, false, JF_LINK_NONE, NULL},
  {"通过赣政通app办理审批事项", false, false, JF_LINK_NONE, NULL},
  {"学习强国积分达到10000分", false, false, JF_LINK_NONE, NULL},
  {"鼓励干部积极使用政务服务平台", false, true, JF_LINK_NONE, NULL},
  /* the 计分 inside 统计分析 scores nothing (round 26); 按月计分 does */
  {"体育局对健身云app的访问量只作统计分析", false, false, JF_LINK_NONE, NULL},
  {"访问量按月计分", false, false, JF_LINK_EXPLICIT, "计分"},
};

static void test_links(void) {
  for (size_t i = 0; i < sizeof link_cases / sizeof *link_cases; i++) {
    const char *s = link_cases[i].in;
    jf_analysis *a = run(s, link_cases[i].scheme, link_cases[i].doc);
    CHECK(a != NULL);
    if (!a) continue;
    CHECK_MSG(a->link == link_cases[i].link, "\"%s\": link %d", s, a->link);
    if (link_cases[i].word && a->link == JF_LINK_EXPLICIT) {
      const char *w = s + a->link_span.start;
      size_t n = a->link_span.end - a->link_span.start;
      CHECK_MSG(n == strlen(link_cases[i].word) && memcmp(w, link_cases[i].word, n) == 0,
                "\"%s\": link wording \"%.*s\"", s, (int)n, w);
    }
    jf_analysis_free(a);
  }
}

/* The link as a finding shows it: 纳入 and 列入 run to what the measure is put
 * into, within eight characters of their segment; other words stand alone. */
static const struct {
  const char *in, *wording;
} wording_cases[] = {
  {"各村app使用率纳入年度考核", "纳入年度考核"},
  {"下载量列入乡镇绩效考评", "列入乡镇绩效考评"},
  {"使用率纳入考核评分,每低1%扣1分", "纳入考核评分"},
  {"注册量纳入2025年度目标管理", "纳入2025年度目标管理"},
  {"活跃率纳入考核", "纳入考核"},
  /* a segment's end, or too far: the word alone */
  {"活跃率纳入,年度考核另行通知", "纳入"},
  {"活跃率纳入台账、年度考核", "纳入"},
  {"活跃率纳入各乡镇街道社区工作台账后再行考核", "纳入"},
  {"活跃率每月排名", "排名"},
  {"未达标的扣2分", "扣2分"},
};

static void test_link_wording(void) {
  for (size_t i = 0; i < sizeof wording_cases / sizeof *wording_cases; i++) {
    const char *s = wording_cases[i].in;
    jf_analysis *a = run(s, false, false);
    CHECK(a != NULL);
    if (!a) continue;
    CHECK_MSG(a->link == JF_LINK_EXPLICIT, "\"%s\": link %d", s, a->link);
    if (a->link == JF_LINK_EXPLICIT) {
      jf_span w = jf_link_wording(s, strlen(s), a->link_span);
      size_t n = w.end - w.start;
      CHECK_MSG(n == strlen(wording_cases[i].wording) &&
                    memcmp(s + w.start, wording_cases[i].wording, n) == 0,
                "\"%s\": wording \"%.*s\"", s, (int)n, s + w.start);
    }
    jf_analysis_free(a);
  }
}

/* ---- titles ----------------------------------------------------------------------------- */

static const struct {
  const char *in;
  bool yes;
} title_cases[] = {
  {"2023年度乡镇工作综合考核细则", true},
  {"全县党建工作考评办法", true},
  {"政务服务工作评分表", true},
  {"村级组织运转经费管理办法", true},
  {"关于印发《网格员积分管理办法》的通知", true},
  {"县直单位绩效考核实施方案", true},
  {"政务新媒体运维工作评价方案", true},
  {"关于开展政务app专项整治的通知", false},
  {"政府采购实施办法", false},
  {"2024年政府工作报告", false},
  {"关于进一步规范移动互联网应用程序的实施方案", false},
  /* 统计分析, 会计分录: no 计分 (round 26) */
  {"2024年度政务app使用情况统计分析报告", false},
  {"会计分录填制规范", false},
  {"信息报送计分办法", true},
};

static const struct {
  const char *in;
  bool yes;
} report_title_cases[] = {
  {"关于整治\"指尖上的形式主义\"自查整改情况的报告", true},
  {"2024年上半年整治\"指尖上的形式主义\"工作情况报告", true},
  {"某县基层减负问题整改清单", true},
  /* an inquiry's report */
  {"关于县直部门基层减负问题专项督查情况的反馈报告", true},
  {"市委第三巡察组巡察报告", true},
  {"2024年度绩效评估报告编制规范", false},
  {"2024年政府工作报告", false},
  {"某镇2025年上半年工作总结及下半年工作打算", false},
  {"关于整治\"指尖上的形式主义\"切实为基层减负的通知", false},
  {"2024年度乡镇综合考核细则", false},
  /* a notice or plan that asks for a report is none; one issuing a report carries it */
  {"关于做好2025年网格工作自查报告报送工作的通知", false},
  {"关于报送整改情况报告的通知", false},
  {"问题整改清单填报工作方案", false},
  {"关于印发《某县基层减负自查整改情况的报告》的通知", true},
  {"关于转发《市委巡察组巡察报告》的通知", true},
  {"关于印发《2025年度网格工作考核办法》的通知", false},
  /* a notice of typical cases tells them */
  {"关于5起整治\"指尖上的形式主义\"典型问题的通报", true},
  {"关于基层减负典型案例的通报", true},
  {"关于2025年第一季度网格工作考核情况的通报", false},
};

/* In a report, a clause describes unless the document demands in its own voice. */
static const struct {
  const char *in, *metric;
  bool prohibited;
} report_doc_cases[] = {
  {"(二)部分股室要求网格员每天在工作群内打卡接龙,并上传巡查照片作为考核依据", "打卡", true},
  {"(三)同一批数据需要在3个平台重复填报,基层反映负担较重", "重复填报", true},
  {"今后各股室须每周在工作群内打卡不少于3次", "打卡", false},
};

/* A heading lists the problems found, or what is done about them. */
static const struct {
  const char *in;
  bool yes;
} problem_heading_cases[] = {
  {"一、查摆出的问题", true},
  {"一、存在的主要问题", true},
  {"(一)自查发现的问题", true},
  {"问题清单", true},
  {"二、整改措施及成效", false},
  {"二、问题整改情况", false},
  {"三、下一步工作打算", false},
  {"四、意见建议", false},
  /* answers to questions asked list no problems found */
  {"一、常见问题答复", false},
  {"三、常见问题解答", false},
  {"二、存在问题及整改措施", false},
  /* 问题 as the object of the work scored or asked for: a work item */
  {"(三)问题发现与上报", false},
  {"(四)隐患问题排查", false},
  {"二、坚持问题导向", false},
  {"3.矛盾纠纷和问题线索化解", false},
  {"四、突出问题专项治理", false},
  {"(二)群众身边问题集中整治", false},
  /* ... and a heading with a score is an assessment item */
  {"(三)群众反映问题(15分)", false},
  {"(三)群众反映问题(15 分)", false},
  /* ... but the problems found stay, wherever the work words stand */
  {"一、排查发现的问题", true},
  {"二、问题上报中存在的问题", true},
  {"一、发现的主要问题", true},
};

/* A heading of the next steps: the report's own voice under it */
static const struct {
  const char *in;
  bool yes;
} plan_heading_cases[] = {
  {"三、下一步工作", true},
  {"四、下步工作打算", true},
  {"(三)今后工作计划", true},
  {"二、整改措施及成效", false},
  {"一、自查发现的问题", false},
  {"三、存在问题及下一步打算", false},
};

/* A heading of results achieved: its clauses describe */
static const struct {
  const char *in;
  bool yes;
} result_heading_cases[] = {
  {"二、取得成效", true},
  {"(二)主要工作成绩", true},
  {"三、工作成果", true},
  {"二、主要做法及成效", false},
  {"二、整改措施及成效", false},
  {"四、预期成效", false},
  {"三、工作成效(20分)", false},
  {"五、成效考核", false},
  {"六、成果运用", false},
  {"一、存在的问题", false},
  {"一、基本情况", false},
};

/* Under a heading listing problems found, a report's item describes even when
 * it quotes a demand (须); elsewhere in the report 须 is its own voice. */
static const struct {
  const char *in, *metric;
  bool prohibited;
} problem_section_cases[] = {
  {"(二)同一户籍数据须在公安平台和\"社区通\"重复录入", "重复录入", true},
  {"(一)网格员须每天在工作群内打卡不少于3次", "打卡", true},
  /* 今后 is the report's own voice wherever it stands */
  {"今后网格员须每天在工作群内打卡不少于3次", "打卡", false},
};

static void test_titles(void) {
  for (size_t i = 0; i < sizeof title_cases / sizeof *title_cases; i++) {
    const char *s = title_cases[i].in;
    CHECK_MSG(jf_title_is_assessment(s, strlen(s)) == title_cases[i].yes, "title \"%s\"", s);
  }
  for (size_t i = 0; i < sizeof report_title_cases / sizeof *report_title_cases; i++) {
    const char *s = report_title_cases[i].in;
    CHECK_MSG(jf_title_is_report(s, strlen(s)) == report_title_cases[i].yes, "report \"%s\"", s);
  }
  for (size_t i = 0; i < sizeof report_doc_cases / sizeof *report_doc_cases; i++) {
    const char *s = report_doc_cases[i].in;
    const char *m = strstr(s, report_doc_cases[i].metric);
    jf_analyze_ctx ctx = {.report_doc = true};
    jf_analysis *a = jf_analyze(s, strlen(s), &ctx);
    CHECK(a != NULL && m != NULL);
    if (!a || !m) {
      jf_analysis_free(a);
      continue;
    }
    jf_span sp = {(uint32_t)(m - s), (uint32_t)(m - s + strlen(report_doc_cases[i].metric))};
    CHECK_MSG(jf_analysis_prohibited(a, sp) == report_doc_cases[i].prohibited,
              "report doc \"%s\"", s);
    jf_analysis_free(a);
    /* outside a report the same clause is read as it stands */
    a = run(s, false, false);
    CHECK(a != NULL);
    if (a && i < 2) CHECK_MSG(!jf_analysis_prohibited(a, sp), "plain \"%s\"", s);
    jf_analysis_free(a);
  }
  for (size_t i = 0; i < sizeof problem_heading_cases / sizeof *problem_heading_cases; i++) {
    const char *s = problem_heading_cases[i].in;
    CHECK_MSG(jf_heading_lists_problems(s, strlen(s)) == problem_heading_cases[i].yes,
              "problem heading \"%s\"", s);
  }
  CHECK(!jf_heading_lists_problems(NULL, 0));
  for (size_t i = 0; i < sizeof plan_heading_cases / sizeof *plan_heading_cases; i++) {
    const char *s = plan_heading_cases[i].in;
    CHECK_MSG(jf_heading_plans_ahead(s, strlen(s)) == plan_heading_cases[i].yes,
              "plan heading \"%s\"", s);
  }
  CHECK(!jf_heading_plans_ahead(NULL, 0));
  for (size_t i = 0; i < sizeof result_heading_cases / sizeof *result_heading_cases; i++) {
    const char *s = result_heading_cases[i].in;
    CHECK_MSG(jf_heading_states_results(s, strlen(s)) == result_heading_cases[i].yes,
              "result heading \"%s\"", s);
  }
  CHECK(!jf_heading_states_results(NULL, 0));
  {
    /* in a report, a line without 须 or 今后 describes; under the heading of
     * the next steps it is the report's own plan */
    const char *s = "学习积分将继续作为评先评优的依据,积分每季度排名公布";
    jf_span sp = {0, 6};
    jf_analyze_ctx ctx = {.report_doc = true};
    jf_analysis *a = jf_analyze(s, strlen(s), &ctx);
    CHECK(a && jf_analysis_prohibited(a, sp));
    jf_analysis_free(a);
    ctx.plan_section = true;
    a = jf_analyze(s, strlen(s), &ctx);
    CHECK(a && !jf_analysis_prohibited(a, sp));
    jf_analysis_free(a);
  }
  for (size_t i = 0; i < sizeof problem_section_cases / sizeof *problem_section_cases; i++) {
    const char *s = problem_section_cases[i].in;
    const char *m = strstr(s, problem_section_cases[i].metric);
    CHECK(m != NULL);
    if (!m) continue;
    jf_span sp = {(uint32_t)(m - s), (uint32_t)(m - s + strlen(problem_section_cases[i].metric))};
    /* report + problem section: described; report alone: 须 demands; a
     * problem section outside a report (a summary that also plans, 二、存在的
     * 问题) describes too: the section, not the title, says it lists problems */
    const jf_analyze_ctx ctxs[] = {{.report_doc = true, .problem_section = true},
                                   {.report_doc = true},
                                   {.problem_section = true}};
    for (size_t k = 0; k < 3; k++) {
      jf_analysis *a = jf_analyze(s, strlen(s), &ctxs[k]);
      CHECK(a != NULL);
      if (!a) continue;
      CHECK_MSG(jf_analysis_prohibited(a, sp) == (k != 1 && problem_section_cases[i].prohibited),
                "problem section \"%s\" ctx %zu", s, k);
      jf_analysis_free(a);
    }
  }
  {
    /* an assessment plan's item under a heading of problems keeps its demand
     * when it scores or, outside a report, when it deducts; a report that is
     * also an assessment (考核工作总结) describes a quoted deduction as before */
    static const struct {
      const char *in;
      bool report, prohibited;
    } cases[] = {
      {"网格员每日上报问题不少于5条,每少1条扣0.5分", false, false},
      {"网格员每日上报问题不少于5条,得10分", false, false},
      {"网格员每日上报问题不少于5条,得10分", true, false},
      {"有的乡镇要求网格员每日上报问题不少于5条,每少1条扣0.5分", true, true},
      {"网格员每日上报问题不少于5条", false, true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
      const char *s = cases[i].in, *m = strstr(s, "上报");
      jf_span sp = {(uint32_t)(m - s), (uint32_t)(m - s + strlen("上报"))};
      jf_analyze_ctx ctx = {.assessment_doc = true, .problem_section = true,
                            .report_doc = cases[i].report};
      jf_analysis *a = jf_analyze(s, strlen(s), &ctx);
      CHECK(a != NULL);
      if (!a) continue;
      CHECK_MSG(jf_analysis_prohibited(a, sp) == cases[i].prohibited, "assessment \"%s\"", s);
      jf_analysis_free(a);
    }
  }
}

/* ---- spans and odd input ------------------------------------------------------------------- */

static void test_spans(void) {
  const char *s = "每低1个百分点扣0.5分,低于60%不得分";
  jf_analysis *a = run(s, false, false);
  CHECK(a != NULL);
  if (!a) return;
  CHECK_INT(a->n_thresholds, 1);
  CHECK_INT(a->n_penalties, 2);
  if (a->n_penalties == 2) {
    CHECK_STR(a->penalties[0].kind, "deduct");
    CHECK_INT(a->penalties[0].span.start, 0);
    CHECK_NUM(a->penalties[0].points, 0.5);
    CHECK_STR(a->penalties[1].kind, "no-score");
  }
  if (a->n_thresholds) {
    const jf_threshold *t = &a->thresholds[0];
    CHECK_INT(t->span.end - t->span.start, strlen("低于60%"));
    CHECK(memcmp(s + t->span.start, "低于60%", strlen("低于60%")) == 0);
  }
  jf_analysis_free(a);

  /* empty, NULL and truncated UTF-8 must not crash */
  a = jf_analyze("", 0, NULL);
  CHECK(a && a->link == JF_LINK_NONE && a->n_numbers == 0);
  jf_analysis_free(a);
  a = jf_analyze(NULL, 0, NULL);
  CHECK(a != NULL);
  jf_analysis_free(a);
  const char *cut = "不低于八";
  a = jf_analyze(cut, strlen(cut) - 1, NULL);
  CHECK(a != NULL);
  jf_analysis_free(a);
  jf_analysis_free(NULL);

  /* a long clause moves its events to the heap */
  char big[8192] = "";
  for (int i = 0; i < 200; i++) strcat(big, "每天打卡2次,");
  a = jf_analyze(big, strlen(big), NULL);
  CHECK(a != NULL);
  if (a) {
    CHECK_INT(a->n_thresholds, 200);
    CHECK_INT(a->n_frequencies, 200);
  }
  jf_analysis_free(a);
  CHECK_STR(jf_op_str(JF_OP_LT), "<");
  CHECK_STR(jf_op_str(JF_OP_EQ), "==");
}

/* Sentence bounds (found sixteen bytes a step) against a byte-by-byte search,
 * on random text dense in breaks and in the bytes that look like them (、 and
 * 「 share 。's first two bytes, 倒 its last), at every position. */
static void test_sentence_bounds(void) {
  static const char *const alpha[] = {"考", "核", "。", "、", "「", "倒", ";", "!", "?", "a", ",", "\xe3\x80", "\x82"};
  static char text[512];
  unsigned seed = 99;
  int wrong = 0;
  for (int round = 0; round < 500; round++) {
    size_t len = 0, k;
    seed = seed * 1103515245u + 12345u;
    k = (seed >> 16) % 120;
    for (size_t j = 0; j < k; j++) {
      seed = seed * 1103515245u + 12345u;
      const char *c = alpha[(seed >> 16) % (round % 3 ? 6 : sizeof alpha / sizeof *alpha)];
      memcpy(text + len, c, strlen(c));
      len += strlen(c);
    }
    for (size_t i = 0; i <= len; i++) {
      size_t a, b, wa = i, wb = i;
      jf_sentence_bounds(text, len, i, &a, &b);
      while (wa > 0 && !(text[wa - 1] == ';' || text[wa - 1] == '!' || text[wa - 1] == '?' ||
                         (wa >= 3 && memcmp(text + wa - 3, "。", 3) == 0)))
        wa--;
      while (wb < len && !(text[wb] == ';' || text[wb] == '!' || text[wb] == '?' ||
                           (len - wb >= 3 && memcmp(text + wb, "。", 3) == 0)))
        wb++;
      if ((a != wa || b != wb) && wrong++ < 5)
        CHECK_MSG(false, "round %d, %zu bytes, at %zu: [%zu, %zu), want [%zu, %zu)", round, len, i,
                  a, b, wa, wb);
    }
  }
  CHECK_INT(wrong, 0);
}

/* The analysis of one sentence repeated 40 times (more of each kind than
 * the analyser's first buffers hold, so every array moves to the heap and
 * then into the analysis's one block) is the analysis of the sentence, 40
 * times, each shifted to its copy. */
static bool same_span(jf_span x, jf_span y, uint32_t shift) {
  return x.start == y.start + shift && x.end == y.end + shift;
}

static void test_many(void) {
  const char *one = "活跃率不低于80%,每月通报,不得强制下载,扣1分;";
  size_t ol = strlen(one), reps = 40;
  char *big = malloc(ol * reps + 1);
  for (size_t i = 0; i < reps; i++) memcpy(big + i * ol, one, ol);
  big[ol * reps] = 0;
  jf_analysis *a = run(one, false, false), *b = run(big, false, false);
  CHECK(a && b);
  if (a && b) {
    CHECK(a->n_numbers && a->n_thresholds && a->n_frequencies && a->n_penalties && a->n_prohibitions);
    CHECK_INT(b->n_numbers, reps * a->n_numbers);
    CHECK_INT(b->n_thresholds, reps * a->n_thresholds);
    CHECK_INT(b->n_frequencies, reps * a->n_frequencies);
    CHECK_INT(b->n_penalties, reps * a->n_penalties);
    CHECK_INT(b->n_prohibitions, reps * a->n_prohibitions);
    int wrong = 0;
    for (size_t i = 0; i < b->n_numbers && b->n_numbers == reps * a->n_numbers; i++) {
      const jf_number *x = &b->numbers[i], *y = &a->numbers[i % a->n_numbers];
      wrong += !(same_span(x->span, y->span, (uint32_t)(i / a->n_numbers * ol)) &&
                 x->value == y->value && !strcmp(x->unit, y->unit));
    }
    for (size_t i = 0; i < b->n_thresholds && b->n_thresholds == reps * a->n_thresholds; i++) {
      const jf_threshold *x = &b->thresholds[i], *y = &a->thresholds[i % a->n_thresholds];
      wrong += !(same_span(x->span, y->span, (uint32_t)(i / a->n_thresholds * ol)) &&
                 x->op == y->op && x->value == y->value && !strcmp(x->unit, y->unit));
    }
    for (size_t i = 0; i < b->n_frequencies && b->n_frequencies == reps * a->n_frequencies; i++) {
      const jf_frequency *x = &b->frequencies[i], *y = &a->frequencies[i % a->n_frequencies];
      wrong += !(same_span(x->span, y->span, (uint32_t)(i / a->n_frequencies * ol)) &&
                 !strcmp(x->period, y->period));
    }
    for (size_t i = 0; i < b->n_penalties && b->n_penalties == reps * a->n_penalties; i++) {
      const jf_penalty *x = &b->penalties[i], *y = &a->penalties[i % a->n_penalties];
      wrong += !(same_span(x->span, y->span, (uint32_t)(i / a->n_penalties * ol)) &&
                 !strcmp(x->kind, y->kind) && x->points == y->points);
    }
    for (size_t i = 0; i < b->n_prohibitions && b->n_prohibitions == reps * a->n_prohibitions; i++) {
      const jf_prohibition *x = &b->prohibitions[i], *y = &a->prohibitions[i % a->n_prohibitions];
      uint32_t sh = (uint32_t)(i / a->n_prohibitions * ol);
      wrong += !(same_span(x->trigger, y->trigger, sh) && same_span(x->scope, y->scope, sh) &&
                 !strcmp(x->kind, y->kind));
    }
    CHECK_INT(wrong, 0);
    CHECK(a->link == b->link);
  }
  jf_analysis_free(a);
  jf_analysis_free(b);
  free(big);
  /* one put together by hand, its arrays allocated on their own (as
   * test_rules does): jf_analysis_free frees them too (LeakSanitizer) */
  jf_analysis *h = calloc(1, sizeof *h);
  h->thresholds = calloc(2, sizeof *h->thresholds);
  h->n_thresholds = 2;
  h->prohibitions = calloc(1, sizeof *h->prohibitions);
  h->n_prohibitions = 1;
  jf_analysis_free(h);
  /* nothing to find: an analysis with no arrays */
  jf_analysis *e = run("", false, false);
  CHECK(e && !e->numbers && !e->n_numbers && !e->prohibitions);
  jf_analysis_free(e);
}

/* The keyword and unit look-ups (a first-character bitmap, a pair hash,
 * chains, masked 8-byte compares, context sets as code points) against the
 * same look-up from the words' strings alone, at every byte of random text
 * made of the words, pieces of them and the characters of their contexts. */
static void test_word_index(void) {
  static char text[4096];
  static const char *extra[] = {"a", "1", "%", " ", "\xe4\xb8", "。", ",", "得", "分", "率"};
  unsigned seed = 4242;
  int wrong = 0;
  for (int table = 0; table < 2; table++) {
    size_t nw;
    const jfa_word *w = jfa_table(table == 1, &nw);
    for (int round = 0; round < 300; round++) {
      size_t len = 0;
      for (int piece = 0; piece < 24 && len < sizeof text - 64; piece++) {
        seed = seed * 1103515245u + 12345u;
        unsigned r = seed >> 16;
        const jfa_word *x = &w[r % nw];
        const char *src;
        size_t n;
        if (r % 4 == 0) { /* a context character */
          const char *set = x->not_before ? x->not_before : x->not_after;
          if (!set) set = extra[r % (sizeof extra / sizeof *extra)];
          size_t sl = strlen(set), at = (r / 8 % (sl / 3 + 1)) * 3;
          src = at + 3 <= sl ? set + at : set;
          n = at + 3 <= sl ? 3 : strlen(set) < 3 ? strlen(set) : 3;
        } else if (r % 4 == 1) { /* a word cut short */
          src = x->w;
          n = strlen(x->w) * (r / 8 % 3) / 3;
        } else if (r % 4 == 2) {
          src = extra[r / 4 % (sizeof extra / sizeof *extra)];
          n = strlen(src);
        } else {
          src = x->w;
          n = strlen(x->w);
        }
        memcpy(text + len, src, n);
        len += n;
      }
      for (size_t i = 0; i <= len; i++) {
        const jfa_word *got = table ? jfa_unit_at(text, len, i) : jfa_word_at(text, len, i);
        const jfa_word *want = jfa_lookup_ref(table == 1, text, len, i);
        if (got != want && wrong++ < 5)
          CHECK_MSG(false, "%s at %zu of \"%.*s\": %s, want %s", table ? "unit" : "word", i,
                    (int)len, text, got ? got->w : "none", want ? want->w : "none");
      }
    }
  }
  CHECK_INT(wrong, 0);
}

int main(void) {
  test_sentence_bounds();
  test_word_index();
  test_many();
  test_parse_number();
  test_numbers();
  test_thresholds();
  test_growth();
  test_frequencies();
  test_penalties();
  test_prohibitions();
  test_links();
  test_link_wording();
  test_titles();
  test_spans();
  return CHECK_DONE();
}
