/* test_word_filter.c — word_filter.h: never "no" for a word that occurs (the
 * C helpers skip their scan on "no"), and "no" for texts without the words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "word_filter.h"

static bool may(const char *const *words, size_t n, const char *t) {
  size_t lens[16];
  for (size_t i = 0; i < n; i++) lens[i] = strlen(words[i]);
  uint16_t *p = jf_wf_probes(words, lens, n);
  CHECK(p != NULL);
  bool r = jf_wf_may_occur(p, n, t, strlen(t));
  free(p);
  return r;
}

static void test_cases(void) {
  const char *plat[] = {"平台", "app", "小程序"};
  CHECK(may(plat, 3, "各单位在平台上报"));
  CHECK(may(plat, 3, "下载app并注册"));
  CHECK(!may(plat, 3, "考核打卡率不得低于80%"));
  /* the same characters apart are not the word, but may pass: only "no" must be right */
  CHECK(may(plat, 3, "小程序"));
  /* the text asked about changes: each answer is about its own text */
  CHECK(!may(plat, 3, "取消学习打卡考核"));
  CHECK(may(plat, 3, "取消平台打卡考核"));
  CHECK(!may(plat, 3, "取消学习打卡考核"));
  /* one-byte words may always occur; empty words never (the automata leave them out) */
  const char *comma[] = {","};
  CHECK(may(comma, 1, "考核"));
  const char *empty[] = {""};
  CHECK(!may(empty, 1, "考核"));
  CHECK(!may(plat, 3, ""));
  /* a text too long to learn is always scanned */
  char *big = malloc(JF_WF_MAX_TEXT + 2);
  memset(big, 'x', JF_WF_MAX_TEXT + 1);
  big[JF_WF_MAX_TEXT + 1] = 0;
  CHECK(may(plat, 3, big));
  free(big);
  /* without probes (a long list, or no memory) the answer is yes */
  CHECK(jf_wf_may_occur(NULL, 3, "考核", 6));
}

/* Random words and texts over a few characters (CJK, ASCII and a 2-byte
 * one), more than 255 texts so the map's numbers wrap: whenever a word
 * occurs, the answer is yes. */
static unsigned rnd(unsigned *seed, unsigned n) {
  *seed = *seed * 1103515245u + 12345u;
  return (*seed >> 16) % n;
}

static void test_random(void) {
  static const char *const alpha[] = {"考", "核", "平", "台", "打", "卡", "a", "p", ",", "é", "率"};
  unsigned na = sizeof alpha / sizeof *alpha, seed = 12345;
  size_t no = 0;
  for (int round = 0; round < 3000; round++) {
    char text[256] = "", words[4][32];
    const char *wv[4];
    size_t lens[4];
    unsigned tl = rnd(&seed, 20);
    for (unsigned i = 0; i < tl; i++) strcat(text, alpha[rnd(&seed, na)]);
    for (int w = 0; w < 4; w++) {
      words[w][0] = 0;
      unsigned wl = 1 + rnd(&seed, 3);
      for (unsigned i = 0; i < wl; i++) strcat(words[w], alpha[rnd(&seed, na)]);
      wv[w] = words[w];
      lens[w] = strlen(words[w]);
    }
    uint16_t *p = jf_wf_probes(wv, lens, 4);
    CHECK(p != NULL);
    bool any = false;
    for (int w = 0; w < 4; w++) any = any || strstr(text, words[w]) != NULL;
    bool r = jf_wf_may_occur(p, 4, text, strlen(text));
    if (any && !r) {
      fprintf(stderr, "  missed a word of %s|%s|%s|%s in %s\n", wv[0], wv[1], wv[2], wv[3], text);
      CHECK(0);
    }
    if (!r) no++;
    free(p);
  }
  printf("word filter: no for %zu of 3000 random lists\n", no);
  CHECK(no > 300); /* it does answer no */
}

/* The memo answers as the filter does: for the text it was made about, and
 * not after another text was learnt, even one of the same length. */
static void test_memo(void) {
  const char *wv[] = {"打卡"}, *ov[] = {"平台"};
  size_t lens[] = {strlen("打卡")};
  uint16_t *p = jf_wf_probes(wv, lens, 1), *q = jf_wf_probes(ov, lens, 1);
  CHECK(p != NULL && q != NULL);
  if (!p || !q) return;
  jf_wf_memo m = {0}, mq = {0};
  const char *yes = "每天打卡", *no = "每天考核", *yes2 = "考核打卡";
  for (int round = 0; round < 2; round++) {
    CHECK(jf_wf_may_occur_memo(p, 1, yes, strlen(yes), &m));
    CHECK(m.text != 0 && m.may);
    CHECK(jf_wf_may_occur_memo(p, 1, yes, strlen(yes), &m));
    CHECK(!jf_wf_may_occur_memo(q, 1, yes, strlen(yes), &mq)); /* another list, its own memo */
    CHECK(jf_wf_may_occur_memo(p, 1, yes, strlen(yes), &m));
    CHECK(!jf_wf_may_occur_memo(p, 1, no, strlen(no), &m)); /* same length, other text */
    CHECK(!jf_wf_may_occur_memo(p, 1, no, strlen(no), &m));
    CHECK(jf_wf_may_occur_memo(p, 1, yes2, strlen(yes2), &m));
    CHECK(!jf_wf_may_occur_memo(p, 1, yes2, 6, &m)); /* its first half: 考核 */
  }
  /* no probes, or a text too long to learn: always yes, memo untouched */
  jf_wf_memo z = {0};
  CHECK(jf_wf_may_occur_memo(NULL, 1, no, strlen(no), &z) && z.text == 0);
  free(p);
  free(q);
}

/* What the filter learns of a text is exactly its byte pairs, whatever the
 * text's length (learning takes 16 pairs at a time, then one by one): a
 * two-byte word is "yes" exactly when its pair's entry ((a & 63) << 6 |
 * (b & 63)) is one of the text's. The bytes past the text differ from it, so
 * a pair read past the end would show. */
static void test_learn_exact(void) {
  unsigned seed = 777;
  static char buf[JF_WF_MAX_TEXT + 64];
  int wrong = 0;
  for (int round = 0; round < 400; round++) {
    size_t len = rnd(&seed, round % 4 ? 80 : JF_WF_MAX_TEXT + 1);
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (char)(i < len ? rnd(&seed, 256) : 0x3F);
    bool in[4096] = {false};
    for (size_t i = 0; i + 1 < len; i++)
      in[((unsigned char)buf[i] & 63u) << 6 | ((unsigned char)buf[i + 1] & 63u)] = true;
    for (int w = 0; w < 64; w++) {
      char word[2] = {(char)rnd(&seed, 256), (char)rnd(&seed, 256)};
      if (w == 0) word[0] = word[1] = 0x3F; /* the filler's pair */
      const char *wv[] = {word};
      size_t wl[] = {2};
      uint16_t *p = jf_wf_probes(wv, wl, 1);
      bool want = in[((unsigned char)word[0] & 63u) << 6 | ((unsigned char)word[1] & 63u)];
      if (p && jf_wf_may_occur(p, 1, buf, len) != want && wrong++ < 5)
        CHECK_MSG(false, "round %d: text of %zu bytes, pair %02x %02x: %s", round, len,
                  (unsigned char)word[0], (unsigned char)word[1], want ? "missed" : "invented");
      free(p);
    }
  }
  CHECK_INT(wrong, 0);
}

int main(void) {
  test_cases();
  test_random();
  test_memo();
  test_learn_exact();
  return CHECK_DONE();
}
