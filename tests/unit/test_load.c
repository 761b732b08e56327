/* test_load.c — the loaders: YAML positions, locators and schema errors; text
 * and Markdown segmentation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/load.h"

typedef struct loaded {
  jf_source *src;
  jf_doc *doc;
  jf_error err;
  jf_status st;
} loaded;

static loaded load_mem(const char *path, const char *text, size_t len) {
  loaded l = {0};
  l.st = jf_source_decode(text, len, path, &l.src, &l.err);
  if (l.st != JF_OK) return l;
  l.st = jf_load(l.src, jf_load_kind_for_path(path), &l.doc, &l.err);
  return l;
}

static loaded load_str(const char *path, const char *text) {
  return load_mem(path, text, strlen(text));
}

static loaded load_file(const char *path) {
  size_t len = 0;
  char *buf = jf_t_slurp(path, &len);
  loaded l = {0};
  if (!buf) {
    l.st = JF_EIO;
    return l;
  }
  l = load_mem(path, buf, len);
  free(buf);
  return l;
}

static void unload(loaded *l) {
  jf_doc_free(l->doc);
  jf_source_free(l->src);
  jf_error_clear(&l->err);
}

static const jf_clause *by_locator(const jf_doc *d, const char *loc) {
  for (size_t i = 0; d && i < d->n_clauses; i++)
    if (d->clauses[i].locator && strcmp(d->clauses[i].locator, loc) == 0) return &d->clauses[i];
  return NULL;
}

/* The source text of a clause's span (static buffer). */
static const char *excerpt(const loaded *l, const jf_clause *c) {
  static char buf[1024];
  size_t n = c->end - c->start;
  if (n >= sizeof buf) n = sizeof buf - 1;
  memcpy(buf, jf_source_text(l->src) + c->start, n);
  buf[n] = 0;
  return buf;
}

#define CHECK_POS(l, c, eline, ecol)                                        \
  do {                                                                      \
    int ln_ = 0, co_ = 0;                                                   \
    if (c) jf_source_position((l).src, (c)->start, &ln_, &co_);             \
    CHECK_INT(ln_, eline);                                                  \
    CHECK_INT(co_, ecol);                                                   \
  } while (0)

static void test_kind(void) {
  CHECK_INT(jf_load_kind_for_path("a/b.yaml"), JF_DOC_YAML);
  CHECK_INT(jf_load_kind_for_path("B.YML"), JF_DOC_YAML);
  CHECK_INT(jf_load_kind_for_path("x.md"), JF_DOC_MARKDOWN);
  CHECK_INT(jf_load_kind_for_path("x.markdown"), JF_DOC_MARKDOWN);
  CHECK_INT(jf_load_kind_for_path("x.txt"), JF_DOC_TEXT);
  CHECK_INT(jf_load_kind_for_path("dir.yaml/readme"), JF_DOC_TEXT);
  CHECK_INT(jf_load_kind_for_path("noext"), JF_DOC_TEXT);
}

static void test_yaml_sample(void) {
  loaded l = load_file("tests/data/load/scheme.yaml");
  CHECK_INT(l.st, JF_OK);
  if (l.st != JF_OK) {
    fprintf(stderr, "  %s\n", l.err.message ? l.err.message : "?");
    unload(&l);
    return;
  }
  jf_doc *d = l.doc;
  CHECK_INT(d->kind, JF_DOC_YAML);
  CHECK_STR(d->title, "2023年度乡镇工作综合考核细则");
  CHECK_STR(d->issuer, "宜黄县某单位");

  const jf_clause *c = by_locator(d, "title");
  CHECK(c && (c->flags & JF_CLAUSE_HEADING) && !(c->flags & JF_CLAUSE_SCHEME_ITEM));
  CHECK_POS(l, c, 3, 10);
  if (c) CHECK_STR(excerpt(&l, c), "2023年度乡镇工作综合考核细则");
  if (c) CHECK_INT(c->item, -1);

  c = by_locator(d, "sections[0].title");
  CHECK(c && (c->flags & JF_CLAUSE_HEADING));
  CHECK_POS(l, c, 8, 14);

  /* plain scalar starting with a CJK character and holding ASCII quotes */
  c = by_locator(d, "sections[0].items[0].criterion");
  CHECK(c != NULL);
  CHECK_POS(l, c, 13, 22);
  if (c) {
    CHECK_STR(excerpt(&l, c), "各乡镇\"赣政通\"APP活跃率不得低于80%");
    CHECK(c->flags & JF_CLAUSE_SCHEME_ITEM);
    CHECK(c->flags & JF_CLAUSE_SCORED); /* the item has points */
    CHECK_INT(c->item, 0);
  }
  c = by_locator(d, "sections[0].items[0].name");
  CHECK_POS(l, c, 11, 17);
  if (c) CHECK_STR(excerpt(&l, c), "政务APP推广使用");

  /* single-quoted: the span starts after the quote */
  c = by_locator(d, "sections[0].items[0].scoring");
  CHECK_POS(l, c, 14, 21);
  if (c) CHECK_STR(excerpt(&l, c), "每低1个百分点扣0.5分,低于60%不得分");

  /* double-quoted with an escape: mapped through raw_map */
  c = by_locator(d, "sections[0].items[0].evidence");
  CHECK_POS(l, c, 15, 22);
  if (c) {
    CHECK_STR(excerpt(&l, c), "平台后台\\u7edf计数据");
    CHECK_STR(c->norm.text, "平台后台统计数据");
  }
  CHECK(by_locator(d, "sections[0].items[0].owner") == NULL); /* not a clause */
  CHECK(by_locator(d, "sections[0].items[0].id") == NULL);

  c = by_locator(d, "sections[0].items[1].name");
  CHECK_POS(l, c, 18, 17);
  if (c) {
    CHECK_INT(c->item, 1);
    CHECK(!(c->flags & JF_CLAUSE_SCORED)); /* no points */
  }

  /* top-level items: folded, literal and multi-line plain scalars */
  c = by_locator(d, "items[0].name");
  CHECK_POS(l, c, 22, 9);
  if (c) {
    CHECK_INT(c->item, 2);
    CHECK_STR(excerpt(&l, c), "折叠的\n        名称");
  }
  c = by_locator(d, "items[0].criterion");
  CHECK_POS(l, c, 25, 9);
  if (c) CHECK_STR(excerpt(&l, c), "第一行；\n        第二行。");
  c = by_locator(d, "items[0].scoring");
  CHECK_POS(l, c, 27, 16);
  if (c) CHECK_STR(excerpt(&l, c), "多行的\n        普通标量");

  /* every normalized byte maps back inside its clause span */
  for (size_t i = 0; i < d->n_clauses; i++) {
    const jf_clause *k = &d->clauses[i];
    for (size_t b = 0; b < k->norm.len; b++)
      CHECK_MSG(k->norm.start[b] >= k->start && k->norm.start[b] < k->end,
                "clause %zu byte %zu maps to %u outside [%zu,%zu)", i, b, k->norm.start[b],
                k->start, k->end);
    size_t ss, se;
    jf_norm_to_source(&k->norm, (jf_span){0, (uint32_t)k->norm.len}, &ss, &se);
    CHECK_MSG(ss == k->start && se == k->end, "clause %zu maps to [%zu,%zu), span [%zu,%zu)", i,
              ss, se, k->start, k->end);
  }
  CHECK_INT(jf_doc_analyze(d), JF_OK);
  unload(&l);
}

/* Load `text` as YAML expecting a parse error at `line` mentioning `needle`. */
static void expect_yaml_error(const char *text, int line, const char *needle) {
  loaded l = load_str("bad.yaml", text);
  CHECK_INT(l.st, JF_EPARSE);
  CHECK(l.doc == NULL);
  CHECK_MSG(l.err.line == line, "line %d, expected %d: %s", l.err.line, line,
            l.err.message ? l.err.message : "(null)");
  CHECK_STR(l.err.file, "bad.yaml");
  CHECK_MSG(l.err.message && strstr(l.err.message, needle), "message \"%s\" lacks \"%s\"",
            l.err.message ? l.err.message : "(null)", needle);
  unload(&l);
}

static void test_yaml_errors(void) {
  expect_yaml_error("scheme:\n"
                    "  title: t\n"
                    "  sections:\n"
                    "    - title: s\n"
                    "      items:\n"
                    "        - name: a\n"
                    "          criterion: b\n"
                    "        - name: c\n"
                    "          critera: d\n",
                    9, "unknown key 'critera' in sections[0].items[1]");
  expect_yaml_error("scheme:\n"
                    "  title: t\n"
                    "  items:\n"
                    "    - name: a\n"
                    "      points: abc\n"
                    "      criterion: b\n",
                    5, "wrong type for 'points' in items[0]: expected a number, got 'abc'");
  expect_yaml_error("scheme:\n  title: t\n  year: 二〇二三\n", 3, "'year'");
  expect_yaml_error("scheme:\n  title: t\n  items:\n    - name: a\n      criterion: b\n"
                    "      points: 5分\n",
                    6, "wrong type for 'points' in items[0]: expected a number, got '5分'");
  expect_yaml_error("scheme:\n"
                    "  title: t\n"
                    "  items:\n"
                    "    - name: a\n"
                    "      criterion: b\n"
                    "    - id: 2\n"
                    "      name: c\n",
                    6, "missing required key 'criterion' in items[1]");
  expect_yaml_error("scheme:\n  issuer: x\n  items: []\n", 2,
                    "missing required key 'title' in scheme");
  expect_yaml_error("scheme:\n  title: t\n  items:\n    - name: a\n      criterion:\n", 5,
                    "empty value for required key 'criterion' in items[0]");
  expect_yaml_error("scheme:\n  title: [a, b]\n", 2, "wrong type for 'title' in scheme");
  expect_yaml_error("scheme:\n  title: t\n  items: 5\n", 3, "expected a list");
  expect_yaml_error("scheme:\n  title: t\n  titel: u\n", 3, "unknown key 'titel' in scheme");
  expect_yaml_error("scheme:\n  title: t\n  title: u\n", 3, "duplicate key 'title'");
  expect_yaml_error("scheme:\n  title: \"unterminated\n", 3, "YAML syntax error");
  expect_yaml_error("scheme:\n  title: a\n   bad: [\n", 3, "YAML syntax error");
  expect_yaml_error("scheme:\n  title: t\n  items:\n  - name: a\n    criterion: b\n x: 1\n", 6,
                    "YAML syntax error");
  expect_yaml_error("scheme:\n  title: t\n  items:\n    - name: a\n      criterion: 内容: 活跃率\n",
                    5, "quote a value that contains ': '");
  expect_yaml_error("scheme:\n\ttitle: t\n", 2, "not tabs");
  expect_yaml_error("", 1, "empty scheme");
  expect_yaml_error("# only a comment\n", 1, "empty scheme");
  expect_yaml_error("- a\n- b\n", 1, "top level must be a mapping");
  expect_yaml_error("title: t\n", 1, "missing required top-level key 'scheme'");
  expect_yaml_error("\n\nscheme: x\n", 3, "'scheme' must be a mapping");
  expect_yaml_error("scheme:\n  title: t\nother: 1\n", 3, "unknown key 'other'");
  expect_yaml_error("scheme:\n  title: &a t\n  issuer: *a\n", 3, "aliases");
  expect_yaml_error("scheme:\n  title: t\n---\nscheme:\n  title: u\n", 3, "more than one");
}

static void test_yaml_misc(void) {
  /* numeric ids are free text; points may be fractional; flow style */
  loaded l = load_str("f.yml", "scheme: {title: 标题, items: [{id: 1.10, name: 名称, "
                               "points: 2.5, criterion: \"x\\ty\"}]}\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    const jf_clause *c = by_locator(l.doc, "items[0].criterion");
    CHECK_POS(l, c, 1, 75);
    if (c) CHECK_STR(excerpt(&l, c), "x\\ty");
    c = by_locator(l.doc, "items[0].name");
    CHECK_POS(l, c, 1, 46);
  }
  unload(&l);

  /* empty lists are lists */
  l = load_str("n.yaml", "scheme:\n  title: t\n  items:\n  sections:\n    - items: ~\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) CHECK_INT(l.doc->n_clauses, 1);
  unload(&l);

  /* CRLF line ends */
  l = load_str("crlf.yaml", "scheme:\r\n  title: 标题\r\n  items:\r\n    - name: 名称\r\n"
                            "      criterion: |\r\n        甲\r\n        乙\r\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    const jf_clause *c = by_locator(l.doc, "items[0].criterion");
    CHECK_POS(l, c, 6, 9);
    if (c) CHECK_STR(excerpt(&l, c), "甲\r\n        乙");
    CHECK_POS(l, by_locator(l.doc, "items[0].name"), 4, 13);
  }
  unload(&l);

  /* unknown key in a deeply placed mapping, reported at the key */
  loaded e = load_str("e.yaml", "scheme:\n  title: t\n  sections:\n    - title: a\n    - title: b\n"
                                "      itemz: []\n");
  CHECK_INT(e.st, JF_EPARSE);
  CHECK_INT(e.err.line, 6);
  CHECK_INT(e.err.column, 7);
  CHECK(e.err.message && strstr(e.err.message, "unknown key 'itemz' in sections[1]"));
  unload(&e);
}

/* Text helpers: the i-th clause's source text. */
static const char *ctext(const loaded *l, size_t i) {
  return l->doc && i < l->doc->n_clauses ? excerpt(l, &l->doc->clauses[i]) : "(none)";
}

static void test_text(void) {
  loaded l = load_str("t.txt", "宜黄县考核细则\n"
                               "\n"
                               "一、总体要求\n"
                               "各乡镇要加强领导。确保落实！是否完成？\n"
                               "考核结果纳入年度\n"
                               "  综合考核；其他\n"
                               "事项。\n"
                               "Plain English. Still one; two\n");
  CHECK_INT(l.st, JF_OK);
  if (!l.doc) {
    unload(&l);
    return;
  }
  jf_doc *d = l.doc;
  CHECK_STR(d->title, "宜黄县考核细则");
  CHECK_INT(d->n_clauses, 9);
  CHECK_STR(ctext(&l, 0), "宜黄县考核细则");
  CHECK(d->clauses[0].flags & JF_CLAUSE_HEADING);
  CHECK_STR(ctext(&l, 1), "总体要求"); /* the marker stays out */
  CHECK(d->clauses[1].flags & JF_CLAUSE_HEADING);
  CHECK_STR(ctext(&l, 2), "各乡镇要加强领导。");
  CHECK_STR(ctext(&l, 3), "确保落实！");
  CHECK_STR(ctext(&l, 4), "是否完成？");
  CHECK_STR(excerpt(&l, &d->clauses[5]), "考核结果纳入年度\n  综合考核；");
  CHECK_STR(excerpt(&l, &d->clauses[6]), "其他\n事项。");
  CHECK_STR(ctext(&l, 7), "Plain English. Still one;");
  CHECK_STR(ctext(&l, 8), "two");
  CHECK_POS(l, &d->clauses[6], 6, 8);
  CHECK_POS(l, &d->clauses[1], 3, 3);
  for (size_t i = 0; i < d->n_clauses; i++) {
    CHECK(d->clauses[i].locator == NULL);
    CHECK_INT(d->clauses[i].item, -1);
  }
  unload(&l);
}

static void test_text_lists(void) {
  loaded l = load_str("l.txt", "标题\n"
                               "1. 第一项内容。第二句\n"
                               "接续。\n"
                               "2、第二项（5分）\n"
                               "（1）子项\n"
                               "(二)短标题\n"
                               "（三）这是一个很长的列表项内容，说明各乡镇要完成的工作任务。\n"
                               "- 要点\n"
                               "• 圆点\n"
                               "① 圈号\n"
                               "3.2 多级编号\n"
                               "第三条 条款内容。\n"
                               "第二章 总则\n"
                               "2023年度工作。\n"
                               "1.5分的说明\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  const char *want[] = {"标题", "第一项内容。", "第二句\n接续。", "第二项（5分）", "子项", "短标题",
                        "这是一个很长的列表项内容，说明各乡镇要完成的工作任务。", "要点", "圆点",
                        "圈号", "多级编号", "条款内容。", "总则", "2023年度工作。", "1.5分的说明"};
  size_t nw = sizeof want / sizeof want[0];
  CHECK_INT(d->n_clauses, nw);
  for (size_t i = 0; i < nw && i < d->n_clauses; i++) CHECK_STR(ctext(&l, i), want[i]);
  CHECK_INT(d->clauses[1].item, 0);
  CHECK(d->clauses[1].flags & JF_CLAUSE_LIST_ITEM);
  CHECK_INT(d->clauses[2].item, 0);
  CHECK(!(d->clauses[2].flags & JF_CLAUSE_LIST_ITEM));
  CHECK_INT(d->clauses[3].item, 1);
  CHECK(d->clauses[3].flags & JF_CLAUSE_SCORED);
  CHECK(d->clauses[3].flags & JF_CLAUSE_LIST_ITEM);
  CHECK(!(d->clauses[1].flags & JF_CLAUSE_SCORED));
  CHECK_INT(d->clauses[4].item, 2);
  CHECK(d->clauses[5].flags & JF_CLAUSE_HEADING);
  CHECK_INT(d->clauses[5].item, -1);
  CHECK(d->clauses[6].flags & JF_CLAUSE_LIST_ITEM);
  CHECK_INT(d->clauses[6].item, 3);
  for (size_t i = 7; i <= 11 && i < d->n_clauses; i++)
    CHECK_MSG(d->clauses[i].flags & JF_CLAUSE_LIST_ITEM, "clause %zu", i);
  if (d->n_clauses >= nw) {
    CHECK(d->clauses[12].flags & JF_CLAUSE_HEADING);
    CHECK_INT(d->clauses[13].flags, 0); /* 2023年 is not a marker */
    CHECK_INT(d->clauses[14].flags, 0); /* 1.5分 neither */
  }
  CHECK_POS(l, &d->clauses[1], 2, 4);
  unload(&l);
}

/* A deeper list item that opens with the scoring of the measure above it
 * (低于80%的…, 未达到…, 85%以上…) is part of that item; one that states
 * something of its own, one at the same depth, or one after another item
 * stays an item of its own. */
static void test_nested_scoring(void) {
  loaded l = load_str("n.md", "# 考核细则\n"
                              "- 活跃率\n"                 /* 1: item 0 */
                              "  - 低于80%的扣0.5分\n"     /* 2: item 0 */
                              "  - 90%以上得满分\n"        /* 3: item 0 */
                              "- 签到\n"                   /* 4: item 1 */
                              "\n"
                              "  - 缺签一次扣0.2分\n"      /* 5: item 1 (over a blank line) */
                              "- 使用率\n"                 /* 6: item 2 */
                              "- 未报送的扣1分\n"          /* 7: item 3 (same depth) */
                              "- 下载量\n"                 /* 8: item 4 */
                              "  - 由街道统计\n"           /* 9: item 5 (its own) */
                              "    - 未完成的扣1分\n"      /* 10: item 5 */
                              "  - 未完成的扣2分\n"        /* 11: item 6 (item 5 between) */
                              "- 登录率\n"                 /* 12: item 7 */
                              "\n"
                              "低于80%的扣1分\n");         /* 13: a paragraph */
  CHECK_INT(l.st, JF_OK);
  const int want[] = {-1, 0, 0, 0, 1, 1, 2, 3, 4, 5, 5, 6, 7, -1};
  if (l.doc) {
    CHECK_INT(l.doc->n_clauses, sizeof want / sizeof *want);
    for (size_t i = 0; i < l.doc->n_clauses && i < sizeof want / sizeof *want; i++)
      CHECK_MSG(l.doc->clauses[i].item == want[i], "md clause %zu: item %d", i,
                l.doc->clauses[i].item);
    CHECK(!(l.doc->clauses[2].flags & JF_CLAUSE_LIST_ITEM));
    CHECK(l.doc->clauses[7].flags & JF_CLAUSE_LIST_ITEM);
  }
  unload(&l);
  /* plain text: the depth is the marker's (1. then （1）), at one indent */
  l = load_str("n.txt", "考核细则\n"
                        "1. 活跃率\n"              /* 1: item 0 */
                        "（1）低于80%的扣0.5分\n"  /* 2: item 0 */
                        "2. 签到率\n"              /* 3: item 1 */
                        "（1）由乡镇组织\n"        /* 4: item 2 */
                        "（2）未达到的扣1分\n"     /* 5: item 3 (item 2 between) */
                        "（一）注册量\n");         /* 6: a heading */
  CHECK_INT(l.st, JF_OK);
  const int want2[] = {-1, 0, 0, 1, 2, 3, -1};
  if (l.doc) {
    CHECK_INT(l.doc->n_clauses, sizeof want2 / sizeof *want2);
    for (size_t i = 0; i < l.doc->n_clauses && i < sizeof want2 / sizeof *want2; i++)
      CHECK_MSG(l.doc->clauses[i].item == want2[i], "txt clause %zu: item %d", i,
                l.doc->clauses[i].item);
  }
  unload(&l);
}

static void test_markdown(void) {
  loaded l = load_file("tests/data/load/plan.md");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  CHECK_INT(d->kind, JF_DOC_MARKDOWN);
  CHECK_STR(d->title, "2023年度乡镇工作考核办法");
  size_t i = 0;
  CHECK_STR(ctext(&l, i), "2023年度乡镇工作考核办法");
  CHECK(d->clauses[i++].flags & JF_CLAUSE_HEADING);
  CHECK_STR(ctext(&l, i), "一、总体要求");
  CHECK(d->clauses[i++].flags & JF_CLAUSE_HEADING);
  CHECK_STR(ctext(&l, i++), "各乡镇要高度重视，认真组织实施。");
  CHECK_STR(excerpt(&l, &d->clauses[i]), "考核结果\n纳入年度综合考核！");
  CHECK_POS(l, &d->clauses[i], 5, 17);
  i++;
  /* list item 0: its unfinished first line runs on into the next; the
   * score marks both of its clauses */
  CHECK(d->clauses[i].flags & JF_CLAUSE_LIST_ITEM);
  CHECK_POS(l, &d->clauses[i], 8, 4);
  for (size_t k = i; k < i + 2; k++) {
    CHECK_INT(d->clauses[k].item, 0);
    CHECK_MSG(d->clauses[k].flags & JF_CLAUSE_SCORED, "clause %zu", k);
  }
  CHECK_STR(ctext(&l, i), "政务APP推广使用（5分）\n   各乡镇活跃率不得低于80%。");
  CHECK_STR(ctext(&l, i + 1), "每低1个百分点扣0.5分。");
  CHECK(!(d->clauses[i + 1].flags & JF_CLAUSE_LIST_ITEM));
  i += 2;
  CHECK_STR(ctext(&l, i), "信息报送");
  CHECK_INT(d->clauses[i].item, 1);
  CHECK(!(d->clauses[i].flags & JF_CLAUSE_SCORED));
  i++;
  CHECK_STR(ctext(&l, i), "每月报送不少于5条");
  CHECK_INT(d->clauses[i].item, 2);
  i++;
  /* the table: header row, then two rows of cells */
  const char *hdr[] = {"考核项目", "分值", "考核内容"};
  for (size_t k = 0; k < 3; k++, i++) {
    CHECK_STR(ctext(&l, i), hdr[k]);
    CHECK_INT(d->clauses[i].flags, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING);
    CHECK_INT(d->clauses[i].item, -1);
  }
  const char *row[] = {"政务APP", "5分", "活跃率不低于80%；", "低于60%不得分"};
  for (size_t k = 0; k < 4; k++, i++) {
    CHECK_STR(ctext(&l, i), row[k]);
    CHECK_INT(d->clauses[i].flags, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED);
    CHECK_INT(d->clauses[i].item, 3);
  }
  CHECK_POS(l, &d->clauses[i - 2], 15, 16);
  /* (a row with no cell "5分" is scored too: the header names a score
   * column, 分值) */
  const char *row2[] = {"信息报送", "3", "每月5条"};
  for (size_t k = 0; k < 3; k++, i++) {
    CHECK_STR(ctext(&l, i), row2[k]);
    CHECK_INT(d->clauses[i].flags, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED);
    CHECK_INT(d->clauses[i].item, 4);
  }
  CHECK_INT(d->n_clauses, i);
  CHECK_INT(jf_doc_analyze(d), JF_OK);
  unload(&l);

  /* code fences are skipped; no heading → the first line is the title */
  l = load_str("c.md", "考核方案说明\n```\n代码。\n```\n正文。\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    CHECK_STR(l.doc->title, "考核方案说明");
    CHECK_INT(l.doc->n_clauses, 2);
    CHECK_STR(ctext(&l, 1), "正文。");
    CHECK_INT(l.doc->clauses[0].flags, 0); /* Markdown: only # makes a heading */
  }
  unload(&l);
}

/* The n cells of a table row from clause *i on: their texts, flags and item;
 * *i moves past them. */
static void check_row(loaded *l, size_t *i, const char *const *cells, size_t n, unsigned flags,
                      int item) {
  for (size_t k = 0; k < n && *i < l->doc->n_clauses; k++, (*i)++) {
    CHECK_STR(ctext(l, *i), cells[k]);
    CHECK_INT(l->doc->clauses[*i].flags, flags);
    CHECK_INT(l->doc->clauses[*i].item, item);
  }
}

/* check_row by the cells' normalized text (a cell read down several lines). */
static void check_norm_row(loaded *l, size_t *i, const char *const *cells, size_t n,
                           unsigned flags, int item) {
  for (size_t k = 0; k < n && *i < l->doc->n_clauses; k++, (*i)++) {
    CHECK_STR(l->doc->clauses[*i].norm.text, cells[k]);
    CHECK_INT(l->doc->clauses[*i].flags, flags);
    CHECK_INT(l->doc->clauses[*i].item, item);
  }
}

/* A table pasted from Word or a spreadsheet: cells between tabs (a run of
 * tabs one separator), one row per line, its first row a header when it
 * holds no digit and another row follows; two cells are no row (1.\t正文). */
static void test_tab_table(void) {
  loaded l = load_str("t.txt", "村级考核细则\n"
                               "考核项目\t考核内容\t\t评分标准\n"
                               "平台应用\t“村务通”APP日活跃率\t10\t低于85%的扣2分\n"
                               "网格巡查\t每日定位打卡\t10\t漏打一次扣0.5分\n"
                               "\n"
                               "1.\t网格员每日巡查。\n"
                               "一\t二\t3\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1;
  const char *hdr[] = {"考核项目", "考核内容", "评分标准"};
  check_row(&l, &i, hdr, 3, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING, -1);
  /* (the header names how a row is scored, 评分标准: each row is scored) */
  const char *row[] = {"平台应用", "“村务通”APP日活跃率", "10", "低于85%的扣2分"};
  check_row(&l, &i, row, 4, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED, 0);
  CHECK_POS(l, &d->clauses[i - 1], 3, 22);
  for (size_t k = 0; k < 4; k++, i++) CHECK_INT(d->clauses[i].item, 1);
  CHECK_STR(ctext(&l, i), "网格员每日巡查。");
  CHECK(d->clauses[i++].flags & JF_CLAUSE_LIST_ITEM);
  /* a lone row with a digit is a row, not a header, and no longer in the
   * scored table */
  CHECK_STR(ctext(&l, i), "一");
  CHECK_INT(d->clauses[i].flags, JF_CLAUSE_TABLE_ROW);
  CHECK_INT(d->n_clauses, i + 3);
  unload(&l);
}

/* A PDF table extracted with its layout: cells between runs of two or more
 * spaces (an ideographic space counts two) make a row when the line before or
 * after is a row too; such a line alone is running text. */
static void test_spaced_table(void) {
  loaded l = load_str("p.txt", "村级考核评分表\n"
                               "各村要高度重视  认真组织  按时完成。\n"
                               "\n"
                               "考核项目    考核内容              分值   评分标准\n"
                               "平台应用    “村务通”APP日活跃率   10     低于85%的扣2分\n"
                               "学习教育　“学习强国”积分　5　按月排名\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1;
  CHECK_STR(ctext(&l, i), "各村要高度重视  认真组织  按时完成。");
  CHECK_INT(d->clauses[i++].flags, 0);
  const char *hdr[] = {"考核项目", "考核内容", "分值", "评分标准"};
  check_row(&l, &i, hdr, 4, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING, -1);
  const char *row[] = {"平台应用", "“村务通”APP日活跃率", "10", "低于85%的扣2分"};
  check_row(&l, &i, row, 4, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED, 0);
  const char *row2[] = {"学习教育", "“学习强国”积分", "5", "按月排名"};
  check_row(&l, &i, row2, 4, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED, 1);
  CHECK_INT(d->n_clauses, i);
  unload(&l);
}

/* A cell of a PDF table laid out with spaces wraps onto the next line at its
 * own column: that line's cells go on the cells of the row above, each
 * column one clause read down the lines (the other columns cut out), and
 * the row after it is still a row. A line filling all columns but the first
 * is a row of its own; an indented paragraph running past its column is
 * text. */
static void test_spaced_wrapped(void) {
  loaded l = load_str("w.txt", "村级考核安排\n"
                               "\n"
                               "项目        内容                        分值    办法\n"
                               "巡查        每日在“城管通”定位打卡      10      漏打一次扣0.5分\n"
                               "            不少于3次                           打卡率每月排名\n"
                               "报送        每周报送动态信息            5       少报一条扣0.5分\n"
                               "            上报问题条数                5       每少一条扣0.5分\n"
                               "            各村要高度重视本项工作，认真组织实施，确保各项工作落到实处。\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1 + 4;
  unsigned row = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED;
  CHECK_STR(ctext(&l, i), "巡查");
  CHECK_STR(d->clauses[i + 1].norm.text, "每日在“城管通”定位打卡不少于3次");
  CHECK_STR(d->clauses[i + 2].norm.text, "10");
  CHECK_STR(d->clauses[i + 3].norm.text, "漏打一次扣0.5分打卡率每月排名");
  for (size_t k = i; k < i + 4 && k < d->n_clauses; k++) {
    CHECK_INT((int)d->clauses[k].flags, (int)row);
    CHECK_INT(d->clauses[k].item, 0);
  }
  CHECK_POS(l, &d->clauses[i + 1], 4, 11);
  const char *w = strstr(d->clauses[i + 1].norm.text, "不少于");
  if (w) {
    const char *src = jf_source_text(l.src);
    CHECK_INT((int)d->clauses[i + 1].norm.start[w - d->clauses[i + 1].norm.text],
              (int)(strstr(src, "不少于3次") - src));
  }
  i += 4;
  const char *r1[] = {"报送", "每周报送动态信息", "5", "少报一条扣0.5分"};
  check_row(&l, &i, r1, 4, row, 1);
  const char *r2[] = {"上报问题条数", "5", "每少一条扣0.5分"};
  check_row(&l, &i, r2, 3, row, 2);
  CHECK_STR(ctext(&l, i), "各村要高度重视本项工作，认真组织实施，确保各项工作落到实处。");
  CHECK_INT(d->clauses[i].item, -1);
  CHECK_INT(d->n_clauses, i + 1);
  unload(&l);
}

/* A PDF layout table whose every row wraps has no two row lines side by
 * side: the first row is still a row when the lines that wrap its cells
 * lead to another row. A spaced line whose wrapped lines lead to no row,
 * or whose next line is an indented paragraph off its columns, stays text. */
static void test_spaced_every_row_wrapped(void) {
  loaded l = load_str("w2.txt", "考核评分表\n"
                                "\n"
                                "  序号   项目        内容                          分值\n"
                                "\n"
                                "  1      平台使用    APP周登录率不低于95%，每低1   10\n"
                                "                     个百分点扣1分\n"
                                "  2      岗位签到    每日人脸识别签到，缺签一次    10\n"
                                "                     扣0.5分\n"
                                "\n"
                                "  说明   本表由      办公室负责解释，自印发之日    起\n"
                                "                     施行\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 0;
  while (i < d->n_clauses && strcmp(ctext(&l, i), "1") != 0) i++;
  CHECK_INT(i + 9 <= d->n_clauses, 1); /* row 1's number is a cell; 8 cells and the text follow */
  unsigned row = JF_CLAUSE_TABLE_ROW;
  const char *r1[] = {"1", "平台使用", "app周登录率不低于95%,每低1个百分点扣1分", "10"};
  check_norm_row(&l, &i, r1, 4, row, 0);
  const char *r2[] = {"2", "岗位签到", "每日人脸识别签到,缺签一次扣0.5分", "10"};
  check_norm_row(&l, &i, r2, 4, row, 1);
  /* the last spaced line's wrap leads to no row: text, not a row */
  CHECK_INT(i < d->n_clauses && !(d->clauses[i].flags & JF_CLAUSE_TABLE_ROW), 1);
  unload(&l);
}

/* Rows 1 and 3 of the street's scoring table, as both its extracts read. */
static const char *const street_row1[] = {
    "1", "数字平台应用", "社区工作者每日登录“街道e家”app并在线时长不少于2小时,由平台自动统计在线时长",
    "15", "在线时长每少半小时扣1分,季度累计不足的通报批评"};
static const char *const street_row3[] = {
    "3", "宣传推广", "每名社区工作者发动居民下载注册“街道e家”app不少于100人,注册截图报街道汇总",
    "10", "每少10人扣1分,完成率每月在工作群通报"};

/* A numbered table as pdftotext -layout really prints it (a Chromium PDF,
 * cells at the top): a row starts only at its number, so every indented line
 * under it is more of it, each cell on the nearest column, counted in
 * characters as the extract lays them out, though its cells sit a few
 * columns off the first line's (线时长… at 13, 社区工作者… at 13 too, but
 * 在工作群通报 at 40 under 每少10人 at 40, not under 10 at 32); a score
 * glued to its cell by one space (…报街道 10) is a cell of its own, while
 * 扣 2 分 stays whole; an indented paragraph running across the columns
 * after the table is no part of its last row. */
static void test_spaced_numbered(void) {
  loaded l = load_str("n.txt",
                      "细则\n"
                      "\n"
                      "序号    项目             考核内容          分值        评分标准\n"
                      "1    数字平台应   社区工作者每日登录“街道e家”APP并在 15    在线时长每少半小时扣1分，\n"
                      "     用       线时长不少于2小时，由平台自动统计在         季度累计不足的通报批评\n"
                      "             线时长\n"
                      "3    宣传推广    每名社区工作者发动居民下载注册“街道 10      每少10人扣1分，完成率每月\n"
                      "             e家”APP不少于100人，注册截图报街道      在工作群通报\n"
                      "             汇总\n"
                      "4    工作留痕    开展活动须拍摄现场照片，未拍摄的扣 2 分       缺一次扣0.5分\n"
                      "             各单位要高度重视本项工作，认真组织实施，确保各项考核工作落到实处，切实减轻基层负担。\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1 + 5;
  unsigned row = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED;
  check_norm_row(&l, &i, street_row1, 5, row, 0);
  check_norm_row(&l, &i, street_row3, 5, row, 1);
  const char *r4[] = {"4", "工作留痕", "开展活动须拍摄现场照片,未拍摄的扣2分", "缺一次扣0.5分"};
  check_norm_row(&l, &i, r4, 4, row, 2);
  CHECK(i < d->n_clauses && d->clauses[i].item != 2);
  CHECK_INT(d->n_clauses, i + 1);
  unload(&l);
  /* rows numbered in Chinese (一、) too; a row whose first cell is no number
   * (甲) keeps the old rule, and its line off the columns is no part of it */
  const char *tbl = "细则\n"
                    "\n"
                    "序号  项目      考核内容                分值  评分标准\n"
                    "%s  平台应    每日在“城管通”APP定位   10    漏打一次扣0.5分，\n"
                    "      用     打卡不少于3次                 打卡率每月排名\n";
  char buf[512];
  snprintf(buf, sizeof buf, tbl, "一、");
  l = load_str("cn.txt", buf);
  CHECK_INT(l.st, JF_OK);
  if (l.doc && l.doc->n_clauses > 8) {
    CHECK_STR(l.doc->clauses[7].norm.text, "平台应用");
    CHECK_STR(l.doc->clauses[8].norm.text, "每日在“城管通”app定位打卡不少于3次");
  }
  unload(&l);
  snprintf(buf, sizeof buf, tbl, "甲");
  l = load_str("jia.txt", buf);
  CHECK_INT(l.st, JF_OK);
  if (l.doc && l.doc->n_clauses > 8) {
    CHECK_STR(l.doc->clauses[7].norm.text, "平台应");
    CHECK_STR(l.doc->clauses[8].norm.text, "每日在“城管通”app定位");
  }
  unload(&l);
}

/* A numbered table whose cells are centred top to bottom, as pdftotext
 * -layout prints it (the real extract of a Chromium PDF): each row's number
 * stands on its middle line, so the lines between two numbers split where
 * the row above ends (as far below its number as it began above it), and
 * each row is read as the top-aligned one is (test_spaced_numbered). A
 * block whose last row does not end on its last line is not read so. */
static void test_spaced_centred(void) {
  loaded l = load_str("c.txt",
                      "细则\n"
                      "\n"
                      "序号    项目             考核内容           分值        评分标准\n"
                      "             社区工作者每日登录“街道e家”APP并在\n"
                      "     数字平台应                               在线时长每少半小时扣1分，\n"
                      "1            线时长不少于2小时，由平台自动统计在 15\n"
                      "     用                                   季度累计不足的通报批评\n"
                      "             线时长\n"
                      "             每月入户走访独居老人不少于两次，了\n"
                      "2    入户走访                          20    未按要求走访的每次扣2分\n"
                      "             解生活困难并帮助解决实际问题\n"
                      "             每名社区工作者发动居民下载注册“街道\n"
                      "                                         每少10人扣1分，完成率每月\n"
                      "3    宣传推广    e家”APP不少于100人，注册截图报街道 10\n"
                      "                                         在工作群通报\n"
                      "             汇总\n"
                      "             开展活动须拍摄现场照片不少于5张上传\n"
                      "4    工作留痕                       10       缺一次扣0.5分\n"
                      "             平台，无照片的视为未开展\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1;
  const char *h[] = {"序号", "项目", "考核内容", "分值", "评分标准"};
  check_norm_row(&l, &i, h, 5, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING, -1);
  unsigned row = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED;
  check_norm_row(&l, &i, street_row1, 5, row, 0);
  const char *r2[] = {"2", "入户走访", "每月入户走访独居老人不少于两次,了解生活困难并帮助解决实际问题",
                      "20", "未按要求走访的每次扣2分"};
  check_norm_row(&l, &i, r2, 5, row, 1);
  check_norm_row(&l, &i, street_row3, 5, row, 2);
  const char *r4[] = {"4", "工作留痕", "开展活动须拍摄现场照片不少于5张上传平台,无照片的视为未开展",
                      "10", "缺一次扣0.5分"};
  check_norm_row(&l, &i, r4, 5, row, 3);
  CHECK_INT(d->n_clauses, i);
  unload(&l);
  /* one line too many under the last row: its half does not end the block */
  l = load_str("u.txt", "细则\n"
                        "\n"
                        "序号    项目             考核内容           分值        评分标准\n"
                        "             社区工作者每日登录“街道e家”APP\n"
                        "1    平台应用    在线时长不少于2小时       15      扣1分\n"
                        "             线时长\n"
                        "             另一行\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc)
    for (size_t k = 0; k < l.doc->n_clauses; k++)
      CHECK(!(l.doc->clauses[k].flags & JF_CLAUSE_TABLE_ROW));
  unload(&l);
}

/* A table whose header names a score column (分值, 评分办法, 考评内容; in
 * traditional characters too) scores each of its rows, as a cell "5分"
 * would; one whose header names none does not, nor does a table after the
 * scored one. A Word table's title ending in …考评表 is the title over a
 * note line. */
static void test_score_header(void) {
  loaded l = load_str("s.txt", "某市考试员月度考评表\n"
                               "（本表由Word文档复制，填报单位：各考场）\n"
                               "序号\t考評項目\t考評內容\t分值\n"
                               "5\t推广注册\t引导考生注册“驾考e管”\t10\n"
                               "\n"
                               "| 单位 | 联系人 | 电话 |\n"
                               "|---|---|---|\n"
                               "| 某考场 | 王某 | 1234 |\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  CHECK_STR(d->title, "某市考试员月度考评表");
  size_t i = 2;
  const char *hdr[] = {"序号", "考評項目", "考評內容", "分值"};
  check_row(&l, &i, hdr, 4, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING, -1);
  const char *row[] = {"5", "推广注册", "引导考生注册“驾考e管”", "10"};
  check_row(&l, &i, row, 4, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED, 0);
  const char *hdr2[] = {"单位", "联系人", "电话"};
  check_row(&l, &i, hdr2, 3, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING, -1);
  const char *row2[] = {"某考场", "王某", "1234"};
  check_row(&l, &i, row2, 3, JF_CLAUSE_TABLE_ROW, 1);
  CHECK_INT(d->n_clauses, i);
  unload(&l);
}

/* A heading listing problems found marks the clauses under it, up to the next
 * heading; traditional or PDF-spaced headings too. */
static void test_problem_section(void) {
  loaded l = load_str("r.txt", "关于减负自查整改情况的报告\n"
                               "一、查摆出的問 題\n"
                               "（一）同一数据须在两个平台重复录入。\n"
                               "二、整改措施\n"
                               "（一）已实现一次录入。\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (d) {
    CHECK_INT(d->n_clauses, 5);
    if (d->n_clauses == 5) {
      CHECK(!(d->clauses[1].flags & JF_CLAUSE_PROBLEMS)); /* the heading itself */
      CHECK(d->clauses[2].flags & JF_CLAUSE_PROBLEMS);
      CHECK(!(d->clauses[3].flags & JF_CLAUSE_PROBLEMS));
      CHECK(!(d->clauses[4].flags & JF_CLAUSE_PROBLEMS));
    }
  }
  unload(&l);

  /* a heading of the next steps marks its clauses as the report's plans */
  l = load_str("p.txt", "关于减负自查情况的报告\n"
                        "一、存在的问题\n"
                        "（一）部分科室要求每天打卡。\n"
                        "三、下一步工作\n"
                        "学习积分继续每季度排名公布。\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc && l.doc->n_clauses == 5) {
    CHECK(l.doc->clauses[2].flags & JF_CLAUSE_PROBLEMS);
    CHECK(!(l.doc->clauses[2].flags & JF_CLAUSE_PLANS));
    CHECK(!(l.doc->clauses[3].flags & JF_CLAUSE_PLANS)); /* the heading itself */
    CHECK(l.doc->clauses[4].flags & JF_CLAUSE_PLANS);
  } else {
    CHECK_INT(l.doc ? (int)l.doc->n_clauses : -1, 5);
  }
  unload(&l);

  /* a heading of results achieved marks its clauses as described too; one
   * of the work that got them, or a scored one, does not */
  l = load_str("s.txt", "某镇2024年工作总结\n"
                        "二、取得成效\n"
                        "各村APP活跃率达到92%。\n"
                        "三、主要做法及成效\n"
                        "要求各村每天签到。\n"
                        "四、工作成效（20分）\n"
                        "活跃率达到90%。\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc && l.doc->n_clauses == 7) {
    CHECK(!(l.doc->clauses[1].flags & JF_CLAUSE_PROBLEMS)); /* the heading itself */
    CHECK(l.doc->clauses[2].flags & JF_CLAUSE_PROBLEMS);
    CHECK(!(l.doc->clauses[4].flags & JF_CLAUSE_PROBLEMS));
    CHECK(!(l.doc->clauses[6].flags & JF_CLAUSE_PROBLEMS));
  } else {
    CHECK_INT(l.doc ? (int)l.doc->n_clauses : -1, 7);
  }
  unload(&l);

  /* a title that names a list of problems does not mark the whole document */
  l = load_str("q.txt", "某县基层减负问题清单\n今后须每周上报不少于3条。\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc && l.doc->n_clauses == 2) CHECK(!(l.doc->clauses[1].flags & JF_CLAUSE_PROBLEMS));
  unload(&l);
}

/* A clause that only cancels or corrects (现已取消。目前已全部取消。该做法已于
 * 3月纠正。) marks the clause before it in its paragraph; one with an object
 * of its own (学习打卡已取消。), one after a blank line and a heading do not. */
static void test_cancelled_by_next(void) {
  loaded l = load_str("c.txt", "某镇工作通知\n"
                               "各村须每天打卡不少于1次。现已取消。\n"
                               "网格员每周上传照片不少于20张；\n"
                               "該做法已於今年3月全部糾正。\n"
                               "各村每天上报事件不少于3条。学习打卡已取消。\n"
                               "各村每周接龙报数。\n"
                               "\n"
                               "目 前 已 取 消 。\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (d && d->n_clauses == 9) {
    static const bool want[9] = {false, true, false, true, false, false, false, false, false};
    for (size_t i = 0; i < 9; i++)
      CHECK_MSG(((d->clauses[i].flags & JF_CLAUSE_CANCELLED) != 0) == want[i], "clause %zu", i);
  } else {
    CHECK_INT(d ? (int)d->n_clauses : -1, 9);
  }
  unload(&l);
}

/* A cell that only cancels (| 已取消 |, | 停止执行 |, | 不再考核 |) cancels
 * every cell of its row before it, not only the one next to it, and no
 * other row; a cell that cancels something of its own (取消评优资格) does
 * not. 该项不再考核。 after a sentence cancels it as 现已取消。 does. */
static void test_cancelled_row(void) {
  loaded l = load_str("c.md", "# 某县清理考核事项的通知\n"
                              "\n"
                              "| 序号 | 清理事项 | 原考核内容 | 处理结果 |\n"
                              "|---|---|---|---|\n"
                              "| 1 | 注册任务 | 每村注册不少于100人 | 停止执行 |\n"
                              "| 2 | 学习时长 | 每月不少于10小时 | 不再考核 |\n"
                              "| 3 | 学习积分 | 排名末位的 | 取消评优资格 |\n"
                              "\n"
                              "各村每天打卡不少于1次。该项不再考核。\n");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  /* title, 4 header cells, 3 rows of 4 cells, 2 sentences */
  if (d && d->n_clauses == 19) {
    for (size_t i = 0; i < 19; i++) {
      bool want = (i >= 5 && i < 8) || (i >= 9 && i < 12) || i == 17;
      CHECK_MSG(((d->clauses[i].flags & JF_CLAUSE_CANCELLED) != 0) == want, "clause %zu", i);
    }
  } else {
    CHECK_INT(d ? (int)d->n_clauses : -1, 19);
  }
  unload(&l);
}

static void test_crlf_text(void) {
  loaded l = load_file("tests/data/load/plan-crlf.txt");
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  CHECK_STR(d->title, "宜黄县乡镇工作考核细则");
  CHECK_INT(d->n_clauses, 5);
  CHECK_STR(ctext(&l, 1), "总体要求");
  CHECK_STR(excerpt(&l, &d->clauses[2]), "各乡镇要加强组织领导，\r\n确保工作落实。");
  CHECK_POS(l, &d->clauses[2], 4, 1);
  /* a scored （一） heading marks what follows it, up to the next heading */
  CHECK_INT(d->clauses[3].flags, JF_CLAUSE_HEADING | JF_CLAUSE_SCORED);
  CHECK_STR(ctext(&l, 3), "政务APP推广（5分）");
  CHECK_POS(l, &d->clauses[3], 6, 4);
  CHECK_INT(d->clauses[4].flags, JF_CLAUSE_SCORED);
  CHECK_INT(d->clauses[4].item, -1);
  CHECK_STR(ctext(&l, 4), "活跃率不得低于80%。");
  CHECK(!(d->clauses[2].flags & JF_CLAUSE_SCORED));
  for (size_t i = 0; i < d->n_clauses; i++) {
    size_t n = d->clauses[i].end - d->clauses[i].start;
    const char *raw = jf_source_text(l.src) + d->clauses[i].start;
    CHECK_MSG(raw[n - 1] != '\r' && raw[n - 1] != '\n', "clause %zu ends in a line break", i);
  }
  unload(&l);
}

static void test_empty_text(void) {
  loaded l = load_str("e.txt", "");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    CHECK_INT(l.doc->n_clauses, 0);
    CHECK(l.doc->title == NULL);
  }
  unload(&l);
  l = load_str("e.md", "\n \n|---|\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) CHECK_INT(l.doc->n_clauses, 0);
  unload(&l);
}

/* The first line is the title unless it is a wrapped sentence. */
static void test_title_or_wrapped(void) {
  static const struct {
    const char *text, *title, *first_clause;
  } cases[] = {
    /* a sentence wrapped onto line 2: no title, one clause */
    {"各乡镇政务APP活\n跃度低于75%的，扣减年度考核分2分。\n", NULL,
     "各乡镇政务APP活\n跃度低于75%的，扣减年度考核分2分。"},
    /* a title followed directly by running text stays a title */
    {"宜黄县2023年度乡镇工作综合考核细则\n为推动全县各乡镇高质量完成年度目标任务\n制定本细则。\n",
     "宜黄县2023年度乡镇工作综合考核细则", "宜黄县2023年度乡镇工作综合考核细则"},
    {"关于进一步规范政务APP使用的通知\n各乡镇要认真落实\n以下要求。\n",
     "关于进一步规范政务app使用的通知", "关于进一步规范政务APP使用的通知"},
    /* 关于…的要求: a title by its frame */
    {"镇党委关于规范村干部日常工作的要求\n每名村干部每日在工作群接龙\n报告当日工作。\n",
     "镇党委关于规范村干部日常工作的要求", "镇党委关于规范村干部日常工作的要求"},
    /* ... but not a sentence that merely ends in 要求 */
    {"各村要严格落实县里的要求\n做好网格巡查工作。\n", NULL,
     "各村要严格落实县里的要求\n做好网格巡查工作。"},
    /* followed by a blank line or a list item: a title */
    {"某县网格工作要求\n\n网格员每日巡查。\n", "某县网格工作要求", "某县网格工作要求"},
    {"某县网格工作要求\n一、网格员每日巡查。\n", "某县网格工作要求", "某县网格工作要求"},
    /* a line ending in a quoted name goes on onto line 2 (…注册“健康某市”\nAPP，…) */
    {"各卫生院须组织居民下载注册“健康某市”\nAPP，每名家庭医生每月不少于50户。\n", NULL,
     "各卫生院须组织居民下载注册“健康某市”\nAPP，每名家庭医生每月不少于50户。"},
    /* ... but a quote closing a sentence ends it (…。”) */
    {"镇党委要求“抓落实。”\n各村每日巡查。\n", "镇党委要求“抓落实。”", "镇党委要求“抓落实。”"},
    /* a first line that ends a sentence is still the title, as before */
    {"各村APP活跃率不得低于80%。\n", "各村app活跃率不得低于80%。", "各村APP活跃率不得低于80%。"},
    /* a PDF extract's issuing body on line 1, the title on line 2: one title */
    {"某县交通运输局\n2025年度公路养护站考核办法\n第一条 为提升养护质量，制定本办法。\n",
     "某县交通运输局2025年度公路养护站考核办法", "某县交通运输局\n2025年度公路养护站考核办法"},
    /* ... or a long title wrapped onto line 2 */
    {"县应急管理局2025年度乡镇应急管理工作考核\n细则\n一、考核内容\n",
     "县应急管理局2025年度乡镇应急管理工作考核细则", "县应急管理局2025年度乡镇应急管理工作考核\n细则"},
    /* ... but two lines with a comma are a wrapped sentence, not a title */
    {"各乡镇要按照要求，认真执行\n县里的考核办法\n并每月报告。\n", NULL,
     "各乡镇要按照要求，认真执行\n县里的考核办法\n并每月报告。"},
    /* ... nor are two lines the next line goes on from (并…, 的…, ，…) */
    {"各乡镇要认真执行\n县里的考核办法\n并每月报告。\n", NULL,
     "各乡镇要认真执行\n县里的考核办法\n并每月报告。"},
    {"各 乡 镇 要 认 真 执 行\n县 里 的 考 核 办 法\n并 且 每 月 报 告 。\n", NULL,
     "各 乡 镇 要 认 真 执 行\n县 里 的 考 核 办 法\n并 且 每 月 报 告 。"},
    /* ... and one line ending like a title is no title when the next goes on from it */
    {"各村要严格执行县里的考核办法\n的各项规定。\n", NULL, "各村要严格执行县里的考核办法\n的各项规定。"},
    {"各村每月报送网格工作方案\n，由镇里汇总。\n", NULL, "各村每月报送网格工作方案\n，由镇里汇总。"},
    /* ... but 的确 starts a sentence, and a title over running text stays one */
    {"某县网格工作考核办法\n的确需要调整的，由镇里提出。\n", "某县网格工作考核办法",
     "某县网格工作考核办法"},
    {"某县交通运输局\n2025年度公路养护站考核办法\n各养护站遵照执行。\n",
     "某县交通运输局2025年度公路养护站考核办法", "某县交通运输局\n2025年度公路养护站考核办法"},
    /* a last line too short for a joining word is read within its bounds */
    {"某县网格工作考核办法\nA", "某县网格工作考核办法", "某县网格工作考核办法"},
    /* a note in brackets under the first line makes it a title, whatever
     * it ends in; a bracket that closes before the line ends goes on a
     * sentence */
    {"某县卫生院绩效考核指标\n（各院参照执行）\n各院遵照执行。\n", "某县卫生院绩效考核指标",
     "某县卫生院绩效考核指标"},
    {"各村须在“村务e通”APP每日打卡\n（节假日除外），未打卡的扣1分。\n", NULL,
     "各村须在“村务e通”APP每日打卡\n（节假日除外），未打卡的扣1分。"},
    /* a speech and an answer to questions are titled too */
    {"在全县数字政务工作推进会上的讲话\n（2025年3月12日）\n", "在全县数字政务工作推进会上的讲话",
     "在全县数字政务工作推进会上的讲话"},
    {"县民政局关于“民政e家”使用问题的解答\n问：还要打卡吗？\n", "县民政局关于“民政e家”使用问题的解答",
     "县民政局关于“民政e家”使用问题的解答"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    loaded l = load_str("t.txt", cases[i].text);
    CHECK_INT(l.st, JF_OK);
    if (!l.doc) continue;
    if (cases[i].title) CHECK_STR(l.doc->title, cases[i].title);
    else CHECK_MSG(l.doc->title == NULL, "case %zu: title \"%s\"", i, l.doc->title);
    CHECK(l.doc->n_clauses > 0);
    if (l.doc->n_clauses) CHECK_STR(excerpt(&l, &l.doc->clauses[0]), cases[i].first_clause);
    unload(&l);
  }
}

/* A question (问：) and its answer on the next line are one item; the next
 * question starts another, and a blank line ends it. */
static void test_question_answer(void) {
  loaded l = load_str("qa.txt", "政策问答\n\n问：“平安社区”APP的注册任务还要完成吗？\n"
                                "答：要完成。各社区须完成注册不少于800户。\n问 : 还要打卡吗？\n答：不需要。\n\n"
                                "网格员每日巡查。\n");
  CHECK_INT(l.st, JF_OK);
  if (!l.doc) return;
  const jf_doc *d = l.doc;
  CHECK_INT((int)d->n_clauses, 7);
  if (d->n_clauses == 7) {
    CHECK_INT(d->clauses[0].item, -1); /* the title */
    CHECK(d->clauses[1].item >= 0);
    CHECK_INT(d->clauses[2].item, d->clauses[1].item); /* 答：要完成。 */
    CHECK_INT(d->clauses[3].item, d->clauses[1].item);
    CHECK(d->clauses[4].item >= 0 && d->clauses[4].item != d->clauses[1].item);
    CHECK_INT(d->clauses[5].item, d->clauses[4].item);
    CHECK_INT(d->clauses[6].item, -1); /* after the blank line */
  }
  unload(&l);
}

/* A PDF extract wraps a numbered item mid-sentence at the page width: its
 * first line, short and unpunctuated like a heading, runs about as wide as
 * the widest line, so it starts an item joined with the next line; a short
 * 一、 heading in the same file stays a heading. */
static void test_wrapped_item(void) {
  loaded l = load_str("wrap.txt", "某县矿山安全监察工作考核办法\n\n一、总体要求\n"
                                  "各监察员要高度重视矿山安全监察工作，严格落实各项制度要求。\n"
                                  "三、执法人员每月在“矿安e查”录入执法检查记录不少于\n"
                                  "20条，未完成的扣1分。\n");
  CHECK_INT(l.st, JF_OK);
  if (!l.doc) return;
  const jf_doc *d = l.doc;
  CHECK_INT((int)d->n_clauses, 4);
  if (d->n_clauses == 4) {
    CHECK(d->clauses[1].flags & JF_CLAUSE_HEADING);
    CHECK_STR(excerpt(&l, &d->clauses[1]), "总体要求");
    CHECK(!(d->clauses[3].flags & JF_CLAUSE_HEADING));
    CHECK(d->clauses[3].item >= 0);
    CHECK(strstr(excerpt(&l, &d->clauses[3]), "20条") != NULL);
  }
  unload(&l);
}

/* A PDF extract spaces a heading's marker and its score (二 、 …（ 1 0 分 ）,
 * （ 一 ）): still a heading, scored, and not one clause with the next line. */
static void test_spaced_heading(void) {
  loaded l = load_str("pdf.txt", "某 县 工 作 细 则\n\n二 、 信 息 报 送 （ 1 0 分 ）\n"
                                 "各 乡 镇 每 月 报 送 信 息 不 少 于 4 条 。\n（ 一 ） 巡 河 履 职\n");
  CHECK_INT(l.st, JF_OK);
  if (!l.doc) return;
  const jf_doc *d = l.doc;
  CHECK_INT((int)d->n_clauses, 4);
  if (d->n_clauses == 4) {
    CHECK(d->clauses[1].flags & JF_CLAUSE_HEADING);
    CHECK(d->clauses[1].flags & JF_CLAUSE_SCORED);
    CHECK_STR(excerpt(&l, &d->clauses[1]), "信 息 报 送 （ 1 0 分 ）");
    CHECK(!(d->clauses[2].flags & JF_CLAUSE_HEADING));
    CHECK(d->clauses[2].flags & JF_CLAUSE_SCORED);
    CHECK(d->clauses[3].flags & JF_CLAUSE_HEADING);
    CHECK_STR(excerpt(&l, &d->clauses[3]), "巡 河 履 职");
  }
  unload(&l);
}

/* A PDF extract's page number between two lines of a sentence ("— 3 —",
 * "- 4 -", "第2页 共5页"), with the next page's header repeating the title:
 * left out of the sentence, which reads on and keeps its source offsets;
 * a page number between sentences is no clause at all. */
static void test_page_marks(void) {
  const char *src = "某县考核细则\n一、信息报送（20分）\n"
                    "1. 各村每月录入走访记录不少于\n— 3 —\n某县考核细则\n20条，少1条扣0.5分。\n"
                    "2. 各村APP活跃率不低于\n- 4 -\n80%。\n"
                    "第 2 页 共 5 页\n3. 2024-12-01起施行。\n";
  loaded l = load_str("pages.txt", src);
  CHECK_INT(l.st, JF_OK);
  if (!l.doc) return;
  const jf_doc *d = l.doc;
  CHECK_INT((int)d->n_clauses, 5);
  if (d->n_clauses == 5) {
    const jf_clause *c = &d->clauses[2];
    CHECK_STR(c->norm.text, "各村每月录入走访记录不少于20条,少1条扣0.5分。");
    CHECK(c->item >= 0);
    const char *at = strstr(c->norm.text, "20条");
    CHECK(at != NULL);
    if (at) CHECK_INT((int)c->norm.start[at - c->norm.text], (int)(strstr(src, "20条") - src));
    CHECK_STR(d->clauses[3].norm.text, "各村app活跃率不低于80%。");
    CHECK(d->clauses[3].item != c->item);
    CHECK_STR(d->clauses[4].norm.text, "2024-12-01起施行。");
  }
  unload(&l);
}

/* A grid table (pandoc's Markdown for a Word table): the lines between two
 * borders are one row, each column one cell read down them, its text joined
 * without the other columns and mapped back to the source; the row above
 * +===+ is the header, and its 分值 scores the rows. A line with another
 * number of cells ends the table, and so does text; a border with no row
 * line under it is no text at all. */
static void test_grid_table(void) {
  const char *src = "# 考核评分表\n"
                    "\n"
                    "+------+----------------------+------+\n"
                    "| 序号 | 考核内容             | 分值 |\n"
                    "+======+======================+======+\n"
                    "| 1    | 每月在“网格通”上报日 | 10   |\n"
                    "|      | 志不少于30条。按月通 |      |\n"
                    "|      | 报排名               |      |\n"
                    "+------+----------------------+------+\n"
                    "| 2    | 化解率达到95%        | 5    |\n"
                    "+------+----------------------+------+\n"
                    "| 3 | 多 | 出 | 一列 |\n"
                    "+---+---+\n"
                    "正文。\n";
  loaded l = load_str("g.md", src);
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1;
  const char *hdr[] = {"序号", "考核内容", "分值"};
  check_row(&l, &i, hdr, 3, JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING, -1);
  unsigned row = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED;
  CHECK_STR(d->clauses[i].norm.text, "1");
  CHECK_STR(d->clauses[i + 1].norm.text, "每月在“网格通”上报日志不少于30条。");
  CHECK_STR(d->clauses[i + 2].norm.text, "按月通报排名");
  CHECK_STR(d->clauses[i + 3].norm.text, "10");
  for (size_t k = i; k < i + 4 && k < d->n_clauses; k++) {
    CHECK_INT((int)d->clauses[k].flags & (int)row, (int)row);
    CHECK_INT(d->clauses[k].item, 0);
  }
  CHECK_POS(l, &d->clauses[i + 1], 6, 10);
  CHECK_POS(l, &d->clauses[i + 2], 7, 18);
  const char *at = strstr(d->clauses[i + 1].norm.text, "志");
  if (at) CHECK_INT((int)d->clauses[i + 1].norm.start[at - d->clauses[i + 1].norm.text],
                    (int)(strstr(src, "志不少于") - src));
  i += 4;
  const char *r2[] = {"2", "化解率达到95%", "5"};
  check_row(&l, &i, r2, 3, row, 1);
  const char *r3[] = {"3", "多", "出", "一列"};
  check_row(&l, &i, r3, 4, JF_CLAUSE_TABLE_ROW, 2);
  CHECK_STR(ctext(&l, i), "正文。");
  CHECK_INT(d->n_clauses, i + 1);
  unload(&l);
}

/* Pandoc's multiline and simple tables (its Markdown and plain-text output
 * for a Word table): the line of dashes under the header sets where each
 * column starts, and each column is one cell read down a row's lines —
 * the rows of a multiline table stand between blank lines, a simple table
 * has one per line. Widths are pandoc's: a Han character two columns, a
 * curly quote one. A header naming 分值 scores the rows; a headerless table
 * opens with its column dashes; a setext underline, a thematic break and a
 * dash line with no header over it stay what they were. */
static void test_column_tables(void) {
  const char *src = "# 考核细则\n"
                    "\n"
                    "----------------------------------\n"
                    "序号 考核内容                 分值\n"
                    "---- ---------------------- ------\n"
                    "1    “网格通”月活跃率不低于     10\n"
                    "     80%，低于的扣0.5分\n"
                    "\n"
                    "2    化解率达到95%               5\n"
                    "----------------------------------\n"
                    "\n"
                    "项目 内容                   分值\n"
                    "---- ---------------------- ----\n"
                    "一   每月上报日志不少于30条    10\n"
                    "\n"
                    "---- ----------------------\n"
                    "甲   每日打卡两次\n"
                    "乙   每周通报排名\n"
                    "---- ----------------------\n"
                    "\n"
                    "标题\n"
                    "----\n"
                    "\n"
                    "---\n"
                    "\n"
                    "正文。\n";
  loaded l = load_str("c.md", src);
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  size_t i = 1;
  unsigned hdr_flags = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING;
  unsigned row = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED;
  const char *hdr[] = {"序号", "考核内容", "分值"};
  check_row(&l, &i, hdr, 3, hdr_flags, -1);
  CHECK_STR(d->clauses[i].norm.text, "1");
  CHECK_STR(d->clauses[i + 1].norm.text, "“网格通”月活跃率不低于80%,低于的扣0.5分");
  CHECK_STR(d->clauses[i + 2].norm.text, "10");
  for (size_t k = i; k < i + 3 && k < d->n_clauses; k++) {
    CHECK_INT((int)d->clauses[k].flags, (int)row);
    CHECK_INT(d->clauses[k].item, 0);
  }
  CHECK_POS(l, &d->clauses[i + 1], 6, 6);
  i += 3;
  const char *r2[] = {"2", "化解率达到95%", "5"};
  check_row(&l, &i, r2, 3, row, 1);
  const char *h2[] = {"项目", "内容", "分值"};
  check_row(&l, &i, h2, 3, hdr_flags, -1);
  const char *r3[] = {"一", "每月上报日志不少于30条", "10"};
  check_row(&l, &i, r3, 3, row, 2);
  const char *r4[] = {"甲", "每日打卡两次"};
  check_row(&l, &i, r4, 2, JF_CLAUSE_TABLE_ROW, 3);
  const char *r5[] = {"乙", "每周通报排名"};
  check_row(&l, &i, r5, 2, JF_CLAUSE_TABLE_ROW, 4);
  /* one column of dashes under a line is no table: a setext heading, and a
   * lone --- a rule (test_setext_and_rules) */
  CHECK_STR(ctext(&l, i), "标题");
  if (i < d->n_clauses) CHECK_INT((int)d->clauses[i].flags, (int)JF_CLAUSE_HEADING);
  CHECK_STR(ctext(&l, i + 1), "正文。");
  CHECK_INT(d->n_clauses, i + 2);
  unload(&l);
}

/* A Markdown file's YAML front matter is not text: its lines make no
 * clause, its title: is the document's title, and the lines after it keep
 * their numbers. A first "---" that nothing closes is text as before. */
static void test_front_matter(void) {
  loaded l = load_str("f.md", "---\n"
                              "title: \"某县网格员考核细则\"\n"
                              "tags: [打卡, 积分]\n"
                              "...\n"
                              "\n"
                              "# 一、考核内容\n"
                              "\n"
                              "月活跃率不低于80%。\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    CHECK_STR(l.doc->title, "某县网格员考核细则");
    CHECK_INT(l.doc->n_clauses, 2);
    CHECK_STR(ctext(&l, 0), "一、考核内容");
    CHECK_STR(ctext(&l, 1), "月活跃率不低于80%。");
    if (l.doc->n_clauses > 1) CHECK_POS(l, &l.doc->clauses[1], 8, 1);
  }
  unload(&l);
  /* no closing line: not front matter, and the --- is a rule, not text */
  l = load_str("g.md", "---\n正文。\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    CHECK_INT(l.doc->n_clauses, 1);
    CHECK_STR(ctext(&l, 0), "正文。");
  }
  unload(&l);
}

/* A short line opening a block and underlined by = or - is a heading
 * (setext), in Markdown and in plain text: its text is the heading's alone,
 * a section heading it names (problems found) marks what follows, and a
 * level-one one is the Markdown title. A rule (---, * * *, ___, ====) ends the
 * block above it and is no text; under a paragraph's second line it is only
 * a rule, and a long sentence over it stays text. */
static void test_setext_and_rules(void) {
  loaded l = load_str("s.md", "前言。\n"
                              "\n"
                              "考核细则\n"
                              "========\n"
                              "\n"
                              "发现的主要问题\n"
                              "--------------\n"
                              "有的单位要求每日打卡。\n"
                              "\n"
                              "* * *\n"
                              "第一段第一行，\n"
                              "第二行。\n"
                              "---\n"
                              "第二段。\n"
                              "___\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    CHECK_STR(l.doc->title, "考核细则");
    CHECK_INT(l.doc->n_clauses, 6);
    CHECK_STR(ctext(&l, 0), "前言。");
    CHECK_STR(ctext(&l, 1), "考核细则");
    CHECK_STR(ctext(&l, 2), "发现的主要问题");
    CHECK_STR(ctext(&l, 3), "有的单位要求每日打卡。");
    CHECK_STR(ctext(&l, 4), "第一段第一行，\n第二行。");
    CHECK_STR(ctext(&l, 5), "第二段。");
    if (l.doc->n_clauses == 6) {
      CHECK(l.doc->clauses[1].flags & JF_CLAUSE_HEADING);
      CHECK(l.doc->clauses[2].flags & JF_CLAUSE_HEADING);
      CHECK(!(l.doc->clauses[4].flags & JF_CLAUSE_HEADING));
      CHECK_POS(l, &l.doc->clauses[3], 8, 1);
      CHECK_POS(l, &l.doc->clauses[5], 14, 1);
    }
  }
  unload(&l);
  l = load_str("s.txt", "某镇网格员考核办法\n"
                        "\n"
                        "一般规定\n"
                        "--------\n"
                        "网格员每月走访不少于20户，并如实记录走访情况和群众反映的问题。\n"
                        "=====\n"
                        "\n"
                        "网格员每月走访不少于20户，并如实记录走访情况和群众反映的问题，不得弄虚作假。\n"
                        "------\n");
  CHECK_INT(l.st, JF_OK);
  if (l.doc) {
    CHECK_INT(l.doc->n_clauses, 4);
    CHECK_STR(ctext(&l, 1), "一般规定");
    CHECK_STR(ctext(&l, 2), "网格员每月走访不少于20户，并如实记录走访情况和群众反映的问题。");
    if (l.doc->n_clauses == 4) {
      CHECK(l.doc->clauses[1].flags & JF_CLAUSE_HEADING);
      CHECK(!(l.doc->clauses[3].flags & JF_CLAUSE_HEADING));
      CHECK_STR(ctext(&l, 3), "网格员每月走访不少于20户，并如实记录走访情况和群众反映的问题，不得弄虚作假。");
    }
  }
  unload(&l);
}

/* An HTML table in Markdown (pandoc's for a table pipes cannot draw): each
 * <tr> a row, each <td> a cell, <p> ending a clause inside one, the <thead>
 * row the header whose 分值 scores the rows; a row of <th> cells is a header
 * too. The tags are left out of the text, <br> and <span> without ending
 * the clause. In a pipe table's cell and in running text, tags are left out
 * the same way, and 活跃率<90% is text. */
static void test_html_table(void) {
  const char *src = "# 考核评分表\n"
                    "\n"
                    "<table>\n"
                    "<thead>\n"
                    "<tr class=\"header\">\n"
                    "<th>序号</th>\n"
                    "<th>考核内容</th>\n"
                    "<th>分值</th>\n"
                    "</tr>\n"
                    "</thead>\n"
                    "<tbody>\n"
                    "<tr class=\"odd\">\n"
                    "<td>1</td>\n"
                    "<td><p>每月在“网格通”上报日志<br />不少于30条</p>\n"
                    "<p>少一条扣<span>0.5</span>分</p></td>\n"
                    "<td>10</td>\n"
                    "</tr>\n"
                    "</tbody>\n"
                    "</table>\n"
                    "<table><tr><th>单位</th><th>人数</th></tr>\n"
                    "<tr><td>某村</td><td>5</td></tr></table>\n"
                    "\n"
                    "| 项目 | 标准 |\n"
                    "|---|---|\n"
                    "| 平台 | 活跃率<br>不低于90% |\n"
                    "\n"
                    "活跃率<90%的扣<b>2分</b>。\n";
  loaded l = load_str("h.md", src);
  CHECK_INT(l.st, JF_OK);
  jf_doc *d = l.doc;
  if (!d) {
    unload(&l);
    return;
  }
  const char *want[] = {"考核评分表", "序号", "考核内容", "分值", "1",
                        "每月在“网格通”上报日志不少于30条", "少一条扣0.5分", "10",
                        "单位", "人数", "某村", "5", "项目", "标准", "平台",
                        "活跃率不低于90%", "活跃率<90%的扣2分。"};
  size_t n = sizeof want / sizeof want[0];
  CHECK_INT((int)d->n_clauses, (int)n);
  for (size_t i = 0; i < n && i < d->n_clauses; i++) CHECK_STR(d->clauses[i].norm.text, want[i]);
  if (d->n_clauses == n) {
    unsigned hdr = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_HEADING;
    unsigned row = JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCORED;
    for (size_t i = 1; i <= 3; i++) CHECK_INT((int)d->clauses[i].flags, (int)hdr);
    for (size_t i = 4; i <= 7; i++) {
      CHECK_INT((int)d->clauses[i].flags, (int)row);
      CHECK_INT(d->clauses[i].item, 0);
    }
    CHECK_POS(l, &d->clauses[5], 14, 8);
    const char *at = strstr(d->clauses[5].norm.text, "不少于");
    if (at) CHECK_INT((int)d->clauses[5].norm.start[at - d->clauses[5].norm.text],
                      (int)(strstr(src, "不少于30条") - src));
    CHECK_INT((int)d->clauses[8].flags, (int)hdr);
    CHECK_INT((int)d->clauses[10].flags, JF_CLAUSE_TABLE_ROW);
    CHECK_INT(d->clauses[10].item, d->clauses[11].item);
    CHECK(d->clauses[10].item != d->clauses[4].item);
    CHECK_INT(d->clauses[16].item, -1);
  }
  unload(&l);
}

int main(void) {
  test_kind();
  test_yaml_sample();
  test_yaml_errors();
  test_yaml_misc();
  test_text();
  test_text_lists();
  test_nested_scoring();
  test_markdown();
  test_tab_table();
  test_spaced_table();
  test_score_header();
  test_spaced_wrapped();
  test_spaced_every_row_wrapped();
  test_spaced_numbered();
  test_spaced_centred();
  test_grid_table();
  test_html_table();
  test_column_tables();
  test_front_matter();
  test_setext_and_rules();
  test_cancelled_row();
  test_problem_section();
  test_cancelled_by_next();
  test_crlf_text();
  test_empty_text();
  test_title_or_wrapped();
  test_question_answer();
  test_spaced_heading();
  test_wrapped_item();
  test_page_marks();
  return CHECK_DONE();
}
