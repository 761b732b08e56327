/* test_report_escape.c — the reporters' own JSON writer (report_write.c)
 * against jansson, which it must match byte for byte: strings (escapes,
 * and which strings are refused), the evidence splice (canonical text
 * copied, everything else as jansson re-prints it), and the indented
 * layout of JSON_INDENT(2). */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/jianfu.h"
#include "report_impl.h"

static uint32_t seed = 12345;
static uint32_t rnd(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

/* What jansson prints for s as a JSON string, or NULL when it refuses it. */
static char *jansson_str(const char *s) {
  json_t *j = json_string(s);
  char *out = j ? json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
  json_decref(j);
  return out;
}

static void check_str(const char *s) {
  jf_jbuf b = {0};
  jf_jb_put(&b, "x", 1); /* a refused string must leave what is there */
  bool ok = jf_jb_str(&b, s);
  char *want = jansson_str(s);
  CHECK_MSG(ok == (want != NULL), "refusal differs for \"%s\"", s);
  if (ok && want) {
    CHECK_MSG(b.len == 1 + strlen(want) && memcmp(b.p + 1, want, b.len - 1) == 0,
              "\"%.*s\" != \"%s\"", (int)b.len - 1, b.p + 1, want);
  } else {
    CHECK_INT(b.len, 1);
  }
  free(want);
  jf_jb_free(&b);
}

/* A random string made of pieces that matter to escaping and to UTF-8
 * checking: controls, quotes, slashes, DEL, valid and broken sequences. */
static void random_string(char *s, size_t cap) {
  static const char *pieces[] = {"a",
                                 "Z",
                                 " ",
                                 "\"",
                                 "\\",
                                 "/",
                                 "\x7f",
                                 "\b",
                                 "\f",
                                 "\n",
                                 "\r",
                                 "\t",
                                 "\x01",
                                 "\x0b",
                                 "\x1f",
                                 "\x1e",
                                 "é",
                                 "中",
                                 "文",
                                 "“",
                                 "€",
                                 "😀",
                                 "\xc0\x80",
                                 "\xc1\xbf",
                                 "\xc2\x80",
                                 "\xdf\xbf",
                                 "\xe0\x80\x80",
                                 "\xe0\xa0\x80",
                                 "\xed\x9f\xbf",
                                 "\xed\xa0\x80",
                                 "\xef\xbf\xbf",
                                 "\xf0\x8f\xbf\xbf",
                                 "\xf0\x90\x80\x80",
                                 "\xf4\x8f\xbf\xbf",
                                 "\xf4\x90\x80\x80",
                                 "\xf5\x80",
                                 "\xff",
                                 "\x80",
                                 "\xbf",
                                 "\xe4\xb8",
                                 "\xe4",
                                 "\xf0\x9f\x98",
                                 "u0000",
                                 "\\u"};
  size_t n = rnd() % 12, len = 0;
  s[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    const char *p = pieces[rnd() % (sizeof pieces / sizeof pieces[0])];
    size_t k = strlen(p);
    if (len + k + 1 > cap) break;
    memcpy(s + len, p, k + 1);
    len += k;
  }
}

/* Each piece at every offset inside a run of Chinese text, which the
 * writer takes five or two characters per load. */
static void test_pieces_in_cjk(void) {
  static const char *pieces[] = {"a", "\"", "\x01", "\xc2\x80", "\xe0\x80\x80", "\xe0\xa0\x80",
                                 "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbf", "\xf0\x9f\x98\x80",
                                 "\xe4\xb8", "\xe4", "\x80", "\xff"};
  for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++)
    for (int before = 0; before < 12; before++) {
      char s[128] = "";
      for (int i = 0; i < before; i++) strcat(s, "中");
      strcat(s, pieces[p]);
      strcat(s, "文文文文文文文文");
      check_str(s);
    }
}

static void test_strings(void) {
  test_pieces_in_cjk();
  check_str("");
  check_str("plain ascii / with slash");
  check_str("\x7f del");
  for (int c = 1; c < 0x20; c++) {
    char s[2] = {(char)c, 0};
    check_str(s);
  }
  for (int i = 0; i < 20000; i++) {
    char s[128];
    random_string(s, sizeof s);
    check_str(s);
  }
  jf_jbuf b = {0};
  CHECK(!jf_jb_str(&b, NULL));
  jf_jb_free(&b);
}

/* What the reporters print for an evidence text: jansson's parse, dumped
 * compact with the engine's real precision ({} when it did not parse). */
static char *jansson_evidence(const char *ev) {
  json_t *v = json_loads(ev, 0, NULL);
  char *out = v ? json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15)) : strdup("{}");
  json_decref(v);
  return out;
}

/* The same nested two deep and laid out as the SARIF document is. */
static char *jansson_evidence_indented(const char *ev) {
  json_t *v = json_loads(ev, 0, NULL);
  json_t *doc = json_pack("{s:{s:o}}", "a", "b", v ? v : json_object());
  char *out = json_dumps(doc, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
  json_decref(doc);
  return out;
}

static char *writer_evidence(const char *ev, int indent) {
  jf_jbuf b = {0};
  jf_jw w = {.b = &b, .indent = indent};
  if (indent) {
    jf_jw_open(&w, '{');
    jf_jw_key(&w, "a");
    jf_jw_open(&w, '{');
    jf_jw_key(&w, "b");
  }
  jf_jw_evidence(&w, ev);
  if (indent) {
    jf_jw_close(&w, '}');
    jf_jw_close(&w, '}');
  }
  jf_jb_put(&b, "", 1);
  return b.p;
}

static void check_evidence(const char *ev) {
  char *want = jansson_evidence(ev), *got = writer_evidence(ev, 0);
  CHECK_MSG(strcmp(want, got) == 0, "evidence %s: got %s, want %s", ev, got, want);
  free(want);
  free(got);
  want = jansson_evidence_indented(ev);
  got = writer_evidence(ev, 2);
  CHECK_MSG(strcmp(want, got) == 0, "indented evidence %s:\ngot  %s\nwant %s", ev, got, want);
  free(want);
  free(got);
}

/* A random value as rules.c makes evidence: objects, arrays, strings,
 * integers, reals, booleans, null. */
static json_t *random_value(int depth) {
  char s[64];
  switch (rnd() % (depth > 3 ? 5 : 7)) {
  case 0: {
    random_string(s, sizeof s);
    json_t *j = json_string(s);
    return j ? j : json_string("x");
  }
  case 1: return json_integer((json_int_t)(rnd() % 2000) - 1000);
  case 2: return json_real((double)(rnd() % 1000) / (1 + rnd() % 50));
  case 3: return rnd() % 2 ? json_true() : json_false();
  case 4: return json_null();
  case 5: {
    json_t *a = json_array();
    for (int i = rnd() % 4; i > 0; i--)
      json_array_append_new(a, random_value(depth + 1));
    return a;
  }
  default: {
    json_t *o = json_object();
    for (int i = rnd() % 4; i > 0; i--) {
      random_string(s, sizeof s);
      json_t *v = random_value(depth + 1);
      if (json_object_set_new(o, s, v)) json_object_set_new(o, "k", json_integer(i));
    }
    return o;
  }
  }
}

static void test_evidence(void) {
  static const char *fixed[] = {
      "{}",
      "[]",
      "{\"a\":1}",
      "{\"a\":[]}",
      "{\"a\":{},\"b\":[1,2,{\"c\":null}]}",
      "{\"metric\":\"活跃率\",\"threshold\":{\"op\":\">=\",\"value\":80}}",
      "{\"penalty_points\":0.1}",
      "{\"x\":0.5}",
      "{\"x\":1e300}",
      "{\"x\":-0}",
      "{\"x\":01}",
      "{\"x\":-12}",
      "{\"x\":12345678901234567890}",
      "{\"x\":\"\\u0000\"}",
      "{\"x\":\"\\u001f\"}",
      "{\"x\":\"\\u001F\"}",
      "{\"x\":\"\\u0008\"}",
      "{\"x\":\"\\/\"}",
      "{\"x\":\"a\\nb\\\"\"}",
      "{\"b\":1,\"a\":2}",
      "{\"a\":1,\"a\":2}",
      "{ \"a\":1}",
      "{\"a\":1} ",
      "{\"a\":1}x",
      "{\"a\":tru}",
      "{\"a\":true,\"b\":false,\"c\":null}",
      "\"str\"",
      "1",
      "",
      "{",
      "{\"a\":\"\xff\"}",
      "{\"a\":\"\xe4\xb8\"}",
      "{\"a\":\"\x01\"}",
      "[1,[2,[3,[]]],{}]",
      "{\"\":1}",
      "{\"a\":[{\"b\":[{\"c\":\"d\"}]}]}"};
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
    check_evidence(fixed[i]);
  for (int i = 0; i < 3000; i++) {
    json_t *v = json_object();
    for (int k = rnd() % 5; k > 0; k--) {
      char s[32];
      random_string(s, sizeof s);
      json_t *probe = json_string(s); /* a key must be valid UTF-8 too */
      json_object_set_new(v, probe ? s : "k", random_value(1));
      json_decref(probe);
    }
    /* as rules.c writes it */
    char *ev = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(15));
    check_evidence(ev);
    /* the fast way must be the common one, reals included: only keys whose
     * escapes sort them differently from their raw text need jansson */
    CHECK_MSG(jf_json_canonical(ev) || strchr(ev, '\\'), "not canonical: %s", ev);
    free(ev);
    json_decref(v);
  }
}

/* Members whose value jansson refuses are left out, commas and all. */
static void test_left_out(void) {
  jf_jbuf b = {0};
  jf_jw w = {.b = &b, .indent = 2};
  jf_jw_open(&w, '{');
  jf_jw_kv_str(&w, "bad", "\xff");
  jf_jw_kv_str(&w, "ok", "1");
  jf_jw_kv_str(&w, "bad2", "\xc0\x80");
  char *v[] = {"\xff", "x", "\xed\xa0\x80"};
  jf_jw_kv_strv(&w, "list", v, 3);
  jf_jw_kv_strv(&w, "none", v, 1);
  jf_jw_close(&w, '}');
  jf_jb_put(&b, "", 1);
  CHECK_STR(b.p, "{\n  \"ok\": \"1\",\n  \"list\": [\n    \"x\"\n  ],\n  \"none\": []\n}");
  jf_jb_free(&b);
  jf_jw w2 = {.b = &b};
  jf_jw_open(&w2, '{');
  jf_jw_kv_str(&w2, "bad", "\xff");
  jf_jw_close(&w2, '}');
  jf_jb_put(&b, "", 1);
  CHECK_STR(b.p, "{}");
  jf_jb_free(&b);
}

static char **strv(const char *a, const char *b) {
  char **v = calloc(2, sizeof *v);
  v[0] = a ? strdup(a) : NULL;
  v[1] = b ? strdup(b) : NULL;
  return v;
}

/* basis and precedents are written once per rule and copied after: a
 * finding of the same rule with other lists must still print its own. */
static void test_rule_cache(void) {
  static const char *lists[][4] = {{"甲", "乙", "p", NULL}, {"甲", "乙", "p", NULL},
                                   {"甲", "丙", "p", NULL}, {"甲", NULL, "p", "q"},
                                   {"甲", "乙", "p", NULL}, {"\xff", "乙", "p", NULL}};
  const size_t n = sizeof lists / sizeof lists[0];
  for (int fmt = JF_FMT_JSON; fmt <= JF_FMT_SARIF; fmt++) {
    jf_result *r = jf_result_new("a.txt");
    for (size_t i = 0; i < n; i++) {
      jf_finding *f = jf_result_add_finding(r);
      f->rule = strdup("same-rule");
      f->category = strdup("c");
      f->message = strdup("m");
      f->excerpt = strdup("x");
      f->basis = strv(lists[i][0], lists[i][1]);
      f->n_basis = lists[i][1] ? 2 : 1;
      f->precedents = strv(lists[i][2], lists[i][3]);
      f->n_precedents = lists[i][3] ? 2 : 1;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    jf_reporter *rep = jf_reporter_new((jf_format)fmt, out, NULL, NULL);
    jf_reporter_file(rep, r);
    jf_reporter_finish(rep);
    jf_reporter_free(rep);
    fclose(out);
    json_t *d = json_loads(buf, 0, NULL);
    CHECK(d != NULL);
    json_t *fs = fmt == JF_FMT_JSON
                     ? json_object_get(json_array_get(json_object_get(d, "files"), 0), "findings")
                     : json_object_get(json_array_get(json_object_get(d, "runs"), 0), "results");
    CHECK_INT(json_array_size(fs), n);
    for (size_t i = 0; i < n; i++) {
      json_t *f = json_array_get(fs, i);
      if (fmt == JF_FMT_SARIF) f = json_object_get(f, "properties");
      json_t *b = json_object_get(f, "basis"), *p = json_object_get(f, "precedents");
      bool bad = strcmp(lists[i][0], "\xff") == 0; /* refused: left out of the list */
      CHECK_INT(json_array_size(b), (lists[i][1] ? 2 : 1) - bad);
      CHECK_STR(json_string_value(json_array_get(b, 0)), bad ? lists[i][1] : lists[i][0]);
      if (lists[i][1] && !bad) CHECK_STR(json_string_value(json_array_get(b, 1)), lists[i][1]);
      CHECK_INT(json_array_size(p), lists[i][3] ? 2 : 1);
      if (lists[i][3]) CHECK_STR(json_string_value(json_array_get(p, 1)), lists[i][3]);
    }
    json_decref(d);
    free(buf);
    jf_result_free(r);
  }
}

int main(void) {
  test_strings();
  test_evidence();
  test_left_out();
  test_rule_cache();
  return CHECK_DONE();
}
