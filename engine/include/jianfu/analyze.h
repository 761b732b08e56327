/* jianfu/analyze.h — what a clause says, read from its normalized text.
 *
 * Numbers (Arabic, Chinese numerals, 百分之N, N成, 半数), thresholds
 * (不低于/不少于/达到/以上/≥ …), frequencies (每天/每周/年度 …), penalties
 * (扣N分/不得分/取消评优/通报/约谈/一票否决 …), prohibition and rectification
 * scopes (不得将…纳入, 严禁, 取消, 整改 …, but not 不得低于 which is a
 * threshold) and the assessment link (考核/扣分/排名/通报/挂钩 …). All spans
 * are byte offsets into the normalized text given to jf_analyze. */
#ifndef JIANFU_ANALYZE_H
#define JIANFU_ANALYZE_H

#include "common.h"

typedef enum jf_op { JF_OP_GE, JF_OP_GT, JF_OP_LE, JF_OP_LT, JF_OP_EQ } jf_op;

/* ">=", ">", "<=", "<", "==" */
JF_API const char *jf_op_str(jf_op op);

typedef struct jf_number {
  jf_span span;
  double value;  /* 80 for 80% and 百分之八十; 500 for 五百个 */
  char unit[16]; /* "%", "次", "个", "条", "件", "人", "户", "小时", "分钟",
                    "学时", "分", "天", "" … (UTF-8) */
} jf_number;

typedef struct jf_threshold {
  jf_span span; /* the comparison wording and its number */
  jf_op op;
  double value;
  char unit[16];
} jf_threshold;

typedef struct jf_frequency {
  jf_span span;
  char period[12]; /* "day", "week", "month", "quarter", "year" */
} jf_frequency;

typedef struct jf_penalty {
  jf_span span;
  char kind[16]; /* "deduct" (扣N分), "no-score" (不得分), "disqualify"
                    (取消评优资格, 不得评为优秀, 不得参加评优), "notify" (通报),
                    "interview" (约谈), "pay" (与奖金挂钩), "veto" (一票否决),
                    "accountability" (问责) */
  double points; /* for "deduct": points per unit, 0 if not stated */
} jf_penalty;

typedef struct jf_prohibition {
  jf_span trigger; /* 不得将, 严禁, 禁止, 不再, 取消, 杜绝, 防止, 纠正, 整改, 针对 … */
  jf_span scope;   /* the text the trigger governs */
  char kind[12];   /* "prohibit", "cancel" or "rectify" */
} jf_prohibition;

typedef enum jf_link_kind {
  JF_LINK_NONE = 0,
  JF_LINK_EXPLICIT = 1, /* the clause's own wording: 考核, 扣分, 排名, 挂钩 … */
  JF_LINK_SCHEME = 2,   /* an item of a YAML scheme */
  JF_LINK_DOCUMENT = 3, /* a scored line of a document titled as a plan */
} jf_link_kind;

typedef struct jf_analysis {
  jf_number *numbers;
  size_t n_numbers;
  jf_threshold *thresholds;
  size_t n_thresholds;
  jf_frequency *frequencies;
  size_t n_frequencies;
  jf_penalty *penalties;
  size_t n_penalties;
  jf_prohibition *prohibitions;
  size_t n_prohibitions;
  jf_link_kind link;  /* strongest reason the clause is assessed */
  jf_span link_span;  /* the wording, when link == JF_LINK_EXPLICIT */
} jf_analysis;

/* Context the clause text alone does not carry. */
typedef struct jf_analyze_ctx {
  bool scheme_item;     /* the clause is a field of a YAML scheme item */
  bool assessment_doc;  /* the document's title makes it an assessment plan */
  bool report_doc;      /* the title makes it a report of facts and problems
                           (自查整改情况的报告, 问题清单): its clauses describe
                           what was done unless the document itself demands */
  bool problem_section; /* under a heading listing problems found (存在的问题,
                           查摆出的问题) or results achieved (取得成效): its
                           clauses describe them even in their demanding
                           words (须) */
  bool plan_section;    /* under a heading of the next steps (下一步工作,
                           今后工作打算): in a report, its clauses are the
                           report's own voice whatever their words */
  bool cancelled;       /* the next clause cancels or corrects this one with no
                           object of its own (…不少于1次。现已取消。): the
                           whole clause is the scope of a cancellation */
  bool target_cell;     /* a cell in a table's column of targets (JF_CLAUSE_TARGET):
                           a bare figure (80%, 1200人) is a bound, at least it */
} jf_analyze_ctx;

/* Analyse `len` bytes of normalized UTF-8. Returns NULL only when out of
 * memory. The result is owned by the caller. */
JF_API jf_analysis *jf_analyze(const char *text, size_t len, const jf_analyze_ctx *ctx);
JF_API void jf_analysis_free(jf_analysis *a);

/* Does the title (normalized) make a document an assessment plan
 * (考核, 考评, 评分, 细则, 办法 …)? */
JF_API bool jf_title_is_assessment(const char *title, size_t len);

/* Does the title (normalized) make a document a report of facts and problems
 * (…情况的报告, 自查报告, 反馈报告, 问题清单, 整改清单) rather than a plan or a
 * notice? */
JF_API bool jf_title_is_report(const char *title, size_t len);

/* Does the heading (normalized) list problems found (存在的问题, 查摆出的
 * 问题, 问题清单) rather than what is done about them (整改措施, 问题整改情况,
 * 下一步工作)? */
JF_API bool jf_heading_lists_problems(const char *heading, size_t len);

/* Does the heading (normalized) state what was achieved (二、取得成效,
 * 主要工作成绩) rather than how (主要做法及成效), a target (预期成效) or an
 * assessment (成效考核)? Its clauses describe, as under a heading of problems
 * found. */
JF_API bool jf_heading_states_results(const char *heading, size_t len);

/* Does the heading (normalized) announce the next steps (下一步工作, 今后工作
 * 打算, 下步工作计划) rather than problems or what was done? */
JF_API bool jf_heading_plans_ahead(const char *heading, size_t len);

/* Parse a number starting at text[*pos] (Arabic, full-width already
 * normalized, or Chinese numerals incl. 百分之, 成, 半); on success advance
 * *pos past it and return true. Exposed for tests and for rules. */
JF_API bool jf_parse_number(const char *text, size_t len, size_t *pos, double *value);

/* The wording of an explicit link as an inspector reads it: the link word,
 * or for 纳入 and 列入 the words up to what the measure is put into
 * (纳入年度考核). What clause.link.word and a finding's evidence show; the
 * analysis itself keeps the word (link_span). */
JF_API jf_span jf_link_wording(const char *text, size_t len, jf_span link);

/* Is [span] inside the scope of one of the analysis's prohibitions? */
JF_API bool jf_analysis_prohibited(const jf_analysis *a, jf_span span);

#endif
