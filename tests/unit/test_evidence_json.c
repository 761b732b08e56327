/* test_evidence_json.c — the evidence writer (rules_json.c) gives exactly the
 * bytes jansson gave: its output is compared with a reference that builds the
 * jansson tree the way rules_json.c used to and dumps it with the same flags,
 * on crafted values (every byte, escapes, invalid UTF-8, colliding keys,
 * reals, read-only views, errors) and on many random tables. */
#include <jansson.h>
#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "rules_int.h"

/* --- the reference: the jansson tree, as rules_json.c built it ------------------ */

#define REF_MAX_DEPTH 16

static json_t *ref_str(const char *s, size_t n) {
  json_t *j = json_stringn(s, n);
  if (j || !s) return j;
  char *buf = malloc(n * 3 + 1);
  if (!buf) return NULL;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    json_t *probe = k && i + k <= n ? json_stringn(s + i, k) : NULL;
    if (probe) {
      memcpy(buf + o, s + i, k);
      o += k;
      i += k;
      json_decref(probe);
    } else {
      memcpy(buf + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    }
  }
  j = json_stringn(buf, o);
  free(buf);
  return j;
}

static json_t *ref_num(lua_State *L, int idx) {
  if (lua_isinteger(L, idx)) return json_integer((json_int_t)lua_tointeger(L, idx));
  double d = (double)lua_tonumber(L, idx);
  if (!isfinite(d)) return json_null();
  if (d == floor(d) && fabs(d) < 9.2e18) return json_integer((json_int_t)d);
  return json_real(d);
}

static bool ref_is_array(lua_State *L, int idx, size_t *n) {
  *n = lua_rawlen(L, idx);
  if (*n == 0) return false;
  size_t count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
        (size_t)lua_tointeger(L, -1) > *n) {
      lua_pop(L, 1);
      return false;
    }
    count++;
  }
  return count == *n;
}

static bool ref_is_empty(lua_State *L, int idx) {
  lua_pushnil(L);
  if (!lua_next(L, idx)) return true;
  lua_pop(L, 2);
  return false;
}

static json_t *ref_value(lua_State *L, int idx, int depth, char *why, size_t whysz);

static json_t *ref_table(lua_State *L, int idx, int depth, char *why, size_t whysz) {
  if (depth > REF_MAX_DEPTH) {
    snprintf(why, whysz, "evidence is nested more than %d deep (a cycle?)", REF_MAX_DEPTH);
    return NULL;
  }
  if (!lua_checkstack(L, 6)) {
    snprintf(why, whysz, "evidence is nested too deep");
    return NULL;
  }
  bool ro = jf_rs_unwrap_ro(L, idx);
  if (ro) idx = lua_gettop(L);
  json_t *out = NULL;
  size_t n;
  if (ref_is_array(L, idx, &n)) {
    out = json_array();
    for (size_t i = 1; out && i <= n; i++) {
      lua_rawgeti(L, idx, (lua_Integer)i);
      json_t *v = ref_value(L, lua_gettop(L), depth + 1, why, whysz);
      lua_pop(L, 1);
      if (!v || json_array_append_new(out, v)) {
        json_decref(out);
        out = NULL;
      }
    }
  } else if (depth > 0 && ref_is_empty(L, idx)) {
    out = json_array();
  } else {
    out = json_object();
    lua_pushnil(L);
    while (out && lua_next(L, idx)) {
      char kbuf[48];
      const char *k = NULL;
      size_t kl = 0;
      switch (lua_type(L, -2)) {
      case LUA_TSTRING: k = lua_tolstring(L, -2, &kl); break;
      case LUA_TNUMBER:
        if (lua_isinteger(L, -2))
          snprintf(kbuf, sizeof kbuf, "%lld", (long long)lua_tointeger(L, -2));
        else
          snprintf(kbuf, sizeof kbuf, "%.14g", (double)lua_tonumber(L, -2));
        k = kbuf;
        kl = strlen(kbuf);
        break;
      case LUA_TBOOLEAN:
        k = lua_toboolean(L, -2) ? "true" : "false";
        kl = strlen(k);
        break;
      default: snprintf(why, whysz, "evidence has a %s key", luaL_typename(L, -2)); break;
      }
      json_t *v = k ? ref_value(L, lua_gettop(L), depth + 1, why, whysz) : NULL;
      json_t *key = v ? ref_str(k, kl) : NULL;
      bool bad = !v || !key ||
                 json_object_setn_new(out, json_string_value(key), json_string_length(key), v);
      if (v && !key) json_decref(v);
      json_decref(key);
      if (bad) {
        json_decref(out);
        out = NULL;
        lua_pop(L, 2);
        break;
      }
      lua_pop(L, 1);
    }
  }
  if (ro) lua_remove(L, idx);
  return out;
}

static json_t *ref_value(lua_State *L, int idx, int depth, char *why, size_t whysz) {
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    return ref_str(s, n);
  }
  case LUA_TNUMBER: return ref_num(L, idx);
  case LUA_TBOOLEAN: return json_boolean(lua_toboolean(L, idx));
  case LUA_TTABLE: return ref_table(L, idx, depth, why, whysz);
  default:
    snprintf(why, whysz, "evidence cannot hold a %s value", luaL_typename(L, idx));
    return NULL;
  }
}

/* The reference text (malloc'd) or NULL with why. */
static char *ref_evidence(lua_State *L, int idx, char *why, size_t whysz) {
  idx = lua_absindex(L, idx);
  int top = lua_gettop(L);
  snprintf(why, whysz, "out of memory");
  json_t *j = lua_type(L, idx) == LUA_TTABLE ? ref_table(L, idx, 0, why, whysz) : NULL;
  if (lua_type(L, idx) != LUA_TTABLE) snprintf(why, whysz, "evidence must be a table");
  if (j && !json_is_object(j)) {
    json_decref(j);
    j = NULL;
    snprintf(why, whysz, "evidence must be a table of named fields, not a list");
  }
  lua_settop(L, top);
  char *s = j ? json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(15)) : NULL;
  json_decref(j);
  return s;
}

/* --- comparing ------------------------------------------------------------------ */

static jf_ev_buf buf;
static int compared, n_canonical;

/* The value on top of the stack: both agree on the bytes or on the error. */
static void same(lua_State *L, const char *what) {
  char why_ref[160], why_new[160];
  int top = lua_gettop(L);
  char *want = ref_evidence(L, -1, why_ref, sizeof why_ref);
  CHECK_INT(lua_gettop(L), top);
  size_t n = 0;
  const char *got = jf_rs_evidence(L, -1, &buf, &n, why_new, sizeof why_new);
  CHECK_INT(lua_gettop(L), top);
  if (want && got) {
    CHECK_MSG(n == strlen(want) && memcmp(got, want, n) == 0, "%s: got %.*s, want %s", what,
              (int)n, got, want);
    /* marked canonical: the reporters copy it, as what jansson prints for its parse */
    if (buf.canonical) {
      json_t *v = json_loads(got, 0, NULL);
      char *dump = v ? json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
      CHECK_MSG(dump && strcmp(dump, got) == 0, "%s: %s is marked canonical", what, got);
      free(dump);
      json_decref(v);
      n_canonical++;
    }
  } else {
    CHECK_MSG(!want && !got, "%s: got %s, want %s", what, got ? got : why_new,
              want ? want : why_ref);
    if (!want && !got) CHECK_STR(why_new, why_ref);
  }
  free(want);
  compared++;
}

/* { v = <bytes> } and { [<bytes>] = 1 } for one byte string. */
static void same_string(lua_State *L, const char *s, size_t n) {
  lua_createtable(L, 0, 1);
  lua_pushlstring(L, s, n);
  lua_setfield(L, -2, "v");
  same(L, "string value");
  lua_pop(L, 1);
  lua_createtable(L, 0, 1);
  lua_pushlstring(L, s, n);
  lua_pushinteger(L, 1);
  lua_rawset(L, -3);
  same(L, "string key");
  lua_pop(L, 1);
}

static void test_strings(lua_State *L) {
  unsigned char s[6];
  for (int a = 0; a < 256; a++) {
    s[0] = (unsigned char)a;
    same_string(L, (char *)s, 1);
    for (int b = 0; b < 256; b++) {
      s[1] = (unsigned char)b;
      same_string(L, (char *)s, 2);
    }
  }
  /* every lead of 3- and 4-byte forms with the edges of their continuations */
  static const unsigned char cont[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int a = 0xE0; a < 0x100; a++)
    for (size_t b = 0; b < sizeof cont; b++)
      for (size_t c = 0; c < sizeof cont; c++) {
        s[0] = (unsigned char)a, s[1] = cont[b], s[2] = cont[c];
        same_string(L, (char *)s, 3);
        for (size_t d = 0; d < sizeof cont; d += 2) {
          s[3] = cont[d];
          same_string(L, (char *)s, 4);
        }
      }
  static const char *const samples[] = {
    "", "活跃率", "a\"b\\c/d", "tab\there\nnl\r\f\b", "\x01\x1f\x7f", "𠀀😀", "\xF4\x8F\xBF\xBF",
    "\xF4\x90\x80\x80", "\xED\xA0\x80", "\xEF\xBF\xBD", "mixed 通报\x80排名\xE4\xB8", "\xE4\xB8"};
  for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
    same_string(L, samples[i], strlen(samples[i]));
  same_string(L, "a\0b", 3);
}

static void test_numbers(lua_State *L) {
  static const double reals[] = {0.0, -0.0, 0.1, 2.5, -1.5, 1e20, 1e-7, 1.5e-7, 123456789.123,
                                 1.0 / 3, 9.2e18, 9.3e18, -9.3e18, 1e300, 5e-324, 3.0, -7.0,
                                 0.30000000000000004, 1e15 + 0.3, 123456789012345.6};
  for (size_t i = 0; i < sizeof reals / sizeof reals[0]; i++) {
    lua_createtable(L, 0, 2);
    lua_pushnumber(L, reals[i]);
    lua_setfield(L, -2, "r");
    lua_pushnumber(L, reals[i]);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3); /* a float key */
    same(L, "real");
    lua_pop(L, 1);
  }
  static const long long ints[] = {0, 1, -1, 10, 9223372036854775807LL, -9223372036854775807LL - 1};
  for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
    lua_createtable(L, 0, 2);
    lua_pushinteger(L, ints[i]);
    lua_setfield(L, -2, "i");
    lua_pushinteger(L, ints[i]);
    lua_pushboolean(L, 0);
    lua_rawset(L, -3);
    same(L, "integer");
    lua_pop(L, 1);
  }
  const double odd[] = {INFINITY, -INFINITY, NAN};
  for (size_t i = 0; i < 3; i++) {
    lua_createtable(L, 0, 1);
    lua_pushnumber(L, odd[i]);
    lua_setfield(L, -2, "x");
    same(L, "non-finite");
    lua_pop(L, 1);
  }
}

/* Lua source for a value, run and compared. */
static void same_lua(lua_State *L, const char *src) {
  if (luaL_dostring(L, src) != LUA_OK) {
    CHECK_MSG(0, "%s: %s", src, lua_tostring(L, -1));
    lua_pop(L, 1);
    return;
  }
  same(L, src);
  lua_pop(L, 1);
}

static void test_shapes(lua_State *L) {
  static const char *const srcs[] = {
    "return {}",
    "return {1, 2}",
    "return 'x'",
    "return {a = {}, b = {{}}, c = {x = {}}}",
    "return {a = {1, nil, 3}}",
    "return {a = {[1] = 1, [2] = 2, n = 2}}",
    "return {a = {[2] = 'x'}}",
    "return {[1] = 'one', ['1'] = 'string one'}",
    "return {[true] = 1, ['true'] = 2, [false] = 3}",
    "return {[1.5] = 1, ['1.5'] = 2, [0.1] = 3, [1e100] = 4, [-0.0] = 5}",
    "return {['\\xE4\\xB8'] = 1, ['\\xEF\\xBF\\xBD'] = 2, ['a\\0'] = 3, a = 4, ['a\\0b'] = 5}",
    "return {b = 1, a = 2, aa = 3, ['a\\1'] = 4, A = 5, ['\\xE6\\xB4\\xBB'] = 6, _ = 7}",
    "return {f = print}",
    "return {t = {co = coroutine.create(print)}}",
    "return {[{}] = 1}",
    "return {[print] = 1}",
    "return {list = {1, 2, {3, 4, {5, function() end}}}}",
    "local t = {} t.t = t return t",
    "local t = {} t[1] = t return {t}",
    "return {{a = function() end}}",
    "return {1, print}",
    "local t = {x = 1} for i = 1, 40 do t = {x = t} end return t",
    "local t = {} for i = 1, 100 do t['k' .. i] = i * 1.5 end return t",
    "local t = {} for i = 1, 100 do t[i] = {i, 'v' .. i} end return {list = t}",
    "return {s = string.rep('\\u{6D3B}\\t\\\"', 1000)}",
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) same_lua(L, srcs[i]);
}

/* A read-only view is written as what it shows. */
static void test_ro(lua_State *L) {
  CHECK_INT(luaL_dostring(L, "return {z = 1, a = {'x', 'y'}, m = {k = true}}"), LUA_OK);
  int real = lua_gettop(L);
  lua_pushvalue(L, real);
  jf_rs_make_ro(L); /* the proxy */
  same(L, "read-only view");
  lua_createtable(L, 0, 1);
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, "view");
  same(L, "nested read-only view");
  lua_settop(L, real - 1);
}

/* --- random tables ---------------------------------------------------------------- */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n) {
  rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
  return (unsigned)(rng % n);
}

static void push_rand_string(lua_State *L) {
  static const char *const pieces[] = {"a", "b", "k", "通报", "排名", "\"", "\\", "\n", "\x01",
                                       "\x80", "\xE4\xB8", "\xF0\x9F\x98\x80", "1", "true", "é"};
  char s[64];
  size_t n = 0, parts = rnd(5);
  for (size_t i = 0; i < parts; i++) {
    const char *p = pieces[rnd(sizeof pieces / sizeof pieces[0])];
    size_t l = strlen(p);
    memcpy(s + n, p, l);
    n += l;
  }
  lua_pushlstring(L, s, n);
}

static void push_rand(lua_State *L, int depth);

static void push_rand_number(lua_State *L) {
  switch (rnd(6)) {
  case 0: lua_pushinteger(L, (lua_Integer)rnd(2000) - 1000); break;
  case 1: lua_pushnumber(L, (double)rnd(1000) / 8); break;
  case 2: lua_pushnumber(L, (double)rnd(100000) / 7.0 * (rnd(2) ? 1e-9 : 1e12)); break;
  case 3: lua_pushnumber(L, (double)rnd(100)); break;
  case 4: lua_pushinteger(L, (lua_Integer)rnd(4) + 1); break;
  default: lua_pushnumber(L, rnd(2) ? 1e19 : -0.5); break;
  }
}

static void push_rand_table(lua_State *L, int depth) {
  lua_newtable(L);
  if (rnd(3) == 0) { /* a list, perhaps with holes */
    unsigned n = rnd(5);
    for (unsigned i = 1; i <= n; i++) {
      if (rnd(8) == 0) continue;
      push_rand(L, depth + 1);
      lua_rawseti(L, -2, i);
    }
    return;
  }
  unsigned n = rnd(7);
  for (unsigned i = 0; i < n; i++) {
    switch (rnd(8)) {
    case 0: push_rand_number(L); break;
    case 1: lua_pushboolean(L, (int)rnd(2)); break;
    default: push_rand_string(L); break;
    }
    if (lua_type(L, -1) == LUA_TNUMBER && isnan(lua_tonumber(L, -1))) {
      lua_pop(L, 1);
      continue;
    }
    push_rand(L, depth + 1);
    lua_rawset(L, -3);
  }
}

static void push_rand(lua_State *L, int depth) {
  unsigned k = rnd(depth > 4 ? 4 : 6);
  switch (k) {
  case 0: push_rand_string(L); break;
  case 1: push_rand_number(L); break;
  case 2: lua_pushboolean(L, (int)rnd(2)); break;
  case 3:
    if (rnd(200) == 0) lua_pushcfunction(L, luaopen_base); /* an error now and then */
    else push_rand_string(L);
    break;
  default: push_rand_table(L, depth); break;
  }
}

static void test_random(lua_State *L) {
  for (int i = 0; i < 20000; i++) {
    push_rand_table(L, 0);
    same(L, "random table");
    lua_pop(L, 1);
  }
}

int main(void) {
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  test_strings(L);
  test_numbers(L);
  test_shapes(L);
  test_ro(L);
  test_random(L);
  CHECK(compared > 100000);
  CHECK(n_canonical > compared / 4); /* the common case is marked */
  jf_ev_buf_free(&buf);
  lua_close(L);
  return CHECK_DONE();
}
