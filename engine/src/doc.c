/* doc.c — the document container: clauses with spans, locators, normalized
 * text and analysis. Loaders fill it; the engine walks it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze_int.h"
#include "analyze_words.h"
#include "doc_int.h"
#include "normalize_int.h"

/* The public jf_doc and what only this file knows about it. */
typedef struct doc_priv {
  jf_doc pub;     /* first: a jf_doc * is a doc_priv * */
  bool defer;     /* source-slice clauses are normalized on demand */
  bool analyzed;  /* analysis is on (jf_doc_analyze or jf_doc_analyze_lazy ran): a
                     clause with its text at hand is analysed when first read */
  bool failed;    /* an analysis ran out of memory (jf_doc_analysis_status) */
  bool mixed;     /* a clause that is not a source slice was added: never release */
  bool report;    /* the title makes it a report (jf_title_is_report), read once by
                     jf_doc_analyze rather than once per clause */
  size_t n_made;  /* analyses made, for the tests (jf_doc_analyses_made) */
  size_t n_copied; /* of those, copied from the memo (jf_doc_analyses_copied) */
  struct memo_slot *memo; /* analyses by text and context (see memo_slot) */
  uint64_t *seen;         /* hashes of texts analysed once (seen_before) */
  size_t n_memo;          /* its slots, a power of two; 0 before the first analysis */
  size_t memo_bytes;      /* what its slots hold (memo_size) */
  /* Normalized-text blocks of released clauses, for the next clauses to
   * write over (jf_normalize_reuse): one malloc and free per clause fewer. */
  jf_norm *spare;
  size_t n_spare, cap_spare;
  /* Each clause's two blanket candidates (make_blankets), made on first ask; NULL before, and
   * after a failed allocation (then no clause has one). */
  int32_t *blanket;
  bool blanket_made;
} doc_priv;

/* A document says the same thing many times (a table's rows, a rule
 * repeated in each section, the same demand under each heading; on the
 * bench corpus three analyses in four), and an analysis depends on nothing
 * but the clause's text and its context (jf_analyze_ctx): a clause whose
 * text and context were analysed before gets a copy of that analysis, a
 * tenth of the cost of making it. The memo is a table of sets of two
 * slots, the one used last first; a new analysis goes first in its set and
 * pushes the set's older one out. It holds at most MEMO_SLOTS analyses and
 * MEMO_MAX_BYTES bytes, of clauses of at most MEMO_MAX_LEN bytes. A text is
 * kept only when it is analysed a second time (seen_before): a document
 * that says each thing once pays a hash per clause, not a copy. */
typedef struct memo_slot {
  uint64_t hash;
  char *text; /* the clause's text, a copy; NULL for an empty slot */
  size_t len;
  unsigned ctx; /* ctx_bits of its context */
  jf_analysis *an;
} memo_slot;

#define MEMO_SLOTS 4096
#define MEMO_MAX_LEN 1024
#define MEMO_MAX_BYTES ((size_t)8 << 20)

/* A released block bigger than this is freed rather than kept, so that one
 * huge clause does not hold its memory until the document is freed. */
#define SPARE_MAX_CAP ((size_t)64 * 1024)

static doc_priv *priv(jf_doc *doc) { return (doc_priv *)doc; }

jf_doc *jf_doc_new(jf_doc_kind kind, const jf_source *src) {
  doc_priv *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->pub.kind = kind;
  p->pub.src = src;
  return &p->pub;
}

jf_doc *jf_doc_new_deferred(jf_doc_kind kind, const jf_source *src) {
  jf_doc *d = jf_doc_new(kind, src);
  if (d) priv(d)->defer = true;
  return d;
}

bool jf_doc_deferred(const jf_doc *doc) { return ((const doc_priv *)doc)->defer; }

/* A deferred clause is a slice of the source: its text is src[start, end). */
static bool is_deferred(const jf_doc *doc, const jf_clause *c) {
  return ((const doc_priv *)doc)->defer && !c->norm.start;
}

/* The context as bits, for the memo's key: every field of jf_analyze_ctx. */
static unsigned ctx_bits(const jf_analyze_ctx *x) {
  return (unsigned)x->scheme_item | (unsigned)x->assessment_doc << 1 |
         (unsigned)x->report_doc << 2 | (unsigned)x->problem_section << 3 |
         (unsigned)x->plan_section << 4 | (unsigned)x->cancelled << 5 |
         (unsigned)x->target_cell << 6;
}

/* A hash of the text, eight bytes a step (a multiply and a shift each). */
static uint64_t text_hash(const char *s, size_t n) {
  const uint64_t k = 0xFF51AFD7ED558CCDull;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n, w;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    memcpy(&w, s + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 32;
  }
  w = 0;
  memcpy(&w, s + i, n - i);
  h = (h ^ w) * k;
  return h ^ h >> 29;
}

/* The set of two slots for the text (hash h), the table made on first use:
 * as many slots as a quarter of the clauses, within [16, MEMO_SLOTS]. NULL
 * when the text is not memoized (too long, or no memory for the table). */
static memo_slot *memo_set(doc_priv *p, uint64_t h, size_t len) {
  if (len > MEMO_MAX_LEN) return NULL;
  if (!p->memo) {
    size_t n = 16;
    while (n < MEMO_SLOTS && n < p->pub.n_clauses / 4) n *= 2;
    if (!(p->memo = calloc(n, sizeof *p->memo))) return NULL;
    if (!(p->seen = calloc(n, sizeof *p->seen))) {
      free(p->memo);
      p->memo = NULL;
      return NULL;
    }
    p->n_memo = n;
  }
  return &p->memo[h & (p->n_memo - 2)];
}

/* Was a text of hash h analysed before (as far as a table of one hash per
 * slot remembers)? Remembers it now. */
static bool seen_before(doc_priv *p, uint64_t h) {
  uint64_t *s = &p->seen[h & (p->n_memo - 1)];
  if (*s == h) return true;
  *s = h;
  return false;
}

/* The bytes slot m holds. */
static size_t memo_size(const memo_slot *m) {
  const jf_analysis *a = m->an;
  return m->len + sizeof *a + a->n_numbers * sizeof *a->numbers +
         a->n_thresholds * sizeof *a->thresholds + a->n_frequencies * sizeof *a->frequencies +
         a->n_penalties * sizeof *a->penalties + a->n_prohibitions * sizeof *a->prohibitions;
}

static void memo_clear(doc_priv *p, memo_slot *m) {
  if (!m->text) return;
  p->memo_bytes -= memo_size(m);
  free(m->text);
  jf_analysis_free(m->an);
  memset(m, 0, sizeof *m);
}

/* The analysis of set's slot holding the text and context, moved first; NULL if none. */
static const jf_analysis *memo_find(memo_slot *set, uint64_t h, const jf_norm *t, unsigned ctx) {
  for (int k = 0; k < 2; k++) {
    const memo_slot *m = &set[k];
    if (m->text && m->hash == h && m->len == t->len && m->ctx == ctx &&
        memcmp(m->text, t->text, t->len) == 0) {
      if (k) {
        memo_slot first = set[0];
        set[0] = set[1];
        set[1] = first;
      }
      return set[0].an;
    }
  }
  return NULL;
}

/* Keep a copy of the clause's text and analysis first in the set (or
 * nothing, over the memo's bytes or out of memory: it is only a cache). */
static void memo_keep(doc_priv *p, memo_slot *set, uint64_t h, const jf_clause *c,
                      unsigned ctx) {
  memo_clear(p, &set[1]);
  set[1] = set[0];
  memset(&set[0], 0, sizeof set[0]);
  memo_slot m = {h, NULL, c->norm.len, ctx, c->an};
  size_t size = memo_size(&m);
  if (p->memo_bytes + size > MEMO_MAX_BYTES) return;
  m.text = malloc(c->norm.len ? c->norm.len : 1);
  m.an = jf_analysis_copy(c->an);
  if (!m.text || !m.an) {
    free(m.text);
    jf_analysis_free(m.an);
    return;
  }
  memcpy(m.text, c->norm.text, c->norm.len);
  set[0] = m;
  p->memo_bytes += size;
}

static jf_status analyze_clause(const jf_doc *doc, jf_clause *c) {
  jf_analyze_ctx ctx = {
    .scheme_item = (c->flags & JF_CLAUSE_SCHEME_ITEM) != 0,
    .assessment_doc = doc->assessment,
    .report_doc = ((const doc_priv *)doc)->report,
    .problem_section = (c->flags & JF_CLAUSE_PROBLEMS) != 0,
    .plan_section = (c->flags & JF_CLAUSE_PLANS) != 0,
    .cancelled = (c->flags & JF_CLAUSE_CANCELLED) != 0,
    .target_cell = (c->flags & JF_CLAUSE_TARGET) != 0,
  };
  doc_priv *p = (doc_priv *)doc;
  unsigned bits = ctx_bits(&ctx);
  uint64_t h = c->norm.text ? text_hash(c->norm.text, c->norm.len) : 0;
  memo_slot *set = c->norm.text ? memo_set(p, h, c->norm.len) : NULL;
  const jf_analysis *same = set ? memo_find(set, h, &c->norm, bits) : NULL;
  jf_analysis_free(c->an);
  p->n_made++;
  if (same) {
    c->an = jf_analysis_copy(same);
    p->n_copied++;
  } else {
    c->an = jf_analyze(c->norm.text, c->norm.len, &ctx);
    if (c->an && set && seen_before(p, h)) memo_keep(p, set, h, c, bits);
  }
  return c->an ? JF_OK : JF_ENOMEM;
}

/* The analysis is a cache of what the clause's text, flags and document
 * say, filled in on first read through a const document: a document is
 * checked by one thread at a time (each --jobs worker loads its own), so
 * nothing else reads or writes the clause meanwhile. */
const jf_analysis *jf_doc_analysis(const jf_doc *doc, size_t i) {
  jf_clause *c = &doc->clauses[i];
  if (c->an || !((const doc_priv *)doc)->analyzed || is_deferred(doc, c)) return c->an;
  if (analyze_clause(doc, c) != JF_OK) ((doc_priv *)doc)->failed = true;
  return c->an;
}

/* --- blanket penalties ------------------------------------------------------ */

/* Does the source text [a, b) open by pointing back at what stands above it (以上各项未达标的,
 * 上述指标未完成的, 对以上任务完成不好的)? Spaces and invisible characters between its
 * first characters are skipped, as normalization drops them. */
static bool refers_back(const char *s, size_t a, size_t b) {
  static const uint32_t back[][3] = {{0x4EE5, 0x4E0A, 0}, /* 以上 */
                                     {0x4E0A, 0x8FF0, 0}, /* 上述 */
                                     {0x524D, 0x8FF0, 0}, /* 前述 */
                                     {0x4E0A, 0x5217, 0}, /* 上列 */
                                     {0x5BF9, 0x4EE5, 0x4E0A}, /* 对以上 */
                                     {0x5BF9, 0x4E0A, 0x8FF0}, /* 对上述 */
                                     {0x51E1, 0x4EE5, 0x4E0A}}; /* 凡以上 */
  /* (most clauses settle it at their first bytes: a lead character none of these opens with,
   * and no space or invisible character before it: E2 80 8B-8D, E2 81 A0, E3 80 80, EF BB BF,
   * C2 A0) */
  const unsigned char *u = (const unsigned char *)s + a;
  if (b - a >= 3 && u[0] != ' ' && u[0] != '\t' && u[0] != 0xE2 && u[0] != 0xE3 &&
      u[0] != 0xEF && u[0] != 0xC2) {
    uint32_t lead = (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
    if (lead != 0xE4BBA5 && lead != 0xE4B88A && lead != 0xE5898D && lead != 0xE5AFB9 &&
        lead != 0xE587A1) /* 以 上 前 对 凡 */
      return false;
  }
  uint32_t cp[3] = {0};
  int n = 0;
  for (size_t i = a; i < b && n < 3;) {
    size_t len;
    uint32_t c = jfa_decode((const unsigned char *)s + i, b - i, &len);
    i += len ? len : 1;
    if (c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || (c >= 0x200B && c <= 0x200D) ||
        c == 0x2060 || c == 0xFEFF)
      continue;
    cp[n++] = c;
  }
  for (size_t k = 0; k < sizeof back / sizeof *back; k++)
    if (cp[0] == back[k][0] && cp[1] == back[k][1] && (!back[k][2] || cp[2] == back[k][2]))
      return true;
  return false;
}

/* Is the heading at [a, b) one of penalties (二、扣分办法, 三、奖惩措施), under which a rule
 * for the items above may stand? */
static bool penalty_heading(const char *s, size_t a, size_t b) {
  static const char *const words[] = {"扣", "罚", "奖惩", "问责"};
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (memmem(s + a, b - a, words[k], strlen(words[k]))) return true;
  return false;
}

/* Every clause's candidates, in one pass from the end: for a clause of an item, the nearest later
 * clause of its section that refers back (a heading ends a section), and the nearest one that
 * stands under a later heading of penalties (四、扣分办法: 以上各项未达标的,每项扣1分), which
 * reaches every section above; -1 for none. */
static void make_blankets(doc_priv *p) {
  p->blanket_made = true;
  const jf_doc *doc = &p->pub;
  const char *s = doc->src ? jf_source_text(doc->src) : NULL;
  if (!s || doc->kind == JF_DOC_YAML || !doc->n_clauses || doc->n_clauses > INT32_MAX) return;
  p->blanket = malloc(2 * doc->n_clauses * sizeof *p->blanket);
  if (!p->blanket) return;
  int32_t local = -1, global = -1;
  for (size_t k = doc->n_clauses; k-- > 0;) {
    const jf_clause *c = &doc->clauses[k];
    int32_t *b = &p->blanket[2 * k];
    b[0] = b[1] = -1;
    if (c->flags & JF_CLAUSE_HEADING) {
      if (local >= 0 && penalty_heading(s, c->start, c->end)) global = local;
      local = -1;
      continue;
    }
    /* (one that refers back is covered by none: it speaks of the items above it) */
    if (c->start < c->end && refers_back(s, c->start, c->end)) local = (int32_t)k;
    else if (c->item >= 0) b[0] = local, b[1] = global;
  }
}

/* Clause k, when it is not of clause i's item and holds a penalty. */
static bool blanket_for(doc_priv *p, size_t i, int32_t k) {
  const jf_doc *doc = &p->pub;
  if (k < 0 || doc->clauses[k].item == doc->clauses[i].item) return false;
  /* (a deferred clause past the group being checked is normalized for this; it is released
   * with its own group) */
  if (jf_doc_normalize(&p->pub, (size_t)k, (size_t)k + 1) != JF_OK) return false;
  const jf_analysis *a = jf_doc_analysis(doc, (size_t)k);
  return a && a->n_penalties;
}

bool jf_doc_item_range(const jf_doc *doc, size_t i, size_t *lo, size_t *hi) {
  const jf_clause *c = &doc->clauses[i];
  const unsigned head = JF_CLAUSE_HEADING | JF_CLAUSE_TABLE_ROW;
  size_t a = i, b = i + 1;
  if (c->item >= 0) {
    while (a > 0 && doc->clauses[a - 1].item == c->item) a--;
    while (b < doc->n_clauses && doc->clauses[b].item == c->item) b++;
  } else {
    if ((c->flags & head) != head || c->column < 0) return false;
    while (b < doc->n_clauses && (doc->clauses[b].flags & head) == head) b++; /* the header row */
    a = b;
    while (b < doc->n_clauses && (doc->clauses[b].flags & head) == JF_CLAUSE_TABLE_ROW) b++;
    if (a == b) return false; /* no row under it */
  }
  *lo = a;
  *hi = b;
  return true;
}

long jf_doc_blanket(const jf_doc *doc, size_t i) {
  doc_priv *p = (doc_priv *)doc;
  if (!p->blanket_made) make_blankets(p);
  if (!p->blanket || i >= doc->n_clauses) return -1;
  for (int w = 0; w < 2; w++)
    if (blanket_for(p, i, p->blanket[2 * i + w])) return p->blanket[2 * i + w];
  return -1;
}

jf_status jf_doc_analysis_status(const jf_doc *doc) {
  return ((const doc_priv *)doc)->failed ? JF_ENOMEM : JF_OK;
}

size_t jf_doc_analyses_made(const jf_doc *doc) { return ((const doc_priv *)doc)->n_made; }

size_t jf_doc_analyses_copied(const jf_doc *doc) { return ((const doc_priv *)doc)->n_copied; }

jf_status jf_doc_normalize(jf_doc *doc, size_t lo, size_t hi) {
  const char *text = doc->src ? jf_source_text(doc->src) : NULL;
  for (size_t i = lo; i < hi && i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    if (is_deferred(doc, c)) {
      if (!text) return JF_EUSAGE;
      doc_priv *p = priv(doc);
      if (p->n_spare) c->norm = p->spare[--p->n_spare];
      jf_status st = jf_normalize_reuse(text + c->start, c->end - c->start, NULL,
                                        (uint32_t)c->start, &c->norm);
      if (st != JF_OK) return st;
    }
  }
  return JF_OK;
}

/* Keep n's block for a later clause (or free it); n is left empty. */
static void keep_spare(doc_priv *p, jf_norm *n) {
  if (n->text && jf_norm_capacity(n) <= SPARE_MAX_CAP) {
    if (p->n_spare == p->cap_spare) {
      size_t cap = p->cap_spare ? 2 * p->cap_spare : 16;
      jf_norm *v = realloc(p->spare, cap * sizeof *v);
      if (!v) {
        jf_norm_free(n);
        return;
      }
      p->spare = v;
      p->cap_spare = cap;
    }
    p->spare[p->n_spare++] = *n;
    memset(n, 0, sizeof *n);
    return;
  }
  jf_norm_free(n);
}

void jf_doc_release(jf_doc *doc, size_t lo, size_t hi) {
  if (!priv(doc)->defer || priv(doc)->mixed) return;
  for (size_t i = lo; i < hi && i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    keep_spare(priv(doc), &c->norm);
    if (c->an) {
      jf_analysis_free(c->an);
      c->an = NULL;
    }
  }
}

void jf_doc_free(jf_doc *doc) {
  if (!doc) return;
  /* most clauses of a deferred document hold nothing by now: no calls */
  for (size_t i = 0; i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    if (c->locator) free(c->locator);
    if (c->norm.text) jf_norm_free(&c->norm);
    if (c->an) jf_analysis_free(c->an);
  }
  free(doc->clauses);
  for (size_t i = 0; i < priv(doc)->n_memo; i++) memo_clear(priv(doc), &priv(doc)->memo[i]);
  free(priv(doc)->memo);
  free(priv(doc)->seen);
  for (size_t i = 0; i < priv(doc)->n_spare; i++) jf_norm_free(&priv(doc)->spare[i]);
  free(priv(doc)->spare);
  free(priv(doc)->blanket);
  free(doc->title);
  free(doc->issuer);
  free(doc);
}

jf_clause *jf_doc_add_clause(jf_doc *doc, const char *raw, size_t len, const uint32_t *raw_map,
                             size_t start, size_t end, const char *locator, unsigned flags,
                             int item) {
  if (doc->n_clauses == doc->cap_clauses) {
    size_t nc = doc->cap_clauses ? doc->cap_clauses * 2 : 16;
    jf_clause *p = realloc(doc->clauses, nc * sizeof *p);
    if (!p) return NULL;
    doc->clauses = p;
    doc->cap_clauses = nc;
  }
  jf_clause *c = &doc->clauses[doc->n_clauses];
  memset(c, 0, sizeof *c);
  c->start = start;
  c->end = end;
  c->flags = (uint16_t)flags;
  c->item = item;
  c->column = -1;
  if (locator && !(c->locator = strdup(locator))) return NULL;
  if (priv(doc)->defer) {
    const char *text = doc->src ? jf_source_text(doc->src) : NULL;
    if (!raw_map && text && raw == text + start && len == end - start) {
      doc->n_clauses++; /* normalized by jf_doc_normalize */
      return c;
    }
    priv(doc)->mixed = true;
  }
  if (jf_normalize(raw, len, raw_map, (uint32_t)start, &c->norm) != JF_OK) {
    free(c->locator);
    return NULL;
  }
  doc->n_clauses++;
  return c;
}

void jf_doc_analyze_lazy(jf_doc *doc) {
  if (doc->title) doc->assessment = jf_title_is_assessment(doc->title, strlen(doc->title));
  priv(doc)->report = doc->title && jf_title_is_report(doc->title, strlen(doc->title));
  priv(doc)->analyzed = true;
}

jf_status jf_doc_analyze(jf_doc *doc) {
  jf_doc_analyze_lazy(doc);
  for (size_t i = 0; i < doc->n_clauses; i++) {
    jf_clause *c = &doc->clauses[i];
    if (is_deferred(doc, c)) continue; /* analysed when read once normalized */
    jf_status st = analyze_clause(doc, c);
    if (st != JF_OK) return st;
  }
  return JF_OK;
}

const char *jf_doc_kind_str(jf_doc_kind kind) {
  switch (kind) {
  case JF_DOC_TEXT: return "text";
  case JF_DOC_MARKDOWN: return "markdown";
  case JF_DOC_YAML: return "yaml";
  }
  return "text";
}
