/* analyze_int.h — the analyser's sentence bounds, for tests (private).
 *
 * analyze.c finds the sentence around a byte sixteen bytes a step (SSE2);
 * the tests compare it with a byte-by-byte search. */
#ifndef JF_ANALYZE_INT_H
#define JF_ANALYZE_INT_H

#include <stddef.h>

/* The sentence of s[0, len) that holds byte i: *start just past the last
 * break (; ! ? or 。) ending at or before i (else 0), *end at the first break
 * starting at or after i (else len). */
void jf_sentence_bounds(const char *s, size_t len, size_t i, size_t *start, size_t *end);

#endif
