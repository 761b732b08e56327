/* analyze.c — what one normalized clause says: numbers, thresholds,
 * frequencies, penalties, prohibition scopes and the assessment link.
 *
 * Two steps. A tokenizer walks the text once, left to right, and emits events:
 * keywords (analyze_words.c, longest match) and numbers that survive the word
 * guards (一律, 十分, 2023年, "(一)" are not quantities). An interpreter then
 * reads the short event list: a comparison keyword right before a number makes
 * a threshold, 扣 before N分 a deduction, a trigger a prohibition scope, and so
 * on. Spans are byte offsets into the text given to jf_analyze. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
/* glibc (and ASan) tell an allocation's size: an analysis is then one block
 * (see finish and jf_analysis_free) */
#if defined(__GLIBC__)
#include <malloc.h>
#define ONE_BLOCK 1
#else
#define ONE_BLOCK 0
#endif
#include "jianfu/analyze.h"
#include "analyze_int.h"
#include "analyze_words.h"

const char *jf_op_str(jf_op op) {
  static const char *s[] = {">=", ">", "<=", "<", "=="};
  return (unsigned)op < 5 ? s[op] : "?";
}

/* ---- numbers --------------------------------------------------------------- */

/* A number as written, before the context decides whether it is a quantity. */
typedef struct numtok {
  size_t start, end; /* end is past percent markers (%, 成, 百分之 …), before any unit */
  double v;
  bool pct;      /* the value is a percentage */
  bool chinese;  /* written in Chinese numerals */
  bool place;    /* has 十/百/千/万/亿: 五百, 十五 are quantities even without a unit */
  bool ten_only; /* exactly 十 (十分 is usually "very") */
  bool arabic;
} numtok;

/* The value of a Chinese numeral code point: 0..9 for digits, 10..1e8 for
 * places, -1 for anything else. A switch, because it runs on every character. */
static double cn_cp(uint32_t cp) {
  switch (cp) {
  case 0x96F6: case 0x3007: return 0;         /* 零 〇 */
  case 0x4E00: return 1;                      /* 一 */
  case 0x4E8C: case 0x4E24: return 2;         /* 二 两 */
  case 0x4E09: return 3;                      /* 三 */
  case 0x56DB: return 4;                      /* 四 */
  case 0x4E94: return 5;                      /* 五 */
  case 0x516D: return 6;                      /* 六 */
  case 0x4E03: return 7;                      /* 七 */
  case 0x516B: return 8;                      /* 八 */
  case 0x4E5D: return 9;                      /* 九 */
  case 0x5341: return 10;                     /* 十 */
  case 0x767E: return 100;                    /* 百 */
  case 0x5343: return 1000;                   /* 千 */
  case 0x4E07: return 1e4;                    /* 万 */
  case 0x4EBF: return 1e8;                    /* 亿 */
  default: return -1;
  }
}

static uint32_t cp_at(const char *s, size_t len, size_t i) {
  size_t n;
  return i < len ? jfa_decode((const unsigned char *)s + i, len - i, &n) : 0;
}

/* Chinese digit at s[i] (0..9), or -1. */
static int cn_digit(const char *s, size_t len, size_t i) {
  double v = cn_cp(cp_at(s, len, i));
  return v >= 0 && v < 10 ? (int)v : -1;
}

/* Chinese place (十 百 千 万 亿) at s[i], or 0. */
static double cn_place(const char *s, size_t len, size_t i) {
  double v = cn_cp(cp_at(s, len, i));
  return v >= 10 ? v : 0;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Arabic: 80, 0.5, 1,000 (groups of exactly three after a short head). */
static bool parse_arabic(const char *s, size_t len, size_t i, size_t *end, double *v) {
  if (i >= len || !is_digit(s[i])) return false;
  double x = 0;
  size_t j = i;
  while (j < len && is_digit(s[j])) x = x * 10 + (s[j++] - '0');
  while (j - i <= 3 && j + 3 < len + 0 && s[j] == ',' && is_digit(s[j + 1]) &&
         is_digit(s[j + 2]) && is_digit(s[j + 3]) && (j + 4 >= len || !is_digit(s[j + 4]))) {
    x = x * 1000 + (s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
    j += 4;
    i = j - 3; /* the next group must follow a group of three, too */
  }
  if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
    double scale = 0.1;
    for (j++; j < len && is_digit(s[j]); j++, scale /= 10) x += (s[j] - '0') * scale;
  }
  *end = j;
  *v = x;
  return true;
}

/* Chinese numerals: 五百, 一万二千, 十五, 一百零五, 二〇二三, 一点五. The whole run of
 * numeral characters must parse (十四五 does not), else it is no number. */
static bool parse_cn(const char *s, size_t len, size_t i, size_t *end, double *v, bool *place,
                     bool *ten_only) {
  double total = 0, section = 0, num = 0;
  bool have_num = false, prev_digit = false, any_place = false, bad = false;
  int ndig = 0, nch = 0;
  double digits = 0; /* the run read as a digit string (二〇二三) */
  size_t j = i;
  for (;;) {
    int d = cn_digit(s, len, j);
    double p = d < 0 ? cn_place(s, len, j) : 0;
    if (d < 0 && p == 0) break;
    nch++;
    if (d >= 0) {
      if (prev_digit && num != 0) bad = true; /* 四五: two digits in a row */
      num = d;
      have_num = true;
      prev_digit = true;
      digits = digits * 10 + d;
      ndig++;
    } else {
      any_place = true;
      if (p >= 1e4) {
        if (p == 1e8) {
          total = (total + section + num) * p;
          section = 0;
        } else {
          section = (section + num) * p;
        }
        if (!have_num && section == 0 && total == 0) bad = true; /* leading 万 */
      } else {
        section += (have_num ? num : 1) * p;
        if (!have_num && p > 10) bad = true; /* leading 百/千 */
      }
      num = 0;
      have_num = false;
      prev_digit = false;
    }
    j += 3;
  }
  if (nch == 0) return false;
  double x;
  if (!any_place && ndig >= 2) {
    x = digits;
    bad = false;
  } else {
    x = total + section + num;
  }
  /* 一点五 */
  if (JFA_AT(s, len, j, "点") && cn_digit(s, len, j + 3) >= 0) {
    double scale = 0.1;
    for (j += 3; cn_digit(s, len, j) >= 0; j += 3, scale /= 10) x += cn_digit(s, len, j) * scale;
  }
  *end = j;
  *v = x;
  *place = any_place;
  *ten_only = nch == 1 && any_place && x == 10;
  return !bad;
}

/* 成 after a numeral: 八成 is 80%, but not in 一成不变. */
static bool cheng_at(const char *s, size_t len, size_t j, double v) {
  if (!JFA_AT(s, len, j, "成") || v > 10) return false;
  static const char *not_after[] = {"不", "员", "果", "本", "熟", "就", "效", "绩", "立", "为"};
  for (size_t k = 0; k < sizeof not_after / sizeof *not_after; k++)
    if (jfa_at(s, len, j + 3, not_after[k], 3)) return false;
  return true;
}

/* Read the number that starts at s[i], without judging its context. */
static bool scan_number(const char *s, size_t len, size_t i, numtok *t) {
  memset(t, 0, sizeof *t);
  t->start = i;
  size_t j;
  double x;
  bool place, ten;
  if (i >= len) return false;
  if (JFA_AT(s, len, i, "百分百") || JFA_AT(s, len, i, "百分之百")) {
    bool zhi = JFA_AT(s, len, i, "百分之百");
    t->v = 100, t->pct = true, t->chinese = true, t->end = i + (zhi ? 12 : 9);
    return true;
  }
  if (JFA_AT(s, len, i, "百分之") || JFA_AT(s, len, i, "千分之")) {
    bool per_mille = memcmp(s + i, "千", 3) == 0;
    size_t k = i + 9;
    if (!parse_arabic(s, len, k, &j, &x) && !parse_cn(s, len, k, &j, &x, &place, &ten))
      return false;
    t->v = per_mille ? x / 10 : x;
    t->pct = true;
    t->chinese = true;
    t->end = j;
    return true;
  }
  if (JFA_AT(s, len, i, "半数") || JFA_AT(s, len, i, "一半")) {
    t->v = 50, t->pct = true, t->chinese = true, t->end = i + 6;
    return true;
  }
  if (JFA_AT(s, len, i, "半")) {
    if (!jfa_unit_at(s, len, i + 3)) return false;
    t->v = 0.5, t->chinese = true, t->end = i + 3;
    return true;
  }
  if (is_digit(s[i])) {
    if (!parse_arabic(s, len, i, &j, &x)) return false;
    t->arabic = true;
    if (JFA_AT(s, len, j, "万")) x *= 1e4, j += 3;
    else if (JFA_AT(s, len, j, "亿")) x *= 1e8, j += 3;
  } else {
    if (!parse_cn(s, len, i, &j, &x, &place, &ten)) return false;
    t->chinese = true;
    t->place = place;
    t->ten_only = ten;
  }
  if (j < len && s[j] == '%') {
    t->pct = true, j++;
  } else if (JFA_AT(s, len, j, "‰")) {
    t->pct = true, x /= 10, j += 3;
  } else if (cheng_at(s, len, j, x)) {
    t->pct = true, x *= 10, j += 3;
  }
  t->v = x;
  t->end = j;
  return true;
}

/* Could a number start at code point cp? Worked out once per code point
 * into num_bits below; number_start_cp asks the table. */
static bool number_start_slow(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return true;
  if (cp < 0x3000) return false;
  double v = cn_cp(cp);
  /* 百/千 start only 百分之/千分之; 万/亿 start nothing */
  return (v >= 0 && v <= 10) || cp == 0x767E || cp == 0x5343 || cp == 0x534A; /* 半 */
}

/* Non-ASCII BMP code points at which a number may start (number_start_slow),
 * and those at which tokenize has something to do: a keyword or a number
 * may start there, or it is 。. Most Chinese characters are none of these
 * and are skipped with one bit test. */
static uint64_t num_bits[65536 / 64], tok_bits[65536 / 64];
static pthread_once_t tok_once = PTHREAD_ONCE_INIT;

static void build_tok_bits(void) {
  jfa_words_init();
  /* The code points of cn_cp's switch, and 半: beyond ASCII digits,
   * number_start_slow can be true only for these (keep the two in step). */
  static const uint32_t numerals[] = {0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09,
                                      0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
                                      0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x534A};
  for (size_t k = 0; k < sizeof numerals / sizeof *numerals; k++)
    if (number_start_slow(numerals[k])) num_bits[numerals[k] / 64] |= 1ull << (numerals[k] % 64);
  jfa_word_starts(tok_bits);
  for (size_t w = 0; w < 65536 / 64; w++) tok_bits[w] |= num_bits[w];
  tok_bits[0x3002 / 64] |= 1ull << (0x3002 % 64);
  tok_bits[0] = tok_bits[1] = 0; /* ASCII is handled apart */
}

static bool number_start_cp(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return cp < 65536 && (num_bits[cp / 64] >> (cp % 64) & 1);
}

/* Set once tok_bits and the word indexes are built: after the first clause
 * an acquire load, not a pthread_once call per clause. */
static atomic_bool tables_ready;

static void tables_init(void) {
  if (atomic_load_explicit(&tables_ready, memory_order_acquire)) return;
  pthread_once(&tok_once, build_tok_bits); /* builds the word indexes too */
  atomic_store_explicit(&tables_ready, true, memory_order_release);
}

static bool number_start(const char *s, size_t len, size_t i) {
  return number_start_cp(cp_at(s, len, i));
}

bool jf_parse_number(const char *text, size_t len, size_t *pos, double *value) {
  numtok t;
  tables_init(); /* the unit index, for 半小时 */
  if (!text || !pos || *pos >= len || !number_start(text, len, *pos)) return false;
  if (!scan_number(text, len, *pos, &t)) return false;
  *pos = t.end;
  if (value) *value = t.v;
  return true;
}

/* ---- growable result arrays -------------------------------------------------- */

/* One of the analysis's arrays while it is built: in a buffer of the
 * analyser's state (most clauses fit), on the heap past that. jf_analyze
 * copies them all into the analysis's own block at the end. */
typedef struct vec {
  void **p;    /* the array (the analysis's field) */
  size_t *n;
  size_t cap;
  size_t size;
  void *local; /* the state's buffer, cap elements at first */
} vec;

/* Room for one more element; arrays grow geometrically off the buffer. */
static void *vec_push(vec *v) {
  if (*v->n == v->cap) {
    size_t nc = v->cap * 2;
    void *q;
    if (*v->p == v->local) {
      q = malloc(nc * v->size);
      if (q) memcpy(q, v->local, *v->n * v->size);
    } else {
      q = realloc(*v->p, nc * v->size);
    }
    if (!q) return NULL;
    *v->p = q;
    v->cap = nc;
  }
  void *e = (char *)*v->p + (*v->n)++ * v->size;
  memset(e, 0, v->size);
  return e;
}

static void vec_init(vec *v, void **p, size_t *n, void *local, size_t cap, size_t size) {
  *v = (vec){p, n, cap, size, local};
  *p = local;
  *n = 0;
}

static void vec_release(vec *v) {
  if (*v->p != v->local) free(*v->p);
}

/* ---- events ------------------------------------------------------------------ */

enum { EV_KW, EV_NUM, EV_BRK };

typedef struct ev {
  uint8_t type;
  const jfa_word *w; /* EV_KW */
  uint32_t start, end;
  int num; /* EV_NUM: index into a->numbers */
} ev;

typedef struct state {
  const char *s;
  size_t len;
  jf_analysis *a;
  vec numbers, thresholds, frequencies, penalties, prohibitions;
  ev *evs;
  size_t n_ev, cap_ev;
  ev ev_local[64]; /* most clauses fit; larger ones move to the heap */
  bool has_score;
  bool assessment; /* the document is an assessment plan (ctx->assessment_doc) */
  /* the arrays' first buffers (vec.local), not zeroed: vec_push clears what
   * it hands out */
  jf_number numbers_local[16];
  jf_threshold thresholds_local[8];
  jf_frequency frequencies_local[8];
  jf_penalty penalties_local[8];
  jf_prohibition prohibitions_local[16];
} state;

static bool push_ev(state *st, ev e) {
  if (st->n_ev == st->cap_ev) {
    size_t nc = st->cap_ev * 2;
    ev *q;
    if (st->evs == st->ev_local) {
      q = malloc(nc * sizeof *q);
      if (q) memcpy(q, st->evs, st->n_ev * sizeof *q);
    } else {
      q = realloc(st->evs, nc * sizeof *q);
    }
    if (!q) return false;
    st->evs = q;
    st->cap_ev = nc;
  }
  st->evs[st->n_ev++] = e;
  return true;
}

static size_t char_len(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The character before byte i is the 3-byte literal c. */
static bool prev_is(const char *s, size_t i, const char *c) {
  return i >= 3 && memcmp(s + i - 3, c, 3) == 0;
}

static bool prev_in(const char *s, size_t i, const char *set) {
  for (const char *q = set; *q; q += 3)
    if (prev_is(s, i, q)) return true;
  return false;
}

static bool next_in(const char *s, size_t len, size_t i, const char *set) {
  for (const char *q = set; *q; q += 3)
    if (jfa_at(s, len, i, q, 3)) return true;
  return false;
}

/* Copy a unit name into a fixed field; 个小时/个月/个工作日 lose their 个. */
static void set_unit(char dst[16], const jfa_word *u) {
  const char *w = u ? u->w : "";
  size_t n = u ? u->len : 0;
  if (n > 3 && memcmp(w, "个", 3) == 0 && strcmp(w, "个百分点") != 0) w += 3, n -= 3;
  if (n > 15) n = 15;
  memcpy(dst, w, n);
  dst[n] = 0;
}

/* Does a keyword ending at g govern a number starting at i? Directly, or with
 * 了, 为, ":" or a space between (达到了80%, 不低于:80%). */
static bool adjoins(const char *s, size_t g, size_t i) {
  if (g == i) return true;
  if (g + 1 == i) return s[g] == ':' || s[g] == ' ';
  if (g + 3 == i) return prev_is(s, i, "了") || prev_is(s, i, "为");
  return false;
}

/* The last event, when it is a keyword adjoining a number at i. */
static const ev *adjacent_kw(const state *st, size_t i) {
  if (!st->n_ev) return NULL;
  const ev *e = &st->evs[st->n_ev - 1];
  return e->type == EV_KW && adjoins(st->s, e->end, i) ? e : NULL;
}

/* Decide whether the number read at t is a quantity; on yes record it and an
 * EV_NUM event. Returns where scanning resumes, 0 when out of memory. */
static size_t take_number(state *st, numtok *t, size_t first) {
  const char *s = st->s;
  size_t len = st->len, end = t->end;
  const ev *adj = adjacent_kw(st, t->start);
  bool by_kw = adj && (adj->w->kind == KW_CMP || adj->w->kind == KW_QUOTA ||
                       adj->w->kind == KW_DEDUCT || adj->w->kind == KW_RATE ||
                       adj->w->kind == KW_SCORE);
  const jfa_word *u = t->pct ? NULL : jfa_unit_at(s, len, end);
  bool ok = true;

  if (prev_is(s, t->start, "第")) ok = false; /* ordinal */
  if (t->arabic && t->start > 0) {
    char p = s[t->start - 1];
    if ((p >= 'a' && p <= 'z') || p == '.' || p == '_') ok = false; /* h5, v2.0 */
  }
  if (!u && !t->pct) {
    if (next_in(s, len, end, "年月日号时点")) { /* a date or a time of day */
      ok = false;
      end += 3;
    } else if (t->arabic && end + 1 < len && strchr("-/:", s[end]) && is_digit(s[end + 1])) {
      ok = false; /* 2024-04-19, 8:30, 1/2 */
      while (end < len && (is_digit(s[end]) || strchr("-/:.", s[end]))) end++;
    } else if (t->arabic && end < len && s[end] >= 'a' && s[end] <= 'z') {
      ok = false; /* 5g, 3d */
    } else if (JFA_AT(s, len, end, "、")) {
      ok = false; /* 一、 / 1、 list markers */
    } else if (t->start > 0 && s[t->start - 1] == '(' && end < len && s[end] == ')') {
      ok = false; /* (一) / (1) */
    } else if (t->start == first) {
      ok = false; /* 3.2 / 1. at the head of a clause: a list marker */
      while (end + 1 < len && s[end] == '.' && is_digit(s[end + 1]))
        for (end++; end < len && is_digit(s[end]); end++) {}
      if (end < len && s[end] == '.') end++;
    }
  }
  if (ok && t->chinese && !t->pct) {
    if (prev_is(s, t->start, "之")) ok = false;                   /* 之一 */
    else if (t->ten_only && u && strcmp(u->w, "分") == 0 && !by_kw &&
             !prev_in(s, t->start, "得计加减满记共扣为"))
      ok = false, end += 3;                                     /* 十分重要 */
    else if (!u && !by_kw && !(t->place && end - t->start >= 6)) ok = false; /* 一律, 统一 */
    else if (!u && next_in(s, len, end, "大届")) ok = false;     /* 十九大 */
  }
  if (!ok) return end > t->start ? end : t->start + 1;

  jf_number *n = vec_push(&st->numbers);
  if (!n) return 0;
  size_t uend = u ? end + u->len : end;
  n->span.start = (uint32_t)t->start;
  n->span.end = (uint32_t)uend;
  n->value = t->v;
  if (t->pct) strcpy(n->unit, "%");
  else set_unit(n->unit, u);
  ev e = {EV_NUM, NULL, (uint32_t)t->start, (uint32_t)uend, (int)(st->a->n_numbers - 1)};
  if (!push_ev(st, e)) return 0;
  return uend;
}

static bool tok_bit(uint32_t cp) { return tok_bits[cp / 64] >> (cp % 64) & 1; }

/* 8 bytes at p, little-endian. */
static inline uint64_t le64(const unsigned char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

/* tok_bit of the well-formed 3-byte sequence at p. */
static inline bool tok3(const unsigned char *p) {
  return tok_bits[((size_t)p[0] << 6) + p[1] - ((0xE0u << 6) + 0x80)] >> (p[2] & 63) & 1;
}

/* Past the 3-byte characters from s[i] at which nothing starts (most Chinese
 * text): a tight loop, without the general decoder's branches. */
static size_t skip_quiet(const char *s, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)s;
  /* Two well-formed characters a step: their shape from one 8-byte load, the
   * bitmap's word from the bytes with their fixed bits folded into the
   * load's displacement (in range, the shape being right). */
  for (; i + 8 <= len; i += 6) {
    uint64_t w = le64(u + i);
    if ((w & 0xC0C0F0C0C0F0ull) != 0x8080E08080E0ull) break;
    if (tok3(u + i)) return i;
    if (tok3(u + i + 3)) return i + 3;
  }
  while (i + 3 <= len && (u[i] & 0xF0) == 0xE0 &&
         !tok_bit((u[i] & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu)))
    i += 3;
  return i;
}

/* One pass over the text: keywords, numbers, sentence breaks. Each character
 * is decoded once; only characters that can start a keyword or a number go
 * further. */
static bool tokenize(state *st) {
  const char *s = st->s;
  size_t len = st->len, i = 0, first = 0;
  while (first < len && (s[first] == ' ' || s[first] == '\t')) first++;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    size_t n = 1;
    uint32_t cp = c;
    if (c >= 0x80) {
      cp = jfa_decode((const unsigned char *)s + i, len - i, &n);
      if (cp < 65536 && !tok_bit(cp)) { /* nothing starts here */
        i = skip_quiet(s, len, i + n);
        continue;
      }
    }
    if (c == ';' || c == '!' || c == '?' || cp == 0x3002) { /* 。 */
      if (!push_ev(st, (ev){EV_BRK, NULL, (uint32_t)i, (uint32_t)(i + n), -1})) return false;
      i += n;
      continue;
    }
    if (c >= 'a' && c <= 'z') { /* an ASCII word: app, h5, v2.0 hold no quantities */
      while (i < len && ((s[i] >= 'a' && s[i] <= 'z') || is_digit(s[i]) || s[i] == '_')) i++;
      continue;
    }
    const jfa_word *w = jfa_word_at_cp(s, len, i, cp, n);
    if (w) {
      if (!push_ev(st, (ev){EV_KW, w, (uint32_t)i, (uint32_t)(i + w->len), -1})) return false;
      i += w->len;
      continue;
    }
    numtok t;
    if (number_start_cp(cp) && scan_number(s, len, i, &t)) {
      size_t next = take_number(st, &t, first);
      if (!next) return false;
      i = next;
      continue;
    }
    i += n;
  }
  return true;
}

/* ---- interpretation ------------------------------------------------------------ */

static bool is_break(const char *s, size_t len, size_t i) {
  return s[i] == ';' || s[i] == '!' || s[i] == '?' || JFA_AT(s, len, i, "。");
}

/* Bytes that may be or end a sentence break: ; ! ? and the first and last
 * bytes of 。 (E3 80 82). One table load rejects every other byte. */
static const bool brk_byte[256] = {
    [';'] = true, ['!'] = true, ['?'] = true, [0xE3] = true, [0x82] = true};

#ifdef __SSE2__
/* Bit k set when byte k of the 16 at p is one of a, b, c, d. */
static inline unsigned bytes4_mask(const unsigned char *p, __m128i a, __m128i b, __m128i c,
                                   __m128i d) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, a), _mm_cmpeq_epi8(v, b)),
                           _mm_or_si128(_mm_cmpeq_epi8(v, c), _mm_cmpeq_epi8(v, d)));
  return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* Where the sentence holding byte i starts: just past the last break that
 * ends at or before i (; ! ? or 。), or 0. Sixteen bytes a step (SSE2) look
 * for the bytes a break can end with; each one found is checked. */
static size_t sentence_start(const state *st, size_t i) {
  const unsigned char *s = (const unsigned char *)st->s;
#ifdef __SSE2__
  const __m128i semi = _mm_set1_epi8(';'), excl = _mm_set1_epi8('!'), ques = _mm_set1_epi8('?'),
                last = _mm_set1_epi8((char)0x82); /* 。 is E3 80 82 */
  for (; i >= 16; i -= 16) {
    for (unsigned m = bytes4_mask(s + i - 16, semi, excl, ques, last); m;) {
      unsigned h = 31 - (unsigned)__builtin_clz(m);
      size_t at = i - 16 + h + 1; /* just past the byte found */
      if (s[at - 1] != 0x82 || (at >= 3 && prev_is(st->s, at, "。"))) return at;
      m &= ~(1u << h);
    }
  }
#endif
  while (i > 0) {
    unsigned char c = s[i - 1];
    if (brk_byte[c]) {
      if (c == ';' || c == '!' || c == '?') break;
      if (i >= 3 && prev_is(st->s, i, "。")) break;
    }
    i--;
  }
  return i;
}

/* Where the sentence holding byte i ends: at the first break at or after i,
 * or at the end of the text; sixteen bytes a step as above. */
static size_t sentence_end(const state *st, size_t i) {
  const unsigned char *s = (const unsigned char *)st->s;
#ifdef __SSE2__
  const __m128i semi = _mm_set1_epi8(';'), excl = _mm_set1_epi8('!'), ques = _mm_set1_epi8('?'),
                first = _mm_set1_epi8((char)0xE3);
  for (; i + 16 <= st->len; i += 16)
    for (unsigned m = bytes4_mask(s + i, semi, excl, ques, first); m; m &= m - 1) {
      size_t at = i + (size_t)__builtin_ctz(m);
      if (is_break(st->s, st->len, at)) return at;
    }
#endif
  while (i < st->len && !(brk_byte[s[i]] && is_break(st->s, st->len, i)))
    i++;
  return i;
}

void jf_sentence_bounds(const char *s, size_t len, size_t i, size_t *start, size_t *end) {
  state st = {.s = s, .len = len};
  *start = sentence_start(&st, i);
  *end = sentence_end(&st, i);
}

/* Does [a, b) hold at least two characters of words (not only punctuation)? */
static bool has_content(const char *s, size_t a, size_t b) {
  int n = 0;
  while (a < b && n < 2) {
    unsigned char c = (unsigned char)s[a];
    size_t l = char_len(c);
    if (a + l > b) break; /* a truncated character */
    if (c >= 0x80 ? l != 3 || !(memcmp(s + a, "、", 3) == 0 || memcmp(s + a, "“", 3) == 0 ||
                      memcmp(s + a, "”", 3) == 0 || memcmp(s + a, "了", 3) == 0)
                  : ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')))
      n++;
    a += l;
  }
  return n >= 2;
}

/* Is [a, b) at most four characters of words (通报, 进行排名) and nothing else? */
static bool short_tail(const char *s, size_t a, size_t b) {
  int n = 0;
  while (a < b) {
    unsigned char c = (unsigned char)s[a];
    size_t l = char_len(c);
    if (a + l > b) break;
    if (c == ',' || c == ':') return false; /* a new segment follows */
    /* 不下达指标、不作排名: the next item of a list of renouncing words is one
     * of its own; the tail is what comes before it */
    if (l == 3 && a + 6 <= b && memcmp(s + a, "、不", 6) == 0) break;
    if (c >= 0x80 && l == 3 && memcmp(s + a, "、", 3) != 0) n++;
    else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) n++;
    a += l;
  }
  return n <= 4;
}

static bool find_in(const char *s, size_t a, size_t b, const char *w) {
  size_t wl = strlen(w);
  if (a >= b || b - a < wl) return false;
  if (wl < 2) return memmem(s + a, b - a, w, wl) != NULL;
  /* The texts are short: memchr for the word's last byte (a continuation
   * byte in Chinese text, rarer than its lead), then a look back, costs
   * less than memmem's set-up. */
  const char *p = s + a + wl - 1, *end = s + b;
  unsigned char last = (unsigned char)w[wl - 1];
  while ((p = memchr(p, last, (size_t)(end - p))) != NULL) {
    if (memcmp(p - (wl - 1), w, wl - 1) == 0) return true;
    p++;
  }
  return false;
}

static void set_link(state *st, uint32_t a, uint32_t b) {
  if (st->a->link == JF_LINK_EXPLICIT) return;
  st->a->link = JF_LINK_EXPLICIT;
  st->a->link_span = (jf_span){a, b};
}

static bool add_penalty(state *st, int kind, double points, uint32_t a, uint32_t b) {
  static const char *names[] = {"deduct", "no-score", "disqualify", "notify", "interview",
                                "pay", "veto", "accountability"};
  jf_penalty *p = vec_push(&st->penalties);
  if (!p) return false;
  p->span = (jf_span){a, b};
  strcpy(p->kind, names[kind]);
  p->points = points;
  set_link(st, a, b);
  return true;
}

/* 未完成打卡的,不得… / …否则不得…: the 不得 states the consequence of a
 * condition (a sanction), not a prohibition. */
/* Does [a, j) state a shortfall (低于, 未完成, 无照片 …), the condition of a
 * sanction when a 的 follows? */
static bool has_condition(const char *s, size_t a, size_t j) {
  static const char *cond[] = {"没有", "低于", "不足", "少于", "达不到", "不达标", "不合格", "不全",
                               "靠后", "末位", "倒数", "落后", "未达", "无", "缺", "漏"};
  for (size_t k = 0; k < sizeof cond / sizeof *cond; k++)
    if (memmem(s + a, j - a, cond[k], strlen(cond[k]))) return true;
  for (size_t i = a; i + 3 <= j; i++) /* 未 but not 未经 (未经批准的,不得要求 forbids) */
    if (memcmp(s + i, "未", 3) == 0 && !(i + 6 <= j && memcmp(s + i + 3, "经", 3) == 0))
      return true;
  /* a place at the bottom of a ranking (积分排名后10%的, 位列全公司后百分之十的,
   * 排在后三名的): 后 and a number, after a word of ranking (not 整改后3日内) */
  for (const char *p = s + a; (p = memmem(p, (size_t)(s + j - p), "后", 3)) != NULL; p += 3) {
    size_t i = (size_t)(p - s) + 3;
    if (i < j && (is_digit(s[i]) || cn_cp(cp_at(s, j, i)) >= 0) &&
        (find_in(s, a, (size_t)(p - s), "排") || find_in(s, a, (size_t)(p - s), "列") ||
         find_in(s, a, (size_t)(p - s), "居")))
      return true;
  }
  return false;
}

/* Is the comma segment [a, j) itself a sanction, a condition and what follows
 * from it (无照片的视为未走访, 未上传的按缺勤处理)? A trigger in the next
 * segment with no subject of its own (…视为未走访,不计入走访考核) is one more
 * consequence of that condition, not a prohibition. */
static bool sanction_segment(const char *s, size_t a, size_t j) {
  static const char *then[] = {"视为", "按", "作", "记", "计", "扣", "一律", "认定", "不予"};
  for (size_t i = a; i + 3 <= j; i += char_len((unsigned char)s[i])) {
    if (memcmp(s + i, "的", 3) != 0 || !has_condition(s, a, i)) continue;
    for (size_t k = 0; k < sizeof then / sizeof *then; k++)
      if (jfa_at(s, j, i + 3, then[k], strlen(then[k]))) return true;
  }
  return false;
}

/* 未完成打卡的,不得… / …否则不得…: the 不得 states the consequence of a
 * condition (a sanction), not a prohibition. */
static bool is_sanction(const state *st, size_t trig) {
  const char *s = st->s;
  size_t j = trig;
  while (j > 0 && (s[j - 1] == ',' || s[j - 1] == ' ')) j--;
  if (j >= 6 && memcmp(s + j - 6, "否则", 6) == 0) return true;
  size_t a = sentence_start(st, j);
  if (!prev_is(s, j, "的")) {
    if (j == trig || j <= a) return false;
    size_t ps = j; /* the comma segment before the trigger's */
    while (ps > a && s[ps - 1] != ',') ps--;
    return sanction_segment(s, ps, j);
  }
  return has_condition(s, a, j);
}

/* Is the 不计… at trig the consequence of a condition a few characters
 * before it in its comma segment (未签到的当次出车不计工作量: what is not
 * counted is the trip the condition names)? At most four characters between
 * that 的 and trig; or a short segment opening with a shortfall (缺一项). */
static bool sanction_near(const state *st, size_t trig) {
  const char *s = st->s;
  size_t a = sentence_start(st, trig), ps = trig;
  while (ps > a && s[ps - 1] != ',') ps--;
  /* (a bare 不计 that ends its segment is the predicate of what the
   * condition names, however long: 未签到的该路段巡查不计) */
  size_t after = trig + 6;
  bool last = after <= st->len && memcmp(s + trig, "不计", 6) == 0 &&
              (after == st->len || s[after] == ',' || is_break(s, st->len, after));
  /* (what the condition's work is, named between 的 and the trigger, may take
   * six characters: 未签到的当班工作量不予计算, 当日出勤天数不予认定) */
  size_t back = last ? 30 : 21;
  size_t lo = trig > ps + back ? trig - back : ps;
  for (size_t i = trig; i >= lo + 3; i--)
    if (memcmp(s + i - 3, "的", 3) == 0) return has_condition(s, ps, i - 3);
  /* a short segment opening with what falls short, no 的 (缺一项不计入服务次数,
   * 少一张不计入, 漏报不计入): the same condition, told tersely (not 未经, 无需,
   * 无论) */
  if (trig > ps && trig - ps <= 18) {
    static const char *const short_of[] = {"缺", "少", "漏", "未", "无", "差"};
    for (size_t k = 0; k < sizeof short_of / sizeof *short_of; k++)
      if (memcmp(s + ps, short_of[k], 3) == 0)
        return !(jfa_at(s, trig, ps + 3, "经", 3) || jfa_at(s, trig, ps + 3, "需", 3) ||
                 jfa_at(s, trig, ps + 3, "论", 3) || jfa_at(s, trig, ps + 3, "须", 3));
  }
  return false;
}

/* 照片不全的问题不予销号并扣分: 的问题 after a shortfall in its segment and right
 * before a sanction names the cases (problems found) that fall short, the
 * condition of the sanction, not a practice described as a problem. */
static bool problem_sanctioned(const state *st, const ev *e) {
  static const char *then[] = {"不予", "扣", "一律", "视为", "按", "认定", "不计", "取消"};
  const char *s = st->s;
  size_t a = sentence_start(st, e->start), ps = e->start;
  while (ps > a && s[ps - 1] != ',') ps--;
  if (strcmp(e->w->w, "的问题") != 0 || !has_condition(s, ps, e->start)) return false;
  for (size_t k = 0; k < sizeof then / sizeof *then; k++)
    if (jfa_at(s, st->len, e->end, then[k], strlen(then[k]))) return true;
  return false;
}

/* 活跃率低于70%的乡镇,年度考核扣2分,请…督促整改: a rectification demanded,
 * after their sanction, of those a condition names is part of the sanction,
 * not a practice rectified. The condition's 的 names who failed (…的乡镇, …的,),
 * not the practice (对…低于70%扣分的做法进行整改 rectifies one), and a penalty
 * stands between it and the trigger. */
static bool rectify_sanction(const state *st, size_t trig) {
  static const char *practice[] = {"做法", "问题", "行为", "现象", "情况", "要求", "规定", "方式"};
  const char *s = st->s;
  size_t a = sentence_start(st, trig), cond = 0;
  /* 对…的单位,扣2分,限期整改: whom 对 names may be those who impose (对仍要求…
   * 打卡的单位) as well as those who fail: left a rectification */
  if (JFA_AT(s, st->len, a, "对") || JFA_AT(s, st->len, a, "针对")) return false;
  for (size_t i = a; i + 3 <= trig; i++) {
    if (memcmp(s + i, "的", 3) != 0) continue;
    for (size_t k = 0; k < sizeof practice / sizeof *practice; k++)
      if (jfa_at(s, st->len, i + 3, practice[k], 6)) return false; /* …扣分的问题,已整改 */
    if (!cond && has_condition(s, a, i)) cond = i;
  }
  if (!cond) return false;
  /* …扣1分,现已整改 / …此类问题须立即整改: the practice, told or named */
  static const char *told[] = {"问题", "做法", "行为", "现象", "形式主义"};
  for (size_t k = 0; k < sizeof told / sizeof *told; k++)
    if (find_in(s, cond, trig, told[k])) return false;
  for (size_t i = trig >= cond + 12 ? trig - 12 : cond; i + 3 <= trig; i++)
    if (memcmp(s + i, "已", 3) == 0) return false;
  for (size_t q = 0; q < st->a->n_penalties; q++)
    if (st->a->penalties[q].span.start > cond && st->a->penalties[q].span.start < trig) return true;
  return false;
}

/* The benefit a 取消 takes away as a sanction (月打卡率低于95%的取消当月奖励):
 * after a condition's 的, within eight characters (not 取消打卡奖励制度: no
 * condition, a cancellation). */
static int benefit_withdrawn(const state *st, const ev *e, uint32_t *end) {
  /* (an honour or a grade withdrawn too: 签到不足规定次数的取消星级评定; a
   * promotion or a nomination suspended: 排名末位的暂停职称推荐, 暂缓晋升) */
  static const char *benefit[] = {"奖励", "奖金", "补贴", "津贴", "绩效", "评优", "评先", "先进",
                                  "星级", "评定", "评选", "称号", "荣誉", "等次", "推荐",
                                  "晋升", "晋级", "提拔", "职称", "评聘"};
  if (!is_sanction(st, e->start)) return -1;
  size_t se = sentence_end(st, e->end), lim = e->end + 24 < se ? e->end + 24 : se;
  for (size_t k = 0; k < sizeof benefit / sizeof *benefit; k++) {
    const char *p = memmem(st->s + e->end, lim - e->end, benefit[k], strlen(benefit[k]));
    /* (a promotion, a nomination or an honour is a disqualification; money, pay) */
    if (p) {
      *end = (uint32_t)(p - st->s + strlen(benefit[k]));
      return k < 5 ? PEN_PAY : PEN_DISQUALIFY;
    }
  }
  return -1;
}

/* 不得参加年度评优评先, 不得参与当年星级评定: after 不得 at `at`, 参加 or 参与,
 * words of a period or a scope, then an appraisal or an honour (a benefit
 * word of benefit_withdrawn's): the benefit barred, as 不得参加评优 is. */
static uint32_t appraisal_barred(const state *st, size_t at) {
  static const char *gap[] = {"本年度", "当年度", "下一年度", "下年度", "该年度", "年度", "当年",
                              "次年", "年终", "全年", "当季度", "本季度", "季度", "当季", "当月",
                              "本月", "月度", "当期", "本期", "各类", "各级", "任何", "相关"};
  static const char *benefit[] = {"评优", "评先", "先进", "星级", "评定", "评选", "评比", "称号",
                                  "荣誉", "推荐", "晋升", "晋级", "提拔", "职称", "评聘"};
  const char *s = st->s;
  size_t i = at;
  if (!(JFA_AT(s, st->len, i, "参加") || JFA_AT(s, st->len, i, "参与"))) return 0;
  i += 6;
  for (bool more = true; more;) {
    more = false;
    for (size_t k = 0; k < sizeof gap / sizeof *gap; k++)
      if (jfa_at(s, st->len, i, gap[k], strlen(gap[k]))) {
        i += strlen(gap[k]), more = true;
        break;
      }
  }
  for (size_t k = 0; k < sizeof benefit / sizeof *benefit; k++)
    if (jfa_at(s, st->len, i, benefit[k], strlen(benefit[k])))
      return (uint32_t)(i + strlen(benefit[k]));
  return 0;
}

/* Does a 的 follow `at` in its comma segment (不参加学习的,…: a condition)? */
static bool de_follows(const state *st, size_t at) {
  size_t se = sentence_end(st, at), b = at;
  while (b < se && st->s[b] != ',') b++;
  return find_in(st->s, at, b, "的");
}

/* Is the 共 at e a total: followed by a number (共3200件, 共五十个) or by a
 * verb of the work counted (共受理, 共上报, 共发布, 共有)? Not 共同, 共享, 共建,
 * 共性, 共青团, 共产党: compounds, which name no total. */
static bool total_at(const state *st, const ev *e) {
  if (strcmp(e->w->w, "共") != 0) return true;
  size_t i = e->end;
  if (i < st->len && is_digit(st->s[i])) return true;
  if (cn_cp(cp_at(st->s, st->len, i)) >= 0) return true;
  return next_in(st->s, st->len, i,
                 "受收接办处化上录采发有完开排走组举培登报填下注转点帮调解查出签打访入");
}

/* Where the part of the clause holding i starts: just past the last comma,
 * colon or sentence break before it, or 0. */
static size_t part_start(const state *st, size_t i) {
  const char *s = st->s;
  while (i > 0 && s[i - 1] != ',' && s[i - 1] != ':' && !is_break(s, st->len, i - 1) &&
         !(i >= 3 && is_break(s, st->len, i - 3)))
    i--;
  return i;
}

/* Does 反映 relay what others said (会上,有乡镇反映部分部门仍要求…; 部分干部
 * 反映每天要登录5个系统)? Only with a reporter that is someone among many
 * (有…, 部分, 多名, 个别 …) before it in its comma segment, and not as a
 * noun phrase (群众反映的问题, 反映强烈) or a channel offered (可通过app反映诉求,
 * 须及时反映), which report nothing. */
static bool relayed(const state *st, const ev *e) {
  static const char *who[] = {"有", "部分", "多名", "多位", "不少", "一些", "个别", "许多",
                              "普遍", "纷纷", "多数", "大多"};
  const char *s = st->s;
  if (next_in(s, st->len, e->end, "的强")) return false;
  /* 村干部反映,每天要…; 群众反映最多的是…: what was said, whoever said it */
  bool said = e->end < st->len && (s[e->end] == ',' || s[e->end] == ':');
  said = said || JFA_AT(s, st->len, e->end, "最多") || JFA_AT(s, st->len, e->end, "较多") ||
         JFA_AT(s, st->len, e->end, "比较多") || JFA_AT(s, st->len, e->end, "集中");
  size_t a = part_start(st, e->start);
  /* 有问题及时反映, 可通过app反映: a duty or a channel, not a report */
  static const char *duty[] = {"及时", "随时", "主动", "如实", "可", "通过", "须", "应", "要"};
  for (size_t k = 0; k < sizeof duty / sizeof *duty; k++)
    if (find_in(s, a, e->start, duty[k])) return false;
  if (said) return true;
  for (size_t k = 0; k < sizeof who / sizeof *who; k++)
    if (find_in(s, a, e->start, who[k])) return true;
  return false;
}

/* Does the indefinite word at e (有的, 有些, 个别, 少数, 某些, 一些) name
 * some who do the practice (有的部门一个月要求乡镇填报20多张表格; 个别单位
 * 把下载量作为考核指标)? It opens its comma segment (after a time or a place
 * at most: 去年,有的…) and an act of imposing follows within eight
 * characters in that segment; not 有的放矢, 少数民族, nor a condition or a
 * sanction on them (对个别…的, 个别…的,扣1分: the word is then not first). */
static bool indefinite_actor(const state *st, const ev *e) {
  /* (not 将 nor 以, which also say "will" and "by": 个别…的乡镇将被约谈) */
  static const char *act[] = {"要求", "把", "让", "搞", "规定", "强制", "强迫", "下达", "摊派",
                              "层层", "动辄", "设置"};
  const char *s = st->s;
  if (next_in(s, st->len, e->end, "放") || JFA_AT(s, st->len, e->end, "民族")) return false;
  size_t a = e->start;
  if (part_start(st, a) != a && sentence_start(st, a) != a) return false;
  size_t b = e->end, n = 0;
  while (b < st->len && s[b] != ',' && !is_break(s, st->len, b) && n < 8) {
    b += char_len((unsigned char)s[b]);
    n++;
  }
  for (size_t k = 0; k < sizeof act / sizeof *act; k++)
    if (find_in(s, e->end, b, act[k])) return true;
  return false;
}

/* Does the sentence hold, before i, a subject left unnamed on purpose, as a
 * case is told (某县, 某镇, 某单位; not the placeholder 某某 of a name)? */
static bool unnamed_subject(const state *st, size_t i) {
  static const char *places = "县镇市区乡村街局校院单部地企公省州旗所站科室";
  /* 有个乡镇, 有一个县, 有的单位, 个别地方: the place left unnamed as 某 does */
  static const char *some[] = {"有个", "有一个", "有的", "个别", "有些"};
  const char *s = st->s;
  size_t a = sentence_start(st, i);
  for (size_t p = a; p + 6 <= i; p++)
    if (memcmp(s + p, "某", 3) == 0 && !prev_is(s, p, "某") && next_in(s, st->len, p + 3, places))
      return true;
  for (size_t k = 0; k < sizeof some / sizeof *some; k++) {
    size_t n = strlen(some[k]);
    for (size_t p = a; p + n + 3 <= i; p++)
      if (memcmp(s + p, some[k], n) == 0 && next_in(s, st->len, p + n, places)) return true;
  }
  return false;
}

/* Does the sentence before i open with a past year or a time gone by (去年,
 * 前年, 往年, 前段时间, 前几年: 去年有个乡镇…被市纪委通报)? A sanction after it
 * was suffered, not planned. */
static bool past_year(const state *st, size_t i) {
  static const char *past[] = {"去年", "前年", "往年", "前段时间", "前一段时间", "前些时候",
                               "前些日子", "前几年", "前些年", "早些时候", "早些年"};
  size_t a = sentence_start(st, i);
  for (size_t k = 0; k < sizeof past / sizeof *past; k++)
    if (find_in(st->s, a, i, past[k])) return true;
  return false;
}

/* Is the 被 (受到, 遭到, 对此) at e a sanction someone suffered, told as a
 * case (某镇将点击量排名与评优挂钩,被上级纪委通报问责; 已被查处; 受到通报;
 * 省纪委对此点名通报)? A sanction word must follow in its comma segment, and
 * the word must be past (已被, 曾被) or the sentence's subject an unnamed
 * place; a condition (…的被通报, 排名末位的将被约谈) or a future (将被, 会被)
 * is a plan's sanction. */
static bool narrated_sanction(const state *st, const ev *e) {
  static const char *sanction[] = {"通报", "问责", "查处", "曝光", "追责", "处分", "约谈", "处理",
                                   "点名", "叫停", "纠正", "责令", "整改", "批评", "点了名",
                                   "追究", "谈话", "诫勉", "警告", "查办"};
  const char *s = st->s;
  size_t b = e->end;
  while (b < st->len && s[b] != ',' && !is_break(s, st->len, b)) b++;
  bool any = false;
  for (size_t k = 0; k < sizeof sanction / sizeof *sanction && !any; k++)
    any = find_in(s, e->end, b, sanction[k]);
  if (!any) return false;
  if (prev_in(s, e->start, "已曾")) return true;
  if (prev_in(s, e->start, "的者将会要应需拟")) return false;
  return unnamed_subject(st, e->start) || past_year(st, e->start);
}

/* Does the comma segment from i impose a task (未向医务人员下达APP下载、打卡
 *等任务的,得10分: the absence of the task is what scores)? Then 未向 renounces
 * like 不下达; 未向平台上报的,扣1分 is a failure to do the work. */
static bool imposes_after(const state *st, size_t i) {
  static const char *impose[] = {"下达", "摊派", "布置", "分派", "派发", "强制", "硬性", "强行",
                                 "下派", "设置", "设定", "设立", "要求", "规定"};
  const char *s = st->s;
  size_t b = i;
  while (b < st->len && s[b] != ',' && !is_break(s, st->len, b)) b++;
  for (size_t k = 0; k < sizeof impose / sizeof *impose; k++)
    if (find_in(s, i, b, impose[k])) return true;
  return false;
}

/* Is the word a negation toward whom (未向, 没有向, 不给 …), a renouncement
 * only when an imposition follows (imposes_after)? */
static bool toward_whom(const char *w) {
  size_t n = strlen(w);
  return n >= 6 && (strcmp(w + n - 3, "向") == 0 || strcmp(w + n - 3, "给") == 0);
}

/* Are cases counted in 起 before i in its sentence (通报了3起典型问题, 曝光
 * 五起典型案例: incidents told, not work demanded; not 报送典型案例不少于2篇)? */
static bool cases_counted(const state *st, size_t i) {
  const char *s = st->s;
  size_t a = sentence_start(st, i);
  for (size_t p = a + 1; p + 3 <= i; p++)
    if (memcmp(s + p, "起", 3) == 0 &&
        (is_digit(s[p - 1]) || (p >= a + 3 && cn_cp(cp_at(s, st->len, p - 3)) >= 0)))
      return true;
  return false;
}

/* A duty word at byte i (须, 需, 应, 要, 必须, 均): what stands before it is
 * the subject of a duty. */
static bool duty_at(const char *s, size_t len, size_t i) {
  return JFA_AT(s, len, i, "须") || JFA_AT(s, len, i, "需") || JFA_AT(s, len, i, "应") ||
         JFA_AT(s, len, i, "要") || JFA_AT(s, len, i, "必须") || JFA_AT(s, len, i, "均");
}

/* Does a problem word (问题是, 的问题主要是, 问题表现为 …) state a problem found?
 * Those that can only describe (表现为, 集中在, 在于, 之一是) always do; a bare
 * 是 or 为 only after a word that makes the problem one found or raised in
 * its segment (存在的问题是, 主要问题是, 突出问题为, 群众反映的问题主要是),
 * not 需要把握的问题是 or 考核的问题为, which a plan may say in its own voice. */
static bool problem_told(const state *st, const ev *e) {
  const char *w = e->w->w, *s = st->s;
  if (strstr(w, "表现") || strstr(w, "集中") || strstr(w, "在于") || strstr(w, "之一"))
    return true;
  static const char *found[] = {"存在", "突出", "主要", "反映", "发现", "暴露", "查摆", "查找",
                                "检视", "剖析", "普遍", "共性", "反馈", "查出", "梳理"};
  size_t a = part_start(st, e->start);
  for (size_t k = 0; k < sizeof found / sizeof *found; k++)
    if (find_in(s, a, e->start, found[k])) return true;
  return false;
}

/* Does a report word introduce a reported fact? Bare 发现 and 指出 only after an
 * inquiry in its sentence (调研中发现, 督查室检查发现, 巡察发现, 督查组反馈指出),
 * not 一经发现/如发现 (a condition) nor 会议指出 (a meeting's own voice).
 * A case: a label only before a colon (警示案例:…; not 报送典型案例不少于2篇),
 * 曾 only as the past of a verb (not 不曾, 未曾), a practice named again only
 * with what became of it (该做法已被…, 此做法曾…). */
static bool reported(const state *st, const ev *e) {
  const char *w = e->w->w, *s = st->s;
  if (strcmp(w, "被") == 0 || strcmp(w, "受到") == 0 || strcmp(w, "遭到") == 0 ||
      strcmp(w, "对此") == 0)
    return narrated_sanction(st, e);
  if (strcmp(w, "曾") == 0)
    return !prev_in(s, e->start, "不未何") && !next_in(s, st->len, e->end, "用孙祖");
  if (strstr(w, "做法")) return next_in(s, st->len, e->end, "已被曾遭");
  if (strstr(w, "案例") || strstr(w, "典型")) {
    size_t i = e->end;
    while (i < st->len && (is_digit(s[i]) || cn_cp(cp_at(s, st->len, i)) >= 0))
      i += char_len((unsigned char)s[i]);
    return (i < st->len && s[i] == ':') || cases_counted(st, e->start);
  }
  if (strcmp(w, "反映") == 0) return relayed(st, e);
  if (strstr(w, "问题")) return problem_told(st, e);
  if (strcmp(w, "有的") == 0 || strcmp(w, "有些") == 0 || strcmp(w, "个别") == 0 ||
      strcmp(w, "少数") == 0 || strcmp(w, "某些") == 0 || strcmp(w, "一些") == 0)
    return indefinite_actor(st, e);
  if (strcmp(e->w->w, "发现") != 0 && strcmp(e->w->w, "指出") != 0) return true;
  /* 巡查发现的问题须同时在…填报: what is found, the subject of a duty (的, a
   * noun of at most four characters, then 须, 需, 应, 要, also after a comma:
   * 执法巡查发现的问题,须同时在…登记), is no finding told */
  if (JFA_AT(s, st->len, e->end, "的")) {
    for (size_t i = e->end + 3 + 3; i <= e->end + 3 + 12 && i < st->len; i += 3) {
      if ((unsigned char)s[i - 3] < 0x80) break;
      if (duty_at(s, st->len, i)) return false;
      if (s[i] == ',' && i + 1 < st->len && duty_at(s, st->len, i + 1)) return false;
      /* (or after the time of its entry: 巡查发现的坝体隐患,在“水库e管”登记
       * 后,还须另填… — a segment 在…后/时, then 须 or 需 in the sentence; not
       * 调研发现的问题,在部分村表现为…须…, a finding) */
      /* (the same with no comma: 巡查发现的病害在“桥隧e管”登记后,还须…) */
      size_t at = s[i] == ',' ? i + 1 : i;
      if (JFA_AT(s, st->len, at, "在")) {
        size_t c = at + 3, se = sentence_end(st, i);
        while (c < se && s[c] != ',') c++;
        if (c < se && c >= at + 6 && (prev_is(s, c, "后") || prev_is(s, c, "时")))
          for (size_t j = c + 1; j + 3 <= se; j++)
            if (JFA_AT(s, st->len, j, "须") || JFA_AT(s, st->len, j, "需")) return false;
        break;
      }
    }
  } else {
    /* (or with no 的: 巡查发现异常情况须截图上传, 巡山发现火情须拍照上传 — a
     * thing found, one of these, in at most four characters right after 发现,
     * then the duty; not people told, 调研发现基层干部需每天…打卡, a finding) */
    static const char *found[] = {"情况", "问题", "隐患", "异常", "火情", "险情", "灾情", "线索",
                                  "故障", "违章", "违法"};
    size_t lim = e->end + 12 < st->len ? e->end + 12 : st->len;
    bool thing = false;
    for (size_t k = 0; k < sizeof found / sizeof *found && !thing; k++)
      thing = memmem(s + e->end, lim - e->end, found[k], 6) != NULL;
    for (size_t i = e->end + 6; thing && i <= e->end + 12 + 3 && i < st->len; i += 3) {
      if ((unsigned char)s[i - 3] < 0x80) break;
      if (JFA_AT(s, st->len, i, "须") || JFA_AT(s, st->len, i, "需") || JFA_AT(s, st->len, i, "应") ||
          JFA_AT(s, st->len, i, "必须"))
        return false; /* (not 要求: 发现问题线索要求各村…, an imposition told) */
    }
  }
  /* (巡察, 督导 and an inquiry's 反馈 too: 巡察发现,县商务局要求…; 督查组反馈
   * 指出,有的要求…) */
  static const char *inquiry[] = {"调研", "调查", "督查", "检查", "暗访", "走访", "巡查", "审计",
                                  "摸排", "摸底", "排查", "抽查", "巡视", "核查", "评估", "巡察",
                                  "督导", "反馈", "自查"};
  size_t a = sentence_start(st, e->start);
  for (size_t k = 0; k < sizeof inquiry / sizeof *inquiry; k++)
    if (memmem(st->s + a, e->start - a, inquiry[k], strlen(inquiry[k]))) return true;
  return false;
}

/* Does the sentence at i report a place in a ranking (排名第4, 位居第二, 名列
 *第3)? Then it reports a result: a growth stated with it (注册用户较上年增长
 * 12%,全区排名第4) is what was reached, not a target. */
static bool reports_place(const state *st, size_t i) {
  size_t a = sentence_start(st, i), b = sentence_end(st, i);
  for (size_t p = a + 3; p + 3 <= b; p++)
    if (memcmp(st->s + p, "第", 3) == 0 && prev_in(st->s, p, "名居列")) return true;
  return false;
}

/* Is a threshold a bound set (不低于90%, 20%以上, 控制在3个以内) rather than a
 * value reached, which reports state as often as plans do (参与率达到96%,
 * 阅读量达3.5万次, 突破5万人, 日均登录人数为1260人, and a value raised to:
 * 读者满意率提升至94%, which a plan states with a word of its own when it
 * demands it, 须提升至, 力争提高到)? */
static bool is_bound(const state *st, jf_span t) {
  static const char *reached[] = {"达到", "达", "突破", "超过", "高于", "大于", "多于", "超出",
                                  "最高", "最多", "最低", "最少", "低于", "少于", "小于", "不足",
                                  "不满", "不到", "未满", "未达到", "未达", "达不到", ">", "<",
                                  "提高到", "提高至", "提升到", "提升至", "提到", "提至"};
  const jfa_word *w = jfa_word_at(st->s, st->len, t.start);
  if (w && w->kind == KW_GROW) /* a growth target (assessment plans only) */
    return !reports_place(st, t.start);
  if (w && w->kind == KW_CMP) {
    for (size_t k = 0; k < sizeof reached / sizeof *reached; k++)
      if (strcmp(w->w, reached[k]) == 0) return false;
    return true;
  }
  return t.end >= t.start + 3 && (prev_is(st->s, t.end, "上") || prev_is(st->s, t.end, "下") ||
                                  prev_is(st->s, t.end, "内"));
}

/* Does [a, b) demand something: a modal word, a threshold the analyser found
 * (较上年增长20%以上), a firm link (考核, 排名 — not 排名第3, which reports a
 * place), a periodic notification (按季度通报, not 听取…情况通报, which
 * minutes report), a score or a penalty? A measured value in such a sentence
 * is a target, not a fact (截至年底注册率须达到80%). Run after interpret, so
 * that thresholds stated after the fact word count too. */
static bool demands(const state *st, size_t a, size_t b) {
  static const char *modal[] = {"须", "务必", "需要", "需达", "应当", "应该", "应达", "要求",
                                "要达", "确保", "力争", "争取", "不低于", "不少于", "不得",
                                "纳入", "列入", "挂钩", "扣"};
  for (size_t k = 0; k < sizeof modal / sizeof *modal; k++)
    if (find_in(st->s, a, b, modal[k])) return true;
  for (size_t k = 0; k < st->a->n_numbers; k++) /* a score: 同比增长20%以上(3分) */
    if (st->a->numbers[k].span.start >= a && st->a->numbers[k].span.start < b &&
        strcmp(st->a->numbers[k].unit, "分") == 0)
      return true;
  for (size_t k = 0; k < st->a->n_thresholds; k++)
    if (st->a->thresholds[k].span.start >= a && st->a->thresholds[k].span.start < b &&
        is_bound(st, st->a->thresholds[k].span))
      return true;
  bool periodic = false, notify = false;
  for (size_t k = 0; k < st->n_ev; k++) {
    const ev *e = &st->evs[k];
    if (e->type != EV_KW || e->start < a || e->start >= b) continue;
    const jfa_word *w = e->w;
    /* an average per period (日均访问量, 月均) is how a figure is stated, not
     * how often something recurs: 会议通报:上季度日均访问量约8000人次 */
    size_t wl = strlen(w->w);
    if (w->freq && !(wl >= 3 && memcmp(w->w + wl - 3, "均", 3) == 0)) periodic = true;
    if (w->kind == KW_PEN && w->sub != PEN_NOTIFY) return true;
    if (w->kind == KW_PEN && strstr(w->w, "排名")) return true; /* 排名通报 */
    if (w->kind == KW_PEN) notify = true;
    if (w->kind == KW_PLAIN && w->link && !JFA_AT(st->s, b, e->end, "第") &&
        !JFA_AT(st->s, b, e->end, "居"))
      return true;
  }
  return periodic && notify;
}


/* Is [a, b) at most four characters besides digits (今后一律, 均, 仅,
 * 2025年起均), after a starting time (今年起一律)? */
static bool short_head(const char *s, size_t a, size_t b) {
  int n = 0;
  /* a starting time is no subject: 今年起一律, 自2025年起均 */
  for (size_t i = a, c = 0; i + 3 <= b && c < 8; i += char_len((unsigned char)s[i]), c++)
    if (memcmp(s + i, "起", 3) == 0) {
      a = i + 3;
      break;
    }
  while (a < b && n <= 4) {
    if (!is_digit(s[a])) n++;
    a += char_len((unsigned char)s[a]);
  }
  return n <= 4;
}

/* Where a scope reaching back from `a` to the sentence start `ss` begins: after
 * the segment of the last threshold before `a` stated as a requirement
 * (学习不少于2小时,记录不排名、不通报: only its ranking is renounced), not as
 * the condition of whom the trigger spares (低于80%的单位,不再通报). */
static size_t back_start(const state *st, size_t ss, size_t a) {
  size_t lo = ss;
  for (size_t t = 0; t < st->a->n_thresholds; t++) {
    size_t ts = st->a->thresholds[t].span.start;
    if (ts >= ss && ts < a) {
      size_t c = ts;
      while (c < a && st->s[c] != ',') c++;
      if (c < a && !prev_is(st->s, c, "的") && c + 1 > lo) lo = c + 1; /* not 低于80%的单位, */
    }
  }
  return lo < a ? lo : a;
}

static bool add_prohibition(state *st, const ev *e) {
  static const char *kinds[] = {"prohibit", "cancel", "rectify", "prohibit", "report", "report",
                                "prohibit", "prohibit"};
  const jfa_word *w = e->w;
  size_t ss = sentence_start(st, e->start), se = sentence_end(st, e->end);
  size_t a, b;
  switch (w->dir) {
  case DIR_FWD: a = e->end, b = se; break;
  case DIR_BACK: a = ss, b = e->start; break;
  case DIR_SENT: a = ss, b = se; break;
  case DIR_LOCAL: /* the comma segment: 下载量不纳入考核, … */
    a = e->start;
    while (a > ss && st->s[a - 1] != ',') a--;
    b = e->end;
    while (b < se && st->s[b] != ',') b++;
    /* …装机、注册数量的指标,今后一律不再列入考核 / 平台使用情况仅作参考,不纳入
     * 考核: a segment with no subject of its own negates the one before it, back
     * to the sentence start or the last requirement stated there */
    if (a > ss && short_head(st->s, a, e->start)) {
      size_t lo = back_start(st, ss, a);
      /* …nor past a segment linked on its own (下载量纳入考核,打卡不纳入考核);
       * 考核/考评 alone are often nouns (…的考核项目,今后不再列入) */
      for (size_t k = 0; k < st->n_ev; k++) {
        const ev *x = &st->evs[k];
        if (x->type != EV_KW || !x->w->link || x->start < lo || x->start >= a ||
            strcmp(x->w->w, "考核") == 0 || strcmp(x->w->w, "考评") == 0)
          continue;
        size_t c = x->start;
        while (c < a && st->s[c] != ',') c++;
        if (c < a) lo = c + 1;
      }
      a = lo;
    }
    break;
  default: {
    /* …一项已删除,相应分值调整至…: a trigger that ends its comma segment
     * governs what precedes it, whatever the next segment says */
    size_t cb = e->end;
    while (cb < se && st->s[cb] != ',') cb++;
    size_t sa = e->start; /* the start of its comma segment */
    while (sa > ss && st->s[sa - 1] != ',') sa--;
    if (has_content(st->s, e->end, cb)) a = e->end, b = se;
    else if (w->sub != PRO_PROHIBIT || short_head(st->s, sa, e->start)) {
      a = ss, b = e->start; /* 活跃率须达80%,现已取消 / 这种做法必须纠正 */
      /* …每天在群内接龙报数;现已取消: a cancellation or rectification with no
       * object of its own and nothing but a short head (现已, 目前已) opening
       * the sentence after a semicolon governs the sentence before it; so
       * does one after a full stop, or with a longer head, made only of words
       * of time, manner and reference (目前已全部, 该要求已于今年3月全部: as
       * the loader's JF_CLAUSE_CANCELLED does for a clause of its own) */
      if (w->sub != PRO_PROHIBIT && sa == ss && ss > 0 &&
          ((st->s[ss - 1] == ';' && short_head(st->s, ss, e->start)) ||
           ((st->s[ss - 1] == ';' || (ss >= 3 && prev_is(st->s, ss, "。"))) &&
            jf_bare_cancel_head(st->s, ss, e->start))))
        a = sentence_start(st, ss - 1);
    }
    else a = back_start(st, ss, sa), b = e->start; /* 学习不少于2小时,记录不排名、不通报 */
    /* 对…使用率排名靠后的单位,不再通报: a bare verb after the trigger takes
     * its object from before it, so the whole sentence is governed */
    if (a == e->end && short_tail(st->s, e->end, se) && !find_in(st->s, e->end, se, "评优") &&
        !find_in(st->s, e->end, se, "评先") && !find_in(st->s, e->end, se, "评为") &&
        !find_in(st->s, e->end, se, "参评") && !find_in(st->s, e->end, se, "提拔") &&
        !find_in(st->s, e->end, se, "晋升"))
      a = back_start(st, ss, a); /* (…的单位,不再评优 withholds a benefit: a sanction, not a cancellation) */
  }
  }
  jf_prohibition *p = vec_push(&st->prohibitions);
  if (!p) return false;
  p->trigger = (jf_span){e->start, e->end};
  p->scope = (jf_span){(uint32_t)a, (uint32_t)b};
  strcpy(p->kind, kinds[w->sub]);
  return true;
}

/* Is the 不计分 at e an exemption (照片按规定归档,不计分; …,不计分、不排名)
 * rather than the sanction of a condition (未上传照片的,该项不计分; 照片不全的
 * 不计分; 逾期3天,不计分)? Its own comma segment (or one of a list 、), and no
 * condition, 的 before its comma, demand (须, 需, 应, 要) or number before it in
 * its sentence. */
static bool exempt_item(const state *st, const ev *e) {
  const char *s = st->s;
  size_t ss = sentence_start(st, e->start), se = sentence_end(st, e->end);
  if (e->start > ss && s[e->start - 1] != ',' && !prev_is(s, e->start, "、")) return false;
  if (e->end < se && s[e->end] != ',' && !JFA_AT(s, st->len, e->end, "、")) return false;
  if (is_sanction(st, e->start) || has_condition(s, ss, e->start)) return false;
  /* (nor after a demand: 走访须拍照上传,照片模糊,不计分 sanctions a failure) */
  if (find_in(s, ss, e->start, "须") || find_in(s, ss, e->start, "需") ||
      find_in(s, ss, e->start, "应") || find_in(s, ss, e->start, "要"))
    return false;
  for (size_t k = 0; k < st->a->n_numbers; k++)
    if (st->a->numbers[k].span.start >= ss && st->a->numbers[k].span.start < e->start) return false;
  return true;
}

/* A threshold from a number event and what stands around it. */
static bool number_event(state *st, size_t k, uint32_t *rate_start) {
  const ev *e = &st->evs[k];
  const jf_number *n = &st->a->numbers[e->num];
  const char *s = st->s;
  size_t len = st->len;
  const ev *prev = k > 0 && st->evs[k - 1].type == EV_KW ? &st->evs[k - 1] : NULL;
  bool is_fen = strcmp(n->unit, "分") == 0;
  /* 扣考核分2分: the kind of score is itself a keyword (考核, a link): the
   * deduction is the event before it, the kind's 分 right before the points */
  /* (or the kind right before the points, whose it is between: 扣片区考核0.5分,
   * at most four characters from 扣 to the kind — a deduction, not a score) */
  if (prev && is_fen && prev->w->kind != KW_DEDUCT && k > 1 && st->evs[k - 2].type == EV_KW &&
      st->evs[k - 2].w->kind == KW_DEDUCT &&
      ((prev->end + 3 == e->start && prev_is(s, e->start, "分")) ||
       (prev->end == e->start && prev->start >= st->evs[k - 2].end &&
        prev->start - st->evs[k - 2].end <= 4 * 3 &&
        !memchr(s + st->evs[k - 2].end, ',', prev->start - st->evs[k - 2].end))))
    prev = &st->evs[k - 2];
  /* 不少于常住人口的30%: a comparison may reach over a few words to its number;
   * a deduction over the kind of score it takes the points from (扣班级量化分2分,
   * 扣考核分3分: a noun ending in 分 right before the points) or over whom it
   * takes them from (每人次扣所队0.5分: at most four characters) */
  if (prev && !adjoins(s, prev->end, e->start) &&
      !((prev->w->kind == KW_CMP ||
         (prev->w->kind == KW_DEDUCT && is_fen &&
          (prev_is(s, e->start, "分") || e->start - prev->end <= 4 * 3))) &&
        e->start - prev->end <= 8 * 3 && !memchr(s + prev->end, ',', e->start - prev->end)))
    prev = NULL;

  if (prev && prev->w->kind == KW_DEDUCT) {
    if (is_fen) {
      uint32_t a = *rate_start != UINT32_MAX ? *rate_start : prev->start;
      *rate_start = UINT32_MAX;
      return add_penalty(st, PEN_DEDUCT, n->value, a, e->end);
    }
    return true;
  }
  if (is_fen) st->has_score = true;
  if (prev && prev->w->kind == KW_RATE) return true;
  if (prev_is(s, e->start, "每")) return true; /* 每1个百分点: a step */

  bool have = false;
  jf_op op = JF_OP_GE;
  uint32_t a = e->start, b = e->end;
  if (prev && prev->w->kind == KW_CMP) {
    have = true, op = (jf_op)prev->w->sub, a = prev->start;
  } else if (prev && prev->w->kind == KW_GROW && st->assessment) {
    /* 签到率同比提高10个百分点 in an assessment plan: a growth target */
    have = true, op = JF_OP_GE, a = prev->start;
  } else if (prev && prev->w->kind == KW_QUOTA && n->unit[0] && !prev_is(s, prev->start, "每")) {
    have = true, op = JF_OP_GE, a = prev->start;
  }
  /* 80%以上, 10分钟内 */
  static const struct { const char *w; jf_op op; } post[] = {
    {"及以上", JF_OP_GE}, {"或以上", JF_OP_GE}, {"以上", JF_OP_GE}, {"之上", JF_OP_GE},
    {"及以下", JF_OP_LE}, {"或以下", JF_OP_LE}, {"以下", JF_OP_LE}, {"以内", JF_OP_LE},
    {"之内", JF_OP_LE},
  };
  for (size_t p = 0; p < sizeof post / sizeof *post; p++) {
    size_t pl = strlen(post[p].w);
    if (jfa_at(s, len, e->end, post[p].w, pl)) {
      if (!have) op = post[p].op;
      have = true;
      b = e->end + (uint32_t)pl;
      break;
    }
  }
  if (!have && JFA_AT(s, len, e->end, "内") &&
      (strcmp(n->unit, "分钟") == 0 || strcmp(n->unit, "小时") == 0 ||
       strcmp(n->unit, "天") == 0 || strcmp(n->unit, "工作日") == 0 ||
       strcmp(n->unit, "秒") == 0)) {
    have = true, op = JF_OP_LE, b = e->end + 3;
  }
  if (!have) {
    /* 活跃率100%, 下载量为1000次: a measure named right before its target */
    size_t j = e->start;
    if (j > 0 && (s[j - 1] == ':' || s[j - 1] == ' ')) j--;
    else if (prev_in(s, j, "为要是")) j -= 3;
    if (prev_in(s, j, "率量度数比")) have = true, op = JF_OP_GE, a = (uint32_t)(j - 3);
  }
  if (!have) return true;
  jf_threshold *t = vec_push(&st->thresholds);
  if (!t) return false;
  t->span = (jf_span){a, b};
  t->op = op;
  t->value = n->value;
  memcpy(t->unit, n->unit, sizeof t->unit);
  return true;
}

/* The pay a bare deduction (扣, 扣减) withholds when a period or a kind of
 * pay stands between (扣当月奖金, 扣减本月绩效, 扣当月安全奖, 扣年终考核奖):
 * where that pay ends, or 0. Looks at most six characters on, within the
 * comma segment, and not past a number (扣当月2分 deducts points). The pay
 * is a money word or a bonus named by its last character 奖. */
static uint32_t pay_after(const state *st, size_t k) {
  const char *s = st->s;
  uint32_t from = st->evs[k].end, lim = from + 18;
  if (lim > st->len) lim = (uint32_t)st->len;
  for (size_t j = k + 1; j < st->n_ev && st->evs[j].start < lim; j++) {
    const ev *x = &st->evs[j];
    if (x->type == EV_NUM || x->type == EV_BRK) { lim = x->start; break; }
    if (x->w->kind == KW_MONEY) return x->end;
  }
  for (uint32_t i = from; i < lim; i++) {
    if (s[i] == ',' || s[i] == ':') return 0;
    if (i + 3 <= lim && memcmp(s + i, "奖", 3) == 0) return i + 3;
    /* (扣当月补助: an allowance, paid for the work as 补贴 is) */
    if (i + 6 <= lim && memcmp(s + i, "补助", 6) == 0) return i + 6;
  }
  return 0;
}

/* Where the score a bare deduction takes from ends (扣班主任考核分, 扣该项
 * 分值的一半, 扣除当月绩效分): a 分 within six characters, in its segment,
 * before any digit (扣所队0.5分 is a number's deduction) and not the 分 of
 * 分钟; or 0. */
static uint32_t score_after(const state *st, uint32_t from) {
  const char *s = st->s;
  for (uint32_t i = from, n = 0; i + 3 <= st->len && n < 6; n++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return 0; /* a digit, a comma, a break */
    if (memcmp(s + i, "分", 3) == 0)
      return JFA_AT(s, st->len, i + 3, "钟") ? 0 : i + (JFA_AT(s, st->len, i + 3, "值") ? 6 : 3);
    if (memcmp(s + i, "。", 3) == 0) return 0;
    i += char_len(c);
  }
  return 0;
}

/* 整改完成后须截图上传, 清理完毕后: a rectification completed is a time (as
 * 整改后 is, see RECT_NB), not a verb governing what follows; so is one
 * completed as the subject of a duty (整改完成须截图上传, 整改到位时, 整改完毕
 * 即上传): its completion is the moment the duty falls due */
static bool rectified_time(const state *st, uint32_t at) {
  static const char *done[] = {"完成", "完毕", "结束", "到位"};
  static const char *then[] = {"后", "以后", "之后", "时", "须", "需", "必须", "应", "要", "即",
                               "立即", "当天", "当日"};
  for (size_t k = 0; k < sizeof done / sizeof *done; k++)
    if (jfa_at(st->s, st->len, at, done[k], 6)) { /* each two characters */
      size_t b = at + 6;
      for (size_t j = 0; j < sizeof then / sizeof *then; j++)
        if (jfa_at(st->s, st->len, b, then[j], strlen(then[j]))) return true;
      return false;
    }
  return false;
}

/* 每项整改须附整改前、后照片, 各项整改均需上传: a rectification counted (每项,
 * 各项, 每一项, 每个, 每处, 每起, 每件 …) is an item, the subject of a duty, not a verb
 * governing what follows (逐项整改 is the verb's manner: 逐 is not counted). */
static bool counted_item(const state *st, uint32_t at) {
  const char *s = st->s;
  if (at < 6 || !(prev_is(s, at, "项") || prev_is(s, at, "个") || prev_is(s, at, "处") ||
                  prev_is(s, at, "条") || prev_is(s, at, "起") || prev_is(s, at, "件")))
    return false;
  return prev_is(s, at - 3, "每") || prev_is(s, at - 3, "各") ||
         (at >= 9 && prev_is(s, at - 3, "一") && prev_is(s, at - 6, "每"));
}

/* 每项火险隐患整改须附整改前、中、后照片: the same counted item with its object
 * between (at most six characters, no punctuation), when a duty follows the
 * rectification (须, 需, 应, 要, 均): the item is its subject */
static bool counted_object(const state *st, uint32_t at) {
  const char *s = st->s;
  if (!duty_at(s, st->len, at + 6)) return false; /* after 整改 */
  for (uint32_t n = 1, i = at; n <= 6 && i >= 3; n++) {
    i -= 3;
    if ((unsigned char)s[i] < 0x80 || memcmp(s + i, "、", 3) == 0) return false;
    if (counted_item(st, i)) return true;
  }
  return false;
}

/* A word and its length, for the lists matched with jfa_at at one position
 * (no strlen per word per call). */
typedef struct lit {
  const char *w;
  size_t n;
} lit;
#define LIT(s) {s, sizeof(s) - 1}

bool jf_bare_cancel_head(const char *s, size_t a, size_t b) {
  /* (two characters first where a word starts like a shorter one: 现在, 现) */
  static const lit head[] = {
      LIT("现在"), LIT("目前"), LIT("当前"), LIT("如今"), LIT("此前"), LIT("之前"), LIT("已经"),
      LIT("全部"), LIT("一律"), LIT("一并"), LIT("予以"), LIT("今年"), LIT("去年"), LIT("本年"),
      LIT("上述"), LIT("以上"), LIT("这一"), LIT("这种"), LIT("此项"), LIT("该项"), LIT("要求"),
      LIT("做法"), LIT("规定"), LIT("措施"), LIT("制度"), LIT("该"), LIT("此"), LIT("这"),
      LIT("项"), LIT("现"), LIT("已"), LIT("均"), LIT("都"), LIT("并"), LIT("于"), LIT("年"),
      LIT("月"), LIT("日"), LIT("底"), LIT("初"), LIT("起"), LIT("原"), LIT("经"), LIT("被"),
      LIT(" ")};
  size_t i = a;
  while (i < b) {
    if (s[i] >= '0' && s[i] <= '9') {
      i++;
      continue;
    }
    size_t k = 0;
    for (; k < sizeof head / sizeof *head; k++)
      if (i + head[k].n <= b && s[i] == head[k].w[0] && memcmp(s + i, head[k].w, head[k].n) == 0)
        break;
    if (k == sizeof head / sizeof *head) return false;
    i += head[k].n;
  }
  return true;
}

/* The first word of `ws` at s[i], or NULL. */
static const lit *lit_at(const char *s, size_t len, size_t i, const lit *ws, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (jfa_at(s, len, i, ws[k].w, ws[k].n)) return &ws[k];
  return NULL;
}

/* 未设置APP使用率考核指标的单位给满分, 没有向基层下达…任务的, 从未要求…: a
 * negation of what was done (未, 没有, 从未 …) renounces what follows when a
 * verb of imposing comes right after it (an adverb such as 再, 曾, 另行 may
 * stand between), whatever the pair: it credits the absence of the task or
 * the measure, as 不设置 forbids it. Not when the condition it states is
 * what a sanction punishes (未将打卡情况纳入考核的,扣2分; 未设置…指标的不得
 * 分): the plan then demands what was not done. */
static bool undone_imposition(const state *st, const ev *e) {
  static const lit adv[] = {LIT("再"), LIT("曾"), LIT("另行"), LIT("额外"), LIT("专门"),
                            LIT("单独"), LIT("擅自"), LIT("违规")};
  static const lit verb[] = {LIT("设"), LIT("下达"), LIT("下派"), LIT("摊派"), LIT("布置"),
                             LIT("分派"), LIT("派发"), LIT("强制"), LIT("强行"), LIT("强迫"),
                             LIT("硬性"), LIT("要求"), LIT("规定"), LIT("将"), LIT("把"),
                             LIT("以"), LIT("搞"), LIT("层层"), LIT("变相"), LIT("开设"),
                             LIT("建立"), LIT("组建")};
  const char *s = st->s;
  size_t i = e->end;
  const lit *a = lit_at(s, st->len, i, adv, sizeof adv / sizeof *adv);
  if (a) i += a->n;
  bool imposing = lit_at(s, st->len, i, verb, sizeof verb / sizeof *verb) != NULL;
  /* … or toward whom (未向, 没有给, 从未给, 未对 …), when the segment goes on
   * to impose (未向平台上报的,扣1分 is a failure to do the work) */
  if (!imposing && next_in(s, st->len, i, "向给对"))
    imposing = imposes_after(st, i + 3);
  if (!imposing) return false;
  /* the condition ends at its 的; its consequence is the text after it to
   * the end of that comma segment (or of the next, after 的,) */
  size_t se = sentence_end(st, i);
  const char *de = i < se ? memmem(s + i, se - i, "的", 3) : NULL;
  if (!de) return true;
  size_t c = (size_t)(de - s) + 3;
  while (c < se && s[c] == ',') c++;
  size_t b = c;
  while (b < se && s[b] != ',') b++;
  for (size_t k = 0; k < st->n_ev; k++) {
    const ev *x = &st->evs[k];
    if (x->start < c) continue;
    if (x->start >= b) break;
    if (x->type == EV_KW && (x->w->kind == KW_PEN || x->w->kind == KW_DEDUCT)) return false;
  }
  return true;
}

/* 接龙回复不得遗漏, 严禁漏报, 不准缺席: a ban on failing to do something states
 * the duty itself, not a prohibition of what it names (a word of omission,
 * delay or interruption right after the prohibition word). */
static bool omission_after(const state *st, size_t i) {
  static const lit omit[] = {LIT("漏"), LIT("遗漏"), LIT("缺"), LIT("迟"), LIT("延误"),
                             LIT("拖延"), LIT("延迟"), LIT("中断"), LIT("间断"), LIT("断档"),
                             LIT("断签"), LIT("离线"), LIT("掉线"), LIT("超时"), LIT("早退")};
  return lit_at(st->s, st->len, i, omit, sizeof omit / sizeof *omit) != NULL;
}

/* Does w void what it follows (无效, 不予采信, 不被认可 …)? */
static bool voids(const char *w) {
  return strstr(w, "无效") || strstr(w, "采信") || strstr(w, "认可") || strstr(w, "承认") ||
         strstr(w, "确认");
}

/* 未签到的,该次抽样结果不予采信: a condition closing the comma segment before
 * the void's, what is voided named in at most eight characters before it. */
static bool void_after_condition(const state *st, size_t trig) {
  const char *s = st->s;
  size_t a = sentence_start(st, trig), ps = trig;
  while (ps > a && s[ps - 1] != ',') ps--;
  if (ps <= a || trig - ps > 24 || !prev_is(s, ps - 1, "的")) return false;
  size_t pa = ps - 1;
  while (pa > a && s[pa - 1] != ',') pa--;
  return has_condition(s, pa, ps - 1);
}

static bool interpret(state *st) {
  const char *s = st->s;
  uint32_t rate_start = UINT32_MAX, money_start = UINT32_MAX;
  for (size_t k = 0; k < st->n_ev; k++) {
    const ev *e = &st->evs[k];
    if (e->type == EV_BRK) {
      rate_start = money_start = UINT32_MAX;
      continue;
    }
    if (e->type == EV_NUM) {
      if (!number_event(st, k, &rate_start)) return false;
      continue;
    }
    const jfa_word *w = e->w;
    if (w->freq) {
      jf_frequency *f = vec_push(&st->frequencies);
      if (!f) return false;
      f->span = (jf_span){e->start, e->end};
      strcpy(f->period, jfa_freq_name(w->freq));
    }
    if (w->link) set_link(st, e->start, e->end);
    const ev *next = k + 1 < st->n_ev && st->evs[k + 1].start == e->end ? &st->evs[k + 1] : NULL;
    switch (w->kind) {
    case KW_PEN: {
      uint32_t pe = e->end;
      /* 卷宗照片按档案管理规定归档,不计分: a bare 不计分 (its own segment) in a
       * sentence that states no condition exempts the item from scoring, as
       * 不纳入考核 does: a renouncing scope, not a penalty */
      if (strcmp(w->w, "不计分") == 0 && exempt_item(st, e)) {
        jfa_word pw = *w;
        pw.kind = KW_PROH, pw.sub = PRO_PROHIBIT, pw.dir = DIR_LOCAL;
        ev pv = *e;
        pv.w = &pw;
        if (!add_prohibition(st, &pv)) return false;
        break;
      }
      /* 缺少签到的按未查仓处理, 漏打一处按缺勤半天计: counted as the work not
       * done or as absence up to 处理, 论处 or 计 in its segment (按未, 按缺勤 …
       * alone are no sanction; 按缺勤处理, 按0分计 are whole words) */
      if (memcmp(w->w, "按", 3) == 0 && !(e->end - e->start >= 6 &&
                                          (memcmp(s + e->end - 6, "处理", 6) == 0 ||
                                           memcmp(s + e->end - 6, "论处", 6) == 0 ||
                                           memcmp(s + e->end - 3, "计", 3) == 0))) {
        pe = 0;
        for (uint32_t q = e->end; q + 3 <= st->len && q <= e->end + 8 * 3; q++) {
          if (s[q] == ',' || s[q] == ';') break;
          if (q + 6 <= st->len && (memcmp(s + q, "处理", 6) == 0 || memcmp(s + q, "论处", 6) == 0)) {
            pe = q + 6;
            break;
          }
          /* 计 closing its segment (按缺勤半天计, …计算,), not 统计出勤天数 */
          if (memcmp(s + q, "计", 3) == 0) {
            size_t z = q + 3 + (JFA_AT(s, st->len, q + 3, "算") ? 3 : 0);
            uint32_t c = z < st->len ? cp_at(s, st->len, z) : 0;
            if (c < 0x4E00 || c > 0x9FFF) { /* the end, punctuation, not a character */
              pe = (uint32_t)z;
              break;
            }
          }
        }
        if (!pe) break;
      }
      if (!add_penalty(st, w->sub, 0, e->start, pe)) return false;
      break;
    }
    case KW_DEDUCT:
      if (next && next->type == EV_KW && next->w->kind == KW_MONEY) {
        if (!add_penalty(st, PEN_PAY, 0, e->start, next->end)) return false;
        k++;
        set_link(st, e->start, next->end);
      } else if (memcmp(w->w, "扣", 3) == 0 && !(next && next->type == EV_NUM) && pay_after(st, k)) {
        /* 扣当月安全奖: pay withheld, a period or its kind between */
        uint32_t pe = pay_after(st, k);
        if (!add_penalty(st, PEN_PAY, 0, e->start, pe)) return false;
        set_link(st, e->start, pe);
      } else if (!(next && next->type == EV_NUM)) {
        /* a deduction with no number: a word of its own (扣分, 倒扣), or 扣
         * and the score it takes from (扣班主任考核分, 扣该项分值的一半) */
        uint32_t end = w->sub ? e->end : memcmp(w->w, "扣", 3) == 0 ? score_after(st, e->end) : 0;
        if (end) {
          uint32_t a = rate_start != UINT32_MAX ? rate_start : e->start;
          rate_start = UINT32_MAX;
          if (!add_penalty(st, PEN_DEDUCT, 0, a, end)) return false;
        }
      }
      break;
    case KW_RATE: rate_start = e->start; break;
    case KW_MONEY:
      if (money_start == UINT32_MAX) money_start = e->start;
      break;
    case KW_HOOK:
      if (money_start != UINT32_MAX && !add_penalty(st, PEN_PAY, 0, money_start, e->end))
        return false;
      break;
    case KW_SCORE: st->has_score = true; break;
    case KW_PROH: {
      size_t se = sentence_end(st, e->end);
      if (w->sub == PRO_CANCEL) { /* 取消其年度评先资格: a sanction */
        size_t lim = e->end + 45 < se ? e->end + 45 : se;
        bool done = false;
        for (size_t i = e->end; i + 6 <= lim; i++)
          if (memcmp(s + i, "资格", 6) == 0) {
            if (!add_penalty(st, PEN_DISQUALIFY, 0, e->start, (uint32_t)(i + 6))) return false;
            done = true;
            break;
          }
        if (done) break;
        uint32_t bend;
        int bk = benefit_withdrawn(st, e, &bend);
        if (bk >= 0) {
          if (!add_penalty(st, bk, 0, e->start, bend)) return false;
          break;
        }
      }
      if (w->sub == PRO_UNDONE && !undone_imposition(st, e)) break;
      if ((w->sub == PRO_BUDE || w->sub == PRO_PROHIBIT) && omission_after(st, e->end)) break;
      uint32_t barred = w->sub == PRO_BUDE ? appraisal_barred(st, e->end) : 0;
      if (w->sub == PRO_BUDE && (barred || is_sanction(st, e->start))) {
        if (!add_penalty(st, PEN_DISQUALIFY, 0, e->start, barred ? barred : e->end)) return false;
        break;
      }
      if (w->sub == PRO_RECTIFY && (rectified_time(st, e->end) || counted_item(st, e->start) ||
                                    counted_object(st, e->start) || problem_sanctioned(st, e) ||
                                    (strstr(w->w, "整改") && rectify_sanction(st, e->start))))
        break;
      if (w->sub == PRO_REPORT && !reported(st, e)) break;
      if (toward_whom(w->w) && !imposes_after(st, e->end)) break;
      if (w->sub == PRO_FACT && !total_at(st, e)) break;
      /* 无故不参加线上学习的,扣1分: who fails, the condition of a sanction;
       * 打卡不足的,不参加年度评优: the sanction, as 不得参加评优 */
      if (w->sub == PRO_OPTOUT && de_follows(st, e->end)) break;
      if (w->sub == PRO_OPTOUT && is_sanction(st, e->start)) {
        if (!add_penalty(st, PEN_DISQUALIFY, 0, e->start, e->end)) return false;
        break;
      }
      bool vd = w->dir == DIR_LOCAL && voids(w->w);
      if (w->dir == DIR_LOCAL &&
          (is_sanction(st, e->start) ||
           ((vd || strstr(w->w, "不计") || strstr(w->w, "不予")) && sanction_near(st, e->start)) ||
           (vd && void_after_condition(st, e->start)))) {
        /* 无照片的不计入走访户数; 未签到的当次出车不计工作量; 未签到的免疫数量
         * 不予认定 */
        if ((vd || strstr(w->w, "计") || strstr(w->w, "认定") || strstr(w->w, "核") ||
             strstr(w->w, "结算")) &&
            !add_penalty(st, PEN_NOSCORE, 0, e->start, e->end))
          return false;
        break;
      }
      if (vd) break; /* (材料不全的申请视为无效: no sanction, no ban) */
      /* the bare 不计 of a count (不计执法次数) is read only as a sanction: a
       * renouncing 不计 names what it exempts with its own words (不计工作量) */
      if (strcmp(w->w, "不计") == 0) break;
      if (!add_prohibition(st, e)) return false;
      break;
    }
    default: break;
    }
  }
  return true;
}

/* 检查发现未上传照片的,扣1分: a report word before a sanction (…的,扣N分 /
 * …的予以通报) is the condition of the sanction, not a reported fact: its
 * scope is dropped. A penalty that is itself reported (有的将活跃率排名通报)
 * keeps it. */
/* Is the report word at i one that tells a case (警示案例:, 该做法已被, 已被…
 * 通报, 某县曾规定)? The sanction of the rule it tells (某县曾规定…低于平均分
 * 的不得提拔) is part of the case, not the condition of the plan's own. */
static bool told_case(const state *st, size_t i) {
  const jfa_word *w = jfa_word_at(st->s, st->len, i);
  if (!w || w->kind != KW_PROH || w->sub != PRO_REPORT) return false;
  const char *x = w->w;
  if (strstr(x, "案例") || strstr(x, "典型") || strstr(x, "做法") || strstr(x, "问题") ||
      strcmp(x, "被") == 0 ||
      strcmp(x, "受到") == 0 || strcmp(x, "遭到") == 0 || strcmp(x, "对此") == 0)
    return true;
  return strcmp(x, "曾") == 0 && unnamed_subject(st, i);
}

/* 周均登录率, 日均访问量 standing alone (a column of a table of figures, a
 * measure named): the average's period is part of the measure's name, no
 * period the plan counts in; it counts as one only with a number that the
 * average sets (日均登录10次以上, 周均登录率不低于90%). */
static void averages_alone(state *st) {
  jf_analysis *a = st->a;
  if (a->n_numbers || a->n_thresholds) return;
  size_t out = 0;
  for (size_t f = 0; f < a->n_frequencies; f++) {
    jf_span sp = a->frequencies[f].span;
    if (!(sp.end >= sp.start + 6 && memcmp(st->s + sp.end - 3, "均", 3) == 0))
      a->frequencies[out++] = a->frequencies[f];
  }
  a->n_frequencies = out;
}

/* Can what the report word of pr introduces be the condition of a sanction
 * starting at pen (检查发现未上传照片的,扣1分; 据核查未打卡的,扣1分; 过去一个
 * 月未登录的,扣1分)? Not when some unnamed are told doing the practice (有的
 * 部门要求…,未打卡的扣分), nor when a finding, a statistic or a past time
 * tells an imposing or a duty before the sanction (调研发现,一些部门要求村干部
 * 每天打卡,未打卡的扣分; 改革前干部每天要在5个APP上打卡,未打卡的扣分): the
 * sanction is part of the practice told. Not the 要求 of 按要求 (检查发现未按
 * 要求上传的,扣1分). A sanction suffered (曾被通报的村,…未打卡的扣1分) is
 * read as before: a condition. */
static bool may_condition(const state *st, const jf_prohibition *pr, size_t pen) {
  const jfa_word *w = jfa_word_at(st->s, st->len, pr->trigger.start);
  if (!w) return true;
  const char *x = w->w;
  if (strcmp(x, "被") == 0 || strcmp(x, "受到") == 0 || strcmp(x, "遭到") == 0 ||
      strcmp(x, "对此") == 0 || strcmp(x, "曾") == 0 || strstr(x, "做法"))
    return true;
  static const char *some[] = {"有的", "有些", "一些", "个别", "少数", "某些"};
  for (size_t k = 0; k < sizeof some / sizeof *some; k++)
    if (strcmp(x, some[k]) == 0) return false;
  /* (what is found, named: 巡查发现的问题在APP上报后,还须…报送,未报送的扣0.5分
   * — the subject of the duty, which the sanction enforces) */
  if (JFA_AT(st->s, st->len, pr->trigger.end, "的")) return true;
  /* (nor a condition closed by 的: 巡查中发现问题的,须拍照上传,未上传的扣1分) */
  const char *s = st->s;
  size_t c = pr->trigger.end;
  while (c < pen && s[c] != ',') c++;
  if (c < pen && prev_is(s, c, "的")) return true;
  static const char *told[] = {"要求", "规定", "强制", "强迫", "下达", "摊派", "有的", "有些",
                               "一些", "个别", "必须", "须", "需", "每天要", "每日要", "都要",
                               "均要"};
  for (size_t k = 0; k < sizeof told / sizeof *told; k++) {
    size_t n = strlen(told[k]);
    for (size_t i = pr->scope.start; i + n <= pen; i++) {
      const char *hit = memmem(s + i, pen - i, told[k], n);
      if (!hit) break;
      i = (size_t)(hit - s);
      if (!(k == 0 && prev_in(s, i, "按照据"))) return false;
    }
  }
  return true;
}

static void check_reports(state *st) {
  jf_analysis *a = st->a;
  size_t out = 0;
  for (size_t p = 0; p < a->n_prohibitions; p++) {
    jf_prohibition pr = a->prohibitions[p];
    bool keep = true;
    if (strcmp(pr.kind, "report") == 0 && !told_case(st, pr.trigger.start))
      for (size_t k = 0; k < a->n_penalties && keep; k++) {
        jf_span ps = a->penalties[k].span;
        if (ps.start < pr.scope.start || ps.start >= pr.scope.end) continue;
        if (!may_condition(st, &pr, ps.start)) continue;
        size_t j = ps.start;
        while (j > pr.scope.start && (st->s[j - 1] == ',' || st->s[j - 1] == ' ')) j--;
        if (prev_is(st->s, j, "的") || prev_is(st->s, j, "者") ||
            find_in(st->s, pr.scope.start, ps.start, "的,"))
          keep = false;
      }
    if (keep) a->prohibitions[out++] = pr;
  }
  a->n_prohibitions = out;
}

/* 据统计,目前各村平台登录率偏低,今后须确保登录率不低于85%; 减负前每月上报
 * 信息不少于30条,现减为不少于15条,纳入考核: a report word or a past time
 * governs what it reports up to the comma where the clause turns to its own
 * time (今后, 为此, 现 …) and from there demands (须, 不少于, 纳入 …: see
 * demands): the scope ends before that segment. A turn that demands nothing
 * (…,现在只需在一个平台打卡) stays reported. Run after interpret, as
 * demands needs the clause's thresholds. */
static bool turn_at(const char *s, size_t len, size_t i) {
  static const lit turn[] = {LIT("今后"), LIT("此后"), LIT("以后"), LIT("下一步"), LIT("下步"),
                             LIT("为此"), LIT("对此"), LIT("因此"), LIT("即日起"),
                             LIT("自即日起"), LIT("从即日起"), LIT("但"), LIT("同时")};
  while (i < len && s[i] == ' ') i++;
  if (lit_at(s, len, i, turn, sizeof turn / sizeof *turn)) return true;
  /* 现 (now), not 现场, 现有, 现金, 现象, 现状, 现实, 现代 */
  return JFA_AT(s, len, i, "现") && !next_in(s, len, i + 3, "场有金象状实代行");
}

static void turn_reports(state *st) {
  jf_analysis *a = st->a;
  for (size_t p = 0; p < a->n_prohibitions; p++) {
    jf_prohibition *pr = &a->prohibitions[p];
    if (pr->scope.start != pr->trigger.end || strcmp(pr->kind, "report") != 0) continue;
    const jfa_word *w = jfa_word_at(st->s, st->len, pr->trigger.start);
    if (!w || w->kind != KW_PROH || w->sub != PRO_REPORT) continue;
    for (size_t c = pr->scope.start; c < pr->scope.end; c++)
      if (st->s[c] == ',' && turn_at(st->s, pr->scope.end, c + 1) &&
          has_content(st->s, pr->scope.start, c) && demands(st, c + 1, pr->scope.end)) {
        pr->scope.end = (uint32_t)c;
        break;
      }
  }
}

/* 截至9月底累计注册4.6万人 is a fact; 较上年增长20%以上,按季度排名通报 demands:
 * a fact word's scope is dropped once its whole sentence is read and found to
 * demand something. */
/* 平均每天学习时长达到1小时: an average a sentence says shall reach a level
 * (达到, 达, 超过 …) is a target, like a bound, unless the sentence states it
 * as attained (达到了, 已达到) — a statistic says 为, 是 or gives the value
 * alone (平均登录时长为每天22分钟), or stands with a fact word of its own
 * (据统计, 今年以来, 较上年), which keeps its scope. */
static bool average_target(const state *st, size_t a, size_t b) {
  static const char *reach[] = {"达到", "达", "突破", "超过", "高于", "大于", "多于", "超出"};
  if (find_in(st->s, a, b, "已") || find_in(st->s, a, b, "了")) return false;
  for (size_t k = 0; k < st->a->n_thresholds; k++) {
    jf_span t = st->a->thresholds[k].span;
    if (t.start < a || t.start >= b) continue;
    const jfa_word *w = jfa_word_at(st->s, st->len, t.start);
    if (!w || w->kind != KW_CMP) continue;
    for (size_t r = 0; r < sizeof reach / sizeof *reach; r++)
      if (strcmp(w->w, reach[r]) == 0) return true;
  }
  return false;
}

/* 积分低于公司平均值的不予推荐, 点击率须达到全县平均水平以上: an average after
 * a comparison in its comma segment (低于, 高于, 达到, 不足 … then whose
 * average) is the benchmark a measure is held to, not a statistic stated:
 * 平均值, 平均水平, 平均线, 平均数 at `at` (the 平均's end). */
static bool benchmark(const state *st, size_t start, size_t at) {
  static const lit level[] = {LIT("值"), LIT("水平"), LIT("线"), LIT("数")};
  static const char *cmp[] = {"于", "达到", "达", "不足", "不到", "超过", "超出", "未达", "低过",
                              "高过", "比"};
  if (!lit_at(st->s, st->len, at, level, sizeof level / sizeof *level)) return false;
  size_t a = start; /* back to the comma segment's start, at most eight characters */
  while (a > 0 && start - a < 24 && st->s[a - 1] != ',' && !is_break(st->s, st->len, a - 1)) a--;
  for (size_t k = 0; k < sizeof cmp / sizeof *cmp; k++)
    if (find_in(st->s, a, start, cmp[k])) return true;
  return false;
}

/* 回复“收到”的平均用时每月统计,用时最长的两个中队在全队会议上作说明: an
 * average counted every period (a frequency word in the sentence, not an
 * average per period: 日均) whose worst units are singled out (最长的两个,
 * 最低的三个, 最多的后…: 最, one or two characters, 的, then a count) is a
 * league table of the measure, not a statistic stated. */
static bool average_ranked(const state *st, size_t a, size_t b) {
  bool periodic = false;
  for (size_t k = 0; k < st->n_ev && !periodic; k++) {
    const ev *e = &st->evs[k];
    if (e->type != EV_KW || e->start < a || e->start >= b || !e->w->freq) continue;
    size_t wl = strlen(e->w->w);
    periodic = !(wl >= 3 && memcmp(e->w->w + wl - 3, "均", 3) == 0);
  }
  if (!periodic) return false;
  static const lit count[] = {LIT("两"), LIT("二"), LIT("三"), LIT("四"), LIT("五"), LIT("几"),
                              LIT("后"), LIT("1"), LIT("2"), LIT("3"), LIT("4"), LIT("5")};
  for (size_t i = a; i + 3 <= b; i++) {
    if (memcmp(st->s + i, "最", 3) != 0) continue;
    for (size_t n = 1; n <= 2; n++) { /* 最长的, 最不及时的 is too long: one or two characters */
      size_t d = i + 3 + 3 * n;
      if (d + 3 <= b && memcmp(st->s + d, "的", 3) == 0 &&
          lit_at(st->s, st->len, d + 3, count, sizeof count / sizeof *count))
        return true;
    }
  }
  return false;
}

/* A bound stated as the side that fails, the condition of a sanction
 * (签到率低于90%的扣1分, 每月上传少于20张扣1分, 学习时长不足6小时,扣2分,
 * 超过30分钟未回复的扣0.5分): what it requires is the complement (≥90%,
 * ≥20张, ≤30分钟), and that is what a threshold reports. Not a bound the plan
 * demands as stated (差错率须低于1%,否则扣2分), nor one no sanction follows
 * (发帖超过5条的加1分) within its segment and the next. */
static void failing_bounds(state *st) {
  const char *s = st->s;
  jf_analysis *a = st->a;
  for (size_t k = 0; k < a->n_thresholds; k++) {
    jf_threshold *t = &a->thresholds[k];
    if (t->op != JF_OP_LT && t->op != JF_OP_GT) continue;
    size_t at = t->span.start;
    if (prev_in(s, at, "须需应要") || (at >= 6 && (memcmp(s + at - 6, "务必", 6) == 0 ||
                                                   memcmp(s + at - 6, "力争", 6) == 0 ||
                                                   memcmp(s + at - 6, "争取", 6) == 0)))
      continue;
    size_t se = sentence_end(st, t->span.end), lim = t->span.end;
    while (lim < se && s[lim] != ',') lim++;
    if (lim < se) {
      size_t c = lim + 1;
      while (c < se && s[c] != ',') c++;
      if (find_in(s, lim, c, "否则")) continue;
      lim = c;
    }
    if (k + 1 < a->n_thresholds && a->thresholds[k + 1].span.start < lim)
      lim = a->thresholds[k + 1].span.start;
    for (size_t q = 0; q < a->n_penalties; q++) {
      size_t ps = a->penalties[q].span.start;
      if (ps >= t->span.end && ps < lim) {
        t->op = t->op == JF_OP_LT ? JF_OP_GE : JF_OP_LE;
        break;
      }
    }
  }
}

/* 今年活跃率达到85%, 今年每个网格录入事件100件: a level to reach or a count
 * per unit in the year is a target, unless the sentence states it attained
 * (已, 了): 今年 keeps a fact's scope only for what was done so far. */
static bool year_target(const state *st, size_t a, size_t b) {
  if (find_in(st->s, a, b, "已") || find_in(st->s, a, b, "了")) return false;
  if (find_in(st->s, a, b, "每")) return true;
  for (size_t k = 0; k < st->a->n_thresholds; k++)
    if (st->a->thresholds[k].span.start >= a && st->a->thresholds[k].span.start < b) return true;
  return false;
}

static void check_facts(state *st) {
  jf_analysis *a = st->a;
  size_t out = 0;
  for (size_t p = 0; p < a->n_prohibitions; p++) {
    jf_prohibition pr = a->prohibitions[p];
    const jfa_word *w = jfa_word_at(st->s, st->len, pr.trigger.start);
    bool drop = false;
    if (w && w->kind == KW_PROH && w->sub == PRO_FACT) { /* (the sentence only for a fact) */
      size_t ss = sentence_start(st, pr.trigger.start), se = sentence_end(st, pr.trigger.end);
      drop = demands(st, ss, se) ||
             (strcmp(w->w, "平均") == 0 &&
              (average_target(st, ss, se) || benchmark(st, pr.trigger.start, pr.trigger.end) ||
               average_ranked(st, ss, se))) ||
             (strcmp(w->w, "今年") == 0 && year_target(st, ss, se));
    }
    if (!drop) a->prohibitions[out++] = pr;
  }
  a->n_prohibitions = out;
}

/* “某某发布”抖音号粉丝数突破20万,单条视频最高点赞量3.2万: a value crossed
 * (突破, 超过), a record (最高…量3.2万) or an approximate value (约1200人) in a
 * sentence that demands nothing
 * (see demands) is a statistic, as a fact word's sentence is; not in an
 * assessment plan or a scheme item, where 突破1万 states a target. The
 * sentence becomes the scope of a fact. */
/* The sentence of the value at t a fact's scope unless it demands (see
 * add_values); *done_to moves past it. */
static bool add_value(state *st, jf_span t, size_t *done_to) {
  size_t ss = sentence_start(st, t.start), se = sentence_end(st, t.end);
  if (se > *done_to) *done_to = se;
  if (demands(st, ss, se)) return true;
  jf_prohibition *p = vec_push(&st->prohibitions);
  if (!p) return false;
  p->trigger = t;
  p->scope = (jf_span){(uint32_t)ss, (uint32_t)se};
  strcpy(p->kind, "report");
  return true;
}

/* Does an approximate count end at i: 40余条, 1.2万余次, 8000多人 (余 or 多
 * right after the digits, then a unit, 万 or 名)? */
static bool approximate(const char *s, size_t len, size_t i) {
  if (!JFA_AT(s, len, i, "余") && !JFA_AT(s, len, i, "多")) return false;
  i += 3;
  return jfa_unit_at(s, len, i) || JFA_AT(s, len, i, "万") || JFA_AT(s, len, i, "名");
}

/* Does the sentence [ss, se) state a share of a total (占刷卡总量的63%,
 * 占全部用户的四成: 占, then 总 or 全部, then a % within its comma segment)?
 * A level reached beside it is a statistic: 乘车码日均使用量达到42万人次,
 * 占刷卡总量的63%. */
static bool share_of_total(const state *st, size_t ss, size_t se) {
  for (size_t i = ss; i + 3 <= se; i++) {
    if (memcmp(st->s + i, "占", 3) != 0) continue;
    size_t e = i + 3;
    while (e < se && st->s[e] != ',' && e - i < 48) e++;
    if ((find_in(st->s, i + 3, e, "总") || find_in(st->s, i + 3, e, "全部")) &&
        (find_in(st->s, i + 3, e, "%") || find_in(st->s, i + 3, e, "成")))
      return true;
  }
  return false;
}

/* Is there a 共 of a total in [a, b) (共3200件, 全县共上报): not one of 公共, 中共 or a
 * compound (共同, 共享, 共建, 共青团, 共产党 …), which name no total? */
static bool total_in(const state *st, size_t a, size_t b) {
  /* (memchr for its last byte, B1, then a look back, as find_in does) */
  const char *s = st->s, *p = s + a + 2, *end = s + b;
  while (b >= a + 3 && (p = memchr(p, 0xB1, (size_t)(end - p))) != NULL) {
    size_t i = (size_t)(p - s) - 2;
    p++;
    if (memcmp(s + i, "共", 2) == 0 && !prev_in(s, i, "公中") &&
        !next_in(s, st->len, i + 3, "同享建性青产治识用"))
      return true;
  }
  return false;
}

/* Where the year at s[i] ends, past its 年: four digits (2023年) or four Chinese digits
 * (二〇二三年, as plans written out in numerals date themselves); 0 when none is there. */
static size_t year_end(const char *s, size_t len, size_t i) {
  size_t j = i;
  if (i < len && is_digit(s[i])) {
    while (j < len && j < i + 4 && is_digit(s[j])) j++;
    if (j != i + 4) return 0;
  } else {
    for (int k = 0; k < 4; k++, j += 3) { /* (each a 3-byte character; 两 counts, not dates) */
      uint32_t c = cp_at(s, len, j);
      double d = cn_cp(c);
      if (d < 0 || d >= 10 || c == 0x4E24) return 0;
    }
  }
  return JFA_AT(s, len, j, "年") ? j + 3 : 0;
}

/* 2023年全县政务号总点赞量达到120万次: a named year's total said reached is
 * that year's statistic (rules/forced-engagement.lua's year_total first did
 * this for 阅读量 alone): the sentence opens with a year (year_end) and
 * 总 (or 全年, 累计, 共) stands in the comma segment before the level at `at`. A sentence that
 * demands (须达到, 不低于, 纳入考核) keeps it a target (see add_value). */
static bool year_total(const state *st, size_t at) {
  size_t ss = sentence_start(st, at);
  size_t a = year_end(st->s, st->len, ss);
  if (!a) return false;
  for (size_t c = a; c < at; c++)
    if (st->s[c] == ',') a = c + 1;
  /* (the year's whole: 总, 全年, 累计 or 共; 2024年,视频号全年作品播放量达到260万次) */
  size_t se = sentence_end(st, at);
  /* (or the place it won stated after it: 2024年,全县APP注册率达到93%,位列全市
   * 第二; 居全省第三位, 在全市排名第二: a rank told as a fact) */
  bool place = find_in(st->s, at, se, "位列") || find_in(st->s, at, se, "位居") ||
               find_in(st->s, at, se, "居全") || find_in(st->s, at, se, "排名第");
  if (!place && !find_in(st->s, a, at, "总") && !find_in(st->s, a, at, "全年") &&
      !find_in(st->s, a, at, "累计") && !total_in(st, a, at))
    return false;
  /* ... and nothing in the sentence sets it or makes it count (the words
   * year_total read in Lua: 要, 目标, 任务, 通报 beside demands' own; a score
   * by its words, not 分 anywhere: 部分, 分享, 分别 set nothing) */
  static const char *const set[] = {"须", "应", "要", "确保", "力争", "争取", "不低于", "不少于",
                                    "至少", "目标", "任务", "考核", "排名", "通报", "扣",
                                    "计分", "得分", "加分", "减分", "记分", "赋分", "分值",
                                    "满分", "评分"};
  for (size_t k = 0; k < sizeof set / sizeof *set; k++)
    if (find_in(st->s, ss, se, set[k]) && !(place && strcmp(set[k], "排名") == 0)) return false;
  /* (a score by its number: 得1分, 计0.5分, 加两分) */
  for (size_t i = ss + 1; i + 3 <= se; i++)
    if (memcmp(st->s + i, "分", 3) == 0 &&
        (is_digit(st->s[i - 1]) ||
         (i >= ss + 3 && cn_cp(cp_at(st->s, st->len, i - 3)) >= 0) ||
         (i >= ss + 3 && memcmp(st->s + i - 3, "两", 3) == 0) ||
         (i >= ss + 3 && memcmp(st->s + i - 3, "半", 3) == 0)))
      return false;
  return true;
}

/* A cell in a table's column of targets holding a bare figure and nothing
 * else (| 80% | under | 活跃率目标 |; | 人均30分 |, | 1200人 | under 下载任务数):
 * the bound the column sets, at least the figure. A few characters of whom
 * it is per may stand before it (人均, 每村, 每人每月). */
static bool target_figure(state *st) {
  jf_analysis *a = st->a;
  if (a->n_thresholds || a->n_numbers != 1) return true;
  jf_span t = a->numbers[0].span;
  if (t.end != st->len || t.start > 12) return true;
  for (size_t i = 0; i < t.start; i++)
    if ((unsigned char)st->s[i] < 0x80) return true; /* (CJK characters only before it) */
  jf_threshold *th = vec_push(&st->thresholds);
  if (!th) return false;
  th->span = t;
  th->op = JF_OP_GE;
  th->value = a->numbers[0].value;
  memcpy(th->unit, a->numbers[0].unit, sizeof th->unit);
  return true;
}

static bool add_values(state *st, bool scheme) {
  if (st->assessment || scheme) return true;
  size_t n = st->a->n_thresholds, done_to = 0;
  for (size_t k = 0; k < n; k++) {
    jf_span t = st->a->thresholds[k].span;
    if (t.start < done_to) continue;
    const jfa_word *w = jfa_word_at(st->s, st->len, t.start);
    bool value = false;
    if (w && w->kind == KW_CMP) {
      value = strcmp(w->w, "突破") == 0 || strcmp(w->w, "超过") == 0 ||
              /* a level said reached (已达8万人次, 已达到, 达到了) */
              ((strcmp(w->w, "达") == 0 || strcmp(w->w, "达到") == 0) &&
               (prev_is(st->s, t.start, "已") || JFA_AT(st->s, st->len, t.start + strlen(w->w), "了") ||
                share_of_total(st, sentence_start(st, t.start), sentence_end(st, t.end)) ||
                year_total(st, t.start)));
    } else {
      /* a measure named before its value, the record 最高 before the measure
       * in its segment (单条视频最高点赞量3.2万) */
      size_t a = t.start > 18 ? t.start - 18 : 0; /* six characters */
      for (size_t c = a; c < t.start; c++)
        if (st->s[c] == ',') a = c + 1;
      value = find_in(st->s, a, t.start, "最高");
    }
    if (!value) continue;
    if (!add_value(st, t, &done_to)) return false;
  }
  /* an approximate value (日均登录人数约450人, 约为300条): measured, never set;
   * so is a value gained (粉丝增加4000人, 阅读量增长12%) or received (获点赞3万
   * 次, 获赞1200个: 获 before it in its segment) */
  for (size_t k = 0; k < st->a->n_numbers; k++) {
    jf_span t = st->a->numbers[k].span;
    if (t.start < done_to) continue;
    const char *s = st->s;
    /* an approximate count (发布信息40余条, 1.2万余次, 8000多人): what was
     * done, counted after the fact; no plan sets 40余条 */
    bool value = approximate(s, st->len, t.end) || prev_is(s, t.start, "约") ||
                 (t.start >= 6 && prev_is(s, t.start, "为") && prev_is(s, t.start - 3, "约")) ||
                 (t.start >= 6 && (prev_is(s, t.start, "加") || prev_is(s, t.start, "长")) &&
                  (prev_is(s, t.start - 3, "增")));
    if (!value) {
      size_t a = t.start > 18 ? t.start - 18 : 0; /* six characters */
      for (size_t c = a; c < t.start; c++)
        if (s[c] == ',') a = c + 1;
      value = find_in(s, a, t.start, "获");
    }
    if (value && !add_value(st, t, &done_to)) return false;
  }
  return true;
}

/* 问:今年还要在群里回复“收到”吗?答:不需要…: a question asks, it demands
 * nothing; what it names is described (the answer, a sentence of its own,
 * may demand or renounce it). A sentence ending in ? after a Chinese
 * character becomes the scope of a report. */
static bool add_questions(state *st) {
  const char *s = st->s, *q = s;
  while ((q = memchr(q, '?', st->len - (size_t)(q - s))) != NULL) {
    size_t at = (size_t)(q - s);
    q++;
    if (at == 0 || (unsigned char)s[at - 1] < 0x80) continue;
    size_t ss = sentence_start(st, at);
    jf_prohibition *p = vec_push(&st->prohibitions);
    if (!p) return false;
    p->trigger = (jf_span){(uint32_t)at, (uint32_t)at + 1};
    p->scope = (jf_span){(uint32_t)ss, (uint32_t)at};
    strcpy(p->kind, "report");
    if ((size_t)(q - s) >= st->len) break;
  }
  return true;
}

/* 不得将下载量纳入考核,活跃率不得低于80%: a forward prohibition stops at the
 * comma before a later threshold, which states a requirement of its own. */
static void trim_scopes(state *st) {
  jf_analysis *a = st->a;
  for (size_t p = 0; p < a->n_prohibitions; p++) {
    jf_prohibition *pr = &a->prohibitions[p];
    if (pr->scope.start != pr->trigger.end ||
        jfa_at(st->s, st->len, pr->trigger.start, "针对", 6) || /* 针对 governs the whole problem */
        strcmp(pr->kind, "report") == 0) /* so does a report: 调研发现,一天最多要登录14个系统 */
      continue;
    for (size_t t = 0; t < a->n_thresholds; t++) {
      jf_span ts = a->thresholds[t].span;
      if (ts.start < pr->scope.start || ts.start >= pr->scope.end) continue;
      size_t c = ts.start;
      while (c > pr->scope.start && st->s[c - 1] != ',') c--;
      if (c > pr->scope.start) pr->scope.end = (uint32_t)(c - 1);
      break;
    }
  }
}

/* In a report (自查整改情况的报告) a clause describes what others did
 * (部分股室要求网格员每天打卡接龙; 同一批数据需要在3个平台重复填报) unless
 * the document itself demands, in its own voice: 须, 应当, 确保, 今后,
 * 下一步 …, or the clause stands under its heading of the next steps, where
 * every clause is the report's own plan (积分将继续作为评先依据) (its
 * prohibitions, 严禁 and 不得, have scopes of their own). */
static bool own_demand(const state *st, bool problems, bool plans) {
  if (plans) return true;
  /* the words of time (今后, 下一步) first: they are the report's own voice even
   * under a heading of problems found, where 须 … only quote the problems */
  static const char *own[] = {"今后", "下一步", "下步", "须", "务必", "应当", "确保", "力争",
                              "争取", "一律"};
  size_t n = problems ? 3 : sizeof own / sizeof *own;
  for (size_t k = 0; k < n; k++)
    if (find_in(st->s, 0, st->len, own[k])) return true;
  return false;
}

/* Is the span inside the scope of a prohibition or a cancellation (not of a
 * fact or a report, which describe rather than renounce)? */
static bool renounced(const jf_analysis *a, jf_span sp) {
  for (size_t i = 0; i < a->n_prohibitions; i++) {
    const jf_prohibition *p = &a->prohibitions[i];
    if ((strcmp(p->kind, "prohibit") == 0 || strcmp(p->kind, "cancel") == 0) &&
        sp.start >= p->scope.start && sp.end <= p->scope.end)
      return true;
  }
  return false;
}

/* 平台记录的学习时长仅用于自我管理,学院不对学习时长进行排名和考核: a link word
 * inside the scope of a prohibition is renounced with what it governs, even
 * where the measure was named before it, outside the scope. The clause is
 * linked by a link word or a penalty outside every such scope, else by none
 * (a scheme item or a scored plan still link it: see jf_analyze). */
static void unlink_renounced(state *st) {
  jf_analysis *a = st->a;
  if (a->link != JF_LINK_EXPLICIT || !a->n_prohibitions || !renounced(a, a->link_span)) return;
  for (size_t k = 0; k < st->n_ev; k++) {
    const ev *e = &st->evs[k];
    jf_span sp = {e->start, e->end};
    if (e->type == EV_KW && e->w->link && !renounced(a, sp)) {
      a->link_span = sp;
      return;
    }
  }
  for (size_t k = 0; k < a->n_penalties; k++)
    if (!renounced(a, a->penalties[k].span)) {
      a->link_span = a->penalties[k].span;
      return;
    }
  a->link = JF_LINK_NONE;
  a->link_span = (jf_span){0, 0};
}

#if ONE_BLOCK
/* Room for an array of n elements of `size` bytes, to a multiple of 16 (any
 * field's alignment). */
static size_t room(size_t n, size_t size) { return (n * size + 15) & ~(size_t)15; }

/* Copy an array of `bytes` to block + off; its new place, NULL when empty. */
static void *put_array(char *block, size_t off, const void *src, size_t bytes) {
  if (!bytes) return NULL;
  memcpy(block + off, src, bytes);
  return block + off;
}
#endif

/* The analysis built in a, in one block of its own: the header, then each
 * array (NULL when empty), so that the arrays come from one allocation and
 * jf_analysis_free is one free. NULL when out of memory. Where the C
 * library cannot tell a block's size (see jf_analysis_free), each array is
 * an allocation of its own instead. */
static jf_analysis *finish(const jf_analysis *a) {
#if !ONE_BLOCK
  jf_analysis *out = malloc(sizeof *out);
  if (!out) return NULL;
  *out = *a;
  void **field[] = {(void **)&out->numbers, (void **)&out->thresholds,
                    (void **)&out->frequencies, (void **)&out->penalties,
                    (void **)&out->prohibitions};
  size_t bytes[] = {a->n_numbers * sizeof *a->numbers, a->n_thresholds * sizeof *a->thresholds,
                    a->n_frequencies * sizeof *a->frequencies,
                    a->n_penalties * sizeof *a->penalties,
                    a->n_prohibitions * sizeof *a->prohibitions};
  bool ok = true;
  for (size_t k = 0; k < 5; k++) {
    void *src = *field[k];
    *field[k] = bytes[k] && ok ? malloc(bytes[k]) : NULL;
    if (bytes[k] && !*field[k]) ok = false;
    if (*field[k]) memcpy(*field[k], src, bytes[k]);
  }
  if (!ok) {
    jf_analysis_free(out);
    return NULL;
  }
  return out;
#else
  size_t on = room(1, sizeof *a);
  size_t ot = on + room(a->n_numbers, sizeof *a->numbers);
  size_t of = ot + room(a->n_thresholds, sizeof *a->thresholds);
  size_t op = of + room(a->n_frequencies, sizeof *a->frequencies);
  size_t oh = op + room(a->n_penalties, sizeof *a->penalties);
  size_t total = oh + room(a->n_prohibitions, sizeof *a->prohibitions);
  char *block = malloc(total);
  if (!block) return NULL;
  jf_analysis *out = (jf_analysis *)(void *)block;
  *out = *a;
  out->numbers = put_array(block, on, a->numbers, a->n_numbers * sizeof *a->numbers);
  out->thresholds = put_array(block, ot, a->thresholds, a->n_thresholds * sizeof *a->thresholds);
  out->frequencies =
      put_array(block, of, a->frequencies, a->n_frequencies * sizeof *a->frequencies);
  out->penalties = put_array(block, op, a->penalties, a->n_penalties * sizeof *a->penalties);
  out->prohibitions =
      put_array(block, oh, a->prohibitions, a->n_prohibitions * sizeof *a->prohibitions);
  return out;
#endif
}

jf_analysis *jf_analyze(const char *text, size_t len, const jf_analyze_ctx *ctx) {
  jf_analysis ab = {0}, *a = &ab, *res = NULL; /* built here, then copied (finish) */
  state stb, *st = &stb; /* on the stack: no allocation but the result's block */
  if (!text) len = 0;
  if (len > UINT32_MAX) len = UINT32_MAX; /* spans are 32-bit */
  tables_init();
  memset(st, 0, offsetof(state, ev_local));
  st->s = text ? text : "";
  st->len = len;
  st->a = a;
  vec_init(&st->numbers, (void **)&a->numbers, &a->n_numbers, st->numbers_local, 16,
           sizeof(jf_number));
  vec_init(&st->thresholds, (void **)&a->thresholds, &a->n_thresholds, st->thresholds_local, 8,
           sizeof(jf_threshold));
  vec_init(&st->frequencies, (void **)&a->frequencies, &a->n_frequencies, st->frequencies_local,
           8, sizeof(jf_frequency));
  vec_init(&st->penalties, (void **)&a->penalties, &a->n_penalties, st->penalties_local, 8,
           sizeof(jf_penalty));
  vec_init(&st->prohibitions, (void **)&a->prohibitions, &a->n_prohibitions,
           st->prohibitions_local, 16, sizeof(jf_prohibition));
  st->evs = st->ev_local;
  st->cap_ev = sizeof st->ev_local / sizeof *st->ev_local;
  st->has_score = false;
  st->assessment = ctx && ctx->assessment_doc;

  if (!tokenize(st) || !interpret(st)) goto fail;
  if (ctx && ctx->target_cell && !target_figure(st)) goto fail;
  failing_bounds(st);
  check_facts(st);
  check_reports(st);
  averages_alone(st);
  turn_reports(st);
  if ((a->n_thresholds || a->n_numbers) && !add_values(st, ctx && ctx->scheme_item)) goto fail;
  if (!add_questions(st)) goto fail;
  trim_scopes(st);
  /* …每天打卡不少于1次。现已取消。: the next clause cancels this one (after
   * trim_scopes, which would cut a forward scope at a threshold; before
   * unlink_renounced, so that the clause's link goes with it) */
  if (ctx && ctx->cancelled) {
    jf_prohibition *p = vec_push(&st->prohibitions);
    if (!p) goto fail;
    p->trigger = (jf_span){0, 0};
    p->scope = (jf_span){0, (uint32_t)len};
    strcpy(p->kind, "cancel");
  }
  unlink_renounced(st);
  /* a report's own demand (须, 今后) is no description, except in a section
   * listing the problems found, whose items quote the demands made before
   * (there only 今后, 下一步 speak for the report). A section listing the
   * problems found describes them whatever the title: a summary that also
   * plans (…工作总结和下半年工作打算) is no report, but its 二、存在的问题
   * quotes the demands it criticises as a report's would. An assessment
   * plan's item with a score keeps its demand, and outside a report one
   * with a penalty too (…每少1条扣0.5分 under a heading of problems) */
  if (ctx && (ctx->report_doc || ctx->problem_section) &&
      !(ctx->assessment_doc &&
        (st->has_score || (!ctx->report_doc && st->a->n_penalties > 0))) &&
      !own_demand(st, ctx->problem_section, ctx->plan_section)) {
    jf_prohibition *p = vec_push(&st->prohibitions);
    if (!p) goto fail;
    p->trigger = (jf_span){0, 0};
    p->scope = (jf_span){0, (uint32_t)len};
    strcpy(p->kind, "report");
  }
  if (a->link == JF_LINK_NONE && ctx && ctx->scheme_item) a->link = JF_LINK_SCHEME;
  if (a->link == JF_LINK_NONE && ctx && ctx->assessment_doc && st->has_score)
    a->link = JF_LINK_DOCUMENT;
  res = finish(a);
fail:
  vec_release(&st->numbers);
  vec_release(&st->thresholds);
  vec_release(&st->frequencies);
  vec_release(&st->penalties);
  vec_release(&st->prohibitions);
  if (st->evs != st->ev_local) free(st->evs);
  return res;
}

jf_analysis *jf_analysis_copy(const jf_analysis *a) { return a ? finish(a) : NULL; }

/* Free p unless it lies in [lo, hi). */
static void free_outside(void *p, uintptr_t lo, uintptr_t hi) {
  if (p && !((uintptr_t)p >= lo && (uintptr_t)p < hi)) free(p);
}

/* An analysis of jf_analyze is one block with its arrays in it (finish). One
 * put together by hand (as tests do) has arrays allocated on their own, and
 * those never lie inside another live allocation: every array outside a's
 * block is freed on its own. */
void jf_analysis_free(jf_analysis *a) {
  if (!a) return;
#if ONE_BLOCK
  uintptr_t lo = (uintptr_t)a, hi = lo + malloc_usable_size(a);
#else
  uintptr_t lo = 0, hi = 0;
#endif
  free_outside(a->numbers, lo, hi);
  free_outside(a->thresholds, lo, hi);
  free_outside(a->frequencies, lo, hi);
  free_outside(a->penalties, lo, hi);
  free_outside(a->prohibitions, lo, hi);
  free(a);
}

/* 纳入 or 列入 says where the measure is put; the words up to what it is put
 * into (纳入年度考核, 列入乡镇绩效考评) are the link as an inspector reads it.
 * Within eight characters of the same segment, else the word alone. */
jf_span jf_link_wording(const char *text, size_t len, jf_span link) {
  if (link.end > len || link.end - link.start != 6 ||
      (memcmp(text + link.start, "纳入", 6) != 0 && memcmp(text + link.start, "列入", 6) != 0))
    return link;
  static const char *into[] = {"考核", "考评", "评比", "评价", "评分", "评优", "评先", "绩效",
                               "积分", "计分", "打分", "排名", "奖惩", "目标管理"};
  size_t i = link.end, end = 0;
  for (int chars = 0; i < len && chars < 8; chars++) {
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80 && !(c >= '0' && c <= '9')) break; /* punctuation ends the segment */
    size_t k = 0;
    for (; k < sizeof into / sizeof *into; k++) {
      size_t wl = strlen(into[k]);
      if (i + wl <= len && memcmp(text + i, into[k], wl) == 0) {
        i = end = i + wl; /* and the next, if one follows (绩效考评) */
        break;
      }
    }
    if (k < sizeof into / sizeof *into) continue;
    if (end) break;
    if (c >= 0x80 && i + 3 <= len && memcmp(text + i, "、", 3) == 0) break;
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  if (end) link.end = (uint32_t)end;
  return link;
}

bool jf_analysis_prohibited(const jf_analysis *a, jf_span span) {
  if (!a) return false;
  for (size_t i = 0; i < a->n_prohibitions; i++) {
    jf_span sc = a->prohibitions[i].scope;
    if (sc.start <= span.start && span.end <= sc.end) return true;
  }
  return false;
}

/* A title names a report of facts and problems when it says 情况报告,
 * 关于…的报告, 自查/整改/调研报告, an inquiry's report (反馈报告, 督查报告,
 * 巡察报告 …) or lists problems (问题清单, 整改清单); not
 * 政府工作报告 or 工作总结及下半年工作打算, which plan as well, nor 报告制度. */
bool jf_title_is_report(const char *title, size_t len) {
  static const char *words[] = {"问题清单", "整改清单", "情况报告", "情况的报告", "自查报告",
                                "整改报告", "调研报告", "的报告"};
  /* an inquiry's report (专项监督情况的反馈报告, 督查报告, 巡察报告) when the
   * title ends in it: not 评估报告编制规范 */
  static const char *inquiry[] = {"反馈", "督查", "监督", "检查", "巡察", "巡查", "核查", "评估",
                                  "审计"};
  /* a notice or a plan that names a report it asks for (关于做好自查报告报送
   * 工作的通知) is no report; one that issues a report (印发《…情况的报告》的
   * 通知) carries it */
  static const char *ask[] = {"通知", "方案", "办法", "细则", "规定", "意见", "要点", "计划"};
  if (!title) return false;
  while (len > 0 && title[len - 1] == ' ') len--;
  /* a sentence is no title (a one-line document's only clause, 各部门每季度
   * 报送调研报告各2份,未报送的扣1分。: the report it names is a demand's
   * object): a comma in it (问题清单:部分科室要求…。 still lists problems) */
  if (memchr(title, ',', len) || memmem(title, len, "，", 3)) return false;
  for (size_t k = 0; k < sizeof ask / sizeof *ask; k++) {
    size_t al = strlen(ask[k]);
    if (len >= al && memcmp(title + len - al, ask[k], al) == 0) {
      const char *open = memmem(title, len, "《", 3), *close = memmem(title, len, "》", 3);
      if (!open || !close || close < open) return false;
      return jf_title_is_report(open + 3, (size_t)(close - open - 3));
    }
  }
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (find_in(title, 0, len, words[k])) return true;
  /* a notice of typical cases (关于5起…典型问题的通报) tells what was done and
   * punished, as a report's problems found do */
  if (len >= 6 && memcmp(title + len - 6, "通报", 6) == 0 &&
      (find_in(title, 0, len, "典型问题") || find_in(title, 0, len, "典型案例")))
    return true;
  if (len < 12 || memcmp(title + len - 6, "报告", 6) != 0) return false;
  for (size_t k = 0; k < sizeof inquiry / sizeof *inquiry; k++)
    if (memcmp(title + len - 12, inquiry[k], 6) == 0) return true;
  return false;
}

bool jf_heading_lists_problems(const char *h, size_t len) {
  static const char *done[] = {"整改", "措施", "下一步", "下步", "打算", "成效", "建议", "对策",
                               "解决", "意见", "要求", "治理", "整治", "纠治", "纠正", "查处",
                               "攻坚",
                               /* answers to questions asked (常见问题答复, 问题解答) */
                               "答复", "解答", "问答"};
  /* 问题 as the object of the work a section scores or asks for (问题发现与上报,
   * 隐患问题排查, 坚持问题导向): a work item, not the problems found */
  static const char *work[] = {"发现", "上报", "报送", "处置", "处理", "排查", "办理", "核查",
                               "核实", "受理", "化解", "交办", "流转", "销号", "线索", "导向",
                               "收集", "反馈", "督办"};
  if (!h || !find_in(h, 0, len, "问题")) return false;
  for (size_t k = 0; k < sizeof done / sizeof *done; k++)
    if (find_in(h, 0, len, done[k])) return false;
  /* a heading with a score is an assessment item ((三)问题上报(15分)) */
  for (const char *p = h, *end = h + len; (p = memmem(p, (size_t)(end - p), "分)", 4)); p += 4)
    for (const char *q = p; q > h; q--) { /* (15分), (15 分) */
      if (q[-1] == ' ') continue;
      if (q[-1] >= '0' && q[-1] <= '9') return false;
      break;
    }
  for (const char *p = h, *end = h + len; (p = memmem(p, (size_t)(end - p), "问题", 6)); p += 6) {
    bool work_of = false;
    for (size_t k = 0; k < sizeof work / sizeof *work && !work_of; k++) {
      size_t wl = strlen(work[k]);
      work_of = (size_t)(end - p - 6) >= wl && memcmp(p + 6, work[k], wl) == 0;
    }
    if (!work_of) return true; /* 问题 named as the problems (存在的问题, 问题清单) */
  }
  return false;
}

/* 成效, 成绩, 成果 as what was achieved; not with the work that got it
 * (主要做法及成效, 整改措施及成效), a target (预期成效, 力争), an assessment
 * (成效考核, 成效评价, (20分)), a use (成果运用) or problems and plans. */
bool jf_heading_states_results(const char *h, size_t len) {
  static const char *results[] = {"成效", "成绩", "成果"};
  static const char *other[] = {"做法", "措施", "举措", "整改", "预期", "预计", "目标", "力争",
                                "确保", "要求", "考", "评", "标准", "指标", "运用", "应用",
                                "问题", "打算", "计划", "下一步", "下步", "今后", "分)"};
  if (!h) return false;
  bool found = false;
  for (size_t k = 0; k < sizeof results / sizeof *results && !found; k++)
    found = find_in(h, 0, len, results[k]);
  if (!found) return false;
  for (size_t k = 0; k < sizeof other / sizeof *other; k++)
    if (find_in(h, 0, len, other[k])) return false;
  return true;
}

bool jf_heading_plans_ahead(const char *h, size_t len) {
  static const char *ahead[] = {"下一步", "下步", "今后", "工作打算", "工作计划", "工作思路",
                                "努力方向"};
  if (!h || find_in(h, 0, len, "问题")) return false; /* 存在问题及下步打算: mixed */
  for (size_t k = 0; k < sizeof ahead / sizeof *ahead; k++)
    if (find_in(h, 0, len, ahead[k])) return true;
  return false;
}

/* A title names an assessment plan when it says 考核/考评/评分/细则 …; 办法
 * only together with a word of scoring or management (管理办法 often scores,
 * 采购办法 does not), 方案/标准/体系 only with 考 or 评 (评价方案). */
/* 计分 as a word: not the 计 of 统计, 会计 (统计分析报告, 会计分录) */
static bool scoring_in(const char *s, size_t len) {
  const char *p = s, *end = s + len;
  while ((p = memmem(p, (size_t)(end - p), "计分", 6)) != NULL) {
    if (p - s < 3 || (memcmp(p - 3, "统", 3) != 0 && memcmp(p - 3, "会", 3) != 0)) return true;
    p += 6;
  }
  return false;
}

bool jf_title_is_assessment(const char *title, size_t len) {
  static const char *strong[] = {"考核", "考评", "评分", "细则", "记分", "打分",
                                 "评比", "积分制", "绩效评价", "督查"};
  static const char *bf_with[] = {"考", "评", "积分", "奖惩", "管理"};
  static const char *plan[] = {"方案", "标准", "体系", "指标", "制度"};
  if (!title) return false;
  if (scoring_in(title, len)) return true;
  for (size_t k = 0; k < sizeof strong / sizeof *strong; k++)
    if (find_in(title, 0, len, strong[k])) return true;
  if (find_in(title, 0, len, "办法"))
    for (size_t k = 0; k < sizeof bf_with / sizeof *bf_with; k++)
      if (find_in(title, 0, len, bf_with[k])) return true;
  if (find_in(title, 0, len, "考") || find_in(title, 0, len, "评"))
    for (size_t k = 0; k < sizeof plan / sizeof *plan; k++)
      if (find_in(title, 0, len, plan[k])) return true;
  return false;
}
