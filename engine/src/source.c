/* source.c — decoding a file's bytes to UTF-8 (UTF-8, UTF-16 with BOM, GB18030) and
 * mapping byte offsets of the decoded text to line and column.
 *
 * Detection order: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); otherwise NUL bytes
 * mean binary, valid UTF-8 wins, and GB18030 is accepted only when the whole file
 * decodes. Decoding keeps one character per source character (only the BOM is
 * dropped) and keeps "\r\n" as is, so lines and columns counted on the decoded
 * text are those of the original file. */
#include <errno.h>
#include <iconv.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "jianfu/source.h"
#include "source_int.h"
#include "utf8_run.h"

/* How far to look for NUL bytes before calling a file binary. */
#define BINARY_PROBE 8192

struct jf_source {
  char *text; /* NUL-terminated UTF-8 */
  size_t len;
  char *path;
  const char *encoding;
  size_t *lines; /* start offset of each line; lines[0] = 0 */
  int n_lines;   /* entries in lines (includes an empty line after a final '\n') */
  int n_logical; /* what jf_source_line_count reports */
  /* jf_source_position's last answer, as hints for the next question
   * (findings come in document order, a start then its end): the line's
   * index, and the offset (high 40 bits) with its column (low 24). Each is
   * checked before it is used, so relaxed atomics suffice when threads
   * share a source: whatever hint passes the check gives the right answer. */
  atomic_size_t hint_line;
  atomic_uint_least64_t hint_pos;
};

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid.
 * Strict: no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
    if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
    return 3;
  }
  if (c < 0xF5) {
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;  /* overlong */
    if (c == 0xF4 && s[1] >= 0x90) return 0; /* above U+10FFFF */
    return 4;
  }
  return 0;
}

/* 8 bytes at p, little-endian (one load on common targets). */
static inline uint64_t load_le64(const unsigned char *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
         (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* Low nibbles of the 3-byte leads the fast loops take: E1–EC and EE–EF
 * (E0 and ED have extra limits, see utf8_seq). */
#define LEAD3_OK 0xDFFEu


/* Line starts being collected: line 1 at 0, then one per '\n'. "\r\n" is
 * one break since only '\n' starts a line; the '\r' stays at the end of
 * the previous line. */
typedef struct line_index {
  size_t *v;
  size_t n, cap;
  bool oom;
} line_index;

static void add_line(line_index *li, size_t start) {
  if (li->n == li->cap) {
    size_t cap = li->cap ? 2 * li->cap : 64;
    size_t *v = li->oom ? NULL : realloc(li->v, cap * sizeof *v);
    if (!v) {
      li->oom = true;
      return;
    }
    li->v = v;
    li->cap = cap;
  }
  li->v[li->n++] = start;
}

/* Offset of the first NUL byte or byte that does not start a valid UTF-8
 * sequence, or n: the UTF-8 check, the look for NULs and the line index
 * (into li) in one pass. */
static size_t utf8_first_stop(const unsigned char *s, size_t n, line_index *li) {
  size_t i = 0;
  add_line(li, 0);
  while (i < n) {
    /* ASCII without NUL or '\n', 8 bytes at a time (with no high bit set,
     * a byte is 0 exactly when subtracting 1 from it sets its high bit). */
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      if ((w & highs) || (((w - ones) | ((w ^ 0x0A * ones) - ones)) & highs)) break;
      i += 8;
    }
    /* 3-byte characters (Chinese text): five per 16-byte load, then two
     * per 8-byte load: lead and continuation bits right and the leads
     * among LEAD3_OK. */
    while (i + 16 <= n && five3_ok(s + i))
      i += 15;
    while (i + 8 <= n) {
      uint64_t w = load_le64(s + i);
      if ((w & 0xC0C0F0C0C0F0ull) != 0x8080E08080E0ull || !(LEAD3_OK >> (w & 0x0F) & 1) ||
          !(LEAD3_OK >> (w >> 24 & 0x0F) & 1))
        break;
      i += 6;
    }
    while (i + 3 <= n && (s[i] & 0xF0) == 0xE0 && (LEAD3_OK >> (s[i] & 0x0F) & 1) &&
           (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
      i += 3;
    if (i >= n) break;
    if (s[i] == 0) return i;
    if (s[i] == '\n') add_line(li, i + 1);
    size_t k = utf8_seq(s + i, n - i);
    if (!k) return i;
    i += k;
  }
  return n;
}

/* 1-based line and column (in code points, counting UTF-8 lead bytes and
 * treating invalid bytes as one character each) of raw byte `off`. */
static void raw_position(const unsigned char *s, size_t off, int *line, int *column) {
  int ln = 1;
  size_t ls = 0;
  for (size_t i = 0; i < off; i++)
    if (s[i] == '\n') {
      ln++;
      ls = i + 1;
    }
  int col = 1;
  for (size_t i = ls; i < off; i++)
    if ((s[i] & 0xC0) != 0x80) col++;
  *line = ln;
  *column = col;
}

/* UTF-8 bytes of cp (utf8proc; the caller leaves room for 4). */
static size_t put_utf8(char *o, uint32_t cp) {
  return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)o);
}

/* Decode UTF-16 (after the BOM). A lone surrogate, an odd length or a U+0000
 * is an error; U+0000 counts as binary since the text must stay a C string. */
static jf_status decode_utf16(const unsigned char *b, size_t n, bool be, const char *path,
                              char **out, size_t *out_len, jf_error *err) {
  jf_status st = JF_OK;
  /* Each 2-byte unit yields at most 3 bytes; a surrogate pair (4 bytes) yields 4. */
  char *o = malloc(n / 2 * 3 + 1);
  size_t ol = 0;
  int line = 1, col = 1;
  if (!o) {
    st = JF_ENOMEM;
    goto out;
  }
  for (size_t i = 0; i + 1 < n; i += 2) {
    uint32_t u = be ? (uint32_t)(b[i] << 8 | b[i + 1]) : (uint32_t)(b[i + 1] << 8 | b[i]);
    if (u >= 0xD800 && u <= 0xDBFF) {
      uint32_t v = 0;
      if (i + 3 < n)
        v = be ? (uint32_t)(b[i + 2] << 8 | b[i + 3]) : (uint32_t)(b[i + 3] << 8 | b[i + 2]);
      if (v < 0xDC00 || v > 0xDFFF) {
        st = JF_EENCODING;
        jf_error_set(err, st, path, line, col,
                     "invalid UTF-16 at line %d, column %d (unpaired surrogate 0x%04x)", line, col,
                     (unsigned)u);
        goto out;
      }
      u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      st = JF_EENCODING;
      jf_error_set(err, st, path, line, col,
                   "invalid UTF-16 at line %d, column %d (unpaired surrogate 0x%04x)", line, col,
                   (unsigned)u);
      goto out;
    } else if (u == 0) {
      st = JF_EBINARY;
      jf_error_set(err, st, path, line, col, "binary file (NUL character at offset %zu)", i + 2);
      goto out;
    }
    ol += put_utf8(o + ol, u);
    if (u == '\n') {
      line++;
      col = 1;
    } else {
      col++;
    }
  }
  if (n % 2) {
    st = JF_EENCODING;
    jf_error_set(err, st, path, line, col,
                 "invalid UTF-16 at line %d, column %d (odd number of bytes)", line, col);
    goto out;
  }
  o[ol] = 0;
out:
  if (st != JF_OK) {
    free(o);
    o = NULL;
    ol = 0;
  }
  *out = o;
  *out_len = ol;
  return st;
}

/* Decode GB18030 with glibc iconv. Returns false when any byte sequence is
 * invalid or incomplete (the caller then reports the UTF-8 error). */
static jf_status decode_gb18030(const char *b, size_t n, char **out, size_t *out_len, bool *ok) {
  jf_status st = JF_OK;
  char *o = NULL;
  *ok = false;
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == (iconv_t)-1) goto out; /* no converter: treat as not GB18030 */
  /* A GB18030 character of k bytes (1, 2 or 4) becomes at most 4 UTF-8 bytes,
   * and a 1-byte one (ASCII) exactly one, so 2n bytes always suffice. */
  size_t cap = 2 * n + 1;
  o = malloc(cap);
  if (!o) {
    st = JF_ENOMEM;
    goto out;
  }
  char *in = (char *)b, *op = o;
  size_t inleft = n, outleft = cap - 1;
  if (iconv(cd, &in, &inleft, &op, &outleft) == (size_t)-1 || inleft) goto out;
  *op = 0;
  *out_len = (size_t)(op - o);
  /* Private-use and unassigned results are legal GB18030 but mean the guess
   * was wrong only in theory; accept the decode as is. */
  *ok = true;
out:
  if (cd != (iconv_t)-1) iconv_close(cd);
  if (!*ok) {
    free(o);
    o = NULL;
  }
  *out = o;
  return st;
}

static jf_status decode(const char *bytes, char *owned, size_t len, const char *path,
                        jf_source **out, jf_error *err);

/* Take the line index over; the source's line count. */
static jf_status set_lines(jf_source *src, line_index *li) {
  if (li->oom) return JF_ENOMEM;
  src->lines = li->v;
  src->n_lines = (int)li->n;
  li->v = NULL;
  /* A final '\n' ends the last line rather than starting an empty one. */
  const char *t = src->text;
  src->n_logical = src->len == 0 ? 0 : (t[src->len - 1] == '\n' ? src->n_lines - 1 : src->n_lines);
  return JF_OK;
}

/* The line index of decoded text (UTF-16, GB18030: the UTF-8 check made
 * none of it). */
static jf_status index_lines(jf_source *src) {
  line_index li = {0};
  add_line(&li, 0);
  const char *t = src->text, *end = t + src->len;
  for (const char *p = t; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
    add_line(&li, (size_t)(p - t) + 1);
  jf_status st = set_lines(src, &li);
  free(li.v);
  return st;
}

jf_status jf_source_decode(const char *bytes, size_t len, const char *path, jf_source **out,
                           jf_error *err) {
  return decode(bytes, NULL, len, path, out, err);
}

jf_status jf_source_adopt(char *bytes, size_t len, const char *path, jf_source **out,
                          jf_error *err) {
  return decode(bytes, bytes, len, path, out, err);
}

/* Decode bytes; when `owned` (== bytes, malloc'd with room for len + 1) is
 * given, UTF-8 is decoded in place and the buffer is taken over or freed. */
static jf_status decode(const char *bytes, char *owned, size_t len, const char *path,
                        jf_source **out, jf_error *err) {
  jf_status st = JF_OK;
  const unsigned char *b = (const unsigned char *)bytes;
  line_index li = {0}; /* of UTF-8 text, made by its check */
  jf_source *src = calloc(1, sizeof *src);
  *out = NULL;
  if (src) {
    atomic_init(&src->hint_line, 0);
    atomic_init(&src->hint_pos, 0);
  }
  if (!src || (path && !(src->path = strdup(path)))) {
    st = JF_ENOMEM;
    goto out;
  }
  if (len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
    bool be = b[0] == 0xFE;
    src->encoding = be ? "utf-16be" : "utf-16le";
    st = decode_utf16(b + 2, len - 2, be, path, &src->text, &src->len, err);
    if (st != JF_OK) goto out;
  } else {
    bool bom = len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    const unsigned char *s = bom ? b + 3 : b;
    size_t n = bom ? len - 3 : len;
    /* A NUL in the first 8 KiB means binary; one further on would still cut the
     * text short as a C string, so it is rejected the same way, even after a
     * byte that is not UTF-8. */
    size_t bad = utf8_first_stop(s, n, &li);
    const unsigned char *nul = bad == n ? NULL : s[bad] == 0 ? s + bad : memchr(s + bad, 0, n - bad);
    if (nul) {
      size_t at = (size_t)(nul - b);
      st = JF_EBINARY;
      if (at < BINARY_PROBE)
        jf_error_set(err, st, path, 0, 0, "binary file (NUL byte at offset %zu)", at);
      else {
        int line, col;
        raw_position(s, (size_t)(nul - s), &line, &col);
        jf_error_set(err, st, path, line, col, "binary file (NUL byte at offset %zu, line %d)", at,
                     line);
      }
      goto out;
    }
    if (bad == n) {
      src->encoding = bom ? "utf-8-bom" : "utf-8";
      if (owned) {
        memmove(owned, s, n); /* drops the BOM, if any */
        src->text = owned;
        owned = NULL;
      } else if (!(src->text = malloc(n + 1))) {
        st = JF_ENOMEM;
        goto out;
      } else {
        memcpy(src->text, s, n);
      }
      src->text[n] = 0;
      src->len = n;
      st = set_lines(src, &li);
      if (st != JF_OK) goto out;
    } else {
      bool ok = false;
      /* A UTF-8 BOM settles the encoding; without one GB18030 is the fallback. */
      if (!bom) {
        st = decode_gb18030((const char *)s, n, &src->text, &src->len, &ok);
        if (st != JF_OK) goto out;
      }
      if (!ok) {
        int line, col;
        raw_position(s, bad, &line, &col);
        st = JF_EENCODING;
        jf_error_set(err, st, path, line, col,
                     bom ? "invalid UTF-8 at line %d, column %d (byte 0x%02x)"
                         : "invalid UTF-8 at line %d, column %d (byte 0x%02x), and not "
                           "valid GB18030 either",
                     line, col, s[bad]);
        goto out;
      }
      src->encoding = "gb18030";
    }
  }
  if (!src->lines && (st = index_lines(src)) != JF_OK) goto out;
  *out = src;
  src = NULL;
out:
  if (st == JF_ENOMEM) jf_error_set(err, st, path, 0, 0, "out of memory decoding the file");
  jf_source_free(src);
  free(owned);
  free(li.v);
  return st;
}

void jf_source_free(jf_source *src) {
  if (!src) return;
  free(src->text);
  free(src->path);
  free(src->lines);
  free(src);
}

const char *jf_source_text(const jf_source *src) { return src->text; }
size_t jf_source_len(const jf_source *src) { return src->len; }
const char *jf_source_path(const jf_source *src) { return src->path; }
const char *jf_source_encoding(const jf_source *src) { return src->encoding; }
int jf_source_line_count(const jf_source *src) { return src->n_logical; }

size_t jf_source_line_start(const jf_source *src, int line) {
  if (line < 1) return 0;
  if (line > src->n_lines) return src->len;
  return src->lines[line - 1];
}

/* Characters in s[0..n): bytes that are not UTF-8 continuation bytes
 * (10xxxxxx), eight at a time. Lines in the bench and in real plans are
 * paragraphs hundreds of bytes long, and every finding asks for two columns. */
static size_t count_chars(const unsigned char *s, size_t n) {
  size_t c = 0, i = 0;
#ifdef __SSE2__
  /* Sixteen at a time: as signed bytes, continuation bytes are -128..-65 and
   * all others greater. Each 16-byte step adds 1 per character into byte
   * counters, summed (psadbw) before any can pass 255. */
  const __m128i cont_max = _mm_set1_epi8((char)0xBF), zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    __m128i acc = zero;
    for (int k = 0; k < 255 && i + 16 <= n; k++, i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      acc = _mm_sub_epi8(acc, _mm_cmpgt_epi8(v, cont_max));
    }
    __m128i sums = _mm_sad_epu8(acc, zero);
    c += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    /* bit 0 of each byte: not bit 7, or bit 6 — the byte starts a character */
    uint64_t starts = ((~w >> 7) | (w >> 6)) & 0x0101010101010101ull;
    c += (size_t)((starts * 0x0101010101010101ull) >> 56); /* sum of the 8 bytes */
  }
  for (; i < n; i++)
    if ((s[i] & 0xC0) != 0x80) c++;
  return c;
}

/* Index of the last line start <= off among lines [lo, lo + n), given that
 * lines[lo] <= off: a binary search without branches on the data (a
 * conditional move per step), whose outcomes no predictor can learn. */
static size_t line_in(const jf_source *src, size_t lo, size_t n, size_t off) {
  while (n > 1) {
    size_t half = n / 2;
    lo = src->lines[lo + half] <= off ? lo + half : lo;
    n -= half;
  }
  return lo;
}

/* Index of the last line start <= off, looked for from line `near` (the
 * last answer). Offsets are mostly asked in document order, a few lines
 * apart: a search that gallops forward from near touches a few entries
 * next to it, where one over all lines of a large file missed the cache at
 * most of its steps. */
static size_t line_of(const jf_source *src, size_t near, size_t off) {
  size_t nl = (size_t)src->n_lines;
  if (near >= nl || src->lines[near] > off) return line_in(src, 0, nl, off);
  size_t lo = near, step = 1; /* lines[lo] <= off */
  while (step < nl - lo && src->lines[lo + step] <= off) {
    lo += step;
    step *= 2;
  }
  return line_in(src, lo, step < nl - lo ? step : nl - lo, off);
}

void jf_source_position(const jf_source *src, size_t off, int *line, int *column) {
  jf_source *hints = (jf_source *)src; /* only the atomic hints are written */
  const unsigned char *t = (const unsigned char *)src->text;
  if (off > src->len) off = src->len;
  /* An offset inside a character counts as that character. */
  while (off > 0 && off < src->len && (t[off] & 0xC0) == 0x80)
    off--;
  size_t lo = line_of(src, atomic_load_explicit(&hints->hint_line, memory_order_relaxed), off);
  /* Count from the last offset asked for when it is on this line, before off. */
  uint64_t h = atomic_load_explicit(&hints->hint_pos, memory_order_relaxed);
  size_t from = src->lines[lo], hint_off = (size_t)(h >> 24);
  int col = 1;
  if (h && hint_off >= from && hint_off <= off) {
    from = hint_off;
    col = (int)(h & 0xFFFFFF);
  }
  col += (int)count_chars(t + from, off - from);
  atomic_store_explicit(&hints->hint_line, lo, memory_order_relaxed);
  if ((uint64_t)off < (1ull << 40) && col < (1 << 24))
    atomic_store_explicit(&hints->hint_pos, (uint64_t)off << 24 | (uint64_t)col,
                          memory_order_relaxed);
  /* The '\n' of a "\r\n" sits at the column of the '\r': the break is one. */
  if (off < src->len && t[off] == '\n' && off > src->lines[lo] && t[off - 1] == '\r') col--;
  if (line) *line = (int)lo + 1;
  if (column) *column = col;
}
