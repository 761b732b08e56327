/* fuzz_fast_paths.c — libFuzzer target: the engine's fast paths against their
 * slow twins, aborting on any difference.
 *  - jf_normalize with and without its fast paths (runs of ASCII and of
 *    3-byte characters): text and both byte maps, unmapped and mapped.
 *  - the matcher in character mode and in byte mode on the same patterns:
 *    every match, in order (callback scan), and the same set from scan_all.
 *    The input's first byte sets how many patterns its next bytes hold
 *    (NUL-separated, at most 32); the rest is the text. Patterns that are
 *    not well-formed UTF-8 make both matchers byte mode, which is fine: they
 *    must still agree.
 *  - the prelude's text helpers in C (jianfu.praise, jianfu.of_device)
 *    against their Lua twins, the first upvalue of each closure, on every
 *    span of at most 12 bytes in the input's first 256 bytes.
 *  - a document's analyses (doc.c's memo copies a clause's analysis from an
 *    earlier clause of the same text and context) against jf_analyze of
 *    each clause: the input's lines are the clauses, twice over, each line's
 *    first byte choosing its context.
 *  - the rule pack's metric checks given no clause view (the engine's way:
 *    the view made only if Lua is to see it) against the same calls with
 *    the view given up front (rs->metric_view), on each such document
 *    clause: the same status, error and findings. Run from the repository
 *    root (tools/fuzz.sh does) so that rules/ is found. */
#include <lauxlib.h>
#include <lua.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jianfu/analyze.h"
#include "jianfu/doc.h"
#include "jianfu/match.h"
#include "jianfu/normalize.h"
#include "jianfu/result.h"
#include "jianfu/rules.h"
/* the rule set's Lua state and the prelude's table (private; the fuzz
 * targets' include path does not reach engine/src) */
#include "../../engine/src/rules_int.h"
#include "../analysis_equal.h"

/* The private test hooks (engine/src/normalize_int.h, match_int.h), which
 * the fuzz targets' include path does not reach. */
void jf_normalize_fast_paths(bool on);
void jf_matcher_set_bytes_only(jf_matcher *m);

static void same_norm(const char *t, size_t n, const uint32_t *map) {
  jf_norm a = {0}, b = {0};
  jf_normalize_fast_paths(true);
  jf_status sa = jf_normalize(t, n, map, 5, &a);
  jf_normalize_fast_paths(false);
  jf_status sb = jf_normalize(t, n, map, 5, &b);
  jf_normalize_fast_paths(true);
  if (sa != sb) abort();
  if (sa == JF_OK &&
      (a.len != b.len || memcmp(a.text, b.text, a.len + 1) ||
       memcmp(a.start, b.start, (a.len + 1) * sizeof *a.start) ||
       memcmp(a.end, b.end, (a.len + 1) * sizeof *a.end)))
    abort();
  jf_norm_free(&a);
  jf_norm_free(&b);
}

typedef struct got {
  jf_match v[4096];
  size_t n;
} got;

static bool keep(uint32_t id, size_t end, size_t len, void *ud) {
  got *g = ud;
  if (g->n < sizeof g->v / sizeof *g->v)
    g->v[g->n++] = (jf_match){id, (uint32_t)(end - len), (uint32_t)end};
  return true;
}

static int by_match(const void *x, const void *y) {
  const jf_match *a = x, *b = y;
  if (a->to != b->to) return a->to < b->to ? -1 : 1;
  if (a->from != b->from) return a->from < b->from ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

static void same_matches(const uint8_t *d, size_t size) {
  if (!size) return;
  size_t npat = d[0] % 33, i = 1;
  jf_matcher *mc = jf_matcher_new(), *mb = jf_matcher_new();
  if (!mc || !mb) abort();
  jf_matcher_set_bytes_only(mb);
  for (size_t p = 0; p < npat && i < size; p++) {
    const uint8_t *z = memchr(d + i, 0, size - i);
    size_t len = z ? (size_t)(z - (d + i)) : size - i;
    if (len) {
      jf_matcher_add(mc, (const char *)d + i, len, (uint32_t)p);
      jf_matcher_add(mb, (const char *)d + i, len, (uint32_t)p);
    }
    i += len + 1;
  }
  if (jf_matcher_compile(mc) != JF_OK || jf_matcher_compile(mb) != JF_OK) abort();
  const char *t = i < size ? (const char *)d + i : "";
  size_t tl = i < size ? size - i : 0;
  static got gc, gb;
  gc.n = gb.n = 0;
  size_t nc = jf_matcher_scan(mc, t, tl, keep, &gc), nb = jf_matcher_scan(mb, t, tl, keep, &gb);
  if (nc != nb || gc.n != gb.n || memcmp(gc.v, gb.v, gc.n * sizeof *gc.v)) abort();
  jf_match_buf ac = {0}, ab = {0};
  if (jf_matcher_scan_all(mc, t, tl, &ac) != JF_OK || jf_matcher_scan_all(mb, t, tl, &ab) != JF_OK)
    abort();
  if (ac.n != ab.n) abort();
  if (ac.n) {
    qsort(ac.v, ac.n, sizeof *ac.v, by_match);
    qsort(ab.v, ab.n, sizeof *ab.v, by_match);
    if (memcmp(ac.v, ab.v, ac.n * sizeof *ac.v)) abort();
  }
  free(ac.v);
  free(ab.v);
  jf_matcher_free(mc);
  jf_matcher_free(mb);
}

/* Call the function at fi with the nargs values below it on the top; its
 * results (or error) left as one string on the top. */
static void call_str(lua_State *L, int fi, int base, int nargs) {
  int top0 = lua_gettop(L);
  lua_pushvalue(L, fi);
  for (int i = 1; i <= nargs; i++) lua_pushvalue(L, base + i);
  int st = lua_pcall(L, nargs, LUA_MULTRET, 0);
  int top = lua_gettop(L);
  lua_pushstring(L, st == LUA_OK ? "ok" : "error");
  for (int i = top0 + 1; i <= top; i++) {
    lua_pushstring(L, " ");
    luaL_tolstring(L, i, NULL);
  }
  lua_concat(L, 1 + 2 * (top - top0));
  lua_replace(L, top0 + 1);
  lua_settop(L, top0 + 1);
}

static void same_helpers(const uint8_t *d, size_t size) {
  static jf_ruleset *rs;
  if (!rs && !(rs = jf_ruleset_new(NULL))) abort();
  lua_State *L = rs->L;
  static const char *const names[] = {"praise", "of_device"};
  size_t len = size < 256 ? size : 256;
  for (size_t h = 0; h < sizeof names / sizeof *names; h++) {
    int top = lua_gettop(L);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_libs);
    lua_getfield(L, -1, "jianfu");
    lua_getfield(L, -1, names[h]);
    int ci = lua_gettop(L);
    if (!lua_iscfunction(L, ci) || !lua_getupvalue(L, ci, 1)) abort();
    int li = ci + 1;
    for (size_t from = 1; from <= len; from++) {
      for (size_t to = from; to <= len && to <= from + 12; to++) {
        int base = lua_gettop(L);
        lua_pushlstring(L, (const char *)d, len);
        lua_pushinteger(L, (lua_Integer)from);
        lua_pushinteger(L, (lua_Integer)to);
        call_str(L, ci, base, 3);
        call_str(L, li, base, 3);
        if (strcmp(lua_tostring(L, -1), lua_tostring(L, -2)) != 0) abort();
        lua_settop(L, base);
      }
    }
    lua_settop(L, top);
  }
}

static bool same_results(const jf_result *a, const jf_result *b) {
  if (a->n_findings != b->n_findings) return false;
  for (size_t i = 0; i < a->n_findings; i++) {
    const jf_finding *x = &a->findings[i], *y = &b->findings[i];
    if (x->start != y->start || x->end != y->end || strcmp(x->message, y->message) ||
        strcmp(x->evidence_json, y->evidence_json) || strcmp(x->rule, y->rule))
      return false;
  }
  return true;
}

static void ignore_error(const jf_error *e, void *ud) { (void)e, (void)ud; }

/* The rule pack's metric checks on clause k of doc, with and without the view. */
static void same_metric_views(const jf_doc *doc, size_t k) {
  static jf_ruleset *rs;
  if (!rs) {
    if (!(rs = jf_ruleset_new(NULL)) ||
        jf_ruleset_load_dir(rs, "rules", ignore_error, NULL) != JF_OK)
      abort();
  }
  for (size_t r = 0; r < rs->n_rules; r++) {
    if (!rs->rules[r]->metric.on) continue;
    jf_result *a = jf_result_new("f"), *b = jf_result_new("f");
    jf_error ea = {0}, eb = {0};
    if (!a || !b) abort();
    jf_status sa = jf_ruleset_check(rs, r, doc, k, a, &ea);
    rs->metric_view = true;
    jf_status sb = jf_ruleset_check(rs, r, doc, k, b, &eb);
    rs->metric_view = false;
    if (sa != sb || !same_results(a, b) ||
        strcmp(ea.message ? ea.message : "", eb.message ? eb.message : "") || ea.line != eb.line)
      abort();
    jf_error_clear(&ea);
    jf_error_clear(&eb);
    jf_result_free(a);
    jf_result_free(b);
  }
}

static void same_analyses(const uint8_t *d, size_t size) {
  if (!size) return;
  jf_doc *doc = jf_doc_new(JF_DOC_TEXT, NULL);
  if (!doc) abort();
  doc->assessment = d[0] & 1;
  static const unsigned ctx_flags[] = {0, JF_CLAUSE_SCHEME_ITEM, JF_CLAUSE_PROBLEMS,
                                       JF_CLAUSE_PLANS};
  for (int round = 0; round < 2; round++)
    for (size_t i = 1; i < size;) {
      const uint8_t *z = memchr(d + i, '\n', size - i);
      size_t len = z ? (size_t)(z - (d + i)) : size - i;
      if (!jf_doc_add_clause(doc, (const char *)d + i, len, NULL, i, i + len, NULL,
                             len ? ctx_flags[d[i] % 4] : 0, -1))
        abort();
      i += len + 1;
    }
  if (jf_doc_analyze(doc) != JF_OK) abort();
  for (size_t k = 0; k < doc->n_clauses; k++) {
    const jf_clause *c = &doc->clauses[k];
    jf_analyze_ctx ctx = {.scheme_item = (c->flags & JF_CLAUSE_SCHEME_ITEM) != 0,
                          .assessment_doc = doc->assessment,
                          .problem_section = (c->flags & JF_CLAUSE_PROBLEMS) != 0,
                          .plan_section = (c->flags & JF_CLAUSE_PLANS) != 0};
    jf_analysis *want = jf_analyze(c->norm.text, c->norm.len, &ctx);
    if (!want || !analyses_equal(c->an, want)) abort();
    jf_analysis_free(want);
    if (k < doc->n_clauses / 2) same_metric_views(doc, k); /* the first round's */
  }
  jf_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static uint32_t map[16384];
  same_norm((const char *)data, size, NULL);
  if (size <= sizeof map / sizeof *map) {
    for (size_t k = 0; k < size; k++) map[k] = 1000 + 2 * (uint32_t)k;
    same_norm((const char *)data, size, map);
  }
  same_matches(data, size);
  same_helpers(data, size);
  same_analyses(data, size);
  return 0;
}
