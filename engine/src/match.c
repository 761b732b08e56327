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
 * - Character mode: when every pattern is valid UTF-8 (all real term lists are Chinese words),
 *   the DFA steps over whole characters instead of bytes: a Chinese character is one dependent
 *   table load instead of three. Each character of the patterns is its own class (class 0 is
 *   every other character, and every byte that is not part of a well-formed sequence); a
 *   character's class comes from small tables by its bytes (char_cls), which do not depend on
 *   the state and so stay off the chain of loads. Matches are exactly the byte-mode ones: a
 *   pattern that is valid UTF-8 can only start at a byte that is not a continuation byte, which
 *   is where the text's characters start as char_cls cuts them, and it ends with a whole
 *   character. Kept only while the table is not much larger than the byte-mode one would be
 *   (too many distinct characters fall back to bytes).
 * A compiled matcher is never written again, so any number of threads may scan it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "match_int.h"

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
  uint8_t cls[256];   /* byte mode: byte -> class */
  bool chars;         /* character mode (see char_cls) */
  uint16_t *cmap;     /* character mode: classes by character, laid out as CM_* below */
  uint32_t *supp;     /* character mode: the patterns' code points above U+FFFF, sorted */
  uint32_t n_supp, supp_cls; /* ... how many, and the class of supp[0] (the rest follow) */
  size_t cmap_len;
  bool allow_chars;   /* cleared only by tests, to compare the two modes */
  uint32_t ncls;      /* row width */
  uint32_t nstates;
  uint32_t nrows;      /* states with a row in table: all but character mode's leaves */
  uint32_t first_leaf; /* (not pre-multiplied) states from here on have no row ... */
  uint32_t *leaf_row;  /* ... but go on from leaf_row[state - first_leaf] (pre-multiplied) */
  uint32_t maxlen;    /* longest pattern, for the two-stream scan */
  uint32_t *table;    /* nstates * ncls entries; values are pre-multiplied state numbers */
  uint32_t match_min; /* pre-multiplied: states >= this have outputs */
  uint32_t *out_start; /* per state (not pre-multiplied): range into outs */
  uint32_t *out_count;
  out_entry *outs;
  size_t n_outs;
};

jf_matcher *jf_matcher_new(void) {
  jf_matcher *m = calloc(1, sizeof(jf_matcher));
  if (m) m->allow_chars = true;
  return m;
}

void jf_matcher_set_bytes_only(jf_matcher *m) {
  if (m) m->allow_chars = false;
}

bool jf_matcher_is_chars(const jf_matcher *m) { return m && m->chars; }

size_t jf_matcher_memory(const jf_matcher *m) {
  if (!m) return 0;
  return sizeof *m + m->cap_pats * sizeof *m->pats + m->pool_cap + m->cmap_len * sizeof *m->cmap +
         m->n_supp * sizeof *m->supp + (size_t)m->nrows * m->ncls * sizeof *m->table +
         (size_t)(m->nstates - m->nrows) * sizeof *m->leaf_row +
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
  free(m->cmap);
  free(m->supp);
  free(m->leaf_row);
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

/* Character mode's class map (cmap), all uint16: the classes of ASCII characters, then the
 * level-one index (a block's offset, its number * 64, per 64 code points; block 0 is all class
 * 0) of 2-byte
 * characters by their lead's low 5 bits and of 3-byte characters by cp >> 6, then the blocks of
 * 64 classes. The two indexes are apart so that an overlong 3-byte sequence (cp < 0x800) finds
 * an empty entry, never a 2-byte character's block; surrogates find empty entries too. */
enum { CM_L1_2 = 128, CM_L1_3 = CM_L1_2 + 32, CM_BLOCKS = CM_L1_3 + 1024 };

static bool cont(uint8_t b) { return (b & 0xC0) == 0x80; }

/* The code point of the well-formed UTF-8 character at s[0, n) (n > 0), its length in *k;
 * -1 when it is not one (a stray or truncated byte, an overlong form, a surrogate, past
 * U+10FFFF). Patterns must pass this for character mode. */
static int32_t strict_char(const uint8_t *s, size_t n, size_t *k) {
  uint32_t c = s[0];
  if (c < 0x80) {
    *k = 1;
    return (int32_t)c;
  }
  if (c >= 0xC2 && c <= 0xDF && n >= 2 && cont(s[1])) {
    *k = 2;
    return (int32_t)((c & 0x1F) << 6 | (s[1] & 0x3Fu));
  }
  if (c >= 0xE0 && c <= 0xEF && n >= 3 && cont(s[1]) && cont(s[2])) {
    uint32_t cp = (c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    *k = 3;
    return (int32_t)cp;
  }
  if (c >= 0xF0 && c <= 0xF4 && n >= 4 && cont(s[1]) && cont(s[2]) && cont(s[3])) {
    uint32_t cp = (c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    if (cp < 0x10000 || cp > 0x10FFFF) return -1;
    *k = 4;
    return (int32_t)cp;
  }
  return -1;
}

/* Where code point cp above U+FFFF is, or would be, in the patterns' sorted
 * list of them (m->supp). */
static size_t supp_at(const jf_matcher *m, uint32_t cp) {
  size_t lo = 0, hi = m->n_supp;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->supp[mid] < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The class of the well-formed 3-byte sequence at p, from the class map cm. The bytes' fixed
 * bits are not masked off but subtracted as constants ((0xE0 << 6) + 0x80 from the first two,
 * 0x80 from the third), which the compiler folds into the loads' displacements; every index
 * stays inside the map. */
static inline size_t cls3(const uint16_t *cm, const uint8_t *p) {
  size_t hi = ((size_t)p[0] << 6) + p[1] - ((0xE0 << 6) + 0x80);
  return cm[CM_BLOCKS + (size_t)cm[CM_L1_3 + hi] + p[2] - 0x80];
}

/* The class of the character at p (avail > 0 bytes there) and its length in *n, when it is not
 * ASCII or a well-formed 3-byte sequence. A lead byte followed by as many continuation bytes as
 * it announces is one character, whatever it decodes to (an overlong form or a surrogate has no
 * pattern's class, so it is class 0); any other byte is a character of its own, class 0. */
static uint32_t char_cls_slow(const jf_matcher *m, const uint8_t *p, size_t avail, size_t *n) {
  uint32_t b0 = p[0];
  if ((b0 & 0xE0) == 0xC0 && avail >= 2 && cont(p[1])) {
    *n = 2;
    return m->cmap[CM_BLOCKS + m->cmap[CM_L1_2 + (b0 & 0x1F)] + (p[1] & 0x3Fu)];
  }
  if ((b0 & 0xF0) == 0xE0 && avail >= 3 && cont(p[1]) && cont(p[2])) {
    *n = 3;
    return (uint32_t)cls3(m->cmap, p);
  }
  if ((b0 & 0xF8) == 0xF0 && avail >= 4 && cont(p[1]) && cont(p[2]) && cont(p[3])) {
    *n = 4;
    uint32_t cp = (b0 & 0x07) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
    size_t lo = supp_at(m, cp);
    return lo < m->n_supp && m->supp[lo] == cp ? m->supp_cls + (uint32_t)lo : 0;
  }
  *n = 1;
  return 0;
}

/* char_cls_slow with the common cases inline: ASCII, and a Chinese character (3 bytes). */
static inline uint32_t char_cls(const jf_matcher *m, const uint8_t *p, size_t avail, size_t *n) {
  uint32_t b0 = p[0];
  if (b0 < 0x80) {
    *n = 1;
    return m->cmap[b0];
  }
  if ((b0 & 0xF0) == 0xE0 && avail >= 3 && cont(p[1]) && cont(p[2])) {
    *n = 3;
    return (uint32_t)cls3(m->cmap, p);
  }
  return char_cls_slow(m, p, avail, n);
}

/* 8 bytes at p, little-endian (one load on common targets). */
static inline uint64_t load_le64(const uint8_t *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
         (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* The distinct values of v[0, n) into u, sorted; returns how many. A few by
 * insertion; more by a bitmap of the BMP, read in order, with the code points
 * past it (rare) inserted after: no comparison sort at every compile. */
static size_t distinct_sorted(const uint32_t *v, size_t n, uint32_t *u) {
  size_t nu = 0, big = 0;
  if (n > 48) {
    uint64_t bmp[0x10000 / 64] = {0};
    for (size_t i = 0; i < n; i++)
      if (v[i] < 0x10000) bmp[v[i] >> 6] |= 1ull << (v[i] & 63);
    for (size_t w = 0; w < 0x10000 / 64; w++)
      for (uint64_t b = bmp[w]; b; b &= b - 1) u[nu++] = (uint32_t)(w << 6 | (size_t)__builtin_ctzll(b));
    big = nu; /* insert only the rest below */
  }
  for (size_t i = 0; i < n; i++) {
    if (big && v[i] < 0x10000) continue;
    size_t j = nu;
    while (j > big && u[j - 1] > v[i]) j--;
    if (j > big && u[j - 1] == v[i]) continue;
    memmove(u + j + 1, u + j, (nu - j) * sizeof *u);
    u[j] = v[i];
    nu++;
  }
  return nu;
}

/* The class of code point cp in character mode's map (see char_symbols). */
static uint32_t cp_class(const jf_matcher *m, uint32_t cp) {
  if (cp < 0x80) return m->cmap[cp];
  if (cp < 0x10000)
    return m->cmap[CM_BLOCKS + m->cmap[(cp < 0x800 ? CM_L1_2 : CM_L1_3) + (cp >> 6)] + (cp & 63)];
  return m->supp_cls + (uint32_t)supp_at(m, cp);
}

/* Character mode's symbols: when every pattern is well-formed UTF-8 and the patterns' distinct
 * characters are few enough, set up m's class map and write each pattern's characters' classes
 * to syms (sym_off[p] .. sym_off[p + 1]); m->ncls is then the row width. False (and m as it
 * was) otherwise, or when out of memory: byte mode then. `byte_ncls` is byte mode's row width:
 * a row of character mode may be up to four times as wide (its table is then still at most
 * about as large, with two to three times fewer states for Chinese text). */
static bool char_symbols(jf_matcher *m, uint32_t *syms, uint32_t *sym_off, uint32_t byte_ncls) {
  const uint8_t *pool = (const uint8_t *)m->pool;
  size_t nsym = 0;
  for (size_t p = 0; p < m->n_pats; p++) {
    sym_off[p] = (uint32_t)nsym;
    const uint8_t *s = pool + m->pats[p].off;
    for (size_t i = 0, k; i < m->pats[p].len; i += k) {
      int32_t cp = strict_char(s + i, m->pats[p].len - i, &k);
      if (cp < 0) return false;
      syms[nsym++] = (uint32_t)cp;
    }
  }
  sym_off[m->n_pats] = (uint32_t)nsym;
  if (!nsym) return false;
  /* the distinct code points, sorted: class = rank + 1 */
  uint32_t *u = malloc(nsym * sizeof *u);
  if (!u) return false;
  size_t nu = distinct_sorted(syms, nsym, u);
  /* blocks: one per 64 code points holding a 2- or 3-byte character of a pattern */
  size_t nblocks = 1;
  for (size_t i = 0; i < nu && u[i] < 0x10000; i++)
    if (u[i] >= 0x80 && (i == 0 || u[i - 1] < 0x80 || u[i - 1] >> 6 != u[i] >> 6)) nblocks++;
  /* too many characters for the table, or for a block's offset (l1 holds block * 64) */
  if (nu + 1 > 4 * (size_t)byte_ncls || nblocks * 64 > UINT16_MAX) {
    free(u);
    return false;
  }
  size_t len = CM_BLOCKS + nblocks * 64, first_supp = nu;
  uint16_t *cmap = calloc(len, sizeof *cmap);
  if (!cmap) {
    free(u);
    return false;
  }
  size_t blk = 0;
  for (size_t i = 0; i < nu; i++) {
    uint32_t cp = u[i], cls = (uint32_t)i + 1;
    if (cp < 0x80) {
      cmap[cp] = (uint16_t)cls;
    } else if (cp < 0x10000) {
      size_t l1 = cp < 0x800 ? CM_L1_2 + (cp >> 6) : CM_L1_3 + (cp >> 6);
      if (!cmap[l1]) cmap[l1] = (uint16_t)(++blk * 64);
      cmap[CM_BLOCKS + cmap[l1] + (cp & 63)] = (uint16_t)cls;
    } else if (first_supp == nu) {
      first_supp = i;
    }
  }
  uint32_t *supp = NULL;
  if (first_supp < nu) {
    supp = malloc((nu - first_supp) * sizeof *supp);
    if (!supp) {
      free(u);
      free(cmap);
      return false;
    }
    memcpy(supp, u + first_supp, (nu - first_supp) * sizeof *supp);
  }
  free(u);
  m->chars = true;
  m->cmap = cmap;
  m->cmap_len = len;
  m->supp = supp;
  m->n_supp = (uint32_t)(nu - first_supp);
  m->supp_cls = (uint32_t)first_supp + 1;
  m->ncls = (uint32_t)nu + 1;
  /* each pattern character's class, from the map */
  for (size_t i = 0; i < nsym; i++) syms[i] = cp_class(m, syms[i]);
  return true;
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

  uint32_t *syms = NULL, *sym_off = NULL; /* each pattern as classes: sym_off[p] .. [p + 1] */

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

  syms = malloc((m->pool_len ? m->pool_len : 1) * sizeof *syms);
  sym_off = malloc((m->n_pats + 1) * sizeof *sym_off);
  if (!syms || !sym_off) goto out;
  if (!(m->allow_chars && char_symbols(m, syms, sym_off, ncls))) {
    for (size_t p = 0; p < m->n_pats; p++) {
      sym_off[p] = m->pats[p].off; /* the pool's bytes, one symbol each */
      for (uint32_t i = 0; i < m->pats[p].len; i++)
        syms[m->pats[p].off + i] = m->cls[(uint8_t)m->pool[m->pats[p].off + i]];
    }
    sym_off[m->n_pats] = (uint32_t)m->pool_len;
  }
  ncls = m->ncls;

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
    uint32_t cur = 0;
    for (uint32_t i = sym_off[p]; i < sym_off[p + 1]; i++) {
      uint32_t c = syms[i];
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

  /* Renumber: states without outputs first (root stays 0), then states with outputs; in
   * character mode the leaves (states without children, all of them matches) last, with no
   * row: a leaf's row would be a copy of its failure target's, so a scan that reaches a leaf
   * reports it and goes on from that row (leaf_row). Half the states of a word list are
   * leaves, and the table is half the size a scan drags through the cache. */
  uint32_t next = 0;
  for (uint32_t s = 0; s < ns; s++)
    if (!m->out_count[s]) renum[s] = next++;
  uint32_t first_match = next;
#define LEAF(s) (m->chars && (s) && kid_start[s] == kid_start[(s) + 1])
  for (uint32_t s = 0; s < ns; s++)
    if (m->out_count[s] && !LEAF(s)) renum[s] = next++;
  uint32_t first_leaf = next;
  for (uint32_t s = 0; s < ns; s++)
    if (LEAF(s)) renum[s] = next++;
  m->table = malloc(((size_t)first_leaf * ncls + 1) * sizeof *m->table);
  m->leaf_row = malloc(((size_t)(ns - first_leaf) + 1) * sizeof *m->leaf_row);
  if (!m->table || !m->leaf_row) goto out;
  /* The table holds pre-multiplied renumbered states. A state's row is its failure target's
   * with its own children put back (as in the BFS above), so the rows are built again in BFS
   * order from rows already renumbered: a copy and a few stores per state rather than a
   * renumbering look-up per entry. A failure target that is a leaf has its failure target's
   * row, and so on. The root's missing children lead to the root, 0. */
  for (uint32_t q = 0; q < ns; q++) {
    uint32_t s = queue[q], f = s ? fail[s] : 0;
    while (LEAF(f)) f = fail[f];
    if (LEAF(s)) {
      m->leaf_row[renum[s] - first_leaf] = renum[f] * ncls;
      continue;
    }
    uint32_t *dst = &m->table[(size_t)renum[s] * ncls];
    if (s)
      memcpy(dst, &m->table[(size_t)renum[f] * ncls], ncls * sizeof *dst);
    else
      memset(dst, 0, ncls * sizeof *dst);
    /* a state's entry is its row's offset, a leaf's the leaves' base plus its index */
    for (uint32_t k = kid_start[s]; k < kid_start[s + 1]; k++) {
      uint32_t r = renum[kids[k]];
      dst[edge[kids[k]]] = r < first_leaf ? r * ncls : first_leaf * ncls + (r - first_leaf);
    }
  }
#undef LEAF
  /* Permute the output ranges to the new numbering (reuse fail/queue as scratch). */
  for (uint32_t s = 0; s < ns; s++) {
    fail[renum[s]] = m->out_start[s];
    queue[renum[s]] = m->out_count[s];
  }
  memcpy(m->out_start, fail, (size_t)ns * sizeof *fail);
  memcpy(m->out_count, queue, (size_t)ns * sizeof *queue);
  m->match_min = first_match * ncls;
  m->first_leaf = first_leaf;
  m->nstates = ns;
  m->nrows = first_leaf;

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
    free(m->leaf_row);
    m->leaf_row = NULL;
    free(m->out_start);
    free(m->out_count);
    free(m->outs);
    free(m->cmap);
    free(m->supp);
    m->table = m->out_start = m->out_count = NULL;
    m->outs = NULL;
    m->cmap = NULL;
    m->supp = NULL;
    m->chars = false;
  }
  free(syms);
  free(sym_off);
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
static bool report_st(const jf_matcher *m, uint32_t st, size_t i, jf_match_cb cb, void *ud,
                      size_t *n) {
  const out_entry *o = &m->outs[m->out_start[st]];
  for (uint32_t k = 0; k < m->out_count[st]; k++) {
    ++*n;
    if (!cb(o[k].id, i + 1, o[k].len, ud)) return false;
  }
  return true;
}

/* report for state s, pre-multiplied (byte mode). */
static bool report(const jf_matcher *m, uint32_t s, size_t i, jf_match_cb cb, void *ud,
                   size_t *n) {
  return report_st(m, s / m->ncls, i, cb, ud, n);
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

/* Where character mode's scan puts its matches: b, or the callback. */
typedef struct sink {
  jf_match_buf *b; /* scan_all's buffer, or NULL for the callback */
  jf_match_cb cb;
  void *ud;
  size_t *n;
} sink;

static bool scan_chars(const jf_matcher *m, const uint8_t *p, size_t len, const sink *k);

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
  if (m->chars) {
    sink k = {NULL, cb, ud, &n};
    scan_chars(m, p, len, &k);
    return n;
  }
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
static bool record_st(const jf_matcher *m, uint32_t st, size_t i, jf_match_buf *b) {
  uint32_t k = m->out_count[st];
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

/* record for state s, pre-multiplied (byte mode). */
static bool record(const jf_matcher *m, uint32_t s, size_t i, jf_match_buf *b) {
  return record_st(m, s / m->ncls, i, b);
}

/* The matches ending at byte i in state s to k; returns the state to go on from (a leaf's
 * failure target's row: see jf_matcher_compile), or SIZE_MAX when out of memory or the callback
 * asked to stop. Matches are rare: all this is off the scan's path. */
static size_t sink_hit(const jf_matcher *m, size_t s, size_t i, const sink *k) {
  size_t leaves = (size_t)m->first_leaf * m->ncls, st;
  if (s >= leaves) { /* a leaf: no division, and on from its failure target's row */
    st = m->first_leaf + (s - leaves);
    s = m->leaf_row[s - leaves];
  } else {
    st = s / m->ncls;
  }
  bool ok = k->b ? record_st(m, (uint32_t)st, i, k->b)
                 : report_st(m, (uint32_t)st, i, k->cb, k->ud, k->n);
  return ok ? s : SIZE_MAX;
}

/* Character mode's scan of p[0, len) from state 0, every match to k in scan order (a match ends
 * at the last byte of the character that completes it); false when k refused one. Chinese text
 * goes two characters a round: one 8-byte load, both characters' shape checked at once, their
 * classes from their bits (independent of the state), then two steps. */
static bool scan_chars(const jf_matcher *m, const uint8_t *p, size_t len, const sink *k) {
  const uint32_t *t = m->table;
  const uint16_t *cm = m->cmap;
  const uint8_t *q = p, *end = p + len;
  size_t s = 0, min = m->match_min;
  while (q < end) {
    while (end - q >= 8) {
      uint64_t w = load_le64(q);
      if ((w & 0xC0C0F0C0C0F0ull) != 0x8080E08080E0ull) break;
      size_t c1 = cls3(cm, q), c2 = cls3(cm, q + 3);
      s = t[s + c1];
      if (s >= min && (s = sink_hit(m, s, (size_t)(q - p) + 2, k)) == SIZE_MAX) return false;
      s = t[s + c2];
      q += 6;
      if (s >= min && (s = sink_hit(m, s, (size_t)(q - p) - 1, k)) == SIZE_MAX) return false;
    }
    if (q >= end) break;
    size_t n;
    s = t[s + char_cls(m, q, (size_t)(end - q), &n)];
    q += n;
    if (s >= min && (s = sink_hit(m, s, (size_t)(q - p) - 1, k)) == SIZE_MAX) return false;
  }
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
  if (m->chars) {
    sink k = {b, NULL, NULL, NULL};
    return scan_chars(m, (const uint8_t *)text, len, &k) ? JF_OK : JF_ENOMEM;
  }
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
