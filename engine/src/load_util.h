/* load_util.h — small UTF-8 helpers shared by the loaders (private). */
#ifndef JF_LOAD_UTIL_H
#define JF_LOAD_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Decode the code point at s[i] (i < n). Sets *cl to its length in bytes.
 * The source is valid UTF-8 (source.c checks), but a truncated or stray byte
 * still decodes as one U+FFFD byte so no caller can read past n. */
static inline uint32_t jf_u8_decode(const char *s, size_t n, size_t i, size_t *cl) {
  const unsigned char *p = (const unsigned char *)s + i;
  size_t left = n - i;
  uint32_t c = p[0];
  /* the common cases first: ASCII, and a whole 3-byte sequence (Chinese) */
  if (c < 0x80) {
    *cl = 1;
    return c;
  }
  if ((c & 0xF0) == 0xE0 && left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *cl = 3;
    return (c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
  }
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || len > left) {
    *cl = 1;
    return 0xFFFD;
  }
  if (len == 1) {
    *cl = 1;
    return c;
  }
  c &= 0x3F >> (len - 1);
  for (size_t k = 1; k < len; k++) {
    if ((p[k] & 0xC0) != 0x80) {
      *cl = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (p[k] & 0x3F);
  }
  *cl = len;
  return c;
}

/* Length of the UTF-8 character starting at s[i], at least 1, never past n. */
static inline size_t jf_u8_len(const char *s, size_t n, size_t i) {
  size_t cl;
  (void)jf_u8_decode(s, n, i, &cl);
  return cl;
}

/* Blank for clause trimming: ASCII white space, NBSP and the ideographic
 * space U+3000 that Chinese documents indent paragraphs with. */
static inline bool jf_u8_is_space(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x3000;
}

#endif
