/* test_sandbox.c — every attack in tests/rules/sandbox/ is stopped and
 * reported at the right file and line, and the rule set keeps working.
 *
 * Each rule file carries its own expectations in comments (one per line):
 *   -- expect: load <line> <text>          a load error at that line
 *   -- expect: check <rule> <line> <text>  running the rule fails there
 *   -- expect: findings <rule> <n>         running the rule gives n findings
 * After every failing check the canary rule must still report. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "jianfu/doc.h"
#include "jianfu/rules.h"
#include "jianfu/source.h"

#define DIR_ "tests/rules/sandbox"

typedef struct errs {
  jf_error *v;
  size_t n;
  bool *seen;
} errs;

static void collect(const jf_error *e, void *ud) {
  errs *x = ud;
  x->v = realloc(x->v, (x->n + 1) * sizeof *x->v);
  jf_error *d = &x->v[x->n++];
  memset(d, 0, sizeof *d);
  jf_error_set(d, e->status, e->file, e->line, e->column, "%s", e->message ? e->message : "");
}

static void errs_free(errs *x) {
  for (size_t i = 0; i < x->n; i++) jf_error_clear(&x->v[i]);
  free(x->v);
  free(x->seen);
  memset(x, 0, sizeof *x);
}

typedef struct fixture {
  jf_source *src;
  jf_doc *doc;
} fixture;

static fixture sample(void) {
  static const char text[] = "标题\n各乡镇活跃率不得低于80%\n";
  fixture f = {0};
  jf_error err = {0};
  CHECK(jf_source_decode(text, strlen(text), "plan.txt", &f.src, &err) == JF_OK);
  f.doc = jf_doc_new(JF_DOC_TEXT, f.src);
  size_t off = strlen("标题\n");
  const char *s = jf_source_text(f.src);
  CHECK(jf_doc_add_clause(f.doc, s + off, strlen(s) - off - 1, NULL, off, strlen(s) - 1, NULL, 0,
                          -1) != NULL);
  CHECK(jf_doc_analyze(f.doc) == JF_OK);
  return f;
}

static void canary(jf_ruleset *rs, const fixture *f, const char *after) {
  long c = jf_ruleset_find(rs, "canary");
  CHECK(c >= 0);
  if (c < 0) return;
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  jf_status st = jf_ruleset_check(rs, (size_t)c, f->doc, 0, res, &err);
  CHECK_MSG(st == JF_OK && res->n_findings == 1, "canary after %s: %s", after,
            err.message ? err.message : "no finding");
  jf_error_clear(&err);
  jf_result_free(res);
}

static int run(jf_ruleset *rs, const fixture *f, const char *id, jf_error *err) {
  long i = jf_ruleset_find(rs, id);
  CHECK_MSG(i >= 0, "rule %s not registered", id);
  if (i < 0) return -1;
  jf_result *res = jf_result_new("plan.txt");
  jf_status st = jf_ruleset_check(rs, (size_t)i, f->doc, 0, res, err);
  int n = st == JF_OK ? (int)res->n_findings : -1;
  jf_result_free(res);
  return n;
}

static void expectations(jf_ruleset *rs, errs *e, const fixture *f, const char *path) {
  FILE *fp = fopen(path, "r");
  char line[512];
  while (fp && fgets(line, sizeof line, fp)) {
    line[strcspn(line, "\n")] = 0;
    char kind[16], id[64];
    int ln = 0, n = 0, off = 0;
    if (strncmp(line, "-- expect: ", 11) != 0) continue;
    const char *p = line + 11;
    if (sscanf(p, "load %d %n", &ln, &off) == 1 && off) {
      const char *want = p + off;
      bool found = false;
      for (size_t i = 0; i < e->n && !found; i++)
        if (!e->seen[i] && e->v[i].file && strcmp(e->v[i].file, path) == 0 &&
            e->v[i].line == ln && strstr(e->v[i].message, want))
          found = e->seen[i] = true;
      CHECK_MSG(found, "%s: no load error at line %d with '%s'", path, ln, want);
    } else if (sscanf(p, "check %63s %d %n", id, &ln, &off) == 2 && off) {
      const char *want = p + off;
      jf_error err = {0};
      int got = run(rs, f, id, &err);
      CHECK_MSG(got == -1 && err.status == JF_ERULE && err.file && strcmp(err.file, path) == 0 &&
                    err.line == ln && err.message && strstr(err.message, want),
                "%s: rule %s: got %s:%d: %s (findings %d), want line %d '%s'", path, id,
                err.file ? err.file : "-", err.line, err.message ? err.message : "-", got, ln,
                want);
      /* the same failure again: the state recovered from the first */
      jf_error_clear(&err);
      got = run(rs, f, id, &err);
      CHECK_MSG(got == -1 && err.line == ln && err.message && strstr(err.message, want),
                "%s: rule %s, second run: %s:%d: %s", path, id, err.file ? err.file : "-",
                err.line, err.message ? err.message : "-");
      jf_error_clear(&err);
      canary(rs, f, id);
    } else if (sscanf(p, "findings %63s %d", id, &n) == 2) {
      jf_error err = {0};
      int got = run(rs, f, id, &err);
      CHECK_MSG(got == n, "%s: rule %s: %d findings, want %d (%s:%d: %s)", path, id, got, n,
                err.file ? err.file : "-", err.line, err.message ? err.message : "-");
      jf_error_clear(&err);
    } else {
      (void)kind;
      CHECK_MSG(0, "%s: cannot read '%s'", path, line);
    }
  }
  if (fp) fclose(fp);
}

static int cmp(const void *a, const void *b) { return strcmp(*(char **)a, *(char **)b); }

static void test_directory(void) {
  errs e = {0};
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK_INT(jf_ruleset_load_dir(rs, DIR_, collect, &e), JF_ERULE);
  e.seen = calloc(e.n + 1, sizeof *e.seen);
  fixture f = sample();
  canary(rs, &f, "loading");
  DIR *d = opendir(DIR_);
  char *names[128];
  size_t n = 0;
  struct dirent *de;
  while (d && (de = readdir(d)) && n < 128)
    if (strstr(de->d_name, ".lua")) names[n++] = strdup(de->d_name);
  if (d) closedir(d);
  qsort(names, n, sizeof *names, cmp);
  CHECK(n >= 20);
  for (size_t i = 0; i < n; i++) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", DIR_, names[i]);
    expectations(rs, &e, &f, path);
    free(names[i]);
  }
  for (size_t i = 0; i < e.n; i++)
    CHECK_MSG(e.seen[i], "unexpected load error %s:%d: %s", e.v[i].file, e.v[i].line,
              e.v[i].message);
  jf_doc_free(f.doc);
  jf_source_free(f.src);
  jf_ruleset_free(rs);
  errs_free(&e);
}

/* A bytecode file is refused before Lua sees it, with a clear reason. */
static void test_bytecode_file(void) {
  char path[] = "/tmp/jianfu-bytecode-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  static const char chunk[] = "\x1bLuaT\x00\x19\x93\r\n\x1a\n\x04\x08\x08xV\x00\x00";
  CHECK(write(fd, chunk, sizeof chunk - 1) == (ssize_t)(sizeof chunk - 1));
  close(fd);
  errs e = {0};
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK_INT(jf_ruleset_load_file(rs, path, collect, &e), JF_ERULE);
  CHECK_INT(e.n, 1);
  if (e.n) {
    CHECK_STR(e.v[0].file, path);
    CHECK_INT(e.v[0].line, 1);
    CHECK(strstr(e.v[0].message, "bytecode") != NULL);
  }
  CHECK_INT(jf_ruleset_count(rs), 0);
  unlink(path);
  errs_free(&e);
  /* and a missing file is an I/O error, not a crash */
  CHECK_INT(jf_ruleset_load_file(rs, "/nonexistent/rule.lua", collect, &e), JF_ERULE);
  CHECK_INT(e.n, 1);
  if (e.n) CHECK_INT(e.v[0].status, JF_EIO);
  jf_ruleset_free(rs);
  errs_free(&e);
}

/* Limits given by the caller are the ones enforced and reported. */
static void test_custom_limits(void) {
  jf_rule_limits lim = {.instructions = 2000000, .memory = 4u << 20};
  jf_ruleset *rs = jf_ruleset_new(&lim);
  CHECK(rs != NULL);
  static const char src[] =
    "local function rule(id, check)\n"
    "  jianfu.rule { id = id, category = 'checkin', severity = 'error', title = 't',\n"
    "    basis = { 'b' }, check = check }\n"
    "end\n"
    "rule('loop', function() while true do end end)\n"
    "rule('mem', function() local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(100) .. i end end)\n"
    "rule('canary', function(c, report) local s = 0 for i = 1, 5000 do s = s + i end report {} end)\n";
  errs e = {0};
  CHECK_INT(jf_ruleset_load_string(rs, "limits.lua", src, sizeof src - 1, collect, &e), JF_OK);
  fixture f = sample();
  jf_error err = {0};
  CHECK_INT(run(rs, &f, "loop", &err), -1);
  CHECK_STR(err.message, "rule exceeded its instruction budget (2000000)");
  CHECK_INT(err.line, 5);
  jf_error_clear(&err);
  canary(rs, &f, "loop");
  CHECK_INT(run(rs, &f, "mem", &err), -1);
  CHECK_STR(err.message, "rule exceeded the memory limit");
  CHECK_INT(err.line, 6);
  jf_error_clear(&err);
  canary(rs, &f, "mem");
  jf_doc_free(f.doc);
  jf_source_free(f.src);
  jf_ruleset_free(rs);
  errs_free(&e);
}

/* The C helpers' automata count against the memory cap: a list whose
 * automaton is larger than the cap (while the list itself is not) is
 * refused like any allocation. */
static void test_automaton_memory(void) {
  jf_rule_limits lim = {.instructions = 50000000, .memory = 4u << 20};
  jf_ruleset *rs = jf_ruleset_new(&lim);
  static const char src[] =
    "local function rule(id, check)\n"
    "  jianfu.rule { id = id, category = 'checkin', severity = 'error', title = 't',\n"
    "    basis = { 'b' }, check = check }\n"
    "end\n"
    "rule('automata', function()\n"
    "  local t = {}\n"
    "  for i = 1, 6000 do t[i] = string.format('%x%x', i * 7919, i * 104729) end\n"
    "  jianfu.find_all('abc', t)\n"
    "end)\n"
    "rule('canary', function(c, report) jianfu.find_all('abc', { 'b' }) report {} end)\n";
  errs e = {0};
  CHECK_INT(jf_ruleset_load_string(rs, "automata.lua", src, sizeof src - 1, collect, &e), JF_OK);
  fixture f = sample();
  jf_error err = {0};
  CHECK_INT(run(rs, &f, "automata", &err), -1);
  CHECK_STR(err.message, "rule exceeded the memory limit");
  CHECK_INT(err.line, 8);
  jf_error_clear(&err);
  canary(rs, &f, "automata");
  jf_doc_free(f.doc);
  jf_source_free(f.src);
  jf_ruleset_free(rs);
  errs_free(&e);
}

/* More small blocks than the allocator's arena holds (rules_sandbox.c):
 * the rest are malloc'd one by one, tables grow out of it and a large one
 * shrinks into a small block, and a second run reuses both kinds from the
 * free lists; closing frees each exactly once (the ASan build checks
 * that). */
static void test_arena_overflow(void) {
  jf_rule_limits lim = {.instructions = 200000000, .memory = 256u << 20};
  jf_ruleset *rs = jf_ruleset_new(&lim);
  CHECK(rs != NULL);
  static const char src[] =
    "jianfu.rule { id = 'churn', category = 'checkin', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, check = function(c, report)\n"
    "    local t = {}\n"
    "    for i = 1, 400000 do t[i] = { i, tostring(i) } end\n"
    "    local s = 0\n"
    "    for i = 1, #t, 1000 do s = s + t[i][1] + #t[i][2] end\n"
    "    t = nil\n"
    "    local u = {}\n"
    "    for i = 1, 1000 do u[i] = i end\n"
    "    for i = 5, 1000 do u[i] = nil end\n"
    "    u.x = 1 -- a rehash: the array part shrinks to a small block\n"
    "    s = s + u[4] + u.x\n"
    "    report { message = tostring(s) }\n"
    "  end }\n";
  errs e = {0};
  CHECK_INT(jf_ruleset_load_string(rs, "arena.lua", src, sizeof src - 1, collect, &e), JF_OK);
  fixture f = sample();
  for (int round = 0; round < 2; round++) {
    jf_result *res = jf_result_new("plan.txt");
    jf_error err = {0};
    CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
    CHECK_INT((int)res->n_findings, 1);
    if (res->n_findings == 1) CHECK_STR(res->findings[0].message, "79802692");
    jf_error_clear(&err);
    jf_result_free(res);
  }
  jf_doc_free(f.doc);
  jf_source_free(f.src);
  jf_ruleset_free(rs);
  errs_free(&e);
}

int main(void) {
  test_arena_overflow();
  test_directory();
  test_automaton_memory();
  test_bytecode_file();
  test_custom_limits();
  return CHECK_DONE();
}
