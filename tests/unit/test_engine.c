/* test_engine.c — the pipeline for one file: findings with positions and
 * evidence, errors with places, size limits, suppressions, the rules' own
 * examples. Uses the stable demo rules in tests/cli/rules/demo. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/jianfu.h"

static int load_errors;
static void on_error(const jf_error *e, void *ud) {
  (void)ud;
  load_errors++;
  fprintf(stderr, "load error: %s:%d: %s\n", e->file, e->line, e->message);
}

static jf_engine *engine(size_t max) {
  jf_options opt = {.max_file_size = max};
  jf_engine *e = jf_engine_new(&opt);
  CHECK(e != NULL);
  CHECK_INT(jf_engine_load_rules(e, "tests/cli/rules/demo", on_error, NULL), JF_OK);
  CHECK_INT(jf_engine_prepare(e), JF_OK);
  return e;
}

static jf_result *check(jf_engine *e, const char *path, const char *text) {
  jf_result *r = NULL;
  jf_engine_check_buffer(e, path, text, strlen(text), &r);
  CHECK(r != NULL);
  return r;
}

static void test_text_finding(void) {
  jf_engine *e = engine(0);
  jf_result *r = check(e, "plan.txt", "2024年度考核细则\n一、各村APP活躍率不得低於８０％。\n");
  CHECK_INT(r->n_errors, 0);
  CHECK_INT(r->n_findings, 1);
  if (r->n_findings == 1) {
    jf_finding *f = &r->findings[0];
    CHECK_STR(f->rule, "demo-usage");
    CHECK_STR(f->category, "app-usage-metric");
    CHECK_INT(f->severity, JF_SEV_ERROR);
    CHECK_INT(f->line, 2);
    CHECK_INT(f->column, 8); /* 一、各村APP → 活 is the 8th code point */
    CHECK_INT(f->end_line, 2);
    CHECK_INT(f->end_column, 11);
    CHECK_STR(f->excerpt, "各村APP活躍率不得低於８０％。");
    CHECK(strstr(f->evidence_json, "\"value\":80") != NULL);
    CHECK(strstr(f->evidence_json, "\"op\":\">=\"") != NULL);
    CHECK_INT(f->n_precedents, 1);
  }
  CHECK_STR(r->format, "text");
  CHECK_STR(r->encoding, "utf-8");
  CHECK_INT(strlen(r->sha256), 64);
  CHECK_STR(r->title, "2024年度考核细则");
  jf_result_free(r);
  jf_engine_free(e);
}

static void test_yaml_finding(void) {
  jf_engine *e = engine(0);
  jf_result *r = check(e, "s.yaml",
                       "scheme:\n  title: 考核细则\n  issuer: 某县\n  items:\n"
                       "    - name: 政务APP\n      criterion: APP使用率不低于90%\n");
  CHECK_INT(r->n_errors, 0);
  CHECK_INT(r->n_findings, 1);
  if (r->n_findings == 1) {
    CHECK_INT(r->findings[0].line, 6);
    CHECK_INT(r->findings[0].column, 21);
    CHECK_STR(r->findings[0].locator, "items[0].criterion");
  }
  CHECK_STR(r->format, "yaml");
  CHECK_STR(r->issuer, "某县");
  jf_result_free(r);
  jf_engine_free(e);
}

static void test_errors(void) {
  jf_engine *e = engine(16);
  jf_result *r = check(e, "big.txt", "这一行超过十六个字节的限制");
  CHECK_INT(r->n_errors, 1);
  CHECK_INT(r->n_findings, 0);
  if (r->n_errors) CHECK_INT(r->errors[0].status, JF_ETOOBIG);
  jf_result_free(r);
  jf_engine_free(e);

  e = engine(0);
  r = check(e, "bad.yaml", "scheme:\n  title: x\n  items: [\n");
  CHECK_INT(r->n_errors, 1);
  if (r->n_errors) {
    CHECK_INT(r->errors[0].status, JF_EPARSE);
    CHECK(r->errors[0].line > 0);
    CHECK_STR(r->errors[0].file, "bad.yaml");
  }
  jf_result_free(r);
  r = NULL;
  CHECK_INT(jf_engine_check_file(e, "tests/cli/data/no-such-file.txt", &r), JF_EIO);
  CHECK(r && r->n_errors == 1);
  jf_result_free(r);
  r = NULL;
  jf_engine_check_file(e, "tests/cli/data/binary.txt", &r);
  CHECK(r && r->n_errors == 1 && r->errors[0].status == JF_EBINARY);
  jf_result_free(r);
  jf_engine_free(e);
}

static void test_suppression(void) {
  jf_engine *e = engine(0);
  jf_result *r = check(e, "s.txt",
                       "考核细则\n各村APP使用率不低于70%。 # jianfu-ignore: demo-usage -- 试点\n"
                       "各村APP活跃率不低于70%。\n");
  CHECK_INT(r->n_errors, 0);
  CHECK_INT(r->n_findings, 2);
  if (r->n_findings == 2) {
    CHECK(r->findings[0].suppressed);
    CHECK_STR(r->findings[0].suppress_reason, "试点");
    /* the line after a suppression comment is covered too */
    CHECK(r->findings[1].suppressed);
  }
  jf_result_free(r);
  r = check(e, "s.txt", "考核细则\n各村APP使用率不低于70%。 # jianfu-ignore: other-rule -- x\n");
  CHECK(r->n_findings == 1 && !r->findings[0].suppressed);
  jf_result_free(r);
  jf_engine_free(e);
}

static int fails_seen;
static void on_fail(const jf_rule_info *r, bool bad, const jf_example *ex, const char *why,
                    void *ud) {
  (void)r, (void)bad, (void)ex, (void)why, (void)ud;
  fails_seen++;
}

static void test_examples(void) {
  jf_engine *e = engine(0);
  size_t run = 0;
  CHECK_INT(jf_engine_test_rules(e, on_fail, &run, NULL), 0);
  CHECK_INT(run, 4);
  jf_engine_free(e);
  jf_engine *f = jf_engine_new(NULL);
  jf_engine_load_rules(f, "tests/cli/rules/failing", on_error, NULL);
  jf_engine_prepare(f);
  CHECK_INT(jf_engine_test_rules(f, on_fail, &run, NULL), 2);
  CHECK_INT(fails_seen, 2);
  jf_engine_free(f);
}

/* Only groups that wake a rule are analysed, but a woken clause's whole item
 * is: a rule reads the penalty of a sibling clause that has no trigger. With
 * a rule without triggers every clause is analysed. */
static const char *item_rule =
    "jianfu.rule { id = 'item-penalty', category = 'app-usage-metric', severity = 'warning',\n"
    "  title = 't', basis = { 'b' }, triggers = { '活跃率' },\n"
    "  check = function(clause, report)\n"
    "    local pen = clause.item and clause.item.penalties[1]\n"
    "    if pen then report { from = clause.hits[1].from, to = clause.hits[1].to,\n"
    "                         message = 'item ' .. pen.text } end\n"
    "  end }\n";
static const char *numbers_rule =
    "jianfu.rule { id = 'numbers', category = 'app-usage-metric', severity = 'warning',\n"
    "  title = 't', basis = { 'b' },\n"
    "  check = function(clause, report)\n"
    "    if #clause.numbers > 0 then report { message = 'n ' .. clause.numbers[1].value } end\n"
    "  end }\n";

static jf_engine *engine_with(const char *const *rules, size_t n) {
  jf_engine *e = jf_engine_new(NULL);
  for (size_t i = 0; i < n; i++)
    CHECK_INT(jf_ruleset_load_string(jf_engine_rules(e), "mem.lua", rules[i], strlen(rules[i]),
                                     on_error, NULL),
              JF_OK);
  CHECK_INT(jf_engine_prepare(e), JF_OK);
  return e;
}

static void test_analysis_on_demand(void) {
  const char *text = "考核细则\n每月通报3次。\n1. 各村APP活跃率不低于70%。未达标的扣5分。\n";
  const char *one[] = {item_rule}, *two[] = {item_rule, numbers_rule};
  jf_engine *e = engine_with(one, 1);
  jf_result *r = check(e, "plan.md", text);
  CHECK_INT(r->n_errors, 0);
  CHECK_INT(r->n_findings, 1);
  if (r->n_findings == 1) CHECK_STR(r->findings[0].message, "item 扣5分");
  jf_result_free(r);
  jf_engine_free(e);
  e = engine_with(two, 2);
  r = check(e, "plan.md", text);
  CHECK_INT(r->n_errors, 0);
  CHECK_INT(r->n_findings, 4); /* 3次, 70%, 5分 and the item's penalty */
  if (r->n_findings == 4) CHECK_STR(r->findings[0].message, "n 3");
  jf_result_free(r);
  jf_engine_free(e);
}

int main(void) {
  test_text_finding();
  test_yaml_finding();
  test_errors();
  test_suppression();
  test_examples();
  test_analysis_on_demand();
  CHECK_INT(load_errors, 0);
  return CHECK_DONE();
}
