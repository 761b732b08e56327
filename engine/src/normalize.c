/* normalize.c — text for matching: NFKC, traditional to simplified, ASCII lower case,
 * no invisible characters, no PDF spacing, with a byte-exact map back to the source.
 *
 * Each source character is normalized on its own (a base character and the
 * combining marks after it count as one), so every output byte can name the one
 * source character that produced it. For speed the result for every BMP code
 * point — its normalized form when that is a single code point, and whether it
 * is white space, invisible, CJK, a combining mark or expands to several code
 * points — is computed into a 64K table at build time (norm_bmp.h,
 * tools/gen_t2s.c); only expansions and characters outside the BMP go through
 * utf8proc at run time. A bitmap of that table (jf_norm_same: CJK characters
 * that normalize to themselves, 8 KB) lets runs of ordinary Chinese text be
 * copied whole.
 *
 * White space. A run of white space (spaces, tabs, line breaks, U+3000, NBSP…)
 * is dropped at the start and end, dropped when the normalized character
 * before or after it is CJK (ideographs, CJK punctuation such as 。、《》“”,
 * kana, Hangul), and otherwise becomes one ASCII space. So "活 跃 率",
 * "活跃\n率" and "使用 APP 打卡" become "活跃率" and "使用app打卡", while
 * "daily active users" keeps its spaces. Dropping next to any CJK character
 * rather than only between two of them makes the spacing habits of different
 * writers ("第 3 条", "2024 年") normalize to one form. Classes are taken from
 * the normalized text (full-width ，％ are ASCII by then) so that normalizing
 * twice changes nothing. A space inside a number ("不少于 3 0 分钟", every glyph
 * spaced by PDF extraction) is dropped too when the spaced number has CJK text
 * before it and CJK text, a comma, a semicolon, a colon or the end after it:
 * "3 0" there is 30, while "2023 2024 report" and a bare "80 %" keep their
 * spaces. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "jianfu/normalize.h"
#include "normalize_int.h"
#include "t2s_table.h"

static inline uint32_t norm_t2s(uint32_t cp) {
  return jf_t2s_char(cp);
}
#include "norm_bmp.h"

/* Most combining marks a cluster takes; keeps the utf8proc buffer bounded. */
#define MAX_MARKS 8
#define NFKC_BUF 256

uint32_t jf_t2s_char(uint32_t cp) {
  if (cp < jf_t2s_pairs[0][0]) return cp;
  size_t lo = 0, hi = JF_T2S_COUNT;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (jf_t2s_pairs[mid][0] < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < JF_T2S_COUNT && jf_t2s_pairs[lo][0] == cp ? jf_t2s_pairs[lo][1] : cp;
}

/* Table entry for a code point outside the BMP. */
static uint32_t supp_entry(uint32_t cp) {
  if (is_invisible(cp)) return cp | F_DROP;
  uint32_t f = is_cjk(cp) ? F_CJK : 0;
  if (utf8proc_get_property((utf8proc_int32_t)cp)->combining_class) f |= F_COMB;
  /* Extension B and later ideographs are NFKC-stable; the compatibility
   * supplement (U+2F800–2FA1F) and everything else go through utf8proc. */
  if ((cp >= 0x20000 && cp < 0x2F800) || (cp >= 0x30000 && cp <= 0x3FFFF))
    return jf_t2s_char(cp) | f;
  return cp | f | F_COMPLEX;
}

/* Decode the character at s[0..n) (n >= 1). Invalid bytes read as U+FFFD, one
 * byte each, so a bad caller gets garbage out but no overread. */
static inline uint32_t decode(const unsigned char *s, size_t n, size_t *k) {
  uint32_t c = s[0];
  if (c < 0x80) {
    *k = 1;
    return c;
  }
  if (c >= 0xC2 && c < 0xE0 && n >= 2 && (s[1] & 0xC0) == 0x80) {
    *k = 2;
    return (c & 0x1F) << 6 | (s[1] & 0x3F);
  }
  if (c >= 0xE0 && c < 0xF0 && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
    uint32_t cp = (c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      *k = 3;
      return cp;
    }
  } else if (c >= 0xF0 && c < 0xF5 && n >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
             (s[3] & 0xC0) == 0x80) {
    uint32_t cp = (c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 | (uint32_t)(s[2] & 0x3F) << 6 |
                  (s[3] & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *k = 4;
      return cp;
    }
  }
  *k = 1;
  return 0xFFFD;
}

/* Characters of a number as PDF extraction spaces it out: 3 0 . 5 % */
static inline bool num_char(uint32_t c) { return (c >= '0' && c <= '9') || c == '.' || c == '%'; }

static uint32_t entry(uint32_t cp);

/* Does the spaced number going on at raw[i] (number characters and white
 * space) end at a CJK character, at a comma, semicolon or colon (，；： are
 * ASCII once normalized: "不低于 9 0 % ，扣2分") or at the end of the text?
 * Full-width digits count as digits, as they will be. */
static bool spaced_number_ends_cjk(const unsigned char *r, size_t i, size_t len) {
  while (i < len) {
    size_t k;
    uint32_t v = entry(decode(r + i, len - i, &k));
    uint32_t c = v & CP_MASK;
    if (!(v & (F_SPACE | F_DROP)) && ((v & F_COMPLEX) || !num_char(c)))
      return (v & F_CJK) != 0 || c == ',' || c == ';' || c == ':';
    i += k;
  }
  return true;
}

static inline uint32_t entry(uint32_t cp) {
  return cp < 0x10000 ? jf_norm_bmp[cp] : supp_entry(cp);
}

/* A spaced number that opens the text ("2 0 2 4 年，…" of a PDF extract) joins
 * when it runs into a CJK character: only number characters kept so far and
 * the run ending at a CJK character (not at the end: "80 %" stays). */
static bool spaced_number_opens(const char *out, size_t n, const unsigned char *r, size_t i,
                                size_t len) {
  for (size_t q = 0; q < n; q++)
    if (!num_char((unsigned char)out[q])) return false;
  while (i < len) {
    size_t k;
    uint32_t v = entry(decode(r + i, len - i, &k));
    if (!(v & (F_SPACE | F_DROP)) && ((v & F_COMPLEX) || !num_char(v & CP_MASK)))
      return (v & F_CJK) != 0;
    i += k;
  }
  return false;
}


static inline bool letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* The output under construction. */
typedef struct buf {
  char *text;
  uint32_t *start, *end;
  size_t len, cap;
} buf;

/* text, start and end share one allocation (one malloc and one free per
 * clause instead of three): text's cap + 1 bytes first, so that the block is
 * text's pointer (callers may take text over and free it alone), then
 * start's and end's cap + 1 entries each. Out of line: grow() below calls it
 * only when full. */
static bool grow_slow(buf *b, size_t need) {
  size_t cap = b->cap * 2;
  if (cap < b->len + need) cap = b->len + need;
  size_t tbytes = (cap + 1 + 3) & ~(size_t)3; /* keeps the maps aligned */
  char *t = malloc(tbytes + (cap + 1) * (2 * sizeof(uint32_t)));
  if (!t) return false;
  uint32_t *s = (uint32_t *)(void *)(t + tbytes), *e = s + cap + 1;
  if (b->len) {
    memcpy(t, b->text, b->len);
    memcpy(s, b->start, b->len * sizeof *s);
    memcpy(e, b->end, b->len * sizeof *e);
  }
  free(b->text);
  b->text = t;
  b->start = s;
  b->end = e;
  b->cap = cap;
  return true;
}

static inline bool grow(buf *b, size_t need) {
  return b->len + need <= b->cap || grow_slow(b, need);
}

/* UTF-8 of cp (a valid scalar value) into u; returns its length. Inline: it
 * runs for every non-ASCII character written. */
static inline size_t encode(uint32_t cp, unsigned char u[4]) {
  if (cp < 0x80) {
    u[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    u[0] = (unsigned char)(0xC0 | cp >> 6);
    u[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    u[0] = (unsigned char)(0xE0 | cp >> 12);
    u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  if (cp > 0x10FFFF) return 0; /* as utf8proc_encode_char */
  u[0] = (unsigned char)(0xF0 | cp >> 18);
  u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
  u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
  u[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Append cp as UTF-8, every byte mapped to [s, e). Capacity is checked by the caller. */
static inline void put(buf *b, uint32_t cp, uint32_t s, uint32_t e) {
  unsigned char u[4];
  size_t n = encode(cp, u);
  for (size_t j = 0; j < n; j++) {
    b->text[b->len] = (char)u[j];
    b->start[b->len] = s;
    b->end[b->len] = e;
    b->len++;
  }
}

/* PDF extraction spaces out a Latin word standing in Chinese text as it
 * spaces the characters around it ("两 个 A P P 中"). A space between two
 * letters is dropped when the letters are single ones, spaced, from a CJK
 * character before them to one after them: "app" there is the word, while
 * "AP P", "使用 App 打卡" (one word: its spaces are dropped anyway) and
 * "daily active users" keep theirs. Does the output end with such a run: a
 * CJK character, then single letters each a gap apart in the source? */
static bool spaced_letters_before(const buf *b) {
  size_t k = b->len;
  if (!k || !letter((unsigned char)b->text[k - 1])) return false;
  while (k > 0 && letter((unsigned char)b->text[k - 1])) {
    if (k >= 2 && letter((unsigned char)b->text[k - 2]) && b->start[k - 1] <= b->end[k - 2])
      return false; /* two letters side by side in the source: a word */
    k--;
  }
  if (k == 0) return false;
  size_t j = k - 1, n;
  while (j > 0 && ((unsigned char)b->text[j] & 0xC0) == 0x80) j--;
  return is_cjk(decode((const unsigned char *)b->text + j, k - j, &n));
}

/* ... and does the run going on at r[i] continue as single letters and white
 * space up to a CJK character? */
static bool spaced_letters_end_cjk(const unsigned char *r, size_t i, size_t len) {
  bool after_letter = false;
  while (i < len) {
    size_t k;
    uint32_t v = entry(decode(r + i, len - i, &k));
    if (v & (F_SPACE | F_DROP)) {
      after_letter = false;
    } else if (!(v & F_COMPLEX) && letter(v & CP_MASK)) {
      if (after_letter) return false;
      after_letter = true;
    } else {
      return !(v & F_COMPLEX) && (v & F_CJK) != 0;
    }
    i += k;
  }
  return false;
}

/* NFKC of a character with its combining marks (or of one that expands), then
 * t2s and lower case on each resulting code point, into cps (NFKC_BUF long).
 * Returns the number of code points. */
static size_t nfkc_cluster(const char *s, size_t n, uint32_t *cps) {
  utf8proc_int32_t u[NFKC_BUF];
  utf8proc_ssize_t m =
      utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, u, NFKC_BUF, NFKC_OPTS);
  if (m >= 0 && m <= NFKC_BUF) m = utf8proc_normalize_utf32(u, m, NFKC_OPTS);
  if (m < 0 || m > NFKC_BUF) {
    /* Invalid bytes, or too long (not within MAX_MARKS): normalize each
     * character that maps to one code point, keep the others as they are. */
    size_t k, j = 0;
    for (size_t i = 0; i < n && j < NFKC_BUF; i += k) {
      uint32_t c = decode((const unsigned char *)s + i, n - i, &k), v = entry(c);
      cps[j++] = v & F_COMPLEX ? c : v & CP_MASK;
    }
    return j;
  }
  for (utf8proc_ssize_t j = 0; j < m; j++)
    cps[j] = fold((uint32_t)u[j]);
  return (size_t)m;
}

/* Class of the last kept character for the white-space rule. */
typedef enum cls { NONE, OTHER, CJK } cls;

/* Is the 3-byte sequence at r[i] (i + 3 <= len) a character that normalizes
 * to itself and is CJK (jf_norm_same)? Invalid, overlong and surrogate
 * sequences are not: the table has no bit for them. */
static inline bool same_cp(uint32_t cp) { return jf_norm_same[cp >> 6] >> (cp & 63) & 1; }

static inline bool same_at(const unsigned char *r, size_t i) {
  uint32_t b0 = r[i], b1 = r[i + 1], b2 = r[i + 2];
  if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
  uint32_t cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
  return same_cp(cp);
}

/* 8 bytes at p, little-endian (one load on common targets). */
static inline uint64_t load_le64(const unsigned char *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
         (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* same_cp of the 3-byte sequence in the low 24 bits of w (lead byte lowest),
 * whose lead and continuation bits are known to be right. The bitmap word is
 * cp >> 6, which is the lead's low 4 bits and the first continuation's 6;
 * the bit is the last continuation's 6: no need to assemble cp first. */
static inline bool same_w(uint64_t w) {
  return jf_norm_same[(w & 0x0F) << 6 | (w >> 8 & 0x3F)] >> (w >> 16 & 63) & 1;
}

/* Two 3-byte sequences in the low 6 bytes of w (lead byte lowest)? */
static inline bool two_lead3(uint64_t w) {
  return (w & 0xC0C0F0C0C0F0ull) == 0x8080E08080E0ull;
}

/* Where the run of same_at characters from r[i] ends. Four characters per
 * step from two overlapping 8-byte loads while 14 bytes remain, then two per
 * step from one: a pair is two 3-byte sequences when the lead and
 * continuation bits of its 6 bytes are right. */
static inline __attribute__((always_inline)) size_t same_run(const unsigned char *r, size_t i,
                                                              size_t len) {
  for (; i + 14 <= len; i += 12) {
    uint64_t w = load_le64(r + i), x = load_le64(r + i + 6);
    if (!two_lead3(w)) break;
    if (!same_w(w)) return i;
    if (!same_w(w >> 24)) return i + 3;
    if (!two_lead3(x)) {
      i += 6;
      break;
    }
    if (!same_w(x)) return i + 6;
    if (!same_w(x >> 24)) return i + 9;
  }
  for (; i + 8 <= len; i += 6) {
    uint64_t w = load_le64(r + i);
    if (!two_lead3(w)) break;
    if (!same_w(w)) return i;
    if (!same_w(w >> 24)) return i + 3;
  }
  while (i + 3 <= len && same_at(r, i)) i += 3;
  return i;
}

/* same_cp of the well-formed 3-byte sequence at p. The bytes' fixed bits are
 * subtracted as constants rather than masked off, which the compiler folds
 * into the load's displacement, and the bit is the third byte's low six
 * (a 64-bit shift counts modulo 64). */
static inline bool same3(const unsigned char *p) {
  size_t word = ((size_t)p[0] << 6) + p[1] - ((0xE0u << 6) + 0x80);
  return jf_norm_same[word] >> (p[2] & 63) & 1;
}

/* The maps of the characters copied at text + o from source offset s, two
 * 3-byte characters' worth (the second is overwritten when only one was
 * copied): every byte maps to its character's [s, s + 3). */
#ifdef __SSE2__
typedef struct maps2 {
  __m128i lo, hi; /* start: s s s s+3 | s+3 s+3 s+6 s+6 */
} maps2;
static inline maps2 maps2_at(uint32_t s) {
  __m128i lo = _mm_add_epi32(_mm_set1_epi32((int)s), _mm_setr_epi32(0, 0, 0, 3));
  return (maps2){lo, _mm_add_epi32(lo, _mm_setr_epi32(3, 3, 6, 6))};
}
static inline void maps2_put(const maps2 *m, uint32_t *bs, uint32_t *be, size_t o) {
  const __m128i three = _mm_set1_epi32(3);
  _mm_storeu_si128((__m128i *)(void *)(bs + o), m->lo);
  _mm_storeu_si128((__m128i *)(void *)(bs + o + 4), m->hi);
  _mm_storeu_si128((__m128i *)(void *)(be + o), _mm_add_epi32(m->lo, three));
  _mm_storeu_si128((__m128i *)(void *)(be + o + 4), _mm_add_epi32(m->hi, three));
}
static inline void maps2_skip(maps2 *m, uint32_t n) {
  const __m128i d = _mm_set1_epi32((int)n);
  m->lo = _mm_add_epi32(m->lo, d);
  m->hi = _mm_add_epi32(m->hi, d);
}
#else
typedef struct maps2 {
  uint32_t s;
} maps2;
static inline maps2 maps2_at(uint32_t s) { return (maps2){s}; }
static inline void maps2_put(const maps2 *m, uint32_t *bs, uint32_t *be, size_t o) {
  for (size_t k = 0; k < 6; k++) {
    bs[o + k] = m->s + (k >= 3 ? 3 : 0);
    be[o + k] = bs[o + k] + 3;
  }
}
static inline void maps2_skip(maps2 *m, uint32_t n) { m->s += n; }
#endif

/* Copy the run of same_at characters from r[*i] to text + *o with their
 * byte maps (source offset base + i), advancing *i and *o past it: two
 * characters a step, checked from one 8-byte load and stored with one, and
 * their maps with four 16-byte stores. A step writes up to 8 bytes and 8 map
 * entries past *o: the caller has room for them. */
static inline void same_copy(const unsigned char *r, size_t *pi, size_t len, char *text,
                             uint32_t *bs, uint32_t *be, size_t *po, uint32_t base) {
  size_t i = *pi, o = *po;
  maps2 m = maps2_at(base + (uint32_t)i);
  for (; i + 8 <= len; i += 6, o += 6) {
    uint64_t w = load_le64(r + i);
    if ((w & 0xC0C0F0) != 0x8080E0 || !same3(r + i)) goto done;
    memcpy(text + o, r + i, 8);
    maps2_put(&m, bs, be, o);
    if ((w & 0xC0C0F0000000ull) != 0x8080E0000000ull || !same3(r + i + 3)) {
      i += 3, o += 3;
      goto done;
    }
    maps2_skip(&m, 6);
  }
  for (; i + 3 <= len && same_at(r, i); i += 3, o += 3) { /* the last one or two */
    uint32_t s = base + (uint32_t)i;
    memcpy(text + o, r + i, 3);
    bs[o] = bs[o + 1] = bs[o + 2] = s;
    be[o] = be[o + 1] = be[o + 2] = s + 3;
  }
done:
  *pi = i;
  *po = o;
}

/* Does a combining mark start at r[i]? None lies below lead byte 0xCC
 * (U+0300) or in 0xE4–0xE9 (U+4000–9FFF), which skips the look for ASCII
 * and nearly all Han. */
static inline bool mark_at(const unsigned char *r, size_t i, size_t len) {
  if (i >= len || r[i] < 0xCC || (r[i] >= 0xE4 && r[i] <= 0xE9)) return false;
  /* Nor among the punctuation that ends most runs of Chinese text: full-width
   * forms U+FF00–FF7F (，；（）), U+2000–203F (“”) and U+3000–3029 (。、) */
  if (len - i >= 3 && ((r[i] == 0xEF && (r[i + 1] == 0xBC || r[i + 1] == 0xBD)) ||
                       (r[i] == 0xE2 && r[i + 1] == 0x80) ||
                       (r[i] == 0xE3 && r[i + 1] == 0x80 && r[i + 2] < 0xAA)))
    return false;
  size_t k;
  return (entry(decode(r + i, len - i, &k)) & F_COMB) != 0;
}

/* Byte maps of n bytes of 3-byte characters copied from source offset s:
 * every byte maps to its character's [s, s + 3). Four characters at a time
 * from a pattern, which the compiler turns into vector stores. */
static inline void fill_maps3(uint32_t *restrict bs, uint32_t *restrict be, size_t n, uint32_t s) {
  static const uint32_t pat[12] = {0, 0, 0, 3, 3, 3, 6, 6, 6, 9, 9, 9};
  size_t k = 0;
  for (; k + 12 <= n; k += 12, s += 12)
#pragma GCC unroll 12
    for (size_t q = 0; q < 12; q++) {
      bs[k + q] = s + pat[q];
      be[k + q] = s + pat[q] + 3;
    }
  for (; k < n; k += 3, s += 3) {
    bs[k] = bs[k + 1] = bs[k + 2] = s;
    be[k] = be[k + 1] = be[k + 2] = s + 3;
  }
}

/* The fast path of jf_normalize for 3-byte characters from r[i]: while the
 * character is valid UTF-8 whose table entry is one code point (not white
 * space, invisible, expanding or a combining mark) and no combining mark
 * follows it, write it as the simple-character case would with no white
 * space pending, and update *prev, *num_ok and *last_out (where the last one
 * written starts in the output). Returns where it stopped (i itself when it
 * took nothing), SIZE_MAX when out of memory. Inline with `mapped` constant
 * at each call, so the common unmapped case loses the raw_map tests. */
static inline __attribute__((always_inline)) size_t run3_impl(buf *b, const unsigned char *r, size_t i, size_t len,
                               const uint32_t *raw_map, bool mapped, uint32_t base, cls *prev,
                               bool *num_ok, size_t *last_out) {
  /* Everything in locals: a store through char * may alias any object, so
   * fields read through b would be reloaded after every byte written. */
  bool nok = *num_ok, cjk = false;
  size_t i0 = i, lo = *last_out, o = b->len, cap = b->cap;
  char *text = b->text;
  uint32_t *bs = b->start, *be = b->end;
  while (i + 3 <= len && (r[i] & 0xF0) == 0xE0) {
    if (!mapped) {
      /* Most Chinese text is characters that stay as they are: copy them as
       * they are checked, two a step, short of the last one when a combining
       * mark follows (that one takes the general path, to compose). */
      if (o + (len - i) + 8 > cap) { /* room for the rest, and a step's overshoot */
        b->len = o;
        if (!grow(b, len - i + 8)) return SIZE_MAX;
        cap = b->cap;
        text = b->text;
        bs = b->start;
        be = b->end;
      }
      size_t o0 = o;
      same_copy(r, &i, len, text, bs, be, &o, base);
      if (o > o0) {
        if (mark_at(r, i, len)) i -= 3, o -= 3;
        if (o > o0) {
          lo = o - 3;
          cjk = nok = true;
          /* the character that stopped the run is not one to copy (or a
           * mark follows it): straight to the one-character case below */
          if (i + 3 > len || (r[i] & 0xF0) != 0xE0) break;
        }
      }
    } else {
    /* The same for a mapped text: find the run and copy it whole. */
    size_t j = same_run(r, i, len);
    if (j > i && mark_at(r, j, len)) j -= 3;
    if (j > i) {
      size_t n = j - i;
      if (o + n + 1 > cap) {
        b->len = o;
        if (!grow(b, n + 1)) return SIZE_MAX;
        cap = b->cap;
        text = b->text;
        bs = b->start;
        be = b->end;
      }
      memcpy(text + o, r + i, n);
      if (!mapped) {
        fill_maps3(bs + o, be + o, n, base + (uint32_t)i);
      } else {
        for (size_t k = 0; k < n; k += 3) {
          uint32_t s = raw_map[i + k], e = raw_map[i + k + 2] + 1;
          if (e <= s) e = s + 1;
          bs[o + k] = bs[o + k + 1] = bs[o + k + 2] = s;
          be[o + k] = be[o + k + 1] = be[o + k + 2] = e;
        }
      }
      o += n;
      lo = o - 3;
      cjk = nok = true;
      i = j;
      continue;
    }
    }
    uint32_t b0 = r[i], b1 = r[i + 1], b2 = r[i + 2];
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) break;
    /* Overlong forms (E0 80–9F) and surrogates (ED A0–BF): the general path. */
    if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0)) break;
    uint32_t cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
    uint32_t v = jf_norm_bmp[cp];
    if (v & (F_SPACE | F_DROP | F_COMPLEX | F_COMB | F_PHRASE)) break;
    if (mark_at(r, i + 3, len)) break;
    if (o + 4 > cap) {
      b->len = o;
      if (!grow(b, 5)) return SIZE_MAX;
      cap = b->cap;
      text = b->text;
      bs = b->start;
      be = b->end;
    }
    uint32_t s = mapped ? raw_map[i] : base + (uint32_t)i;
    uint32_t e = mapped ? raw_map[i + 2] + 1 : s + 3;
    if (e <= s) e = s + 1;
    uint32_t c = v & CP_MASK;
    cjk = (v & F_CJK) != 0;
    nok = cjk || (nok && num_char(c));
    lo = o;
    if (c >= 0x800 && c < 0x10000) { /* 3 bytes out, the usual case, unrolled */
      text[o] = (char)(0xE0 | c >> 12);
      text[o + 1] = (char)(0x80 | (c >> 6 & 0x3F));
      text[o + 2] = (char)(0x80 | (c & 0x3F));
      bs[o] = bs[o + 1] = bs[o + 2] = s;
      be[o] = be[o + 1] = be[o + 2] = e;
      o += 3;
    } else if (c < 0x80) { /* full-width punctuation, digits, letters: one byte */
      text[o] = (char)c;
      bs[o] = s;
      be[o] = e;
      o++;
    } else {
      unsigned char u[4];
      size_t n = encode(c, u);
      for (size_t j = 0; j < n; j++) {
        text[o + j] = (char)u[j];
        bs[o + j] = s;
        be[o + j] = e;
      }
      o += n;
    }
    i += 3;
  }
  b->len = o;
  if (i > i0) *prev = cjk ? CJK : OTHER;
  *num_ok = nok;
  *last_out = lo;
  return i;
}

static size_t run3(buf *b, const unsigned char *r, size_t i, size_t len, const uint32_t *raw_map,
                   uint32_t base, cls *prev, bool *num_ok, size_t *last_out) {
  if (raw_map) return run3_impl(b, r, i, len, raw_map, true, base, prev, num_ok, last_out);
  return run3_impl(b, r, i, len, NULL, false, base, prev, num_ok, last_out);
}

static bool put_all(buf *b, const uint32_t *cps, size_t m, uint32_t s, uint32_t e) {
  if (!grow(b, m * 4 + 1)) return false;
  for (size_t j = 0; j < m; j++)
    put(b, cps[j], s, e);
  return true;
}

/* Traditional text converts some characters only within phrases (OpenCC's
 * TSPhrases: 回覆 -> 回复, 重覆 -> 重复, 瞭解 -> 了解, 藉口 -> 借口, while 覆盖
 * keeps 覆): once the text is written, each phrase of jf_t2s_phrases around
 * a character flagged F_PHRASE (the longest first) is written over with its
 * result. A phrase and its result have as many bytes in each character, so
 * every byte keeps its map; the phrases are matched on the normalized text,
 * across the spaces and line breaks it dropped (回 覆, 回\n覆). Run only when
 * such a character was written: rare in any text. */
static void convert_phrases(char *t, size_t len) {
  size_t i = 0;
  while (i + 3 <= len) {
    const unsigned char *u = (const unsigned char *)t + i;
    if ((u[0] & 0xF0) != 0xE0) {
      i++;
      continue;
    }
    uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    size_t next = i + 3;
    if (jf_norm_bmp[cp] & F_PHRASE) {
      size_t lo = 0, hi = JF_T2S_PHRASES; /* the first entry of this hinge */
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (jf_t2s_phrases[mid].hinge < cp)
          lo = mid + 1;
        else
          hi = mid;
      }
      for (size_t k = lo; k < JF_T2S_PHRASES && jf_t2s_phrases[k].hinge == cp; k++) {
        const struct jf_t2s_phrase *e = &jf_t2s_phrases[k];
        if (e->at > i || i - e->at + e->len > len) continue;
        char *p = t + i - e->at;
        if (memcmp(p, e->from, e->len) != 0) continue;
        memcpy(p, e->to, e->len);
        next = i - e->at + e->len;
        break;
      }
    }
    i = next;
  }
}

static bool fast_paths = true;

void jf_normalize_fast_paths(bool on) { fast_paths = on; }

/* jf_normalize into b: empty, or a previous result's block to write over. */
static jf_status normalize_into(const char *raw, size_t len, const uint32_t *raw_map,
                                uint32_t base, buf b, jf_norm *out) {
  jf_status st = JF_OK;
  const unsigned char *r = (const unsigned char *)raw;
  uint32_t cps[NFKC_BUF];
  memset(out, 0, sizeof *out);
  /* Output is rarely longer than the input (spaces collapse, full-width
   * shrinks); expansions grow the buffer. */
  if (!grow(&b, len + 16)) {
    st = JF_ENOMEM;
    goto out;
  }

  /* Class of the last kept character, decided on what it became (its last
   * code point), so that normalizing twice gives the same text. */
  cls prev = NONE;
  bool pend = false;       /* white space seen since the last kept character */
  bool num_ok = false;     /* kept since the last CJK character: only number characters */
  uint32_t ps = 0, pe = 0; /* source span of the first character of that run */
  /* The last kept character (with its marks) as raw bytes, where its output
   * starts and its source start: a combining mark cut off from it by dropped
   * characters ("ｶ ﾞ", "e<ZWSP>\u0301") composes with it again, so that
   * normalizing twice gives the same text. */
  char last_raw[48];
  size_t last_i = 0; /* its raw offset, or SIZE_MAX when it is in last_raw */
  size_t last_rn = 0, last_out = 0;
  uint32_t last_s = 0;
  size_t i = 0;
  bool fast = fast_paths;
  bool phrase = false; /* a character of jf_t2s_phrases written (F_PHRASE) */
  while (i < len) {
    /* Fast path: a run of printable ASCII, short of its last character when a
     * non-ASCII byte (perhaps a combining mark) follows. */
    if (fast && r[i] > ' ' && r[i] < 0x7F) {
      size_t j = i;
      while (j < len && r[j] > ' ' && r[j] < 0x7F)
        j++;
      if (j < len && r[j] >= 0x80) j--;
      if (j > i) {
        if (!grow(&b, j - i + 1)) {
          st = JF_ENOMEM;
          goto out;
        }
        if (pend && prev == OTHER &&
            !(num_char(r[i]) && (num_ok ? spaced_number_ends_cjk(r, i, len)
                                        : spaced_number_opens(b.text, b.len, r, i, len))) &&
            !(letter(r[i]) && spaced_letters_before(&b) && spaced_letters_end_cjk(r, i, len)))
          put(&b, ' ', ps, pe);
        pend = false;
        for (size_t q = i; q < j && num_ok; q++) num_ok = num_char(r[q]);
        last_i = j - 1;
        last_rn = 1;
        last_out = b.len + (j - 1 - i);
        last_s = raw_map ? raw_map[j - 1] : base + (uint32_t)(j - 1);
        for (; i < j; i++) {
          uint32_t o = raw_map ? raw_map[i] : base + (uint32_t)i;
          b.text[b.len] = (char)(r[i] >= 'A' && r[i] <= 'Z' ? r[i] + 32 : r[i]);
          b.start[b.len] = o;
          b.end[b.len] = o + 1;
          b.len++;
        }
        prev = OTHER;
        continue;
      }
    }
    /* Fast path: a run of 3-byte characters (nearly all Chinese text) that
     * the table maps to one code point, with no white space pending and no
     * combining mark after them. It does what the simple-character case
     * below does for them; anything else leaves it for the general path. */
    if (fast && !pend && (r[i] & 0xF0) == 0xE0) {
      size_t i0 = i;
      i = run3(&b, r, i, len, raw_map, base, &prev, &num_ok, &last_out);
      if (i == SIZE_MAX) {
        st = JF_ENOMEM;
        goto out;
      }
      if (i > i0) {
        last_i = i - 3;
        last_rn = 3;
        last_s = raw_map ? raw_map[i - 3] : base + (uint32_t)(i - 3);
        continue;
      }
    }
    size_t k;
    uint32_t cp = decode(r + i, len - i, &k);
    uint32_t v = entry(cp);
    size_t n = k; /* bytes of this character and its combining marks */
    uint32_t s = raw_map ? raw_map[i] : base + (uint32_t)i;

    if (v & (F_SPACE | F_DROP)) {
      if ((v & F_SPACE) && !pend) {
        pend = true;
        ps = s;
        pe = raw_map ? raw_map[i + k - 1] + 1 : s + (uint32_t)k;
      }
      i += k;
      continue;
    }
    /* Combining marks after this character join it, so NFKC can compose them.
     * None lies below U+0300 (lead byte 0xCC) or in U+4000–9FFF (0xE4–0xE9),
     * which skips the look for ASCII and nearly all Han. */
    for (int marks = 0; marks < MAX_MARKS && i + n < len && r[i + n] >= 0xCC &&
                        (r[i + n] < 0xE4 || r[i + n] > 0xE9);
         marks++) {
      size_t k2;
      uint32_t c2 = decode(r + i + n, len - i - n, &k2);
      if (!(entry(c2) & F_COMB)) break;
      n += k2;
      v |= F_COMPLEX;
    }
    uint32_t e = raw_map ? raw_map[i + n - 1] + 1 : s + (uint32_t)n;
    if (e <= s) e = s + 1; /* a raw map that is not increasing: keep spans non-empty */

    /* Simple character: one code point from the table (the common case). */
    if (!(v & F_COMPLEX) && !((v & F_COMB) && last_rn)) {
      cls cl = (v & F_CJK) ? CJK : OTHER;
      if (!grow(&b, 5)) {
        st = JF_ENOMEM;
        goto out;
      }
      uint32_t c = v & CP_MASK;
      if (pend && prev == OTHER && cl == OTHER &&
          !(num_char(c) && (num_ok ? spaced_number_ends_cjk(r, i, len)
                                   : spaced_number_opens(b.text, b.len, r, i, len))) &&
          !(letter(c) && spaced_letters_before(&b) && spaced_letters_end_cjk(r, i, len)))
        put(&b, ' ', ps, pe);
      pend = false;
      num_ok = cl == CJK || (num_ok && num_char(c));
      last_i = i;
      last_rn = n;
      last_out = b.len;
      last_s = s;
      put(&b, c, s, e);
      prev = cl;
      phrase |= (v & F_PHRASE) != 0;
      i += n;
      continue;
    }

    size_t m = (v & F_COMPLEX) ? nfkc_cluster(raw + i, n, cps) : (cps[0] = v & CP_MASK, 1);
    if (!m) {
      i += n;
      continue;
    }
    int first = is_cjk(cps[0]) ? CJK : OTHER;
    if ((v & F_COMB) && last_rn && !(pend && prev == OTHER && first == OTHER)) {
      /* Recompose with the last kept character: gather its bytes and this
       * mark's into last_raw, and write them again from where it started. */
      if (last_rn + n <= sizeof last_raw) {
        if (last_i != SIZE_MAX) memcpy(last_raw, raw + last_i, last_rn);
        memcpy(last_raw + last_rn, raw + i, n);
        last_rn += n;
        last_i = SIZE_MAX;
        m = nfkc_cluster(last_raw, last_rn, cps);
        b.len = last_out;
        if (!put_all(&b, cps, m, last_s, e)) {
          st = JF_ENOMEM;
          goto out;
        }
        if (m) prev = is_cjk(cps[m - 1]) ? CJK : OTHER;
        num_ok = prev == CJK;
        pend = false;
        i += n;
        continue;
      }
    }

    if (!grow(&b, 1)) {
      st = JF_ENOMEM;
      goto out;
    }
    if (pend && prev == OTHER && first == OTHER) put(&b, ' ', ps, pe);
    pend = false;
    last_i = i;
    last_rn = n;
    last_out = b.len;
    last_s = s;
    if (!put_all(&b, cps, m, s, e)) {
      st = JF_ENOMEM;
      goto out;
    }
    for (size_t j = 0; j < m; j++) /* (a hinge composed or decomposed to) */
      phrase |= cps[j] < 0x10000 && (jf_norm_bmp[cps[j]] & F_PHRASE);
    prev = is_cjk(cps[m - 1]) ? CJK : OTHER;
    num_ok = prev == CJK;
    i += n;
  }
  if (phrase) convert_phrases(b.text, b.len);

  uint32_t src_end = raw_map ? (len ? raw_map[len - 1] + 1 : base) : base + (uint32_t)len;
  b.text[b.len] = 0;
  b.start[b.len] = src_end;
  b.end[b.len] = src_end;
  out->text = b.text;
  out->len = b.len;
  out->start = b.start;
  out->end = b.end;
  b = (buf){0};
out:
  free(b.text); /* the whole block */
  return st;
}

jf_status jf_normalize(const char *raw, size_t len, const uint32_t *raw_map, uint32_t base,
                       jf_norm *out) {
  return normalize_into(raw, len, raw_map, base, (buf){0}, out);
}

/* grow_slow lays a block out as text's cap + 1 bytes (rounded up), then
 * start's and end's cap + 1 entries each: end - start is cap + 1. */
size_t jf_norm_capacity(const jf_norm *n) {
  return n->text && n->start ? (size_t)(n->end - n->start) - 1 : 0;
}

jf_status jf_normalize_reuse(const char *raw, size_t len, const uint32_t *raw_map, uint32_t base,
                             jf_norm *out) {
  buf b = {0};
  if (out->text && out->start) {
    b.text = out->text;
    b.start = out->start;
    b.end = out->end;
    b.cap = jf_norm_capacity(out);
  }
  return normalize_into(raw, len, raw_map, base, b, out);
}

void jf_norm_free(jf_norm *n) {
  if (!n) return;
  free(n->text); /* the block: start and end are in it */
  memset(n, 0, sizeof *n);
}

void jf_norm_to_source(const jf_norm *n, jf_span span, size_t *src_start, size_t *src_end) {
  if (!n->start) { /* an empty jf_norm */
    *src_start = *src_end = 0;
    return;
  }
  size_t a = span.start < n->len ? span.start : n->len;
  size_t z = span.end < n->len ? span.end : n->len;
  *src_start = n->start[a];
  *src_end = z > a ? n->end[z - 1] : n->start[a];
}
