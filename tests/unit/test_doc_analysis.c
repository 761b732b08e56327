/* test_doc_analysis.c — lazy analysis (doc_int.h): jf_doc_analysis makes a
 * clause's analysis on first read, the same as jf_doc_analyze makes it
 * eagerly, and a clause nobody reads is never analysed. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../analysis_equal.h"
#include "doc_int.h"
#include "jianfu/load.h"
#include "jianfu/source.h"

/* The file loaded twice: eagerly analysed (jf_load, jf_doc_analyze) and as
 * the engine loads it (deferred, lazily analysed); every clause read from
 * the second, in an order that is not the document's, must equal the first. */
static void same_as_eager(const char *path, const char *text, size_t len) {
  jf_error err = {0};
  jf_source *src = NULL;
  jf_doc *eager = NULL, *lazy = NULL;
  CHECK(jf_source_decode(text, len, path, &src, &err) == JF_OK);
  if (!src) return;
  jf_doc_kind kind = jf_load_kind_for_path(path);
  CHECK(jf_load(src, kind, &eager, &err) == JF_OK);
  CHECK(jf_load_deferred(src, kind, &lazy, &err) == JF_OK);
  if (eager && lazy) {
    CHECK_INT(jf_doc_analyze(eager), JF_OK);
    CHECK_INT(eager->n_clauses, lazy->n_clauses);
    jf_doc_analyze_lazy(lazy);
    CHECK_INT(jf_doc_analyses_made(lazy), 0);
    CHECK_INT(lazy->assessment, eager->assessment);
    CHECK_INT(jf_doc_normalize(lazy, 0, lazy->n_clauses), JF_OK);
    size_t n = lazy->n_clauses, same = 0;
    for (size_t k = 0; k < n; k++) {
      /* a permutation of 0..n-1: a stride prime to n, or backwards */
      size_t i = n % 7 ? (k * 7 + 3) % n : n - 1 - k;
      const jf_analysis *a = jf_doc_analysis(lazy, i);
      CHECK(a != NULL);
      if (analyses_equal(a, eager->clauses[i].an)) same++;
      else fprintf(stderr, "%s: clause %zu analysed lazily differs\n", path, i);
      CHECK(jf_doc_analysis(lazy, i) == a); /* kept, not made again */
    }
    CHECK_INT(same, n);
    CHECK_INT(jf_doc_analyses_made(lazy), n);
    CHECK_INT(jf_doc_analysis_status(lazy), JF_OK);
  }
  jf_doc_free(eager);
  jf_doc_free(lazy);
  jf_source_free(src);
  jf_error_clear(&err);
}

static void test_same_as_eager(void) {
  static const char *files[] = {"fixtures/cases/gaoyou.txt", "fixtures/cases/gaoyou.yaml",
                                "fixtures/cases/yiwu.txt", "fixtures/cases/yiwu.yaml",
                                "fixtures/corpus/docs/d02_community_scoring_table.md",
                                "fixtures/corpus/docs/d03_rectification_notice.txt"};
  for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
    size_t len = 0;
    char *text = jf_t_slurp(files[f], &len);
    CHECK_MSG(text != NULL, "%s", files[f]);
    if (text) same_as_eager(files[f], text, len);
    free(text);
  }
  /* what the analysis takes from the document and the headings: an
   * assessment plan's title, a report's problems and next steps */
  static const char report[] =
      "# 关于2024年度考核工作自查整改情况的报告\n\n"
      "## 一、查摆出的问题\n\n"
      "部分村须每天在平台打卡，打卡率不低于95%，否则扣2分。\n\n"
      "## 二、下一步工作\n\n"
      "1. 不得将打卡率纳入考核。\n2. 每月通报一次，排名靠后的约谈。\n";
  same_as_eager("report.md", report, strlen(report));
  static const char plan[] =
      "# 网格员考核细则\n\n"
      "| 项目 | 分值 | 标准 |\n|---|---|---|\n"
      "| 走访 | 10分 | 每月走访不少于30户，少1户扣0.5分 |\n\n"
      "- 严禁以微信群回复“收到”作为考核内容。\n";
  same_as_eager("plan.md", plan, strlen(plan));
}

/* Only what is read is analysed, and nothing before analysis is on, of a
 * clause not normalized, or of one released. */
static void test_only_what_is_read(void) {
  static const char text[] =
      "考核办法\n"
      "一、每月上报信息不少于5条，少1条扣1分。\n"
      "二、严禁将APP使用时长纳入考核。\n"
      "三、年度考核优秀的予以通报表扬。\n";
  jf_error err = {0};
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  CHECK(jf_source_decode(text, strlen(text), "plan.txt", &src, &err) == JF_OK);
  CHECK(src && jf_load_deferred(src, JF_DOC_TEXT, &doc, &err) == JF_OK);
  if (!doc) {
    jf_source_free(src);
    return;
  }
  CHECK(doc->n_clauses >= 3);
  CHECK_INT(jf_doc_normalize(doc, 0, doc->n_clauses), JF_OK);
  CHECK(jf_doc_analysis(doc, 1) == NULL); /* analysis is not on yet */
  CHECK_INT(jf_doc_analyses_made(doc), 0);

  jf_doc_analyze_lazy(doc);
  CHECK(doc->assessment); /* the title was read */
  CHECK_INT(jf_doc_analyses_made(doc), 0);
  const jf_analysis *a = jf_doc_analysis(doc, 1);
  CHECK(a && a->n_thresholds > 0);
  CHECK_INT(jf_doc_analyses_made(doc), 1);
  for (size_t i = 0; i < doc->n_clauses; i++)
    CHECK((doc->clauses[i].an != NULL) == (i == 1)); /* no other clause was analysed */
  CHECK(jf_doc_analysis(doc, 1) == a);
  CHECK_INT(jf_doc_analyses_made(doc), 1);

  /* released: neither text nor analysis, and none made again */
  jf_doc_release(doc, 0, doc->n_clauses);
  CHECK(doc->clauses[1].an == NULL);
  CHECK(jf_doc_analysis(doc, 1) == NULL);
  CHECK(jf_doc_analysis(doc, 2) == NULL);
  CHECK_INT(jf_doc_analyses_made(doc), 1);
  CHECK_INT(jf_doc_analysis_status(doc), JF_OK);
  jf_doc_free(doc);
  jf_source_free(src);
  jf_error_clear(&err);
}

/* Each clause's analysis (lazy, through the memo) against jf_analyze of its
 * text in its context, made here from the document and the clause's flags;
 * *copied counts those the memo gave. */
static size_t check_against_direct(const char *path, const char *text, size_t len,
                                   size_t *copied) {
  jf_error err = {0};
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  size_t same = 0, n = 0;
  CHECK(jf_source_decode(text, len, path, &src, &err) == JF_OK);
  if (src && jf_load_deferred(src, jf_load_kind_for_path(path), &doc, &err) == JF_OK) {
    jf_doc_analyze_lazy(doc);
    CHECK_INT(jf_doc_normalize(doc, 0, doc->n_clauses), JF_OK);
    bool report = doc->title && jf_title_is_report(doc->title, strlen(doc->title));
    n = doc->n_clauses;
    for (size_t i = 0; i < n; i++) {
      const jf_clause *c = &doc->clauses[i];
      jf_analyze_ctx ctx = {
        .scheme_item = (c->flags & JF_CLAUSE_SCHEME_ITEM) != 0,
        .assessment_doc = doc->assessment,
        .report_doc = report,
        .problem_section = (c->flags & JF_CLAUSE_PROBLEMS) != 0,
        .plan_section = (c->flags & JF_CLAUSE_PLANS) != 0,
        .cancelled = (c->flags & JF_CLAUSE_CANCELLED) != 0,
        .target_cell = (c->flags & JF_CLAUSE_TARGET) != 0,
      };
      jf_analysis *want = jf_analyze(c->norm.text, c->norm.len, &ctx);
      const jf_analysis *got = jf_doc_analysis(doc, i);
      if (analyses_equal(got, want)) same++;
      else fprintf(stderr, "%s: clause %zu (\"%.*s\") differs from jf_analyze\n", path, i,
                   (int)c->norm.len, c->norm.text);
      jf_analysis_free(want);
    }
    CHECK_INT(jf_doc_analyses_made(doc), n);
    *copied = jf_doc_analyses_copied(doc);
  }
  CHECK_INT(same, n);
  jf_doc_free(doc);
  jf_source_free(src);
  jf_error_clear(&err);
  return n;
}

/* The memo gives a clause of a text and context analysed twice before a
 * copy of that analysis (the second analysis is the one kept): the same as
 * jf_analyze's, whatever the context (the same words under a heading of
 * problems and of next steps, in a report, analyse differently), on every
 * document of the corpus. */
static void test_memo(void) {
  static const char report[] =
      "# 关于考核工作自查整改情况的报告\n\n"
      "## 一、查摆出的问题\n\n"
      "- 部分村须每天在平台打卡，打卡率不低于95%。\n"
      "- 部分村须每天在平台打卡，打卡率不低于95%。\n"
      "- 部分村须每天在平台打卡，打卡率不低于95%。\n\n"
      "## 二、下一步工作\n\n"
      "- 部分村须每天在平台打卡，打卡率不低于95%。\n"
      "- 部分村须每天在平台打卡，打卡率不低于95%。\n"
      "- 部分村须每天在平台打卡，打卡率不低于95%。\n";
  size_t copied = 0;
  CHECK(check_against_direct("report.md", report, strlen(report), &copied) >= 6);
  CHECK_INT(copied, 2); /* the third of each context: the problems' and the next steps' */
  /* the corpus: its documents repeat clauses too */
  DIR *d = opendir("fixtures/corpus/docs");
  CHECK(d != NULL);
  size_t files = 0, clauses = 0, copies = 0;
  for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
    if (e->d_name[0] == '.') continue;
    char path[512];
    snprintf(path, sizeof path, "fixtures/corpus/docs/%s", e->d_name);
    size_t len = 0;
    char *text = jf_t_slurp(path, &len);
    if (!text) continue;
    files++;
    clauses += check_against_direct(path, text, len, &copied);
    copies += copied;
    free(text);
  }
  if (d) closedir(d);
  CHECK(files > 100);
  CHECK(copies > 0 && copies < clauses);
}

/* The clause of doc whose source text starts with `head`, or SIZE_MAX. */
static size_t clause_at(const jf_doc *doc, const char *head) {
  const char *t = jf_source_text(doc->src);
  for (size_t i = 0; i < doc->n_clauses; i++)
    if (strncmp(t + doc->clauses[i].start, head, strlen(head)) == 0) return i;
  return SIZE_MAX;
}

/* The source text's first bytes of clause jf_doc_blanket names for the clause that starts with
 * `head`, or "-" for none. */
static const char *blanket_of(const jf_doc *doc, const char *head) {
  size_t i = clause_at(doc, head);
  CHECK_MSG(i != SIZE_MAX, "no clause starts with \"%s\"", head);
  if (i == SIZE_MAX) return "?";
  long b = jf_doc_blanket(doc, i);
  return b < 0 ? "-" : jf_source_text(doc->src) + doc->clauses[b].start;
}

#define CHECK_BLANKET(doc, head, want)                                                       \
  do {                                                                                       \
    const char *got_ = blanket_of(doc, head);                                                \
    CHECK_MSG(strncmp(got_, want, strlen(want)) == 0, "blanket of \"%s\": got \"%.24s\"", \
              head, got_);                                                                   \
  } while (0)

/* A penalty set from below for the items above (jf_doc_blanket): the first clause after an item
 * that refers back and holds a penalty, in its section; else one under a later heading of
 * penalties, for every section above. Asked before the rest of the document is normalized, as
 * the engine asks it one group at a time. */
static void test_blanket(void) {
  static const char text[] =
      "# 某镇村级工作考核细则\n\n"
      "## 一、数字化工作\n\n"
      "1. 政务平台应用\n"
      "   - 各村APP月活跃率不低于80%；\n"
      "   - 以 上未达标的，每项扣2分。\n"
      "2. 各村每月报送信息不少于5条。\n\n"
      "## 二、网格工作\n\n"
      "1. 网格员每日打卡不少于2次。\n"
      "2. 上述工作由镇综治办负责督导。\n"
      "3. 网格员月在线时长不少于100小时，未达标的扣3分。\n\n"
      "## 三、群众工作\n\n"
      "1. 公众号阅读量每月不少于500次。\n\n"
      "以上工作请各村抓好落实。\n\n"
      "## 四、扣分办法\n\n"
      "以上各项未达标的，每项扣1分。\n";
  jf_error err = {0};
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  CHECK(jf_source_decode(text, strlen(text), "plan.md", &src, &err) == JF_OK);
  CHECK(src && jf_load_deferred(src, JF_DOC_MARKDOWN, &doc, &err) == JF_OK);
  if (!doc) {
    jf_source_free(src);
    return;
  }
  jf_doc_analyze_lazy(doc);
  size_t first = clause_at(doc, "各村APP");
  CHECK(first != SIZE_MAX);
  if (first != SIZE_MAX) CHECK_INT(jf_doc_normalize(doc, first, first + 1), JF_OK);
  /* the section's own, spaced as a PDF extract spaces it */
  CHECK_BLANKET(doc, "各村APP", "以 上未达标的");
  CHECK_BLANKET(doc, "政务平台应用", "以 上未达标的");
  /* a clause that refers back is covered by none, though a list item */
  CHECK_BLANKET(doc, "以 上未达标的", "-");
  /* past the section's own, the one under 四、扣分办法 covers every section above */
  CHECK_BLANKET(doc, "各村每月报送", "以上各项未达标的");
  /* a clause that refers back with no penalty covers nothing; the later one does */
  CHECK_BLANKET(doc, "网格员每日打卡", "以上各项未达标的");
  CHECK_BLANKET(doc, "网格员月在线时长", "以上各项未达标的");
  CHECK_BLANKET(doc, "公众号阅读量", "以上各项未达标的");
  /* a paragraph belongs to no item */
  CHECK_BLANKET(doc, "以上工作请各村", "-");
  jf_doc_free(doc);
  jf_source_free(src);
  jf_error_clear(&err);

  /* without a heading of penalties, a later section's blanket reaches no earlier section */
  static const char plain[] = "一、APP工作\n1. 各村APP月活跃率不低于80%。\n二、网格工作\n"
                              "1. 网格员每日打卡不少于2次。\n2. 以上未达标的，每项扣1分。\n";
  CHECK(jf_source_decode(plain, strlen(plain), "plan.txt", &src, &err) == JF_OK);
  CHECK(src && jf_load_deferred(src, JF_DOC_TEXT, &doc, &err) == JF_OK);
  if (doc) {
    jf_doc_analyze_lazy(doc);
    CHECK_BLANKET(doc, "各村APP", "-");
    CHECK_BLANKET(doc, "网格员每日打卡", "以上未达标的");
  }
  jf_doc_free(doc);
  jf_source_free(src);
  jf_error_clear(&err);
}

int main(void) {
  test_same_as_eager();
  test_only_what_is_read();
  test_memo();
  test_blanket();
  return CHECK_DONE();
}
