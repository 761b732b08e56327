/* test_bundle.c — the bundled rule files loaded from their embedded bytecode
 * (rules_bundle.c): a file whose bytes are a bundled file's takes the
 * bytecode, any other text is parsed, and both ways give the same rules, the
 * same messages at the same file:line, under the chunk name of the path the
 * load used. The "source way" of a bundled file is its text with one more
 * newline at the end: parsed, the same lines, the same code. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/jianfu.h"
#include "rules_int.h"

typedef struct errs {
  char *text; /* "file:line: message\n" each */
  size_t len;
  FILE *f;
  int n;
} errs;

static void errs_open(errs *e) {
  memset(e, 0, sizeof *e);
  e->f = open_memstream(&e->text, &e->len);
}

static void errs_close(errs *e) {
  fclose(e->f);
  e->f = NULL;
}

static void collect(const jf_error *x, void *ud) {
  errs *e = ud;
  if (!e) {
    jf_t_fail++;
    fprintf(stderr, "unexpected load error: %s:%d: %s\n", x->file, x->line, x->message);
    return;
  }
  fprintf(e->f, "%s:%d: %s\n", x->file ? x->file : "?", x->line, x->message ? x->message : "?");
  e->n++;
}

/* The rule files jf_ruleset_load_dir loads from rules/, sorted. */
typedef struct rule_file {
  char path[300];
  char *src;
  size_t len;
} rule_file;

static int cmp_file(const void *a, const void *b) {
  return strcmp(((const rule_file *)a)->path, ((const rule_file *)b)->path);
}

static size_t rule_files(rule_file *v, size_t cap) {
  DIR *d = opendir("rules");
  size_t n = 0;
  struct dirent *de;
  while (d && (de = readdir(d)) && n < cap) {
    size_t l = strlen(de->d_name);
    if (de->d_name[0] == '_' || de->d_name[0] == '.' || l < 5 ||
        strcmp(de->d_name + l - 4, ".lua") != 0)
      continue;
    snprintf(v[n].path, sizeof v[n].path, "rules/%s", de->d_name);
    v[n].src = jf_t_slurp(v[n].path, &v[n].len);
    if (v[n].src) n++;
  }
  if (d) closedir(d);
  qsort(v, n, sizeof *v, cmp_file);
  return n;
}

/* Load src under name, by the bytecode (source = false: the text as it is,
 * which must be bundled) or by parsing (the text and a newline). */
static jf_status load(jf_ruleset *rs, const char *name, rule_file *f, bool source, errs *e) {
  unsigned before = rs->bundled_loads;
  f->src[f->len] = '\n';
  jf_status st = jf_ruleset_load_string(rs, name, f->src, f->len + source, collect, e);
  CHECK_INT(rs->bundled_loads - before, source ? 0 : 1);
  return st;
}

static rule_file files[64];
static size_t n_files;

/* (1) Every bundled file in rules/ comes from its bytecode. */
static void test_dir_takes_bytecode(void) {
  CHECK(n_files > 0);
  CHECK(jf_rs_bundled_count() >= n_files);
  jf_ruleset *rs = jf_ruleset_new(NULL);
  errs e;
  errs_open(&e);
  CHECK_INT(jf_ruleset_load_dir(rs, "rules", collect, &e), JF_OK);
  errs_close(&e);
  CHECK_MSG(e.n == 0, "%s", e.text);
  CHECK_INT(rs->bundled_loads, n_files);
  CHECK(jf_ruleset_count(rs) >= n_files - 1); /* cases.lua registers no rule */
  free(e.text);
  jf_ruleset_free(rs);
}

/* (2) An edited copy is parsed and behaves as edited. */
static void test_edit_is_parsed(void) {
  rule_file *f = NULL;
  for (size_t i = 0; i < n_files; i++)
    if (strstr(files[i].path, "/checkin.lua")) f = &files[i];
  CHECK(f != NULL);
  if (!f) return;
  const char *t = strstr(f->src, "title = \"");
  CHECK(t != NULL);
  if (!t) return;
  size_t at = (size_t)(t - f->src) + strlen("title = \"");
  rule_file ed = {.len = f->len + 7};
  ed.src = malloc(ed.len + 1);
  memcpy(ed.src, f->src, at);
  memcpy(ed.src + at, "EDITED ", 7);
  memcpy(ed.src + at + 7, f->src + at, f->len - at);
  jf_ruleset *rs = jf_ruleset_new(NULL);
  errs e;
  errs_open(&e);
  CHECK_INT(jf_ruleset_load_string(rs, f->path, ed.src, ed.len, collect, &e), JF_OK);
  errs_close(&e);
  CHECK_INT(e.n, 0);
  CHECK_INT(rs->bundled_loads, 0);
  long i = jf_ruleset_find(rs, "checkin");
  CHECK(i >= 0);
  if (i >= 0) CHECK(strncmp(jf_ruleset_rule(rs, (size_t)i)->title, "EDITED ", 7) == 0);
  /* and the file as bundled again: the bytecode, the title as it is */
  jf_ruleset *rs2 = jf_ruleset_new(NULL);
  CHECK_INT(load(rs2, f->path, f, false, NULL), JF_OK);
  i = jf_ruleset_find(rs2, "checkin");
  if (i >= 0) CHECK(strncmp(jf_ruleset_rule(rs2, (size_t)i)->title, "EDITED ", 7) != 0);
  free(e.text);
  free(ed.src);
  jf_ruleset_free(rs);
  jf_ruleset_free(rs2);
}

/* What loading f under name prints as errors, with the instruction budget
 * of the load cut to `budget`. */
static char *load_errors(rule_file *f, const char *name, bool source, uint64_t budget) {
  jf_ruleset *rs = jf_ruleset_new(NULL);
  rs->instructions = budget; /* after the prelude, which needs more */
  errs e;
  errs_open(&e);
  load(rs, name, f, source, &e);
  errs_close(&e);
  jf_ruleset_free(rs);
  return e.text;
}

/* (3a) A load stopped by the instruction budget stops at the same line. */
static void test_load_budget_same(void) {
  static const uint64_t budgets[] = {1, 40, 300, 2000, 9000, 40000};
  int placed = 0;
  for (size_t i = 0; i < n_files; i++)
    for (size_t b = 0; b < sizeof budgets / sizeof *budgets; b++) {
      char *bc = load_errors(&files[i], files[i].path, false, budgets[b]);
      char *src = load_errors(&files[i], files[i].path, true, budgets[b]);
      CHECK_STR(bc, src);
      char want[320];
      snprintf(want, sizeof want, "%s:", files[i].path);
      if (strncmp(bc, want, strlen(want)) == 0 && strncmp(bc + strlen(want), "0:", 2) != 0)
        placed++;
      free(bc);
      free(src);
    }
  CHECK_MSG(placed > (int)n_files, "only %d budget errors had a line", placed);
}

/* Every bundled file loaded into an engine's rule set, one way or the other,
 * under names with prefix. */
static jf_engine *engine_of(const char *prefix, bool source) {
  jf_engine *e = jf_engine_new(NULL);
  jf_ruleset *rs = jf_engine_rules(e);
  for (size_t i = 0; i < n_files; i++) {
    char name[700];
    snprintf(name, sizeof name, "%.300s%.300s", prefix, files[i].path);
    CHECK_INT(load(rs, name, &files[i], source, NULL), JF_OK);
  }
  CHECK_INT(jf_engine_prepare(e), JF_OK);
  return e;
}

/* The JSON report of checking path with every check's budget cut to budget. */
static char *report(jf_engine *e, const char *path, uint64_t budget) {
  jf_engine_rules(e)->instructions = budget;
  jf_result *res = NULL;
  jf_engine_check_file(e, path, &res);
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  jf_format fmt;
  jf_format_parse("json", &fmt);
  jf_report_opts opts = {0};
  jf_reporter *r = jf_reporter_new(fmt, out, jf_engine_rules(e), &opts);
  jf_reporter_file(r, res);
  jf_reporter_finish(r);
  jf_reporter_free(r);
  fclose(out);
  jf_result_free(res);
  return text;
}

/* (3b) Checks stopped by the budget, and checks that run through, report
 * the same: findings, and rule failures at the same file:line. */
static void test_check_errors_same(void) {
  static const char *const docs[] = {"fixtures/cases/yihuang-2023.yaml",
                                     "fixtures/cases/gaoyou.txt", "tests/cli/data/plan.md"};
  static const uint64_t budgets[] = {200, 3000, 30000, JF_DEFAULT_INSTRUCTIONS};
  jf_engine *bc = engine_of("", false), *src = engine_of("", true);
  int failures = 0;
  for (size_t d = 0; d < sizeof docs / sizeof *docs; d++)
    for (size_t b = 0; b < sizeof budgets / sizeof *budgets; b++) {
      char *x = report(bc, docs[d], budgets[b]), *y = report(src, docs[d], budgets[b]);
      CHECK_MSG(x && y && strcmp(x, y) == 0, "%s, budget %llu: the reports differ", docs[d],
                (unsigned long long)budgets[b]);
      for (const char *p = x; p && (p = strstr(p, "failed: rules/")); p++) failures++;
      free(x);
      free(y);
    }
  CHECK_MSG(failures > 0, "no rule failed in a check: the budgets test nothing");
  jf_engine_free(bc);
  jf_engine_free(src);
}

/* What loading said about each rule: its place and its examples' lines
 * (found in the text either way, as rules test prints them). */
static char *rule_places(jf_ruleset *rs, int *placed) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  for (size_t i = 0; i < jf_ruleset_count(rs); i++) {
    const jf_rule_info *r = jf_ruleset_rule(rs, i);
    fprintf(out, "%s %s:%d bad", r->id, r->file, r->line);
    for (size_t k = 0; k < r->n_bad; k++) {
      fprintf(out, " %d", r->bad[k].line);
      *placed += r->bad[k].line > 0;
    }
    fprintf(out, " good");
    for (size_t k = 0; k < r->n_good; k++) fprintf(out, " %d", r->good[k].line);
    fputc('\n', out);
  }
  for (size_t i = 0; i < jf_ruleset_case_count(rs); i++)
    fprintf(out, "case %s %s\n", jf_ruleset_case(rs, i)->id, jf_ruleset_case(rs, i)->file);
  fclose(out);
  return text;
}

/* Call every rule's check written in Lua with (nil, nil): Lua's own
 * messages, placed by the functions' debug information ("file:line: attempt
 * to index …"). Checks made in C (jianfu.metric_check) are left out. */
static char *bad_calls(jf_ruleset *rs) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  lua_State *L = rs->L;
  for (size_t i = 0; i < rs->n_rules; i++) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, rs->rules[i]->check_ref);
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">Sl", &ar);
    if (ar.source[0] != '@') {
      lua_pop(L, 1);
      continue;
    }
    fprintf(out, "%s %s %d-%d: ", ar.source, ar.short_src, ar.linedefined, ar.lastlinedefined);
    lua_pushnil(L);
    lua_pushnil(L);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
      fprintf(out, "%s", lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(not a string)");
      lua_pop(L, 1);
    }
    fputc('\n', out);
  }
  fclose(out);
  return text;
}

/* (3c, 4) Lua's own runtime errors in bundled rules say the same file:line
 * both ways, and the file is the path the load used: a relative one, an
 * absolute one elsewhere, and one too long for Lua's short_src ("..."). */
static void test_chunk_name_follows_path(void) {
  static const char *const prefixes[] = {
    "", "/opt/elsewhere/share/jianfu/",
    "/a/rather/long/install/prefix/that/goes/on/and/on/share/jianfu/"};
  for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
    jf_engine *bc = engine_of(prefixes[p], false), *src = engine_of(prefixes[p], true);
    jf_ruleset *rb = jf_engine_rules(bc), *rsrc = jf_engine_rules(src);
    int placed = 0;
    char *x = rule_places(rb, &placed), *y = rule_places(rsrc, &placed);
    CHECK_STR(x, y);
    CHECK(placed > 0);
    free(x);
    free(y);
    x = bad_calls(rb);
    y = bad_calls(rsrc);
    CHECK_STR(x, y);
    /* the chunk name is the path used, in the rule and in its functions */
    char want[400];
    snprintf(want, sizeof want, "@%s%s", prefixes[p], "rules/");
    CHECK(rb->n_rules > 0);
    for (size_t i = 0; i < rb->n_rules; i++) {
      CHECK(strncmp(rb->rules[i]->chunkname, want, strlen(want)) == 0);
      CHECK(strncmp(rb->rules[i]->info.file, want + 1, strlen(want) - 1) == 0);
    }
    int lua_errors = 0;
    for (const char *q = x; (q = strstr(q, ": attempt to ")); q++) lua_errors++;
    CHECK_MSG(lua_errors > 0, "no check failed on (nil, nil)");
    /* each line: "@file short_src a-b: short_src:line: message" */
    for (const char *line = x; line && *line; line = strchr(line, '\n') + 1) {
      CHECK(strncmp(line, want, strlen(want)) == 0);
      const char *sp = strchr(line, ' ');
      const char *dash = sp ? strchr(sp + 1, ' ') : NULL;
      CHECK(dash && atoi(dash + 1) > 0); /* line numbers kept */
      if (p == 2) CHECK(sp && strncmp(sp + 1, "...", 3) == 0);
    }
    free(x);
    free(y);
    jf_engine_free(bc);
    jf_engine_free(src);
  }
}

int main(void) {
  n_files = rule_files(files, sizeof files / sizeof *files);
  test_dir_takes_bytecode();
  test_edit_is_parsed();
  test_load_budget_same();
  test_check_errors_same();
  test_chunk_name_follows_path();
  for (size_t i = 0; i < n_files; i++) free(files[i].src);
  return CHECK_DONE();
}
