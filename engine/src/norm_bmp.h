/* norm_bmp.h — the character classes behind jf_normalize and the entry of
 * its per-code-point table (private).
 *
 * Shared by engine/src/normalize.c, which uses the classes at run time, and
 * tools/gen_t2s.c, which computes the table for the whole BMP at build time
 * into t2s_table.h (jf_norm_bmp, and jf_norm_same: one bit per code point
 * whose entry is itself with F_CJK alone), so that no run pays for it:
 * building it took 64K code points through utf8proc and the t2s table, ~21 M
 * instructions at the start of every process. The includer defines
 * norm_t2s(cp), the traditional-to-simplified form of one code point,
 * before including this. */
#ifndef JF_NORM_BMP_H
#define JF_NORM_BMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

static inline uint32_t norm_t2s(uint32_t cp);

/* Table entry: the normalized code point in the low 21 bits, flags above. */
enum {
  F_SPACE = 1u << 24,   /* white space */
  F_DROP = 1u << 25,    /* invisible: removed */
  F_CJK = 1u << 26,     /* the normalized form is CJK (for the white-space rule) */
  F_COMPLEX = 1u << 27, /* NFKC gives several code points: use utf8proc at run time */
  F_COMB = 1u << 28,    /* combining mark: joins the character before it */
  /* a character OpenCC converts only within some phrases (覆 of 回覆, 瞭 of
   * 瞭解): jf_normalize looks them up around it (t2s_table.h jf_t2s_phrases).
   * Set by tools/gen_t2s.c on the table, not by norm_bmp_entry. */
  F_PHRASE = 1u << 29,
};
#define CP_MASK 0x1FFFFFu
#define NFKC_OPTS (UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STABLE)

static inline bool is_space(uint32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

/* Zero-width characters, soft hyphen, BOM, bidi controls, variation selectors
 * and the rest of Unicode's default-ignorable set. */
static inline bool is_invisible(uint32_t cp) {
  if (cp == 0xAD || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
      (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF)
    return true;
  return cp >= 0x80 && utf8proc_get_property((utf8proc_int32_t)cp)->ignorable;
}

/* CJK for the white-space rule, asked of normalized code points (full-width
 * letters, digits and signs have become ASCII by then). Curly quotes, the em
 * dash and the middle dot count, being Chinese punctuation in this kind of text. */
static inline bool is_cjk(uint32_t cp) {
  if (cp < 0x1100) return cp == 0xB7;
  if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
      (cp >= 0xFF41 && cp <= 0xFF5A))
    return false;
  return (cp <= 0x11FF) || cp == 0x2014 || cp == 0x2018 || cp == 0x2019 || cp == 0x201C ||
         cp == 0x201D || cp == 0x2025 || cp == 0x2026 || (cp >= 0x2E80 && cp <= 0x9FFF) ||
         (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xAC00 && cp <= 0xD7FF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE1F) ||
         (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x1F200 && cp <= 0x1F2FF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

static inline uint32_t fold(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  return norm_t2s(cp);
}

/* NFKC of one code point into buf; returns the number of code points. */
static inline size_t nfkc_one(uint32_t cp, utf8proc_int32_t *buf, size_t cap) {
  int bound = 0;
  utf8proc_ssize_t n =
      utf8proc_decompose_char((utf8proc_int32_t)cp, buf, (utf8proc_ssize_t)cap, NFKC_OPTS, &bound);
  if (n < 0 || (size_t)n > cap) return 0;
  n = utf8proc_normalize_utf32(buf, n, NFKC_OPTS);
  return n < 0 ? 0 : (size_t)n;
}

/* The table entry of BMP code point cp. */
static inline uint32_t norm_bmp_entry(uint32_t cp) {
  utf8proc_int32_t buf[32];
  uint32_t v;
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    v = cp; /* never decoded from valid UTF-8 */
  } else if (is_space(cp)) {
    v = ' ' | F_SPACE;
  } else if (is_invisible(cp)) {
    v = cp | F_DROP;
  } else if (cp < 0x80 || (cp >= 0x3400 && cp <= 0x9FFF)) {
    v = fold(cp); /* ASCII and unified ideographs: NFKC leaves them alone */
  } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
    v = fold(cp - 0xFEE0); /* full-width ASCII */
  } else {
    size_t n = nfkc_one(cp, buf, sizeof buf / sizeof buf[0]);
    if (n == 1)
      v = fold((uint32_t)buf[0]);
    else
      v = cp | F_COMPLEX;
    /* A character whose NFKC starts with a combining mark (half-width
     * voiced sound marks ﾞ ﾟ) composes with the one before it too. */
    if (n >= 1 && utf8proc_get_property(buf[0])->combining_class) v |= F_COMB;
  }
  if (cp >= 0x80 && !(v & (F_SPACE | F_DROP))) {
    if (!(v & F_COMPLEX) && is_cjk(v & CP_MASK)) v |= F_CJK;
    if (utf8proc_get_property((utf8proc_int32_t)cp)->combining_class) v |= F_COMB;
  }
  return v;
}

#endif
