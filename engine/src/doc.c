/* doc.c — the document container: clauses with spans, locators, normalized
 * text and analysis. Loaders fill it; the engine walks it. */
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "normalize_int.h"

/* The public jf_doc and what only this file knows about it. */
typedef struct doc_priv {
  jf_doc pub;     /* first: a jf_doc * is a doc_priv * */
  bool defer;     /* source-slice clauses are normalized on demand */
  bool analyzed;  /* analysis is on (jf_doc_analyze or jf_doc_analyze_lazy ran): a
                     clause with its text at hand is analysed when first read */
  bool failed;    /* an analysis ran out of memory (jf_doc_analysis_status) */
  bool mixed;     /* a clause that is not a source slice was added: never release */
  bool report;    /* the title makes it a report (jf_title_is_report), read once by
                     jf_doc_analyze rather than once per clause */
  size_t n_made;  /* analyses made, for the tests (jf_doc_analyses_made) */
  /* Normalized-text blocks of released clauses, for the next clauses to
   * write over (jf_normalize_reuse): one malloc and free per clause fewer. */
  jf_norm *spare;
  size_t n_spare, cap_spare;
} doc_priv;

/* A released block bigger than this is freed rather than kept, so that one
 * huge clause does not hold its memory until the document is freed. */
#define SPARE_MAX_CAP ((size_t)64 * 1024)

static doc_priv *priv(jf_doc *doc) { return (doc_priv *)doc; }

jf_doc *jf_doc_new(jf_doc_kind kind, const jf_source *src) {
  doc_priv *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->pub.kind = kind;
  p->pub.src = src;
  return &p->pub;
}

jf_doc *jf_doc_new_deferred(jf_doc_kind kind, const jf_source *src) {
  jf_doc *d = jf_doc_new(kind, src);
  if (d) priv(d)->defer = true;
  return d;
}

bool jf_doc_deferred(const jf_doc *doc) { return ((const doc_priv *)doc)->defer; }

/* A deferred clause is a slice of the source: its text is src[start, end). */
static bool is_deferred(const jf_doc *doc, const jf_clause *c) {
  return ((const doc_priv *)doc)->defer && !c->norm.start;
}

static jf_status analyze_clause(const jf_doc *doc, jf_clause *c) {
  jf_analyze_ctx ctx = {
    .scheme_item = (c->flags & JF_CLAUSE_SCHEME_ITEM) != 0,
    .assessment_doc = doc->assessment,
    .report_doc = ((const doc_priv *)doc)->report,
    .problem_section = (c->flags & JF_CLAUSE_PROBLEMS) != 0,
    .plan_section = (c->flags & JF_CLAUSE_PLANS) != 0,
  };
  jf_analysis_free(c->an);
  c->an = jf_analyze(c->norm.text, c->norm.len, &ctx);
  ((doc_priv *)doc)->n_made++;
  return c->an ? JF_OK : JF_ENOMEM;
}

/* The analysis is a cache of what the clause's text, flags and document
 * say, filled in on first read through a const document: a document is
 * checked by one thread at a time (each --jobs worker loads its own), so
 * nothing else reads or writes the clause meanwhile. */
const jf_analysis *jf_doc_analysis(const jf_doc *doc, size_t i) {
  jf_clause *c = &doc->clauses[i];
  if (c->an || !((const doc_priv *)doc)->analyzed || is_deferred(doc, c)) return c->an;
  if (analyze_clause(doc, c) != JF_OK) ((doc_priv *)doc)->failed = true;
  return c->an;
}

jf_status jf_doc_analysis_status(const jf_doc *doc) {
  return ((const doc_priv *)doc)->failed ? JF_ENOMEM : JF_OK;
}

size_t jf_doc_analyses_made(const jf_doc *doc) { return ((const doc_priv *)doc)->n_made; }

jf_status jf_doc_normalize(jf_doc *doc, size_t lo, size_t hi) {
  const char *text = doc->src ? jf_source_text(doc->src) : NULL;
  for (size_t i = lo; i < hi && i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    if (is_deferred(doc, c)) {
      if (!text) return JF_EUSAGE;
      doc_priv *p = priv(doc);
      if (p->n_spare) c->norm = p->spare[--p->n_spare];
      jf_status st = jf_normalize_reuse(text + c->start, c->end - c->start, NULL,
                                        (uint32_t)c->start, &c->norm);
      if (st != JF_OK) return st;
    }
  }
  return JF_OK;
}

/* Keep n's block for a later clause (or free it); n is left empty. */
static void keep_spare(doc_priv *p, jf_norm *n) {
  if (n->text && jf_norm_capacity(n) <= SPARE_MAX_CAP) {
    if (p->n_spare == p->cap_spare) {
      size_t cap = p->cap_spare ? 2 * p->cap_spare : 16;
      jf_norm *v = realloc(p->spare, cap * sizeof *v);
      if (!v) {
        jf_norm_free(n);
        return;
      }
      p->spare = v;
      p->cap_spare = cap;
    }
    p->spare[p->n_spare++] = *n;
    memset(n, 0, sizeof *n);
    return;
  }
  jf_norm_free(n);
}

void jf_doc_release(jf_doc *doc, size_t lo, size_t hi) {
  if (!priv(doc)->defer || priv(doc)->mixed) return;
  for (size_t i = lo; i < hi && i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    keep_spare(priv(doc), &c->norm);
    if (c->an) {
      jf_analysis_free(c->an);
      c->an = NULL;
    }
  }
}

void jf_doc_free(jf_doc *doc) {
  if (!doc) return;
  /* most clauses of a deferred document hold nothing by now: no calls */
  for (size_t i = 0; i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    if (c->locator) free(c->locator);
    if (c->norm.text) jf_norm_free(&c->norm);
    if (c->an) jf_analysis_free(c->an);
  }
  free(doc->clauses);
  for (size_t i = 0; i < priv(doc)->n_spare; i++) jf_norm_free(&priv(doc)->spare[i]);
  free(priv(doc)->spare);
  free(doc->title);
  free(doc->issuer);
  free(doc);
}

jf_clause *jf_doc_add_clause(jf_doc *doc, const char *raw, size_t len, const uint32_t *raw_map,
                             size_t start, size_t end, const char *locator, unsigned flags,
                             int item) {
  if (doc->n_clauses == doc->cap_clauses) {
    size_t nc = doc->cap_clauses ? doc->cap_clauses * 2 : 16;
    jf_clause *p = realloc(doc->clauses, nc * sizeof *p);
    if (!p) return NULL;
    doc->clauses = p;
    doc->cap_clauses = nc;
  }
  jf_clause *c = &doc->clauses[doc->n_clauses];
  memset(c, 0, sizeof *c);
  c->start = start;
  c->end = end;
  c->flags = flags;
  c->item = item;
  if (locator && !(c->locator = strdup(locator))) return NULL;
  if (priv(doc)->defer) {
    const char *text = doc->src ? jf_source_text(doc->src) : NULL;
    if (!raw_map && text && raw == text + start && len == end - start) {
      doc->n_clauses++; /* normalized by jf_doc_normalize */
      return c;
    }
    priv(doc)->mixed = true;
  }
  if (jf_normalize(raw, len, raw_map, (uint32_t)start, &c->norm) != JF_OK) {
    free(c->locator);
    return NULL;
  }
  doc->n_clauses++;
  return c;
}

void jf_doc_analyze_lazy(jf_doc *doc) {
  if (doc->title) doc->assessment = jf_title_is_assessment(doc->title, strlen(doc->title));
  priv(doc)->report = doc->title && jf_title_is_report(doc->title, strlen(doc->title));
  priv(doc)->analyzed = true;
}

jf_status jf_doc_analyze(jf_doc *doc) {
  jf_doc_analyze_lazy(doc);
  for (size_t i = 0; i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    if (is_deferred(doc, c)) continue; /* analysed when read once normalized */
    jf_status st = analyze_clause(doc, c);
    if (st != JF_OK) return st;
  }
  return JF_OK;
}

const char *jf_doc_kind_str(jf_doc_kind kind) {
  switch (kind) {
  case JF_DOC_TEXT: return "text";
  case JF_DOC_MARKDOWN: return "markdown";
  case JF_DOC_YAML: return "yaml";
  }
  return "text";
}
