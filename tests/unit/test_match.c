/* test_match.c — the Aho-Corasick prefilter against hand-worked cases and a naive matcher. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/match.h"
#include "match_int.h"

/* A recorded match, compared as a sorted multiset against the naive matcher's. */
typedef struct hit {
  uint32_t id;
  size_t end, len;
} hit;

typedef struct hits {
  hit v[4096];
  size_t n;
  size_t stop_after; /* 0 = never stop */
} hits;

static bool record(uint32_t id, size_t end, size_t len, void *ud) {
  hits *h = ud;
  if (h->n < sizeof h->v / sizeof h->v[0]) h->v[h->n++] = (hit){id, end, len};
  return !(h->stop_after && h->n >= h->stop_after);
}

static int hit_cmp(const void *a, const void *b) {
  const hit *x = a, *y = b;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  if (x->len != y->len) return x->len < y->len ? -1 : 1;
  if (x->id != y->id) return x->id < y->id ? -1 : 1;
  return 0;
}

static bool has(const hits *h, uint32_t id, size_t end, size_t len) {
  for (size_t i = 0; i < h->n; i++)
    if (h->v[i].id == id && h->v[i].end == end && h->v[i].len == len) return true;
  return false;
}

static jf_matcher *build(const char *const *pats, const uint32_t *ids, size_t n) {
  jf_matcher *m = jf_matcher_new();
  for (size_t i = 0; i < n; i++)
    CHECK_INT(jf_matcher_add(m, pats[i], strlen(pats[i]), ids ? ids[i] : (uint32_t)i), JF_OK);
  CHECK_INT(jf_matcher_compile(m), JF_OK);
  return m;
}

/* The ids scan_all finds in text, as bits (ids >= nbits left out). */
static void scan_bits(const jf_matcher *m, const char *text, size_t len, uint64_t *bits,
                      size_t nbits) {
  jf_match_buf b = {0};
  CHECK_INT(jf_matcher_scan_all(m, text, len, &b), JF_OK);
  for (size_t i = 0; i < b.n; i++)
    if (b.v[i].id < nbits) bits[b.v[i].id >> 6] |= (uint64_t)1 << (b.v[i].id & 63);
  free(b.v);
}

static void test_classic(void) {
  const char *pats[] = {"he", "she", "his", "hers"};
  jf_matcher *m = build(pats, NULL, 4);
  hits h = {0};
  CHECK_INT(jf_matcher_scan(m, "ushers", 6, record, &h), 3);
  CHECK(has(&h, 1, 4, 3)); /* she */
  CHECK(has(&h, 0, 4, 2)); /* he */
  CHECK(has(&h, 3, 6, 4)); /* hers */
  h.n = 0;
  CHECK_INT(jf_matcher_scan(m, "ahishers", 8, record, &h), 4);
  CHECK(has(&h, 2, 4, 3)); /* his */
  uint64_t bits[1] = {0};
  scan_bits(m, "ushers", 6, bits, 64);
  CHECK_INT(bits[0], 0xB); /* he, she, hers */
  bits[0] = 0;
  scan_bits(m, "xyz", 3, bits, 64);
  CHECK_INT(bits[0], 0);
  /* Stop early: returning false ends the scan after that match. */
  hits s = {.stop_after = 1};
  CHECK_INT(jf_matcher_scan(m, "ushers", 6, record, &s), 1);
  jf_matcher_free(m);
}

static void test_chinese(void) {
  const char *pats[] = {"活跃率", "活跃", "跃率", "打卡", "学习打卡"};
  jf_matcher *m = build(pats, NULL, 5);
  const char *t = "各乡镇APP活跃率不得低于80%，学习打卡纳入考核";
  hits h = {0};
  size_t n = jf_matcher_scan(m, t, strlen(t), record, &h);
  CHECK_INT(n, 5);
  size_t a = (size_t)(strstr(t, "活跃率") - t);
  CHECK(has(&h, 0, a + 9, 9));
  CHECK(has(&h, 1, a + 6, 6));
  CHECK(has(&h, 2, a + 9, 6));
  size_t b = (size_t)(strstr(t, "学习打卡") - t);
  CHECK(has(&h, 3, b + 12, 6));
  CHECK(has(&h, 4, b + 12, 12));
  uint64_t bits[1] = {0};
  scan_bits(m, "考核打卡次数", strlen("考核打卡次数"), bits, 64);
  CHECK_INT(bits[0], 1u << 3);
  /* A partial character sequence is not a match. */
  bits[0] = 0;
  scan_bits(m, "活", 2, bits, 64); /* first two bytes of 活 */
  CHECK_INT(bits[0], 0);
  jf_matcher_free(m);
}

static void test_same_pattern_many_ids(void) {
  const char *pats[] = {"打卡", "打卡", "打卡", "打卡"};
  const uint32_t ids[] = {7, 3, 100, 7}; /* 7 twice: reported once */
  jf_matcher *m = build(pats, ids, 4);
  hits h = {0};
  CHECK_INT(jf_matcher_scan(m, "每日打卡", strlen("每日打卡"), record, &h), 3);
  CHECK(has(&h, 7, 12, 6) && has(&h, 3, 12, 6) && has(&h, 100, 12, 6));
  uint64_t bits[2] = {0, 0};
  scan_bits(m, "每日打卡", strlen("每日打卡"), bits, 64); /* id 100 >= nbits */
  CHECK_INT(bits[0], (1u << 7) | (1u << 3));
  CHECK_INT(bits[1], 0);
  scan_bits(m, "每日打卡", strlen("每日打卡"), bits, 128);
  CHECK_INT(bits[1], (uint64_t)1 << (100 - 64));
  jf_matcher_free(m);
}

/* A rule set whose rules all run without triggers compiles an automaton with
 * no pattern; a long text took the two-stream path and read out of bounds. */
static void test_no_patterns(void) {
  jf_matcher *m = jf_matcher_new();
  CHECK_INT(jf_matcher_compile(m), JF_OK);
  char text[4096];
  memset(text, 'a', sizeof text);
  uint64_t bits[1] = {0};
  scan_bits(m, text, sizeof text, bits, 64);
  CHECK_INT(bits[0], 0);
  hits h = {0};
  CHECK_INT(jf_matcher_scan(m, text, sizeof text, record, &h), 0);
  jf_matcher_free(m);
}

static void test_edges(void) {
  const char *pats[] = {"考核", "扣分"};
  jf_matcher *m = build(pats, NULL, 2);
  hits h = {0};
  CHECK_INT(jf_matcher_scan(m, "", 0, record, &h), 0);
  uint64_t bits[1] = {0};
  scan_bits(m, "", 0, bits, 64);
  CHECK_INT(bits[0], 0);
  const char *t = "考核结果扣分";
  CHECK_INT(jf_matcher_scan(m, t, strlen(t), record, &h), 2);
  CHECK(has(&h, 0, 6, 6));
  CHECK(has(&h, 1, strlen(t), 6));
  CHECK_INT(jf_matcher_scan(m, "考核", 6, record, &h), 1);
  jf_matcher_free(m);
}

static void test_usage(void) {
  jf_matcher *m = jf_matcher_new();
  CHECK_INT(jf_matcher_add(m, "x", 0, 1), JF_EUSAGE); /* empty matches everywhere: refused */
  hits h = {0};
  CHECK_INT(jf_matcher_scan(m, "abc", 3, record, &h), 0); /* not compiled yet */
  CHECK_INT(jf_matcher_compile(m), JF_OK);                /* no patterns: matches nothing */
  CHECK_INT(jf_matcher_scan(m, "abc", 3, record, &h), 0);
  CHECK_INT(jf_matcher_add(m, "a", 1, 1), JF_EUSAGE);     /* after compile */
  CHECK_INT(jf_matcher_compile(m), JF_EUSAGE);
  jf_matcher_free(m);
  jf_matcher_free(NULL);
  /* Every byte value used: no spare "other" class. */
  m = jf_matcher_new();
  for (int b = 0; b < 256; b++) {
    char c = (char)b, pair[2] = {(char)b, (char)(255 - b)};
    jf_matcher_add(m, &c, 1, 0);
    jf_matcher_add(m, pair, 2, 1);
  }
  CHECK_INT(jf_matcher_compile(m), JF_OK);
  const char all[3] = {'\0', (char)0xff, 'q'};
  h.n = 0;
  CHECK_INT(jf_matcher_scan(m, all, 3, record, &h), 4); /* 3 single bytes + "\0\xff" */
  jf_matcher_free(m);
}

/* Random patterns and texts over a tiny alphabet (ASCII letters and two Chinese characters, so
 * multi-byte sequences and shared prefixes are frequent); the matcher must agree exactly with
 * a naive search at every offset. */
static void test_random_vs_naive(void) {
  static const char *alpha[] = {"a", "b", "c", "跃", "率"};
  int mismatches = 0;
  for (int round = 0; round < 200; round++) {
    char pats[24][16];
    size_t npat = 1 + jf_t_rnd(20);
    jf_matcher *m = jf_matcher_new();
    for (size_t i = 0; i < npat; i++) {
      pats[i][0] = 0;
      size_t k = 1 + jf_t_rnd(4);
      for (size_t j = 0; j < k; j++) strcat(pats[i], alpha[jf_t_rnd(5)]);
      jf_matcher_add(m, pats[i], strlen(pats[i]), (uint32_t)i);
    }
    CHECK_INT(jf_matcher_compile(m), JF_OK);
    for (int trial = 0; trial < 20; trial++) {
      char text[256] = "";
      size_t k = jf_t_rnd(60);
      for (size_t j = 0; j < k; j++) strcat(text, alpha[jf_t_rnd(5)]);
      size_t tl = strlen(text);
      static hits got, want;
      got.n = want.n = 0;
      uint64_t bits[1] = {0}, want_bits = 0;
      size_t n = jf_matcher_scan(m, text, tl, record, &got);
      scan_bits(m, text, tl, bits, 64);
      /* Naive: every occurrence (overlaps included) of every pattern, a duplicate
       * (bytes, id) pair counted once — pattern ids here are unique anyway. */
      for (size_t i = 0; i < npat; i++) {
        size_t pl = strlen(pats[i]);
        for (const char *q = text; (q = strstr(q, pats[i])) != NULL; q++) {
          want.v[want.n++] = (hit){(uint32_t)i, (size_t)(q - text) + pl, pl};
          want_bits |= (uint64_t)1 << i;
        }
      }
      qsort(got.v, got.n, sizeof got.v[0], hit_cmp);
      qsort(want.v, want.n, sizeof want.v[0], hit_cmp);
      bool same = n == got.n && got.n == want.n && bits[0] == want_bits;
      for (size_t i = 0; same && i < got.n; i++) same = hit_cmp(&got.v[i], &want.v[i]) == 0;
      if (!same && mismatches++ < 5)
        CHECK_MSG(same, "round %d text \"%s\": %zu matches, naive %zu", round, text, got.n,
                  want.n);
    }
    jf_matcher_free(m);
  }
  CHECK_INT(mismatches, 0);
}

static bool collect_bits(uint32_t id, size_t end, size_t len, void *ud) {
  uint64_t *b = ud;
  if (id < 128) b[id >> 6] |= (uint64_t)1 << (id & 63);
  return true;
}

/* Long texts take scan_all's two-stream path; its bits must equal those of the one-stream
 * callback scan, including matches straddling the midpoint (the texts are short repeats, so
 * every pattern occurs near the middle in some round). */
static void test_long_texts(void) {
  static const char *alpha[] = {"a", "b", "跃", "率", "活"};
  static char text[8192];
  int mismatches = 0;
  for (int round = 0; round < 300; round++) {
    jf_matcher *m = jf_matcher_new();
    size_t npat = 1 + jf_t_rnd(100);
    for (size_t i = 0; i < npat; i++) {
      char pat[64] = "";
      size_t k = 1 + jf_t_rnd(round % 3 ? 6 : 15);
      for (size_t j = 0; j < k; j++) strcat(pat, alpha[jf_t_rnd(5)]);
      jf_matcher_add(m, pat, strlen(pat), (uint32_t)i);
    }
    CHECK_INT(jf_matcher_compile(m), JF_OK);
    size_t tl = 0, want_len = 250 + jf_t_rnd(2000);
    while (tl < want_len) {
      const char *c = alpha[jf_t_rnd(5)];
      memcpy(text + tl, c, strlen(c));
      tl += strlen(c);
    }
    uint64_t fast[2] = {0, 0}, slow[2] = {0, 0};
    scan_bits(m, text, tl, fast, 128);
    jf_matcher_scan(m, text, tl, collect_bits, slow);
    if ((fast[0] != slow[0] || fast[1] != slow[1]) && mismatches++ < 5)
      CHECK_MSG(false, "round %d: scan_all %llx%016llx, scan %llx%016llx", round,
                (unsigned long long)fast[1], (unsigned long long)fast[0],
                (unsigned long long)slow[1], (unsigned long long)slow[0]);
    jf_matcher_free(m);
  }
  CHECK_INT(mismatches, 0);
  /* A match exactly across the midpoint of a text long enough to split. */
  const char *pats[] = {"学习打卡"};
  jf_matcher *m = build(pats, NULL, 1);
  memset(text, 'x', 1000);
  memcpy(text + 500 - 6, "学习打卡", 12);
  uint64_t bits[1] = {0};
  scan_bits(m, text, 1000, bits, 64);
  CHECK_INT(bits[0], 1);
  jf_matcher_free(m);
}

/* scan_all records what the callback scan reports, once each, on short texts and on long ones
 * (its two-stream path: a match seen by both streams near the midpoint is recorded once). */
static bool record_all(uint32_t id, size_t end, size_t len, void *ud) {
  jf_match_buf *b = ud;
  if (b->n < b->cap) b->v[b->n++] = (jf_match){id, (uint32_t)(end - len), (uint32_t)end};
  return true;
}

static int match_cmp(const void *a, const void *b) {
  const jf_match *x = a, *y = b;
  if (x->to != y->to) return x->to < y->to ? -1 : 1;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void test_scan_all(void) {
  static const char *alpha[] = {"a", "b", "跃", "率", "活"};
  static char text[8192];
  static jf_match want_v[65536];
  int mismatches = 0;
  jf_match_buf got = {0};
  for (int round = 0; round < 300; round++) {
    jf_matcher *m = jf_matcher_new();
    size_t npat = 1 + jf_t_rnd(60);
    for (size_t i = 0; i < npat; i++) {
      char pat[64] = "";
      size_t k = 1 + jf_t_rnd(round % 3 ? 5 : 12);
      for (size_t j = 0; j < k; j++) strcat(pat, alpha[jf_t_rnd(5)]);
      jf_matcher_add(m, pat, strlen(pat), (uint32_t)i);
    }
    CHECK_INT(jf_matcher_compile(m), JF_OK);
    size_t tl = 0, want_len = round % 2 ? jf_t_rnd(200) : 250 + jf_t_rnd(2000);
    while (tl < want_len) {
      const char *c = alpha[jf_t_rnd(5)];
      memcpy(text + tl, c, strlen(c));
      tl += strlen(c);
    }
    jf_match_buf want = {want_v, 0, sizeof want_v / sizeof want_v[0]};
    jf_matcher_scan(m, text, tl, record_all, &want);
    got.n = 0;
    CHECK_INT(jf_matcher_scan_all(m, text, tl, &got), JF_OK);
    qsort(want.v, want.n, sizeof *want.v, match_cmp);
    qsort(got.v, got.n, sizeof *got.v, match_cmp);
    bool same = got.n == want.n && (!got.n || !memcmp(got.v, want.v, got.n * sizeof *got.v));
    if (!same && mismatches++ < 5)
      CHECK_MSG(same, "round %d (%zu bytes): scan_all %zu matches, scan %zu", round, tl, got.n,
                want.n);
    jf_matcher_free(m);
  }
  CHECK_INT(mismatches, 0);
  /* A match across the midpoint of a text long enough to split: once. */
  const char *pats[] = {"学习打卡", "打卡"};
  jf_matcher *m = build(pats, NULL, 2);
  memset(text, 'x', 1000);
  memcpy(text + 500 - 6, "学习打卡", 12);
  got.n = 0;
  CHECK_INT(jf_matcher_scan_all(m, text, 1000, &got), JF_OK);
  qsort(got.v, got.n, sizeof *got.v, match_cmp);
  CHECK_INT(got.n, 2);
  if (got.n == 2) {
    CHECK(got.v[0].id == 0 && got.v[0].from == 494 && got.v[0].to == 506);
    CHECK(got.v[1].id == 1 && got.v[1].from == 500 && got.v[1].to == 506);
  }
  /* nothing to find; refused text */
  got.n = 0;
  CHECK_INT(jf_matcher_scan_all(m, "", 0, &got), JF_OK);
  CHECK_INT(got.n, 0);
  CHECK_INT(jf_matcher_scan_all(m, NULL, 3, &got), JF_EUSAGE);
  jf_matcher_free(m);
  free(got.v);
}

/* jf_matcher_scan on a long text runs two streams; the callback must still see every match
 * once, by end, and at one end in the order a single stream gives. The single-stream order at
 * an end is taken from a scan of the last maxlen bytes before it (short: one stream). Early
 * stops must cut the same sequence, and many matches past the midpoint (more than the second
 * stream holds) must not change it. */
static void check_scan_order(jf_matcher *m, const char *text, size_t tl, size_t maxlen,
                             int *mismatches) {
  static hits all, win;
  all.n = 0;
  all.stop_after = 0;
  size_t n = jf_matcher_scan(m, text, tl, record, &all);
  if (n > sizeof all.v / sizeof all.v[0]) return; /* more than recorded: say nothing */
  bool ok = n == all.n;
  for (size_t i = 1; ok && i < all.n; i++) ok = all.v[i - 1].end <= all.v[i].end;
  for (size_t i = 0; ok && i < all.n;) {
    size_t end = all.v[i].end, from = end > maxlen ? end - maxlen : 0, k = 0;
    win.n = 0;
    jf_matcher_scan(m, text + from, end - from, record, &win);
    while (k < win.n && win.v[k].end != end - from) k++;
    for (; ok && k < win.n; k++, i++)
      ok = i < all.n && all.v[i].end == end && all.v[i].id == win.v[k].id &&
           all.v[i].len == win.v[k].len;
    ok = ok && (i == all.n || all.v[i].end != end);
  }
  for (size_t stop = 1; ok && stop <= all.n; stop += 1 + stop / 3) {
    win.n = 0;
    win.stop_after = stop;
    ok = jf_matcher_scan(m, text, tl, record, &win) == stop && win.n == stop &&
         memcmp(win.v, all.v, stop * sizeof *win.v) == 0;
    win.stop_after = 0;
  }
  if (!ok && (*mismatches)++ < 5) CHECK_MSG(ok, "scan order differs on %zu bytes", tl);
}

static void test_scan_order(void) {
  static const char *alpha[] = {"a", "b", "跃", "率", "活"};
  static char text[4096];
  int mismatches = 0;
  for (int round = 0; round < 300; round++) {
    jf_matcher *m = jf_matcher_new();
    size_t npat = 1 + jf_t_rnd(30), maxlen = 0;
    for (size_t i = 0; i < npat; i++) {
      char pat[64] = "";
      size_t k = 1 + jf_t_rnd(round % 3 ? 4 : 8);
      for (size_t j = 0; j < k; j++) strcat(pat, alpha[jf_t_rnd(round % 2 ? 2 : 5)]);
      jf_matcher_add(m, pat, strlen(pat), (uint32_t)i);
      if (strlen(pat) > maxlen) maxlen = strlen(pat);
    }
    CHECK_INT(jf_matcher_compile(m), JF_OK);
    size_t tl = 0, want_len = 20 + jf_t_rnd(round % 4 ? 200 : 1500);
    while (tl < want_len) {
      const char *c = alpha[jf_t_rnd(round % 2 ? 2 : 5)];
      memcpy(text + tl, c, strlen(c));
      tl += strlen(c);
    }
    check_scan_order(m, text, tl, maxlen, &mismatches);
    jf_matcher_free(m);
  }
  /* every position a match, twice: far more than the second stream holds */
  const char *pats[] = {"aa", "a"};
  jf_matcher *m = build(pats, NULL, 2);
  memset(text, 'a', 300);
  check_scan_order(m, text, 300, 2, &mismatches);
  static hits h;
  h.n = 0;
  CHECK_INT(jf_matcher_scan(m, text, 300, record, &h), 599);
  CHECK(h.n > 2 && h.v[1].id == 0 && h.v[1].end == 2 && h.v[2].id == 1 && h.v[2].end == 2);
  jf_matcher_free(m);
  CHECK_INT(mismatches, 0);
}

/* Character mode (every pattern well-formed UTF-8) against byte mode and a naive search, on
 * texts of well-formed characters mixed with what character mode must cut right: stray
 * continuation bytes, truncated sequences, overlong forms and surrogates (which decode to a
 * pattern's code point or near it), bytes that are never UTF-8, 4-byte characters. Every match,
 * in order, with early stops, from both scans. */
static const char *const mixed_alpha[] = {
    "a", "b", "\"", "1", "跃", "率", "活", "\xc3\xa9" /* é */, "\xf0\x9f\x98\x80" /* U+1F600 */,
    "\xe8\xb7\x83" /* 跃 again */, "\xe4\xb8\xad" /* 中 */,
    /* not well-formed: */
    "\x80", "\xbf", "\xe8\xb7", "\xe8", "\xc3", "\xf0\x9f\x98", "\xff", "\xc0\xa1" /* '!' overlong */,
    "\xe0\x83\xa9" /* é overlong */, "\xed\xa0\x80" /* surrogate */, "\xf0\x8e\xb7\x83" /* 跃 overlong */,
    "\xf4\x90\x80\x80" /* past U+10FFFF */, "\xe8\x80\x80"};
enum { N_VALID = 11, N_MIXED = sizeof mixed_alpha / sizeof *mixed_alpha };

static void naive_all(char pats[][40], size_t npat, const char *text, size_t tl, hits *want) {
  want->n = 0;
  for (size_t i = 0; i < npat; i++) {
    size_t pl = strlen(pats[i]);
    for (size_t at = 0; at + pl <= tl; at++)
      if (memcmp(text + at, pats[i], pl) == 0 && want->n < sizeof want->v / sizeof *want->v)
        want->v[want->n++] = (hit){(uint32_t)i, at + pl, pl};
  }
}

static void test_char_mode(void) {
  static char text[4096];
  static hits got, byb, want;
  int mismatches = 0;
  for (int round = 0; round < 400; round++) {
    char pats[32][40];
    size_t npat = 1 + jf_t_rnd(30);
    jf_matcher *m = jf_matcher_new(), *mb = jf_matcher_new();
    jf_matcher_set_bytes_only(mb);
    for (size_t i = 0; i < npat; i++) {
      pats[i][0] = 0;
      size_t k = 1 + jf_t_rnd(round % 3 ? 3 : 7);
      for (size_t j = 0; j < k; j++) strcat(pats[i], mixed_alpha[jf_t_rnd(round % 5 ? 7 : N_VALID)]);
      jf_matcher_add(m, pats[i], strlen(pats[i]), (uint32_t)i);
      jf_matcher_add(mb, pats[i], strlen(pats[i]), (uint32_t)i);
    }
    CHECK_INT(jf_matcher_compile(m), JF_OK);
    CHECK_INT(jf_matcher_compile(mb), JF_OK);
    CHECK(jf_matcher_is_chars(m) && !jf_matcher_is_chars(mb));
    for (int trial = 0; trial < 10; trial++) {
      size_t tl = 0, want_len = jf_t_rnd(trial % 3 ? 80 : 1500);
      while (tl < want_len) {
        const char *c = mixed_alpha[jf_t_rnd(trial % 2 ? N_VALID : N_MIXED)];
        memcpy(text + tl, c, strlen(c));
        tl += strlen(c);
      }
      got.n = byb.n = 0;
      got.stop_after = byb.stop_after = 0;
      size_t n = jf_matcher_scan(m, text, tl, record, &got);
      jf_matcher_scan(mb, text, tl, record, &byb);
      naive_all(pats, npat, text, tl, &want);
      /* the callback order is the byte scan's, the set the naive one's */
      bool same = n == got.n && got.n == byb.n && !memcmp(got.v, byb.v, got.n * sizeof *got.v);
      qsort(got.v, got.n, sizeof *got.v, hit_cmp);
      qsort(want.v, want.n, sizeof *want.v, hit_cmp);
      same = same && got.n == want.n && !memcmp(got.v, want.v, got.n * sizeof *got.v);
      /* scan_all: the same matches */
      jf_match_buf b = {0};
      CHECK_INT(jf_matcher_scan_all(m, text, tl, &b), JF_OK);
      same = same && b.n == want.n;
      for (size_t i = 0; same && i < b.n; i++)
        same = b.v[i].to - b.v[i].from == strlen(pats[b.v[i].id]) &&
               !memcmp(text + b.v[i].from, pats[b.v[i].id], b.v[i].to - b.v[i].from);
      free(b.v);
      /* an early stop cuts the same sequence */
      if (same && want.n > 1) {
        got.n = byb.n = 0;
        got.stop_after = byb.stop_after = 1 + jf_t_rnd((uint32_t)want.n);
        same = jf_matcher_scan(m, text, tl, record, &got) ==
                   jf_matcher_scan(mb, text, tl, record, &byb) &&
               got.n == byb.n && !memcmp(got.v, byb.v, got.n * sizeof *got.v);
      }
      if (!same && mismatches++ < 5)
        CHECK_MSG(same, "round %d trial %d (%zu bytes): %zu matches, naive %zu", round, trial,
                  tl, got.n, want.n);
    }
    jf_matcher_free(m);
    jf_matcher_free(mb);
  }
  CHECK_INT(mismatches, 0);
}

/* Which mode compile picks: characters for well-formed patterns, bytes when one is not (a
 * stray byte, an overlong form, a surrogate, half a character) or when the patterns hold too
 * many distinct characters for a table of reasonable size. */
static void test_char_mode_choice(void) {
  static const char *const bad[] = {"\x80", "a\xe8\xb7", "\xc0\xa1", "\xed\xa0\x80",
                                    "\xf4\x90\x80\x80", "\xe0\x83\xa9"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    jf_matcher *m = jf_matcher_new();
    jf_matcher_add(m, "打卡", strlen("打卡"), 0);
    jf_matcher_add(m, bad[i], strlen(bad[i]), 1);
    CHECK_INT(jf_matcher_compile(m), JF_OK);
    CHECK(!jf_matcher_is_chars(m));
    hits h = {0};
    const char *t = "每日打卡";
    CHECK_INT(jf_matcher_scan(m, t, strlen(t), record, &h), 1);
    jf_matcher_free(m);
  }
  const char *pats[] = {"打卡", "é", "\xf0\x9f\x98\x80", "a"};
  jf_matcher *m = build(pats, NULL, 4);
  CHECK(jf_matcher_is_chars(m));
  hits h = {0};
  const char *t = "a打卡\xf0\x9f\x98\x80é";
  CHECK_INT(jf_matcher_scan(m, t, strlen(t), record, &h), 4);
  CHECK(has(&h, 3, 1, 1) && has(&h, 0, 7, 6) && has(&h, 2, 11, 4) && has(&h, 1, 13, 2));
  jf_matcher_free(m);
  /* 3000 distinct Chinese characters, one word each: bytes */
  m = jf_matcher_new();
  for (uint32_t cp = 0x4E00; cp < 0x4E00 + 3000; cp++) {
    char w[3] = {(char)(0xE0 | cp >> 12), (char)(0x80 | (cp >> 6 & 0x3F)), (char)(0x80 | (cp & 0x3F))};
    jf_matcher_add(m, w, 3, cp);
  }
  CHECK_INT(jf_matcher_compile(m), JF_OK);
  CHECK(!jf_matcher_is_chars(m));
  h.n = 0;
  CHECK_INT(jf_matcher_scan(m, "一丁", 6, record, &h), 2);
  jf_matcher_free(m);
}

int main(void) {
  test_classic();
  test_chinese();
  test_same_pattern_many_ids();
  test_edges();
  test_no_patterns();
  test_usage();
  test_random_vs_naive();
  test_long_texts();
  test_scan_all();
  test_scan_order();
  test_char_mode();
  test_char_mode_choice();
  return CHECK_DONE();
}
