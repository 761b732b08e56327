/* word_filter.c — see word_filter.h. */
#include "word_filter.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Out of line and not specialised for the one thread-local block they are
 * given: GCC's clone takes the block's address as a constant and then finds
 * it again (from the thread pointer) at every byte. */
#if defined(__GNUC__) && !defined(__clang__)
#define OUT_OF_LINE __attribute__((noipa))
#else
#define OUT_OF_LINE __attribute__((noinline))
#endif

/* Entries of the map: a byte pair (a, b) is ((a & 63) << 6) | (b & 63), so
 * pairs of UTF-8 continuation bytes (the last two bytes of a CJK character,
 * which tell characters apart best) never share an entry; ALWAYS is set for
 * every text (one-byte words are not worth a map of bytes: they probe it),
 * NEVER for none (empty words, which the automata leave out). */
enum { N_PAIRS = 4096, ALWAYS = N_PAIRS, NEVER = N_PAIRS + 1, N_MAP = NEVER + 1 };

static uint16_t pair_entry(unsigned char a, unsigned char b) {
  return (uint16_t)(((a & 63u) << 6) | (b & 63u));
}

static bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* How well the pair at i tells words apart: two continuation bytes best. */
static int pair_score(const unsigned char *w, size_t i) {
  return continuation(w[i]) && continuation(w[i + 1]) ? 2 : 1;
}

uint16_t *jf_wf_probes(const char *const *words, const size_t *lens, size_t n) {
  uint16_t *p = malloc((n ? n : 1) * 2 * sizeof *p);
  if (!p) return NULL;
  for (size_t k = 0; k < n; k++) {
    const unsigned char *w = (const unsigned char *)words[k];
    size_t len = lens[k];
    uint16_t *q = &p[2 * k];
    if (len == 0) {
      q[0] = q[1] = NEVER;
    } else if (len == 1) {
      q[0] = q[1] = ALWAYS;
    } else {
      /* the first and the last of the best pairs, or the best other pair */
      size_t first = 0, last = 0;
      int best = 0;
      for (size_t i = 0; i + 1 < len; i++) {
        int s = pair_score(w, i);
        if (s > best) best = s, first = last = i;
        else if (s == best) last = i;
      }
      if (last == first) {
        int other = 0;
        for (size_t i = 0; i + 1 < len; i++)
          if (i != first && pair_score(w, i) >= other) other = pair_score(w, i), last = i;
      }
      q[0] = pair_entry(w[first], w[first + 1]);
      q[1] = pair_entry(w[last], w[last + 1]);
    }
  }
  return p;
}

/* The text last asked about and a map of the pairs it holds, one per thread.
 * An entry holds the number of the text that last had the pair: learning a
 * text is then only stores (read-modify-writes of a bit set were as slow as
 * a scan, CJK pairs falling in a few words), and forgetting one is a new
 * number. Zeroed, the map is the empty text, number 0, which has no pair. */
typedef struct seen_text {
  size_t len;
  uint64_t serial; /* which learning of a text this is: unique in the process, 0 none */
  uint8_t gen;
  uint8_t map[N_MAP];
  char text[JF_WF_MAX_TEXT];
} seen_text;

static _Thread_local seen_text seen;
/* the last serial given (a learning on any thread): a memo made on one
 * thread then never matches a text another thread learnt */
static _Atomic uint64_t last_serial;

/* Set every pair of u[0, len) in map to gen. The entries of 16 pairs are
 * made at once (SSE2) into a small array, and the stores go from there: the
 * compiler cannot keep a store through map from aliasing u. */
static void mark(uint8_t *restrict map, const unsigned char *restrict u, size_t len, uint8_t gen) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i low6 = _mm_set1_epi8(63), zero = _mm_setzero_si128();
  uint16_t e[16];
  for (; i + 17 <= len; i += 16) {
    __m128i a = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + i)), low6);
    __m128i b = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + i + 1)), low6);
    __m128i lo = _mm_or_si128(_mm_slli_epi16(_mm_unpacklo_epi8(a, zero), 6), _mm_unpacklo_epi8(b, zero));
    __m128i hi = _mm_or_si128(_mm_slli_epi16(_mm_unpackhi_epi8(a, zero), 6), _mm_unpackhi_epi8(b, zero));
    _mm_storeu_si128((__m128i *)(void *)e, lo);
    _mm_storeu_si128((__m128i *)(void *)(e + 8), hi);
#pragma GCC unroll 16
    for (int k = 0; k < 16; k++) map[e[k]] = gen;
  }
#endif
  for (; i + 1 < len; i++) map[pair_entry(u[i], u[i + 1])] = gen;
}

/* Out of line: a third of the texts asked about are new (the rest are asked
 * again), and the common path keeps its registers. */
static OUT_OF_LINE void learn(seen_text *s, const char *t, size_t len) {
  if (++s->gen == 0) { /* numbers wrap: forget them all */
    memset(s->map, 0, sizeof s->map);
    s->gen = 1;
  }
  mark(s->map, (const unsigned char *)t, len, s->gen);
  s->map[ALWAYS] = s->gen;
  if (len) memcpy(s->text, t, len);
  s->len = len;
  s->serial = atomic_fetch_add_explicit(&last_serial, 1, memory_order_relaxed) + 1;
}

/* Does a word with these probes have both in the map's text? */
static OUT_OF_LINE bool any_word(const uint8_t *restrict map, uint8_t gen,
                                 const uint16_t *restrict probes, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (map[probes[2 * k]] == gen && map[probes[2 * k + 1]] == gen) return true;
  return false;
}

bool jf_wf_may_occur(const uint16_t *probes, size_t n, const char *t, size_t len) {
  return jf_wf_may_occur_memo(probes, n, t, len, NULL);
}

bool jf_wf_may_occur_memo(const uint16_t *probes, size_t n, const char *t, size_t len,
                          jf_wf_memo *memo) {
  if (!probes || len > JF_WF_MAX_TEXT) return true;
  seen_text *s = &seen;
  if (s->len != len || (len && memcmp(s->text, t, len) != 0)) learn(s, t, len);
  if (memo && s->serial && memo->text == s->serial) return memo->may;
  bool may = any_word(s->map, s->gen, probes, n);
  if (memo) *memo = (jf_wf_memo){s->serial, may};
  return may;
}
