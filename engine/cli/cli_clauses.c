/* cli_clauses.c — `jianfu clauses [--json] PATH...`: each clause as a rule
 * sees it (span, locator, normalized text and what the analyser read in
 * it). A rule author's window into the engine, and what the tests use to
 * check that spans map back to the original text. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define CLAUSES_MAX (64 << 20)

static const char *link_name(jf_link_kind k) {
  static const char *n[] = {NULL, "explicit", "scheme", "document"};
  return k <= JF_LINK_DOCUMENT ? n[k] : NULL;
}

static json_t *slice(const jf_clause *c, jf_span s) {
  uint32_t a = s.start < c->norm.len ? s.start : (uint32_t)c->norm.len;
  uint32_t b = s.end < c->norm.len ? s.end : (uint32_t)c->norm.len;
  return json_stringn(c->norm.text + a, b > a ? b - a : 0);
}

static json_t *clause_json(const jf_doc *doc, const jf_clause *c) {
  int l, col, el, ec;
  jf_source_position(doc->src, c->start, &l, &col);
  jf_source_position(doc->src, c->end, &el, &ec);
  json_t *o = json_pack("{s:i,s:i,s:i,s:i}", "line", l, "column", col, "end_line", el,
                        "end_column", ec);
  if (c->locator) json_object_set_new(o, "locator", json_string(c->locator));
  json_t *flags = json_array();
  static const struct { unsigned bit; const char *name; } fl[] = {
    {JF_CLAUSE_SCHEME_ITEM, "scheme-item"}, {JF_CLAUSE_HEADING, "heading"},
    {JF_CLAUSE_LIST_ITEM, "list-item"}, {JF_CLAUSE_TABLE_ROW, "table-row"},
    {JF_CLAUSE_SCORED, "scored"}, {JF_CLAUSE_TARGET, "target"}};
  for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++)
    if (c->flags & fl[i].bit) json_array_append_new(flags, json_string(fl[i].name));
  json_object_set_new(o, "flags", flags);
  if (c->item >= 0) json_object_set_new(o, "item", json_integer(c->item));
  json_object_set_new(o, "text", json_stringn(c->norm.text, c->norm.len));
  json_object_set_new(o, "original",
                      json_stringn(jf_source_text(doc->src) + c->start, c->end - c->start));
  const jf_analysis *a = c->an;
  if (!a) return o;
  json_t *v = json_array();
  for (size_t i = 0; i < a->n_thresholds; i++)
    json_array_append_new(v, json_pack("{s:s,s:f,s:s,s:o}", "op", jf_op_str(a->thresholds[i].op),
                                       "value", a->thresholds[i].value, "unit",
                                       a->thresholds[i].unit, "text",
                                       slice(c, a->thresholds[i].span)));
  json_object_set_new(o, "thresholds", v);
  v = json_array();
  for (size_t i = 0; i < a->n_numbers; i++)
    json_array_append_new(v, json_pack("{s:f,s:s,s:o}", "value", a->numbers[i].value, "unit",
                                       a->numbers[i].unit, "text", slice(c, a->numbers[i].span)));
  json_object_set_new(o, "numbers", v);
  v = json_array();
  for (size_t i = 0; i < a->n_frequencies; i++)
    json_array_append_new(v, json_pack("{s:s,s:o}", "period", a->frequencies[i].period, "text",
                                       slice(c, a->frequencies[i].span)));
  json_object_set_new(o, "frequencies", v);
  v = json_array();
  for (size_t i = 0; i < a->n_penalties; i++)
    json_array_append_new(v, json_pack("{s:s,s:f,s:o}", "kind", a->penalties[i].kind, "points",
                                       a->penalties[i].points, "text",
                                       slice(c, a->penalties[i].span)));
  json_object_set_new(o, "penalties", v);
  v = json_array();
  for (size_t i = 0; i < a->n_prohibitions; i++)
    json_array_append_new(v, json_pack("{s:s,s:o,s:o}", "kind", a->prohibitions[i].kind, "word",
                                       slice(c, a->prohibitions[i].trigger), "scope",
                                       slice(c, a->prohibitions[i].scope)));
  json_object_set_new(o, "prohibitions", v);
  if (link_name(a->link)) {
    json_t *lk = json_pack("{s:s}", "kind", link_name(a->link));
    if (a->link == JF_LINK_EXPLICIT) json_object_set_new(lk, "word", slice(c, a->link_span));
    json_object_set_new(o, "link", lk);
  }
  return o;
}

static void print_text(const char *path, const json_t *doc) {
  size_t i;
  json_t *c;
  printf("%s: title %s%s\n", path, json_string_value(json_object_get(doc, "title")) ?: "(none)",
         json_is_true(json_object_get(doc, "assessment")) ? " (an assessment plan)" : "");
  json_array_foreach(json_object_get(doc, "clauses"), i, c) {
    printf("%s:%lld:%lld", path, json_integer_value(json_object_get(c, "line")),
           json_integer_value(json_object_get(c, "column")));
    size_t k;
    json_t *f;
    json_array_foreach(json_object_get(c, "flags"), k, f) printf(" [%s]", json_string_value(f));
    if (json_object_get(c, "locator"))
      printf(" %s", json_string_value(json_object_get(c, "locator")));
    printf("\n  %s\n", json_string_value(json_object_get(c, "text")));
    static const char *parts[] = {"thresholds", "frequencies", "penalties", "prohibitions"};
    for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++) {
      json_t *arr = json_object_get(c, parts[p]);
      if (!json_array_size(arr)) continue;
      printf("  %s:", parts[p]);
      json_array_foreach(arr, k, f) {
        char *s = json_dumps(f, JSON_COMPACT);
        printf(" %s", s ? s : "?");
        free(s);
      }
      printf("\n");
    }
    json_t *lk = json_object_get(c, "link");
    if (lk) {
      char *s = json_dumps(lk, JSON_COMPACT);
      printf("  link: %s\n", s ? s : "?");
      free(s);
    }
  }
}

int cli_clauses(int argc, char **argv) {
  bool as_json = false;
  int rc = EXIT_CLEAN;
  cli_paths files = {0};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0) as_json = true;
    else if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "jianfu: unknown option '%s'\n", argv[i]);
      return EXIT_TROUBLE;
    } else cli_paths_expand(&files, argv[i]);
  }
  if (!files.n) {
    fprintf(stderr, "jianfu: clauses needs a PATH\n");
    return EXIT_TROUBLE;
  }
  json_t *all = json_array();
  for (size_t i = 0; i < files.n; i++) {
    const char *path = files.v[i];
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0;
    jf_source *src = NULL;
    jf_doc *doc = NULL;
    jf_error err = {0};
    if (!f) {
      fprintf(stderr, "jianfu: %s: cannot open\n", path);
      rc = EXIT_TROUBLE;
      continue;
    }
    FILE *mem = open_memstream(&buf, &len);
    char chunk[65536];
    size_t n, total = 0;
    /* the same limit as check: a huge file is an error, not an out-of-memory */
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && (total += n) <= CLAUSES_MAX)
      fwrite(chunk, 1, n, mem);
    fclose(mem);
    if (f != stdin) fclose(f);
    if (total > CLAUSES_MAX) {
      fprintf(stderr, "jianfu: %s: file too large: more than %d bytes\n", path, CLAUSES_MAX);
      rc = EXIT_TROUBLE;
      free(buf);
      continue;
    }
    if (jf_source_decode(buf, len, path, &src, &err) != JF_OK ||
        jf_load(src, jf_load_kind_for_path(path), &doc, &err) != JF_OK ||
        jf_doc_analyze(doc) != JF_OK) {
      fprintf(stderr, "jianfu: %s:%d: %s\n", path, err.line, err.message ? err.message : "error");
      rc = EXIT_TROUBLE;
    } else {
      json_t *d = json_pack("{s:s,s:s,s:b}", "path", path, "format", jf_doc_kind_str(doc->kind),
                            "assessment", doc->assessment);
      if (doc->title) json_object_set_new(d, "title", json_string(doc->title));
      json_t *cs = json_array();
      for (size_t k = 0; k < doc->n_clauses; k++)
        json_array_append_new(cs, clause_json(doc, &doc->clauses[k]));
      json_object_set_new(d, "clauses", cs);
      if (as_json) json_array_append_new(all, d);
      else {
        print_text(path, d);
        json_decref(d);
      }
    }
    jf_error_clear(&err);
    jf_doc_free(doc);
    jf_source_free(src);
    free(buf);
  }
  if (as_json) {
    json_dumpf(all, stdout, JSON_INDENT(1));
    putchar('\n');
  }
  json_decref(all);
  cli_paths_free(&files);
  return rc;
}
