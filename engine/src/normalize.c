/* normalize.c — PLACEHOLDER (identity map) until the real normalizer lands. */
#include <stdlib.h>
#include <string.h>
#include "jianfu/normalize.h"

jf_status jf_normalize(const char *raw, size_t len, const uint32_t *raw_map, uint32_t base,
                       jf_norm *out) {
  memset(out, 0, sizeof *out);
  out->text = malloc(len + 1);
  out->start = malloc((len + 1) * sizeof(uint32_t));
  out->end = malloc((len + 1) * sizeof(uint32_t));
  if (!out->text || !out->start || !out->end) {
    jf_norm_free(out);
    return JF_ENOMEM;
  }
  memcpy(out->text, raw, len);
  out->text[len] = 0;
  out->len = len;
  for (size_t i = 0; i <= len; i++) {
    uint32_t o = raw_map ? (i < len ? raw_map[i] : (len ? raw_map[len - 1] + 1 : base)) : base + (uint32_t)i;
    out->start[i] = o;
    out->end[i] = o + 1;
  }
  return JF_OK;
}

void jf_norm_free(jf_norm *n) {
  if (!n) return;
  free(n->text);
  free(n->start);
  free(n->end);
  memset(n, 0, sizeof *n);
}

void jf_norm_to_source(const jf_norm *n, jf_span span, size_t *s, size_t *e) {
  *s = n->start[span.start];
  *e = span.end > span.start ? n->end[span.end - 1] : n->start[span.start];
}

uint32_t jf_t2s_char(uint32_t cp) { return cp; }
