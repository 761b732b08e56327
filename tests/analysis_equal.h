/* analysis_equal.h — two clause analyses compared field by field, for the
 * tests that check a memoized, lazy or fast analysis against a fresh one
 * (tests/unit/test_doc_analysis.c, tests/fuzz/fuzz_fast_paths.c). */
#ifndef JF_TEST_ANALYSIS_EQUAL_H
#define JF_TEST_ANALYSIS_EQUAL_H

#include <stdbool.h>
#include <string.h>

#include "jianfu/analyze.h"

static inline bool span_eq(jf_span a, jf_span b) { return a.start == b.start && a.end == b.end; }

/* Bit for bit for the numbers; the fixed-size strings up to their NUL (they
 * may differ after it); the link's span only where it is defined (an
 * explicit link). */
static inline bool same_double(double a, double b) { return memcmp(&a, &b, sizeof a) == 0; }

static inline bool analyses_equal(const jf_analysis *a, const jf_analysis *b) {
  if (!a || !b) return a == b;
  if (a->n_numbers != b->n_numbers || a->n_thresholds != b->n_thresholds ||
      a->n_frequencies != b->n_frequencies || a->n_penalties != b->n_penalties ||
      a->n_prohibitions != b->n_prohibitions || a->link != b->link ||
      (a->link == JF_LINK_EXPLICIT && !span_eq(a->link_span, b->link_span)))
    return false;
  for (size_t i = 0; i < a->n_numbers; i++)
    if (!span_eq(a->numbers[i].span, b->numbers[i].span) ||
        !same_double(a->numbers[i].value, b->numbers[i].value) ||
        strcmp(a->numbers[i].unit, b->numbers[i].unit) != 0)
      return false;
  for (size_t i = 0; i < a->n_thresholds; i++)
    if (!span_eq(a->thresholds[i].span, b->thresholds[i].span) ||
        a->thresholds[i].op != b->thresholds[i].op ||
        !same_double(a->thresholds[i].value, b->thresholds[i].value) ||
        strcmp(a->thresholds[i].unit, b->thresholds[i].unit) != 0)
      return false;
  for (size_t i = 0; i < a->n_frequencies; i++)
    if (!span_eq(a->frequencies[i].span, b->frequencies[i].span) ||
        strcmp(a->frequencies[i].period, b->frequencies[i].period) != 0)
      return false;
  for (size_t i = 0; i < a->n_penalties; i++)
    if (!span_eq(a->penalties[i].span, b->penalties[i].span) ||
        strcmp(a->penalties[i].kind, b->penalties[i].kind) != 0 ||
        !same_double(a->penalties[i].points, b->penalties[i].points))
      return false;
  for (size_t i = 0; i < a->n_prohibitions; i++)
    if (!span_eq(a->prohibitions[i].trigger, b->prohibitions[i].trigger) ||
        !span_eq(a->prohibitions[i].scope, b->prohibitions[i].scope) ||
        strcmp(a->prohibitions[i].kind, b->prohibitions[i].kind) != 0)
      return false;
  return true;
}

#endif
