/* jianfu/match.h — one-pass multi-pattern prefilter (Aho-Corasick).
 *
 * Every rule declares the terms that can trigger it; the engine compiles all
 * terms of all rules into one automaton and runs it once over each clause's
 * normalized text. A rule's Lua check runs only on clauses where one of its
 * terms occurs. Terms are matched as exact bytes of normalized text. */
#ifndef JIANFU_MATCH_H
#define JIANFU_MATCH_H

#include "common.h"

typedef struct jf_matcher jf_matcher;

JF_API jf_matcher *jf_matcher_new(void);
JF_API void jf_matcher_free(jf_matcher *m);
/* Add a pattern (copied) tagged with `id` (e.g. a rule index). The same
 * bytes may be added under several ids. Must be called before compile. */
JF_API jf_status jf_matcher_add(jf_matcher *m, const char *pat, size_t len, uint32_t id);
JF_API jf_status jf_matcher_compile(jf_matcher *m);
/* Bytes of heap the matcher holds (for callers that account memory). */
JF_API size_t jf_matcher_memory(const jf_matcher *m);

/* Called once per match: pattern id, match end offset (exclusive), pattern
 * length. Return false to stop the scan. */
typedef bool (*jf_match_cb)(uint32_t id, size_t end, size_t len, void *ud);
/* Scan text; returns the number of matches reported. Thread-safe on a
 * compiled matcher. */
JF_API size_t jf_matcher_scan(const jf_matcher *m, const char *text, size_t len,
                              jf_match_cb cb, void *ud);
/* One match: pattern id and the byte span [from, to) it covers in the text. */
typedef struct jf_match {
  uint32_t id, from, to;
} jf_match;
/* A growable list of matches: zero it to start, free(v) when done. */
typedef struct jf_match_buf {
  jf_match *v;
  size_t n, cap;
} jf_match_buf;
/* Append every match in text to b (as jf_matcher_scan reports them, but
 * faster and without a callback), in no particular order. Text of more than
 * UINT32_MAX bytes is refused (JF_EUSAGE); JF_ENOMEM leaves b holding part of the matches. */
JF_API jf_status jf_matcher_scan_all(const jf_matcher *m, const char *text, size_t len,
                                     jf_match_buf *b);

#endif
