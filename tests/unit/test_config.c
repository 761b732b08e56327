/* test_config.c — .jianfu.yaml: parsing, errors with lines, discovery by
 * walking up, applying to a result. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "jianfu/jianfu.h"

static char dir[] = "/tmp/jianfu-config-XXXXXX";

static char *put_file(const char *rel, const char *text) {
  char *p = NULL;
  if (asprintf(&p, "%s/%s", dir, rel) < 0) return NULL;
  FILE *f = fopen(p, "w");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
  return p;
}

static jf_status load(const char *text, jf_config **c, jf_error *err) {
  char *p = put_file("c.yaml", text);
  jf_status st = jf_config_load(p, c, err);
  free(p);
  return st;
}

static void test_parse(void) {
  jf_config *c = NULL;
  jf_error err = {0};
  CHECK_INT(load("rules:\n  disable: [a, b]\n  severity:\n    c: warning\n    d: info\n"
                 "  dirs: [local, /abs/rules]\nfail_on: warning\n", &c, &err), JF_OK);
  if (c) {
    CHECK_INT(c->n_disable, 2);
    CHECK_STR(c->disable[1], "b");
    CHECK_INT(c->disable_line[1], 2);
    CHECK_INT(c->n_sev, 2);
    CHECK_STR(c->sev_rule[1], "d");
    CHECK_INT(c->sev[1], JF_SEV_INFO);
    CHECK_INT(c->n_dirs, 2);
    char *want = NULL;
    if (asprintf(&want, "%s/local", dir) >= 0) CHECK_STR(c->dirs[0], want);
    free(want);
    CHECK_STR(c->dirs[1], "/abs/rules");
    CHECK(c->has_fail_on && c->fail_on == JF_SEV_WARNING);
  }
  jf_config_free(c);
  c = NULL;
  CHECK_INT(load("", &c, &err), JF_OK); /* empty: no change */
  CHECK(c && c->n_disable == 0 && !c->has_fail_on);
  jf_config_free(c);
  static const struct { const char *text; int line; const char *msg; } bad[] = {
    {"rules:\n  disabel: [a]\n", 2, "unknown key 'rules.disabel'"},
    {"rule: {}\n", 1, "unknown key 'rule'"},
    {"rules:\n  severity:\n    a: fatal\n", 3, "unknown severity 'fatal'"},
    {"fail_on: never\n", 1, "unknown fail_on 'never'"},
    {"rules:\n  disable: {a: 1}\n", 2, "must be a list of strings"},
    {"- a\n- b\n", 1, "must be a mapping"},
    {"rules: [\n", 2, "YAML syntax"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    c = NULL;
    CHECK_INT(load(bad[i].text, &c, &err), JF_ECONFIG);
    CHECK(c == NULL);
    CHECK_MSG(err.line == bad[i].line, "case %zu: line %d, expected %d", i, err.line, bad[i].line);
    CHECK_MSG(err.message && strstr(err.message, bad[i].msg), "case %zu: %s", i, err.message);
    CHECK(err.file && strstr(err.file, "c.yaml"));
    jf_error_clear(&err);
  }
  CHECK_INT(jf_config_load("/nonexistent/.jianfu.yaml", &c, &err), JF_ECONFIG);
  jf_error_clear(&err);
}

static void test_find(void) {
  char *sub = NULL, *deep = NULL;
  CHECK(asprintf(&sub, "%s/proj", dir) >= 0 && asprintf(&deep, "%s/proj/x/y", dir) >= 0);
  mkdir(sub, 0700);
  char *x = NULL;
  CHECK(asprintf(&x, "%s/proj/x", dir) >= 0);
  mkdir(x, 0700);
  mkdir(deep, 0700);
  char *cfg = put_file("proj/.jianfu.yaml", "fail_on: info\n");
  char *plan = put_file("proj/x/y/plan.txt", "考核细则\n");
  char *found = jf_config_find(plan);
  CHECK_STR(found, cfg);
  free(found);
  found = jf_config_find(deep); /* a directory is searched from itself */
  CHECK_STR(found, cfg);
  free(found);
  char *outside = put_file("plan.txt", "x\n");
  found = jf_config_find(outside); /* nothing at or above dir (unless / has one) */
  CHECK(found == NULL || strstr(found, "/proj/") == NULL);
  free(found);
  unlink(plan), unlink(cfg), unlink(outside);
  rmdir(deep), rmdir(x), rmdir(sub);
  free(plan), free(cfg), free(outside), free(sub), free(deep), free(x);
}

static void test_apply(void) {
  jf_config *c = NULL;
  jf_error err = {0};
  CHECK_INT(load("rules:\n  disable: [gone]\n  severity:\n    soft: info\n", &c, &err), JF_OK);
  jf_result *r = jf_result_new("p.txt");
  const char *rules[] = {"keep", "gone", "soft", "gone"};
  for (size_t i = 0; i < 4; i++) {
    jf_finding *f = jf_result_add_finding(r);
    f->rule = strdup(rules[i]);
    f->severity = JF_SEV_ERROR;
  }
  jf_config_apply(c, r);
  CHECK_INT(r->n_findings, 2);
  CHECK_STR(r->findings[0].rule, "keep");
  CHECK_INT(r->findings[0].severity, JF_SEV_ERROR);
  CHECK_STR(r->findings[1].rule, "soft");
  CHECK_INT(r->findings[1].severity, JF_SEV_INFO);
  jf_config_apply(NULL, r); /* no config: no change */
  CHECK_INT(r->n_findings, 2);
  jf_result_free(r);
  jf_config_free(c);
}

int main(void) {
  if (!mkdtemp(dir)) return 1;
  test_parse();
  test_find();
  test_apply();
  char *c = NULL;
  if (asprintf(&c, "%s/c.yaml", dir) >= 0) unlink(c);
  free(c);
  rmdir(dir);
  return CHECK_DONE();
}
