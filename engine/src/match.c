/* match.c — the prefilter: an Aho-Corasick automaton compiled to a dense DFA over byte classes.
 *
 * Why this shape:
 * - Scanning is the hot loop of every check, so it is one table load per byte: the automaton is
 *   a full DFA (failure links resolved at compile time), indexed by state and byte class, with
 *   state numbers pre-multiplied by the row width so the next state is `table[s + cls[b]]`.
 * - Byte classes keep the table small: every byte that labels a trie edge is its own class, all
 *   other bytes share class 0. ~300 Chinese terms use ~70 byte values (UTF-8 lead bytes plus
 *   continuation bytes), so a row is ~70 entries instead of 256, and compile touches 3-4× less.
 * - States with matches are numbered last, so "did anything end here?" is one compare against
 *   a threshold instead of a second load per byte.
 * - Each state's matches (its own plus those along its failure chain) are a range in one flat
 *   array of (id, len), so reporting is a short loop with no pointer chasing.
 * A compiled matcher is never written again, so any number of threads may scan it. */
#include <stdlib.h>
#include <string.h>

#include "jianfu/match.h"

typedef struct pattern {
  uint32_t off; /* into jf_matcher.pool */
  uint32_t len;
  uint32_t id;
} pattern;

typedef struct out_entry {
  uint32_t id;
  uint32_t len;
} out_entry;

struct jf_matcher {
  /* Before compile: the patterns, their bytes concatenated in pool. */
  pattern *pats;
  size_t n_pats, cap_pats;
  char *pool;
  size_t pool_len, pool_cap;
  bool compiled;

  /* After compile. */
  uint8_t cls[256];   /* byte -> class */
  uint32_t ncls;      /* row width */
  uint32_t nstates;
  uint32_t maxlen;    /* longest pattern, for the two-stream scan */
  uint32_t *table;    /* nstates * ncls entries; values are pre-multiplied state numbers */
  uint32_t match_min; /* pre-multiplied: states >= this have outputs */
  uint32_t *out_start; /* per state (not pre-multiplied): range into outs */
  uint32_t *out_count;
  out_entry *outs;
  size_t n_outs;
};

jf_matcher *jf_matcher_new(void) { return calloc(1, sizeof(jf_matcher)); }

size_t jf_matcher_memory(const jf_matcher *m) {
  if (!m) return 0;
  return sizeof *m + m->cap_pats * sizeof *m->pats + m->pool_cap +
         (size_t)m->nstates * m->ncls * sizeof *m->table +
         (size_t)m->nstates * (sizeof *m->out_start + sizeof *m->out_count) +
         m->n_outs * sizeof *m->outs;
}

/* Frees the matcher and everything it holds. No-op on NULL. */
void jf_matcher_free(jf_matcher *m) {
  if (!m) return;
  free(m->pats);
  free(m->pool);
  free(m->table);
  free(m->out_start);
  free(m->out_count);
  free(m->outs);
  free(m);
}

/* Copies pat; empty patterns are refused because they would match at every offset. */
jf_status jf_matcher_add(jf_matcher *m, const char *pat, size_t len, uint32_t id) {
  if (!m || !pat || len == 0 || m->compiled) return JF_EUSAGE;
  if (len > UINT32_MAX - m->pool_len) return JF_ENOMEM;
  if (m->n_pats == m->cap_pats) {
    size_t cap = m->cap_pats ? m->cap_pats * 2 : 64;
    pattern *p = realloc(m->pats, cap * sizeof *p);
    if (!p) return JF_ENOMEM;
    m->pats = p;
    m->cap_pats = cap;
  }
  if (m->pool_len + len > m->pool_cap) {
    size_t cap = m->pool_cap ? m->pool_cap : 1024;
    while (cap < m->pool_len + len) cap *= 2;
    char *p = realloc(m->pool, cap);
    if (!p) return JF_ENOMEM;
    m->pool = p;
    m->pool_cap = cap;
  }
  memcpy(m->pool + m->pool_len, pat, len);
  m->pats[m->n_pats++] = (pattern){(uint32_t)m->pool_len, (uint32_t)len, id};
  if (len > m->maxlen) m->maxlen = (uint32_t)len;
  m->pool_len += len;
  return JF_OK;
}

/* The child of trie state s on class c, 0 when none: the root's children
 * from its dense row, the others' from their sibling lists. */
static uint32_t child(const uint32_t *root, const uint32_t *first_kid, const uint32_t *next_sib,
                      const uint32_t *edge, uint32_t s, uint32_t c) {
  if (s == 0) return root[c];
  for (uint32_t t = first_kid[s]; t; t = next_sib[t])
    if (edge[t] == c) return t;
  return 0;
}

/* Builds the DFA. The trie is built sparse (the root's row dense, every other state's children
 * a sibling list), its failure links found by walking them, and only the final table is
 * dense: an intermediate dense trie doubled the memory a compile touched, and its pages
 * faulting in were most of a cold start's page faults. The final rows are made in BFS order,
 * each a copy of its failure target's with its own children put back, with match states
 * numbered last. */
jf_status jf_matcher_compile(jf_matcher *m) {
  if (!m || m->compiled) return JF_EUSAGE;
  jf_status st = JF_ENOMEM;
  uint32_t *root = NULL, *first_kid = NULL, *next_sib = NULL;
  uint32_t *fail = NULL, *term = NULL, *queue = NULL, *renum = NULL;
  uint32_t *own_start = NULL, *own = NULL, *kid_start = NULL, *kids = NULL;
  uint32_t *parent = NULL, *edge = NULL; /* per trie state: its parent, its edge's class */

  /* Byte classes: each byte used by some pattern gets its own class (each labels a distinct
   * trie edge somewhere, so no two can be merged); the rest share class 0. */
  bool used[256] = {false};
  uint32_t nused = 0;
  for (size_t i = 0; i < m->pool_len; i++) used[(uint8_t)m->pool[i]] = true;
  for (int b = 0; b < 256; b++) nused += used[b];
  /* When patterns use all 256 values there is no "other" class (and 257 would not fit). */
  uint32_t ncls = nused < 256 ? 1 : 0;
  for (int b = 0; b < 256; b++) m->cls[b] = used[b] ? (uint8_t)ncls++ : 0;
  m->ncls = ncls;

  size_t maxst = m->pool_len + 1;
  if ((uint64_t)maxst * ncls > UINT32_MAX) goto out;
  root = calloc(ncls ? ncls : 1, sizeof *root);
  term = malloc((m->n_pats ? m->n_pats : 1) * sizeof *term);
  parent = malloc(maxst * sizeof *parent);
  edge = malloc(maxst * sizeof *edge);
  first_kid = malloc(maxst * sizeof *first_kid);
  next_sib = malloc(maxst * sizeof *next_sib);
  if (!root || !term || !parent || !edge || !first_kid || !next_sib) goto out;

  /* Trie: 0 is the root, so 0 means "no child". Each new state notes its parent and the
   * class of its edge so that the BFS can find children in creation order. */
  uint32_t ns = 1;
  first_kid[0] = 0;
  for (size_t p = 0; p < m->n_pats; p++) {
    const uint8_t *s = (const uint8_t *)m->pool + m->pats[p].off;
    uint32_t cur = 0;
    for (uint32_t i = 0; i < m->pats[p].len; i++) {
      uint32_t c = m->cls[s[i]];
      uint32_t t = child(root, first_kid, next_sib, edge, cur, c);
      if (!t) {
        t = ns++;
        parent[t] = cur;
        edge[t] = c;
        first_kid[t] = 0;
        if (cur) {
          next_sib[t] = first_kid[cur];
          first_kid[cur] = t;
        } else {
          root[c] = t;
        }
      }
      cur = t;
    }
    term[p] = cur;
  }

  /* Own outputs per state by counting sort over pattern terminals, keeping add order. */
  own_start = calloc((size_t)ns + 1, sizeof *own_start);
  own = malloc((m->n_pats ? m->n_pats : 1) * sizeof *own);
  fail = calloc(ns, sizeof *fail);
  queue = malloc((size_t)ns * sizeof *queue);
  renum = malloc((size_t)ns * sizeof *renum);
  m->out_start = malloc((size_t)ns * sizeof *m->out_start);
  m->out_count = calloc(ns, sizeof *m->out_count);
  kid_start = calloc((size_t)ns + 1, sizeof *kid_start);
  kids = malloc((size_t)ns * sizeof *kids);
  if (!own_start || !own || !fail || !queue || !renum || !m->out_start || !m->out_count ||
      !kid_start || !kids)
    goto out;
  /* Children by parent (counting sort), in creation order. */
  for (uint32_t t = 1; t < ns; t++) kid_start[parent[t] + 1]++;
  for (uint32_t s = 0; s < ns; s++) kid_start[s + 1] += kid_start[s];
  {
    uint32_t *fill = queue; /* borrowed as a cursor; the BFS overwrites it */
    memcpy(fill, kid_start, (size_t)ns * sizeof *fill);
    for (uint32_t t = 1; t < ns; t++) kids[fill[parent[t]]++] = t;
  }
  for (size_t p = 0; p < m->n_pats; p++) own_start[term[p] + 1]++;
  for (uint32_t s = 0; s < ns; s++) own_start[s + 1] += own_start[s];
  {
    uint32_t *fill = m->out_start; /* borrowed as a cursor; overwritten below */
    memcpy(fill, own_start, (size_t)ns * sizeof *fill);
    for (size_t p = 0; p < m->n_pats; p++) own[fill[term[p]]++] = (uint32_t)p;
  }

  /* BFS: a child t of s on class c fails to the deepest state that the failure chain of s
   * reaches with a child on c (the root when none has one: its missing children lead to
   * itself). Shallower states come first, so the chain's links are known. Siblings are
   * queued in creation order; any order that visits shallower states first would do. */
  uint32_t qh = 0, qt = 0;
  queue[qt++] = 0;
  while (qh < qt) {
    uint32_t s = queue[qh++];
    for (uint32_t k = kid_start[s]; k < kid_start[s + 1]; k++) {
      uint32_t t = kids[k], c = edge[t], f = 0;
      if (s) {
        for (uint32_t g = fail[s];; g = fail[g]) {
          f = child(root, first_kid, next_sib, edge, g, c);
          if (f || !g) break;
        }
      }
      fail[t] = f;
      queue[qt++] = t;
    }
  }

  /* Output counts: own (deduplicated by id) plus the failure target's, in BFS order so the
   * failure target is counted first. Two passes: count, then fill. */
  size_t total = 0;
  for (uint32_t q = 0; q < ns; q++) {
    uint32_t s = queue[q], n = 0;
    for (uint32_t k = own_start[s]; k < own_start[s + 1]; k++) {
      bool dup = false;
      for (uint32_t j = own_start[s]; j < k && !dup; j++)
        dup = m->pats[own[j]].id == m->pats[own[k]].id;
      n += !dup;
    }
    m->out_count[s] = n + (s ? m->out_count[fail[s]] : 0);
    total += m->out_count[s];
  }
  if (total > UINT32_MAX) goto out;
  m->outs = malloc((total ? total : 1) * sizeof *m->outs);
  if (!m->outs) goto out;
  m->n_outs = total;
  size_t pos = 0;
  for (uint32_t q = 0; q < ns; q++) {
    uint32_t s = queue[q];
    m->out_start[s] = (uint32_t)pos;
    for (uint32_t k = own_start[s]; k < own_start[s + 1]; k++) {
      bool dup = false;
      for (uint32_t j = own_start[s]; j < k && !dup; j++)
        dup = m->pats[own[j]].id == m->pats[own[k]].id;
      if (!dup) m->outs[pos++] = (out_entry){m->pats[own[k]].id, m->pats[own[k]].len};
    }
    if (s) {
      uint32_t f = fail[s];
      memcpy(&m->outs[pos], &m->outs[m->out_start[f]], m->out_count[f] * sizeof *m->outs);
      pos += m->out_count[f];
    }
  }

  /* Renumber: states without outputs first (root stays 0), then states with outputs. */
  uint32_t next = 0;
  for (uint32_t s = 0; s < ns; s++)
    if (!m->out_count[s]) renum[s] = next++;
  uint32_t first_match = next;
  for (uint32_t s = 0; s < ns; s++)
    if (m->out_count[s]) renum[s] = next++;
  m->table = malloc((size_t)ns * ncls * sizeof *m->table);
  if (!m->table) goto out;
  /* The table holds pre-multiplied renumbered states. A state's row is its failure target's
   * with its own children put back (as in the BFS above), so the rows are built again in BFS
   * order from rows already renumbered: a copy and a few stores per state rather than a
   * renumbering look-up per entry. The root's missing children lead to the root, 0. */
  for (uint32_t q = 0; q < ns; q++) {
    uint32_t s = queue[q];
    uint32_t *dst = &m->table[(size_t)renum[s] * ncls];
    if (s)
      memcpy(dst, &m->table[(size_t)renum[fail[s]] * ncls], ncls * sizeof *dst);
    else
      memset(dst, 0, ncls * sizeof *dst);
    for (uint32_t k = kid_start[s]; k < kid_start[s + 1]; k++)
      dst[edge[kids[k]]] = renum[kids[k]] * ncls;
  }
  /* Permute the output ranges to the new numbering (reuse fail/queue as scratch). */
  for (uint32_t s = 0; s < ns; s++) {
    fail[renum[s]] = m->out_start[s];
    queue[renum[s]] = m->out_count[s];
  }
  memcpy(m->out_start, fail, (size_t)ns * sizeof *fail);
  memcpy(m->out_count, queue, (size_t)ns * sizeof *queue);
  m->match_min = first_match * ncls;
  m->nstates = ns;

  /* Pattern bytes are in the automaton now. */
  free(m->pats);
  free(m->pool);
  m->pats = NULL;
  m->pool = NULL;
  m->n_pats = m->cap_pats = m->pool_len = m->pool_cap = 0;
  m->compiled = true;
  st = JF_OK;
out:
  if (st != JF_OK) {
    free(m->table);
    free(m->out_start);
    free(m->out_count);
    free(m->outs);
    m->table = m->out_start = m->out_count = NULL;
    m->outs = NULL;
  }
  free(parent);
  free(edge);
  free(root);
  free(first_kid);
  free(next_sib);
  free(kid_start);
  free(kids);
  free(fail);
  free(term);
  free(queue);
  free(renum);
  free(own_start);
  free(own);
  return st;
}

/* Reports the matches ending at byte i in state s (pre-multiplied), counting them in *n;
 * false when cb asked to stop. */
static bool report(const jf_matcher *m, uint32_t s, size_t i, jf_match_cb cb, void *ud,
                   size_t *n) {
  uint32_t st = s / m->ncls;
  const out_entry *o = &m->outs[m->out_start[st]];
  for (uint32_t k = 0; k < m->out_count[st]; k++) {
    ++*n;
    if (!cb(o[k].id, i + 1, o[k].len, ud)) return false;
  }
  return true;
}

/* One stream over p[i, len) from state s (pre-multiplied), reporting as it goes; false when
 * cb asked to stop. */
static bool scan_stream(const jf_matcher *m, const uint8_t *p, size_t i, size_t len, size_t s,
                        jf_match_cb cb, void *ud, size_t *n) {
  const uint32_t *t = m->table;
  const uint8_t *cls = m->cls;
  /* size_t, so that indexing the table needs no zero extension per byte */
  size_t min = m->match_min;
  const uint8_t *q = p + i, *end = p + len;
  /* Four steps per round: matches are rare, so most rounds only step. */
  while (end - q >= 4) {
    if ((s = t[s + cls[q[0]]]) >= min) goto hit;
    q++;
    if ((s = t[s + cls[q[0]]]) >= min) goto hit;
    q++;
    if ((s = t[s + cls[q[0]]]) >= min) goto hit;
    q++;
    if ((s = t[s + cls[q[0]]]) >= min) goto hit;
    q++;
    continue;
  hit:
    if (!report(m, (uint32_t)s, (size_t)(q - p), cb, ud, n)) return false;
    q++;
  }
  for (; q < end; q++)
    if ((s = t[s + cls[*q]]) >= min && !report(m, (uint32_t)s, (size_t)(q - p), cb, ud, n))
      return false;
  return true;
}

/* Is text of len bytes long enough for two streams? The second stream's warm-up
 * (maxlen - 1 bytes) must leave it a good part of the text; 2 * maxlen + 16 also puts
 * the midpoint past maxlen - 1, so the second stream starts inside the text. */
static bool two_streams(const jf_matcher *m, size_t len) {
  return m->maxlen && len >= 2 * (size_t)m->maxlen + 16;
}

/* Matches of the second stream waiting for the first to finish. */
#define HELD_MAX 32

/* Calls cb for every (id, end, len) in scan order; returns how many were reported. Borrows
 * text for the call only.
 * A DFA step is a dependent load, so a text long enough is scanned as two streams the CPU
 * overlaps, as in jf_matcher_scan_all: [0, mid) reporting as it goes, and from
 * mid - (maxlen - 1) on, holding the matches that end at or after mid until the first stream
 * is done. Past maxlen - 1 bytes of warm-up the second stream is in the very state one stream
 * would be in (the longest suffix that is a pattern prefix is at most maxlen long), so cb sees
 * exactly the calls of a single stream, in the same order. When HELD_MAX matches are held,
 * the second stream waits and goes on alone after the first. */
size_t jf_matcher_scan(const jf_matcher *m, const char *text, size_t len, jf_match_cb cb,
                       void *ud) {
  if (!m || !m->compiled || !text || !cb) return 0;
  const uint8_t *p = (const uint8_t *)text;
  size_t n = 0;
  if (!two_streams(m, len)) {
    scan_stream(m, p, 0, len, 0, cb, ud, &n);
    return n;
  }
  const uint32_t *t = m->table;
  const uint8_t *cls = m->cls;
  size_t mid = len / 2, start2 = mid - (m->maxlen - 1);
  const uint8_t *q = p + start2;
  size_t s = 0, s2 = 0, min = m->match_min, i = 0;
  struct {
    size_t s, at;
  } held[HELD_MAX];
  size_t nh = 0;
  while (i < mid) {
    s = t[s + cls[p[i]]];
    s2 = t[s2 + cls[q[i]]];
    if (s >= min && !report(m, (uint32_t)s, i, cb, ud, &n)) return n;
    if (s2 >= min && start2 + i >= mid) {
      held[nh].s = s2;
      held[nh++].at = start2 + i;
      if (nh == HELD_MAX) {
        i++;
        break;
      }
    }
    i++;
  }
  size_t next2 = start2 + i; /* where the second stream goes on */
  if (!scan_stream(m, p, i, mid, s, cb, ud, &n)) return n;
  for (size_t k = 0; k < nh; k++)
    if (!report(m, (uint32_t)held[k].s, held[k].at, cb, ud, &n)) return n;
  scan_stream(m, p, next2, len, s2, cb, ud, &n);
  return n;
}

/* Appends the matches ending at byte i in state s (pre-multiplied) to b; false when out of
 * memory. */
static bool record(const jf_matcher *m, uint32_t s, size_t i, jf_match_buf *b) {
  uint32_t st = s / m->ncls, k = m->out_count[st];
  if (b->n + k > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + k) cap *= 2;
    jf_match *v = realloc(b->v, cap * sizeof *v);
    if (!v) return false;
    b->v = v;
    b->cap = cap;
  }
  const out_entry *o = &m->outs[m->out_start[st]];
  for (uint32_t j = 0; j < k; j++)
    b->v[b->n++] = (jf_match){o[j].id, (uint32_t)(i + 1 - o[j].len), (uint32_t)(i + 1)};
  return true;
}

/* The fast path: no callbacks. A DFA step is a dependent load (~5 cycles), so one stream
 * cannot go faster than about a byte per 5 cycles; long texts are therefore scanned as two
 * independent streams that the CPU overlaps: [0, mid) and [mid - (maxlen - 1), len). Stream 2
 * starts early enough to see whole every match ending after mid; one it sees ending before mid
 * was seen by stream 1 too and is skipped: each match is recorded once. */
jf_status jf_matcher_scan_all(const jf_matcher *m, const char *text, size_t len,
                              jf_match_buf *b) {
  if (!m || !b || (len && !text) || len > UINT32_MAX) return JF_EUSAGE;
  if (!m->compiled || m->maxlen == 0) return JF_OK;
  const uint8_t *p = (const uint8_t *)text;
  const uint32_t *t = m->table;
  const uint8_t *cls = m->cls;
  uint32_t s = 0, min = m->match_min;
  size_t i = 0;
  if (two_streams(m, len)) {
    size_t mid = len / 2, start2 = mid - (m->maxlen - 1);
    const uint8_t *q = p + start2;
    uint32_t s2 = 0;
#pragma GCC unroll 4
    for (; i < mid; i++) {
      s = t[s + cls[p[i]]];
      s2 = t[s2 + cls[q[i]]];
      if (s >= min && !record(m, s, i, b)) return JF_ENOMEM;
      if (s2 >= min && start2 + i >= mid && !record(m, s2, start2 + i, b)) return JF_ENOMEM;
    }
    s = s2;
    i = start2 + mid;
  }
#pragma GCC unroll 4
  for (; i < len; i++) {
    s = t[s + cls[p[i]]];
    if (s >= min && !record(m, s, i, b)) return JF_ENOMEM;
  }
  return JF_OK;
}
