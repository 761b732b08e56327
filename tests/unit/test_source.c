/* test_source.c — jf_source_decode (UTF-8, BOM, UTF-16, GB18030, binary, bad bytes)
 * and the mapping of byte offsets to line and column. */
#include <iconv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/source.h"

/* Convert UTF-8 `s` to `enc` with iconv; *n gets the length. Caller frees. */
static char *encode(const char *s, const char *enc, size_t *n) {
  iconv_t cd = iconv_open(enc, "UTF-8");
  if (cd == (iconv_t)-1) return NULL;
  size_t inl = strlen(s), cap = inl * 4 + 8, outl = cap;
  char *out = malloc(cap), *op = out, *in = (char *)s;
  if (iconv(cd, &in, &inl, &op, &outl) == (size_t)-1) {
    free(out);
    out = NULL;
  }
  iconv_close(cd);
  if (out) *n = cap - outl;
  return out;
}

/* Decode and expect success with text `want` and encoding `enc`. */
static void expect_text(const char *bytes, size_t len, const char *want, const char *enc) {
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(bytes, len, "plan.txt", &src, &err), JF_OK);
  if (!src) {
    fprintf(stderr, "  error: %s\n", err.message ? err.message : "?");
    jf_error_clear(&err);
    return;
  }
  CHECK_STR(jf_source_text(src), want);
  CHECK_INT(jf_source_len(src), strlen(want));
  CHECK_STR(jf_source_encoding(src), enc);
  CHECK_STR(jf_source_path(src), "plan.txt");
  jf_source_free(src);
}

static const char plan[] = "一、考核内容\r\n"
                           "各乡镇“赣政通”APP活跃率不得低于80%。\r\n"
                           "每日点赞、转发不少于3次（5分）\n";

static void test_utf8(void) {
  expect_text(plan, strlen(plan), plan, "utf-8");
  char bom[sizeof plan + 3] = "\xEF\xBB\xBF";
  memcpy(bom + 3, plan, sizeof plan);
  expect_text(bom, strlen(bom), plan, "utf-8-bom");
  expect_text("", 0, "", "utf-8");
  expect_text("\xEF\xBB\xBF", 3, "", "utf-8-bom");
  expect_text("plain ascii", 11, "plain ascii", "utf-8");
  expect_text("\xF0\xA0\x80\x80", 4, "\xF0\xA0\x80\x80", "utf-8"); /* U+20000 */
}

static void test_utf16(void) {
  size_t n;
  char *le = encode(plan, "UTF-16LE", &n);
  CHECK(le != NULL);
  char *b = malloc(n + 2);
  memcpy(b, "\xFF\xFE", 2);
  memcpy(b + 2, le, n);
  expect_text(b, n + 2, plan, "utf-16le");
  free(b);
  free(le);

  char *be = encode("活跃率 𠀀 end\n", "UTF-16BE", &n);
  b = malloc(n + 2);
  memcpy(b, "\xFE\xFF", 2);
  memcpy(b + 2, be, n);
  expect_text(b, n + 2, "活跃率 𠀀 end\n", "utf-16be");

  /* Odd length and a lone surrogate are encoding errors. */
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(b, n + 1, "x.txt", &src, &err), JF_EENCODING);
  CHECK(src == NULL);
  jf_error_clear(&err);
  free(b);
  free(be);
  const char lone[] = "\xFF\xFE"
                      "a\0\n\0\x00\xD8"
                      "b\0";
  CHECK_INT(jf_source_decode(lone, sizeof lone - 1, "x.txt", &src, &err), JF_EENCODING);
  CHECK_INT(err.line, 2);
  CHECK_INT(err.column, 1);
  CHECK(err.message && strstr(err.message, "surrogate"));
  jf_error_clear(&err);
}

static void test_gb18030(void) {
  const char *texts[] = {
      plan,
      "关于开展“指尖上的形式主义”专项整治的通知\n考核：APP日活跃率≥80%\n",
      "繁體：活躍率低於８０％\n",
      "€ and 𠀀 (four-byte GB18030)\n",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    size_t n;
    char *gb = encode(texts[i], "GB18030", &n);
    CHECK(gb != NULL);
    if (!gb) continue;
    expect_text(gb, n, texts[i], "gb18030");
    free(gb);
  }
  /* GBK bytes are GB18030. */
  size_t n;
  char *gbk = encode("考核细则", "GBK", &n);
  expect_text(gbk, n, "考核细则", "gb18030");
  free(gbk);
}

static void test_bad(void) {
  jf_source *src = NULL;
  jf_error err = {0};
  /* 0xFF is invalid in both UTF-8 and GB18030. */
  const char bad[] = "line one\nline two\r\n活跃\xFF率\n";
  CHECK_INT(jf_source_decode(bad, strlen(bad), "bad.txt", &src, &err), JF_EENCODING);
  CHECK(src == NULL);
  CHECK_INT(err.status, JF_EENCODING);
  CHECK_INT(err.line, 3);
  CHECK_INT(err.column, 3);
  CHECK_STR(err.file, "bad.txt");
  CHECK_STR(err.message, "invalid UTF-8 at line 3, column 3 (byte 0xff), and not valid GB18030 "
                         "either");
  jf_error_clear(&err);

  /* A truncated GB18030 character at the end. */
  const char trunc[] = "abc\n\xBB";
  CHECK_INT(jf_source_decode(trunc, strlen(trunc), "t.txt", &src, &err), JF_EENCODING);
  CHECK_INT(err.line, 2);
  CHECK_INT(err.column, 1);
  jf_error_clear(&err);

  /* With a UTF-8 BOM there is no GB18030 fallback. */
  size_t n;
  char *gb = encode("考核", "GB18030", &n);
  char *b = malloc(n + 3);
  memcpy(b, "\xEF\xBB\xBF", 3);
  memcpy(b + 3, gb, n);
  CHECK_INT(jf_source_decode(b, n + 3, "bom.txt", &src, &err), JF_EENCODING);
  CHECK_INT(err.line, 1);
  CHECK_INT(err.column, 1);
  jf_error_clear(&err);
  free(b);
  free(gb);

  /* Overlong and surrogate UTF-8 forms are not UTF-8: C0 80 is then a GB18030
   * character, ED A0 80 is not GB18030 either (the lone 0x80). */
  CHECK_INT(jf_source_decode("\xC0\x80", 2, "o.txt", &src, &err), JF_OK);
  CHECK_STR(jf_source_encoding(src), "gb18030");
  jf_source_free(src);
  CHECK_INT(jf_source_decode("ab\xED\xA0\x80", 5, "s.txt", &src, &err), JF_EENCODING);
  CHECK_INT(err.column, 3);
  jf_error_clear(&err);
}

/* Valid and invalid 3-byte forms at every offset inside a run of Chinese
 * text, which the UTF-8 check takes several characters per load: a valid
 * one keeps the text UTF-8, an invalid one never lets it pass as UTF-8. */
static void test_forms_in_cjk(void) {
  static const char *valid[] = {"\xE0\xA0\x80", "\xED\x9F\xBF", "\xEF\xBF\xBF", "a", "\n",
                                "\xC2\x80", "\xF0\xA0\x80\x80"};
  static const char *invalid[] = {"\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
                                  "\xED\xBF\xBF", "\xE4\xB8", "\xE4\x38\xAD", "\x80"};
  for (int before = 0; before < 12; before++) {
    char head[64] = "";
    for (int i = 0; i < before; i++) strcat(head, "中");
    for (size_t k = 0; k < sizeof valid / sizeof valid[0]; k++) {
      char s[128];
      snprintf(s, sizeof s, "%s%s文文文文文文", head, valid[k]);
      expect_text(s, strlen(s), s, "utf-8");
    }
    for (size_t k = 0; k < sizeof invalid / sizeof invalid[0]; k++) {
      char s[128];
      snprintf(s, sizeof s, "%s%s文文文文文文", head, invalid[k]);
      jf_source *src = NULL;
      jf_error err = {0};
      jf_status st = jf_source_decode(s, strlen(s), "x.txt", &src, &err);
      CHECK(st != JF_OK || strcmp(jf_source_encoding(src), "utf-8") != 0);
      jf_source_free(src);
      jf_error_clear(&err);
    }
  }
}

static void test_binary(void) {
  jf_source *src = NULL;
  jf_error err = {0};
  const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  CHECK_INT(jf_source_decode(png, sizeof png - 1, "x.png", &src, &err), JF_EBINARY);
  CHECK(src == NULL);
  CHECK_STR(err.message, "binary file (NUL byte at offset 8)");
  CHECK_STR(err.file, "x.png");
  jf_error_clear(&err);

  /* UTF-16 without a BOM has NULs: binary, not garbage text. */
  size_t n;
  char *le = encode("hello", "UTF-16LE", &n);
  CHECK_INT(jf_source_decode(le, n, "u.txt", &src, &err), JF_EBINARY);
  jf_error_clear(&err);
  free(le);

  /* A NUL far into a text file still cannot be part of the text. */
  size_t big = 20000;
  char *s = malloc(big);
  memset(s, 'a', big);
  s[100] = '\n';
  s[15000] = 0;
  CHECK_INT(jf_source_decode(s, big, "big.txt", &src, &err), JF_EBINARY);
  CHECK_INT(err.line, 2);
  jf_error_clear(&err);
  free(s);
}

static void test_positions(void) {
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(plan, strlen(plan), "p.txt", &src, &err), JF_OK);
  if (!src) return;
  const char *t = jf_source_text(src);
  CHECK_INT(jf_source_line_count(src), 3);
  CHECK_INT(jf_source_line_start(src, 1), 0);
  CHECK_INT(jf_source_line_start(src, 2), strstr(t, "各乡镇") - t);
  CHECK_INT(jf_source_line_start(src, 3), strstr(t, "每日") - t);
  CHECK_INT(jf_source_line_start(src, 4), strlen(t)); /* after the final newline */
  CHECK_INT(jf_source_line_start(src, 99), strlen(t));

  static const struct {
    const char *needle;
    int line, col;
  } pos[] = {
      {"一、", 1, 1}, {"考核", 1, 3}, {"各乡镇", 2, 1}, {"APP", 2, 9},  {"活跃率", 2, 12},
      {"80%", 2, 19}, {"。", 2, 22},  {"每日", 3, 1},   {"3次", 3, 11}, {"（5分）", 3, 13},
  };
  for (size_t i = 0; i < sizeof pos / sizeof pos[0]; i++) {
    int line = 0, col = 0;
    jf_source_position(src, (size_t)(strstr(t, pos[i].needle) - t), &line, &col);
    CHECK_MSG(line == pos[i].line && col == pos[i].col, "\"%s\": %d:%d, want %d:%d", pos[i].needle,
              line, col, pos[i].line, pos[i].col);
  }
  int line, col;
  /* Inside a character counts as that character. */
  jf_source_position(src, (size_t)(strstr(t, "活跃率") - t) + 1, &line, &col);
  CHECK_INT(line, 2);
  CHECK_INT(col, 12);
  jf_source_position(src, (size_t)(strstr(t, "活跃率") - t) + 5, &line, &col);
  CHECK_INT(col, 13);
  /* The \r and \n of a CRLF both sit right after the line's last character. */
  size_t cr = (size_t)(strstr(t, "\r\n") - t);
  jf_source_position(src, cr, &line, &col);
  CHECK_INT(line, 1);
  CHECK_INT(col, 7);
  jf_source_position(src, cr + 1, &line, &col);
  CHECK_INT(line, 1);
  CHECK_INT(col, 7);
  /* The end of the text, and past it. */
  jf_source_position(src, strlen(t), &line, &col);
  CHECK_INT(line, 4);
  CHECK_INT(col, 1);
  jf_source_position(src, strlen(t) + 100, &line, &col);
  CHECK_INT(line, 4);
  CHECK_INT(col, 1);
  jf_source_free(src);

  /* Positions in a GB18030 file are those of the original characters. */
  size_t n;
  char *gb = encode("第一条\n第二条 考核APP\n", "GB18030", &n);
  CHECK_INT(jf_source_decode(gb, n, "g.txt", &src, &err), JF_OK);
  t = jf_source_text(src);
  jf_source_position(src, (size_t)(strstr(t, "APP") - t), &line, &col);
  CHECK_INT(line, 2);
  CHECK_INT(col, 7);
  CHECK_INT(jf_source_line_count(src), 2);
  jf_source_free(src);
  free(gb);

  /* No final newline; empty file. */
  CHECK_INT(jf_source_decode("a\nb", 3, "n.txt", &src, &err), JF_OK);
  CHECK_INT(jf_source_line_count(src), 2);
  jf_source_position(src, 2, &line, &col);
  CHECK_INT(line, 2);
  CHECK_INT(col, 1);
  jf_source_free(src);
  CHECK_INT(jf_source_decode("", 0, "e.txt", &src, &err), JF_OK);
  CHECK_INT(jf_source_line_count(src), 0);
  CHECK_INT(jf_source_len(src), 0);
  CHECK_STR(jf_source_text(src), "");
  jf_source_position(src, 0, &line, &col);
  CHECK_INT(line, 1);
  CHECK_INT(col, 1);
  CHECK_INT(jf_source_line_start(src, 1), 0);
  jf_source_free(src);
  jf_source_free(NULL);
}

/* Many lines: the binary search agrees with a linear count. */
static void test_many_lines(void) {
  size_t lines = 5000;
  const char *unit = "第%zu条 APP活跃率\r\n";
  char *s = malloc(lines * 40);
  size_t n = 0;
  for (size_t i = 0; i < lines; i++)
    n += (size_t)sprintf(s + n, unit, i);
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(s, n, "m.txt", &src, &err), JF_OK);
  CHECK_INT(jf_source_line_count(src), lines);
  int bad = 0, ln = 1, col = 1;
  for (size_t off = 0; off < n; off++) {
    int l, c;
    jf_source_position(src, off, &l, &c);
    if ((s[off] & 0xC0) != 0x80 && (l != ln || (s[off] != '\n' && c != col))) bad++;
    if (s[off] == '\n') {
      ln++;
      col = 1;
    } else if ((s[off] & 0xC0) != 0x80) {
      col++;
    }
  }
  CHECK_INT(bad, 0);
  jf_source_free(src);
  free(s);
}

/* Long lines (paragraphs): columns are counted eight bytes at a time, with
 * 1- to 4-byte characters straddling every word boundary, from the line
 * start or from the last position asked for (a hint): asked in order,
 * backwards and at random, every answer is the naive count's. */
/* One line far longer than the column counter's 255 steps of 16 bytes. */
static void test_very_long_line(void) {
  size_t chars = 9000, n = 0;
  char *s = malloc(chars * 3 + 8);
  for (size_t i = 0; i < chars; i++) {
    const char *u = i % 7 == 3 ? "a" : "考";
    memcpy(s + n, u, strlen(u));
    n += strlen(u);
  }
  memcpy(s + n, "\nb", 2);
  n += 2;
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(s, n, "line.txt", &src, &err), JF_OK);
  int l, c;
  jf_source_position(src, n - 2, &l, &c); /* the '\n' */
  CHECK_INT(l, 1);
  CHECK_INT(c, (int)chars + 1);
  jf_source_position(src, n - 1, &l, &c);
  CHECK_INT(l, 2);
  CHECK_INT(c, 1);
  jf_source_free(src);
  free(s);
}

static void test_long_lines(void) {
  static const char *const units[] = {"考核", "a", "é", "😀", "，", "\r\n", "12", "\n"};
  char *s = malloc(64 * 1024);
  size_t n = 0;
  unsigned r = 7;
  while (n < 60000) {
    r = r * 1103515245u + 12345u;
    const char *u = units[(r >> 16) % (sizeof units / sizeof units[0])];
    if (u[0] == '\n' || u[0] == '\r') /* few line breaks: lines of ~1000 characters */
      if ((r >> 8) % 64) u = "考";
    memcpy(s + n, u, strlen(u));
    n += strlen(u);
  }
  int *want_line = malloc(n * sizeof *want_line), *want_col = malloc(n * sizeof *want_col);
  int ln = 1, col = 1;
  for (size_t off = 0; off < n; off++) {
    size_t c = off; /* inside a character: that character */
    while (c > 0 && (s[c] & 0xC0) == 0x80) c--;
    if (c == off) {
      bool cr_lf = s[off] == '\n' && off > 0 && s[off - 1] == '\r';
      want_line[off] = ln;
      want_col[off] = cr_lf ? col - 1 : col;
      if (s[off] == '\n') {
        ln++;
        col = 1;
      } else {
        col++;
      }
    } else {
      want_line[off] = want_line[c];
      want_col[off] = want_col[c];
    }
  }
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(s, n, "long.txt", &src, &err), JF_OK);
  for (int order = 0; order < 3; order++) {
    int bad = 0;
    for (size_t k = 0; k < n; k++) {
      size_t off = order == 0 ? k : order == 1 ? n - 1 - k : (r = r * 1103515245u + 12345u) % n;
      int l, c;
      jf_source_position(src, off, &l, &c);
      if (l != want_line[off] || c != want_col[off]) bad++;
    }
    CHECK_MSG(bad == 0, "order %d: %d wrong positions", order, bad);
  }
  jf_source_free(src);
  free(want_line);
  free(want_col);
  free(s);
}

/* Many lines, empty ones among them: the line is looked for from the last
 * answer's, galloping forward, so ask at every distance ahead of it, at the
 * end, backwards and at random; every line is the naive count's. */
static void test_line_jumps(void) {
  size_t n_lines = 20000, n = 0;
  char *s = malloc(n_lines * 8 + 1);
  size_t *start = malloc((n_lines + 1) * sizeof *start);
  unsigned r = 11;
  for (size_t i = 0; i < n_lines; i++) {
    start[i] = n;
    r = r * 1103515245u + 12345u;
    size_t len = (r >> 16) % 4 == 0 ? 0 : (r >> 12) % 6; /* a quarter empty */
    for (size_t k = 0; k < len; k++) s[n++] = 'a';
    s[n++] = '\n';
  }
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(s, n, "lines.txt", &src, &err), JF_OK);
  int bad = 0, l, c;
  /* line i, then line i + d for every distance d (from line i each time) */
  for (size_t d = 0; d < n_lines; d = d ? d * 3 / 2 + 1 : 1)
    for (size_t i = 0; i + d < n_lines; i += 997) {
      jf_source_position(src, start[i], &l, &c);
      if (l != (int)i + 1 || c != 1) bad++;
      jf_source_position(src, start[i + d], &l, &c);
      if (l != (int)(i + d) + 1 || c != 1) bad++;
    }
  CHECK_MSG(bad == 0, "ahead: %d wrong positions", bad);
  bad = 0;
  for (int order = 0; order < 3; order++)
    for (size_t k = 0; k < n_lines; k++) {
      size_t i = order == 0 ? k : order == 1 ? n_lines - 1 - k : (r = r * 1103515245u + 12345u) % n_lines;
      size_t end = i + 1 < n_lines ? start[i + 1] - 1 : n - 1; /* its '\n' */
      jf_source_position(src, end, &l, &c);
      if (l != (int)i + 1 || c != (int)(end - start[i]) + 1) bad++;
    }
  CHECK_MSG(bad == 0, "in order, backwards, at random: %d wrong positions", bad);
  jf_source_position(src, n, &l, &c); /* the end: the empty line after the last '\n' */
  CHECK_INT(l, (int)n_lines + 1);
  CHECK_INT(c, 1);
  jf_source_free(src);
  free(start);
  free(s);
}

int main(void) {
  test_utf8();
  test_utf16();
  test_gb18030();
  test_bad();
  test_forms_in_cjk();
  test_binary();
  test_positions();
  test_many_lines();
  test_line_jumps();
  test_long_lines();
  test_very_long_line();
  return CHECK_DONE();
}
