/* analyze_words.h — the clause analyser's keyword and unit tables, and the one
 * lookup that matches them at a byte position (private to analyze*.c). */
#ifndef JIANFU_ANALYZE_WORDS_H
#define JIANFU_ANALYZE_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

/* What a keyword does in a clause. One table holds every kind so that one
 * longest-match pass decides between overlapping readings (不得低于 is a
 * comparison, not 不得; 取消评优 is a sanction, not 取消). */
enum {
  KW_NONE = 0,
  KW_CMP,    /* comparison before a number: 不低于, 达到, 超过 … (sub = jf_op) */
  KW_QUOTA,  /* a verb taking a count: 完成500个, 点赞5次 (sub = jf_op) */
  KW_RATE,   /* 每低, 每少: the number after it is a step, not a threshold */
  KW_DEDUCT, /* 扣, 扣除, 倒扣: 扣N分 is a deduction (sub = 1 when it alone deducts) */
  KW_PEN,    /* a penalty by itself (sub = PEN_*) */
  KW_PROH,   /* prohibition / cancel / rectify trigger (sub = PRO_*, dir = DIR_*) */
  KW_MONEY,  /* 奖金, 绩效: 与X挂钩 / 扣发X is a pay penalty */
  KW_HOOK,   /* 挂钩 */
  KW_SCORE,  /* 满分, 分值: the clause carries a score */
  KW_PLAIN,  /* only a link and/or a frequency */
  KW_GROW,   /* growth by an amount: 提高, 增长 (提高10个百分点); a threshold only
              * in an assessment plan */
};

enum { PEN_DEDUCT, PEN_NOSCORE, PEN_DISQUALIFY, PEN_NOTIFY, PEN_INTERVIEW, PEN_PAY,
       PEN_VETO, PEN_ACCOUNT };

enum { PRO_PROHIBIT, PRO_CANCEL, PRO_RECTIFY, PRO_BUDE /* bare 不得: maybe a sanction */,
       PRO_REPORT /* a reported fact or past problem: 据统计, 调研发现, 改革前 */,
       PRO_FACT /* a measured value stated as a fact (截至9月底累计注册4.6万人,
                 * 较上季度有所提升, 会议听取…汇报): kind "report", but only in a
                 * sentence that demands nothing (no 须/确保/不低于, no penalty) */,
       PRO_OPTOUT /* kept out of what follows (积分不参与排名): kind "prohibit", but
                   * not as the sanction of a condition (未完成的不参加评优) nor
                   * in a condition itself (无故不参加学习的,扣1分) */,
       PRO_UNDONE /* a negation of what was done (未, 没有, 从未): kind "prohibit",
                   * but only before a verb of imposing (未设置, 没有下达, 从未要求)
                   * and not as a condition a sanction punishes (未将打卡纳入考核的,
                   * 扣2分): see undone_imposition in analyze.c */ };

/* Which text a trigger governs. */
enum {
  DIR_AUTO = 0, /* what follows, or what precedes when nothing follows (…一律取消) */
  DIR_FWD,      /* what follows to the end of the sentence (针对…) */
  DIR_BACK,     /* from the sentence start to the trigger (…的问题) */
  DIR_LOCAL,    /* the comma segment around it (下载量不纳入考核,…); the
                 * sentence before it too when the segment has no subject of
                 * its own (…装机数量的指标,今后一律不再列入考核) */
  DIR_SENT,     /* the whole sentence (活跃用户较上季度有所提升) */
};

enum { FREQ_NONE = 0, FREQ_DAY, FREQ_WEEK, FREQ_MONTH, FREQ_QUARTER, FREQ_YEAR };

typedef struct jfa_word {
  const char *w;
  uint8_t kind;
  uint8_t sub;
  uint8_t dir;
  uint8_t freq;
  uint8_t link;             /* the word itself ties the clause to assessment */
  const char *not_before;   /* UTF-8 characters that, following, void the match */
  const char *not_after;    /* UTF-8 characters that, preceding, void the match */
  uint8_t len;              /* filled in by the index */
} jfa_word;

/* Build the indexes; call before the lookups (cheap after the first time). */
void jfa_words_init(void);

/* Longest keyword starting at s[i], or NULL. */
const jfa_word *jfa_word_at(const char *s, size_t len, size_t i);

/* The same, when the caller has decoded the code point cp at s[i], n bytes
 * long, with jfa_decode (faster). */
const jfa_word *jfa_word_at_cp(const char *s, size_t len, size_t i, uint32_t cp, size_t n);

/* Set in bits[cp / 64] bit cp % 64 for every BMP code point a keyword can
 * start with. After jfa_words_init. */
void jfa_word_starts(uint64_t bits[65536 / 64]);

/* Longest unit starting at s[i] ("%", "个", "小时", "个百分点" …), or NULL. */
const jfa_word *jfa_unit_at(const char *s, size_t len, size_t i);

/* Decode one UTF-8 code point at p (at most avail bytes, avail > 0); *n gets
 * its length. Valid UTF-8 is assumed; a truncated sequence decodes as its
 * first byte, so a scan always advances. */
static inline uint32_t jfa_decode(const unsigned char *p, size_t avail, size_t *n) {
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

/* For tests: the keyword table (units_table false) or the unit table, and
 * jfa_word_at / jfa_unit_at computed from the words' strings alone. */
const jfa_word *jfa_table(bool units_table, size_t *n);
const jfa_word *jfa_lookup_ref(bool units_table, const char *s, size_t len, size_t i);

/* Period name for FREQ_*. */
const char *jfa_freq_name(int f);

/* Does s[i..] start with the literal w? */
static inline bool jfa_at(const char *s, size_t len, size_t i, const char *w, size_t wl) {
  return i <= len && len - i >= wl && memcmp(s + i, w, wl) == 0;
}
#define JFA_AT(s, len, i, lit) jfa_at((s), (len), (i), (lit), sizeof(lit) - 1)

#endif
