/* report_impl.h — what the reporters share (private). */
#ifndef JF_REPORT_IMPL_H
#define JF_REPORT_IMPL_H

#include <jansson.h>
#include <string.h>
#include "jianfu/report.h"

/* A growable output buffer (report_write.c). On out of memory it keeps what
 * it has and drops further writes. */
typedef struct jf_jbuf {
  char *p;
  size_t len, cap;
  bool oom;
} jf_jbuf;

/* Make room for more bytes; false (and oom set) when there is none. */
bool jf_jb_grow(jf_jbuf *b, size_t more);
/* Inline: most writes are a few bytes, which the compiler copies itself. */
static inline void jf_jb_put(jf_jbuf *b, const char *s, size_t n) {
  if (b->cap - b->len < n && !jf_jb_grow(b, n)) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
}
/* s as a quoted JSON string, escaped as jansson does. False, with nothing
 * written, when jansson would refuse it: s NULL or not valid UTF-8. */
bool jf_jb_str(jf_jbuf *b, const char *s);
void jf_jb_flush(jf_jbuf *b, FILE *out);
void jf_jb_free(jf_jbuf *b);

/* Writes JSON into a jf_jbuf laid out as jansson's json_dumpf with
 * JSON_COMPACT (indent 0) or JSON_INDENT(indent). depth counts the open
 * containers; n[d] the members written so far at depth d. */
#define JF_JW_MAX_DEPTH 16
typedef struct jf_jw {
  jf_jbuf *b;
  int indent;
  int depth;
  size_t n[JF_JW_MAX_DEPTH];
} jf_jw;

/* A point to go back to when a value turns out to be refused, so that the
 * member is left out as jansson leaves out a NULL value. */
typedef struct jf_jw_mark {
  size_t len, n;
} jf_jw_mark;

jf_jw_mark jf_jw_save(const jf_jw *w);
void jf_jw_restore(jf_jw *w, jf_jw_mark m);
void jf_jw_item(jf_jw *w);                  /* before an array element */
/* "key": (key needs no escaping); inline so that a literal's length is
 * known where it is written */
void jf_jw_key_n(jf_jw *w, const char *key, size_t n);
static inline void jf_jw_key(jf_jw *w, const char *key) { jf_jw_key_n(w, key, strlen(key)); }
void jf_jw_open(jf_jw *w, char c);          /* '{' or '[' */
void jf_jw_close(jf_jw *w, char c);         /* '}' or ']' */
void jf_jw_int(jf_jw *w, long long v);
bool jf_jw_kv_str(jf_jw *w, const char *key, const char *s); /* left out when refused */
void jf_jw_kv_int_n(jf_jw *w, const char *key, size_t n, long long v);
static inline void jf_jw_kv_int(jf_jw *w, const char *key, long long v) {
  jf_jw_kv_int_n(w, key, strlen(key), v);
}
void jf_jw_kv_raw(jf_jw *w, const char *key, const char *raw);
void jf_jw_kv_strv(jf_jw *w, const char *key, char *const *v, size_t n);
/* A finding's evidence_json as the value jansson would print after parsing
 * it ({} when it does not parse). */
void jf_jw_evidence(jf_jw *w, const char *ev);
/* The same for f->evidence_json, copied unchecked when the engine marked it
 * canonical (finding_int.h: canonical_evidence). */
void jf_jw_finding_evidence(jf_jw *w, const jf_finding *f);
/* Is json exactly jansson's compact dump of its own parse? */
bool jf_json_canonical(const char *json);
/* Pre-written "basis" and "precedents" members, per rule (report_write.c). */
typedef struct jf_frag_cache jf_frag_cache;
jf_frag_cache *jf_frag_cache_new(void); /* NULL when out of memory: no cache */
void jf_frag_cache_free(jf_frag_cache *c);
/* The "rule", "category" and "severity" members of f; c may be NULL. */
void jf_jw_rule_head(jf_jw *w, jf_frag_cache *c, const jf_finding *f);
/* The "basis" and "precedents" members of f; c may be NULL. */
void jf_jw_basis_precedents(jf_jw *w, jf_frag_cache *c, const jf_finding *f);
/* The finding's members of the OUTPUT.md object, in its order. */
void jf_report_finding_write(jf_jw *w, jf_frag_cache *c, const jf_finding *f);

struct jf_reporter {
  jf_format fmt;
  FILE *out;
  const jf_ruleset *rules;
  jf_report_opts opts;
  size_t files, findings, errors, suppressed;
  size_t by_sev[3];
  size_t files_with_findings;
  json_t *acc;      /* junit cases collected until finish */
  jf_jbuf out_buf;  /* json: the file object being written */
  jf_jbuf sarif;    /* sarif: the results array's elements, until finish */
  size_t n_sarif;   /* how many results are in it */
  jf_frag_cache *frags;
  json_t *run_errs; /* run-level errors */
};

/* Counts shared by every format; call once per file. */
void jf_report_count(jf_reporter *r, const jf_result *res);
json_t *jf_report_error_json(const jf_error *e);

void jf_report_text_file(jf_reporter *r, const jf_result *res);
void jf_report_text_finish(jf_reporter *r);
void jf_report_json_begin(jf_reporter *r);
void jf_report_json_file(jf_reporter *r, const jf_result *res);
void jf_report_json_finish(jf_reporter *r);
void jf_report_sarif_file(jf_reporter *r, const jf_result *res);
void jf_report_sarif_finish(jf_reporter *r);
void jf_report_junit_file(jf_reporter *r, const jf_result *res);
void jf_report_junit_finish(jf_reporter *r);
void jf_report_github_file(jf_reporter *r, const jf_result *res);
void jf_report_github_finish(jf_reporter *r);

#endif
