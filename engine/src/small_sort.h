/* small_sort.h — a sort for the few items a clause or a scan gives. Private.
 *
 * JF_SMALL_SORT(name, type, cmp, qcmp) defines static void name(type *v,
 * size_t n): insertion sort up to 16 items (nearly sorted as scans give
 * them, where qsort's setup costs more than the sorting), qsort beyond.
 * cmp compares two const type * (inlined), qcmp is the same order for
 * qsort (two const void *); both must be total orders, so the result does
 * not depend on which sort ran. */
#ifndef JF_SMALL_SORT_H
#define JF_SMALL_SORT_H

#include <stdlib.h>

#define JF_SMALL_SORT(name, type, cmp, qcmp)                                  \
  static void name(type *v, size_t n) {                                      \
    if (n > 16) {                                                            \
      qsort(v, n, sizeof *v, qcmp);                                          \
      return;                                                                \
    }                                                                        \
    for (size_t i = 1; i < n; i++) {                                         \
      type x = v[i];                                                         \
      size_t j = i;                                                          \
      for (; j > 0 && cmp(&v[j - 1], &x) > 0; j--) v[j] = v[j - 1];         \
      v[j] = x;                                                              \
    }                                                                        \
  }

#endif
