/* rules_json.c — a rule's evidence table as JSON (jansson), for
 * jf_finding.evidence_json. Raw access only, so no metamethod runs. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rules_int.h"

#define MAX_DEPTH 16

/* A JSON string from Lua bytes; invalid UTF-8 becomes U+FFFD rather than
 * invalid JSON. */
static json_t *json_str(const char *s, size_t n) {
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

static json_t *json_num(lua_State *L, int idx) {
  if (lua_isinteger(L, idx)) return json_integer((json_int_t)lua_tointeger(L, idx));
  double d = (double)lua_tonumber(L, idx);
  if (!isfinite(d)) return json_null();
  if (d == floor(d) && fabs(d) < 9.2e18) return json_integer((json_int_t)d);
  return json_real(d);
}

/* Is the table at idx a sequence 1..n (n > 0) and nothing else? */
static bool is_array(lua_State *L, int idx, size_t *n) {
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

static bool is_empty(lua_State *L, int idx) {
  lua_pushnil(L);
  if (!lua_next(L, idx)) return true;
  lua_pop(L, 2);
  return false;
}

static json_t *value(lua_State *L, int idx, int depth, char *why, size_t whysz);

static json_t *table(lua_State *L, int idx, int depth, char *why, size_t whysz) {
  if (depth > MAX_DEPTH) {
    snprintf(why, whysz, "evidence is nested more than %d deep (a cycle?)", MAX_DEPTH);
    return NULL;
  }
  if (!lua_checkstack(L, 6)) {
    snprintf(why, whysz, "evidence is nested too deep");
    return NULL;
  }
  bool ro = jf_rs_unwrap_ro(L, idx); /* a piece of the clause view: encode what it shows */
  if (ro) idx = lua_gettop(L);
  json_t *out = NULL;
  size_t n;
  if (is_array(L, idx, &n)) {
    out = json_array();
    for (size_t i = 1; out && i <= n; i++) {
      lua_rawgeti(L, idx, (lua_Integer)i);
      json_t *v = value(L, lua_gettop(L), depth + 1, why, whysz);
      lua_pop(L, 1);
      if (!v || json_array_append_new(out, v)) {
        json_decref(out);
        out = NULL;
      }
    }
  } else if (depth > 0 && is_empty(L, idx)) {
    out = json_array(); /* a nested empty table reads as an empty list */
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
      default:
        snprintf(why, whysz, "evidence has a %s key", luaL_typename(L, -2));
        break;
      }
      json_t *v = k ? value(L, lua_gettop(L), depth + 1, why, whysz) : NULL;
      json_t *key = v ? json_str(k, kl) : NULL;
      /* json_object_setn_new takes v even when it fails */
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

static json_t *value(lua_State *L, int idx, int depth, char *why, size_t whysz) {
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    return json_str(s, n);
  }
  case LUA_TNUMBER: return json_num(L, idx);
  case LUA_TBOOLEAN: return json_boolean(lua_toboolean(L, idx));
  case LUA_TTABLE: return table(L, idx, depth, why, whysz);
  default:
    snprintf(why, whysz, "evidence cannot hold a %s value", luaL_typename(L, idx));
    return NULL;
  }
}

/* The evidence table at idx as a JSON object, or NULL with the reason in why. */
json_t *jf_rs_to_json(lua_State *L, int idx, int depth, char *why, size_t whysz) {
  idx = lua_absindex(L, idx);
  int top = lua_gettop(L);
  snprintf(why, whysz, "out of memory");
  json_t *j = lua_type(L, idx) == LUA_TTABLE ? table(L, idx, depth, why, whysz) : NULL;
  if (lua_type(L, idx) != LUA_TTABLE) snprintf(why, whysz, "evidence must be a table");
  if (j && !json_is_object(j)) {
    json_decref(j);
    j = NULL;
    snprintf(why, whysz, "evidence must be a table of named fields, not a list");
  }
  lua_settop(L, top);
  return j;
}
