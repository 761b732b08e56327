/* analyze_int.h — the analyser's private parts: the sentence bounds, for
 * tests, and a copy of an analysis, for the document's memo (doc.c).
 *
 * analyze.c finds the sentence around a byte sixteen bytes a step (SSE2);
 * the tests compare it with a byte-by-byte search. */
#ifndef JF_ANALYZE_INT_H
#define JF_ANALYZE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "jianfu/analyze.h"

/* The sentence of s[0, len) that holds byte i: *start just past the last
 * break (; ! ? or 。) ending at or before i (else 0), *end at the first break
 * starting at or after i (else len). */
void jf_sentence_bounds(const char *s, size_t len, size_t i, size_t *start, size_t *end);

/* A copy of a, owned by the caller (jf_analysis_free), in one block as
 * jf_analyze makes it; NULL when out of memory (or a is NULL). */
jf_analysis *jf_analysis_copy(const jf_analysis *a);

/* Is normalized s[a, b) the head of a bare cancellation (现已, 目前已全部, 该要求已于
 * 今年3月全部 before 取消): nothing but words of time, manner and reference
 * and digits, so that the cancellation has no object of its own and speaks
 * of what came before it? */
bool jf_bare_cancel_head(const char *s, size_t a, size_t b);

#endif
