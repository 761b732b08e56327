/* engine.c — one file through the whole pipeline.
 *
 * Responsible for: reading a file within the size limit, hashing it,
 * decoding, loading, analysing, running the prefilter once per clause and the
 * rules it selects, turning rule failures into errors with a place, honouring
 * in-source suppressions, and running the rules' own examples. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "jianfu/engine.h"
#include "jianfu/load.h"
#include "jianfu/match.h"
#include "doc_int.h"
#include "small_sort.h"
#include "source_int.h"

#define DEFAULT_MAX_FILE (64u << 20)

/* One trigger found by the prefilter, with the rule it belongs to. */
typedef struct rule_hit {
  uint32_t rule;
  jf_trigger_hit h;
} rule_hit;

/* Where a clause's hits are in jf_engine.found: [off, off + n), sorted by rule,
 * then as clause.hits. own_scan: the clause was too long to record its hits, its
 * rules find their own. */
typedef struct clause_hits {
  size_t off, n;
  bool own_scan;
} clause_hits;

struct jf_engine {
  jf_options opt;
  jf_ruleset *rules;
  jf_matcher *matcher; /* every trigger of every rule; pattern id g is trigger pat_trig[g]
                          of rule pat_rule[g] */
  uint32_t *pat_rule, *pat_trig;
  size_t n_rules;   /* rule count when prepared */
  size_t *always;   /* rules without triggers: run on every clause */
  size_t n_always;
  uint64_t *bits;   /* scratch: one bit per rule */
  uint8_t *failed;  /* scratch: rules that failed on the current file */

  /* scratch of run_rules: the trigger hits in the current group's clauses */
  jf_match_buf scan;  /* one clause's prefilter matches */
  rule_hit *found;    /* the group's hits, clause after clause */
  size_t n_found, cap_found;
  clause_hits *where; /* per clause of the group */
  size_t cap_where;
  jf_trigger_hit *given; /* one rule's hits in one clause, handed to the rule */
  size_t cap_given;
};

jf_engine *jf_engine_new(const jf_options *opt) {
  jf_engine *e = calloc(1, sizeof *e);
  if (!e) return NULL;
  if (opt) e->opt = *opt;
  if (!e->opt.max_file_size) e->opt.max_file_size = DEFAULT_MAX_FILE;
  e->rules = jf_ruleset_new(&e->opt.limits);
  if (!e->rules) {
    free(e);
    return NULL;
  }
  return e;
}

void jf_engine_free(jf_engine *e) {
  if (!e) return;
  jf_ruleset_free(e->rules);
  jf_matcher_free(e->matcher);
  free(e->always);
  free(e->bits);
  free(e->failed);
  free(e->pat_rule);
  free(e->pat_trig);
  free(e->scan.v);
  free(e->found);
  free(e->where);
  free(e->given);
  free(e);
}

jf_ruleset *jf_engine_rules(jf_engine *e) { return e->rules; }

jf_status jf_engine_load_rules(jf_engine *e, const char *path, jf_error_cb on_error, void *ud) {
  struct stat st;
  if (stat(path, &st) != 0) {
    jf_error err = {0};
    jf_error_set(&err, JF_EIO, path, 0, 0, "cannot open rules: %s", strerror(errno));
    if (on_error) on_error(&err, ud);
    jf_error_clear(&err);
    return JF_ERULE;
  }
  if (S_ISDIR(st.st_mode)) return jf_ruleset_load_dir(e->rules, path, on_error, ud);
  return jf_ruleset_load_file(e->rules, path, on_error, ud);
}

jf_status jf_engine_prepare(jf_engine *e) {
  jf_matcher_free(e->matcher);
  free(e->always);
  free(e->bits);
  free(e->failed);
  free(e->pat_rule);
  free(e->pat_trig);
  e->pat_rule = e->pat_trig = NULL;
  e->always = NULL;
  e->n_always = 0;
  e->n_rules = jf_ruleset_count(e->rules);
  size_t n_pats = 0;
  for (size_t i = 0; i < e->n_rules; i++) n_pats += jf_ruleset_rule(e->rules, i)->n_triggers;
  if (n_pats > UINT32_MAX || e->n_rules > UINT32_MAX) return JF_ENOMEM;
  e->matcher = jf_matcher_new();
  e->always = calloc(e->n_rules + 1, sizeof *e->always);
  e->bits = calloc(e->n_rules / 64 + 1, sizeof *e->bits);
  e->failed = calloc(e->n_rules + 1, 1);
  e->pat_rule = malloc((n_pats + 1) * sizeof *e->pat_rule);
  e->pat_trig = malloc((n_pats + 1) * sizeof *e->pat_trig);
  if (!e->matcher || !e->always || !e->bits || !e->failed || !e->pat_rule || !e->pat_trig)
    return JF_ENOMEM;
  /* Each trigger is its own pattern, so that a match says which rule and trigger it is:
   * the rules get their clause.hits from the prefilter's one scan. */
  uint32_t g = 0;
  for (size_t i = 0; i < e->n_rules; i++) {
    const jf_rule_info *r = jf_ruleset_rule(e->rules, i);
    if (r->n_triggers == 0) e->always[e->n_always++] = i;
    for (size_t t = 0; t < r->n_triggers; t++, g++) {
      e->pat_rule[g] = (uint32_t)i;
      e->pat_trig[g] = (uint32_t)t;
      jf_status st = jf_matcher_add(e->matcher, r->triggers[t], strlen(r->triggers[t]), g);
      if (st != JF_OK) return st;
    }
  }
  return jf_matcher_compile(e->matcher);
}

static void sha256_hex(const char *bytes, size_t len, char out[65]) {
  struct sha256_ctx ctx;
  uint8_t d[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, len, (const uint8_t *)bytes);
  sha256_digest(&ctx, sizeof d, d);
  for (size_t i = 0; i < sizeof d; i++) sprintf(out + 2 * i, "%02x", d[i]);
  out[64] = 0;
}

static void add_error(jf_result *res, jf_status st, int line, int col, const char *msg) {
  jf_error err = {0};
  jf_error_set(&err, st, res->path, line, col, "%s", msg);
  jf_result_add_error(res, &err);
}

/* --- in-source suppression -------------------------------------------------
 * `jianfu-ignore: RULE[,RULE…] -- reason` in a text line or a YAML comment
 * suppresses those rules' findings on its own line and on the next line. A
 * suppression without a reason is an error: the reason is what an inspector
 * reads when the finding is reported as suppressed. */
typedef struct suppression {
  int line;
  char *rules; /* comma-separated ids, normalized without spaces */
  char *reason;
} suppression;

static char *trim_dup(const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\t')) s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  return strndup(s, n);
}

static size_t collect_suppressions(const jf_source *src, jf_result *res, suppression **out) {
  static const char key[] = "jianfu-ignore:";
  const char *text = jf_source_text(src), *p = text;
  size_t n = 0, cap = 0;
  suppression *v = NULL;
  while ((p = strstr(p, key)) != NULL) {
    size_t off = (size_t)(p - text);
    int line, col;
    jf_source_position(src, off, &line, &col);
    const char *q = p + sizeof key - 1;
    const char *eol = strchr(q, '\n');
    if (!eol) eol = q + strlen(q);
    /* the end of an HTML/Markdown comment is not part of the reason */
    const char *close = strstr(q, "-->");
    if (close && close < eol) eol = close;
    const char *dash = strstr(q, "--");
    char *reason = NULL;
    if (dash && dash < eol) reason = trim_dup(dash + 2, (size_t)(eol - dash - 2));
    char *rules = trim_dup(q, (size_t)((dash && dash < eol ? dash : eol) - q));
    if (!reason || !*reason || !rules || !*rules) {
      add_error(res, JF_EPARSE, line, col,
                "jianfu-ignore needs a rule and a reason: 'jianfu-ignore: RULE -- reason'");
      free(reason);
      free(rules);
    } else if (n < cap || (v = realloc(v, (cap = cap ? cap * 2 : 4) * sizeof *v))) {
      v[n++] = (suppression){line, rules, reason};
    } else {
      free(reason);
      free(rules);
    }
    p = eol;
  }
  *out = v;
  return n;
}

static bool rule_listed(const char *list, const char *rule) {
  size_t n = strlen(rule);
  for (const char *p = list; *p;) {
    while (*p == ',' || *p == ' ') p++;
    const char *q = p;
    while (*q && *q != ',' && *q != ' ') q++;
    if ((size_t)(q - p) == n && strncmp(p, rule, n) == 0) return true;
    p = q;
  }
  return false;
}

static void apply_suppressions(const jf_source *src, jf_result *res) {
  if (!strstr(jf_source_text(src), "jianfu-ignore")) return;
  suppression *sv = NULL;
  size_t n = collect_suppressions(src, res, &sv);
  for (size_t i = 0; i < res->n_findings; i++) {
    jf_finding *f = &res->findings[i];
    for (size_t k = 0; k < n && !f->suppressed; k++) {
      if ((f->line == sv[k].line || f->line == sv[k].line + 1) && rule_listed(sv[k].rules, f->rule)) {
        f->suppressed = true;
        f->suppress_reason = strdup(sv[k].reason);
      }
    }
  }
  for (size_t k = 0; k < n; k++) {
    free(sv[k].rules);
    free(sv[k].reason);
  }
  free(sv);
}

/* --- running rules ---------------------------------------------------------- */

/* Run rule r on clause c; `hits` are its triggers in the clause when the
 * prefilter recorded them (given), else the rule finds them itself. */
static void run_rule(jf_engine *e, size_t r, const jf_doc *doc, size_t c,
                     const jf_trigger_hit *hits, size_t n_hits, bool given, jf_result *res) {
  if (e->failed[r]) return; /* one error per rule and file is enough */
  jf_error err = {0};
  size_t before = res->n_findings;
  jf_status st = given ? jf_ruleset_check_hits(e->rules, r, doc, c, hits, n_hits, res, &err)
                       : jf_ruleset_check(e->rules, r, doc, c, res, &err);
  for (size_t i = before; i < res->n_findings; i++)
    res->findings[i].excerpt_offset = doc->clauses[c].start;
  if (st != JF_OK) {
    e->failed[r] = 1;
    const jf_rule_info *ri = jf_ruleset_rule(e->rules, r);
    int line, col;
    jf_source_position(doc->src, doc->clauses[c].start, &line, &col);
    jf_error fe = {0};
    jf_error_set(&fe, JF_ERULE, res->path, line, col, "rule '%s' failed: %s:%d: %s", ri->id,
                 err.file ? err.file : ri->file, err.line, err.message ? err.message : "error");
    jf_result_add_error(res, &fe);
  }
  jf_error_clear(&err);
}

/* By rule, then as clause.hits lists them: by position, the longest first,
 * then by trigger index. */
static int cmp_rule_hit(const rule_hit *x, const rule_hit *y) {
  if (x->rule != y->rule) return x->rule < y->rule ? -1 : 1;
  if (x->h.from != y->h.from) return x->h.from < y->h.from ? -1 : 1;
  if (x->h.to != y->h.to) return x->h.to > y->h.to ? -1 : 1;
  return x->h.trig < y->h.trig ? -1 : x->h.trig > y->h.trig;
}

static int cmp_rule_hit_q(const void *a, const void *b) { return cmp_rule_hit(a, b); }

/* A clause has a few hits. */
JF_SMALL_SORT(sort_hits, rule_hit, cmp_rule_hit, cmp_rule_hit_q)

/* The prefilter over one normalized clause: its hits appended to e->found and
 * sorted, their place in *w. A clause too long for 32-bit offsets (which a
 * rule's own scan handles) is left to its rules. */
static jf_status scan_clause(jf_engine *e, const jf_clause *cl, clause_hits *w) {
  *w = (clause_hits){e->n_found, 0, false};
  if (cl->norm.len > UINT32_MAX / 2) {
    w->own_scan = true;
    return JF_OK;
  }
  e->scan.n = 0;
  jf_status st = jf_matcher_scan_all(e->matcher, cl->norm.text, cl->norm.len, &e->scan);
  if (st != JF_OK) return st;
  if (!e->scan.n) return JF_OK; /* e->found may still be NULL */
  if (e->n_found + e->scan.n > e->cap_found) {
    size_t cap = e->cap_found ? e->cap_found : 256;
    while (cap < e->n_found + e->scan.n) cap *= 2;
    rule_hit *v = realloc(e->found, cap * sizeof *v);
    if (!v) return JF_ENOMEM;
    e->found = v;
    e->cap_found = cap;
  }
  rule_hit *out = e->found + e->n_found;
  for (size_t i = 0; i < e->scan.n; i++) {
    const jf_match *m = &e->scan.v[i];
    out[i] = (rule_hit){e->pat_rule[m->id], {m->from, m->to, e->pat_trig[m->id]}};
  }
  sort_hits(out, e->scan.n);
  w->n = e->scan.n;
  e->n_found += e->scan.n;
  return JF_OK;
}

static bool set_rule_bit(uint32_t id, size_t end, size_t len, void *ud) {
  (void)end, (void)len;
  jf_engine *e = ud;
  uint32_t r = e->pat_rule[id];
  e->bits[r / 64] |= (uint64_t)1 << (r % 64);
  return true;
}

/* A clause left to its rules' own scans: the rules it wakes, as before the
 * prefilter recorded hits. */
static void run_clause_own_scan(jf_engine *e, const jf_doc *doc, size_t c, jf_result *res) {
  const jf_clause *cl = &doc->clauses[c];
  memset(e->bits, 0, (e->n_rules / 64 + 1) * sizeof *e->bits);
  jf_matcher_scan(e->matcher, cl->norm.text, cl->norm.len, set_rule_bit, e);
  size_t a = 0;
  for (size_t r = 0; r < e->n_rules; r++) {
    bool always = a < e->n_always && e->always[a] == r;
    if (always) a++;
    if (always || (e->bits[r / 64] >> (r % 64) & 1)) run_rule(e, r, doc, c, NULL, 0, false, res);
  }
}

/* Run on clause c the rules its hits w woke, and the rules without triggers,
 * in load order. */
static jf_status run_clause(jf_engine *e, const jf_doc *doc, size_t c, const clause_hits *w,
                            jf_result *res) {
  if (w->own_scan) {
    run_clause_own_scan(e, doc, c, res);
    return JF_OK;
  }
  if (!w->n && !e->n_always) return JF_OK;
  if (w->n > e->cap_given) {
    size_t cap = e->cap_given ? e->cap_given : 64;
    while (cap < w->n) cap *= 2;
    jf_trigger_hit *v = realloc(e->given, cap * sizeof *v);
    if (!v) return JF_ENOMEM;
    e->given = v;
    e->cap_given = cap;
  }
  /* The hits (sorted by rule) and the rules without triggers (ascending)
   * merged: each rule that either names runs once, in rule order, without
   * walking the rules that neither names. */
  const rule_hit *h = e->found + w->off, *end = h + w->n;
  size_t a = 0;
  while (h < end || a < e->n_always) {
    size_t r = h < end ? h->rule : SIZE_MAX;
    if (a < e->n_always && e->always[a] <= r) {
      r = e->always[a];
      a++;
    }
    size_t n = 0;
    for (; h < end && h->rule == r; h++) e->given[n++] = h->h;
    run_rule(e, r, doc, c, e->given, n, true, res);
  }
  return JF_OK;
}

/* The group of clauses that starts at lo: a clause with the other clauses of
 * its item, which a rule may look at. Returns its end. */
static size_t group_end(const jf_doc *doc, size_t lo) {
  size_t hi = lo + 1;
  int item = doc->clauses[lo].item;
  if (item >= 0)
    while (hi < doc->n_clauses && doc->clauses[hi].item == item) hi++;
  return hi;
}

static jf_status reserve_where(jf_engine *e, size_t n) {
  if (n <= e->cap_where) return JF_OK;
  size_t cap = e->cap_where ? e->cap_where : 64;
  while (cap < n) cap *= 2;
  clause_hits *v = realloc(e->where, cap * sizeof *v);
  if (!v) return JF_ENOMEM;
  e->where = v;
  e->cap_where = cap;
  return JF_OK;
}

/* Normalize the group [lo, hi) and scan its clauses into e->where. */
static jf_status scan_group(jf_engine *e, jf_doc *doc, size_t lo, size_t hi) {
  jf_status st = jf_doc_normalize(doc, lo, hi);
  if (st == JF_OK) st = reserve_where(e, hi - lo);
  e->n_found = 0;
  for (size_t c = lo; st == JF_OK && c < hi; c++)
    st = scan_clause(e, &doc->clauses[c], &e->where[c - lo]);
  return st;
}

static bool ends_with(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && memcmp(s + n - k, w, k) == 0;
}
/* Does the normalized line read as a document's title: no sentence
 * punctuation, comma or colon, and 关于 in it or a document's name at its end
 * (…考核细则, …实施方案; 通报 and 通知 only as …的通报, being verbs too)? A
 * first line taken for a title that is the start of a sentence broken over
 * two lines (…按周通报 / 排名，…) is none. */
static bool reads_as_title(const char *s) {
  static const char *const stop[] = {",", ":", ";", "。", "!", "?", "…"};
  static const char *const names[] = {"的通报", "的通知", "的决定", "方案", "办法", "细则", "意见",
                                      "规定", "规则", "制度", "标准", "评分表", "考核表", "纪要",
                                      "清单", "指引", "公告"};
  for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
    if (strstr(s, stop[i])) return false;
  if (strstr(s, "关于")) return true;
  size_t n = strlen(s);
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (ends_with(s, n, names[i])) return true;
  return false;
}
/* Is clause c the document's title line, with a body after it? A title names
 * what the document is about (关于第三季度“赣政通”使用情况的通报, …APP推广
 * 工作考核细则), never a criterion of its own: the body's lines are. No
 * trigger wakes a rule on it (a rule still reads doc->title); a document of
 * one line is its own body. */
static bool title_line(const jf_doc *doc, size_t c) {
  const jf_clause *cl = &doc->clauses[c];
  return doc->title && doc->n_clauses > 1 && (cl->flags & JF_CLAUSE_HEADING) && cl->norm.text &&
         strcmp(cl->norm.text, doc->title) == 0 && reads_as_title(cl->norm.text);
}

/* A table row is one criterion however many of its cells a rule sees it in
 * (the measure named in one cell, its target and deduction in the next):
 * keep each rule's first finding of the row, added from `before` on. */
static void one_per_row(jf_result *res, size_t before) {
  size_t kept = before;
  for (size_t i = before; i < res->n_findings; i++) {
    bool seen = false;
    for (size_t j = before; j < kept && !seen; j++)
      seen = strcmp(res->findings[j].rule, res->findings[i].rule) == 0;
    if (seen) jf_finding_clear(&res->findings[i]);
    else res->findings[kept++] = res->findings[i];
  }
  res->n_findings = kept;
}

/* Rules run clause by clause in document order. A deferred document's
 * clauses are normalized one group at a time (a clause with the other
 * clauses of its item, which a rule may look at) and released once the group
 * is done, so memory follows the largest item rather than the whole file.
 * A clause is analysed only when a rule first reads its analysis
 * (jf_doc_analysis): most clauses wake no rule, and many of those that do
 * are read only as the context of another clause of their item. */
static jf_status run_rules(jf_engine *e, jf_doc *doc, jf_result *res) {
  memset(e->failed, 0, e->n_rules + 1);
  bool titled = false; /* the title line passed (only the first is the title) */
  for (size_t lo = 0, hi; lo < doc->n_clauses; lo = hi) {
    hi = group_end(doc, lo);
    size_t before = res->n_findings;
    /* a header's cell reads the column under it (jf_doc_item_range), which
     * is normalized with it */
    size_t clo, chi;
    jf_status st = JF_OK;
    if (doc->clauses[lo].item < 0 && (doc->clauses[lo].flags & JF_CLAUSE_TABLE_ROW) &&
        jf_doc_item_range(doc, lo, &clo, &chi))
      st = jf_doc_normalize(doc, clo, chi);
    if (st == JF_OK) st = scan_group(e, doc, lo, hi);
    for (size_t c = lo; st == JF_OK && c < hi; c++) {
      if (!titled && title_line(doc, c)) {
        /* no trigger wakes a rule there; the rules without triggers, which
         * ask to see every clause, still run */
        titled = true;
        const clause_hits none = {0};
        st = run_clause(e, doc, c, &none, res);
        continue;
      }
      st = run_clause(e, doc, c, &e->where[c - lo], res);
    }
    if (st == JF_OK) st = jf_doc_analysis_status(doc);
    if (st != JF_OK) return st;
    if (doc->clauses[lo].flags & JF_CLAUSE_TABLE_ROW) one_per_row(res, before);
    jf_doc_release(doc, lo, hi);
  }
  return JF_OK;
}

/* Check len bytes: borrowed `bytes`, or `owned` (malloc'd, room for len + 1),
 * which is consumed: decoded in place and freed with the source, so a big
 * file is not held twice. */
static jf_status check(jf_engine *e, const char *path, const char *bytes, char *owned, size_t len,
                       jf_result **out) {
  jf_status st = JF_OK;
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  jf_error err = {0};
  jf_result *res = jf_result_new(path);
  if (owned) bytes = owned;
  if (!res) {
    free(owned);
    return JF_ENOMEM;
  }
  *out = res;
  if (!e->matcher && (st = jf_engine_prepare(e)) != JF_OK) goto out;
  sha256_hex(bytes, len, res->sha256);
  jf_doc_kind kind = jf_load_kind_for_path(path);
  res->format = strdup(jf_doc_kind_str(kind));
  if (len > e->opt.max_file_size) {
    st = JF_ETOOBIG;
    add_error(res, st, 0, 0, "file too large");
    goto out;
  }
  st = owned ? jf_source_adopt(owned, len, path, &src, &err)
             : jf_source_decode(bytes, len, path, &src, &err);
  owned = NULL;
  if (st != JF_OK) goto out;
  res->encoding = strdup(jf_source_encoding(src));
  if ((st = jf_load_deferred(src, kind, &doc, &err)) != JF_OK) goto out;
  jf_doc_analyze_lazy(doc);
  if (doc->title) res->title = strdup(doc->title);
  if (doc->issuer) res->issuer = strdup(doc->issuer);
  if ((st = run_rules(e, doc, res)) != JF_OK) {
    jf_error_set(&err, st, path, 0, 0, "out of memory checking the file");
    goto out;
  }
  apply_suppressions(src, res);
  jf_result_sort(res);
  if (res->n_errors) st = JF_ERULE;
out:
  free(owned);
  if (err.status != JF_OK) {
    /* errors from lower layers name the path they were given; keep ours */
    free(err.file);
    err.file = strdup(path);
    jf_result_add_error(res, &err);
  }
  jf_doc_free(doc);
  jf_source_free(src);
  return st;
}

jf_status jf_engine_check_buffer(jf_engine *e, const char *path, const char *bytes, size_t len,
                                 jf_result **out) {
  return check(e, path, bytes, NULL, len, out);
}

/* Read all of f, refusing more than max bytes. `hint` (the file's size, 0
 * when unknown) sizes the buffer so that a regular file is read without
 * reallocating; the buffer always has room for a final NUL. */
static jf_status read_all(FILE *f, size_t max, size_t hint, char **buf, size_t *len) {
  size_t cap = hint && hint <= max ? hint + 1 : 1 << 16, n = 0;
  char *b = malloc(cap);
  if (!b) return JF_ENOMEM;
  for (;;) {
    if (n == cap) {
      if (cap > max) {
        free(b);
        return JF_ETOOBIG;
      }
      char *nb = realloc(b, cap * 2);
      if (!nb) {
        free(b);
        return JF_ENOMEM;
      }
      b = nb;
      cap *= 2;
    }
    size_t r = fread(b + n, 1, cap - n, f);
    n += r;
    if (r == 0) break;
  }
  if (ferror(f)) {
    free(b);
    return JF_EIO;
  }
  if (n > max) {
    free(b);
    return JF_ETOOBIG;
  }
  *buf = b;
  *len = n;
  return JF_OK;
}

jf_status jf_engine_check_file(jf_engine *e, const char *path, jf_result **out) {
  bool is_stdin = strcmp(path, "-") == 0;
  char *buf = NULL;
  size_t len = 0;
  jf_status st;
  FILE *f = NULL;
  char msg[256];
  size_t size_hint = 0;
  if (!is_stdin) {
    struct stat sb;
    if (stat(path, &sb) != 0) {
      snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
      st = JF_EIO;
      goto fail;
    }
    if (S_ISDIR(sb.st_mode)) {
      snprintf(msg, sizeof msg, "is a directory");
      st = JF_EIO;
      goto fail;
    }
    if ((size_t)sb.st_size > e->opt.max_file_size) {
      snprintf(msg, sizeof msg, "file too large: %lld bytes, the limit is %zu bytes",
               (long long)sb.st_size, e->opt.max_file_size);
      st = JF_ETOOBIG;
      goto fail;
    }
    if (S_ISREG(sb.st_mode)) size_hint = (size_t)sb.st_size;
    if (!(f = fopen(path, "rb"))) {
      snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
      st = JF_EIO;
      goto fail;
    }
  }
  st = read_all(is_stdin ? stdin : f, e->opt.max_file_size, size_hint, &buf, &len);
  if (f) fclose(f);
  if (st == JF_ETOOBIG) {
    snprintf(msg, sizeof msg, "file too large: more than the limit of %zu bytes",
             e->opt.max_file_size);
    goto fail;
  }
  if (st != JF_OK) {
    snprintf(msg, sizeof msg, "cannot read: %s", jf_status_str(st));
    goto fail;
  }
  return check(e, path, NULL, buf, len, out);
fail:;
  jf_result *res = jf_result_new(path);
  if (!res) return JF_ENOMEM;
  add_error(res, st, 0, 0, msg);
  *out = res;
  return st;
}

/* --- the rules' own examples ------------------------------------------------ */

/* A scheme example becomes a one-item YAML scheme, its text a double-quoted
 * scalar, so that it goes through the real YAML loader. */
static char *scheme_for_example(const jf_example *ex) {
  size_t n = strlen(ex->text);
  const char *title = ex->title ? ex->title : "考核细则";
  char *q = malloc(n * 2 + 1), *w = q;
  if (!q) return NULL;
  for (const char *p = ex->text; *p; p++) {
    if (*p == '"' || *p == '\\') *w++ = '\\';
    if (*p == '\n') {
      *w++ = ' ';
      continue;
    }
    *w++ = *p;
  }
  *w = 0;
  char *doc = NULL;
  if (asprintf(&doc, "scheme:\n  title: \"%s\"\n  items:\n    - name: \"考核项目\"\n"
                     "      criterion: \"%s\"\n", title, q) < 0)
    doc = NULL;
  free(q);
  return doc;
}

static const char *example_verdict(jf_engine *e, const jf_rule_info *rule, const jf_example *ex,
                                   bool bad, char *why, size_t whysz) {
  char *text = NULL;
  const char *path;
  if (ex->scheme_item) {
    text = scheme_for_example(ex);
    path = "example.yaml";
  } else {
    if (asprintf(&text, "%s%s%s", ex->title ? ex->title : "", ex->title ? "\n" : "", ex->text) < 0)
      text = NULL;
    path = "example.txt";
  }
  if (!text) return "out of memory";
  jf_result *res = NULL;
  jf_engine_check_buffer(e, path, text, strlen(text), &res);
  free(text);
  size_t mine = 0;
  for (size_t i = 0; res && i < res->n_findings; i++)
    if (strcmp(res->findings[i].rule, rule->id) == 0) mine++;
  const char *verdict = NULL;
  if (res && res->n_errors) {
    snprintf(why, whysz, "error: %s", res->errors[0].message ? res->errors[0].message : "?");
    verdict = why;
  } else if (bad && mine == 0) {
    verdict = "expected a finding, got none";
  } else if (!bad && mine > 0) {
    for (size_t i = 0; i < res->n_findings; i++)
      if (strcmp(res->findings[i].rule, rule->id) == 0) {
        snprintf(why, whysz, "expected no finding, got: %s", res->findings[i].message);
        break;
      }
    verdict = why;
  }
  jf_result_free(res);
  return verdict;
}

size_t jf_engine_test_rules(jf_engine *e, jf_example_cb on_fail, size_t *n_run, void *ud) {
  size_t fails = 0, run = 0;
  char why[512];
  if (!e->matcher) jf_engine_prepare(e);
  for (size_t i = 0; i < jf_ruleset_count(e->rules); i++) {
    const jf_rule_info *r = jf_ruleset_rule(e->rules, i);
    for (int pass = 0; pass < 2; pass++) {
      bool bad = pass == 0;
      const jf_example *v = bad ? r->bad : r->good;
      size_t n = bad ? r->n_bad : r->n_good;
      for (size_t k = 0; k < n; k++) {
        run++;
        const char *verdict = example_verdict(e, r, &v[k], bad, why, sizeof why);
        if (verdict) {
          fails++;
          if (on_fail) on_fail(r, bad, &v[k], verdict, ud);
        }
      }
    }
  }
  if (n_run) *n_run = run;
  return fails;
}
