/* jianfu/normalize.h — text for matching, with a map back to the original.
 *
 * Rules never see the raw text: they see it after NFKC (full-width digits,
 * letters and signs become ASCII), traditional-to-simplified conversion
 * (from OpenCC's t2s dictionary, compiled into a table at build time), ASCII
 * lower-casing, removal of invisible characters (zero-width, soft hyphen,
 * BOM), removal of white space between two CJK characters (PDF extraction
 * spacing) and joining of line breaks inside a clause. Every byte of the
 * result remembers which source character it came from, so a span found in
 * the normalized text maps back to exact source offsets. */
#ifndef JIANFU_NORMALIZE_H
#define JIANFU_NORMALIZE_H

#include "common.h"

/* text, start and end are one block allocated at text: jf_norm_free frees
 * it. A caller may take text over (set it to NULL, free it later), which
 * keeps the block and leaves start and end dangling once it is freed. */
typedef struct jf_norm {
  char *text;      /* normalized UTF-8, NUL-terminated; owned */
  size_t len;      /* bytes, without the NUL */
  uint32_t *start; /* len+1 entries: source offset where the character that
                      produced byte i starts; start[len] = source end */
  uint32_t *end;   /* len+1 entries: source offset just past that character;
                      end[len] = source end */
} jf_norm;

/* Normalize `raw` (len bytes of valid UTF-8). raw byte i sits at source
 * offset raw_map[i], or at base + i when raw_map is NULL (raw is a slice of
 * the source). `out` must be zeroed or freed; on error it is left empty. */
JF_API jf_status jf_normalize(const char *raw, size_t len, const uint32_t *raw_map,
                              uint32_t base, jf_norm *out);
JF_API void jf_norm_free(jf_norm *n);

/* Map a normalized span to source offsets [*src_start, *src_end). */
JF_API void jf_norm_to_source(const jf_norm *n, jf_span span, size_t *src_start,
                              size_t *src_end);

/* Convert one code point from traditional to simplified (itself if none). */
JF_API uint32_t jf_t2s_char(uint32_t cp);

#endif
