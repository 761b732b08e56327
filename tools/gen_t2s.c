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
  char *in = NULL, *conv = NULL;
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
  /* jf_normalize's table: every BMP code point's entry (norm_bmp.h). */
  final_pairs = pairs;
  n_final = n;
  static uint32_t entries[0x10000];
  for (uint32_t cp = 0; cp < 0x10000; cp++) entries[cp] = norm_bmp_entry(cp);
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
  fprintf(stderr, "gen_t2s: %zu pairs (%zu chained, %zu multi-character results skipped)\n", n,
          chained, multi);
  rc = 0;
out:
  if (f) fclose(f);
  if (conv) opencc_convert_utf8_free(conv);
  if (cc != (opencc_t)-1) opencc_close(cc);
  free(in);
  free(pairs);
  return rc;
}
