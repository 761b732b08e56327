/* doc_int.h — deferred clauses and lazy analysis: the engine's
 * bounded-memory path (private).
 *
 * A deferred document keeps only each clause's span, flags and item while it
 * is loaded; its normalized text is made on demand (jf_doc_normalize) and
 * dropped again, with any analysis, once the rules are done with it
 * (jf_doc_release), so a large file never holds every clause's text and
 * byte maps at once. Only clauses that are a plain slice of the source
 * (text and Markdown) are deferred; any other clause is normalized when it
 * is added, as for an ordinary document, and is never released. Public
 * callers of jf_load get ordinary documents.
 *
 * Once jf_doc_analyze_lazy has run, a clause (deferred or not) is analysed
 * when something first reads its analysis through jf_doc_analysis: many
 * clauses are read only as the context of another (the other fields of a
 * scheme item, the other sentences of a list item) or not at all. */
#ifndef JF_DOC_INT_H
#define JF_DOC_INT_H

#include "jianfu/doc.h"
#include "jianfu/load.h"

/* A new document whose source-slice clauses are deferred. */
jf_doc *jf_doc_new_deferred(jf_doc_kind kind, const jf_source *src);
bool jf_doc_deferred(const jf_doc *doc);
/* Normalize the clauses [lo, hi) that are not yet. */
jf_status jf_doc_normalize(jf_doc *doc, size_t lo, size_t hi);
/* Drop the normalized text and analysis of deferred clauses in [lo, hi). */
void jf_doc_release(jf_doc *doc, size_t lo, size_t hi);

/* Turn analysis on without analysing anything yet: jf_doc_analyze's part
 * that reads the title (doc->assessment). */
void jf_doc_analyze_lazy(jf_doc *doc);
/* Clause i's analysis, made on first read and kept. NULL before analysis is
 * on, for a deferred clause not normalized (or released), and when out of
 * memory (jf_doc_analysis_status then says JF_ENOMEM). Inside the engine
 * every reader of a clause's analysis goes through here, never c->an. */
const jf_analysis *jf_doc_analysis(const jf_doc *doc, size_t i);
jf_status jf_doc_analysis_status(const jf_doc *doc);
/* The clause that sets clause i's penalty from below, when i belongs to an item: a later clause
 * that opens by pointing back at the items above (以上各项未达标的,每项扣2分; 上述指标未完成的
 * 扣1分) and holds a penalty. The first such clause after i in its section covers it; else the
 * first under a later heading of penalties (四、扣分办法), which covers every section above it.
 * Its index, or -1. Readers of an
 * item's penalty and link (clause.item in the rules' view, the metric checks, evidence) read it
 * after the item's own clauses. A deferred clause found so is normalized and analysed. */
long jf_doc_blanket(const jf_doc *doc, size_t i);
/* The clauses clause i's item view reads (clause.item in the rules' view, the
 * metric checks, evidence): those k in [*lo, *hi) for which jf_doc_in_item(doc, i, k).
 * For a clause of a scheme item, a list item or a table row, the other clauses of the
 * same item. For a cell of a table's header, the cells under it: the column it names,
 * down to the table's end (| 乡镇 | APP活跃率 | over | 各乡镇 | 不低于80% |). False
 * when the clause has neither (clause.item is nil). */
bool jf_doc_item_range(const jf_doc *doc, size_t i, size_t *lo, size_t *hi);
static inline bool jf_doc_in_item(const jf_doc *doc, size_t i, size_t k) {
  return k != i && (doc->clauses[i].item >= 0 || doc->clauses[k].column == doc->clauses[i].column);
}
/* How many analyses the document has made, and how many of those it
 * copied from an earlier clause of the same text and context (test hooks). */
size_t jf_doc_analyses_made(const jf_doc *doc);
size_t jf_doc_analyses_copied(const jf_doc *doc);

/* jf_load, with text and Markdown loaded as deferred documents. */
jf_status jf_load_deferred(const jf_source *src, jf_doc_kind kind, jf_doc **out, jf_error *err);
jf_status jf_load_text_ex(const jf_source *src, jf_doc_kind kind, bool defer, jf_doc **out,
                          jf_error *err);

#endif
