/* test_report.c — every format from a hand-built result: JSON fields and
 * summary, text with the span marked in display columns, SARIF shape,
 * JUnit and GitHub escaping. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/jianfu.h"

static jf_result *sample(void) {
  jf_result *r = jf_result_new("dir/a,b:c.txt");
  r->format = strdup("text");
  r->encoding = strdup("gb18030");
  memset(r->sha256, 'a', 64);
  jf_finding *f = jf_result_add_finding(r);
  f->rule = strdup("app-usage-metric");
  f->category = strdup("app-usage-metric");
  f->severity = JF_SEV_ERROR;
  f->message = strdup("活跃率 <80%> & \"100%\"\nnext");
  f->line = 2, f->column = 3, f->end_line = 2, f->end_column = 6;
  f->excerpt = strdup("各村活跃率不得低于80%");
  f->excerpt_offset = 10;
  f->start = 10 + 6, f->end = 10 + 15; /* 活跃率 */
  f->evidence_json = strdup("{\"metric\":\"活跃率\",\"threshold\":{\"op\":\">=\",\"value\":80}}");
  f->basis = calloc(1, sizeof(char *));
  f->basis[0] = strdup("整治形式主义为基层减负若干规定");
  f->n_basis = 1;
  jf_finding *g = jf_result_add_finding(r);
  g->rule = strdup("trace-evidence");
  g->category = strdup("trace-evidence");
  g->severity = JF_SEV_WARNING;
  g->message = strdup("拍照上传");
  g->line = 3, g->column = 1, g->end_line = 3, g->end_column = 5;
  g->excerpt = strdup("拍照上传");
  g->suppressed = true;
  g->suppress_reason = strdup("试点");
  jf_error e = {0};
  jf_error_set(&e, JF_EPARSE, "dir/a,b:c.txt", 7, 1, "bad <thing> & more");
  jf_result_add_error(r, &e);
  return r;
}

static char *render(jf_format fmt) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  jf_report_opts opts = {.fail_level = JF_SEV_ERROR};
  jf_reporter *rep = jf_reporter_new(fmt, out, NULL, &opts);
  jf_result *r = sample();
  jf_reporter_file(rep, r);
  jf_error e = {0};
  jf_error_set(&e, JF_ERULE, "rules/x.lua", 3, 0, "rule 'x': unknown category");
  jf_reporter_error(rep, &e);
  jf_error_clear(&e);
  jf_reporter_finish(rep);
  jf_reporter_free(rep);
  jf_result_free(r);
  fclose(out);
  return buf;
}

static void test_json(void) {
  char *s = render(JF_FMT_JSON);
  json_error_t err;
  json_t *d = json_loads(s, 0, &err);
  CHECK_MSG(d != NULL, "JSON does not parse: %s", err.text);
  json_t *f = json_array_get(json_object_get(d, "files"), 0);
  CHECK_STR(json_string_value(json_object_get(f, "encoding")), "gb18030");
  json_t *g = json_array_get(json_object_get(f, "findings"), 0);
  CHECK_INT(json_integer_value(json_object_get(g, "line")), 2);
  CHECK_INT(json_integer_value(json_object_get(json_object_get(json_object_get(g, "evidence"),
                                                               "threshold"), "value")), 80);
  CHECK(json_is_false(json_object_get(g, "suppressed")));
  json_t *h = json_array_get(json_object_get(f, "findings"), 1);
  CHECK(json_is_true(json_object_get(h, "suppressed")));
  CHECK_STR(json_string_value(json_object_get(h, "suppression_reason")), "试点");
  json_t *sum = json_object_get(d, "summary");
  CHECK_INT(json_integer_value(json_object_get(sum, "findings")), 1); /* unsuppressed */
  CHECK_INT(json_integer_value(json_object_get(sum, "suppressed")), 1);
  CHECK_INT(json_integer_value(json_object_get(sum, "errors")), 2);   /* file + rule */
  CHECK_INT(json_array_size(json_object_get(d, "errors")), 1);
  json_decref(d);
  free(s);
}

static void test_text(void) {
  char *s = render(JF_FMT_TEXT);
  CHECK(strstr(s, "dir/a,b:c.txt:2:3: error [app-usage-metric] 活跃率") != NULL);
  /* 各村 is four display columns: the marker starts after them */
  CHECK(strstr(s, "      |     ^^^^^^\n") != NULL);
  CHECK(strstr(s, "(suppressed)") != NULL);
  CHECK(strstr(s, "1 finding (1 error, 0 warning, 0 info) in 1 of 1 file, 1 suppressed") != NULL);
  free(s);
}

static void test_sarif(void) {
  char *s = render(JF_FMT_SARIF);
  json_t *d = json_loads(s, 0, NULL);
  CHECK(d != NULL);
  CHECK_STR(json_string_value(json_object_get(d, "version")), "2.1.0");
  json_t *run = json_array_get(json_object_get(d, "runs"), 0);
  json_t *res = json_object_get(run, "results");
  CHECK_INT(json_array_size(res), 2);
  CHECK_STR(json_string_value(json_object_get(json_array_get(res, 1), "level")), "warning");
  CHECK(json_object_get(json_array_get(res, 1), "suppressions") != NULL);
  json_t *inv = json_array_get(json_object_get(run, "invocations"), 0);
  CHECK(json_is_false(json_object_get(inv, "executionSuccessful")));
  CHECK_INT(json_array_size(json_object_get(inv, "toolExecutionNotifications")), 2);
  json_decref(d);
  free(s);
}

static void test_junit_github(void) {
  char *s = render(JF_FMT_JUNIT);
  CHECK(strstr(s, "&lt;80%&gt; &amp; &quot;100%&quot;") != NULL);
  CHECK(strstr(s, "bad &lt;thing&gt; &amp; more") != NULL);
  CHECK(strstr(s, "failures=\"1\" errors=\"2\"") != NULL);
  free(s);
  s = render(JF_FMT_GITHUB);
  CHECK(strstr(s, "::error file=dir/a%2Cb%3Ac.txt,line=2,col=3,endLine=2,endColumn=6,"
                  "title=app-usage-metric::活跃率 <80%25> & \"100%25\"%0Anext\n") != NULL);
  CHECK(strstr(s, "trace-evidence") == NULL); /* suppressed: no annotation */
  CHECK(strstr(s, "::error title=jianfu rules::rule 'x': unknown category") != NULL);
  free(s);
}

/* Findings built by the engine point into their rule's shared strings; the
 * JSON writer keys its caches of their basis and precedents, and of their
 * rule, category and severity, on that block (report_write.c). Findings of
 * two rules, interleaved, get each its own rule's lists, and one whose lists
 * were replaced by hand gets those; one given another severity or rule id
 * by hand gets that. */
static void test_shared_lists(void) {
  static const char src[] =
    "for i, b in ipairs { { '甲', '乙' }, { '丙' } } do\n"
    "  jianfu.rule { id = 'r' .. i, category = 'checkin', severity = 'error', title = 't' .. i,\n"
    "    basis = b, precedents = i == 1 and { 'p1' } or nil,\n"
    "    check = function(c, report) report {} end }\n"
    "end\n";
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "two.lua", src, sizeof src - 1, NULL, NULL), JF_OK);
  static const char text[] = "一\n二\n三\n";
  jf_source *source = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(text, strlen(text), "plan.txt", &source, &err), JF_OK);
  jf_doc *doc = jf_doc_new(JF_DOC_TEXT, source);
  for (size_t k = 0; k < 3; k++)
    CHECK(jf_doc_add_clause(doc, text + 4 * k, 3, NULL, 4 * k, 4 * k + 3, NULL, 0, -1) != NULL);
  CHECK_INT(jf_doc_analyze(doc), JF_OK);
  jf_result *r = jf_result_new("plan.txt");
  for (size_t k = 0; k < 3; k++)
    for (size_t i = 0; i < 2; i++) CHECK_INT(jf_ruleset_check(rs, i, doc, k, r, &err), JF_OK);
  CHECK_INT((int)r->n_findings, 6);
  /* the fifth finding (rule 1) with lists of its own, as long as the rule's */
  char *own_basis[] = {"戊", "己"}, *own_prec[] = {"p9"};
  char **kept_basis = r->findings[4].basis, **kept_prec = r->findings[4].precedents;
  r->findings[4].basis = own_basis;
  r->findings[4].precedents = own_prec;
  r->findings[2].severity = JF_SEV_WARNING;
  char *kept_rule = r->findings[3].rule, mine[] = "mine";
  r->findings[3].rule = mine;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  jf_report_opts opts = {.fail_level = JF_SEV_ERROR};
  jf_reporter *rep = jf_reporter_new(JF_FMT_JSON, out, NULL, &opts);
  jf_reporter_file(rep, r);
  jf_reporter_finish(rep);
  jf_reporter_free(rep);
  fclose(out);
  r->findings[4].basis = kept_basis;
  r->findings[4].precedents = kept_prec;
  r->findings[3].rule = kept_rule;
  json_t *d = json_loads(buf, 0, NULL);
  json_t *fs = json_object_get(json_array_get(json_object_get(d, "files"), 0), "findings");
  CHECK_INT((int)json_array_size(fs), 6);
  for (size_t i = 0; i < json_array_size(fs); i++) {
    json_t *g = json_array_get(fs, i);
    json_t *basis = json_object_get(g, "basis"), *prec = json_object_get(g, "precedents");
    char got[96];
    snprintf(got, sizeof got, "%s|%s|%s|%s|%s|%s", json_string_value(json_object_get(g, "rule")),
             json_string_value(json_object_get(g, "category")),
             json_string_value(json_object_get(g, "severity")),
             json_string_value(json_array_get(basis, 0)),
             json_array_size(basis) > 1 ? json_string_value(json_array_get(basis, 1)) : "-",
             json_array_size(prec) ? json_string_value(json_array_get(prec, 0)) : "-");
    const char *want = i == 4   ? "r1|checkin|error|戊|己|p9"
                       : i == 2 ? "r1|checkin|warning|甲|乙|p1"
                       : i == 3 ? "mine|checkin|error|丙|-|-"
                       : i % 2 == 0 ? "r1|checkin|error|甲|乙|p1"
                                    : "r2|checkin|error|丙|-|-";
    CHECK_STR(got, want);
  }
  json_decref(d);
  free(buf);
  jf_result_free(r);
  jf_doc_free(doc);
  jf_source_free(source);
  jf_ruleset_free(rs);
}

int main(void) {
  test_shared_lists();
  jf_format f;
  CHECK(jf_format_parse("sarif", &f) && f == JF_FMT_SARIF);
  CHECK(!jf_format_parse("xml", &f));
  test_json();
  test_text();
  test_sarif();
  test_junit_github();
  return CHECK_DONE();
}
