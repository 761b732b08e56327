/* test_normalize.c — jf_normalize: NFKC, t2s, lower case, invisible characters, PDF
 * spacing, and the map from every normalized byte back to its source character. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/normalize.h"
#include "normalize_int.h"

/* The normalizer's per-code-point table and its flags (norm_bmp.h wants
 * norm_t2s before it). */
static inline uint32_t norm_t2s(uint32_t cp) { return jf_t2s_char(cp); }
#include "norm_bmp.h"
#include "t2s_table.h"

static char *norm(const char *s) {
  jf_norm n = {0};
  if (jf_normalize(s, strlen(s), NULL, 0, &n) != JF_OK) return NULL;
  char *t = strdup(n.text);
  jf_norm_free(&n);
  return t;
}

/* Input → expected normalized text. */
static const struct {
  const char *in, *want;
} cases[] = {
    /* Traditional, full-width digits and signs. */
    {"活躍率低於８０％", "活跃率低于80%"},
    {"點讚、積分、簽到、轉發、關注", "点赞、积分、签到、转发、关注"},
    {"註冊用戶線上時長", "注册用户线上时长"},
    {"錄入並上報到系統裡", "录入并上报到系统里"},
    {"各鄉鎮“贛政通”ＡＰＰ活躍率不得低於８０％", "各乡镇“赣政通”app活跃率不得低于80%"},
    {"每日打卡不少於３次，每週學習時長不低於１２０分鐘。",
     "每日打卡不少于3次,每周学习时长不低于120分钟。"},
    {"（一）考核內容", "(一)考核内容"},
    {"㈠考核", "(一)考核"},
    {"第①項", "第1项"},
    {"合計：１００分", "合计:100分"},
    /* Full-width and upper-case letters. */
    {"ＡＰＰ", "app"},
    {"ａｐｐ下載量", "app下载量"},
    {"APP Store", "app store"},
    {"KPI考核", "kpi考核"},
    {"Ⅲ類", "iii类"},
    /* PDF spacing between CJK characters. */
    {"活 跃 率", "活跃率"},
    {"活　跃　率", "活跃率"}, /* ideographic space */
    {"活\t跃  率", "活跃率"},
    {"活 跃 率 不 得 低 于 80%", "活跃率不得低于80%"},
    {"使用 APP 打卡", "使用app打卡"},
    {"第 3 条", "第3条"},
    {"2024 年 3 月 1 日", "2024年3月1日"},
    {"“赣政通” APP", "“赣政通”app"},
    /* Line breaks inside a clause. */
    {"活跃\n率", "活跃率"},
    {"活跃\r\n率", "活跃率"},
    {"活跃\r\n\r\n  率", "活跃率"},
    {"daily active\nusers", "daily active users"},
    {"daily active\r\nusers", "daily active users"},
    /* ASCII words keep one space. */
    {"daily   active users", "daily active users"},
    {"Daily Active Users (DAU)", "daily active users (dau)"},
    {"80 %", "80 %"},
    /* PDF spacing inside a number between CJK text */
    {"不 少 于 3 0 分 钟", "不少于30分钟"},
    {"达 到 9 5 %", "达到95%"},
    {"活跃率 ８ ０ ％。", "活跃率80%。"},
    {"扣 0 . 5 分", "扣0.5分"},
    {"第 1 2 条", "第12条"},
    {"于 3 0 ab", "于3 0 ab"},
    /* ... or before a comma, semicolon or colon, full-width or not (the
     * space before the mark is one between two ASCII characters) */
    {"不 低 于 9 0 % ， 扣 2 分", "不低于90% ,扣2分"},
    {"不 少 于 1 0 ；", "不少于10 ;"},
    {"于 3 0 , ab", "于30 , ab"},
    {"rate 8 0 , ab", "rate 8 0 , ab"}, /* no CJK before: kept */
    {"2023 2024 report", "2023 2024 report"},
    /* PDF spacing inside a Latin word between CJK text: single letters,
     * spaced, from CJK to CJK */
    {"两 个 A P P 中 分 别", "两个app中分别"},
    {"“ 网 格 通 ” A P P 注 册", "“网格通”app注册"},
    {"两 个 Ａ Ｐ Ｐ 中", "两个app中"},
    {"两个 A P P", "两个a p p"},      /* no CJK after: kept */
    {"AP P 中", "ap p中"},            /* a word, not single letters */
    {"在 A B 两 类 中", "在ab两类中"},
    {"中 daily active users 中", "中daily active users中"},
    {"a\u00a0b", "a b"}, /* NBSP */
    {"a\u2003b", "a b"}, /* em space */
    /* Trimming. */
    {"  活跃率  ", "活跃率"},
    {"\n\t app \r\n", "app"},
    {"", ""},
    {"   ", ""},
    /* Invisible characters. */
    {"活\u200b跃\u200d率", "活跃率"},
    {"活\u00ad跃\ufeff率", "活跃率"},
    {"\ufeff活跃率", "活跃率"},
    {"活\u2060跃\u180e率", "活跃率"},
    {"A\u200bPP", "app"},
    {"活 \u200b 跃", "活跃"},
    {"app\u200b \u200buser", "app user"},
    {"点\u202e赞", "点赞"}, /* bidi override */
    {"点\ufe0f赞", "点赞"}, /* variation selector */
    /* Other NFKC. */
    {"e\u0301", "\u00e9"}, /* composes with the combining mark */
    {"\u00e9", "\u00e9"},
    {"ﬁle", "file"},
    {"……", "......"},
    {"㎞", "km"},
    {"\uf900", "岂"}, /* compatibility ideograph 豈 → 豈 → t2s */
    {"ｶﾞ", "ガ"},     /* half-width katakana + voiced mark compose */
    {"\U00020000字", "\U00020000字"},
    {"𝐀𝐏𝐏", "app"}, /* mathematical bold */
    /* A combining mark cut off from its base by invisible or CJK-adjacent
     * white space still composes with it, so normalizing twice is stable. */
    {"ｶ ﾞ", "ガ"},
    {"e\u200b\u0301", "\u00e9"},
    /* Spacing is decided on the normalized characters: full-width signs are
     * ASCII by then, so they space like ASCII. */
    {"80 ％", "80 %"},
    {"第一条 （考核）", "第一条(考核)"},
    /* Phrases OpenCC converts only as phrases (t2s_table.h jf_t2s_phrases):
     * 覆 of 回覆 and 重覆 is 复, of 覆蓋 stays; across dropped spaces, line
     * breaks and invisible characters; the longest phrase first. */
    {"在工作羣回覆“已閱”的及時率", "在工作群回复“已阅”的及时率"},
    {"重覆填報、答覆、函覆", "重复填报、答复、函复"},
    {"覆蓋率", "覆盖率"},
    {"回 覆", "回复"},
    {"回\n覆", "回复"},
    {"回\u200b覆", "回复"},
    {"反反覆覆", "反反复复"},
    {"據瞭解，瞭解到", "据了解,了解到"},
    {"藉口、憑藉", "借口、凭借"},
    {"沈陽沈沒", "沈阳沉没"},
    {"覆", "覆"},
    {"回", "回"},
    {"回覆回覆", "回复回复"},
};

static void test_cases(void) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *got = norm(cases[i].in);
    CHECK_MSG(got && strcmp(got, cases[i].want) == 0, "case %zu \"%s\": got \"%s\", want \"%s\"", i,
              cases[i].in, got ? got : "(null)", cases[i].want);
    /* Normalizing is idempotent. */
    if (got) {
      char *again = norm(got);
      CHECK_MSG(again && strcmp(again, got) == 0, "case %zu not idempotent: \"%s\" → \"%s\"", i,
                got, again ? again : "(null)");
      free(again);
    }
    free(got);
  }
}

static void test_t2s_char(void) {
  static const char *const pairs[][2] = {
      {"躍", "跃"}, {"於", "于"}, {"點", "点"}, {"讚", "赞"}, {"積", "积"}, {"簽", "签"},
      {"轉", "转"}, {"發", "发"}, {"關", "关"}, {"註", "注"}, {"冊", "册"}, {"線", "线"},
      {"時", "时"}, {"長", "长"}, {"錄", "录"}, {"並", "并"}, {"裡", "里"}, {"裏", "里"},
      {"活", "活"}, {"率", "率"}, {"a", "a"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    jf_norm n = {0};
    CHECK_INT(jf_normalize(pairs[i][0], strlen(pairs[i][0]), NULL, 0, &n), JF_OK);
    CHECK_STR(n.text, pairs[i][1]);
    jf_norm_free(&n);
  }
  CHECK_INT(jf_t2s_char(0x8E8D), 0x8DC3); /* 躍 → 跃 */
  CHECK_INT(jf_t2s_char(0x6D3B), 0x6D3B); /* 活 */
  CHECK_INT(jf_t2s_char('A'), 'A');       /* t2s only: no case folding */
  CHECK_INT(jf_t2s_char(0x10FFFF), 0x10FFFF);
}

/* Source text of [a, b) in s. */
static char *slice(const char *s, size_t a, size_t b) {
  char *t = malloc(b - a + 1);
  memcpy(t, s + a, b - a);
  t[b - a] = 0;
  return t;
}

/* For every occurrence of every term in the normalized text, the source span
 * normalizes back to the term and starts and ends on the given source text. */
static const char *const terms[] = {"活跃率", "app",          "低于80%", "点赞", "积分",
                                    "签到",   "转发",         "关注",    "注册", "时长",
                                    "录入",   "daily active", "80%",     "打卡", "不得低于"};

static const char *const texts[] = {
    "各乡镇“赣政通”APP活 跃 率不得低于８０％",
    "在工作羣回 覆“已閱”，重覆\n填報的點讚",
    "各鄉鎮“贛政通”ＡＰＰ活躍率不得低於８０％，點讚、積分納入考核。",
    "要求每日簽到打卡，轉發、關注公眾號，註冊用戶數與線上時長按月錄入。",
    "活\u200b跃\u200b率 低 于 80% 的扣 5 分",
    "APP\n活跃\r\n率低于 80%，\t点  赞 数 量",
    "  Daily\u00a0Active   users; daily\nactive\r\nusers 积　分　 ",
    "不\u00ad得\ufeff低\u2060于８０％的单位，点赞\r\n\r\n积分清零",
};

static void test_round_trip(void) {
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
    const char *src = texts[t];
    jf_norm n = {0};
    CHECK_INT(jf_normalize(src, strlen(src), NULL, 0, &n), JF_OK);
    CHECK_INT(n.start[n.len], strlen(src));
    CHECK_INT(n.end[n.len], strlen(src));
    /* Maps are monotonic and within the source. */
    for (size_t i = 0; i < n.len; i++) {
      CHECK(n.start[i] < n.end[i] && n.end[i] <= strlen(src));
      if (i) CHECK(n.start[i] >= n.start[i - 1]);
    }
    for (size_t k = 0; k < sizeof terms / sizeof terms[0]; k++) {
      const char *term = terms[k];
      for (const char *p = n.text; (p = strstr(p, term)) != NULL; p++) {
        jf_span sp = {(uint32_t)(p - n.text), (uint32_t)(p - n.text + strlen(term))};
        size_t a, b;
        jf_norm_to_source(&n, sp, &a, &b);
        CHECK(a < b && b <= strlen(src));
        char *orig = slice(src, a, b);
        char *again = norm(orig);
        CHECK_MSG(again && strcmp(again, term) == 0, "text %zu term \"%s\": source \"%s\" → \"%s\"",
                  t, term, orig, again ? again : "(null)");
        free(again);
        free(orig);
      }
    }
    jf_norm_free(&n);
  }
}

/* Spans point at exactly the right source characters. */
static void test_spans(void) {
  static const struct {
    const char *src, *term, *want;
  } spans[] = {
      {"各乡镇“赣政通”APP活 跃 率不得低于８０％", "活跃率", "活 跃 率"},
      {"各乡镇“赣政通”APP活 跃 率不得低于８０％", "app", "APP"},
      {"各乡镇“赣政通”APP活 跃 率不得低于８０％", "低于80%", "低于８０％"},
      {"各鄉鎮“贛政通”ＡＰＰ活躍率", "赣政通", "贛政通"},
      {"各鄉鎮“贛政通”ＡＰＰ活躍率", "app活跃率", "ＡＰＰ活躍率"},
      {"点赞\r\n\r\n积分", "赞积", "赞\r\n\r\n积"},
      {"活\u200b跃率", "活跃", "活\u200b跃"},
      {"daily\r\n  active", "daily active", "daily\r\n  active"},
      {"daily\r\n  active", " ", "\r"},
      {"ﬁle", "fi", "ﬁ"},
      {"ﬁle", "i", "ﬁ"},
      {"e\u0301t\u00e9", "\u00e9", "e\u0301"},
  };
  for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++) {
    jf_norm n = {0};
    const char *src = spans[i].src;
    CHECK_INT(jf_normalize(src, strlen(src), NULL, 0, &n), JF_OK);
    const char *p = strstr(n.text, spans[i].term);
    CHECK_MSG(p, "span %zu: \"%s\" not in \"%s\"", i, spans[i].term, n.text);
    if (p) {
      jf_span sp = {(uint32_t)(p - n.text), (uint32_t)(p - n.text + strlen(spans[i].term))};
      size_t a, b;
      jf_norm_to_source(&n, sp, &a, &b);
      char *got = slice(src, a, b);
      CHECK_MSG(strcmp(got, spans[i].want) == 0, "span %zu: got \"%s\", want \"%s\"", i, got,
                spans[i].want);
      free(got);
    }
    jf_norm_free(&n);
  }
}

/* raw_map and base: offsets are those of the source, not of the raw slice. */
static void test_maps(void) {
  jf_norm n = {0};
  const char *raw = "活 跃";
  CHECK_INT(jf_normalize(raw, strlen(raw), NULL, 100, &n), JF_OK);
  CHECK_STR(n.text, "活跃");
  CHECK_INT(n.start[0], 100);
  CHECK_INT(n.end[0], 103);
  CHECK_INT(n.start[3], 104);
  CHECK_INT(n.end[5], 107);
  CHECK_INT(n.start[6], 107);
  jf_norm_free(&n);

  /* A raw slice whose bytes sit at scattered offsets (e.g. a YAML folded
   * scalar): "ab" at 10, 11 and "活" at 20..22. */
  const char *r2 = "AB活";
  uint32_t map[] = {10, 11, 20, 21, 22};
  CHECK_INT(jf_normalize(r2, strlen(r2), map, 0, &n), JF_OK);
  CHECK_STR(n.text, "ab活");
  CHECK_INT(n.start[1], 11);
  CHECK_INT(n.end[1], 12);
  CHECK_INT(n.start[2], 20);
  CHECK_INT(n.end[4], 23);
  CHECK_INT(n.start[5], 23);
  size_t a, b;
  jf_norm_to_source(&n, (jf_span){1, 5}, &a, &b);
  CHECK_INT(a, 11);
  CHECK_INT(b, 23);
  jf_norm_to_source(&n, (jf_span){5, 5}, &a, &b);
  CHECK_INT(a, 23);
  CHECK_INT(b, 23);
  jf_norm_to_source(&n, (jf_span){2, 2}, &a, &b);
  CHECK_INT(a, 20);
  CHECK_INT(b, 20);
  jf_norm_free(&n);

  /* Empty input. */
  CHECK_INT(jf_normalize("", 0, NULL, 7, &n), JF_OK);
  CHECK_INT(n.len, 0);
  CHECK_STR(n.text, "");
  CHECK_INT(n.start[0], 7);
  jf_norm_free(&n);
  jf_norm_free(&n); /* freeing twice is harmless after the reset */
  jf_norm_free(NULL);

  /* Invalid UTF-8 from a careless caller: no crash, no overread. */
  const char bad[] = {'a', (char)0xE6, (char)0xB4, 'b', (char)0xFF};
  CHECK_INT(jf_normalize(bad, sizeof bad, NULL, 0, &n), JF_OK);
  CHECK(n.len > 0);
  jf_norm_free(&n);
}

/* Runs of Chinese text that stays as it is are copied whole (jf_norm_same):
 * text and maps must be what character-by-character normalizing gives. */
static void test_runs(void) {
  static const struct {
    const char *in, *want;
  } runs[] = {
      /* a combining mark after a run composes with the run's last character */
      {"考核细则考核细则考核细则か\u3099", "考核细则考核细则考核细则が"},
      {"考核细则考核细则ｶﾞ考核", "考核细则考核细则ガ考核"},
      /* runs cut by characters that change, by ASCII and by white space */
      {"考核細則，每天打卡不少於三次。考核细则", "考核细则,每天打卡不少于三次。考核细则"},
      {"每天打卡app打卡 每 天 打 卡", "每天打卡app打卡每天打卡"},
      /* an overlong form and a surrogate inside a run are not characters */
      {"考核细则\xE0\x80\x80考核", "考核细则\uFFFD\uFFFD\uFFFD考核"},
      {"考核细则\xED\xA0\x80考核", "考核细则\uFFFD\uFFFD\uFFFD考核"},
      /* a run that ends short of 8 bytes before the end */
      {"考", "考"},
      {"考核", "考核"},
      {"考核细", "考核细"},
  };
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
    char *got = norm(runs[i].in);
    CHECK_MSG(got && strcmp(got, runs[i].want) == 0, "run %zu: got \"%s\", want \"%s\"", i,
              got ? got : "(null)", runs[i].want);
    free(got);
  }

  /* Every character 3 bytes in and out: output character k maps to source
   * character k, with a base and with a scattered raw map. */
  const char *src = "考核細則每天打卡不少於三次考核细则各乡镇街道的活躍率不得低于八十";
  size_t len = strlen(src);
  uint32_t map[256];
  for (size_t i = 0; i < len; i++)
    map[i] = 1000 + 2 * (uint32_t)i;
  for (int mapped = 0; mapped < 2; mapped++) {
    jf_norm n = {0};
    CHECK_INT(jf_normalize(src, len, mapped ? map : NULL, 50, &n), JF_OK);
    CHECK_INT(n.len, len);
    for (size_t i = 0; i < n.len; i++) {
      size_t c = i - i % 3; /* the character's first byte */
      uint32_t ws = mapped ? map[c] : 50 + (uint32_t)c;
      uint32_t we = mapped ? map[c + 2] + 1 : 50 + (uint32_t)c + 3;
      CHECK_MSG(n.start[i] == ws && n.end[i] == we, "mapped %d byte %zu: [%u, %u), want [%u, %u)",
                mapped, i, n.start[i], n.end[i], ws, we);
    }
    CHECK_INT(n.start[n.len], mapped ? map[len - 1] + 1 : 50 + (uint32_t)len);
    jf_norm_free(&n);
  }
}

/* Long input: buffers grow, expansions included. */
static void test_long(void) {
  size_t reps = 20000;
  const char *unit = "活躍率 低於８０％ ﬃ \u00bd\uFDFA ";
  size_t ul = strlen(unit);
  char *s = malloc(reps * ul + 1);
  for (size_t i = 0; i < reps; i++)
    memcpy(s + i * ul, unit, ul);
  s[reps * ul] = 0;
  jf_norm n = {0};
  CHECK_INT(jf_normalize(s, reps * ul, NULL, 0, &n), JF_OK);
  CHECK(n.len > reps * 20);
  CHECK(strncmp(n.text, "活跃率低于80% ffi 1⁄2", strlen("活跃率低于80% ffi 1⁄2")) == 0);
  CHECK_INT(n.start[n.len], reps * ul);
  CHECK_INT(strlen(n.text), n.len);
  jf_norm_free(&n);
  free(s);
}

/* Reusing a block gives what a fresh jf_normalize gives: text and both maps,
 * whether the new text fits the old block or outgrows it. */
static void same_norm(const jf_norm *a, const jf_norm *b) {
  CHECK_INT(a->len, b->len);
  if (a->len != b->len) return;
  CHECK(memcmp(a->text, b->text, a->len + 1) == 0);
  CHECK(memcmp(a->start, b->start, (a->len + 1) * sizeof *a->start) == 0);
  CHECK(memcmp(a->end, b->end, (a->len + 1) * sizeof *a->end) == 0);
}

static void test_reuse(void) {
  const char *inputs[] = {"活躍率 低於８０％，使用 APP 打卡", "a", "",
                          "很长的一段中文文本，用来让块变大：考核指标包括打卡率和在线时长，每日统计。",
                          "ｶﾞ e\u0301 ﬃ", "短"};
  jf_norm r = {0};
  CHECK_INT(jf_norm_capacity(&r), 0);
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    size_t len = strlen(inputs[i]);
    jf_norm fresh = {0};
    CHECK_INT(jf_normalize(inputs[i], len, NULL, 7, &fresh), JF_OK);
    size_t cap = jf_norm_capacity(&r);
    char *block = r.text;
    CHECK_INT(jf_normalize_reuse(inputs[i], len, NULL, 7, &r), JF_OK);
    if (len + 16 <= cap) CHECK(r.text == block); /* fits: the same block */
    CHECK(jf_norm_capacity(&r) >= r.len);
    same_norm(&fresh, &r);
    jf_norm_free(&fresh);
  }
  jf_norm_free(&r);
}

/* The fast paths (runs of ASCII, of Chinese characters that stay, of 3-byte
 * characters the table maps to one) against the character-by-character path
 * on random text of what stops or bends them: characters that change,
 * punctuation, white space, combining marks (after a run, after the
 * punctuation the mark test skips, alone), invisible and expanding characters,
 * ill-formed bytes, 2- and 4-byte characters, runs ending near the end. Text,
 * length and both maps must be the same, unmapped and mapped, fresh and
 * reusing a block. */
static void test_fast_vs_slow(void) {
  static const char *const alpha[] = {
      "考", "核", "细", "则", "活", "跃", "率", "細", "則", "於", "躍", "，", "；", "（", "）", "８",
      "％", "Ａ", "。", "、", "“", "”", "「", "」", " ", "\t", "\n", "\u3000", "\u00a0", "a", "B",
      "p", "P", "3", "0", ".", "%", "(", "\u0301", "\u3099", "\uff9e", "\u302a", "\u20d0", "e", "か",
      "ｶ", "\u200b", "\u00ad", "\ufeff", "ﬃ", "㈠", "①", "\u00bd", "\ufdfa", "㎞", "\xe0\x80\x80",
      "\xed\xa0\x80", "\x80", "\xff", "\xe8\xb7", "\U00020000", "\U0001F600", "é", "ö", "\u2029",
      "\uff61", "\u203e", "\u3029", "\u302b"};
  const uint32_t n_alpha = sizeof alpha / sizeof *alpha;
  static char text[2048];
  static uint32_t map[2048];
  int mismatches = 0;
  jf_norm reused = {0};
  for (int round = 0; round < 4000; round++) {
    size_t tl = 0, k = jf_t_rnd(round % 4 ? 40 : 200);
    /* mostly Chinese, so that runs form; sometimes anything */
    for (size_t j = 0; j < k; j++) {
      const char *c = alpha[round % 3 ? (jf_t_rnd(4) ? jf_t_rnd(7) : jf_t_rnd(n_alpha)) : jf_t_rnd(n_alpha)];
      memcpy(text + tl, c, strlen(c));
      tl += strlen(c);
    }
    for (size_t j = 0; j < tl; j++) map[j] = 100 + 3 * (uint32_t)j + (uint32_t)(j % 2);
    for (int mapped = 0; mapped < 2; mapped++) {
      jf_norm fast = {0}, slow = {0};
      jf_normalize_fast_paths(false);
      CHECK_INT(jf_normalize(text, tl, mapped ? map : NULL, 7, &slow), JF_OK);
      jf_normalize_fast_paths(true);
      CHECK_INT(jf_normalize(text, tl, mapped ? map : NULL, 7, &fast), JF_OK);
      CHECK_INT(jf_normalize_reuse(text, tl, mapped ? map : NULL, 7, &reused), JF_OK);
      bool same = true;
      const jf_norm *got[2] = {&fast, &reused};
      for (int g = 0; g < 2; g++)
        same = same && got[g]->len == slow.len &&
               !memcmp(got[g]->text, slow.text, slow.len + 1) &&
               !memcmp(got[g]->start, slow.start, (slow.len + 1) * sizeof *slow.start) &&
               !memcmp(got[g]->end, slow.end, (slow.len + 1) * sizeof *slow.end);
      if (!same && mismatches++ < 5)
        CHECK_MSG(same, "round %d mapped %d: \"%.*s\" -> \"%s\", slow \"%s\"", round, mapped,
                  (int)tl, text, fast.text, slow.text);
      jf_norm_free(&fast);
      jf_norm_free(&slow);
    }
  }
  jf_norm_free(&reused);
  CHECK_INT(mismatches, 0);
}

/* The run copier's test for a combining mark after a run skips the
 * punctuation that ends most runs without looking it up: none of those code
 * points may be a mark (F_COMB) in the table. */
static void test_mark_skip_ranges(void) {
  static const uint32_t ranges[][2] = {{0xFF00, 0xFF7F}, {0x2000, 0x203F}, {0x3000, 0x3029}};
  int marks = 0;
  for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++)
    for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++)
      if (jf_norm_bmp[cp] & F_COMB) marks++;
  CHECK_INT(marks, 0);
  CHECK(jf_norm_bmp[0x302A] & F_COMB); /* just past the third range */
}

int main(void) {
  test_reuse();
  test_cases();
  test_t2s_char();
  test_round_trip();
  test_spans();
  test_maps();
  test_runs();
  test_long();
  test_fast_vs_slow();
  test_mark_skip_ranges();
  return CHECK_DONE();
}
