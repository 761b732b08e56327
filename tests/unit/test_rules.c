/* test_rules.c — the rule set: registration, the clause view, findings
 * (positions, excerpt, sorted evidence JSON), hits, dedup and metric_check. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "check.h"
#include "jianfu/normalize.h"
#include "jianfu/doc.h"
#include "jianfu/rules.h"
#include "jianfu/source.h"

typedef struct errs {
  jf_error v[16];
  int n;
} errs;

static void collect(const jf_error *e, void *ud) {
  errs *x = ud;
  if (x->n < 16) {
    x->v[x->n].status = e->status;
    x->v[x->n].line = e->line;
    x->v[x->n].file = e->file ? strdup(e->file) : NULL;
    x->v[x->n].message = e->message ? strdup(e->message) : NULL;
    x->n++;
  }
}

static void errs_clear(errs *x) {
  for (int i = 0; i < x->n; i++) jf_error_clear(&x->v[i]);
  x->n = 0;
}

/* A text document whose lines after the first are clauses. */
typedef struct fixture {
  jf_source *src;
  jf_doc *doc;
} fixture;

static fixture make_doc(const char *text, const char *title) {
  fixture f = {0};
  jf_error err = {0};
  CHECK(jf_source_decode(text, strlen(text), "plan.txt", &f.src, &err) == JF_OK);
  f.doc = jf_doc_new(JF_DOC_TEXT, f.src);
  if (title) f.doc->title = strdup(title);
  const char *s = jf_source_text(f.src);
  const char *line = strchr(s, '\n');
  while (line && line[1]) {
    const char *b = line + 1, *e = strchr(b, '\n');
    size_t len = e ? (size_t)(e - b) : strlen(b);
    char loc[32];
    snprintf(loc, sizeof loc, "line %d", (int)f.doc->n_clauses + 2);
    CHECK(jf_doc_add_clause(f.doc, b, len, NULL, (size_t)(b - s), (size_t)(b - s) + len, loc, 0,
                            -1) != NULL);
    line = e;
  }
  CHECK(jf_doc_analyze(f.doc) == JF_OK);
  return f;
}

static void free_doc(fixture *f) {
  jf_doc_free(f->doc);
  jf_source_free(f->src);
}

/* Replace a clause's analysis with a hand-made one so these tests do not
 * depend on the analyser's wording lists. */
static void set_analysis(jf_clause *c, const char *threshold_word, double value,
                         const char *penalty_word) {
  jf_analysis *a = calloc(1, sizeof *a);
  const char *t = c->norm.text;
  const char *p = strstr(t, threshold_word);
  if (p) {
    a->thresholds = calloc(1, sizeof *a->thresholds);
    a->n_thresholds = 1;
    a->thresholds[0].span = (jf_span){(uint32_t)(p - t), (uint32_t)(p - t + strlen(threshold_word))};
    a->thresholds[0].op = JF_OP_GE;
    a->thresholds[0].value = value;
    strcpy(a->thresholds[0].unit, "%");
  }
  p = penalty_word ? strstr(t, penalty_word) : NULL;
  if (p) {
    a->penalties = calloc(1, sizeof *a->penalties);
    a->n_penalties = 1;
    a->penalties[0].span = (jf_span){(uint32_t)(p - t), (uint32_t)(p - t + strlen(penalty_word))};
    strcpy(a->penalties[0].kind, "deduct");
  }
  jf_analysis_free(c->an);
  c->an = a;
}

static const char *good_rule =
  "jianfu.rule {\n"
  "  id = 'test-hits', category = 'app-usage-metric', severity = 'warning',\n"
  "  title = '测试规则',\n"
  "  basis = { '整治形式主义为基层减负若干规定' }, precedents = { 'yihuang-2023' },\n"
  "  triggers = { '活跃', '活跃率' },\n"
  "  examples = { bad = { '活跃率不得低于80%' },\n"
  "               good = { { text = '活跃市场主体', scheme = true, title = '考核办法' } } },\n"
  "  check = function(clause, report)\n"
  "    for _, h in ipairs(clause.hits) do\n"
  "      report { from = h.from, to = h.to, message = 'found ' .. h.term,\n"
  "               evidence = { term = h.term, b = 1, a = { 2.5, true, 'x' }, n = 3.0 } }\n"
  "    end\n"
  "    report { from = clause.hits[1].from, to = clause.hits[1].to }\n"
  "  end,\n"
  "}\n";

/* Each example's line is where it is written: not an earlier mention of the
 * same words (a comment, a longer example holding them), and an example
 * written twice is found at each place in turn. */
static void test_example_lines(void) {
  static const char src[] =
    "-- 活跃率不得低于80% is the shape the bad examples take\n"      /* 1 */
    "jianfu.rule {\n"                                              /* 2 */
    "  id = 'test-lines', category = 'app-usage-metric', severity = 'warning',\n"
    "  title = '测试规则', basis = { '整治形式主义为基层减负若干规定' },\n"
    "  precedents = { 'yihuang-2023' }, triggers = { '活跃率' },\n" /* 5 */
    "  examples = { bad = {\n"                                     /* 6 */
    "    '各乡镇APP活跃率不得低于80%，否则扣分',\n"                  /* 7 */
    "    '活跃率不得低于80%',\n"                                    /* 8 */
    "    '各乡镇APP活跃率不得低于80%，否则扣分',\n"                  /* 9 */
    "    '活跃率\\u{4e0d}足' },\n"                                /* 10: escaped, found nowhere */
    "    good = { '活跃市场主体' } },\n"                             /* 11 */
    "  check = function(clause, report) end,\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/lines.lua", src, strlen(src), collect, &e), JF_OK);
  CHECK_INT(e.n, 0);
  CHECK_INT(jf_ruleset_count(rs), 1);
  const jf_rule_info *r = jf_ruleset_rule(rs, 0);
  CHECK_INT(r->n_bad, 4);
  CHECK_INT(r->bad[0].line, 7);
  CHECK_INT(r->bad[1].line, 8);
  CHECK_INT(r->bad[2].line, 9);
  CHECK_INT(r->bad[3].line, 0);
  CHECK_INT(r->n_good, 1);
  CHECK_INT(r->good[0].line, 11);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

static void test_register_and_hits(void) {
  errs e = {0};
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/good.lua", good_rule, strlen(good_rule), collect, &e),
            JF_OK);
  CHECK_INT(e.n, 0);
  for (int i = 0; i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  CHECK_INT(jf_ruleset_count(rs), 1);
  const jf_rule_info *r = jf_ruleset_rule(rs, 0);
  CHECK_STR(r->id, "test-hits");
  CHECK_STR(r->category, "app-usage-metric");
  CHECK_INT(r->severity, JF_SEV_WARNING);
  CHECK_STR(r->file, "mem/good.lua");
  CHECK_INT(r->line, 1);
  CHECK_INT(r->n_basis, 1);
  CHECK_INT(r->n_triggers, 2);
  CHECK_STR(r->triggers[1], "活跃率");
  CHECK_INT(r->n_bad, 1);
  CHECK_INT(r->bad[0].line, 6);
  CHECK_INT(r->n_good, 1);
  CHECK(r->good[0].scheme_item);
  CHECK_STR(r->good[0].title, "考核办法");
  CHECK_INT(jf_ruleset_find(rs, "test-hits"), 0);
  CHECK_INT(jf_ruleset_find(rs, "nope"), -1);

  fixture f = make_doc("标题\n各乡镇活跃率不得低于80%\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 2); /* 活跃率, 活跃; the repeated report is dropped */
  if (res->n_findings == 2) {
    jf_finding *x = &res->findings[0];
    CHECK_STR(x->rule, "test-hits");
    CHECK_STR(x->category, "app-usage-metric");
    CHECK_INT(x->severity, JF_SEV_WARNING);
    CHECK_STR(x->message, "found 活跃率");
    CHECK_INT(x->line, 2);
    CHECK_INT(x->column, 4);
    CHECK_INT(x->end_line, 2);
    CHECK_INT(x->end_column, 7);
    CHECK_INT(x->start, strlen("标题\n各乡镇"));
    CHECK_INT(x->end, strlen("标题\n各乡镇活跃率"));
    CHECK_STR(x->excerpt, "各乡镇活跃率不得低于80%");
    CHECK_STR(x->locator, "line 2");
    CHECK_STR(x->evidence_json, "{\"a\":[2.5,true,\"x\"],\"b\":1,\"n\":3,\"term\":\"活跃率\"}");
    CHECK_INT(x->n_basis, 1);
    CHECK_STR(x->basis[0], "整治形式主义为基层减负若干规定");
    CHECK_INT(x->n_precedents, 1);
    CHECK_STR(x->precedents[0], "yihuang-2023");
    CHECK_STR(res->findings[1].message, "found 活跃");
    CHECK_INT(res->findings[1].end_column, 6);
  }
  /* the same clause again: the cached view serves the second call */
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 4);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* jf_ruleset_check_hits: clause.hits are the caller's hits as given; hits
 * that cannot be the rule's (an unknown trigger, a span past the text) are
 * ignored and the rule scans for its own. */
static void test_given_hits(void) {
  errs e = {0};
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/good.lua", good_rule, strlen(good_rule), collect, &e),
            JF_OK);
  fixture f = make_doc("标题\n各乡镇活跃率不得低于80%\n", NULL);
  jf_error err = {0};
  uint32_t at = (uint32_t)strlen("各乡镇");
  const jf_trigger_hit both[] = {{at, at + 9, 1}, {at, at + 6, 0}};
  const jf_trigger_hit one[] = {{at, at + 6, 0}};
  const jf_trigger_hit bad_trig[] = {{at, at + 6, 2}};
  const jf_trigger_hit bad_span[] = {{at, 4000, 0}};
  struct {
    const jf_trigger_hit *v;
    size_t n;
    int findings;
    const char *first;
  } cases[] = {{both, 2, 2, "found 活跃率"},
               {one, 1, 1, "found 活跃"},
               {bad_trig, 1, 2, "found 活跃率"},
               {bad_span, 1, 2, "found 活跃率"}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    jf_result *res = jf_result_new("plan.txt");
    CHECK_INT(jf_ruleset_check_hits(rs, 0, f.doc, 0, cases[k].v, cases[k].n, res, &err), JF_OK);
    CHECK_INT(res->n_findings, cases[k].findings);
    if (res->n_findings) CHECK_STR(res->findings[0].message, cases[k].first);
    jf_result_free(res);
  }
  /* the given hits are for one check only: the next check scans */
  jf_result *res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 2);
  jf_result_free(res);
  res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check_hits(rs, 0, f.doc, 0, NULL, 1, res, &err), JF_EUSAGE);
  jf_error_clear(&err);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

static jf_ruleset *load_one(const char *src, errs *e) {
  jf_ruleset *rs = jf_ruleset_new(NULL);
  jf_ruleset_load_string(rs, "mem/rule.lua", src, strlen(src), collect, e);
  return rs;
}

/* The view: positions, original text, document, analysis, read-only parts. */
static void test_view(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'view', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' },\n"
    "  check = function(c, report)\n"
    "    local th = c.thresholds[1]\n"
    "    local from, to, term = c:find({ '不得低于', '低于' })\n"
    "    local ok = pcall(function() c.doc.kind = 'x' end)\n"
    "    local ok2 = pcall(rawset, c.thresholds, 1, {})\n"
    "    c.text = 'mine'  -- allowed: only this call's table changes\n"
    "    report { evidence = { line = c.line, column = c.column, original = c.original,\n"
    "      kind = c.doc.kind, title = c.doc.title, assessment = c.doc.assessment,\n"
    "      n = #c.thresholds, th = th, op = th.op, find = { from, to, term },\n"
    "      ro = not ok and not ok2, scheme = c.scheme_item, assessed = c.assessed,\n"
    "      locator = c.locator, hits = #c.hits, prohibited = c:prohibited(from, to) } }\n"
    "  end,\n"
    "}\n"
    "jianfu.rule {\n"
    "  id = 'view2', category = 'checkin', severity = 'info', title = 't2', basis = { 'b' },\n"
    "  check = function(c, report) report { message = c.text } end,\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  for (int i = 0; i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  fixture f = make_doc("2024年度考核细则\n  打卡率不得低于90%\n", "2024年度考核细则");
  set_analysis(&f.doc->clauses[0], "不得低于90%", 90, NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
  CHECK_INT(res->n_findings, 1);
  if (res->n_findings) {
    jf_finding *x = &res->findings[0];
    CHECK_STR(x->message, "t");
    CHECK_INT(x->column, 3); /* the whole clause: after the two spaces */
    CHECK_STR(x->evidence_json,
              "{\"assessed\":false,\"assessment\":true,\"column\":1,\"find\":[10,21,\"不得低于\"],"
              "\"hits\":0,\"kind\":\"text\",\"line\":2,\"locator\":\"line 2\",\"n\":1,\"op\":\">=\","
              "\"original\":\"  打卡率不得低于90%\",\"prohibited\":false,\"ro\":true,\"scheme\":false,"
              "\"th\":{\"from\":10,\"op\":\">=\",\"to\":24,\"unit\":\"%\",\"value\":90},"
              "\"title\":\"2024年度考核细则\"}");
  }
  /* the second rule sees the shared text, not what the first wrote */
  CHECK_INT(jf_ruleset_check(rs, 1, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 2);
  if (res->n_findings == 2) CHECK_STR(res->findings[1].message, "打卡率不得低于90%");
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* The cached view (the last clause's) serves a clause only while the clause
 * is what it was built from: a clause changed in place, or another document
 * at the same address, gets a new view. */
static void test_view_cache(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'cache', category = 'checkin', severity = 'info', title = 't', basis = { 'b' },\n"
    "  check = function(c, report)\n"
    "    report { message = c.text .. '|' .. (c.doc.title or '') .. '|' .. c.original }\n"
    "  end,\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n打卡率不得低于90%\n", "甲");
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  /* the same length and place, other bytes: the normalized text */
  memcpy(f.doc->clauses[0].norm.text, "签到", strlen("签到"));
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  /* the title */
  free(f.doc->title);
  f.doc->title = strdup("乙");
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  /* the original text */
  char *orig = (char *)jf_source_text(f.src) + f.doc->clauses[0].start;
  memcpy(orig, "簽到", strlen("簽到"));
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 4);
  if (res->n_findings == 4) {
    CHECK_STR(res->findings[0].message, "打卡率不得低于90%|甲|打卡率不得低于90%");
    CHECK_STR(res->findings[1].message, "签到率不得低于90%|甲|打卡率不得低于90%");
    CHECK_STR(res->findings[2].message, "签到率不得低于90%|乙|打卡率不得低于90%");
    CHECK_STR(res->findings[3].message, "签到率不得低于90%|乙|簽到率不得低于90%");
  }
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* What a rule can see of the view's machinery, which the builders set with
 * interned names and raw sets (rules_view.c): proxies that read as empty to
 * next, rawget and rawlen, hidden metatables, no metamethod names readable
 * as fields, plain hit tables whose terms are the rule's triggers, and a
 * view kept past its call that still shows its own hits and text but
 * cannot build a lazy field. */
static void test_view_machinery(void) {
  const char *src =
    "local saved\n"
    "local function keys(t)\n"
    "  local k = {}\n"
    "  for n in pairs(t) do k[#k + 1] = tostring(n) end\n"
    "  table.sort(k)\n"
    "  return table.concat(k, ',')\n"
    "end\n"
    "jianfu.rule {\n"
    "  id = 'machinery', category = 'checkin', severity = 'info', title = 't', basis = { 'b' },\n"
    "  triggers = { '打卡', '打卡率' },\n"
    "  check = function(c, report)\n"
    "    if saved then\n"
    "      local ok = pcall(function() return saved.original end)\n"
    "      report { message = saved.hits[1].term .. '|' .. saved.text .. '|' .. tostring(ok) ..\n"
    "        '|' .. tostring(saved == c) }\n"
    "      return\n"
    "    end\n"
    "    saved = c\n"
    "    local th = c.thresholds\n"
    "    local terms = {}\n"
    "    for _, h in ipairs(c.hits) do\n"
    "      terms[#terms + 1] = h.term .. h.from .. '-' .. h.to .. tostring(getmetatable(h))\n"
    "    end\n"
    "    report { evidence = {\n"
    "      record = keys(th[1]), own = keys(c), hit = keys(c.hits[1]), terms = table.concat(terms, ' '),\n"
    "      empty = next(th) == nil and rawget(th, 1) == nil and rawlen(th) == 0 and #th == 1,\n"
    "      hidden = getmetatable(c) == false and getmetatable(th) == false and\n"
    "        getmetatable(th[1]) == false and getmetatable(c.doc) == false,\n"
    "      fields = tostring(c.__index) .. tostring(c.__metatable) .. tostring(th.__index) ..\n"
    "        tostring(th[1].__newindex) .. tostring(c.doc.__len),\n"
    "      locked = not pcall(setmetatable, th, {}) and not pcall(rawset, th[1], 'x', 1),\n"
    "      shared_empty = c.penalties == c.frequencies and #c.penalties == 0,\n"
    "      scheme = c.scheme_item } }\n"
    "  end,\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n打卡率不得低于90%\n每日打卡\n", NULL);
  set_analysis(&f.doc->clauses[0], "不得低于90%", 90, NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 1, res, &err), JF_OK);
  if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
  CHECK_INT(res->n_findings, 2);
  if (res->n_findings == 2) {
    CHECK_STR(res->findings[0].evidence_json,
              "{\"empty\":true,\"fields\":\"nilnilnilnilnil\",\"hidden\":true,"
              "\"hit\":\"from,term,to\",\"locked\":true,\"own\":\"hits\","
              "\"record\":\"from,op,to,unit,value\",\"scheme\":false,\"shared_empty\":true,"
              "\"terms\":\"打卡率1-9nil 打卡1-6nil\"}");
    CHECK_STR(res->findings[1].message, "打卡率|打卡率不得低于90%|false|false");
  }
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* The C helpers tell the live view by its metatable's address (rules_view.c
 * live_fp): a view kept from an earlier clause is not the live one, so a
 * helper given it goes to its Lua version, which cannot build its lazy
 * fields, while the live view is read in C. */
static void test_kept_view_not_live(void) {
  const char *src =
    "local saved\n"
    "jianfu.rule {\n"
    "  id = 'kept', category = 'checkin', severity = 'info', title = 't', basis = { 'b' },\n"
    "  triggers = { '打卡' },\n"
    "  check = function(c, report)\n"
    "    if not saved then saved = c return end\n"
    "    local ok, err = pcall(jianfu.evidence, saved, 1)\n"
    "    local live = jianfu.evidence(c, 1)\n"
    "    report { message = tostring(ok) .. '|' ..\n"
    "      tostring(not ok and err:find('can be read only', 1, true) ~= nil) .. '|' ..\n"
    "      tostring(live.threshold and live.threshold.value) }\n"
    "  end,\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n每日打卡\n打卡率不得低于90%\n", NULL);
  set_analysis(&f.doc->clauses[1], "不得低于90%", 90, NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 1, res, &err), JF_OK);
  if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
  CHECK_INT(res->n_findings, 1);
  if (res->n_findings == 1) CHECK_STR(res->findings[0].message, "false|true|90");
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* A metric check reads the engine's hits in place of clause.hits only when
 * it is the call's own function (rules_metric.c fresh_hits): called from a
 * Lua check that changed the hits first, it reads what that check left in
 * the list and its tables, as the Lua check would. */
static void test_metric_fresh_hits(void) {
  const char *src =
    "local M = jianfu.metric_check { }\n"
    "local function rule(id, check)\n"
    "  jianfu.rule { id = id, category = 'app-usage-metric', severity = 'error', title = 'm',\n"
    "    basis = { 'b' }, triggers = { '活跃率', '使用率' }, check = check }\n"
    "end\n"
    "rule('direct', M)\n"
    "rule('emptied', function(c, r) c.hits[1] = nil return M(c, r) end)\n"
    "rule('moved', function(c, r) local h = c.hits[1] h.term = '使用率' h.from = h.from + 12\n"
    "  h.to = h.to + 12 return M(c, r) end)\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n各乡镇活跃率和使用率不得低于80%\n", NULL);
  set_analysis(&f.doc->clauses[0], "不得低于80%", 80, NULL);
  const char *want[] = {"活跃率", NULL, "使用率"};
  for (size_t r = 0; r < 3; r++) {
    jf_result *res = jf_result_new("plan.txt");
    jf_error err = {0};
    CHECK_INT(jf_ruleset_check(rs, r, f.doc, 0, res, &err), JF_OK);
    if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
    CHECK_INT(res->n_findings, want[r] ? 1 : 0);
    if (want[r] && res->n_findings == 1) CHECK(strstr(res->findings[0].message, want[r]) != NULL);
    jf_result_free(res);
    jf_error_clear(&err);
  }
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* Every clause of f checked by rule 0 of rs, into a new result; a rule
 * error is printed (the check's status is asserted). */
static jf_result *check_clauses(jf_ruleset *rs, const fixture *f) {
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  for (size_t c = 0; c < f->doc->n_clauses; c++) {
    CHECK_INT(jf_ruleset_check(rs, 0, f->doc, c, res, &err), JF_OK);
    if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
  }
  return res;
}

/* res holds exactly n findings, on these lines in this order. */
static void expect_lines(const jf_result *res, const int *lines, size_t n) {
  CHECK_INT(res->n_findings, n);
  for (size_t i = 0; i < n && i < res->n_findings; i++) CHECK_INT(res->findings[i].line, lines[i]);
}

static void test_metric_check(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'metric', category = 'app-usage-metric', severity = 'error', title = 'm',\n"
    "  basis = { 'b' }, triggers = { '活跃率', '活躍度' },\n"
    "  check = jianfu.metric_check { unless = { '活跃市场' } },\n"
    "}\n"
    "jianfu.rule {\n"
    "  id = 'metric-fmt', category = 'app-usage-metric', severity = 'error', title = 'm',\n"
    "  basis = { 'b' }, triggers = { '活跃率' },\n"
    "  check = jianfu.metric_check { message = '{metric}:{threshold}:{penalty}', requires = 'link' },\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  for (int i = 0; i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  fixture f = make_doc("标题\n各乡镇活跃率不得低于80%否则扣分\n活跃市场主体活跃率不得低于80%\n活跃市场\n",
                       NULL);
  set_analysis(&f.doc->clauses[0], "不得低于80%", 80, "扣分");
  set_analysis(&f.doc->clauses[1], "不得低于80%", 80, NULL);
  set_analysis(&f.doc->clauses[2], "-", 0, NULL);
  jf_result *res = check_clauses(rs, &f);
  CHECK_INT(res->n_findings, 2);
  if (res->n_findings == 2) {
    CHECK_STR(res->findings[0].message, "以“活跃率”作为考核指标（要求 ≥80%；未达标扣分）");
    CHECK_STR(res->findings[0].evidence_json,
              "{\"metric\":\"活跃率\",\"penalty\":\"deduct\",\"threshold\":{\"op\":\">=\","
              "\"unit\":\"%\",\"value\":80}}");
    CHECK_INT(res->findings[0].column, 4);
    /* 活跃市场 is excluded, the later 活跃率 is not */
    CHECK_INT(res->findings[1].line, 3);
    CHECK_INT(res->findings[1].column, 7);
  }
  /* requires = 'link': no link in a hand-made analysis, so nothing */
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 1, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 2);
  f.doc->clauses[0].an->link = JF_LINK_SCHEME;
  CHECK_INT(jf_ruleset_check(rs, 1, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 3);
  if (res->n_findings == 3) CHECK_STR(res->findings[2].message, "活跃率:≥80%:未达标扣分");
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* a coerced practice punished: the condition (一经查实) may stand in a later
 * comma segment of its sentence than the practice (组织刷票的行为), and the
 * coercion may be the hit itself (发现…组织刷票的); a demand in a segment of
 * its own still counts */
static void test_metric_punished(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'vote', category = 'forced-engagement', severity = 'error', title = 'v',\n"
    "  basis = { 'b' }, triggers = { '投票', '刷票' },\n"
    "  check = jianfu.metric_check {},\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n对投票活动中组织刷票的行为，一经查实扣分\n发现有单位组织刷票的，一律扣分\n"
                       "每人每天投票不少于5次，对刷票行为一经查实扣分\n",
                       NULL);
  set_analysis(&f.doc->clauses[0], "-", 0, "扣分");
  set_analysis(&f.doc->clauses[1], "-", 0, "扣分");
  set_analysis(&f.doc->clauses[2], "不少于5次", 5, "扣分");
  /* each clause is tied to assessment: only the punished practice is silent */
  for (size_t c = 0; c < 3; c++) f.doc->clauses[c].an->link = JF_LINK_SCHEME;
  jf_result *res = check_clauses(rs, &f);
  expect_lines(res, (const int[]){4}, 1);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* those a sanction targets may be named by what they assess with the
 * practice (对仍以活跃率考核网格员的,一经查实…; 对把活跃率作为考核依据的
 * 单位…): a means word after 对, an assessing word, whom, 的; not a result of
 * the assessment (考核不合格的人员, 考核排名后3位的), nor with no 对 */
static void test_metric_imposer_assessing(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'metric', category = 'app-usage-metric', severity = 'error', title = 'm',\n"
    "  basis = { 'b' }, triggers = { '活跃率' },\n"
    "  check = jianfu.metric_check {},\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n对仍以活跃率考核网格员的，一经查实，严肃追责\n"
                       "对以活跃率考核社区的单位，一经查实，通报批评\n"
                       "对把活跃率作为考核依据的单位，一经查实扣分\n"
                       "对以活跃率考核不合格的人员，经核实后扣分\n"
                       "对以活跃率考核排名后3位的，一经查实约谈\n"
                       "以活跃率考核网格员的，一经查实扣分\n"
                       "对未以活跃率考核网格员的，一经查实扣分\n",
                       NULL);
  for (size_t c = 0; c < f.doc->n_clauses; c++) {
    set_analysis(&f.doc->clauses[c], "-", 0, "扣分");
    f.doc->clauses[c].an->link = JF_LINK_SCHEME;
  }
  jf_result *res = check_clauses(rs, &f);
  expect_lines(res, (const int[]){5, 6, 7, 8}, 4);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* an uncounted activity in a sentence that punishes a verified violation
 * (a condition, then a coercion; or a coercion, then 一经查实) is the setting
 * of the violation, wherever it stands in the sentence, unless its own
 * segment ties it to assessment; a condition without a coercion is none */
static void test_metric_violation(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'vote', category = 'forced-engagement', severity = 'error', title = 'v',\n"
    "  basis = { 'b' }, triggers = { '投票' },\n"
    "  check = jianfu.metric_check {},\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n网络投票中查实刷票的作品取消资格\n投票结束后,对刷票行为一经查实取消资格\n"
                       "投票情况纳入考核,对刷票行为一经查实取消资格\n组织职工投票,查实有误的取消资格\n",
                       NULL);
  for (size_t c = 0; c < 4; c++) {
    set_analysis(&f.doc->clauses[c], "-", 0, "取消资格");
    f.doc->clauses[c].an->link = JF_LINK_SCHEME;
  }
  jf_result *res = check_clauses(rs, &f);
  expect_lines(res, (const int[]){4, 5}, 2);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* a cheat (刷票, 刷阅读量) whose sanction targets it or voids its results is
 * banned, with the vote and the measure of its sentence that have no count
 * or link of their own; a cheat given a quota and no target is a demand, and
 * a counted vote beside a ban still counts. The divisor of a written ratio
 * (登录人数/注册人数) is no quota. */
static void test_metric_cheat(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'vote', category = 'forced-engagement', severity = 'error', title = 'v',\n"
    "  basis = { 'b' }, triggers = { '投票', '刷票', '阅读量', '注册人数' },\n"
    "  check = jianfu.metric_check {},\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n对通过刷票方式获得的票数,一律认定无效\n对在网络投票中刷票获取名次的单位取消资格\n"
                       "阅读量评比中,对刷阅读量的单位取消资格\n组织家长为评选刷票,每班每日不少于100票\n"
                       "每人每天投票不少于5票,刷票的取消资格\n使用率(登录人数/注册人数)占10分\n"
                       "注册人数不少于100人\n",
                       NULL);
  set_analysis(&f.doc->clauses[0], "-", 0, NULL);
  set_analysis(&f.doc->clauses[1], "-", 0, NULL);
  set_analysis(&f.doc->clauses[2], "-", 0, NULL);
  set_analysis(&f.doc->clauses[3], "不少于100票", 100, NULL);
  set_analysis(&f.doc->clauses[4], "不少于5票", 5, NULL);
  set_analysis(&f.doc->clauses[5], "-", 0, NULL);
  set_analysis(&f.doc->clauses[6], "不少于100人", 100, NULL);
  /* each clause is tied to assessment: only the demands report */
  for (size_t c = 0; c < 7; c++) f.doc->clauses[c].an->link = JF_LINK_SCHEME;
  jf_result *res = check_clauses(rs, &f);
  expect_lines(res, (const int[]){5, 6, 8}, 3);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}


/* an interval of hours or minutes written with no number (每小时, 每个小时,
 * 每分钟) counts as one with a number (每2小时): in jianfu.hourly (the whole
 * clause) and in the C metric_check (the hit's sentence); and a score per
 * record adopted (被采用的，每条加0.5分; 每采用一条) is no score per record
 * (jianfu.per_record), unlike one per record reported or one whose 采用 is a
 * means (采用线上方式报送) */
static void test_hourly_and_adopted(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'ck', category = 'checkin', severity = 'error', title = 'c',\n"
    "  basis = { 'b' }, triggers = { '打卡' },\n"
    "  check = jianfu.metric_check {},\n"
    "}\n"
    /* the same metric_check's Lua twin (a clause written to takes it) */
    "local mc = jianfu.metric_check {}\n"
    "jianfu.rule {\n"
    "  id = 'cl', category = 'checkin', severity = 'error', title = 'c',\n"
    "  basis = { 'b' }, triggers = { '打卡' },\n"
    "  check = function(clause, report) clause.lua = true mc(clause, report) end,\n"
    "}\n"
    "jianfu.rule {\n"
    "  id = 'hr', category = 'checkin', severity = 'error', title = 'h',\n"
    "  basis = { 'b' }, triggers = { '打卡' },\n"
    "  check = function(clause, report)\n"
    "    if jianfu.hourly(clause) then report { from = 1, to = 3 } end\n"
    "  end,\n"
    "}\n"
    "jianfu.rule {\n"
    "  id = 'pr', category = 'data-entry-quota', severity = 'error', title = 'p',\n"
    "  basis = { 'b' }, triggers = { '分' },\n"
    "  check = function(clause, report)\n"
    "    local f, t = jianfu.per_record(clause)\n"
    "    if f then report { from = f, to = t } end\n"
    "  end,\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n巡逻队员每小时在app定位打卡\n巡逻队员每个小时在app定位打卡\n"
                       "巡逻队员每2小时在app定位打卡\n巡逻队员在app定位打卡\n"
                       "巡逻队员每小时巡查库区。在app定位打卡\n"
                       "信息被区局采用的,每条加0.5分\n每报送一条信息计0.5分\n"
                       "采用线上方式报送,每条计0.5分\n每采用一条加1分\n",
                       NULL);
  for (size_t c = 0; c < f.doc->n_clauses; c++) f.doc->clauses[c].an->link = JF_LINK_SCHEME;
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  for (size_t c = 0; c < f.doc->n_clauses; c++)
    for (size_t r = 0; r < jf_ruleset_count(rs); r++) {
      CHECK_INT(jf_ruleset_check(rs, r, f.doc, c, res, &err), JF_OK);
      if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
    }
  char got[256] = "";
  for (size_t i = 0; i < res->n_findings; i++) {
    char one[32];
    snprintf(one, sizeof one, "%s%d ", res->findings[i].rule, res->findings[i].line);
    strncat(got, one, sizeof got - strlen(got) - 1);
  }
  CHECK_STR(got, "ck2 cl2 hr2 ck3 cl3 hr3 ck4 cl4 hr4 hr6 pr8 pr9 ");
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* a measure named in one clause of an item (a table row's cell) and scored
 * in another counts, as an activity does; not when no clause of its item is
 * tied to assessment */
static void test_metric_item_measure(void) {
  const char *src =
    "jianfu.rule {\n"
    "  id = 'hours', category = 'online-time', severity = 'error', title = 'h',\n"
    "  basis = { 'b' }, triggers = { '学习时长' },\n"
    "  check = jianfu.metric_check {},\n"
    "}\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n职工云课堂月学习时长\n不足6小时的扣0.2分\n职工云课堂月学习时长\n"
                       "本项由人事科汇总\n",
                       NULL);
  for (size_t c = 0; c < 4; c++) {
    set_analysis(&f.doc->clauses[c], "-", 0, c == 1 ? "扣0.2分" : NULL);
    f.doc->clauses[c].item = c < 2 ? 0 : 1;
  }
  f.doc->clauses[1].an->link = JF_LINK_EXPLICIT;
  jf_result *res = check_clauses(rs, &f);
  expect_lines(res, (const int[]){2}, 1);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

static bool has_error(const errs *e, int line, const char *text) {
  for (int i = 0; i < e->n; i++)
    if (e->v[i].line == line && e->v[i].message && strstr(e->v[i].message, text) &&
        e->v[i].file && strcmp(e->v[i].file, "mem/rule.lua") == 0)
      return true;
  return false;
}

static void test_registration_errors(void) {
  const char *src =
    "local common = { basis = { 'b' } }\n"
    "jianfu.rule {\n"
    "  id = 'x', category = 'foo', severity = 'fatal', title = 't', basis = { 'b' },\n"
    "  check = function() end,\n"
    "}\n"
    "jianfu.rule { id = 'y', category = 'checkin', severity = 'error', title = 't', check = 1 }\n"
    "jianfu.rule { id = 'Bad Id', category = 'checkin', severity = 'error', title = 't',\n"
    "  basis = {}, triggers = {}, examples = { bad = { 3 } }, severty = 1, check = print }\n"
    "jianfu.rule { id = 'ok', category = 'checkin', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, check = function() end }\n"
    "jianfu.rule { id = 'ok', category = 'checkin', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, check = function() end }\n"
    "jianfu.case { id = 'yihuang-2023', place = '宜黄', year = 2023, fixtures = { 'a.yaml' } }\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK(has_error(&e, 2, "rule 'x': unknown category 'foo' (expected one of app-usage-metric, "
                         "install-registration-quota, forced-engagement"));
  CHECK(has_error(&e, 2, "rule 'x': unknown severity 'fatal'"));
  CHECK(has_error(&e, 6, "rule 'y': missing field 'basis'"));
  CHECK(has_error(&e, 6, "rule 'y': field 'check' must be a function, not a number"));
  CHECK(has_error(&e, 7, "rule 'Bad Id': id must use only a-z"));
  CHECK(has_error(&e, 7, "unknown field 'severty'"));
  CHECK(has_error(&e, 7, "field 'basis' must name at least one"));
  CHECK(has_error(&e, 7, "field 'triggers' is empty"));
  CHECK(has_error(&e, 7, "examples.bad[1] must be a string"));
  CHECK(has_error(&e, 11, "rule 'ok': duplicate id (already defined at mem/rule.lua:9)"));
  CHECK_INT(e.n, 10);
  for (int i = 0; e.n != 10 && i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  CHECK_INT(jf_ruleset_count(rs), 1);
  CHECK_INT(jf_ruleset_case_count(rs), 1);
  if (jf_ruleset_case_count(rs)) {
    CHECK_STR(jf_ruleset_case(rs, 0)->year, "2023");
    CHECK_STR(jf_ruleset_case(rs, 0)->place, "宜黄");
    CHECK_INT(jf_ruleset_case(rs, 0)->n_fixtures, 1);
  }
  jf_ruleset_free(rs);
  errs_clear(&e);

  CHECK(jf_category_valid("duplicate-reporting"));
  CHECK(!jf_category_valid("Checkin"));
  CHECK(!jf_category_valid(NULL));
}

/* Replace a clause's analysis with one prohibition whose scope is the
 * first occurrence of `scope` in the normalized text (none when NULL). */
static void set_prohibition(jf_clause *c, const char *scope) {
  jf_analysis *a = calloc(1, sizeof *a);
  const char *t = c->norm.text, *p = scope ? strstr(t, scope) : NULL;
  if (p) {
    a->prohibitions = calloc(1, sizeof *a->prohibitions);
    a->n_prohibitions = 1;
    a->prohibitions[0].trigger = (jf_span){0, 0};
    a->prohibitions[0].scope = (jf_span){(uint32_t)(p - t), (uint32_t)(p - t + strlen(scope))};
    strcpy(a->prohibitions[0].kind, "prohibit");
  }
  jf_analysis_free(c->an);
  c->an = a;
}

/* skip_prohibited = true: the engine does not call the check when every hit
 * it gives is inside a prohibition scope (clause:prohibited's test), and
 * calls it otherwise; a rule without the field is always called. Both rules
 * report on every call, so a missing finding is a skipped call. */
static void test_skip_prohibited(void) {
  const char *src =
    "local function check(clause, report)\n"
    "  local h = clause.hits[1]\n"
    "  report { from = h and h.from or 1, to = h and h.to or 1 }\n"
    "end\n"
    "jianfu.rule { id = 'skip', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, skip_prohibited = true, check = check }\n"
    "jianfu.rule { id = 'call', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, check = check }\n"
    "jianfu.rule { id = 'off', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, skip_prohibited = false, check = check }\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  CHECK_INT(jf_ruleset_count(rs), 3);
  fixture f = make_doc("标题\n严禁以打卡计分\n严禁以打卡计分,每日打卡\n每日打卡\n", NULL);
  CHECK_INT(f.doc->n_clauses, 3);
  if (f.doc->n_clauses != 3 || jf_ruleset_count(rs) != 3) goto out;
  set_prohibition(&f.doc->clauses[0], "以打卡计分");
  set_prohibition(&f.doc->clauses[1], "以打卡计分");
  set_prohibition(&f.doc->clauses[2], NULL);
  uint32_t a0 = (uint32_t)strlen("严禁以"), a1 = (uint32_t)strlen("严禁以打卡计分,每日");
  uint32_t a2 = (uint32_t)strlen("每日");
  const jf_trigger_hit in0[] = {{a0, a0 + 6, 0}};
  const jf_trigger_hit in1[] = {{a0, a0 + 6, 0}, {a1, a1 + 6, 0}};
  const jf_trigger_hit out2[] = {{a2, a2 + 6, 0}};
  const jf_trigger_hit bad_trig[] = {{a0, a0 + 6, 1}};  /* not the rule's: the view rescans */
  /* ending one byte past the scope (its comma), in clause 1 */
  const jf_trigger_hit past_scope[] = {{a0, a0 + 16, 0}};
  struct {
    size_t clause;
    const jf_trigger_hit *v;
    size_t n;
    int skip_findings; /* of rule 'skip'; 'call' and 'off' always report 1 */
  } cases[] = {
    {0, in0, 1, 0},        /* the one hit prohibited: skipped */
    {1, in1, 2, 1},        /* one of two prohibited: called */
    {2, out2, 1, 1},       /* no prohibition: called */
    {0, in0, 0, 1},        /* no hits given: called (nothing to judge) */
    {0, bad_trig, 1, 1},   /* a hit the view would not take: called */
    {1, past_scope, 1, 1}, /* a hit reaching out of the scope: called */
  };
  jf_error err = {0};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
    for (size_t r = 0; r < 3; r++) {
      jf_result *res = jf_result_new("plan.txt");
      CHECK_INT(jf_ruleset_check_hits(rs, r, f.doc, cases[k].clause, cases[k].v, cases[k].n, res,
                                      &err),
                JF_OK);
      CHECK_MSG((int)res->n_findings == (r == 0 ? cases[k].skip_findings : 1),
                "case %zu, rule %zu: %zu findings", k, r, res->n_findings);
      jf_result_free(res);
    }
  /* without the engine's hits the check is always called */
  jf_result *res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 1);
  jf_result_free(res);
out:
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);

  /* a wrong type, or the field on a rule without triggers, is a registration
   * error at the jianfu.rule line and the rule is not registered */
  const char *bad =
    "jianfu.rule { id = 'a', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, skip_prohibited = 'yes', check = print }\n"
    "jianfu.rule { id = 'b', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, skip_prohibited = true, check = print }\n"
    "jianfu.rule { id = 'c', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, skip_prohibited = false, check = print }\n";
  rs = load_one(bad, &e);
  CHECK(has_error(&e, 1, "rule 'a': field 'skip_prohibited' must be a boolean, not a string"));
  CHECK(has_error(&e, 3, "rule 'b': field 'skip_prohibited' needs 'triggers'"));
  CHECK_INT(e.n, 2);
  CHECK_INT(jf_ruleset_count(rs), 1);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* needs = {…}: the engine does not call the check on a clause whose
 * normalized text holds none of the words (normalized like triggers: 次數
 * is 次数), and calls it otherwise; without the engine's hits (a direct
 * jf_ruleset_check) it is always called. JIANFU_CHECK_PROMISES makes the
 * skipped calls and turns a finding from one into an error naming the
 * promise. The rules report on every call: a missing finding is a skipped
 * call. */
static void test_needs(void) {
  const char *src =
    "local function check(clause, report) report { message = 'm' } end\n"
    "jianfu.rule { id = 'needs', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '次數', '考核' }, check = check }\n"
    "jianfu.rule { id = 'call', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, check = check }\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  CHECK_INT(jf_ruleset_count(rs), 2);
  if (jf_ruleset_count(rs) != 2) goto out0;
  const jf_rule_info *ri = jf_ruleset_rule(rs, 0);
  CHECK_INT(ri->n_needs, 1);
  CHECK_INT(ri->needs[0].n_words, 2);
  CHECK_INT(ri->needs[0].analysis, 0);
  if (ri->n_needs == 1 && ri->needs[0].n_words == 2) CHECK_STR(ri->needs[0].words[0], "次数");
  CHECK_INT(jf_ruleset_rule(rs, 1)->n_needs, 0);
  fixture f = make_doc("标题\n每日打卡\n打卡次数不少于3次\n打卡纳入考核\n", NULL);
  CHECK_INT(f.doc->n_clauses, 3);
  if (f.doc->n_clauses != 3) goto out;
  const jf_trigger_hit hit = {6, 12, 0}; /* 每日|打卡| */
  const jf_trigger_hit first = {0, 6, 0};
  const int expect[3] = {0, 1, 1}; /* findings of rule 'needs' per clause */
  jf_error err = {0};
  for (size_t c = 0; c < 3; c++)
    for (size_t r = 0; r < 2; r++) {
      jf_result *res = jf_result_new("plan.txt");
      CHECK_INT(jf_ruleset_check_hits(rs, r, f.doc, c, c ? &first : &hit, 1, res, &err), JF_OK);
      CHECK_MSG((int)res->n_findings == (r == 0 ? expect[c] : 1), "clause %zu, rule %zu: %zu",
                c, r, res->n_findings);
      jf_result_free(res);
    }
  jf_result *res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 1);
  jf_result_free(res);

  /* the promise checked: the skipped call is made, its finding dropped and
   * the call an error naming the promise; a kept promise changes nothing */
  setenv("JIANFU_CHECK_PROMISES", "1", 1);
  jf_ruleset *chk = load_one(src, &e);
  unsetenv("JIANFU_CHECK_PROMISES");
  CHECK_INT(e.n, 0);
  res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check_hits(chk, 0, f.doc, 0, &hit, 1, res, &err), JF_ERULE);
  CHECK_INT(res->n_findings, 0);
  CHECK(err.message && strstr(err.message, "broken promise 'needs'") &&
        strstr(err.message, "the clause misses its needs"));
  CHECK(err.file && strcmp(err.file, "mem/rule.lua") == 0);
  CHECK_INT(err.line, 2);
  jf_error_clear(&err);
  jf_result_free(res);
  res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check_hits(chk, 0, f.doc, 1, &first, 1, res, &err), JF_OK);
  CHECK_INT(res->n_findings, 1);
  jf_result_free(res);
  jf_ruleset_free(chk);
out:
  free_doc(&f);
out0:
  jf_ruleset_free(rs);
  errs_clear(&e);

  /* a wrong type, an empty list or word, or needs without triggers is a
   * registration error at the jianfu.rule line and the rule is not
   * registered */
  const char *bad =
    "jianfu.rule { id = 'a', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = '次数', check = print }\n"
    "jianfu.rule { id = 'b', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = {}, check = print }\n"
    "jianfu.rule { id = 'c', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, needs = { '次数' }, check = print }\n"
    "jianfu.rule { id = 'd', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '次数', 3 }, check = print }\n"
    "jianfu.rule { id = 'e', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '\\u{200B}' }, check = print }\n"
    "jianfu.rule { id = 'f', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '次数' }, check = print }\n";
  rs = load_one(bad, &e);
  CHECK(has_error(&e, 1, "rule 'a': field 'needs' must be a list of strings"));
  CHECK(has_error(&e, 3, "rule 'b': field 'needs' is empty"));
  CHECK(has_error(&e, 5, "rule 'c': field 'needs' needs 'triggers'"));
  CHECK(has_error(&e, 7, "rule 'd': needs[2] must be a string, not a number"));
  CHECK(has_error(&e, 9, "rule 'e': needs word '\u200b' is empty once normalized"));
  CHECK_INT(e.n, 5);
  CHECK_INT(jf_ruleset_count(rs), 1);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* Rule i's call on clause ci of f with its first 打卡 as the hit: the
 * findings it gave (0 when a promise skipped it). */
static size_t call_at_daka(jf_ruleset *rs, size_t i, fixture *f, size_t ci) {
  const jf_clause *c = &f->doc->clauses[ci];
  const char *p = strstr(c->norm.text, "打卡");
  CHECK(p != NULL);
  if (!p) return 0;
  jf_trigger_hit hit = {(uint32_t)(p - c->norm.text), (uint32_t)(p - c->norm.text) + 6, 0};
  jf_error err = {0};
  jf_result *res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check_hits(rs, i, f->doc, ci, &hit, 1, res, &err), JF_OK);
  jf_error_clear(&err);
  size_t n = res->n_findings;
  jf_result_free(res);
  return n;
}

/* needs in groups, with analysis fields: a clause must meet every group,
 * by a word of its own text (or of the other clauses of its table row or
 * scheme item, not of a list item), by a field of its own analysis
 * (`analysis`) or of another clause of its item (`item`, any item; `row`,
 * a table row or a scheme item only). */
static void test_needs_groups(void) {
  const char *src =
    "local function check(clause, report) report { message = 'm' } end\n"
    "jianfu.rule { id = 'groups', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, check = check,\n"
    "  needs = { { '次数', analysis = { 'numbers' } }, { '考核', item = { 'link' } } } }\n"
    "jianfu.rule { id = 'fields', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, check = check,\n"
    "  needs = jianfu.words { '次数' } }\n"
    "jianfu.rule { id = 'rows', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, check = check,\n"
    "  needs = { '考核', row = { 'thresholds' } } }\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  CHECK_INT(jf_ruleset_count(rs), 3);
  if (jf_ruleset_count(rs) != 3) goto out0;
  const jf_rule_info *ri = jf_ruleset_rule(rs, 0);
  CHECK_INT(ri->n_needs, 2);
  if (ri->n_needs == 2) {
    CHECK_INT(ri->needs[0].n_words, 1);
    CHECK_INT(ri->needs[0].analysis, JF_NEEDS_NUMBERS);
    CHECK_INT(ri->needs[0].item, 0);
    CHECK_INT(ri->needs[1].analysis, 0);
    CHECK_INT(ri->needs[1].item, JF_NEEDS_LINK);
    CHECK_INT(ri->needs[1].row, 0);
  }
  ri = jf_ruleset_rule(rs, 2);
  CHECK_INT(ri->n_needs, 1);
  if (ri->n_needs == 1) {
    CHECK_INT(ri->needs[0].item, 0);
    CHECK_INT(ri->needs[0].row, JF_NEEDS_THRESHOLDS);
  }
  CHECK_INT(jf_ruleset_rule(rs, 1)->n_needs, 1); /* a jianfu.words list is one group */
  fixture f = make_doc("标题\n"
                       "打卡次数纳入考核\n"  /* 0: both groups by words */
                       "每日打卡3次\n"       /* 1: the first by its number, not the second */
                       "打卡次数\n"          /* 2: the second by its item's link (3) */
                       "其他\n"              /* 3 */
                       "打卡次数\n"          /* 4: its own link is not its item's */
                       "打卡\n"              /* 5: a table row: its other cell's words (6) */
                       "次数考核\n"          /* 6 */
                       "打卡\n"              /* 7: a list item: not its other clause's words */
                       "次数考核\n"          /* 8 */
                       "打卡\n"              /* 9: a table row: its other cell's threshold (10) */
                       "每月不少于3次\n"     /* 10 */
                       "打卡\n"              /* 11: a list item: not its other clause's (12) */
                       "每月不少于3次\n",    /* 12 */
                       NULL);
  CHECK_INT(f.doc->n_clauses, 13);
  if (f.doc->n_clauses != 13) goto out;
  jf_clause *c = f.doc->clauses;
  CHECK(c[1].an && c[1].an->n_numbers > 0);
  c[2].item = c[3].item = 0;
  c[3].an->link = JF_LINK_EXPLICIT;
  c[4].an->link = JF_LINK_EXPLICIT;
  c[5].item = c[6].item = 1;
  c[5].flags = c[6].flags = JF_CLAUSE_TABLE_ROW;
  c[7].item = c[8].item = 2;
  c[9].item = c[10].item = 3;
  c[9].flags = c[10].flags = JF_CLAUSE_TABLE_ROW;
  c[11].item = c[12].item = 4;
  CHECK(c[10].an && c[10].an->n_thresholds > 0);
  const size_t expect[] = {1, 0, 1, 9, 0, 1, 9, 0};
  for (size_t k = 0; k < 8; k++)
    if (expect[k] != 9) CHECK_MSG(call_at_daka(rs, 0, &f, k) == expect[k], "clause %zu", k);
  CHECK_INT(call_at_daka(rs, 1, &f, 1), 0);
  CHECK_INT(call_at_daka(rs, 1, &f, 2), 1);
  CHECK_INT(call_at_daka(rs, 2, &f, 9), 1);  /* `row`: the row's threshold */
  CHECK_INT(call_at_daka(rs, 2, &f, 11), 0); /* not a list item's */
  CHECK_INT(call_at_daka(rs, 2, &f, 0), 1);  /* its word */
out:
  free_doc(&f);
out0:
  jf_ruleset_free(rs);
  errs_clear(&e);

  /* what a group may hold */
  const char *bad =
    "jianfu.rule { id = 'a', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '次数', analysis = { 'words' } }, check = print }\n"
    "jianfu.rule { id = 'b', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '次数', foo = 1 }, check = print }\n"
    "jianfu.rule { id = 'c', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { { '次数' }, {} }, check = print }\n"
    "jianfu.rule { id = 'd', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { { '次数' }, 'x' }, check = print }\n"
    "jianfu.rule { id = 'e', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { item = 'link' }, check = print }\n"
    "jianfu.rule { id = 'f', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { { 3 } }, check = print }\n"
    "jianfu.rule { id = 'g', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { analysis = { 'link' } }, check = print }\n"
    "jianfu.rule { id = 'h', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { row = { 'rows' } }, check = print }\n";
  rs = load_one(bad, &e);
  CHECK(has_error(&e, 1, "rule 'a': needs.analysis[1] must be one of numbers, thresholds, "
                         "frequencies, penalties, link, not 'words'"));
  CHECK(has_error(&e, 3, "rule 'b': unknown field 'foo' in needs"));
  CHECK(has_error(&e, 5, "rule 'c': needs[2] is empty"));
  CHECK(has_error(&e, 7, "rule 'd': needs[2] must be a list of strings, not a string"));
  CHECK(has_error(&e, 9, "rule 'e': needs.item must be a non-empty list of names"));
  CHECK(has_error(&e, 11, "rule 'f': needs[1][1] must be a string, not a number"));
  CHECK(has_error(&e, 15, "rule 'h': needs.row[1] must be one of numbers, thresholds, "
                          "frequencies, penalties, link, not 'rows'"));
  CHECK_INT(e.n, 7);
  CHECK_INT(jf_ruleset_count(rs), 1); /* 'g': analysis alone is a group */
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* skip_unless = {…}: a call whose trigger hits each overlap one of these
 * phrases, or (with skip_prohibited) lie in a prohibition scope, is
 * skipped; one hit outside them and it is made. */
static void test_skip_unless(void) {
  const char *src =
    "local function check(clause, report) report { message = 'm' } end\n"
    "jianfu.rule { id = 'u', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, skip_unless = jianfu.words { '打卡機' },\n"
    "  skip_prohibited = true, check = check }\n"
    "jianfu.rule { id = 'v', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, skip_unless = { '打卡机' }, check = check }\n"
    "jianfu.rule { id = 'x', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, skip_unless = { '打卡机' }, check = check }\n"
    "jianfu.rule { id = 'y', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, skip_unless = {}, check = check }\n";
  errs e = {0};
  setenv("JIANFU_RULE_STATS", "1", 1);
  jf_ruleset *rs = load_one(src, &e);
  unsetenv("JIANFU_RULE_STATS");
  CHECK(has_error(&e, 7, "rule 'x': field 'skip_unless' needs 'triggers'"));
  CHECK(has_error(&e, 9, "rule 'y': field 'skip_unless' is empty"));
  CHECK_INT(e.n, 2);
  CHECK_INT(jf_ruleset_count(rs), 2);
  fixture f = make_doc("标题\n安装打卡机\n打卡机和打卡\n安装打卡机,不得将打卡纳入考核\n", NULL);
  CHECK_INT(f.doc->n_clauses, 3);
  if (f.doc->n_clauses != 3 || jf_ruleset_count(rs) != 2) goto out;
  const jf_clause *c = f.doc->clauses;
  /* every occurrence of 打卡, as the prefilter gives them */
  const size_t expect_u[] = {0, 1, 0}, expect_v[] = {0, 1, 1};
  for (size_t k = 0; k < 3; k++) {
    jf_trigger_hit hv[4];
    size_t n = 0;
    for (const char *p = c[k].norm.text; n < 4 && (p = strstr(p, "打卡")); p += 6)
      hv[n++] = (jf_trigger_hit){(uint32_t)(p - c[k].norm.text), (uint32_t)(p - c[k].norm.text) + 6, 0};
    for (size_t r = 0; r < 2; r++) {
      jf_error err = {0};
      jf_result *res = jf_result_new("plan.txt");
      CHECK_INT(jf_ruleset_check_hits(rs, r, f.doc, k, hv, n, res, &err), JF_OK);
      CHECK_MSG(res->n_findings == (r ? expect_v : expect_u)[k], "clause %zu, rule %zu", k, r);
      jf_result_free(res);
    }
  }
  const jf_rule_stats *s = jf_ruleset_stats(rs, 0);
  CHECK(s != NULL);
  if (s) {
    CHECK_INT(s->skipped_unless, 2);
    CHECK_INT(s->skipped_prohibited, 0);
    CHECK_INT(s->calls, 1);
  }
out:
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* JIANFU_RULE_STATS: each call asked for is counted as woken, and as
 * skipped by the first promise that holds or as a call with the findings it
 * added; without the variable nothing is kept. */
static void test_rule_stats(void) {
  const char *src =
    "local function check(clause, report) report { message = 'm' } end\n"
    "jianfu.rule { id = 'needs', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '打卡' }, needs = { '次数' }, skip_prohibited = true,\n"
    "  check = check }\n";
  errs e = {0};
  jf_ruleset *off = load_one(src, &e);
  CHECK(jf_ruleset_stats(off, 0) == NULL);
  jf_ruleset_free(off);
  setenv("JIANFU_RULE_STATS", "1", 1);
  jf_ruleset *rs = load_one(src, &e);
  unsetenv("JIANFU_RULE_STATS");
  CHECK_INT(e.n, 0);
  CHECK(jf_ruleset_stats(rs, 1) == NULL);
  const jf_rule_stats *s = jf_ruleset_stats(rs, 0);
  CHECK(s != NULL);
  fixture f = make_doc("标题\n每日打卡\n打卡次数不少于3次\n不得将打卡次数纳入考核\n", NULL);
  CHECK_INT(f.doc->n_clauses, 3);
  if (!s || f.doc->n_clauses != 3) goto out;
  const jf_trigger_hit hit = {6, 12, 0}; /* 每日|打卡| */
  const jf_trigger_hit first = {0, 6, 0};
  const jf_trigger_hit banned = {9, 15, 0}; /* 不得将|打卡| */
  jf_error err = {0};
  jf_result *res = jf_result_new("plan.txt");
  CHECK_INT(jf_ruleset_check_hits(rs, 0, f.doc, 0, &hit, 1, res, &err), JF_OK);    /* needs */
  CHECK_INT(jf_ruleset_check_hits(rs, 0, f.doc, 1, &first, 1, res, &err), JF_OK);  /* call */
  CHECK_INT(jf_ruleset_check_hits(rs, 0, f.doc, 2, &banned, 1, res, &err), JF_OK); /* prohibited */
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);                  /* call */
  CHECK_INT(jf_ruleset_check(rs, 5, f.doc, 0, res, &err), JF_EUSAGE);              /* not one */
  jf_error_clear(&err);
  CHECK_INT(res->n_findings, 2);
  CHECK_INT(s->woken, 4);
  CHECK_INT(s->skipped_needs, 1);
  CHECK_INT(s->skipped_prohibited, 1);
  CHECK_INT(s->skipped_metric, 0);
  CHECK_INT(s->calls, 2);
  CHECK_INT(s->findings, 2);
  CHECK(s->ns > 0);
  jf_result_free(res);
out:
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* report{} misuse is a rule error at the report call's line. */
static void test_report_errors(void) {
  const char *src =
    "jianfu.rule { id = 'r', category = 'checkin', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, check = function(c, report)\n"
    "    if c.text == 'a' then report { from = 1, to = 99 } end\n"
    "    if c.text == 'b' then report { evidence = { f = print } } end\n"
    "    if c.text == 'c' then report { msg = 'x' } end\n"
    "    if c.text == 'd' then local t = {}; t.t = t; report { evidence = t } end\n"
    "    if c.text == 'e' then report { from = 1.5 } end\n"
    "    if c.text == 'f' then report(setmetatable({ to = 99 }, { __index = { from = 2 } })) end\n"
    "    if c.text == 'g' then report(setmetatable({}, { __index = { message = 5 } })) end\n"
    "  end }\n";
  static const struct { int line; const char *msg; } want[] = {
    {3, "report: span 1..99 is not within the clause text (1..1)"},
    {4, "report: evidence cannot hold a function value"},
    {5, "report: unknown field 'msg'"},
    {6, "report: evidence is nested more than 16 deep"},
    {7, "report: 'from' must be an integer position, not a fraction"},
    /* a table with a metatable is read by field, as a rule's code would */
    {8, "report: span 2..99 is not within the clause text (1..1)"},
    {9, "report: 'message' must be a string, not a number"},
  };
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("t\na\nb\nc\nd\ne\nf\ng\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  for (size_t c = 0; c < sizeof want / sizeof want[0]; c++) {
    jf_error err = {0};
    CHECK_INT(jf_ruleset_check(rs, 0, f.doc, c, res, &err), JF_ERULE);
    CHECK_STR(err.file, "mem/rule.lua");
    CHECK_INT(err.line, want[c].line);
    CHECK_MSG(err.message && strstr(err.message, want[c].msg), "got '%s', want '%s'",
              err.message ? err.message : "(null)", want[c].msg);
    jf_error_clear(&err);
  }
  CHECK_INT(res->n_findings, 0);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
}

/* The prelude is embedded precompiled (tools/gen_bytecode.c): an error in it
 * must name it and its line, and its locals, as when its text was compiled. */
static void test_prelude_messages(void) {
  const char *src =
    "jianfu.rule { id = 'r', category = 'checkin', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, check = function(c, report)\n"
    "    jianfu.nearest_count(c, 1, nil)\n"
    "  end }\n";
  /* the line of prelude.lua that indexes `units` */
  FILE *fp = fopen("engine/src/prelude.lua", "r");
  CHECK(fp != NULL);
  char buf[512], want[128] = "";
  for (int line = 1; fp && fgets(buf, sizeof buf, fp); line++)
    if (strstr(buf, "if units[n.unit]")) {
      snprintf(want, sizeof want,
               "[jianfu prelude]:%d: attempt to index a nil value (local 'units')", line);
      break;
    }
  if (fp) fclose(fp);
  CHECK(want[0] != 0);
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("t\n每天完成5个\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_ERULE);
  CHECK_MSG(err.message && strstr(err.message, want), "got '%s', want '%s'",
            err.message ? err.message : "(null)", want);
  jf_error_clear(&err);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
}

/* What one check call costs, view cached, on a typical clause. */
static void test_cost(void) {
  errs e = {0};
  jf_ruleset *rs = load_one(
    "jianfu.rule { id = 'cost', category = 'app-usage-metric', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, triggers = { '活跃率' },\n"
    "  check = jianfu.metric_check {} }\n", &e);
  fixture f = make_doc("标题\n各乡镇“赣政通”APP活跃率不得低于80%，否则在年度考核中扣2分\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  int n = 20000;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (int i = 0; i < n; i++) {
    jf_ruleset_check(rs, 0, f.doc, 0, res, &err);
    for (size_t k = 0; k < res->n_findings; k++) jf_finding_clear(&res->findings[k]);
    res->n_findings = 0;
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  double us = ((double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec)) / 1e3 / n;
  printf("one check call (metric_check, cached view): %.2f us\n", us);
  CHECK(us < 1000);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* rules/README.md's worked example loads as it stands. */
static void test_readme_example(void) {
  FILE *fp = fopen("rules/README.md", "r");
  CHECK(fp != NULL);
  if (!fp) return;
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = 0;
  char *a = strstr(buf, "```lua\n"), *b = a ? strstr(a + 7, "```\n") : NULL;
  CHECK(a && b);
  if (!a || !b) return;
  errs e = {0};
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "README.md", a + 7, (size_t)(b - a - 7), collect, &e), JF_OK);
  for (int i = 0; i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  CHECK_INT(jf_ruleset_count(rs), 1);
  if (jf_ruleset_count(rs)) {
    CHECK_INT(jf_ruleset_rule(rs, 0)->n_bad, 3);
    CHECK_INT(jf_ruleset_rule(rs, 0)->n_good, 2);
  }
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* --- the prelude's C helpers against its Lua versions ----------------------------
 * The same driver runs once in the sandbox (jianfu.* as the engine gives it,
 * C helpers included) and once over the prelude loaded in a plain Lua state
 * without the C table (the Lua versions only). Each clause's digest of every
 * result must be the same. */

/* evidence tables for jianfu.details and jianfu.metric_text: what
 * metric_check makes, then what only the Lua versions may decide */
#define EVIDENCES                                                                                \
  "local EVS = { {}, { metric = '活跃率' }, { metric = 'a,b', platform = '赣政通' },\n"           \
  "  { metric = 'a', platform = false, link = 'explicit' },\n"                                   \
  "  { threshold = { op = '>=', value = 80, unit = '%' }, frequency = 'month' },\n"               \
  "  { threshold = { op = '>=', value = 80.0, unit = '%' }, link = 'x' },\n"                      \
  "  { threshold = { op = '~=', value = 0.5 } }, { threshold = { op = '<', value = 2^53, unit = false } },\n" \
  "  { threshold = { op = '<', value = 1e300, unit = 'x' } }, { threshold = { op = '==', value = -0.0 } },\n" \
  "  { threshold = { op = '>', value = math.mininteger, unit = '个' }, quota = { value = 1, unit = 'x' } },\n" \
  "  { threshold = { op = '<=', value = 1/0 } }, { threshold = { op = '>==', value = -2.5e-7 } },\n" \
  "  { threshold = false, quota = { value = 5, unit = '次' } }, { quota = { value = 2.5, unit = '次' }, frequency = 'day' },\n" \
  "  { frequency = 'fortnight', penalty = 'notify' }, { penalty = 'deduct', penalty_points = 2 },\n" \
  "  { penalty = 'deduct', penalty_points = 0.5, link = 'scheme' }, { penalty = 'deduct' },\n"     \
  "  { penalty = 'veto', penalty_points = 3 }, { penalty = 'deducts' }, { link = '挂钩', metric = 'm' },\n" \
  "  setmetatable({}, { __index = function(t, k) return k == 'metric' and 'm' or nil end }),\n"  \
  "  { threshold = 'x' }, { threshold = { op = 1, value = 2 } }, { threshold = { op = '>', value = '2' } },\n" \
  "  { threshold = setmetatable({ op = '>', value = 1 }, {}) }, { quota = { value = 1 } },\n"      \
  "  { frequency = 5 }, { penalty = 5 }, { penalty = 'deduct', penalty_points = '2' },\n"        \
  "  { link = 7 }, { metric = 5 }, { metric = 'm', platform = 7 }, { metric = {} }, 'ev',\n"     \
  "  { quota = { value = 3.0 } }, { quota = { value = 2^70, unit = '次' } }, { quota = { value = 0.5, unit = false } },\n" \
  "  { ranking = '排名', penalty_text = '扣2分', penalty = 'veto' }, { penalty = 'no-score', ranking = false },\n" \
  "  { link = 'scheme' }, { link = 'document' }, { link = 'schemes' }, { ranking = 3 }, { penalty_text = {} },\n" \
  "  { penalty_text = false, penalty = 'pay', frequency = 'year' } }\n"

#define HELPER_DRIVER                                                                            \
  "local T = { {'考核'}, {'考核','核','考核率','率'}, {'不得','不得低于','低于',''},\n"          \
  "  {'。','，',',',';'}, {'a','aa','aaa'}, {'打卡','打卡率','卡'} }\n"                          \
  "local W = { '考核','不得','低于','取消','率','打卡','的问题','不纳入','。',',',';','!','?',\n" \
  "  '次数','时长','数','a','aa','不得分','一经发现','违规' }\n"                                 \
  EVIDENCES                                                                                    \
  "local function digest(J, clause)\n"                                                           \
  "  local text, o = clause.text, {}\n"                                                          \
  "  local function put(...) local t = table.pack(...)\n"                                        \
  "    for i = 1, t.n do o[#o + 1] = tostring(t[i]) end o[#o + 1] = '|' end\n"                    \
  "  for _, l in ipairs(T) do\n"                                                                 \
  "    for _, h in ipairs(J.find_all(text, l)) do put(h.term, h.from, h.to) end\n"               \
  "    for _, h in ipairs(J.find_terms(text, l, T[1])) do put(h.term, h.from, h.to) end\n"       \
  "    for _, u in ipairs { W, {}, false, J.words(W), T[3], { [2] = 'x' } } do\n"                 \
  "      local hs = J.find_terms(text, l, u)\n"                                                  \
  "      put(#hs) for _, h in ipairs(hs) do put(h.term, h.from, h.to) end\n"                    \
  "    end\n"                                                                                    \
  "    put(J.sentence_has(text, 1, l), J.sentence_has(text, #text, l))\n"                        \
  "  end\n"                                                                                      \
  "  for _, l0 in ipairs(T) do local l = J.words(l0)\n"                                        \
  "    put(#l, l[1], l[#l + 1], J.words(l) == l, (pcall(function() l[1] = 'x' end)))\n"         \
  "    for i, w in ipairs(l) do put(i, w) end\n"                                                 \
  "    for k, w in pairs(l) do put(k, w) end\n"                                                  \
  "    for _, h in ipairs(J.find_all(text, l)) do put(h.term, h.from, h.to) end\n"               \
  "    for _, h in ipairs(J.find_terms(text, l, J.words(T[1]))) do put(h.term, h.from, h.to) end\n" \
  "    put(J.sentence_has(text, 1, l), J.sentence_has(text, #text, l))\n"                        \
  "    put(J.any_in(text, l, 1, #text)) put(J.any_in(text, l, 4, #text - 2))\n"                  \
  "  end\n"                                                                                      \
  "  for _, w in ipairs(W) do put(J.is_measure(w), J.sentence_has(text, 5, {w})) end\n"          \
  "  put(J.is_measure(text), J.first_live(clause, J.find_all(text, W)) and 1)\n"                 \
  "  put(J.first_live(clause, J.find_all(text, J.words(W))) and 1, J.live_word(clause, J.words(W)))\n" \
  "  put(J.made_to_count(clause), J.live_word(clause, W))\n"                                      \
  "  for from = 1, #text do\n"                                                                   \
  "    for d = 0, 9, 3 do local to = math.min(#text, from + d)\n"                                \
  "      put(J.segment(text, from, to)) put(J.sentence(text, from))\n"                           \
  "      put(J.negated(clause, from, to))\n"                                                     \
  "      put(J.platform(clause, from, to))\n"                                                    \
  "      put(J.punished(clause, from, to))\n"                                                    \
  "      put(J.imposer_sanctioned(clause, from, to))\n"                                          \
  "      put(J.praise(text, from, to))\n"                                                        \
  "      put(J.of_device(text, from), J.of_device(text, from, to), J.of_device(text, from, nil))\n" \
  "    end\n"                                                                                    \
  "  end\n"                                                                                      \
  "  for _, a in ipairs { {0}, {#text + 1}, {1, 0}, {1, #text + 1}, {1.0}, {1, 2.0}, {1, 2, 3} } do\n" \
  "    put(pcall(J.of_device, text, table.unpack(a)))\n"                                         \
  "  end\n"                                                                                      \
  "  for _, ev in ipairs(EVS) do\n"                                                              \
  "    for _, f in ipairs { J.details, J.metric_text, J.evidence_details } do\n"                                      \
  "      local ok, r = pcall(f, ev) put(ok, ok and r or '')\n"                                   \
  "    end\n"                                                                                    \
  "  end\n"                                                                                      \
  "  return table.concat(o, ' ')\n"                                                              \
  "end\n"

static int pure_normalize(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  jf_norm out = {0};
  if (jf_normalize(s, n, NULL, 0, &out) != JF_OK) return luaL_error(L, "normalize");
  lua_pushlstring(L, out.text, out.len);
  jf_norm_free(&out);
  return 1;
}

static const char *const helper_texts[] = {
  "考核打卡率不得低于80%。取消打卡的问题,不纳入考核",
  "各单位不得以打卡次数考核;一经发现违规打卡,扣分!",
  "“赣政通”APP活跃率不得低于80%，否则扣分。",
  "aaaa考核aa不得分,不得低于考核率?率率",
  "考核",
  "。。,;!?考核不得不得低于低于",
  "每天在“学习强国”平台学习时长不少于30分钟,纳入年度考核",
  "考核时不得要求群众下载“XX”政务号,不要求打卡,精简考核的问题",
  "不得分不得考核打卡,不得低于不得考核",
  "考核不得分。违规不得参加考核打卡率",
  "在《学习强国》平台和\"赣政通\"app及「网格通」小程序学习,各『村』群“打卡”;“”《a》考核",
  /* marks on and across the 16-byte blocks next_mark compares at once */
  "aaaaaaaaaaaaaa。bbbbbbbbbbbbb;cccccccccccccccc!dddddddddddddd,考核eeeeeeeeeeeee?f、g。不得,",
  /* cheats targeted, banned, demanded; a verified coerced practice */
  "对通过刷票方式获得的票数,一律认定无效;网络投票中对刷票获取名次的单位取消资格。"
  "组织家长为评选刷票,每班每日不少于100票,严禁刷量",
  "阅读量评比中,对刷阅读量的单位取消资格。刷票刷票的,凡刷票!发现强制下载的扣分,刷",
  /* a coercion in the object of 对 closed by 的: the violators targeted, unless undone */
  "对向基层摊派APP下载、点赞任务的单位扣5分;对未完成强制安装任务的单位扣2分,对强制下载的。对摊派,的",
  /* those who imposed it sanctioned: the sanction said first, closing their
   * segment with no comma, or after a threshold's 不 (not a demand met or not) */
  "教育局约谈了要求教师每天在“校园通”打卡的3名校长。约谈了3名未按要求打卡的党员;问责了,要求"
  "县纪委对要求村干部每日在APP签到的乡镇通报批评。对每日签到全勤的村予以表彰,对要求签到的村予以表彰",
  "对要求网格员每天在线时长不少于8小时的街道,予以约谈。对未按要求签到的村干部,予以通报批评。"
  "对签到不足3次的街道,予以约谈;区委问责了一名要求辅警在线学习的社区书记,处理了要求打卡的导",
  /* sanctioned, said first, named by what they assessed with (按, 以, 把), a
   * count of them in digits, a post; not those ranked low (以上, 排名末位) */
  "县委问责了一个按学习积分对干部排名通报的单位。约谈了以APP活跃率考核村干部的3名乡镇负责人;"
  "约谈了以积分对党员排名的2名支部书记,通报批评了把积分作为评优条件的2个部门。约谈了以上",
  "约谈了以APP活跃率排名末位的3名乡镇负责人;问责了以积分排名后三位的村,约谈了以积分考核的。以",
  /* by what they assess (按, 依据 as 以), sanctioned; 予以 opening a reward */
  "对按积分排名考核干部的乡镇,予以约谈。对依据打卡次数考核的街道,予以约谈;对以积分考核优秀的单位,予以表彰",
  /* falsification under other verbs */
  "对虚报巡查打卡次数的,一经查实该项不得分;凡伪造签到记录的取消资格。代学的,替打卡",
  /* devices, systems with and without people, faults and repairs (jianfu.of_device) */
  "视频会议系统在线率达到99%,故障2小时内修复。民警终端在线率不低于90%;监测设备完好率,"
  "车辆北斗定位在线率;公共自行车调度在线率不低于98%,故障车桩4小时内修复。率",
  /* a system of a place named after its people, and of the people themselves */
  "学生宿舍门禁系统在线率不低于99%。职工门禁系统在线率;教师公寓楼宇门禁终端在线时长,学生终端在线率",
  /* 不重 renounces a trace, not when it is repetition (不重复) or importance */
  "考核重实效、不重留痕。每天上传不重复的照片不少于5张,不重要的截图;不重不重复留痕,不重",
  /* a ban on omission states a duty (不得遗漏, 不得漏打卡), a ban on the thing does not */
  "接龙回复不得遗漏,每日打卡不得漏打卡;严禁离线打卡,不得打卡,取消迟到打卡。不得",
  /* a quoted event's name (…行动, …工程) close before the measure, with and without a platform word */
  "志愿者参加“护河行动”获得的积分兑换礼品,“清风工程”小程序积分;“学习强国”积分。“行动”积分,“a行动”",
};

static void test_helpers_match_lua(void) {
  /* the Lua versions: the prelude in a plain state, called without the C table */
  lua_State *P = luaL_newstate();
  luaL_openlibs(P);
  lua_newtable(P);
  lua_pushcfunction(P, pure_normalize);
  lua_setfield(P, -2, "normalize");
  lua_setglobal(P, "jianfu");
  CHECK_INT(luaL_loadfile(P, "engine/src/prelude.lua"), LUA_OK);
  CHECK_INT(lua_pcall(P, 0, 1, 0), LUA_OK);
  lua_setglobal(P, "M");
  CHECK_INT(luaL_loadstring(P, HELPER_DRIVER "return digest"), LUA_OK);
  CHECK_INT(lua_pcall(P, 0, 1, 0), LUA_OK);
  lua_setglobal(P, "digest");

  errs e = {0};
  jf_ruleset *rs = load_one(
    HELPER_DRIVER
    "jianfu.rule { id = 'helpers', category = 'app-usage-metric', severity = 'error',\n"
    "  title = 't', basis = { 'b' }, triggers = { '考核', 'a', '。' },\n"
    "  check = function(clause, report) report { message = digest(jianfu, clause) } end }\n",
    &e);
  CHECK_INT(e.n, 0);
  for (int i = 0; i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  size_t nt = sizeof helper_texts / sizeof *helper_texts, cap = sizeof "标题\n";
  for (size_t i = 0; i < nt; i++) cap += strlen(helper_texts[i]) + 1;
  char *doc = malloc(cap);
  CHECK(doc != NULL);
  if (!doc) return;
  strcpy(doc, "标题\n");
  for (size_t i = 0; i < nt; i++) {
    strcat(doc, helper_texts[i]);
    strcat(doc, "\n");
  }
  fixture f = make_doc(doc, NULL);
  free(doc);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  for (size_t c = 0; c < f.doc->n_clauses; c++) {
    /* no prohibition scopes, so clause:prohibited is false in both states */
    set_analysis(&f.doc->clauses[c], "@@", 0, NULL);
    size_t before = res->n_findings;
    CHECK_INT(jf_ruleset_check(rs, 0, f.doc, c, res, &err), JF_OK);
    if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
    CHECK_INT(res->n_findings, before + 1);
    if (res->n_findings != before + 1) continue;
    const jf_clause *cl = &f.doc->clauses[c];
    lua_getglobal(P, "digest");
    lua_getglobal(P, "M");
    lua_createtable(P, 0, 6);
    lua_pushlstring(P, cl->norm.text, cl->norm.len);
    lua_setfield(P, -2, "text");
    CHECK_INT(luaL_dostring(P, "return function() return false end"), LUA_OK);
    lua_setfield(P, -2, "prohibited");
    lua_newtable(P);
    lua_setfield(P, -2, "thresholds");
    lua_newtable(P);
    lua_setfield(P, -2, "penalties");
    CHECK_INT(lua_pcall(P, 2, 1, 0), LUA_OK);
    const char *want = lua_tostring(P, -1);
    CHECK(want != NULL);
    if (want && strcmp(want, res->findings[before].message) != 0) {
      fprintf(stderr, "  clause %zu: C and Lua helpers differ\n  C:   %.300s\n  Lua: %.300s\n", c,
              res->findings[before].message, want);
      CHECK(0);
    }
    lua_pop(P, 1);
  }
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
  lua_close(P);
}

/* jianfu.words: a copy that later changes to its source do not reach, that
 * cannot be written (also by rawset or table.insert), reads as the list and
 * is encoded as one in evidence, and that the helpers match like the list. */
static void test_words(void) {
  const char *src =
    "local src = { '考核', '打卡率' }\n"
    "local W = jianfu.words(src)\n"
    "src[1] = '不得'\n"
    "src[3] = '低于'\n"
    "local bad = pcall(jianfu.words, { '考核', 3 })\n"
    "jianfu.rule { id = 'words', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '考核' },\n"
    "  check = function(c, report)\n"
    "    local w1 = pcall(function() W[1] = 'x' end)\n"
    "    local w2 = pcall(rawset, W, 3, 'x')\n"
    "    local w3 = pcall(table.insert, W, 'x')\n"
    "    local hits = {}\n"
    "    for _, h in ipairs(jianfu.find_all(c.text, W)) do hits[#hits + 1] = h.term .. h.from end\n"
    "    report { evidence = { list = W, n = #W, concat = table.concat(W, '+'), bad = bad,\n"
    "      ro = not (w1 or w2 or w3), hits = table.concat(hits, ','), same = jianfu.words(W) == W,\n"
    "      has = jianfu.sentence_has(c.text, 1, W), any = jianfu.any_in(c.text, W, 1, #c.text) } }\n"
    "  end }\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  for (int i = 0; i < e.n; i++) fprintf(stderr, "  %s:%d: %s\n", e.v[i].file, e.v[i].line, e.v[i].message);
  fixture f = make_doc("标题\n打卡率纳入考核,不得低于90%\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
  CHECK_INT(res->n_findings, 1);
  if (res->n_findings)
    CHECK_STR(res->findings[0].evidence_json,
              "{\"any\":16,\"bad\":false,\"concat\":\"考核+打卡率\",\"has\":true,"
              "\"hits\":\"打卡率1,考核16\",\"list\":[\"考核\",\"打卡率\"],\"n\":2,\"ro\":true,"
              "\"same\":true}");
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* More word lists than the helpers remember by address (rules_view.c
 * words_arg): each is matched as itself, remembered or not, and a plain
 * table with the same words is told from a remembered list. */
static void test_many_words(void) {
  const char *src =
    "local W = {}\n"
    "for i = 1, 400 do W[i] = jianfu.words { 'x' .. i .. 'y' } end\n"
    "jianfu.rule { id = 'many', category = 'checkin', severity = 'info', title = 't',\n"
    "  basis = { 'b' }, triggers = { '考核' },\n"
    "  check = function(c, report)\n"
    "    local t, out = 'x7y,x123y,x399y', {}\n"
    "    for pass = 1, 2 do\n"
    "      for i = 1, #W do\n"
    "        for _, h in ipairs(jianfu.find_all(t, W[i])) do out[#out + 1] = i .. ':' .. h.term end\n"
    "        if jianfu.any_in(t, { 'x' .. i .. 'y' }, 1, #t) then out[#out + 1] = 'p' .. i end\n"
    "      end\n"
    "      out[#out + 1] = '|'\n"
    "    end\n"
    "    report { message = table.concat(out, ' ') }\n"
    "  end }\n";
  errs e = {0};
  jf_ruleset *rs = load_one(src, &e);
  CHECK_INT(e.n, 0);
  fixture f = make_doc("标题\n考核\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK_INT(jf_ruleset_check(rs, 0, f.doc, 0, res, &err), JF_OK);
  if (err.message) fprintf(stderr, "  %s:%d: %s\n", err.file, err.line, err.message);
  CHECK_INT(res->n_findings, 1);
  if (res->n_findings)
    CHECK_STR(res->findings[0].message, "7:x7y p7 123:x123y p123 399:x399y p399 | "
                                        "7:x7y p7 123:x123y p123 399:x399y p399 |");
  jf_error_clear(&err);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* A C helper on a huge text is charged to the instruction budget: it stops
 * with the budget error instead of running unbounded. */
static void test_helper_budget(void) {
  errs e = {0};
  jf_rule_limits lim = {0};
  lim.instructions = 200000;
  jf_ruleset *rs = jf_ruleset_new(&lim);
  const char *src =
    "jianfu.rule { id = 'big', category = 'app-usage-metric', severity = 'error', title = 't',\n"
    "  basis = { 'b' }, triggers = { '考核' },\n"
    "  check = function(clause, report)\n"
    "    local big = string.rep('考核不得', 200000)\n"
    "    for i = 1, 1000000 do jianfu.find_all(big, { '考核', '不得' }) jianfu.segment(big, 1, 2) end\n"
    "  end }\n";
  CHECK_INT(jf_ruleset_load_string(rs, "mem/rule.lua", src, strlen(src), collect, &e), JF_OK);
  fixture f = make_doc("标题\n考核\n", NULL);
  jf_result *res = jf_result_new("plan.txt");
  jf_error err = {0};
  CHECK(jf_ruleset_check(rs, 0, f.doc, 0, res, &err) != JF_OK);
  CHECK(err.message && strstr(err.message, "instruction budget"));
  CHECK_INT(err.line, 5);
  jf_error_clear(&err);
  jf_result_free(res);
  free_doc(&f);
  jf_ruleset_free(rs);
  errs_clear(&e);
}

/* metric_check's options, wrong: each is an error naming the rule file and
 * the line of the call, and saying what the option takes (a message or a
 * table of messages by metric, with [1] for the others). */
static void test_metric_option_errors(void) {
  static const struct {
    const char *opts, *says;
  } bad[] = {
    {"message = 3", "message must be a string, a function or a table of them by metric"},
    {"message = { ['活跃'] = 3 }", "message must map metrics (and [1], any other) to strings"},
    {"message = { [2] = 'x' }", "message must map metrics (and [1], any other) to strings"},
    {"forced_message = true", "forced_message must be a string, a function or a table"},
    {"other = 3", "other must be a function (clause, hit) -> boolean"},
    {"other = { [2] = jianfu.praise }", "other must map terms (and [1], any other term) to functions"},
    {"other = { ['签到'] = 'x' }", "other must map terms (and [1], any other term) to functions"},
    {"other = { jianfu.in_sentence('会议') }", "jianfu.in_sentence: expected word lists"},
    {"colour = 1", "unknown option 'colour'"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char src[512];
    snprintf(src, sizeof src,
             "local x = 1\n"
             "local check = jianfu.metric_check { %s }\n",
             bad[i].opts);
    errs e = {0};
    jf_ruleset *rs = load_one(src, &e);
    CHECK_INT(e.n, 1);
    if (e.n == 1) {
      CHECK_STR(e.v[0].file, "mem/rule.lua");
      CHECK_INT(e.v[0].line, 2);
      CHECK(e.v[0].message && strstr(e.v[0].message, bad[i].says) != NULL);
      if (e.v[0].message && !strstr(e.v[0].message, bad[i].says))
        fprintf(stderr, "  got: %s\n", e.v[0].message);
    }
    errs_clear(&e);
    jf_ruleset_free(rs);
  }
  /* the table form loads, keyed by metric or by [1] */
  errs e = {0};
  jf_ruleset *rs =
    load_one("local check = jianfu.metric_check { message = { 'a{metric}', ['活跃'] = function() return 'b' end } }\n",
             &e);
  CHECK_INT(e.n, 0);
  errs_clear(&e);
  jf_ruleset_free(rs);
}

/* jianfu.norm_set: the words normalized as keys, as clause text is (a
 * traditional or full-width word is found under its normalized form only) */
static void test_norm_set(void) {
  errs e = {0};
  jf_ruleset *rs = load_one("local S = jianfu.norm_set { '學習時長', 'ＡＰＰ', '打卡' }\n"
                            "local n = 0\n"
                            "for _ in pairs(S) do n = n + 1 end\n"
                            "assert(n == 3, 'three words')\n"
                            "assert(S['学习时长'] and S['app'] and S['打卡'], 'normalized keys')\n"
                            "assert(not S['學習時長'] and not S['ＡＰＰ'], 'only normalized keys')\n",
                            &e);
  CHECK_INT(e.n, 0);
  if (e.n) fprintf(stderr, "  got: %s\n", e.v[0].message);
  errs_clear(&e);
  jf_ruleset_free(rs);
}

int main(void) {
  test_norm_set();
  test_many_words();
  test_readme_example();
  test_example_lines();
  test_register_and_hits();
  test_given_hits();
  test_view();
  test_view_cache();
  test_view_machinery();
  test_kept_view_not_live();
  test_metric_check();
  test_metric_option_errors();
  test_metric_fresh_hits();
  test_metric_punished();
  test_metric_imposer_assessing();
  test_metric_violation();
  test_metric_cheat();
  test_hourly_and_adopted();
  test_metric_item_measure();
  test_registration_errors();
  test_skip_prohibited();
  test_needs();
  test_needs_groups();
  test_skip_unless();
  test_rule_stats();
  test_report_errors();
  test_prelude_messages();
  test_cost();
  test_helpers_match_lua();
  test_words();
  test_helper_budget();
  return CHECK_DONE();
}
