/* json_text.h — what the two JSON text writers share (private): UTF-8 as
 * jansson accepts it, and how a byte below 0x80 is escaped inside a string.
 * report_write.c writes the reports (refusing a string jansson would
 * refuse); rules_json.c writes a finding's evidence from Lua values
 * (replacing bad bytes with U+FFFD, as the sanitizing before jansson did). */
#ifndef JF_JSON_TEXT_H
#define JF_JSON_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Length of the UTF-8 sequence at s (n > 0 bytes left) if jansson accepts it
 * (utf.c: utf8_check_first/_full), else 0: it refuses continuation bytes and
 * C0, C1, F5–FF as leads, truncated sequences, overlong forms, surrogates
 * and code points past U+10FFFF. *cp gets the code point. */
static inline size_t jf_utf8_seq(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  size_t k;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF)
    k = 2, v = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    k = 3, v = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    k = 4, v = c & 0x07;
  else
    return 0;
  if (k > n) return 0;
  for (size_t i = 1; i < k; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = v << 6 | (s[i] & 0x3F);
  }
  if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  if ((k == 3 && v < 0x800) || (k == 4 && v < 0x10000)) return 0;
  *cp = v;
  return k;
}

/* What a byte below 0x80 needs inside a JSON string as jansson writes it
 * (no JSON_ESCAPE_SLASH): 0 nothing, else the character after the
 * backslash ('u' for \u00XX). */
extern const char jf_json_esc[0x80];

/* Write the escape of byte c (jf_json_esc[c] != 0) at o; returns its length
 * (2, or 6 for \u00XX in upper-case hex). */
static inline size_t jf_json_escape(char *o, unsigned c) {
  static const char hex[] = "0123456789ABCDEF";
  o[0] = '\\';
  o[1] = jf_json_esc[c];
  if (o[1] != 'u') return 2;
  o[2] = '0';
  o[3] = '0';
  o[4] = hex[c >> 4];
  o[5] = hex[c & 15];
  return 6;
}

#endif
