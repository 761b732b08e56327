/* jianfu/doc.h — the document model: a file as a sequence of clauses.
 *
 * A loader (load.h) turns a decoded source into a jf_doc. Each clause keeps
 * its exact source span and where it sits (a YAML path, or a heading/list
 * position), its normalized text (normalize.h) and, once analysed, what it
 * says (analyze.h). A doc owns its clauses and borrows nothing but the
 * jf_source it was loaded from, which must outlive it. */
#ifndef JIANFU_DOC_H
#define JIANFU_DOC_H

#include "common.h"
#include "normalize.h"
#include "analyze.h"
#include "source.h"

typedef enum jf_doc_kind { JF_DOC_TEXT = 0, JF_DOC_MARKDOWN = 1, JF_DOC_YAML = 2 } jf_doc_kind;

/* Clause flags. */
enum {
  JF_CLAUSE_SCHEME_ITEM = 1u << 0, /* a field of a YAML scheme item */
  JF_CLAUSE_HEADING = 1u << 1,     /* a heading or the document title */
  JF_CLAUSE_LIST_ITEM = 1u << 2,   /* starts a list item (1. / 一、 / - / (一)) */
  JF_CLAUSE_TABLE_ROW = 1u << 3,   /* a cell of a table row */
  JF_CLAUSE_SCORED = 1u << 4,      /* carries a score like （5分） itself or in its item */
  JF_CLAUSE_PROBLEMS = 1u << 5,    /* under a heading that lists problems found
                                      (一、查摆出的问题) or results achieved (二、取得
                                      成效): see jf_heading_lists_problems and
                                      jf_heading_states_results */
  JF_CLAUSE_PLANS = 1u << 6,       /* under a heading of the next steps (三、下一步
                                      工作): see jf_heading_plans_ahead */
  JF_CLAUSE_CANCELLED = 1u << 7,   /* the clause after it in its paragraph cancels or
                                      corrects it, with no object of its own
                                      (…打卡不少于1次。现已取消。) */
  JF_CLAUSE_TARGET = 1u << 8,      /* a cell in a table's column of targets: its header
                                      names a target or quota (活跃率目标, 下载任务数),
                                      so a bare figure in it is the bound it sets */
};

typedef struct jf_clause {
  size_t start, end; /* source byte range [start, end) of the clause */
  char *locator;     /* "sections[0].items[1].criterion", "line 12"; owned */
  uint16_t flags;    /* JF_CLAUSE_* */
  int16_t column;    /* a table cell's column (0 the first), -1 if none or not known */
  int item;          /* index of the scheme item or list item it belongs to, -1 if none */
  jf_norm norm;      /* normalized text; owned */
  jf_analysis *an;   /* NULL until jf_doc_analyze (the engine analyses a clause
                        when first read: doc_int.h); owned */
} jf_clause;

typedef struct jf_doc {
  jf_doc_kind kind;
  const jf_source *src; /* borrowed */
  char *title;          /* normalized title text or NULL; owned */
  char *issuer;         /* YAML scheme.issuer or NULL; owned */
  bool assessment;      /* the title makes it an assessment plan */
  jf_clause *clauses;
  size_t n_clauses;
  size_t cap_clauses;
} jf_doc;

JF_API jf_doc *jf_doc_new(jf_doc_kind kind, const jf_source *src);
JF_API void jf_doc_free(jf_doc *doc);

/* Append a clause for raw text (valid UTF-8) whose byte i sits at source
 * offset raw_map[i] (or start + i when raw_map is NULL); normalizes it.
 * Copies locator. Returns the new clause, or NULL when out of memory. */
JF_API jf_clause *jf_doc_add_clause(jf_doc *doc, const char *raw, size_t len,
                                    const uint32_t *raw_map, size_t start, size_t end,
                                    const char *locator, unsigned flags, int item);

/* Run jf_analyze on every clause (sets doc->assessment from the title). */
JF_API jf_status jf_doc_analyze(jf_doc *doc);

JF_API const char *jf_doc_kind_str(jf_doc_kind kind); /* "text", "markdown", "yaml" */

#endif
