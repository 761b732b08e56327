/* rules_json.c — a rule's evidence table as JSON text, for
 * jf_finding.evidence_json. Raw access only, so no metamethod runs.
 *
 * The text is exactly what jansson's json_dumps(JSON_COMPACT | JSON_SORT_KEYS |
 * JSON_REAL_PRECISION(15)) gave for the tree this file used to build: written
 * directly instead, because building, sorting and freeing a jansson tree per
 * finding cost more than the rest of a report. What must match jansson:
 *  - strings: invalid UTF-8 (as jansson judges it) becomes U+FFFD one byte at
 *    a time; '"', '\\' and control characters are escaped (\b \f \n \r \t,
 *    else \u00XX in upper case), nothing else is;
 *  - objects: keys sorted by bytes, a shorter key before its extensions; two
 *    Lua keys that read the same (1 and "1") keep the value met last;
 *  - integers as %lld; reals are rare, and jansson itself formats them.
 * tests/unit/test_evidence_json.c checks all of this against jansson. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_text.h"
#include "rules_int.h"

#define MAX_DEPTH 16

/* One "key":value of an object being built. */
struct jf_ev_member {
  size_t key, key_len;   /* the key as jansson would hold it, in b->keys */
  size_t text, text_len; /* the member's JSON text, in b->text */
};

void jf_ev_buf_free(jf_ev_buf *b) {
  free(b->text);
  free(b->keys);
  free(b->mem);
  memset(b, 0, sizeof *b);
}

/* Room for `more` bytes (or members) past n in *p; sets *oom on failure. */
static bool reserve(void **p, size_t *cap, size_t n, size_t more, size_t size, bool *oom) {
  if (*oom) return false;
  if (*cap - n >= more) return true;
  size_t nc = *cap ? *cap : 64;
  while (nc - n < more) {
    if (nc > SIZE_MAX / 2 / size) {
      *oom = true;
      return false;
    }
    nc *= 2;
  }
  void *q = realloc(*p, nc * size);
  if (!q) {
    *oom = true;
    return false;
  }
  *p = q;
  *cap = nc;
  return true;
}

static void put_slow(jf_ev_buf *b, const char *s, size_t n) {
  if (!reserve((void **)&b->text, &b->cap, b->n, n, 1, &b->oom)) return;
  memcpy(b->text + b->n, s, n);
  b->n += n;
}

/* Append n bytes to the text; inline, for the common case that they fit. */
static inline void put(jf_ev_buf *b, const char *s, size_t n) {
  if (b->cap - b->n < n) return put_slow(b, s, n);
  memcpy(b->text + b->n, s, n);
  b->n += n;
}

static inline void put_ch(jf_ev_buf *b, char c) {
  if (b->cap == b->n) return put_slow(b, &c, 1);
  b->text[b->n++] = c;
}

static void put_key_bytes(jf_ev_buf *b, const char *s, size_t n) {
  if (!reserve((void **)&b->keys, &b->capk, b->nk, n, 1, &b->oom)) return;
  memcpy(b->keys + b->nk, s, n);
  b->nk += n;
}

/* Does the word hold no byte >= 0x80, below 0x20, '"' or '\\'? (each test
 * exact as a whole: a borrow only marks bytes above one that matched) */
static inline bool word_plain(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
  return !((w | ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs);
}

/* Is s[0, n) ASCII without a byte put_str would escape, as the names rules
 * use for keys are? Eight bytes at a time: a byte at a time was most of
 * writing a key. */
static bool plain_ascii(const unsigned char *s, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (!word_plain(w)) return false;
  }
  uint64_t w = 0x2020202020202020ull; /* the rest, among spaces */
  for (; i < n; i++)
    w = w << 8 | s[i];
  return word_plain(w);
}

/* An object key as the string jansson would hold: Lua bytes with each
 * invalid sequence replaced by U+FFFD, appended to b->keys. True when the
 * key's JSON literal is the key in quotes (no byte of it is escaped), as
 * it is for the plain names rules use. */
static bool put_key_str(jf_ev_buf *b, const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  if (plain_ascii(s, n)) {
    put_key_bytes(b, str, n);
    return true;
  }
  size_t run = 0; /* start of the valid bytes not yet copied */
  bool plain = true;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    unsigned c = s[i];
    if (c < 0x80) { /* keys are mostly ASCII names */
      if (c < 0x20 || c == '"' || c == '\\') plain = false;
      i++;
      continue;
    }
    size_t k = jf_utf8_seq(s + i, n - i, &cp);
    if (k) {
      i += k;
      continue;
    }
    put_key_bytes(b, str + run, i - run);
    put_key_bytes(b, "\xEF\xBF\xBD", 3);
    run = ++i;
  }
  put_key_bytes(b, str + run, n - run);
  return plain;
}

/* Lua bytes as the JSON string literal jansson writes for them: invalid
 * sequences replaced by U+FFFD, '"', '\\' and control characters escaped. */
static void put_str(jf_ev_buf *b, const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  put_ch(b, '"');
  size_t run = 0; /* start of the bytes not yet written that need no escape */
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k;
    unsigned c = s[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') { /* plain ASCII */
      i++;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      /* the common case (CJK): a three-byte sequence whose lead byte allows
       * neither an overlong form nor a surrogate */
      i += 3;
      continue;
    }
    k = jf_utf8_seq(s + i, n - i, &cp);
    if (k && cp >= 0x80) {
      i += k;
      continue;
    }
    put(b, str + run, i - run);
    if (!k) {
      put(b, "\xEF\xBF\xBD", 3);
      i++;
    } else {
      char esc[6];
      if (cp == 0) b->canonical = false; /* jansson's parser refuses \u0000 */
      put(b, esc, jf_json_escape(esc, cp));
      i += k;
    }
    run = i;
  }
  put(b, str + run, n - run);
  put_ch(b, '"');
}

static void put_int(jf_ev_buf *b, long long v) {
  if (v <= -1000000000000000000LL || v >= 1000000000000000000LL) b->canonical = false;
  char d[JF_INT_DIGITS];
  size_t i = jf_int_digits(d, v);
  put(b, d + i, sizeof d - i);
}

/* Reals are rare in evidence: let jansson format them, so the digits are its. */
static void put_real(jf_ev_buf *b, double d) {
  b->canonical = false; /* its digits may not survive a parse as they are */
  json_t *j = json_real(d);
  char tmp[64];
  size_t n =
      j ? json_dumpb(j, tmp, sizeof tmp, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15))
        : 0;
  json_decref(j);
  if (n == 0 || n > sizeof tmp)
    b->oom = true;
  else
    put(b, tmp, n);
}

static void put_num(jf_ev_buf *b, lua_State *L, int idx) {
  if (lua_isinteger(L, idx)) return put_int(b, (long long)lua_tointeger(L, idx));
  double d = (double)lua_tonumber(L, idx);
  if (!isfinite(d))
    put(b, "null", 4);
  else if (d == floor(d) && fabs(d) < 9.2e18)
    put_int(b, (long long)d);
  else
    put_real(b, d);
}

/* Is the table at idx a sequence 1..n (n > 0) and nothing else? */
static bool is_array(lua_State *L, int idx, size_t *n) {
  *n = lua_rawlen(L, idx);
  if (*n == 0) return false;
  size_t count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || (size_t)lua_tointeger(L, -1) > *n) {
      lua_pop(L, 1);
      return false;
    }
    count++;
  }
  return count == *n;
}

static bool value(lua_State *L, int idx, int depth, jf_ev_buf *b, char *why, size_t whysz);

/* keys compared by bytes, a shorter key before its extensions: inline, as
 * keys are short names that mostly differ in their first bytes (a call of
 * memcmp cost more than the comparing) */
static int cmp_member(const jf_ev_buf *b, const jf_ev_member *x, const jf_ev_member *y) {
  size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
  const unsigned char *p = (const unsigned char *)b->keys + x->key;
  const unsigned char *q = (const unsigned char *)b->keys + y->key;
  for (size_t i = 0; i < n; i++)
    if (p[i] != q[i]) return p[i] < q[i] ? -1 : 1;
  return x->key_len < y->key_len ? -1 : x->key_len > y->key_len;
}

/* Write the members [m0, b->nm) — each "key":value, in the order the table
 * gave them, starting at b->text[t0] — back at t0 as one sorted object. */
static void close_object(jf_ev_buf *b, size_t m0, size_t t0) {
  jf_ev_member *m = b->mem + m0;
  size_t n = b->nm - m0;
  /* insertion sort: objects are small, and it is stable, so among members
   * with the same key the one met last is last */
  for (size_t i = 1; i < n; i++) {
    jf_ev_member x = m[i];
    size_t j = i;
    for (; j > 0 && cmp_member(b, &m[j - 1], &x) > 0; j--)
      m[j] = m[j - 1];
    m[j] = x;
  }
  size_t start = b->n;
  put_ch(b, '{');
  bool first = true;
  for (size_t i = 0; i < n && !b->oom; i++) {
    if (i + 1 < n && cmp_member(b, &m[i], &m[i + 1]) == 0) continue; /* replaced later */
    if (!first) put_ch(b, ',');
    first = false;
    if (!reserve((void **)&b->text, &b->cap, b->n, m[i].text_len, 1, &b->oom)) break;
    memcpy(b->text + b->n, b->text + m[i].text, m[i].text_len);
    b->n += m[i].text_len;
  }
  put_ch(b, '}');
  if (!b->oom) {
    memmove(b->text + t0, b->text + start, b->n - start);
    b->n = t0 + (b->n - start);
  }
  b->nm = m0;
}

/* The key at -2 as a string (jansson's view of it), or false with why;
 * *plain as put_key_str says (numbers and booleans are). */
static bool member_key(lua_State *L, jf_ev_buf *b, bool *plain, char *why, size_t whysz) {
  char kbuf[48];
  *plain = true;
  switch (lua_type(L, -2)) {
  case LUA_TSTRING: {
    size_t kl;
    const char *k = lua_tolstring(L, -2, &kl);
    *plain = put_key_str(b, k, kl);
    return true;
  }
  case LUA_TNUMBER:
    if (lua_isinteger(L, -2))
      snprintf(kbuf, sizeof kbuf, "%lld", (long long)lua_tointeger(L, -2));
    else
      snprintf(kbuf, sizeof kbuf, "%.14g", (double)lua_tonumber(L, -2));
    put_key_bytes(b, kbuf, strlen(kbuf));
    return true;
  case LUA_TBOOLEAN:
    put_key_bytes(b, lua_toboolean(L, -2) ? "true" : "false", lua_toboolean(L, -2) ? 4 : 5);
    return true;
  default: snprintf(why, whysz, "evidence has a %s key", luaL_typename(L, -2)); return false;
  }
}

static bool object(lua_State *L, int idx, int depth, jf_ev_buf *b, char *why, size_t whysz) {
  size_t m0 = b->nm, t0 = b->n, k0 = b->nk;
  bool ok = true;
  lua_pushnil(L);
  while (ok && lua_next(L, idx)) {
    if (!reserve((void **)&b->mem, &b->capm, b->nm, 1, sizeof *b->mem, &b->oom)) {
      ok = false;
      break;
    }
    size_t mi = b->nm++; /* claimed before value() nests: it builds above it */
    b->mem[mi].key = b->nk;
    b->mem[mi].text = b->n;
    bool plain;
    ok = member_key(L, b, &plain, why, whysz);
    if (ok) {
      size_t kl = b->mem[mi].key_len = b->nk - b->mem[mi].key;
      if (plain && reserve((void **)&b->text, &b->cap, b->n, kl + 3, 1, &b->oom)) {
        /* "key": at once, without put_str's scan for escapes */
        char *o = b->text + b->n;
        o[0] = '"';
        memcpy(o + 1, b->keys + b->mem[mi].key, kl);
        o[kl + 1] = '"';
        o[kl + 2] = ':';
        b->n += kl + 3;
      } else {
        put_str(b, b->keys + b->mem[mi].key, kl);
        put_ch(b, ':');
      }
      ok = value(L, lua_gettop(L), depth + 1, b, why, whysz);
      b->mem[mi].text_len = b->n - b->mem[mi].text;
    }
    lua_pop(L, 1);
  }
  if (ok && !b->oom) close_object(b, m0, t0);
  b->nm = m0;
  b->nk = k0;
  return ok && !b->oom;
}

static bool table(lua_State *L, int idx, int depth, jf_ev_buf *b, char *why, size_t whysz,
                  bool *list) {
  if (depth > MAX_DEPTH) {
    snprintf(why, whysz, "evidence is nested more than %d deep (a cycle?)", MAX_DEPTH);
    return false;
  }
  if (!lua_checkstack(L, 6)) {
    snprintf(why, whysz, "evidence is nested too deep");
    return false;
  }
  bool ro = jf_rs_unwrap_ro(L, idx); /* a piece of the clause view: encode what it shows */
  if (ro) idx = lua_gettop(L);
  bool ok = true;
  size_t n;
  *list = false;
  if (is_array(L, idx, &n)) {
    *list = true;
    put_ch(b, '[');
    for (size_t i = 1; ok && i <= n; i++) {
      if (i > 1) put_ch(b, ',');
      lua_rawgeti(L, idx, (lua_Integer)i);
      ok = value(L, lua_gettop(L), depth + 1, b, why, whysz);
      lua_pop(L, 1);
    }
    put_ch(b, ']');
  } else {
    size_t t0 = b->n;
    ok = object(L, idx, depth, b, why, whysz);
    if (ok && depth > 0 && b->n - t0 == 2) { /* "{}": nothing in it */
      *list = true;
      b->n = t0;
      put(b, "[]", 2); /* a nested empty table reads as an empty list */
    }
  }
  if (ro) lua_remove(L, idx);
  return ok && !b->oom;
}

static bool value(lua_State *L, int idx, int depth, jf_ev_buf *b, char *why, size_t whysz) {
  bool list;
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    put_str(b, s, n);
    break;
  }
  case LUA_TNUMBER: put_num(b, L, idx); break;
  case LUA_TBOOLEAN:
    if (lua_toboolean(L, idx))
      put(b, "true", 4);
    else
      put(b, "false", 5);
    break;
  case LUA_TTABLE: return table(L, idx, depth, b, why, whysz, &list);
  default:
    snprintf(why, whysz, "evidence cannot hold a %s value", luaL_typename(L, idx));
    return false;
  }
  return !b->oom;
}

const char *jf_rs_evidence(lua_State *L, int idx, jf_ev_buf *b, size_t *len, char *why,
                           size_t whysz) {
  idx = lua_absindex(L, idx);
  int top = lua_gettop(L);
  b->n = b->nk = b->nm = 0;
  b->oom = false;
  b->canonical = true;
  why[0] = 0; /* "out of memory" unless something else went wrong first */
  bool list = false;
  bool ok = lua_type(L, idx) == LUA_TTABLE && table(L, idx, 0, b, why, whysz, &list);
  if (lua_type(L, idx) != LUA_TTABLE) snprintf(why, whysz, "evidence must be a table");
  if (ok && list) {
    ok = false;
    snprintf(why, whysz, "evidence must be a table of named fields, not a list");
  }
  ok = ok && reserve((void **)&b->text, &b->cap, b->n, 1, 1, &b->oom); /* room for the NUL */
  lua_settop(L, top);
  if (!ok && !why[0]) snprintf(why, whysz, "out of memory");
  if (!ok) return NULL;
  b->text[b->n] = 0;
  *len = b->n;
  return b->text;
}

/* --- evidence written from C values (rules_metric.c) ---------------------------- */

void jf_ev_start(jf_ev_buf *b) {
  b->n = b->nk = b->nm = 0;
  b->oom = false;
  b->canonical = true;
  put_ch(b, '{');
}

void jf_ev_open(jf_ev_buf *b) { put_ch(b, '{'); }

void jf_ev_close(jf_ev_buf *b) { put_ch(b, '}'); }

void jf_ev_key(jf_ev_buf *b, const char *key) {
  if (b->n && b->text[b->n - 1] != '{') put_ch(b, ',');
  put_ch(b, '"');
  put(b, key, strlen(key));
  put(b, "\":", 2);
}

void jf_ev_str(jf_ev_buf *b, const char *s, size_t n) { put_str(b, s, n); }

/* put_num of the Lua value jf_rs_push_value makes of v: an integer when v is
 * integral within 2^53, else a float, which put_num writes as an integer
 * when it is integral all the same */
void jf_ev_number(jf_ev_buf *b, double v) {
  if (!isfinite(v))
    put(b, "null", 4);
  else if (v == floor(v) && fabs(v) < 9.2e18)
    put_int(b, (long long)v);
  else
    put_real(b, v);
}

void jf_ev_true(jf_ev_buf *b) { put(b, "true", 4); }

bool jf_ev_finish(jf_ev_buf *b) {
  put_ch(b, '}');
  if (!reserve((void **)&b->text, &b->cap, b->n, 1, 1, &b->oom)) return false;
  b->text[b->n] = 0;
  return true;
}
