/* utf8_run.h — checking runs of Chinese text (3-byte UTF-8) many bytes at a
 * time (private). Used by the UTF-8 check (source.c) and the JSON writer
 * (report_write.c), whose loops then go on a character or two at a time. */
#ifndef JF_UTF8_RUN_H
#define JF_UTF8_RUN_H

#include <stdbool.h>

#ifdef __SSE2__
#include <emmintrin.h>

/* Are the first 15 bytes at p five 3-byte sequences whose leads are among
 * E1–EC, EE, EF (then neither overlong nor a surrogate)? Leads at 0, 3, 6, 9
 * and 12 must be 1110xxxx, the rest 10xxxxxx, and no lead may be E0 or ED.
 * Byte 15 is read (p must have 16 bytes), not judged. */
static inline bool five3_ok(const unsigned char *p) {
  const __m128i lead_mask = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0,
                                          (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0,
                                          (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                          (char)0xF0, (char)0xC0, (char)0xC0, 0);
  const __m128i lead_bits = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80, (char)0xE0,
                                          (char)0x80, (char)0x80, (char)0xE0, (char)0x80,
                                          (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                          (char)0xE0, (char)0x80, (char)0x80, 0);
  /* E0 and ED at the lead positions; 0x00 elsewhere never equals a
   * continuation byte, and byte 15 is masked out below */
  const __m128i e0 = _mm_setr_epi8((char)0xE0, 0, 0, (char)0xE0, 0, 0, (char)0xE0, 0, 0,
                                   (char)0xE0, 0, 0, (char)0xE0, 0, 0, 0);
  const __m128i ed = _mm_setr_epi8((char)0xED, 0, 0, (char)0xED, 0, 0, (char)0xED, 0, 0,
                                   (char)0xED, 0, 0, (char)0xED, 0, 0, 0);
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  int shape = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, lead_mask), lead_bits));
  int bad = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, e0), _mm_cmpeq_epi8(v, ed)));
  return (shape & 0x7FFF) == 0x7FFF && !(bad & 0x7FFF);
}
#else
static inline bool five3_ok(const unsigned char *p) {
  (void)p;
  return false; /* the caller's narrower loop does the work */
}
#endif

#endif
