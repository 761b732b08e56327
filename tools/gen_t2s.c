/* gen_t2s.c — build-time generator of the traditional-to-simplified character table.
 *
 * Usage: gen_t2s OUT.h
 *
 * Runs every CJK ideograph (Ext A, the URO, the compatibility block, Ext B and
 * the compatibility supplement) through OpenCC's "t2s.json" one character at a
 * time and writes the pairs whose result is exactly one different code point,
 * sorted, as `static const uint32_t jf_t2s_pairs[][2]`, and then jf_normalize's
 * table of every BMP code point (jf_norm_bmp, see engine/src/norm_bmp.h),
 * which needs the pairs, and its bitmap of the characters that stay as they
 * are (jf_norm_same). The characters go to
 * OpenCC in one call separated by newlines: phrases never span a newline, so
 * each line is converted on its own, and one call is far faster than 75,000.
 * The table is made at build time so a run loads no dictionary. */
#include <opencc/opencc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const uint32_t ranges[][2] = {
    {0x3400, 0x4DBF},   /* CJK Unified Ideographs Extension A */
    {0x4E00, 0x9FFF},   /* CJK Unified Ideographs */
    {0xF900, 0xFAFF},   /* CJK Compatibility Ideographs */
    {0x20000, 0x2A6DF}, /* Extension B */
    {0x2F800, 0x2FA1F}, /* CJK Compatibility Ideographs Supplement */
};

/* UTF-8 bytes of cp (utf8proc; the caller leaves room for 4). */
static size_t put_utf8(char *o, uint32_t cp) {
  return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)o);
}

/* Decode one UTF-8 character at *p (the input came from OpenCC, so it is valid). */
static uint32_t get_utf8(const char **p) {
  const unsigned char *s = (const unsigned char *)*p;
  uint32_t c = s[0];
  int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (k == 2) c = (c & 0x1F) << 6 | (s[1] & 0x3F);
  if (k == 3) c = (c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
  if (k == 4)
    c = (c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 | (uint32_t)(s[2] & 0x3F) << 6 |
        (s[3] & 0x3F);
  *p += k;
  return c;
}

static int cmp_pair(const void *a, const void *b) {
  uint32_t x = ((const uint32_t *)a)[0], y = ((const uint32_t *)b)[0];
  return x < y ? -1 : x > y;
}

/* The simplified form of cp in the sorted table, or cp. */
static uint32_t lookup(uint32_t (*pairs)[2], size_t n, uint32_t cp) {
  uint32_t key[2] = {cp, 0};
  uint32_t *hit = bsearch(key, pairs, n, sizeof *pairs, cmp_pair);
  return hit ? hit[1] : cp;
}

/* OpenCC converts a few characters only within phrases (its TSPhrases): 覆 of
 * 覆盖 stays, of 回覆 and 重覆 becomes 复; 瞭解 is 了解, 藉口 借口, 沈没 沉没.
 * A table of single characters misses them, so traditional 回覆“已閱” did not
 * read as 回复“已阅”. These are the phrases of OpenCC's TSPhrases whose
 * conversion changes a character that its character table keeps (and keeps
 * the number of characters): each is converted by OpenCC here, so the
 * dictionary decides the result and a phrase it no longer converts is left
 * out. The phrase as jf_normalize sees it is its characters each converted
 * (據瞭解 is 据瞭解 by then), the result what OpenCC makes of the phrase. */
static const char *const phrases[] = {
    "一目瞭然", "不瞭解", "以免藉口", "以功覆過", "侔德覆載", "傢俱", "凌藉", "函覆",
    "反反覆覆", "反覆", "反覆思維", "反覆思量", "反覆性", "名覆金甌", "回覆", "射覆",
    "彷彿", "憑藉", "憑藉着", "找藉口", "拜覆", "據瞭解", "文錦覆阱", "明瞭", "明覆",
    "沈沒", "沈沒成本", "沈積", "沈船", "沈默", "滑藉", "牴牾", "牴觸", "狐藉虎威",
    "申覆", "發覆", "瞭如", "瞭如指掌", "瞭然", "瞭然於心", "瞭若指掌", "瞭解",
    "瞭解到", "示覆", "稟覆", "答覆", "簡單明瞭", "素藉", "茵藉", "蕩覆", "藉代",
    "藉以", "藉助", "藉助於", "藉卉", "藉口", "藉喻", "藉寇兵", "藉寇兵齎盜糧", "藉手",
    "藉據", "藉故", "藉故推辭", "藉方", "藉條", "藉槁", "藉機", "藉此", "藉此機會",
    "藉甚", "藉由", "藉着", "藉端", "藉端生事", "藉箸代籌", "藉草枕塊", "藉詞", "藉讀",
    "藉資", "衹得", "衹見樹木", "衹見樹木不見森林", "覆上", "覆住", "覆信", "覆冒",
    "覆呈", "覆命", "覆墓", "覆宗", "覆帳", "覆幬", "覆成", "覆按", "覆文", "覆杯",
    "覆校", "覆瓿", "覆盂", "覆育", "覆蕉尋鹿", "覆逆", "覆醢", "覆醬瓿", "覆電",
    "覆露", "覆鹿尋蕉", "覆鹿遺蕉", "覆鼎", "見覆", "貂覆額", "買臣覆水", "踅門瞭戶",
    "躪藉", "醞藉", "重覆", "鈞覆", "雁杳魚沈", "電覆", "露覆", "頗覆", "顧藉",
};
#define N_PHRASES (sizeof phrases / sizeof *phrases)
#define PHRASE_MAX 16 /* characters */

/* One changed character of a phrase: jf_normalize looks the phrase up where
 * it meets that character (the hinge), `at` bytes into the phrase. */
typedef struct phrase_entry {
  uint32_t hinge;
  unsigned at, len;
  char from[PHRASE_MAX * 4 + 1], to[PHRASE_MAX * 4 + 1];
} phrase_entry;

static int cmp_entry(const void *a, const void *b) {
  const phrase_entry *x = a, *y = b;
  if (x->hinge != y->hinge) return x->hinge < y->hinge ? -1 : 1;
  if (x->len != y->len) return x->len > y->len ? -1 : 1; /* the longest first */
  if (x->at != y->at) return x->at < y->at ? -1 : 1;
  return strcmp(x->from, y->from);
}

/* The finished table, for norm_bmp.h's entries. */
static uint32_t (*final_pairs)[2];
static size_t n_final;

static inline uint32_t norm_t2s(uint32_t cp) {
  return lookup(final_pairs, n_final, cp);
}
#include "../engine/src/norm_bmp.h"

int main(int argc, char **argv) {
  int rc = 1;
  opencc_t cc = (opencc_t)-1;
  char *in = NULL, *conv = NULL, *pin = NULL, *pconv = NULL;
  phrase_entry *pent = NULL;
  uint32_t(*pairs)[2] = NULL;
  FILE *f = NULL;
  if (argc != 2) {
    fprintf(stderr, "usage: gen_t2s OUT.h\n");
    goto out;
  }
  size_t total = 0;
  for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
    total += ranges[r][1] - ranges[r][0] + 1;
  in = malloc(total * 5 + 1);
  pairs = malloc(total * sizeof *pairs);
  if (!in || !pairs) {
    fprintf(stderr, "gen_t2s: out of memory\n");
    goto out;
  }
  size_t il = 0;
  for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
    for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
      il += put_utf8(in + il, cp);
      in[il++] = '\n';
    }
  in[il] = 0;

  cc = opencc_open("t2s.json");
  if (cc == (opencc_t)-1) {
    fprintf(stderr, "gen_t2s: cannot open OpenCC t2s.json: %s\n", opencc_error());
    goto out;
  }
  conv = opencc_convert_utf8(cc, in, il);
  if (!conv) {
    fprintf(stderr, "gen_t2s: OpenCC conversion failed: %s\n", opencc_error());
    goto out;
  }

  /* Walk the input and output lines in step: line i is the i-th code point. */
  size_t n = 0, multi = 0;
  const char *p = conv;
  for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
    for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
      if (!*p) {
        fprintf(stderr, "gen_t2s: OpenCC output ends early at U+%04X\n", (unsigned)cp);
        goto out;
      }
      const char *line = p;
      const char *nl = strchr(p, '\n');
      if (!nl) nl = p + strlen(p);
      p = *nl ? nl + 1 : nl;
      uint32_t s = get_utf8(&line);
      if (line != nl) {
        multi++; /* not one code point: leave the character alone */
        continue;
      }
      if (s != cp) {
        pairs[n][0] = cp;
        pairs[n][1] = s;
        n++;
      }
    }
  qsort(pairs, n, sizeof *pairs, cmp_pair);

  /* Hong Kong's standard forms that t2s keeps (衞生 is 卫生, 衹是 只是, 枱 台,
   * 敍 叙, 粧 妆, 糭 粽): OpenCC's hk2s folds them through HKVariantsRev. A
   * character t2s keeps takes hk2s's single code point when that one is
   * itself simplified (t2s keeps it): not 抬, which hk2s turns into 擡. */
  {
    opencc_t hk = opencc_open("hk2s.json");
    if (hk == (opencc_t)-1) {
      fprintf(stderr, "gen_t2s: cannot open OpenCC hk2s.json: %s\n", opencc_error());
      goto out;
    }
    char *hconv = opencc_convert_utf8(hk, in, il);
    opencc_close(hk);
    if (!hconv) {
      fprintf(stderr, "gen_t2s: OpenCC conversion failed: %s\n", opencc_error());
      goto out;
    }
    size_t n_t2s = n;
    const char *hp = hconv;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
      for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
        if (!*hp) break;
        const char *line = hp;
        const char *nl = strchr(hp, '\n');
        if (!nl) nl = hp + strlen(hp);
        hp = *nl ? nl + 1 : nl;
        uint32_t h = get_utf8(&line);
        if (line != nl || h == cp) continue;
        if (lookup(pairs, n_t2s, cp) != cp || lookup(pairs, n_t2s, h) != h) continue;
        pairs[n][0] = cp;
        pairs[n][1] = h;
        n++;
      }
    opencc_convert_utf8_free(hconv);
    qsort(pairs, n, sizeof *pairs, cmp_pair);
  }

  /* Make the table idempotent: a result that is itself mapped follows the
   * chain, so t2s(t2s(c)) == t2s(c) and normalizing twice changes nothing. */
  size_t chained = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t s = pairs[i][1];
    for (int hop = 0; hop < 4; hop++) {
      uint32_t t = lookup(pairs, n, s);
      if (t == s) break;
      s = t;
    }
    if (s != pairs[i][1]) {
      pairs[i][1] = s;
      chained++;
    }
  }

  /* The phrases: OpenCC's conversion of each, one a line as for the characters. */
  size_t pl = 0;
  for (size_t i = 0; i < N_PHRASES; i++) pl += strlen(phrases[i]) + 1;
  pin = malloc(pl + 1);
  pent = calloc(N_PHRASES * PHRASE_MAX, sizeof *pent);
  if (!pin || !pent) {
    fprintf(stderr, "gen_t2s: out of memory\n");
    goto out;
  }
  pl = 0;
  for (size_t i = 0; i < N_PHRASES; i++) {
    size_t l = strlen(phrases[i]);
    memcpy(pin + pl, phrases[i], l);
    pl += l;
    pin[pl++] = '\n';
  }
  pin[pl] = 0;
  pconv = opencc_convert_utf8(cc, pin, pl);
  if (!pconv) {
    fprintf(stderr, "gen_t2s: OpenCC conversion failed: %s\n", opencc_error());
    goto out;
  }
  size_t np = 0, nkept = 0;
  p = pconv;
  for (size_t i = 0; i < N_PHRASES; i++) {
    const char *nl = strchr(p, '\n');
    if (!nl) {
      fprintf(stderr, "gen_t2s: OpenCC output ends early at phrase %zu\n", i);
      goto out;
    }
    uint32_t src[PHRASE_MAX], dst[PHRASE_MAX];
    size_t ns = 0, nd = 0;
    for (const char *q = phrases[i]; *q && ns < PHRASE_MAX;) src[ns++] = get_utf8(&q);
    for (const char *q = p; q < nl && nd < PHRASE_MAX;) dst[nd++] = get_utf8(&q);
    p = nl + 1;
    if (ns != nd) continue;
    /* the phrase as jf_normalize sees it: each character converted alone */
    uint32_t pat[PHRASE_MAX];
    bool ok = true, changed = false;
    for (size_t k = 0; k < ns; k++) {
      pat[k] = lookup(pairs, n, src[k]);
      if (lookup(pairs, n, dst[k]) != dst[k]) ok = false; /* the result must stay as it is */
      if (pat[k] != dst[k]) {
        changed = true;
        /* only a character the table keeps, to one as long in UTF-8 */
        char a[4], b[4];
        if (pat[k] != src[k] || put_utf8(a, pat[k]) != put_utf8(b, dst[k])) ok = false;
      }
    }
    if (!ok || !changed) continue;
    nkept++;
    char from[PHRASE_MAX * 4 + 1], to[PHRASE_MAX * 4 + 1];
    size_t fl = 0, tl = 0, at[PHRASE_MAX];
    for (size_t k = 0; k < ns; k++) {
      at[k] = fl;
      fl += put_utf8(from + fl, pat[k]);
      tl += put_utf8(to + tl, dst[k]);
    }
    from[fl] = to[tl] = 0;
    for (size_t k = 0; k < ns; k++) {
      if (pat[k] == dst[k]) continue;
      phrase_entry *e = &pent[np++];
      e->hinge = pat[k];
      e->at = (unsigned)at[k];
      e->len = (unsigned)fl;
      memcpy(e->from, from, fl + 1);
      memcpy(e->to, to, tl + 1);
    }
  }
  qsort(pent, np, sizeof *pent, cmp_entry);

  f = fopen(argv[1], "w");
  if (!f) {
    perror(argv[1]);
    goto out;
  }
  fprintf(f,
          "/* t2s_table.h — generated by tools/gen_t2s.c from OpenCC t2s.json; do not edit.\n"
          " * %zu (traditional, simplified) code point pairs, sorted by the first. */\n"
          "#ifndef JF_T2S_TABLE_H\n#define JF_T2S_TABLE_H\n#include <stdint.h>\n\n"
          "#define JF_T2S_COUNT %zu\n\n"
          "static const uint32_t jf_t2s_pairs[][2] = {\n",
          n, n);
  for (size_t i = 0; i < n; i++)
    fprintf(f, "  {0x%04X, 0x%04X},%s", (unsigned)pairs[i][0], (unsigned)pairs[i][1],
            i % 4 == 3 ? "\n" : "");
  fprintf(f, "%s};\n\n", n % 4 ? "\n" : "");
  /* The phrases, by hinge and the longest first (see phrases[]). */
  fprintf(f,
          "/* %zu phrases OpenCC converts as phrases only, one entry per changed\n"
          " * character (the hinge), by hinge and the longest first: `at` is the\n"
          " * hinge's byte offset in `from`, `len` the bytes of `from` and `to`. */\n"
          "#define JF_T2S_PHRASES %zu\n\n"
          "static const struct jf_t2s_phrase {\n"
          "  uint32_t hinge;\n  uint8_t at, len;\n  const char *from, *to;\n"
          "} jf_t2s_phrases[] = {\n",
          nkept, np);
  for (size_t i = 0; i < np; i++) {
    const phrase_entry *e = &pent[i];
    fprintf(f, "  {0x%04X, %u, %u, \"", (unsigned)e->hinge, e->at, e->len);
    for (const unsigned char *q = (const unsigned char *)e->from; *q; q++) fprintf(f, "\\%03o", *q);
    fprintf(f, "\", \"");
    for (const unsigned char *q = (const unsigned char *)e->to; *q; q++) fprintf(f, "\\%03o", *q);
    fprintf(f, "\"}, /* %s %s */\n", e->from, e->to);
  }
  fprintf(f, "};\n\n");
  /* jf_normalize's table: every BMP code point's entry (norm_bmp.h), with
   * F_PHRASE on each hinge */
  final_pairs = pairs;
  n_final = n;
  static uint32_t entries[0x10000];
  for (uint32_t cp = 0; cp < 0x10000; cp++) entries[cp] = norm_bmp_entry(cp);
  for (size_t i = 0; i < np; i++)
    if (pent[i].hinge < 0x10000) entries[pent[i].hinge] |= F_PHRASE;
  fprintf(f, "static const uint32_t jf_norm_bmp[0x10000] = {\n");
  for (uint32_t cp = 0; cp < 0x10000; cp++)
    fprintf(f, "%s0x%08X,%s", cp % 8 ? " " : "  ", (unsigned)entries[cp], cp % 8 == 7 ? "\n" : "");
  fprintf(f, "};\n\n");
  /* Its digest for runs of Chinese text (norm_bmp.h, jf_norm_same): one bit
   * per code point that normalizes to itself and is CJK. Nothing below
   * U+0800 is set, so an overlong 3-byte form never matches. */
  fprintf(f, "static const uint64_t jf_norm_same[0x10000 / 64] = {\n");
  for (uint32_t w = 0; w < 0x10000 / 64; w++) {
    uint64_t bits = 0;
    for (uint32_t b = 0; b < 64; b++) {
      uint32_t cp = w * 64 + b;
      if (cp >= 0x800 && entries[cp] == (cp | F_CJK)) bits |= 1ull << b;
    }
    fprintf(f, "%s0x%016llXull,%s", w % 4 ? " " : "  ", (unsigned long long)bits,
            w % 4 == 3 ? "\n" : "");
  }
  fprintf(f, "};\n\n#endif\n");
  if (fclose(f) != 0) {
    f = NULL;
    perror(argv[1]);
    goto out;
  }
  f = NULL;
  fprintf(stderr,
          "gen_t2s: %zu pairs (%zu chained, %zu multi-character results skipped), %zu phrases\n",
          n, chained, multi, nkept);
  rc = 0;
out:
  if (f) fclose(f);
  if (conv) opencc_convert_utf8_free(conv);
  if (pconv) opencc_convert_utf8_free(pconv);
  free(pin);
  free(pent);
  if (cc != (opencc_t)-1) opencc_close(cc);
  free(in);
  free(pairs);
  return rc;
}
