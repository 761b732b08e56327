/* doc.c — the document container: clauses with spans, locators, normalized
 * text and analysis. Loaders fill it; the engine walks it. */
#include <stdlib.h>
#include <string.h>

#include "jianfu/doc.h"

jf_doc *jf_doc_new(jf_doc_kind kind, const jf_source *src) {
  jf_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->kind = kind;
  d->src = src;
  return d;
}

void jf_doc_free(jf_doc *doc) {
  if (!doc) return;
  for (size_t i = 0; i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    free(c->locator);
    jf_norm_free(&c->norm);
    jf_analysis_free(c->an);
  }
  free(doc->clauses);
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
  if (jf_normalize(raw, len, raw_map, (uint32_t)start, &c->norm) != JF_OK) {
    free(c->locator);
    return NULL;
  }
  doc->n_clauses++;
  return c;
}

jf_status jf_doc_analyze(jf_doc *doc) {
  if (doc->title) doc->assessment = jf_title_is_assessment(doc->title, strlen(doc->title));
  for (size_t i = 0; i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    jf_analyze_ctx ctx = {
      .scheme_item = (c->flags & JF_CLAUSE_SCHEME_ITEM) != 0,
      .assessment_doc = doc->assessment,
    };
    jf_analysis_free(c->an);
    c->an = jf_analyze(c->norm.text, c->norm.len, &ctx);
    if (!c->an) return JF_ENOMEM;
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
