/* test_result_sort.c — jf_result_sort against a stable reference sort: on
 * findings nearly in order (as the engine makes them), on shuffled ones
 * (past the insertion budget, where qsort takes over) and with findings
 * that compare equal, whose original order must stay. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/jianfu.h"

static const char *const rules[] = {"a-rule", "b-rule", "c-rule"};

/* the order jf_result_sort promises: line, column, rule, end line, end column */
static int key_cmp(const jf_finding *x, const jf_finding *y) {
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->column != y->column) return x->column < y->column ? -1 : 1;
  int c = strcmp(x->rule, y->rule);
  if (c) return c;
  if (x->end_line != y->end_line) return x->end_line < y->end_line ? -1 : 1;
  return x->end_column < y->end_column ? -1 : x->end_column > y->end_column;
}

/* n findings; `start` tells each one apart (the original index) */
static void run(size_t n, unsigned spread, bool shuffle) {
  jf_result *r = jf_result_new("x.txt");
  jf_finding *ref = calloc(n ? n : 1, sizeof *ref);
  for (size_t i = 0; i < n; i++) {
    jf_finding *f = jf_result_add_finding(r);
    /* nearly in order: a line that grows, a column among a few */
    f->line = shuffle ? (int)jf_t_rnd(8) : (int)(i / 4 + jf_t_rnd(spread + 1));
    f->column = (int)jf_t_rnd(3);
    f->rule = (char *)rules[jf_t_rnd(3)];
    f->end_line = f->line;
    f->end_column = (int)jf_t_rnd(2);
    f->start = i;
    ref[i] = *f;
  }
  /* the reference: insertion sort, stable */
  for (size_t i = 1; i < n; i++) {
    jf_finding x = ref[i];
    size_t j = i;
    for (; j > 0 && key_cmp(&ref[j - 1], &x) > 0; j--) ref[j] = ref[j - 1];
    ref[j] = x;
  }
  jf_result_sort(r);
  bool same = true;
  for (size_t i = 0; i < n; i++)
    same = same && r->findings[i].start == ref[i].start;
  CHECK_MSG(same, "n %zu spread %u shuffle %d\n", n, spread, (int)shuffle);
  for (size_t i = 0; i < n; i++) r->findings[i].rule = NULL; /* not the result's to free */
  free(ref);
  jf_result_free(r);
}

int main(void) {
  for (size_t n = 0; n < 40; n++) run(n, 1, false);
  for (int k = 0; k < 20; k++) {
    run(500, 0, false);
    run(500, 2, false);
    run(500, 0, true); /* far from sorted: qsort */
  }
  return CHECK_DONE();
}
