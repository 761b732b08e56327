/* jianfu/result.h — findings and errors of one checked file.
 *
 * A jf_result is what every reporter prints and what the store records. It
 * owns all of its strings. Field meanings follow shared/spec/OUTPUT.md.
 *
 * A finding owns its strings in one of two ways. Built by hand (storage ==
 * NULL), every string and the basis/precedents arrays are separate malloc'd
 * blocks, each freed by jf_finding_clear. The engine instead puts message,
 * locator, excerpt and evidence_json into one malloc'd block, `storage`, and
 * points rule, category, basis and precedents (and message, when it is the
 * rule's title) into a block of its rule's strings that all of the rule's
 * findings share, reference counted; jf_finding_clear frees the one and
 * releases the other instead: fewer allocations and bytes per finding, and a
 * result still outlives the engine that made it. Such fields are read-only;
 * to change one, clear the finding or build a new one. A finding may be
 * moved (copied as a struct, the original dropped without clearing).
 * suppress_reason is always a separate block. */
#ifndef JIANFU_RESULT_H
#define JIANFU_RESULT_H

#include "common.h"

typedef enum jf_severity { JF_SEV_INFO = 0, JF_SEV_WARNING = 1, JF_SEV_ERROR = 2 } jf_severity;

JF_API const char *jf_severity_str(jf_severity s); /* "info", "warning", "error" */
/* Parse "error"/"warning"/"info"; false when unknown. */
JF_API bool jf_severity_parse(const char *s, jf_severity *out);

typedef struct jf_finding {
  char *rule;
  char *category;
  jf_severity severity;
  char *message;
  int line, column;         /* 1-based; column in code points of the original */
  int end_line, end_column; /* position just past the span (exclusive) */
  size_t start, end;        /* source byte offsets of the span */
  char *locator;            /* YAML path or NULL */
  char *excerpt;            /* original text of the clause */
  size_t excerpt_offset;    /* source byte offset where the excerpt starts */
  char *evidence_json;      /* compact JSON object, keys sorted; "{}" if none */
  char **basis;
  size_t n_basis;
  char **precedents;
  size_t n_precedents;
  bool suppressed;
  char *suppress_reason; /* NULL unless suppressed */
  void *storage;         /* NULL, or the one block behind the fields above */
} jf_finding;

typedef struct jf_result {
  char *path;     /* as given on the command line, or relative to it */
  char *format;   /* "yaml", "text", "markdown" or NULL if never loaded */
  char *encoding; /* NULL if never decoded */
  char sha256[65];
  char *title;  /* document title, or NULL */
  char *issuer; /* scheme.issuer, or NULL */
  jf_finding *findings;
  size_t n_findings, cap_findings;
  jf_error *errors;
  size_t n_errors, cap_errors;
} jf_result;

JF_API jf_result *jf_result_new(const char *path);
JF_API void jf_result_free(jf_result *r);
/* Append a zeroed finding owned by r; NULL when out of memory. */
JF_API jf_finding *jf_result_add_finding(jf_result *r);
/* Append an error (moved from *e, which is left cleared). */
JF_API jf_status jf_result_add_error(jf_result *r, jf_error *e);
/* Sort findings by (line, column, rule) so output is stable. */
JF_API void jf_result_sort(jf_result *r);
JF_API void jf_finding_clear(jf_finding *f);

#endif
