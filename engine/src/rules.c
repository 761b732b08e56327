/* rules.c — the rule set: loading rule files, jianfu.rule{…} / jianfu.case{…}
 * registration, and running one rule's check on one clause.
 *
 * Responsible for:
 *  - the public jf_ruleset_* API of rules.h and jf_category_valid;
 *  - validating a rule's metadata, each problem a jf_error at the line of
 *    its jianfu.rule call, loading going on with the next rule;
 *  - calling check(clause, report) under the sandbox limits and turning each
 *    report{…} into a jf_finding with source positions and JSON evidence.
 * The sandbox itself is rules_sandbox.c, the clause table rules_view.c. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "embed_prelude.h"
#include "doc_int.h"
#include "finding_int.h"
#include "jianfu/match.h"
#include "rules_int.h"
#include "word_filter.h"

/* --- categories (shared/spec/TAXONOMY.md: ids are append-only) ---------------- */

static const char *const categories[] = {
  "app-usage-metric", "install-registration-quota", "forced-engagement", "checkin",
  "online-time", "points-ranking", "trace-evidence", "data-entry-quota", "chat-group-burden",
  "duplicate-reporting", NULL};

bool jf_category_valid(const char *category) {
  for (int i = 0; category && categories[i]; i++)
    if (strcmp(category, categories[i]) == 0) return true;
  return false;
}

/* --- ownership ------------------------------------------------------------------- */

static void free_strv(char **v, size_t n) {
  for (size_t i = 0; v && i < n; i++) free(v[i]);
  free(v);
}

static void free_examples(jf_example *v, size_t n) {
  for (size_t i = 0; v && i < n; i++) {
    free(v[i].text);
    free(v[i].title);
  }
  free(v);
}

/* A jf_rule as this file allocates it: with the strings its findings share
 * (finding_int.h), made once the rule is registered. The other files see only
 * the jf_rule, its first member. */
typedef struct rule_box {
  jf_rule rule;
  jf_rule_strings *strings;
} rule_box;

static jf_rule_strings *rule_strings(const jf_rule *r) { return ((const rule_box *)r)->strings; }

/* One block: the header, the two pointer arrays, then the strings. */
static jf_rule_strings *rule_strings_new(const jf_rule_info *ri) {
  size_t n_slots = ri->n_basis + ri->n_precedents;
  size_t size = sizeof(jf_rule_strings) + n_slots * sizeof(char *) + strlen(ri->id) +
                strlen(ri->category) + strlen(ri->title) + 3;
  for (size_t i = 0; i < ri->n_basis; i++) size += strlen(ri->basis[i]) + 1;
  for (size_t i = 0; i < ri->n_precedents; i++) size += strlen(ri->precedents[i]) + 1;
  jf_rule_strings *s = malloc(size);
  if (!s) return NULL;
  atomic_init(&s->refs, 1);
  s->basis = (char **)(void *)(s + 1);
  s->precedents = s->basis + ri->n_basis;
  char *p = (char *)(s->precedents + ri->n_precedents);
#define PUT(dst, src)                 \
  do {                                \
    size_t n_ = strlen(src) + 1;      \
    (dst) = memcpy(p, (src), n_);     \
    p += n_;                          \
  } while (0)
  PUT(s->rule, ri->id);
  PUT(s->category, ri->category);
  PUT(s->title, ri->title);
  for (size_t i = 0; i < ri->n_basis; i++) PUT(s->basis[i], ri->basis[i]);
  for (size_t i = 0; i < ri->n_precedents; i++) PUT(s->precedents[i], ri->precedents[i]);
#undef PUT
  return s;
}

static void free_rule(jf_rule *r) {
  if (!r) return;
  jf_rule_strings_release(rule_strings(r));
  free((char *)r->info.id);
  free((char *)r->info.category);
  free((char *)r->info.title);
  free((char *)r->info.description);
  free((char *)r->info.file);
  free_strv((char **)r->info.basis, r->info.n_basis);
  free_strv((char **)r->info.precedents, r->info.n_precedents);
  free_strv(r->trig, r->info.n_triggers);
  free(r->trig_len);
  jf_matcher_free(r->trig_m);
  for (size_t g = 0; r->needs_c && g < r->info.n_needs; g++) {
    free_strv(r->needs_c[g].words, r->needs[g].n_words);
    free(r->needs_c[g].len);
    jf_matcher_free(r->needs_c[g].m);
    free(r->needs_c[g].probe);
  }
  free(r->needs);
  free(r->needs_c);
  free_strv(r->unless, r->n_unless);
  free(r->unless_len);
  jf_matcher_free(r->unless_m);
  free(r->unless_probe);
  free_examples((jf_example *)r->info.good, r->info.n_good);
  free_examples((jf_example *)r->info.bad, r->info.n_bad);
  free(r->chunkname);
  free(r->short_src);
  free(r);
}

static void free_case(jf_case *c) {
  if (!c) return;
  free((char *)c->info.id);
  free((char *)c->info.place);
  free((char *)c->info.year);
  free((char *)c->info.summary);
  free((char *)c->info.seed);
  free((char *)c->info.file);
  free_strv((char **)c->info.fixtures, c->info.n_fixtures);
  free(c);
}

/* Objects a Lua error may have interrupted mid-build. */
static void drop_pending(jf_ruleset *rs) {
  free_rule(rs->pending_rule);
  rs->pending_rule = NULL;
  free_case(rs->pending_case);
  rs->pending_case = NULL;
  jf_norm_free(&rs->scratch);
}

/* --- registration -------------------------------------------------------------- */

/* One jianfu.rule / jianfu.case call being validated. */
typedef struct reg {
  jf_ruleset *rs;
  lua_State *L;
  const char *what; /* "rule" or "case" */
  char id[80];      /* for messages; empty until known */
  int line;
  unsigned problems;
} reg;

static void emit(jf_ruleset *rs, jf_error *e) {
  rs->load.problems++;
  if (rs->load.cb) rs->load.cb(e, rs->load.ud);
  jf_error_clear(e);
}

static void JF_PRINTF(2, 3) problem(reg *g, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  jf_error e = {0};
  if (g->id[0])
    jf_error_set(&e, JF_ERULE, g->rs->load.file, g->line, 0, "%s '%s': %s", g->what, g->id, msg);
  else
    jf_error_set(&e, JF_ERULE, g->rs->load.file, g->line, 0, "%s: %s", g->what, msg);
  g->problems++;
  emit(g->rs, &e);
}

/* Push spec[k] without metamethods; returns its type. */
static int field(lua_State *L, const char *k) {
  lua_pushstring(L, k);
  return lua_rawget(L, 1);
}

/* Is s[0, n) well-formed UTF-8 (no overlong forms, surrogates or code
 * points past U+10FFFF)? Every string of every rule file goes through it at
 * start-up, most of them Chinese, so each length has its own branch. */
static bool valid_utf8(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s, *e = p + n;
  while (p < e) {
    unsigned c = *p;
    if (c < 0x80) {
      p++;
    } else if (c < 0xC2) { /* a continuation byte, or an overlong 2-byte form */
      return false;
    } else if (c < 0xE0) {
      if (e - p < 2 || (p[1] & 0xC0) != 0x80) return false;
      p += 2;
    } else if (c < 0xF0) {
      if (e - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return false;
      uint32_t cp = (c & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
      p += 3;
    } else if (c < 0xF8) {
      if (e - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
        return false;
      uint32_t cp = (c & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
      if (cp < 0x10000 || cp > 0x10FFFF) return false;
      p += 4;
    } else {
      return false;
    }
  }
  return true;
}

/* A string field: NULL when absent (a problem if required) or wrong. */
static char *get_str(reg *g, const char *k, bool required) {
  lua_State *L = g->L;
  int t = field(L, k);
  char *out = NULL;
  if (t == LUA_TNIL) {
    if (required) problem(g, "missing field '%s'", k);
  } else if (t == LUA_TNUMBER && strcmp(k, "year") == 0) {
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)lua_tointeger(L, -1));
    out = strdup(buf);
  } else if (t != LUA_TSTRING) {
    problem(g, "field '%s' must be a string, not a %s", k, lua_typename(L, t));
  } else if (lua_rawlen(L, -1) == 0) {
    problem(g, "field '%s' must not be empty", k);
  } else if (!valid_utf8(lua_tostring(L, -1), lua_rawlen(L, -1))) {
    problem(g, "field '%s' is not valid UTF-8", k);
  } else if (!(out = strdup(lua_tostring(L, -1)))) {
    problem(g, "out of memory");
  }
  lua_pop(L, 1);
  return out;
}

/* Is the table on top a list 1..n and nothing else? n is set either way. */
static bool top_is_list(lua_State *L, size_t *n) {
  int t = lua_gettop(L);
  *n = lua_rawlen(L, t);
  size_t count = 0;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    count++;
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
        (size_t)lua_tointeger(L, -1) > *n) {
      lua_pop(L, 1);
      return false;
    }
  }
  return count == *n;
}

/* A word list made by jianfu.words (a read-only proxy) on top, replaced by
 * a plain copy of what ipairs gives, so that a rule may declare such a list
 * (skip_unless = TRACE_UNLESS); any other value is left as it is. */
static void plain_words_top(lua_State *L) {
  if (lua_type(L, -1) != LUA_TTABLE || !lua_getmetatable(L, -1)) return;
  lua_pop(L, 1);
  int src = lua_gettop(L);
  lua_newtable(L);
  for (lua_Integer i = 1; lua_geti(L, src, i) != LUA_TNIL; i++) lua_rawseti(L, -2, i);
  lua_pop(L, 1);
  lua_replace(L, src);
}

/* A list of non-empty strings. *present tells an absent field from an empty one. */
static bool get_list(reg *g, const char *k, bool required, char ***out, size_t *n_out,
                     bool *present) {
  lua_State *L = g->L;
  int t = field(L, k);
  bool ok = true;
  *out = NULL;
  *n_out = 0;
  plain_words_top(L);
  if (present) *present = t != LUA_TNIL;
  size_t n = 0;
  if (t == LUA_TNIL) {
    if (required) problem(g, "missing field '%s'", k);
    ok = !required;
  } else if (t != LUA_TTABLE || !top_is_list(L, &n)) {
    problem(g, "field '%s' must be a list of strings", k);
    ok = false;
  } else if (n && !(*out = calloc(n, sizeof **out))) {
    problem(g, "out of memory");
    ok = false;
  } else {
    for (size_t i = 1; i <= n; i++) {
      size_t len;
      if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING || !lua_tolstring(L, -1, &len)) {
        problem(g, "%s[%zu] must be a string, not a %s", k, i, luaL_typename(L, -1));
        ok = false;
      } else if (len == 0) {
        problem(g, "%s[%zu] must not be empty", k, i);
        ok = false;
      } else if (!valid_utf8(lua_tostring(L, -1), len)) {
        problem(g, "%s[%zu] is not valid UTF-8", k, i);
        ok = false;
      } else if (!((*out)[*n_out] = strdup(lua_tostring(L, -1)))) {
        problem(g, "out of memory");
        ok = false;
      } else {
        (*n_out)++;
      }
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  return ok;
}

static bool only_fields(reg *g, int idx, const char *const *known, const char *where) {
  lua_State *L = g->L;
  bool ok = true;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    bool found = false;
    if (lua_type(L, -1) == LUA_TSTRING)
      for (int i = 0; known[i] && !found; i++) found = strcmp(lua_tostring(L, -1), known[i]) == 0;
    if (!found) {
      if (lua_type(L, -1) == LUA_TSTRING)
        problem(g, "unknown field '%s'%s", lua_tostring(L, -1), where);
      else
        problem(g, "unexpected %s key%s (fields are named: id = …)", luaL_typename(L, -1),
                where);
      ok = false;
    }
  }
  return ok;
}

static bool valid_id(const char *id) {
  if (!*id) return false;
  for (const char *p = id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
  return true;
}

/* Where an example's text sits in the rule file (0 when written with escapes).
 * Examples come in the file's order, so each is looked for after the end of the
 * last one found (load.after) first, then from the top: a search from the top
 * for every example read most of the file again each time (3 M instructions of
 * a 36 M start), and it took an earlier mention of the same words (a
 * comment, a longer example holding them) for the example. */
static int example_line(jf_ruleset *rs, const char *text) {
  const char *src = rs->load.src, *p = NULL;
  if (!src) return 0;
  size_t tl = strlen(text);
  if (rs->load.after)
    p = memmem(rs->load.after, rs->load.len - (size_t)(rs->load.after - src), text, tl);
  if (!p) p = memmem(src, rs->load.len, text, tl);
  if (!p) return 0;
  rs->load.after = p + tl;
  /* newlines counted by memchr, not byte by byte: every example of every
   * rule file is located at every start. Examples mostly come in the
   * file's order, so the count goes on from the last one found before p
   * (load.line_at, load.line) instead of from the top each time. */
  const char *q = rs->load.src;
  int line = 1;
  if (rs->load.line_at && rs->load.line_at <= p) {
    q = rs->load.line_at;
    line = rs->load.line;
  }
  for (; (q = memchr(q, '\n', (size_t)(p - q))) != NULL; q++) line++;
  rs->load.line_at = p;
  rs->load.line = line;
  return line;
}

static bool get_examples(reg *g, int ex, const char *k, jf_example **out, size_t *n_out) {
  lua_State *L = g->L;
  static const char *const known[] = {"text", "scheme", "title", NULL};
  *out = NULL;
  *n_out = 0;
  lua_pushstring(L, k);
  int t = lua_rawget(L, ex);
  size_t n = 0;
  bool ok = true;
  if (t == LUA_TNIL) {
    lua_pop(L, 1);
    return true;
  }
  if (t != LUA_TTABLE || !top_is_list(L, &n)) {
    problem(g, "examples.%s must be a list", k);
    lua_pop(L, 1);
    return false;
  }
  if (n && !(*out = calloc(n, sizeof **out))) {
    problem(g, "out of memory");
    lua_pop(L, 1);
    return false;
  }
  for (size_t i = 1; i <= n; i++) {
    jf_example *e = &(*out)[*n_out];
    int vt = lua_rawgeti(L, -1, (lua_Integer)i);
    int item = lua_gettop(L);
    const char *text = NULL;
    if (vt == LUA_TSTRING) {
      text = lua_tostring(L, item);
    } else if (vt == LUA_TTABLE) {
      char where[48];
      snprintf(where, sizeof where, " in examples.%s[%zu]", k, i);
      ok &= only_fields(g, item, known, where);
      if (lua_getfield(L, item, "text") == LUA_TSTRING) text = lua_tostring(L, -1);
      lua_pop(L, 1);
      if (lua_getfield(L, item, "scheme") == LUA_TBOOLEAN) e->scheme_item = lua_toboolean(L, -1);
      else if (!lua_isnil(L, -1)) {
        problem(g, "examples.%s[%zu].scheme must be true or false", k, i);
        ok = false;
      }
      lua_pop(L, 1);
      int tt = lua_getfield(L, item, "title");
      if (tt == LUA_TSTRING) e->title = strdup(lua_tostring(L, -1));
      else if (tt != LUA_TNIL) {
        problem(g, "examples.%s[%zu].title must be a string", k, i);
        ok = false;
      }
      lua_pop(L, 1);
    }
    if (!text) {
      problem(g, "examples.%s[%zu] must be a string or {text = …}", k, i);
      ok = false;
    } else if (!valid_utf8(text, strlen(text))) {
      problem(g, "examples.%s[%zu] is not valid UTF-8", k, i);
      ok = false;
    } else if (!(e->text = strdup(text))) {
      problem(g, "out of memory");
      ok = false;
    }
    /* the table's own getfield may have found text in it even when it is bad */
    if (e->text) {
      e->line = example_line(g->rs, e->text);
      (*n_out)++;
    } else {
      free(e->title);
      e->title = NULL;
      e->scheme_item = false;
    }
    lua_settop(L, item - 1);
  }
  lua_pop(L, 1);
  return ok;
}

/* Normalize each word (`what`: "trigger", "needs word") as clause text is
 * normalized, so authors may write traditional or full-width forms: into
 * *out and *lens, *count of them. */
static bool normalize_words(reg *g, const char *what, char **raw, size_t n, char ***out,
                            size_t **lens, size_t *count) {
  jf_ruleset *rs = g->rs;
  bool ok = true;
  if (!n) return true;
  if (!(*out = calloc(n, sizeof **out)) || !(*lens = calloc(n, sizeof **lens))) {
    problem(g, "out of memory");
    return false;
  }
  for (size_t i = 0; i < n; i++) {
    jf_norm_free(&rs->scratch);
    if (jf_normalize(raw[i], strlen(raw[i]), NULL, 0, &rs->scratch) != JF_OK) {
      problem(g, "out of memory");
      ok = false;
      break;
    }
    if (rs->scratch.len == 0) {
      problem(g, "%s '%s' is empty once normalized", what, raw[i]);
      ok = false;
    }
    (*out)[*count] = rs->scratch.text; /* moved */
    (*lens)[(*count)++] = rs->scratch.len;
    rs->scratch.text = NULL;
    jf_norm_free(&rs->scratch);
  }
  return ok;
}

/* Compile words[0, n) into *m and, for a short list, word_filter.h probes
 * *probe: false when out of memory. Past a few dozen words, testing every
 * word's probes costs about what the scan they could save does (as for the
 * helpers' word lists, rules_view.c build_list): such a list is always
 * scanned. */
static bool compile_words(char **words, const size_t *len, size_t n, jf_matcher **m,
                          uint16_t **probe) {
  jf_matcher *mm = jf_matcher_new();
  bool ok = mm != NULL;
  for (size_t i = 0; ok && i < n; i++)
    ok = jf_matcher_add(mm, words[i], len[i], (uint32_t)i) == JF_OK;
  ok = ok && jf_matcher_compile(mm) == JF_OK;
  if (ok && n <= JF_WF_MAX_WORDS && !(*probe = jf_wf_probes((const char *const *)words, len, n))) ok = false;
  if (!ok) {
    jf_matcher_free(mm);
    return false;
  }
  *m = mm;
  return true;
}

/* Compile a registered rule's needs words on its first use: false when
 * that failed (out of memory), and then the promise is not used. */
static bool compile_needs(jf_rule *r) {
  if (r->needs_m_tried) return r->needs_m_ok;
  r->needs_m_tried = true;
  bool ok = true;
  for (size_t g = 0; ok && g < r->info.n_needs; g++)
    if (r->needs[g].n_words)
      ok = compile_words(r->needs_c[g].words, r->needs_c[g].len, r->needs[g].n_words,
                         &r->needs_c[g].m, &r->needs_c[g].probe);
  return r->needs_m_ok = ok;
}

/* The same for its skip_unless phrases. */
static bool compile_unless(jf_rule *r) {
  if (!r->unless_m_tried) {
    r->unless_m_tried = true;
    compile_words(r->unless, r->unless_len, r->n_unless, &r->unless_m, &r->unless_probe);
  }
  return r->unless_m != NULL;
}

static int caller_line(jf_ruleset *rs, lua_State *L) {
  return jf_rs_rule_line(L, 1, rs->load.chunkname);
}

static void category_list(char *buf, size_t n) {
  size_t o = 0;
  buf[0] = 0;
  for (int i = 0; categories[i] && o < n; i++)
    o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? ", " : "", categories[i]);
}

/* The analysis fields a needs group may name (jf_needs_field). */
static const struct {
  const char *name;
  unsigned bit;
} needs_fields[] = {{"numbers", JF_NEEDS_NUMBERS},
                    {"thresholds", JF_NEEDS_THRESHOLDS},
                    {"frequencies", JF_NEEDS_FREQUENCIES},
                    {"penalties", JF_NEEDS_PENALTIES},
                    {"link", JF_NEEDS_LINK}};

/* A group's `analysis`, `item` or `row` (key, on top): the bits of the fields it names. */
static unsigned get_needs_fields(reg *g, const char *where, const char *key) {
  lua_State *L = g->L;
  size_t n;
  unsigned bits = 0;
  if (lua_type(L, -1) != LUA_TTABLE || !top_is_list(L, &n) || n == 0) {
    problem(g, "%s.%s must be a non-empty list of names (numbers, thresholds, "
               "frequencies, penalties, link)", where, key);
    return 0;
  }
  for (size_t i = 1; i <= n; i++) {
    const char *name = lua_rawgeti(L, -1, (lua_Integer)i) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    unsigned bit = 0;
    for (size_t k = 0; k < sizeof needs_fields / sizeof *needs_fields && !bit; k++)
      if (strcmp(name, needs_fields[k].name) == 0) bit = needs_fields[k].bit;
    if (!bit)
      problem(g, "%s.%s[%zu] must be one of numbers, thresholds, frequencies, penalties, "
                 "link, not %s%s%s", where, key, i, *name ? "'" : "a ",
              *name ? name : luaL_typename(L, -1), *name ? "'" : "");
    bits |= bit;
    lua_pop(L, 1);
  }
  return bits;
}

/* One group of needs, the table on top (`where`: "needs" or "needs[2]"):
 * its words (the list part) normalized, and the fields its `analysis`,
 * `item` and `row` name. */
static void get_needs_group(reg *g, const char *where, jf_needs_group *out, struct jf_needs_c *c) {
  lua_State *L = g->L;
  plain_words_top(L);
  int t = lua_gettop(L);
  size_t n = lua_rawlen(L, t);
  bool keys_ok = true;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING && (strcmp(lua_tostring(L, -1), "analysis") == 0 ||
                                           strcmp(lua_tostring(L, -1), "item") == 0 ||
                                           strcmp(lua_tostring(L, -1), "row") == 0))
      continue;
    if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 && (size_t)lua_tointeger(L, -1) <= n)
      continue;
    if (lua_type(L, -1) == LUA_TSTRING)
      problem(g, "unknown field '%s' in %s (a list of words, analysis = {…}, item = {…}, "
                 "row = {…})", lua_tostring(L, -1), where);
    else
      problem(g, "%s must be a list of strings (and analysis = {…}, item = {…}, row = {…})",
              where);
    keys_ok = false;
  }
  if (!keys_ok) return;
  char **raw = n ? calloc(n, sizeof *raw) : NULL;
  size_t n_raw = 0;
  if (n && !raw) {
    problem(g, "out of memory");
    return;
  }
  for (size_t i = 1; i <= n; i++) {
    size_t len;
    if (lua_rawgeti(L, t, (lua_Integer)i) != LUA_TSTRING || !lua_tolstring(L, -1, &len))
      problem(g, "%s[%zu] must be a string, not a %s", where, i, luaL_typename(L, -1));
    else if (len == 0)
      problem(g, "%s[%zu] must not be empty", where, i);
    else if (!valid_utf8(lua_tostring(L, -1), len))
      problem(g, "%s[%zu] is not valid UTF-8", where, i);
    else if (!(raw[n_raw] = strdup(lua_tostring(L, -1))))
      problem(g, "out of memory");
    else
      n_raw++;
    lua_pop(L, 1);
  }
  if (n_raw == n)
    normalize_words(g, "needs word", raw, n, &c->words, &c->len, &out->n_words);
  out->words = (const char *const *)c->words;
  free_strv(raw, n_raw);
  bool fields = false; /* analysis, item or row given (a problem of theirs is theirs) */
  lua_getfield(L, t, "analysis");
  if (!lua_isnil(L, -1)) out->analysis = get_needs_fields(g, where, "analysis"), fields = true;
  lua_pop(L, 1);
  lua_getfield(L, t, "item");
  if (!lua_isnil(L, -1)) out->item = get_needs_fields(g, where, "item"), fields = true;
  lua_pop(L, 1);
  lua_getfield(L, t, "row");
  if (!lua_isnil(L, -1)) out->row = get_needs_fields(g, where, "row"), fields = true;
  lua_pop(L, 1);
  if (!n && !fields) {
    if (strcmp(where, "needs") == 0)
      problem(g, "field 'needs' is empty (omit it when the check may report without any word)");
    else
      problem(g, "%s is empty", where);
  }
}

/* needs = { words…, analysis = {…}, item = {…}, row = {…} } (one group) or
 * { {…}, {…} } (every group needed): into r->needs, r->needs_c, r->info. */
static void get_needs(reg *g, jf_rule *r) {
  lua_State *L = g->L;
  int t = field(L, "needs");
  if (t == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  if (t != LUA_TTABLE) {
    problem(g, "field 'needs' must be a list of strings (or a list of such lists)");
    lua_pop(L, 1);
    return;
  }
  if (r->info.n_triggers == 0)
    problem(g, "field 'needs' needs 'triggers' (it is about the clauses they wake)");
  plain_words_top(L);
  bool groups = lua_rawgeti(L, -1, 1) == LUA_TTABLE;
  lua_pop(L, 1);
  size_t n = 1;
  if (groups && (!top_is_list(L, &n) || n == 0)) {
    problem(g, "field 'needs' must be a list of strings (or a list of such lists)");
    lua_pop(L, 1);
    return;
  }
  r->needs = calloc(n, sizeof *r->needs);
  r->needs_c = calloc(n, sizeof *r->needs_c);
  if (!r->needs || !r->needs_c) {
    problem(g, "out of memory");
    lua_pop(L, 1);
    return;
  }
  r->info.needs = r->needs;
  r->info.n_needs = n;
  if (!groups) {
    get_needs_group(g, "needs", &r->needs[0], &r->needs_c[0]);
  } else {
    for (size_t i = 0; i < n; i++) {
      char where[32];
      snprintf(where, sizeof where, "needs[%zu]", i + 1);
      if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE)
        problem(g, "%s must be a list of strings, not a %s", where, luaL_typename(L, -1));
      else
        get_needs_group(g, where, &r->needs[i], &r->needs_c[i]);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

/* jianfu.rule{ id, category, severity, title, description, basis, precedents,
 * triggers, examples, check, skip_prohibited, skip_unless, needs }: validate and register. Problems are reported
 * through the load's error callback, not raised, so the file's other rules
 * still load. */
static int l_rule(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  static const char *const known[] = {"id", "category", "severity", "title", "description",
                                      "basis", "precedents", "triggers", "examples", "check",
                                      "skip_prohibited", "skip_unless", "needs", NULL};
  if (!rs->load.active) return luaL_error(L, "jianfu.rule can only be called while a rule file loads");
  reg g = {rs, L, "rule", "", caller_line(rs, L), 0};
  if (lua_type(L, 1) != LUA_TTABLE) {
    problem(&g, "jianfu.rule expects a table: jianfu.rule { id = …, … }");
    return 0;
  }
  lua_settop(L, 1);
  if (field(L, "id") == LUA_TSTRING) snprintf(g.id, sizeof g.id, "%s", lua_tostring(L, -1));
  lua_pop(L, 1);

  drop_pending(rs);
  rule_box *box = calloc(1, sizeof *box);
  jf_rule *r = rs->pending_rule = box ? &box->rule : NULL;
  if (!r) return luaL_error(L, "out of memory");
  only_fields(&g, 1, known, "");
  r->info.id = get_str(&g, "id", true);
  if (r->info.id && !valid_id(r->info.id))
    problem(&g, "id must use only a-z, 0-9 and '-'");
  for (size_t i = 0; r->info.id && i < rs->n_rules; i++)
    if (strcmp(rs->rules[i]->info.id, r->info.id) == 0)
      problem(&g, "duplicate id (already defined at %s:%d)", rs->rules[i]->info.file,
              rs->rules[i]->info.line);
  r->info.category = get_str(&g, "category", true);
  if (r->info.category && !jf_category_valid(r->info.category)) {
    char list[400];
    category_list(list, sizeof list);
    problem(&g, "unknown category '%s' (expected one of %s)", r->info.category, list);
  }
  char *sev = get_str(&g, "severity", true);
  if (sev && !jf_severity_parse(sev, &r->info.severity))
    problem(&g, "unknown severity '%s' (expected error, warning or info)", sev);
  free(sev);
  r->info.title = get_str(&g, "title", true);
  r->info.description = get_str(&g, "description", false);

  char **v;
  size_t n;
  bool present;
  get_list(&g, "basis", true, &v, &n, &present);
  r->info.basis = (const char *const *)v;
  r->info.n_basis = n;
  if (present && n == 0) problem(&g, "field 'basis' must name at least one regulation");
  get_list(&g, "precedents", false, &v, &n, NULL);
  r->info.precedents = (const char *const *)v;
  r->info.n_precedents = n;
  if (get_list(&g, "triggers", false, &v, &n, &present)) {
    if (present && n == 0)
      problem(&g, "field 'triggers' is empty (omit it to run the rule on every clause)");
    normalize_words(&g, "trigger", v, n, &r->trig, &r->trig_len, &r->info.n_triggers);
    r->info.triggers = (const char *const *)r->trig;
  }
  free_strv(v, n);

  /* promises about the check, used by jf_ruleset_check_hits like
   * skip_prohibited: only about the clauses the rule's triggers wake */
  get_needs(&g, r);
  if (get_list(&g, "skip_unless", false, &v, &n, &present) && present) {
    if (n == 0)
      problem(&g, "field 'skip_unless' is empty (omit it)");
    else if (r->info.n_triggers == 0)
      problem(&g, "field 'skip_unless' needs 'triggers' (it is about the trigger hits)");
    normalize_words(&g, "skip_unless phrase", v, n, &r->unless, &r->unless_len, &r->n_unless);
  }
  free_strv(v, n);

  int t = field(L, "examples");
  if (t == LUA_TTABLE) {
    static const char *const ex_known[] = {"bad", "good", NULL};
    int ex = lua_gettop(L);
    only_fields(&g, ex, ex_known, " in examples");
    jf_example *e;
    get_examples(&g, ex, "bad", &e, &n);
    r->info.bad = e;
    r->info.n_bad = n;
    get_examples(&g, ex, "good", &e, &n);
    r->info.good = e;
    r->info.n_good = n;
  } else if (t != LUA_TNIL) {
    problem(&g, "field 'examples' must be a table {bad = {…}, good = {…}}");
  }
  lua_pop(L, 1);

  /* a promise about the check, used by jf_ruleset_check_hits: only a rule
   * run on its triggers has hits to judge */
  t = field(L, "skip_prohibited");
  if (t == LUA_TBOOLEAN) r->skip_prohibited = lua_toboolean(L, -1);
  else if (t != LUA_TNIL)
    problem(&g, "field 'skip_prohibited' must be a boolean, not a %s", lua_typename(L, t));
  if (r->skip_prohibited && r->info.n_triggers == 0)
    problem(&g, "field 'skip_prohibited' needs 'triggers' (it is about the trigger hits)");
  lua_pop(L, 1);

  t = field(L, "check");
  if (t == LUA_TNIL) problem(&g, "missing field 'check'");
  else if (t != LUA_TFUNCTION) problem(&g, "field 'check' must be a function, not a %s", lua_typename(L, t));

  if (g.problems) {
    drop_pending(rs);
    return 0;
  }
  r->info.file = strdup(rs->load.file);
  r->info.line = g.line;
  r->chunkname = strdup(rs->load.chunkname);
  r->short_src = strdup(rs->load.short_src);
  box->strings = rule_strings_new(&r->info);
  if (!r->info.file || !r->chunkname || !r->short_src || !box->strings)
    return luaL_error(L, "out of memory");
  if (rs->n_rules == rs->cap_rules) {
    size_t nc = rs->cap_rules ? rs->cap_rules * 2 : 16;
    jf_rule **p = realloc(rs->rules, nc * sizeof *p);
    if (!p) return luaL_error(L, "out of memory");
    rs->rules = p;
    rs->cap_rules = nc;
  }
  jf_rs_metric_pre(L, -1, &r->metric); /* the check on top: a metric_check's? */
  r->check_ref = luaL_ref(L, LUA_REGISTRYINDEX); /* pops check; may raise, r still pending */
  rs->rules[rs->n_rules++] = r;
  rs->pending_rule = NULL;
  return 0;
}

/* jianfu.case{ id, place, year, summary, seed, fixtures }: a precedent. */
static int l_case(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  static const char *const known[] = {"id", "place", "year", "summary", "seed", "fixtures", NULL};
  if (!rs->load.active) return luaL_error(L, "jianfu.case can only be called while a rule file loads");
  reg g = {rs, L, "case", "", caller_line(rs, L), 0};
  if (lua_type(L, 1) != LUA_TTABLE) {
    problem(&g, "jianfu.case expects a table: jianfu.case { id = …, … }");
    return 0;
  }
  lua_settop(L, 1);
  if (field(L, "id") == LUA_TSTRING) snprintf(g.id, sizeof g.id, "%s", lua_tostring(L, -1));
  lua_pop(L, 1);
  drop_pending(rs);
  jf_case *c = rs->pending_case = calloc(1, sizeof *c);
  if (!c) return luaL_error(L, "out of memory");
  only_fields(&g, 1, known, "");
  c->info.id = get_str(&g, "id", true);
  if (c->info.id && !valid_id(c->info.id)) problem(&g, "id must use only a-z, 0-9 and '-'");
  for (size_t i = 0; c->info.id && i < rs->n_cases; i++)
    if (strcmp(rs->cases[i]->info.id, c->info.id) == 0)
      problem(&g, "duplicate id (already defined in %s)", rs->cases[i]->info.file);
  c->info.place = get_str(&g, "place", false);
  c->info.year = get_str(&g, "year", false);
  c->info.summary = get_str(&g, "summary", false);
  c->info.seed = get_str(&g, "seed", false);
  char **v;
  size_t n;
  get_list(&g, "fixtures", false, &v, &n, NULL);
  c->info.fixtures = (const char *const *)v;
  c->info.n_fixtures = n;
  if (g.problems) {
    drop_pending(rs);
    return 0;
  }
  if (!(c->info.file = strdup(rs->load.file))) return luaL_error(L, "out of memory");
  if (rs->n_cases == rs->cap_cases) {
    size_t nc = rs->cap_cases ? rs->cap_cases * 2 : 16;
    jf_case **p = realloc(rs->cases, nc * sizeof *p);
    if (!p) return luaL_error(L, "out of memory");
    rs->cases = p;
    rs->cap_cases = nc;
  }
  rs->cases[rs->n_cases++] = c;
  rs->pending_case = NULL;
  return 0;
}

/* jianfu.normalize(s) -> s as clause text is normalized. */
static int l_normalize(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  if (!valid_utf8(s, n)) return luaL_argerror(L, 1, "not valid UTF-8");
  jf_norm_free(&rs->scratch);
  if (jf_normalize(s, n, NULL, 0, &rs->scratch) != JF_OK) return luaL_error(L, "out of memory");
  lua_pushlstring(L, rs->scratch.text, rs->scratch.len);
  jf_norm_free(&rs->scratch);
  return 1;
}

/* --- reporting -------------------------------------------------------------------- */

/* Bump allocation inside a finding's one block (result.h: jf_finding.storage). */
typedef struct block {
  char *p;
  size_t used;
} block;

static char *block_str(block *b, const char *s, size_t n) {
  char *d = b->p + b->used;
  memcpy(d, s, n);
  d[n] = 0;
  b->used += n + 1;
  return d;
}

/* Give f its strings: its own (message unless it is the rule's title,
 * excerpt, evidence, locator) in one malloc'd block, and the rule's (id,
 * category, title, basis, precedents) from the rule's shared block, which it
 * takes a reference on (finding_int.h). A finding used to take a dozen and
 * more allocations, then one block holding copies of everything, most of it
 * the rule's basis and precedents again for every finding. */
static bool fill_finding(jf_finding *f, const jf_rule *rule, const char *msg,
                         const char *excerpt, size_t excerpt_len, const char *locator,
                         const char *ev, size_t ev_len, bool ev_canonical) {
  const jf_rule_info *ri = &rule->info;
  jf_rule_strings *sh = rule_strings(rule);
  bool own_msg = msg != ri->title;
  size_t msg_len = own_msg ? strlen(msg) : 0;
  size_t loc_len = locator ? strlen(locator) : 0;
  size_t size = sizeof(jf_finding_block) + (own_msg ? msg_len + 1 : 0) + excerpt_len + ev_len +
                2 + (locator ? loc_len + 1 : 0);
  block b = {malloc(size), sizeof(jf_finding_block)};
  if (!b.p) return false;
  jf_finding_block *hdr = (jf_finding_block *)(void *)b.p;
  hdr->shared = sh;
  atomic_fetch_add_explicit(&sh->refs, 1, memory_order_relaxed);
  f->storage = b.p;
  f->basis = ri->n_basis ? sh->basis : NULL;
  f->n_basis = ri->n_basis;
  f->precedents = ri->n_precedents ? sh->precedents : NULL;
  f->n_precedents = ri->n_precedents;
  f->rule = sh->rule;
  f->category = sh->category;
  f->message = own_msg ? block_str(&b, msg, msg_len) : sh->title;
  f->excerpt = block_str(&b, excerpt, excerpt_len);
  f->evidence_json = block_str(&b, ev, ev_len);
  hdr->canonical_evidence = ev_canonical ? f->evidence_json : NULL;
  if (locator) f->locator = block_str(&b, locator, loc_len);
  return true;
}

static lua_Integer pos_at(lua_State *L, int idx, const char *k, lua_Integer dflt);

/* report{…}'s field k of the table at 1, read as a field */
static lua_Integer opt_pos(lua_State *L, const char *k, lua_Integer dflt) {
  lua_getfield(L, 1, k);
  lua_Integer v = pos_at(L, lua_gettop(L), k, dflt);
  lua_pop(L, 1);
  return v;
}

/* The finding of a report at 1-based text bytes from..to: what report{…}
 * does once it has read the positions. The message and evidence are the
 * fields of the table at tbl, read at the points report{…} always read them
 * (a metamethod may see the order), or with tbl 0 the values at msg_idx and
 * ev_idx. nil is the rule's title, no evidence. */
static int report_finding(lua_State *L, jf_ruleset *rs, lua_Integer from, lua_Integer to,
                          int tbl, int msg_idx, int ev_idx, const jf_ev_buf *pre) {
  const jf_rule *rule = rs->cur.rule;
  const jf_doc *doc = rs->cur.doc;
  const jf_clause *c = &doc->clauses[rs->cur.clause];
  lua_Integer len = (lua_Integer)c->norm.len;
  if (!(len == 0 && from == 1 && to == 0) && (from < 1 || from > to || to > len))
    return luaL_error(L, "report: span %I..%I is not within the clause text (1..%I)",
                      (LUAI_UACINT)from, (LUAI_UACINT)to, (LUAI_UACINT)len);
  const char *msg = rule->info.title;
  if (tbl) {
    lua_getfield(L, tbl, "message");
    msg_idx = lua_gettop(L);
  }
  int mt = lua_type(L, msg_idx); /* msg points into the value, which stays on the stack */
  if (mt == LUA_TSTRING) msg = lua_tostring(L, msg_idx);
  else if (mt != LUA_TNIL) return luaL_error(L, "report: 'message' must be a string, not a %s",
                                             lua_typename(L, mt));

  jf_span span = {(uint32_t)(from - 1), (uint32_t)to};
  size_t s, e;
  jf_norm_to_source(&c->norm, span, &s, &e);
  for (size_t i = rs->cur.n_before; i < rs->cur.out->n_findings; i++)
    if (rs->cur.out->findings[i].start == s && rs->cur.out->findings[i].end == e) return 0;

  const char *ev = "{}";
  size_t ev_len = 2;
  bool ev_canonical = true;
  if (tbl) {
    lua_getfield(L, tbl, "evidence");
    ev_idx = lua_gettop(L);
  }
  if (pre) { /* written by the caller (jf_rs_report_text) */
    if (!pre->text || pre->oom) return luaL_error(L, "report: out of memory");
    ev = pre->text;
    ev_len = pre->n;
    ev_canonical = pre->canonical;
  } else if (!lua_isnil(L, ev_idx)) {
    char why[160];
    ev = jf_rs_evidence(L, ev_idx, &rs->ev, &ev_len, why, sizeof why);
    if (!ev) return luaL_error(L, "report: %s", why);
    ev_canonical = rs->ev.canonical;
  }

  /* From here on only C: nothing may raise while the finding is half built. */
  jf_finding f = {0};
  f.severity = rule->info.severity;
  f.start = s;
  f.end = e;
  const char *excerpt = "";
  size_t excerpt_len = 0;
  if (doc->src) {
    jf_source_position(doc->src, s, &f.line, &f.column);
    jf_source_position(doc->src, e, &f.end_line, &f.end_column);
    excerpt = jf_source_text(doc->src) + c->start;
    excerpt_len = c->end - c->start;
  }
  bool ok = fill_finding(&f, rule, msg, excerpt, excerpt_len, c->locator, ev, ev_len, ev_canonical);
  if (rs->ev.cap > (1u << 20)) jf_ev_buf_free(&rs->ev); /* don't keep a freak's buffers */
  jf_finding *slot = ok ? jf_result_add_finding(rs->cur.out) : NULL;
  if (!slot) {
    jf_finding_clear(&f);
    return luaL_error(L, "out of memory");
  }
  *slot = f;
  return 0;
}

/* Which of report{…}'s fields (from, to, message, evidence: 0-3) is the C
 * string k, or -1? (by length, then one compare: a strcmp with each name
 * was a tenth of reading the table) */
static int report_field(const char *k) {
  switch (strlen(k)) {
  case 2: return memcmp(k, "to", 2) == 0 ? 1 : -1;
  case 4: return memcmp(k, "from", 4) == 0 ? 0 : -1;
  case 7: return memcmp(k, "message", 7) == 0 ? 2 : -1;
  case 8: return memcmp(k, "evidence", 8) == 0 ? 3 : -1;
  default: return -1;
  }
}

/* The integer position at stack index idx (a field of report{…} named k),
 * or dflt when it is nil. */
static lua_Integer pos_at(lua_State *L, int idx, const char *k, lua_Integer dflt) {
  int t = lua_type(L, idx);
  if (t == LUA_TNIL) return dflt;
  int isint;
  lua_Integer v = lua_tointegerx(L, idx, &isint);
  if (!isint) luaL_error(L, "report: '%s' must be an integer position, not %s", k,
                         t == LUA_TNUMBER ? "a fraction" : lua_typename(L, t));
  return v;
}

/* report{ from, to, message, evidence }: one finding at text bytes from..to
 * (1-based, inclusive, as string.find gives them). */
static int l_report(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  if (!rs->cur.active) return luaL_error(L, "report called outside a check");
  const jf_clause *c = &rs->cur.doc->clauses[rs->cur.clause];
  if (lua_isnoneornil(L, 1)) {
    lua_settop(L, 0);
    lua_newtable(L);
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  /* Without a metatable, reading a field is what the walk below sees: its
   * values are kept (at 2-5) instead of looked up again. */
  bool raw = !lua_getmetatable(L, 1);
  lua_settop(L, 5);
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    int k = lua_type(L, -2) == LUA_TSTRING ? report_field(lua_tostring(L, -2)) : -1;
    if (k < 0)
      return luaL_error(L, "report: unknown field '%s' (expected from, to, message, evidence)",
                        lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2)
                                                       : luaL_typename(L, -2));
    if (raw)
      lua_replace(L, 2 + k);
    else
      lua_pop(L, 1);
  }
  if (raw) {
    lua_Integer from = pos_at(L, 2, "from", 1), to = pos_at(L, 3, "to", (lua_Integer)c->norm.len);
    return report_finding(L, rs, from, to, 0, 4, 5, NULL);
  }
  lua_settop(L, 1);
  lua_Integer from = opt_pos(L, "from", 1), to = opt_pos(L, "to", (lua_Integer)c->norm.len);
  return report_finding(L, rs, from, to, 1, 0, 0, NULL);
}

bool jf_rs_is_report(lua_State *L, int idx) { return lua_tocfunction(L, idx) == l_report; }

int jf_rs_report(lua_State *L, lua_Integer from, lua_Integer to, int msg_idx, int ev_idx) {
  jf_ruleset *rs = jf_rs_of(L);
  if (!rs->cur.active) return luaL_error(L, "report called outside a check");
  return report_finding(L, rs, from, to, 0, msg_idx, ev_idx, NULL);
}

int jf_rs_report_text(lua_State *L, lua_Integer from, lua_Integer to, int msg_idx) {
  jf_ruleset *rs = jf_rs_of(L);
  if (!rs->cur.active) return luaL_error(L, "report called outside a check");
  return report_finding(L, rs, from, to, 0, msg_idx, 0, &rs->ev);
}

/* --- the rule set -------------------------------------------------------------------- */

/* Load the prelude and assemble the jianfu table every rule file gets a copy of. */
static int prelude_protected(lua_State *L) {
  static const luaL_Reg api[] = {
    {"rule", l_rule}, {"case", l_case}, {"normalize", l_normalize}, {NULL, NULL}};
  lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_libs);
  int libs = lua_gettop(L);
  luaL_newlib(L, api);
  lua_setfield(L, libs, "jianfu");
  lua_pushcfunction(L, l_report);
  jf_rs_of(L)->report_ref = luaL_ref(L, LUA_REGISTRYINDEX);

  /* precompiled at build time (tools/gen_bytecode.c), debug information and
   * chunk name JF_PRELUDE_NAME included (the bundled rule files are too, but
   * used only when a file's bytes are theirs: load_protected) */
  if (luaL_loadbufferx(L, (const char *)jf_embed_prelude, jf_embed_prelude_len, JF_PRELUDE_NAME,
                       "b") != LUA_OK)
    return lua_error(L);
  jf_rs_make_env(L);
  lua_setupvalue(L, -2, 1);
  jf_rs_push_fast(L);
  jf_rs_arm(jf_rs_of(L));
  lua_call(L, 1, 1);
  jf_rs_disarm(jf_rs_of(L));
  luaL_checktype(L, -1, LUA_TTABLE);
  lua_getfield(L, libs, "jianfu");
  lua_pushnil(L);
  while (lua_next(L, -3)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  return 0;
}

jf_ruleset *jf_ruleset_new(const jf_rule_limits *limits) {
  jf_ruleset *rs = calloc(1, sizeof *rs);
  if (!rs) return NULL;
  rs->instructions = limits && limits->instructions ? limits->instructions
                                                     : JF_DEFAULT_INSTRUCTIONS;
  rs->mem_limit = limits && limits->memory ? limits->memory : JF_DEFAULT_MEMORY;
  const char *check = getenv("JIANFU_CHECK_PROMISES");
  rs->check_promises = check && *check && strcmp(check, "0") != 0;
  const char *stats = getenv("JIANFU_RULE_STATS");
  rs->stats = stats && *stats && strcmp(stats, "0") != 0;
  const char *trace = getenv("JIANFU_LOAD_TRACE");
  rs->trace_load = trace && *trace && strcmp(trace, "0") != 0;
  if (jf_rs_sandbox_open(rs) != JF_OK) goto fail;
  if (jf_rs_run(rs, prelude_protected, NULL, JF_PRELUDE_NAME) != LUA_OK) {
    const char *m = lua_tostring(rs->L, -1);
    fprintf(stderr, "jianfu: the rule prelude failed: %s\n", m ? m : "?");
    goto fail;
  }
  return rs;
fail:
  jf_ruleset_free(rs);
  return NULL;
}

void jf_ruleset_free(jf_ruleset *rs) {
  if (!rs) return;
  jf_rs_sandbox_close(rs);
  for (size_t i = 0; i < rs->n_rules; i++) free_rule(rs->rules[i]);
  free(rs->rules);
  for (size_t i = 0; i < rs->n_cases; i++) free_case(rs->cases[i]);
  free(rs->cases);
  drop_pending(rs);
  jf_ev_buf_free(&rs->ev);
  free(rs->hits);
  free(rs->tl_buf.v);
  for (size_t i = 0; i < sizeof rs->metric_scratch / sizeof *rs->metric_scratch; i++)
    free(rs->metric_scratch[i].v);
  free(rs->snap);
  free(rs);
}

struct load_args {
  const char *src;
  size_t len;
};

/* A bundled rule file (rules_bundle.c) comes from its bytecode, under this
 * load's chunk name; any other text is parsed. Users' bytecode never gets
 * here (jf_ruleset_load_string refuses it). */
static int load_protected(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  struct load_args *a = lua_touserdata(L, 1);
  if (jf_rs_load_bundled(L, a->src, a->len, rs->load.chunkname))
    rs->bundled_loads++;
  else if (luaL_loadbufferx(L, a->src, a->len, rs->load.chunkname, "t") != LUA_OK)
    return lua_error(L);
  jf_rs_make_env(L);
  lua_setupvalue(L, -2, 1);
  jf_rs_arm(rs);
  lua_call(L, 0, 0);
  jf_rs_disarm(rs);
  return 0;
}

jf_status jf_ruleset_load_string(jf_ruleset *rs, const char *name, const char *src, size_t len,
                                 jf_error_cb on_error, void *ud) {
  if (!rs || !name || (!src && len)) return JF_EUSAGE;
  char *chunk = NULL;
  char short_src[LUA_IDSIZE + 4];
  if (asprintf(&chunk, "@%s", name) < 0) return JF_ENOMEM;
  jf_rs_short_src(chunk, short_src, sizeof short_src);
  rs->load.active = true;
  rs->load.file = name;
  rs->load.chunkname = chunk;
  rs->load.short_src = short_src;
  rs->load.src = src;
  rs->load.len = len;
  rs->load.line_at = rs->load.after = NULL;
  rs->load.cb = on_error;
  rs->load.ud = ud;
  rs->load.problems = 0;
  jf_error e = {0};
  if (len && src[0] == LUA_SIGNATURE[0]) {
    /* luaL_loadbufferx would refuse it too ("mode is 't'"); say why it matters */
    jf_error_set(&e, JF_ERULE, name, 1, 0,
                 "rule file is precompiled Lua bytecode; only Lua source text is accepted");
    emit(rs, &e);
  } else {
    struct load_args a = {src, len};
    unsigned bundled = rs->bundled_loads;
    int st = jf_rs_run(rs, load_protected, &a, chunk);
    if (rs->trace_load)
      fprintf(stderr, "jianfu: loaded %s from %s\n", name,
              rs->bundled_loads > bundled ? "bundled bytecode" : "source");
    if (st != LUA_OK) {
      jf_rs_call_error(rs, st, name, short_src, 0, &e);
      emit(rs, &e);
    }
  }
  drop_pending(rs);
  unsigned problems = rs->load.problems;
  memset(&rs->load, 0, sizeof rs->load);
  free(chunk);
  return problems ? JF_ERULE : JF_OK;
}

static void io_error(const char *path, jf_error_cb cb, void *ud, const char *what) {
  jf_error e = {0};
  jf_error_set(&e, JF_EIO, path, 0, 0, "cannot %s: %s", what, strerror(errno));
  if (cb) cb(&e, ud);
  jf_error_clear(&e);
}

#define MAX_RULE_FILE ((size_t)16 << 20)

jf_status jf_ruleset_load_file(jf_ruleset *rs, const char *path, jf_error_cb on_error,
                               void *ud) {
  if (!rs || !path) return JF_EUSAGE;
  jf_status st = JF_ERULE;
  char *buf = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    io_error(path, on_error, ud, "open the rule file");
    goto out;
  }
  size_t cap = 0, len = 0, n;
  do {
    if (len == cap) {
      if (cap >= MAX_RULE_FILE) {
        errno = EFBIG;
        io_error(path, on_error, ud, "read the rule file");
        goto out;
      }
      cap = cap ? cap * 2 : 8192;
      char *p = realloc(buf, cap);
      if (!p) {
        st = JF_ENOMEM;
        goto out;
      }
      buf = p;
    }
    n = fread(buf + len, 1, cap - len, f);
    len += n;
  } while (n > 0);
  if (ferror(f)) {
    io_error(path, on_error, ud, "read the rule file");
    goto out;
  }
  st = jf_ruleset_load_string(rs, path, buf, len, on_error, ud);
out:
  if (f) fclose(f);
  free(buf);
  return st;
}

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.lua in dir, sorted by name. Names starting with '_' or '.' are
 * skipped: the place for drafts and disabled rules. */
jf_status jf_ruleset_load_dir(jf_ruleset *rs, const char *dir, jf_error_cb on_error, void *ud) {
  if (!rs || !dir) return JF_EUSAGE;
  jf_status st = JF_OK;
  char **names = NULL;
  size_t n = 0, cap = 0;
  DIR *d = opendir(dir);
  if (!d) {
    io_error(dir, on_error, ud, "open the rules directory");
    return JF_ERULE;
  }
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (de->d_name[0] == '_' || de->d_name[0] == '.' || l < 5 ||
        strcmp(de->d_name + l - 4, ".lua") != 0)
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      char **p = realloc(names, cap * sizeof *p);
      if (!p) {
        st = JF_ENOMEM;
        goto out;
      }
      names = p;
    }
    if (asprintf(&names[n], "%s/%s", dir, de->d_name) < 0) {
      st = JF_ENOMEM;
      goto out;
    }
    n++;
  }
  qsort(names, n, sizeof *names, cmp_name);
  for (size_t i = 0; i < n; i++) {
    struct stat sb;
    if (stat(names[i], &sb) == 0 && !S_ISREG(sb.st_mode)) continue;
    jf_status s = jf_ruleset_load_file(rs, names[i], on_error, ud);
    if (s != JF_OK && st == JF_OK) st = s;
  }
out:
  closedir(d);
  free_strv(names, n);
  return st;
}

size_t jf_ruleset_count(const jf_ruleset *rs) { return rs ? rs->n_rules : 0; }

const jf_rule_info *jf_ruleset_rule(const jf_ruleset *rs, size_t i) {
  return rs && i < rs->n_rules ? &rs->rules[i]->info : NULL;
}

long jf_ruleset_find(const jf_ruleset *rs, const char *id) {
  for (size_t i = 0; rs && id && i < rs->n_rules; i++)
    if (strcmp(rs->rules[i]->info.id, id) == 0) return (long)i;
  return -1;
}

size_t jf_ruleset_case_count(const jf_ruleset *rs) { return rs ? rs->n_cases : 0; }

const jf_case_info *jf_ruleset_case(const jf_ruleset *rs, size_t i) {
  return rs && i < rs->n_cases ? &rs->cases[i]->info : NULL;
}

/* --- checking ------------------------------------------------------------------------ */

static int check_protected(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, rs->cur.rule->check_ref);
  /* A metric check runs no Lua but its callbacks and message function: it
   * makes the view itself when one of them is to see it (need_view), and a
   * call that reaches none (on the bench, 170 of 1,558 a MB) makes none. */
  if (rs->cur.rule->metric.on && !rs->metric_view) {
    jf_rs_push_no_view(L);
    rs->metric_no_view_calls++;
  } else {
    jf_rs_push_view(L, rs, rs->cur.rule, rs->cur.doc, rs->cur.clause);
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, rs->report_ref);
  jf_rs_arm(rs);
  /* a metric check is called first thing: the hits it reads are still
   * those push_view just made, or would make (rules_metric.c fresh_hits) */
  rs->fresh_hits.armed = rs->cur.rule->metric.on;
  lua_call(L, 2, 0);
  rs->fresh_hits.armed = false;
  jf_rs_disarm(rs);
  return 0;
}

static bool call_ok(const jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                    const jf_result *out) {
  return rs && i < rs->n_rules && doc && clause < doc->n_clauses && out;
}

/* The call of rule i's check on the clause (call_ok). */
static jf_status run_check(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                           jf_result *out, jf_error *err) {
  const jf_rule *r = rs->rules[i];
  rs->cur.active = true;
  rs->cur.rule = r;
  rs->cur.doc = doc;
  rs->cur.clause = clause;
  rs->cur.out = out;
  rs->cur.n_before = out->n_findings;
  int st = jf_rs_run(rs, check_protected, NULL, r->chunkname);
  rs->cur.active = false;
  rs->fresh_hits.armed = false; /* also when the call failed */
  if (st == LUA_OK) return JF_OK;
  /* a failing call adds nothing: what it reported before failing is unreliable */
  for (size_t k = rs->cur.n_before; k < out->n_findings; k++) jf_finding_clear(&out->findings[k]);
  out->n_findings = rs->cur.n_before;
  jf_error e = {0};
  jf_rs_call_error(rs, st, r->info.file, r->short_src, r->info.line, &e);
  if (err) jf_error_move(err, &e);
  jf_error_clear(&e);
  return JF_ERULE;
}

/* --- JIANFU_RULE_STATS ----------------------------------------------------- */

static uint64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

const jf_rule_stats *jf_ruleset_stats(const jf_ruleset *rs, size_t i) {
  return rs && rs->stats && i < rs->n_rules ? &rs->rules[i]->stats : NULL;
}

/* The promises that say a call reports nothing, as bits. */
enum {
  PROMISE_PROHIBITED = 1, /* the rule's skip_prohibited */
  PROMISE_NEEDS = 2,      /* the rule's needs */
  PROMISE_METRIC = 4,     /* a metric_check's decision (jf_rs_metric_silent) */
  PROMISE_UNLESS = 8      /* the rule's skip_unless (with its skip_prohibited) */
};

/* Count a call of rule i that began at t0 (now_ns) and added the findings
 * of out from `before` on: skipped by the first of the promises p, or made. */
static void count_call(jf_ruleset *rs, size_t i, unsigned p, const jf_result *out,
                       size_t before, uint64_t t0) {
  jf_rule_stats *s = &rs->rules[i]->stats;
  s->woken++;
  if (p & PROMISE_PROHIBITED) s->skipped_prohibited++;
  else if (p & PROMISE_UNLESS) s->skipped_unless++;
  else if (p & PROMISE_NEEDS) s->skipped_needs++;
  else if (p & PROMISE_METRIC) s->skipped_metric++;
  else s->calls++;
  s->findings += out->n_findings - before;
  s->ns += now_ns() - t0;
}

/* run_check counted (kept out of the way of the call without stats) */
static __attribute__((noinline, cold)) jf_status check_counted(jf_ruleset *rs, size_t i,
                                                               const jf_doc *doc, size_t clause,
                                                               jf_result *out, jf_error *err) {
  uint64_t t0 = now_ns();
  size_t before = out->n_findings;
  jf_status st = run_check(rs, i, doc, clause, out, err);
  count_call(rs, i, 0, out, before, t0);
  return st;
}

jf_status jf_ruleset_check(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                           jf_result *out, jf_error *err) {
  if (!call_ok(rs, i, doc, clause, out)) {
    jf_error_set(err, JF_EUSAGE, NULL, 0, 0, "jf_ruleset_check: bad arguments");
    return JF_EUSAGE;
  }
  if (rs->stats) return check_counted(rs, i, doc, clause, out, err);
  return run_check(rs, i, doc, clause, out, err);
}

/* The trigger hits hv[0, n) of rule r in clause c, as far as its
 * skip_prohibited and skip_unless promises go: PROMISE_PROHIBITED when each
 * lies inside a prohibition or rectification scope (by the test of
 * clause:prohibited), PROMISE_UNLESS when each does or overlaps one of its
 * skip_unless phrases, 0 otherwise. No hits, a hit the view would not take
 * as it is (rules_view.c given_hits_ok), or (for skip_unless) more than 64
 * of them, and the call is made. */
typedef struct unless_scan {
  const jf_trigger_hit *hv;
  uint64_t left; /* the hits no phrase overlaps yet */
} unless_scan;

static bool clear_overlapped(uint32_t id, size_t end, size_t len, void *ud) {
  (void)id;
  unless_scan *u = ud;
  size_t start = end - len;
  for (uint64_t l = u->left; l; l &= l - 1) {
    int k = __builtin_ctzll(l);
    if (u->hv[k].from < end && start < u->hv[k].to) u->left &= ~((uint64_t)1 << k);
  }
  return u->left != 0;
}

static unsigned hits_excluded(const jf_rule *r, const jf_doc *doc, size_t ci,
                              const jf_trigger_hit *hv, size_t n) {
  const jf_clause *c = &doc->clauses[ci];
  if ((!r->skip_prohibited && !r->n_unless) || n == 0) return 0;
  for (size_t k = 0; k < n; k++)
    if (hv[k].trig >= r->info.n_triggers || hv[k].from >= hv[k].to || hv[k].to > c->norm.len)
      return 0;
  uint64_t left = 0; /* the hits not prohibited */
  bool prohibited = r->skip_prohibited && jf_doc_analysis(doc, ci);
  for (size_t k = 0; k < n; k++) {
    if (prohibited && jf_rs_span_prohibited(doc, ci, hv[k].from, hv[k].to)) continue;
    if (!r->n_unless || k >= 64) return 0;
    left |= (uint64_t)1 << k;
  }
  if (!left) return prohibited ? PROMISE_PROHIBITED : 0;
  /* (compiled on first use: a cache, one engine thread per rule set) */
  if (!c->norm.text || !compile_unless((jf_rule *)r)) return 0;
  /* the probes first: most clauses lack the byte pairs of every phrase */
  if (r->unless_probe && !jf_wf_may_occur_memo(r->unless_probe, r->n_unless, c->norm.text,
                                               c->norm.len, &((jf_rule *)r)->unless_memo))
    return 0;
  unless_scan u = {hv, left};
  jf_matcher_scan(r->unless_m, c->norm.text, c->norm.len, clear_overlapped, &u);
  return u.left ? 0 : PROMISE_UNLESS;
}

static bool any_match(uint32_t id, size_t end, size_t len, void *ud) {
  (void)id, (void)end, (void)len;
  *(bool *)ud = true;
  return false; /* one is enough */
}

/* Does one of the words of group g of rule r's needs occur in clause c's
 * normalized text (or may it: a text not at hand)? The probes first: most
 * clauses lack the byte pairs of every word, and then the scan is not
 * needed. */
static bool words_in(const jf_rule *r, size_t g, const jf_clause *c) {
  const struct jf_needs_c *w = &r->needs_c[g];
  if (!r->needs[g].n_words) return false;
  if (!c->norm.text) return true;
  /* (the memo is one of the parts of a registered rule that change) */
  if (w->probe && !jf_wf_may_occur_memo(w->probe, r->needs[g].n_words, c->norm.text, c->norm.len,
                                        &((struct jf_needs_c *)w)->memo))
    return false;
  bool found = false;
  jf_matcher_scan(w->m, c->norm.text, c->norm.len, any_match, &found);
  return found;
}

/* Does analysis a have one of the fields `bits` names (or may it: none at hand)? */
static bool fields_in(unsigned bits, const jf_analysis *a) {
  if (!a) return true;
  return ((bits & JF_NEEDS_NUMBERS) && a->n_numbers) ||
         ((bits & JF_NEEDS_THRESHOLDS) && a->n_thresholds) ||
         ((bits & JF_NEEDS_FREQUENCIES) && a->n_frequencies) ||
         ((bits & JF_NEEDS_PENALTIES) && a->n_penalties) ||
         ((bits & JF_NEEDS_LINK) && a->link != JF_LINK_NONE);
}

/* Does clause ci meet group g of rule r's needs: one of its words in the
 * clause's text — or, for a cell of a table row or a field of a scheme
 * item, in the other clauses of its row or item, where one cell names the
 * measure and another scores it (the loader groups an item's clauses
 * together) — or one of its `analysis` fields in the clause's analysis, or
 * one of its `item` fields in that of another clause of its item (any
 * item: what clause.item holds), or, for a row or a scheme item, one of its
 * `row` fields there? The words first: a clause is analysed only when
 * something reads its analysis (jf_doc_analysis), and the words (a probe,
 * then a scan) cost less than an analysis. */
static bool group_met(const jf_rule *r, size_t g, const jf_doc *doc, size_t ci) {
  const jf_clause *c = &doc->clauses[ci];
  const jf_needs_group *grp = &r->needs[g];
  /* an analysis made already (for another rule) costs nothing to read */
  if (grp->analysis && c->an && fields_in(grp->analysis, c->an)) return true;
  if (words_in(r, g, c)) return true;
  bool row = c->flags & (JF_CLAUSE_TABLE_ROW | JF_CLAUSE_SCHEME_ITEM);
  size_t lo = ci, hi = ci; /* the clause's item, when it is looked at */
  if ((grp->item || row) && !jf_doc_item_range(doc, ci, &lo, &hi)) lo = hi = ci;
  if (row)
    for (size_t k = lo; k < hi; k++)
      if (jf_doc_in_item(doc, ci, k) && words_in(r, g, &doc->clauses[k])) return true;
  if (grp->analysis && fields_in(grp->analysis, jf_doc_analysis(doc, ci))) return true;
  unsigned item = grp->item | (row ? grp->row : 0); /* the fields its item's clauses meet it by */
  if (item)
    for (size_t k = lo; k < hi; k++)
      if (jf_doc_in_item(doc, ci, k) && fields_in(item, jf_doc_analysis(doc, k))) return true;
  return false;
}

/* Rule r declared needs: does the clause miss one of its groups? */
static bool needs_missing(const jf_rule *r, const jf_doc *doc, size_t ci) {
  /* (compiled on first use: a cache, one engine thread per rule set) */
  if (!r->info.n_needs || !compile_needs((jf_rule *)r)) return false;
  for (size_t g = 0; g < r->info.n_needs; g++)
    if (!group_met(r, g, doc, ci)) return true;
  return false;
}

/* Which promises say that rule i's call on the clause reports nothing: the
 * first that does, cheapest first, or with all every one of them. */
static unsigned silent_by(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                          const jf_trigger_hit *hits, size_t n, bool all) {
  const jf_rule *r = rs->rules[i];
  unsigned p = 0;
  p |= hits_excluded(r, doc, clause, hits, n);
  if ((!p || all) && needs_missing(r, doc, clause)) p |= PROMISE_NEEDS;
  if ((!p || all) && jf_rs_metric_silent(rs, r, doc, clause, hits, n)) p |= PROMISE_METRIC;
  return p;
}

static jf_status check_given(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                             const jf_trigger_hit *hits, size_t n, jf_result *out,
                             jf_error *err) {
  if (!call_ok(rs, i, doc, clause, out)) {
    jf_error_set(err, JF_EUSAGE, NULL, 0, 0, "jf_ruleset_check: bad arguments");
    return JF_EUSAGE;
  }
  rs->given_hits.set = true;
  rs->given_hits.v = hits;
  rs->given_hits.n = n;
  jf_status st = run_check(rs, i, doc, clause, out, err);
  rs->given_hits.set = false;
  return st;
}

/* JIANFU_CHECK_PROMISES: the call that promises p would skip, made; a
 * finding from it breaks them: the findings are dropped and it is an error
 * of the rule, naming the promises (the caller gives it the clause's place).
 * A call that fails is the rule's error as ever. */
static jf_status check_promise(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                               const jf_trigger_hit *hits, size_t n, jf_result *out,
                               jf_error *err, unsigned p) {
  size_t before = out->n_findings;
  jf_status st = check_given(rs, i, doc, clause, hits, n, out, err);
  if (st != JF_OK || out->n_findings == before) return st;
  const jf_rule *r = rs->rules[i];
  /* the first finding's message, cut at a character boundary */
  char msg[160];
  size_t len = strlen(out->findings[before].message);
  if (len >= sizeof msg) {
    len = sizeof msg - 1;
    while (len && ((unsigned char)out->findings[before].message[len] & 0xC0) == 0x80) len--;
  }
  memcpy(msg, out->findings[before].message, len);
  msg[len] = 0;
  for (size_t k = before; k < out->n_findings; k++) jf_finding_clear(&out->findings[k]);
  out->n_findings = before;
  static const struct {
    unsigned bit;
    const char *name, *why;
  } promises[] = {
    {PROMISE_PROHIBITED, "'skip_prohibited'", "its trigger hits are all prohibited"},
    {PROMISE_UNLESS, "'skip_unless'",
     "each of its trigger hits overlaps a skip_unless phrase (or is prohibited)"},
    {PROMISE_NEEDS, "'needs'",
     "the clause misses its needs (none of the words or analysis fields of a group)"},
    {PROMISE_METRIC, "of metric_check's dry run", "the dry run said it reports nothing"},
  };
  char names[128] = "", whys[256] = "";
  for (size_t k = 0; k < sizeof promises / sizeof *promises; k++) {
    if (!(p & promises[k].bit)) continue;
    size_t a = strlen(names), b = strlen(whys);
    snprintf(names + a, sizeof names - a, "%s%s", a ? " and " : "", promises[k].name);
    snprintf(whys + b, sizeof whys - b, "%s%s", b ? " and " : "", promises[k].why);
  }
  jf_error_set(err, JF_ERULE, r->info.file, r->info.line, 0,
               "broken promise %s: the check reported \"%s\" although %s "
               "(JIANFU_CHECK_PROMISES)", names, msg, whys);
  return JF_ERULE;
}

/* jf_ruleset_check_hits; *skipped is set to the promises that skipped the
 * call (0: it was made). Inlined in both callers: the one without stats is
 * the hot path of every rule call. */
static inline __attribute__((always_inline)) jf_status
check_hits(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
           const jf_trigger_hit *hits, size_t n, jf_result *out, jf_error *err,
           unsigned *skipped) {
  *skipped = 0;
  /* Calls that would report nothing are skipped, decided in C before any
   * Lua runs (a skipped call cannot fail either):
   * - by the rule's own promises: skip_prohibited (its check never reports
   *   from a clause whose hits are all inside prohibition scopes, as here)
   *   and needs (never from a clause without one of its needs words);
   * - a metric_check's decision: most calls report nothing, and the call
   *   (the view, clause.hits, the protected call) costs more than the
   *   decision.
   * JIANFU_CHECK_PROMISES makes those calls and checks that they report
   * nothing (check_promise). */
  if (call_ok(rs, i, doc, clause, out)) {
    unsigned p = silent_by(rs, i, doc, clause, hits, n, rs->check_promises);
    *skipped = p;
    if (p && !rs->check_promises) return JF_OK;
    if (p) return check_promise(rs, i, doc, clause, hits, n, out, err, p);
  }
  return check_given(rs, i, doc, clause, hits, n, out, err);
}

/* check_hits counted: a call that is not one (a bad argument) is not */
static __attribute__((noinline, cold)) jf_status
check_hits_counted(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                   const jf_trigger_hit *hits, size_t n, jf_result *out, jf_error *err) {
  unsigned p;
  if (!call_ok(rs, i, doc, clause, out)) return check_hits(rs, i, doc, clause, hits, n, out, err, &p);
  uint64_t t0 = now_ns();
  size_t before = out->n_findings;
  jf_status st = check_hits(rs, i, doc, clause, hits, n, out, err, &p);
  count_call(rs, i, p, out, before, t0);
  return st;
}

jf_status jf_ruleset_check_hits(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                                const jf_trigger_hit *hits, size_t n, jf_result *out,
                                jf_error *err) {
  if (!rs || (n && !hits)) {
    jf_error_set(err, JF_EUSAGE, NULL, 0, 0, "jf_ruleset_check_hits: bad arguments");
    return JF_EUSAGE;
  }
  if (rs->stats) return check_hits_counted(rs, i, doc, clause, hits, n, out, err);
  unsigned skipped;
  return check_hits(rs, i, doc, clause, hits, n, out, err, &skipped);
}
