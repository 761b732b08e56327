/* word_filter.h — a quick "can a word of this list occur in this text?"
 * before the C helpers scan a text with a word list's automaton. Private.
 *
 * Most scans of a clause find nothing (on the bench corpus 70 % of the bytes
 * the helpers scanned held no word of the list at all), and a scan is bound
 * by the latency of one table load per byte. A word occurs in a text only if
 * its byte pairs do, so each word is given two probes (two of its byte pairs)
 * and the text a map of the pairs it holds: when no word has both probes in
 * the text, no word occurs and the scan can be skipped. The answer is never
 * "no" when a word occurs; "yes" may be wrong. */
#ifndef JF_WORD_FILTER_H
#define JF_WORD_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The longest text the filter learns; longer texts are always scanned. */
#define JF_WF_MAX_TEXT 1024

/* The longest list given probes: past a few dozen words, testing every
 * word's probes costs about what the scan it could save does (the cheat
 * list of 49 words still gained; measured on the bench corpus). Lists
 * without probes are always scanned. */
#define JF_WF_MAX_WORDS 64

/* Two probes per word, for words[0, n) (lens[i] bytes each): malloc'd 2n
 * entries, NULL when out of memory. A one-byte word gets probes every text
 * has, an empty word probes no text has (the automata leave empty words out,
 * so they never match). */
uint16_t *jf_wf_probes(const char *const *words, const size_t *lens, size_t n);

/* Can a word with probes[0, 2n) occur in t[0, len) (or in any part of it)?
 * False only when none can. Learns t, keeping it for the next call (one text
 * per thread: the helpers ask about the same clause text many times). */
bool jf_wf_may_occur(const uint16_t *probes, size_t n, const char *t, size_t len);

/* The last answer given for one list of probes, and the text it was about. */
typedef struct jf_wf_memo {
  uint64_t text; /* the learning of the text asked about; 0: none */
  bool may;
} jf_wf_memo;

/* jf_wf_may_occur, answered from *memo when it holds the answer for the
 * text learnt (a helper asks about the same list and clause text again and
 * again: a third of the calls on the bench corpus); else computed and kept
 * there. *memo starts zeroed and belongs to these probes: a list's memo
 * must not be used with another list's probes. */
bool jf_wf_may_occur_memo(const uint16_t *probes, size_t n, const char *t, size_t len,
                          jf_wf_memo *memo);

#endif
