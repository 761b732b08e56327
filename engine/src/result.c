/* result.c — one file's findings and errors, and severities. */
#include <stdlib.h>
#include <string.h>

#include "finding_int.h"
#include "jianfu/result.h"

const char *jf_severity_str(jf_severity s) {
  switch (s) {
  case JF_SEV_ERROR: return "error";
  case JF_SEV_WARNING: return "warning";
  case JF_SEV_INFO: return "info";
  }
  return "info";
}

bool jf_severity_parse(const char *s, jf_severity *out) {
  static const struct { const char *name; jf_severity sev; } names[] = {
    {"error", JF_SEV_ERROR}, {"warning", JF_SEV_WARNING}, {"info", JF_SEV_INFO}};
  for (size_t i = 0; s && i < sizeof names / sizeof names[0]; i++)
    if (strcmp(s, names[i].name) == 0) {
      *out = names[i].sev;
      return true;
    }
  return false;
}

jf_result *jf_result_new(const char *path) {
  jf_result *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->path = strdup(path ? path : "");
  if (!r->path) {
    free(r);
    return NULL;
  }
  return r;
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

void jf_rule_strings_release(jf_rule_strings *s) {
  if (s && atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1) free(s);
}

void jf_finding_clear(jf_finding *f) {
  if (!f) return;
  free(f->suppress_reason);
  if (f->storage) { /* all other strings live in it or in its rule's strings (result.h) */
    jf_rule_strings_release(((jf_finding_block *)f->storage)->shared);
    free(f->storage);
    memset(f, 0, sizeof *f);
    return;
  }
  free(f->rule);
  free(f->category);
  free(f->message);
  free(f->locator);
  free(f->excerpt);
  free(f->evidence_json);
  free_list(f->basis, f->n_basis);
  free_list(f->precedents, f->n_precedents);
  memset(f, 0, sizeof *f);
}

void jf_result_free(jf_result *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n_findings; i++) jf_finding_clear(&r->findings[i]);
  for (size_t i = 0; i < r->n_errors; i++) jf_error_clear(&r->errors[i]);
  free(r->findings);
  free(r->errors);
  free(r->path);
  free(r->format);
  free(r->encoding);
  free(r->title);
  free(r->issuer);
  free(r);
}

static bool grow(void **v, size_t *cap, size_t n, size_t size) {
  if (n < *cap) return true;
  size_t nc = *cap ? *cap * 2 : 8;
  void *p = realloc(*v, nc * size);
  if (!p) return false;
  *v = p;
  *cap = nc;
  return true;
}

jf_finding *jf_result_add_finding(jf_result *r) {
  if (!grow((void **)&r->findings, &r->cap_findings, r->n_findings, sizeof *r->findings))
    return NULL;
  jf_finding *f = &r->findings[r->n_findings++];
  memset(f, 0, sizeof *f);
  return f;
}

jf_status jf_result_add_error(jf_result *r, jf_error *e) {
  if (!grow((void **)&r->errors, &r->cap_errors, r->n_errors, sizeof *r->errors))
    return JF_ENOMEM;
  jf_error *d = &r->errors[r->n_errors++];
  memset(d, 0, sizeof *d);
  jf_error_move(d, e);
  return JF_OK;
}

static int cmp_finding(const void *a, const void *b) {
  const jf_finding *x = a, *y = b;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->column != y->column) return x->column < y->column ? -1 : 1;
  int c = strcmp(x->rule ? x->rule : "", y->rule ? y->rule : "");
  if (c) return c;
  if (x->end_line != y->end_line) return x->end_line < y->end_line ? -1 : 1;
  if (x->end_column != y->end_column) return x->end_column < y->end_column ? -1 : 1;
  return 0;
}

/* Findings come out in clause order, out of order only among the findings
 * of one clause, so they are sorted by insertion, which moves a finding
 * only as far as it is out of place; qsort's merge sort with copies of
 * the large elements cost more than the comparing. Both keep equal
 * findings in order (glibc's qsort is a merge sort), so when the findings
 * turn out far from sorted (more moves than a few per finding: not the
 * engine's), qsort sorts what insertion left, which is still in the
 * original order among equals. */
void jf_result_sort(jf_result *r) {
  jf_finding *v = r->findings;
  size_t n = r->n_findings, budget = 8 * n;
  for (size_t i = 1; i < n; i++) {
    if (cmp_finding(&v[i - 1], &v[i]) <= 0) continue;
    jf_finding x = v[i];
    size_t j = i;
    for (; j > 0 && cmp_finding(&v[j - 1], &x) > 0 && budget; j--, budget--)
      v[j] = v[j - 1];
    v[j] = x;
    if (!budget) {
      qsort(v, n, sizeof *v, cmp_finding);
      return;
    }
  }
}
