/* doc_int.h — deferred clauses: the engine's bounded-memory path (private).
 *
 * A deferred document keeps only each clause's span, flags and item while it
 * is loaded; its normalized text and analysis are made on demand
 * (jf_doc_prepare) and dropped again once the rules are done with them
 * (jf_doc_release), so a large file never holds every clause's text and
 * byte maps at once. Only clauses that are a plain slice of the source
 * (text and Markdown) are deferred; any other clause is normalized when it
 * is added, as for an ordinary document, and is never released. Public
 * callers of jf_load get ordinary documents. */
#ifndef JF_DOC_INT_H
#define JF_DOC_INT_H

#include "jianfu/doc.h"
#include "jianfu/load.h"

/* A new document whose source-slice clauses are deferred. */
jf_doc *jf_doc_new_deferred(jf_doc_kind kind, const jf_source *src);
bool jf_doc_deferred(const jf_doc *doc);
/* Normalize (and, once jf_doc_analyze has run, analyse) clauses [lo, hi)
 * that are not ready. */
jf_status jf_doc_prepare(jf_doc *doc, size_t lo, size_t hi);
/* Only normalize them: the engine analyses a clause only when some rule may
 * read its analysis (jf_doc_prepare then does the rest). */
jf_status jf_doc_normalize(jf_doc *doc, size_t lo, size_t hi);
/* Drop the normalized text and analysis of deferred clauses in [lo, hi). */
void jf_doc_release(jf_doc *doc, size_t lo, size_t hi);

/* jf_load, with text and Markdown loaded as deferred documents. */
jf_status jf_load_deferred(const jf_source *src, jf_doc_kind kind, jf_doc **out, jf_error *err);
jf_status jf_load_text_ex(const jf_source *src, jf_doc_kind kind, bool defer, jf_doc **out,
                          jf_error *err);

#endif
