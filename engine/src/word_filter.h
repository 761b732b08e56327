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

/* Two probes per word, for words[0, n) (lens[i] bytes each): malloc'd 2n
 * entries, NULL when out of memory. A one-byte word gets probes every text
 * has, an empty word probes no text has (the automata leave empty words out,
 * so they never match). */
uint16_t *jf_wf_probes(const char *const *words, const size_t *lens, size_t n);

/* Can a word with probes[0, 2n) occur in t[0, len) (or in any part of it)?
 * False only when none can. Learns t, keeping it for the next call (one text
 * per thread: the helpers ask about the same clause text many times). */
bool jf_wf_may_occur(const uint16_t *probes, size_t n, const char *t, size_t len);

#endif
