/* rules_view.c — the clause table a check function receives.
 *
 * The per-clause part (text, original, position, analysis) is built once per
 * clause and kept in the registry, checked against a snapshot of what it was
 * built from, because the engine asks every selected rule about the same
 * clause in turn. It is shared by those rules, so its nested tables are
 * read-only proxies (writes raise, rawset is refused); each call gets a
 * fresh table holding this rule's `hits` whose metatable indexes the shared
 * part, so writing clause.x touches only that call.
 *
 * Most of the shared part is built lazily: the text (which nearly every rule
 * reads) is set at once, and original, position, locator, doc, the analysis
 * tables and item (and the methods find and prohibited) are made on first
 * access by an __index function on the shared part, then stored in it.
 * Building them needs the document, so a view kept past its own check
 * raises instead of reading freed clauses. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "doc_int.h"
#include "jianfu/match.h"
#include "rules_fast.h"
#include "small_sort.h"
#include "word_filter.h"


static const char key_fp;

/* What the view was built from; the cached view's snapshot (rs->snap)
 * tells a different clause that happens to sit at the same address and
 * index as a freed one. */
typedef struct view_fp {
  const jf_doc *doc;
  size_t clause;
  uint32_t absent;     /* lazy fields found to be nil, by bit */
  const void *shared; /* the shared part the fields are kept in */
} view_fp;

/* The snapshot: the scalars of a clause and its document a view shows and
 * the lengths of the texts it shows (SIZE_MAX for none), then the texts. */
enum { K_START, K_END, K_FLAGS, K_KIND, K_ASSESSMENT, K_SRC, K_AN, K_NUMBERS, K_THRESHOLDS,
       K_FREQUENCIES, K_PENALTIES, K_PROHIBITIONS, K_LINK, K_NORM, K_ORIGINAL, K_TITLE,
       K_LOCATOR, N_KEY };

/* --- the names and objects views are built with ------------------------------
 *
 * A view sets a few names on thousands of fresh tables per megabyte, and
 * lua_setfield looks its C string up in Lua's string cache every time (a
 * hash and a strcmp). The names are interned once (jf_rs_view_open) in a
 * list kept in the registry (rs->view_ref) with the other objects every
 * view needs; a builder pushes that list once (its stack index is `vs`
 * below) and raw-sets with its strings. Every table set so is fresh, or a
 * shared part, whose metatable has no __newindex: raw-setting is what
 * lua_setfield did. */
enum {
  S_INDEX = 1, S_NEWINDEX, S_LEN, S_PAIRS, S_METATABLE, S_TEXT, S_SCHEME_ITEM, S_HITS, S_TERM,
  S_FROM, S_TO, S_VALUE, S_UNIT, S_OP, S_PERIOD, S_KIND, S_POINTS, S_SCOPE_FROM, S_SCOPE_TO,
  S_WORD, S_TITLE, S_ASSESSMENT, S_TEXTS, S_PENALTIES, S_THRESHOLDS, S_FREQUENCIES, S_LINKED,
  V_SHARED_MT, /* the metatable of every shared part: {__index = l_lazy} */
  V_EMPTY,     /* the list every empty list of the views is (begin_list) */
  V_CACHE,     /* the last clause's view metatable (jf_rs_push_view) */
  V_COUNT = V_CACHE
};

static const char *const view_names[V_SHARED_MT] = {
  [S_INDEX] = "__index", [S_NEWINDEX] = "__newindex", [S_LEN] = "__len",
  [S_PAIRS] = "__pairs", [S_METATABLE] = "__metatable", [S_TEXT] = "text",
  [S_SCHEME_ITEM] = "scheme_item", [S_HITS] = "hits", [S_TERM] = "term", [S_FROM] = "from",
  [S_TO] = "to", [S_VALUE] = "value", [S_UNIT] = "unit", [S_OP] = "op", [S_PERIOD] = "period",
  [S_KIND] = "kind", [S_POINTS] = "points", [S_SCOPE_FROM] = "scope_from",
  [S_SCOPE_TO] = "scope_to", [S_WORD] = "word", [S_TITLE] = "title",
  [S_ASSESSMENT] = "assessment", [S_TEXTS] = "texts", [S_PENALTIES] = "penalties",
  [S_THRESHOLDS] = "thresholds", [S_FREQUENCIES] = "frequencies", [S_LINKED] = "linked"};

/* Push name k: from the list at vs, or, with vs 0 (jf_rs_make_ro outside
 * a rule set), from its C string. */
static void push_name(lua_State *L, int vs, int k) {
  if (vs)
    lua_rawgeti(L, vs, k);
  else
    lua_pushstring(L, view_names[k]);
}

/* Push the list of names and objects; returns its stack index. */
static int push_vs(lua_State *L, const jf_ruleset *rs) {
  lua_rawgeti(L, LUA_REGISTRYINDEX, rs->view_ref);
  return lua_gettop(L);
}

/* table at t, name k = the value on top (popped) */
static void set_top(lua_State *L, int vs, int t, int k) {
  push_name(L, vs, k);
  lua_insert(L, -2);
  lua_rawset(L, t);
}

/* --- read-only proxies ------------------------------------------------------- */

static int ro_newindex(lua_State *L) {
  return luaL_error(L, "the clause view is read-only (copy what you need to change)");
}

static void push_real(lua_State *L, int idx) {
  lua_getmetatable(L, idx);
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);
  lua_remove(L, -2);
}

static int ro_len(lua_State *L) {
  push_real(L, 1);
  lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
  return 1;
}

static int ro_next(lua_State *L) {
  lua_settop(L, 2);
  push_real(L, 1);
  lua_pushvalue(L, 2);
  if (lua_next(L, 3)) return 2;
  lua_pushnil(L);
  return 1;
}

static int ro_pairs(lua_State *L) {
  lua_pushcfunction(L, ro_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

/* Replace the table on top with a read-only proxy of it. Its metatable's
 * __newindex, ro_newindex, is what marks it (jf_rs_is_ro_mt): rules cannot
 * reach that function, and a mark of its own was a tenth of the cost. */
static void make_ro(lua_State *L, int vs) {
  int real = lua_gettop(L);
  lua_createtable(L, 0, 0);
  lua_createtable(L, 0, 5);
  push_name(L, vs, S_INDEX);
  lua_pushvalue(L, real);
  lua_rawset(L, -3);
  push_name(L, vs, S_NEWINDEX);
  lua_pushcfunction(L, ro_newindex);
  lua_rawset(L, -3);
  push_name(L, vs, S_LEN);
  lua_pushcfunction(L, ro_len);
  lua_rawset(L, -3);
  push_name(L, vs, S_PAIRS);
  lua_pushcfunction(L, ro_pairs);
  lua_rawset(L, -3);
  push_name(L, vs, S_METATABLE);
  lua_pushboolean(L, 0);
  lua_rawset(L, -3);
  lua_setmetatable(L, -2);
  lua_replace(L, real);
}

void jf_rs_make_ro(lua_State *L) { make_ro(L, 0); }

static int words_newindex(lua_State *L);

/* A clause view's proxies and jianfu.words lists are both read-only: rawset
 * refuses them and the evidence encoder reads what they show. */
bool jf_rs_is_ro_mt(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  lua_pushliteral(L, "__newindex");
  lua_CFunction f = lua_rawget(L, idx) == LUA_TFUNCTION ? lua_tocfunction(L, -1) : NULL;
  bool ro = f && (f == ro_newindex || f == words_newindex);
  lua_pop(L, 1);
  return ro;
}

bool jf_rs_unwrap_ro(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return false;
  bool ro = jf_rs_is_ro_mt(L, -1);
  if (ro) {
    lua_pushliteral(L, "__index");
    lua_rawget(L, -2);
    lua_remove(L, -2);
  } else {
    lua_pop(L, 1);
  }
  return ro;
}

/* --- building ---------------------------------------------------------------- */

/* The setters set name k of the table on top. */
static void set_int(lua_State *L, int vs, int k, lua_Integer v) {
  push_name(L, vs, k);
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

/* Integral values become Lua integers so that tostring(80) is "80", not "80.0". */
static void push_value(lua_State *L, double v) {
  /* range first: converting an out-of-range double to an integer is undefined */
  if (v > -9007199254740992.0 && v < 9007199254740992.0 && v == (double)(lua_Integer)v)
    lua_pushinteger(L, (lua_Integer)v);
  else
    lua_pushnumber(L, v);
}

static void set_value(lua_State *L, int vs, int k, double v) {
  push_name(L, vs, k);
  push_value(L, v);
  lua_rawset(L, -3);
}

/* a NULL string sets nothing, as lua_setfield with nil did */
static void set_str(lua_State *L, int vs, int k, const char *v) {
  push_name(L, vs, k);
  lua_pushstring(L, v);
  lua_rawset(L, -3);
}

static void set_bool(lua_State *L, int vs, int k, bool v) {
  push_name(L, vs, k);
  lua_pushboolean(L, v);
  lua_rawset(L, -3);
}

static void set_span(lua_State *L, int vs, const jf_norm *n, jf_span s) {
  uint32_t end = s.end < n->len ? s.end : (uint32_t)n->len;
  set_int(L, vs, S_FROM, (lua_Integer)s.start + 1);
  set_int(L, vs, S_TO, (lua_Integer)end);
}

static void set_slice(lua_State *L, int vs, int k, const jf_norm *n, jf_span s) {
  uint32_t a = s.start < n->len ? s.start : (uint32_t)n->len;
  uint32_t b = s.end < n->len ? s.end : (uint32_t)n->len;
  push_name(L, vs, k);
  lua_pushlstring(L, n->text + a, b > a ? b - a : 0);
  lua_rawset(L, -3);
}

static const char *link_kind(jf_link_kind k) {
  switch (k) {
  case JF_LINK_EXPLICIT: return "explicit";
  case JF_LINK_SCHEME: return "scheme";
  case JF_LINK_DOCUMENT: return "document";
  case JF_LINK_NONE: break;
  }
  return NULL;
}

/* One list shared by every empty list of the views (numbers, item.penalties
 * …), V_EMPTY: most clauses have no threshold, penalty or frequency, and a
 * proxy per empty list was a large part of building a view. It is read-only
 * like the others, so sharing it cannot be observed except by identity. */

/* Push the list of n elements to build, or the shared empty list; false when
 * the shared one was pushed (nothing to fill). */
static bool begin_list(lua_State *L, int vs, size_t n) {
  if (n == 0) {
    lua_rawgeti(L, vs, V_EMPTY);
    return false;
  }
  lua_createtable(L, n > INT32_MAX ? INT32_MAX : (int)n, 0);
  return true;
}

/* The list being filled on top becomes read-only (a no-op on the shared
 * empty one). */
static void end_list(lua_State *L, int vs, bool built) {
  if (built) make_ro(L, vs);
}

enum { F_NUMBERS = 5, F_THRESHOLDS, F_FREQUENCIES, F_PENALTIES, F_PROHIBITIONS, F_LINK,
       F_ASSESSED };

/* Push analysis field k (F_NUMBERS … F_ASSESSED) of clause c, nil for a
 * missing link. */
static void push_analysis_value(lua_State *L, int vs, const jf_doc *doc, size_t ci, int k) {
  const jf_clause *c = &doc->clauses[ci];
  const jf_analysis *a = jf_doc_analysis(doc, ci);
  static const jf_analysis none;
  if (!a) a = &none;
  const jf_norm *n = &c->norm;
  bool built;

  switch (k) {
  case F_NUMBERS:
    built = begin_list(L, vs, a->n_numbers);
    for (size_t i = 0; i < a->n_numbers; i++) {
      lua_createtable(L, 0, 4);
      set_span(L, vs, n, a->numbers[i].span);
      set_value(L, vs, S_VALUE, a->numbers[i].value);
      set_str(L, vs, S_UNIT, a->numbers[i].unit);
      make_ro(L, vs);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    end_list(L, vs, built);
    return;
  case F_THRESHOLDS:
    built = begin_list(L, vs, a->n_thresholds);
    for (size_t i = 0; i < a->n_thresholds; i++) {
      lua_createtable(L, 0, 5);
      set_span(L, vs, n, a->thresholds[i].span);
      set_str(L, vs, S_OP, jf_op_str(a->thresholds[i].op));
      set_value(L, vs, S_VALUE, a->thresholds[i].value);
      set_str(L, vs, S_UNIT, a->thresholds[i].unit);
      make_ro(L, vs);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    end_list(L, vs, built);
    return;
  case F_FREQUENCIES:
    built = begin_list(L, vs, a->n_frequencies);
    for (size_t i = 0; i < a->n_frequencies; i++) {
      lua_createtable(L, 0, 3);
      set_span(L, vs, n, a->frequencies[i].span);
      set_str(L, vs, S_PERIOD, a->frequencies[i].period);
      make_ro(L, vs);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    end_list(L, vs, built);
    return;
  case F_PENALTIES:
    built = begin_list(L, vs, a->n_penalties);
    for (size_t i = 0; i < a->n_penalties; i++) {
      lua_createtable(L, 0, 5);
      set_span(L, vs, n, a->penalties[i].span);
      set_str(L, vs, S_KIND, a->penalties[i].kind);
      set_value(L, vs, S_POINTS, a->penalties[i].points);
      set_slice(L, vs, S_TEXT, n, a->penalties[i].span);
      make_ro(L, vs);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    end_list(L, vs, built);
    return;
  case F_PROHIBITIONS:
    built = begin_list(L, vs, a->n_prohibitions);
    for (size_t i = 0; i < a->n_prohibitions; i++) {
      const jf_prohibition *p = &a->prohibitions[i];
      lua_createtable(L, 0, 6);
      set_span(L, vs, n, p->trigger);
      set_int(L, vs, S_SCOPE_FROM, (lua_Integer)p->scope.start + 1);
      set_int(L, vs, S_SCOPE_TO, (lua_Integer)(p->scope.end < n->len ? p->scope.end : n->len));
      set_str(L, vs, S_KIND, p->kind);
      set_slice(L, vs, S_WORD, n, p->trigger);
      make_ro(L, vs);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    end_list(L, vs, built);
    return;
  case F_LINK: {
    const char *lk = link_kind(a->link);
    if (!lk) {
      lua_pushnil(L);
      return;
    }
    lua_createtable(L, 0, 4);
    set_str(L, vs, S_KIND, lk);
    if (a->link == JF_LINK_EXPLICIT && a->link_span.end > a->link_span.start) {
      jf_span w = jf_link_wording(n->text, n->len, a->link_span);
      set_span(L, vs, n, w);
      set_slice(L, vs, S_WORD, n, w);
    }
    make_ro(L, vs);
    return;
  }
  default: /* F_ASSESSED */
    lua_pushboolean(L, link_kind(a->link) != NULL);
    return;
  }
}

/* a's penalties, as item.penalties holds them, onto the list 4 below the top (the
 * penalties list under the thresholds and frequencies lists, and item's texts), counting on
 * from *np */
static void push_penalties(lua_State *L, int vs, const jf_norm *text, const jf_analysis *a,
                           size_t *np) {
  for (size_t i = 0; i < a->n_penalties; i++) {
    lua_createtable(L, 0, 3);
    set_str(L, vs, S_KIND, a->penalties[i].kind);
    set_value(L, vs, S_POINTS, a->penalties[i].points);
    set_slice(L, vs, S_TEXT, text, a->penalties[i].span);
    make_ro(L, vs);
    lua_rawseti(L, -4, (lua_Integer)++*np);
  }
}

/* clause.item: what the other clauses of the same scheme item or list item
 * say. A scheme item states its metric in `criterion` and its penalty in
 * `scoring`; a numbered clause of a plan may run over several sentences.
 * Absent when the clause belongs to no item. Sibling positions are not
 * comparable with this clause's, so only values and texts are given. */
static void push_item(lua_State *L, int vs, const jf_doc *doc, size_t ci) {
  size_t lo, hi;
  if (!jf_doc_item_range(doc, ci, &lo, &hi)) {
    lua_pushnil(L);
    return;
  }
  /* count first, so that empty lists can be the shared one */
  size_t np = 0, nth = 0, nf = 0, ntexts = 0;
  for (size_t k = lo; k < hi; k++) {
    if (!jf_doc_in_item(doc, ci, k)) continue;
    ntexts++;
    const jf_analysis *a = jf_doc_analysis(doc, k);
    if (!a) continue;
    np += a->n_penalties;
    nth += a->n_thresholds;
    nf += a->n_frequencies;
  }
  /* none in the item: the penalty set for it from below (jf_doc_blanket), which links it too */
  long blanket = np ? -1 : jf_doc_blanket(doc, ci);
  const jf_analysis *ba = blanket >= 0 ? jf_doc_analysis(doc, (size_t)blanket) : NULL;
  if (ba) np = ba->n_penalties;
  lua_createtable(L, 0, 6);
  int item = lua_gettop(L);
  begin_list(L, vs, ntexts); /* texts */
  bool bp = begin_list(L, vs, np), bth = begin_list(L, vs, nth), bf = begin_list(L, vs, nf);
  int nt = 0;
  np = nth = nf = 0;
  bool linked = false;
  for (size_t k = lo; k < hi; k++) {
    if (!jf_doc_in_item(doc, ci, k)) continue;
    const jf_clause *s = &doc->clauses[k];
    const jf_analysis *a = jf_doc_analysis(doc, k);
    lua_pushlstring(L, s->norm.text ? s->norm.text : "", s->norm.len);
    lua_rawseti(L, -5, ++nt);
    if (!a) continue;
    /* (a score in the item ties it to assessment as a link word does) */
    linked = linked || a->link == JF_LINK_EXPLICIT || (s->flags & JF_CLAUSE_SCORED);
    push_penalties(L, vs, &s->norm, a, &np);
    for (size_t i = 0; i < a->n_thresholds; i++) {
      lua_createtable(L, 0, 4);
      set_str(L, vs, S_OP, jf_op_str(a->thresholds[i].op));
      set_value(L, vs, S_VALUE, a->thresholds[i].value);
      set_str(L, vs, S_UNIT, a->thresholds[i].unit);
      set_slice(L, vs, S_TEXT, &s->norm, a->thresholds[i].span);
      make_ro(L, vs);
      lua_rawseti(L, -3, (lua_Integer)++nth);
    }
    for (size_t i = 0; i < a->n_frequencies; i++) {
      lua_createtable(L, 0, 1);
      set_str(L, vs, S_PERIOD, a->frequencies[i].period);
      make_ro(L, vs);
      lua_rawseti(L, -2, (lua_Integer)++nf);
    }
  }
  if (ba) {
    linked = true;
    push_penalties(L, vs, &doc->clauses[blanket].norm, ba, &np);
  }
  end_list(L, vs, bf);
  set_top(L, vs, item, S_FREQUENCIES);
  end_list(L, vs, bth);
  set_top(L, vs, item, S_THRESHOLDS);
  end_list(L, vs, bp);
  set_top(L, vs, item, S_PENALTIES);
  end_list(L, vs, ntexts > 0);
  set_top(L, vs, item, S_TEXTS);
  set_bool(L, vs, S_LINKED, linked);
  make_ro(L, vs);
}

/* The texts a view shows of clause c, which a snapshot keeps (K_* order). */
static void view_texts(const jf_doc *doc, const jf_clause *c, const char *t[4], size_t n[4]) {
  bool placed = doc->src && c->end <= jf_source_len(doc->src);
  t[0] = c->norm.text;
  n[0] = c->norm.text ? c->norm.len : SIZE_MAX;
  t[1] = placed ? jf_source_text(doc->src) + c->start : NULL;
  n[1] = placed ? c->end - c->start : SIZE_MAX;
  t[2] = doc->title;
  n[2] = doc->title ? strlen(doc->title) : SIZE_MAX;
  t[3] = c->locator;
  n[3] = c->locator ? strlen(c->locator) : SIZE_MAX;
}

static void view_key(const jf_doc *doc, size_t ci, const size_t n[4], size_t key[N_KEY]) {
  const jf_clause *c = &doc->clauses[ci];
  /* the analysis as it is, not made for the key: many checks never read it
   * (a view cached before it was made is only built again) */
  const jf_analysis *a = c->an;
  size_t k[N_KEY] = {c->start,
                     c->end,
                     c->flags,
                     (size_t)doc->kind,
                     doc->assessment,
                     (size_t)(uintptr_t)doc->src,
                     (size_t)(uintptr_t)a,
                     a ? a->n_numbers : 0,
                     a ? a->n_thresholds : 0,
                     a ? a->n_frequencies : 0,
                     a ? a->n_penalties : 0,
                     a ? a->n_prohibitions : 0,
                     a ? (size_t)a->link : 0,
                     n[0],
                     n[1],
                     n[2],
                     n[3]};
  memcpy(key, k, sizeof k);
}

/* Keep the snapshot of clause ci of doc as rs->snap; false when out of
 * memory (then nothing is cached). A copy, not a hash: it is compared only
 * when the document and index match the cached view's, where a hash had to
 * be computed on every rule call. */
static bool take_snapshot(jf_ruleset *rs, const jf_doc *doc, size_t ci) {
  const jf_clause *c = &doc->clauses[ci];
  const char *t[4];
  size_t n[4], total = N_KEY * sizeof(size_t);
  view_texts(doc, c, t, n);
  for (int i = 0; i < 4; i++) total += n[i] == SIZE_MAX ? 0 : n[i];
  rs->snap_valid = false;
  if (total > rs->snap_cap) {
    size_t cap = total > 2 * rs->snap_cap ? total : 2 * rs->snap_cap;
    char *p = realloc(rs->snap, cap);
    if (!p) return false;
    rs->snap = p;
    rs->snap_cap = cap;
  }
  size_t key[N_KEY];
  view_key(doc, ci, n, key);
  memcpy(rs->snap, key, sizeof key);
  char *p = rs->snap + sizeof key;
  for (int i = 0; i < 4; i++)
    if (n[i] != SIZE_MAX && n[i]) {
      memcpy(p, t[i], n[i]);
      p += n[i];
    }
  rs->snap_valid = true;
  return true;
}

/* Is the cached view, whose fingerprint is fp, the view of clause ci of doc
 * as it is now? */
static bool cache_current(const jf_ruleset *rs, const view_fp *fp, const jf_doc *doc, size_t ci) {
  if (!fp || !rs->snap_valid || fp->doc != doc || fp->clause != ci) return false;
  const jf_clause *c = &doc->clauses[ci];
  const char *t[4];
  size_t n[4], key[N_KEY];
  view_texts(doc, c, t, n);
  view_key(doc, ci, n, key);
  if (memcmp(key, rs->snap, sizeof key) != 0) return false;
  const char *p = rs->snap + sizeof key;
  for (int i = 0; i < 4; i++)
    if (n[i] != SIZE_MAX && n[i]) {
      if (memcmp(p, t[i], n[i]) != 0) return false;
      p += n[i];
    }
  return true;
}

static int l_find(lua_State *L);
static int l_prohibited(lua_State *L);

enum { F_ORIGINAL, F_LINE, F_COLUMN, F_LOCATOR, F_DOC, F_ITEM = 12, F_TABLE_ROW, F_COUNT };

/* The lazy field named key[0, len), or -1. Rules read these on every check,
 * so the name is recognised by length and first letter before comparing. */
static int lazy_key(const char *key, size_t len) {
  static const char *const names[F_COUNT] = {
      "original",    "line",      "column",       "locator", "doc",      "numbers", "thresholds",
      "frequencies", "penalties", "prohibitions", "link",    "assessed", "item",
      "table_row"};
  int k = -1;
  switch (key[0]) {
  case 'o': k = F_ORIGINAL; break;
  case 'l': k = len == 4 ? (key[3] == 'e' ? F_LINE : F_LINK) : F_LOCATOR; break;
  case 'c': k = F_COLUMN; break;
  case 'd': k = F_DOC; break;
  case 'n': k = F_NUMBERS; break;
  case 't': k = len == 9 ? F_TABLE_ROW : F_THRESHOLDS; break;
  case 'f': k = F_FREQUENCIES; break;
  case 'p': k = len == 9 ? F_PENALTIES : F_PROHIBITIONS; break;
  case 'a': k = F_ASSESSED; break;
  case 'i': k = F_ITEM; break;
  default: return -1;
  }
  return strlen(names[k]) == len && memcmp(names[k], key, len) == 0 ? k : -1;
}

/* Push the value of lazy field k of clause ci (nil when it has none). */
static void push_lazy(lua_State *L, int vs, const jf_doc *doc, size_t ci, int k) {
  const jf_clause *c = &doc->clauses[ci];
  bool placed = doc->src && c->start <= c->end && c->end <= jf_source_len(doc->src);
  switch (k) {
  case F_ORIGINAL:
    if (placed)
      lua_pushlstring(L, jf_source_text(doc->src) + c->start, c->end - c->start);
    else
      lua_pushliteral(L, "");
    return;
  case F_LINE:
  case F_COLUMN: {
    int line = 0, col = 0;
    if (placed) jf_source_position(doc->src, c->start, &line, &col);
    lua_pushinteger(L, k == F_LINE ? line : col);
    return;
  }
  case F_LOCATOR:
    if (c->locator)
      lua_pushstring(L, c->locator);
    else
      lua_pushnil(L);
    return;
  case F_DOC:
    lua_createtable(L, 0, 3);
    if (doc->title) set_str(L, vs, S_TITLE, doc->title);
    set_str(L, vs, S_KIND, jf_doc_kind_str(doc->kind));
    set_bool(L, vs, S_ASSESSMENT, doc->assessment);
    make_ro(L, vs);
    return;
  case F_ITEM:
    push_item(L, vs, doc, ci);
    return;
  case F_TABLE_ROW: /* a cell of a table row (read by few checks: lazy) */
    lua_pushboolean(L, (c->flags & JF_CLAUSE_TABLE_ROW) != 0);
    return;
  default: /* the analysis fields: numbers … assessed */
    push_analysis_value(L, vs, doc, ci, k);
    return;
  }
}

/* clause:find and clause:prohibited, which read nothing but their view:
 * set on a shared part when first read, from any view, live or not (few
 * checks call them, and setting them on every shared part was a tenth of
 * building it). */
static lua_CFunction view_method(const char *key, size_t len) {
  if (len == 4 && memcmp(key, "find", 4) == 0) return l_find;
  if (len == 10 && memcmp(key, "prohibited", 10) == 0) return l_prohibited;
  return NULL;
}

/* __index of a view's shared part: build a lazy field on first access and
 * keep it there. Only the live view's shared part may build, so its
 * fingerprint is the live one (one metatable serves all shared parts, no
 * closure per clause). A field found to be
 * nil (no locator, link or item) cannot be kept in the table, so the
 * fingerprint remembers it and later reads skip building it again. */
static int l_lazy(lua_State *L) {
  if (lua_type(L, 2) != LUA_TSTRING) return 0;
  size_t len;
  const char *key = lua_tolstring(L, 2, &len);
  lua_CFunction method = view_method(key, len);
  if (method) {
    lua_pushcfunction(L, method);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -2);
    lua_rawset(L, 1);
    return 1;
  }
  int k = len ? lazy_key(key, len) : -1;
  if (k < 0) return 0;
  jf_ruleset *rs = jf_rs_of(L);
  view_fp *fp = (view_fp *)rs->view_live;
  if (!rs->cur.active || !fp || fp->shared != lua_topointer(L, 1))
    return luaL_error(L,
                      "clause.%s: a clause view can be read only while its clause is "
                      "checked (copy what you need)",
                      key);
  if (fp->absent & (1u << k)) return 0;
  push_lazy(L, push_vs(L, rs), fp->doc, fp->clause, k);
  if (lua_isnil(L, -1)) {
    fp->absent |= 1u << k;
    return 1;
  }
  lua_pushvalue(L, 2);
  lua_pushvalue(L, -2);
  lua_rawset(L, 1);
  return 1;
}

/* Push the view metatable of one clause: {__index = shared part, fp}. */
static view_fp *build_vmt(lua_State *L, int vs, const jf_doc *doc, size_t ci) {
  const jf_clause *c = &doc->clauses[ci];
  lua_createtable(L, 0, 3);
  int vmt = lua_gettop(L);
  view_fp *fp = lua_newuserdatauv(L, sizeof *fp, 0);
  fp->doc = doc;
  fp->clause = ci;
  fp->absent = 0;
  push_name(L, vs, S_INDEX);
  /* room for text, scheme_item and the few lazy fields the checks of one
   * clause read (16 was mostly empty nodes to allocate and collect) */
  lua_createtable(L, 0, 8);
  fp->shared = lua_topointer(L, -1);
  push_name(L, vs, S_TEXT);
  lua_pushlstring(L, c->norm.text ? c->norm.text : "", c->norm.len);
  lua_rawset(L, -3);
  set_bool(L, vs, S_SCHEME_ITEM, (c->flags & JF_CLAUSE_SCHEME_ITEM) != 0);
  lua_rawgeti(L, vs, V_SHARED_MT);
  lua_setmetatable(L, -2);
  lua_rawset(L, vmt);
  push_name(L, vs, S_METATABLE);
  lua_pushboolean(L, 0);
  lua_rawset(L, vmt);
  lua_rawsetp(L, vmt, &key_fp);
  return fp;
}

static int cmp_hit(const void *a, const void *b) {
  const jf_hit *x = a, *y = b;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  if (x->to != y->to) return x->to > y->to ? -1 : 1; /* longer first */
  return x->trig < y->trig ? -1 : x->trig > y->trig;
}

/* Sort hits by cmp_hit, a total order (the trigger breaks ties): a few,
 * nearly sorted (by end) as the scan gives them, are sorted in place, where
 * qsort's setup cost more than the sorting. */
JF_SMALL_SORT(sort_hits, jf_hit, cmp_hit, cmp_hit)

static bool add_hit(jf_ruleset *rs, size_t *nh, uint32_t from, uint32_t to, uint32_t t) {
  if (*nh == rs->cap_hits) {
    size_t nc = rs->cap_hits ? rs->cap_hits * 2 : 32;
    jf_hit *v = realloc(rs->hits, nc * sizeof *v);
    if (!v) return false;
    rs->hits = v;
    rs->cap_hits = nc;
  }
  rs->hits[(*nh)++] = (jf_hit){from, to, t};
  return true;
}

typedef struct trig_scan {
  jf_ruleset *rs;
  size_t nh;
  bool oom;
} trig_scan;

static bool trig_cb(uint32_t id, size_t end, size_t len, void *ud) {
  trig_scan *ts = ud;
  if (!add_hit(ts->rs, &ts->nh, (uint32_t)(end - len), (uint32_t)end, id)) {
    ts->oom = true;
    return false;
  }
  return true;
}

/* The rule's triggers as one automaton, built on the rule's first check;
 * NULL if that failed (then memmem per trigger, as before). */
static const jf_matcher *trig_matcher(const jf_rule *rule) {
  jf_rule *r = (jf_rule *)rule; /* a cache: one engine thread per rule set */
  if (r->trig_m || r->trig_m_failed) return r->trig_m;
  jf_matcher *m = jf_matcher_new();
  bool ok = m != NULL;
  for (size_t t = 0; ok && t < r->info.n_triggers; t++)
    if (r->trig_len[t] && jf_matcher_add(m, r->trig[t], r->trig_len[t], (uint32_t)t) != JF_OK)
      ok = false;
  if (ok && jf_matcher_compile(m) != JF_OK) ok = false;
  if (!ok) {
    jf_matcher_free(m);
    r->trig_m_failed = true;
    return NULL;
  }
  return r->trig_m = m;
}

/* Are the hits the caller found (jf_ruleset_check_hits) usable as they are:
 * each names a trigger of the rule and lies inside the text? */
static bool given_hits_ok(const jf_ruleset *rs, const jf_rule *rule, const jf_norm *n) {
  const jf_hit *v = rs->given_hits.v;
  for (size_t i = 0; i < rs->given_hits.n; i++)
    if (v[i].trig >= rule->info.n_triggers || v[i].from > v[i].to || v[i].to > n->len)
      return false;
  return true;
}

/* This rule's triggers in the clause text, found by the rule's own scan,
 * into rs->hits; returns how many. */
static size_t scan_hits(lua_State *L, jf_ruleset *rs, const jf_rule *rule, const jf_norm *n) {
  size_t nh = 0;
  const jf_matcher *m = n->text && n->len <= UINT32_MAX / 2 ? trig_matcher(rule) : NULL;
  if (m) {
    trig_scan ts = {rs, 0, false};
    jf_matcher_scan(m, n->text, n->len, trig_cb, &ts);
    if (ts.oom) luaL_error(L, "out of memory");
    nh = ts.nh;
  } else {
    for (size_t t = 0; t < rule->info.n_triggers; t++) {
      const char *term = rule->trig[t];
      size_t tl = rule->trig_len[t];
      for (const char *p = n->text; tl && p && (size_t)(p - n->text) + tl <= n->len;) {
        p = memmem(p, n->len - (size_t)(p - n->text), term, tl);
        if (!p) break;
        uint32_t from = (uint32_t)(p - n->text);
        if (!add_hit(rs, &nh, from, from + (uint32_t)tl, (uint32_t)t))
          luaL_error(L, "out of memory");
        p++;
      }
    }
  }
  sort_hits(rs->hits, nh);
  return nh;
}

/* Push the rule's triggers as a list of Lua strings, made on its first
 * check and kept in the registry: a hit's term was a string made from C,
 * hashed and looked up, for every hit of every call. */
static int push_trig_strs(lua_State *L, const jf_rule *rule) {
  jf_rule *r = (jf_rule *)rule; /* a cache: one engine thread per rule set */
  if (!r->trig_strs) {
    size_t n = r->info.n_triggers;
    lua_createtable(L, n > INT32_MAX ? INT32_MAX : (int)n, 0);
    for (size_t t = 0; t < n; t++) {
      lua_pushlstring(L, r->trig[t], r->trig_len[t]);
      lua_rawseti(L, -2, (lua_Integer)t + 1);
    }
    r->trig_strs = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, r->trig_strs);
  return lua_gettop(L);
}

/* This rule's triggers in the clause text, by position (longest first). The
 * engine found them already with its prefilter (jf_ruleset_check_hits); a
 * check called on its own scans for them. */
void jf_rs_clause_hits(lua_State *L, jf_ruleset *rs, const jf_rule *rule, const jf_norm *n,
                       const jf_hit **v, size_t *nh) {
  if (rs->given_hits.set && given_hits_ok(rs, rule, n)) {
    *v = rs->given_hits.v;
    *nh = rs->given_hits.n;
  } else {
    *nh = scan_hits(L, rs, rule, n);
    *v = rs->hits; /* after the scan: it may have moved them */
  }
}

static void push_hits(lua_State *L, int vs, jf_ruleset *rs, const jf_rule *rule,
                      const jf_norm *n) {
  const jf_hit *hv;
  size_t nh;
  jf_rs_clause_hits(L, rs, rule, n, &hv, &nh);
  lua_createtable(L, (int)nh, 0);
  rs->fresh_hits.list = lua_topointer(L, -1);
  rs->fresh_hits.v = hv;
  rs->fresh_hits.n = nh;
  if (!nh) return;
  /* The keys pushed once and raw-set: lua_setfield looks its C string up
   * on every call. A fresh table has no metatable, so the result is the same. */
  int list = lua_gettop(L);
  lua_rawgeti(L, vs, S_TERM);
  lua_rawgeti(L, vs, S_FROM);
  lua_rawgeti(L, vs, S_TO);
  int strs = push_trig_strs(L, rule);
  for (size_t i = 0; i < nh; i++) {
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, list + 1);
    lua_rawgeti(L, strs, (lua_Integer)hv[i].trig + 1);
    lua_rawset(L, -3);
    lua_pushvalue(L, list + 2);
    lua_pushinteger(L, (lua_Integer)hv[i].from + 1);
    lua_rawset(L, -3);
    lua_pushvalue(L, list + 3);
    lua_pushinteger(L, (lua_Integer)hv[i].to);
    lua_rawset(L, -3);
    lua_rawseti(L, list, (lua_Integer)i + 1);
  }
  lua_settop(L, list);
}

void jf_rs_push_view(lua_State *L, jf_ruleset *rs, const jf_rule *rule, const jf_doc *doc,
                     size_t ci) {
  /* The cache is the last clause's view: the engine asks every selected rule
   * about one clause before it moves on to the next.
   * While the snapshot is valid, the cached view's fingerprint is the last
   * live one (both are set together below). */
  int vs = push_vs(L, rs);
  view_fp *fp = (view_fp *)rs->view_live;
  if (cache_current(rs, fp, doc, ci)) {
    lua_rawgeti(L, vs, V_CACHE);
  } else {
    fp = build_vmt(L, vs, doc, ci);
    /* The cache holds the live view's metatable even when no snapshot
     * could be taken (then it is never used as a cache): while it is the
     * live one no other table can take its address (rs->view_live_mt). */
    take_snapshot(rs, doc, ci);
    lua_pushvalue(L, -1);
    lua_rawseti(L, vs, V_CACHE);
    rs->view_live_mt = lua_topointer(L, -1);
  }
  rs->view_live = fp;
  lua_createtable(L, 0, 1);
  push_name(L, vs, S_HITS);
  push_hits(L, vs, rs, rule, &doc->clauses[ci].norm);
  lua_rawset(L, -3);
  lua_insert(L, -2);
  lua_setmetatable(L, -2); /* the view's metatable, below it */
  lua_replace(L, vs);
}

/* --- methods ------------------------------------------------------------------- */

/* The fingerprint of the view at index 1; pushes its shared part. */
static const view_fp *view_of(lua_State *L) {
  if (lua_type(L, 1) != LUA_TTABLE || !lua_getmetatable(L, 1) ||
      lua_rawgetp(L, -1, &key_fp) != LUA_TUSERDATA)
    luaL_argerror(L, 1, "clause expected (call it as clause:method(...))");
  const view_fp *fp = lua_touserdata(L, -1);
  lua_pop(L, 1);
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);
  lua_remove(L, -2);
  return fp;
}

/* clause:find(terms [, init]) -> from, to, term of the earliest occurrence of
 * any term (a string, a list of strings, or a list of hits); the longest term
 * wins a tie. Plain matching, not patterns. */
static int l_find(lua_State *L) {
  lua_settop(L, 3);
  view_of(L);
  lua_getfield(L, -1, "text");
  size_t len;
  const char *text = lua_tolstring(L, -1, &len);
  lua_Integer init = luaL_optinteger(L, 3, 1);
  if (init < 1) init = 1;
  if ((size_t)init > len + 1) return 0;
  bool list = lua_type(L, 2) == LUA_TTABLE;
  if (!list) luaL_checktype(L, 2, LUA_TSTRING);
  lua_Integer n = list ? luaL_len(L, 2) : 1;
  size_t best = SIZE_MAX, best_len = 0;
  lua_Integer best_i = 0;
  int top = lua_gettop(L);
  for (lua_Integer i = 1; i <= n; i++) {
    if (list) {
      lua_geti(L, 2, i);
      if (lua_type(L, -1) == LUA_TTABLE) lua_getfield(L, -1, "term");
    } else {
      lua_pushvalue(L, 2);
    }
    size_t tl;
    const char *t = lua_tolstring(L, -1, &tl);
    if (lua_type(L, -1) != LUA_TSTRING)
      luaL_error(L, "clause:find: term %d is not a string", (int)i);
    const char *p = tl ? memmem(text + init - 1, len - (size_t)(init - 1), t, tl) : NULL;
    if (p) {
      size_t at = (size_t)(p - text);
      if (at < best || (at == best && tl > best_len)) {
        best = at;
        best_len = tl;
        best_i = i;
      }
    }
    lua_settop(L, top);
  }
  if (!best_i) return 0;
  lua_pushinteger(L, (lua_Integer)best + 1);
  lua_pushinteger(L, (lua_Integer)(best + best_len));
  lua_pushlstring(L, text + best, best_len);
  return 3;
}

/* clause:prohibited(from, to) -> is that span inside a prohibition or
 * rectification scope? Asks the analysis itself, so only while the clause is
 * being checked. */
static bool prohibited_span(lua_State *L, const view_fp *fp, lua_Integer from, lua_Integer to) {
  jf_ruleset *rs = jf_rs_of(L);
  if (!rs->cur.active || rs->cur.doc != fp->doc || rs->cur.clause != fp->clause)
    luaL_error(L, "clause:prohibited: this clause is not the one being checked");
  const jf_clause *c = &fp->doc->clauses[fp->clause];
  if (from < 1 || to < from || (size_t)to > c->norm.len)
    luaL_error(L, "clause:prohibited: span %d..%d is outside the text (1..%d)", (int)from, (int)to,
               (int)c->norm.len);
  return jf_rs_span_prohibited(fp->doc, fp->clause, (uint32_t)from - 1, (uint32_t)to);
}

bool jf_rs_span_prohibited(const jf_doc *doc, size_t ci, uint32_t from, uint32_t to) {
  const jf_analysis *a = jf_doc_analysis(doc, ci);
  return a && jf_analysis_prohibited(a, (jf_span){from, to});
}

static int l_prohibited(lua_State *L) {
  lua_settop(L, 3);
  const view_fp *fp = view_of(L);
  lua_Integer from = luaL_checkinteger(L, 2), to = luaL_optinteger(L, 3, from);
  lua_pushboolean(L, prohibited_span(L, fp, from, to));
  return 1;
}

static const char key_tl_cache, key_tl_mt;
static int tl_gc(lua_State *L);

void jf_rs_view_open(lua_State *L) {
  /* Nearly everything a check allocates (views' lazy fields, hits, evidence)
   * dies with the call or the clause: generational collection suits that,
   * and the incremental collector's steps were a tenth of every check.
   * A minor collection after 50% growth: each one walks the young objects
   * and the old ones they touched, so fewer of them cost less, natively 3-5 %
   * of a check with the full pack against 10% growth. Not 100%: then a minor
   * collection's growth crosses the major threshold (100, Lua's default) and
   * full collections follow (10 % slower). */
  lua_gc(L, LUA_GCGEN, 50, 100);
  lua_createtable(L, V_COUNT, 0);
  int vs = lua_gettop(L);
  for (int k = S_INDEX; k < V_SHARED_MT; k++) {
    lua_pushstring(L, view_names[k]);
    lua_rawseti(L, vs, k);
  }
  lua_createtable(L, 0, 1);
  push_name(L, vs, S_INDEX);
  lua_pushcfunction(L, l_lazy);
  lua_rawset(L, -3);
  lua_rawseti(L, vs, V_SHARED_MT);
  lua_newtable(L);
  make_ro(L, vs);
  lua_rawseti(L, vs, V_EMPTY);
  lua_pushboolean(L, 0);
  lua_rawseti(L, vs, V_CACHE);
  jf_rs_of(L)->view_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  jf_rs_metric_names(L);
  /* compiled term lists of the C helpers, by list table (weak keys) */
  lua_newtable(L);
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &key_tl_cache);
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, tl_gc);
  lua_setfield(L, -2, "__gc");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &key_tl_mt);
}

/* --- helpers moved from the prelude ---------------------------------------------
 *
 * The prelude's hottest helpers (jianfu.find_all, jianfu.segment,
 * jianfu.negated) in C, with the Lua versions' exact results. Each is a C
 * closure around the Lua version and calls it for anything unusual (a term
 * list with a metatable or a non-string, a span outside the text, a clause
 * that is not a view), so errors and odd inputs behave as before. Their work
 * is charged to the instruction budget (jf_rs_charge): a C helper on a huge
 * text cannot run past the limit. */


static void uncompile_args(lua_State *L, int nargs);
static int call_fallback(lua_State *L, int nargs);

static int tl_gc(lua_State *L) {
  term_list *tl = lua_touserdata(L, 1);
  jf_rs_of(L)->mem_used -= tl->charged;
  tl->charged = 0;
  jf_matcher_free(tl->m);
  free(tl->ptr);
  free(tl->len);
  free(tl->probe);
  tl->m = NULL;
  tl->ptr = NULL;
  tl->len = NULL;
  tl->probe = NULL;
  return 0;
}

typedef jf_tl_hit tl_hit;
typedef jf_tl_hitbuf hitbuf;

static bool collect_cb(uint32_t id, size_t end, size_t len, void *ud) {
  hitbuf *b = ud;
  if (b->n == b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 64;
    tl_hit *v = realloc(b->v, nc * sizeof *v);
    if (!v) {
      b->oom = true;
      return false;
    }
    b->v = v;
    b->cap = nc;
  }
  b->v[b->n++] = (tl_hit){(uint32_t)(end - len), (uint32_t)end, id};
  return true;
}

/* Is the table at idx a plain list of strings (what the fast paths need)?
 * Sets *n to its length as ipairs sees it. */
static bool plain_list(lua_State *L, int idx, size_t *n) {
  if (lua_type(L, idx) != LUA_TTABLE || lua_getmetatable(L, idx)) {
    if (lua_type(L, idx) == LUA_TTABLE) lua_pop(L, 1);
    return false;
  }
  size_t i = 0;
  for (;; i++) {
    int t = lua_rawgeti(L, idx, (lua_Integer)i + 1);
    lua_pop(L, 1);
    if (t == LUA_TNIL) break;
    if (t != LUA_TSTRING) return false;
  }
  *n = i;
  return true;
}

/* Count bytes a term_list holds outside the Lua allocator against the
 * state's memory cap like any Lua object, or a rule could build automata
 * without bound. Refused as the allocator refuses. */
static void hold(lua_State *L, term_list *tl, size_t bytes) {
  jf_ruleset *rs = jf_rs_of(L);
  if (bytes > rs->mem_limit - rs->mem_used || rs->mem_used > rs->mem_limit) {
    if (rs->refusals++ == 0) rs->line_mem = jf_rs_rule_line(L, 0, rs->want_src);
    lua_pushliteral(L, "not enough memory");
    lua_error(L);
  }
  rs->mem_used += bytes;
  tl->charged += bytes;
}

/* Build tl's automaton from its terms; false when that fails. */
static bool compile_terms(lua_State *L, term_list *tl) {
  jf_matcher *m = jf_matcher_new();
  bool ok = m != NULL;
  for (size_t i = 0; ok && i < tl->n; i++)
    if (tl->len[i] && jf_matcher_add(m, tl->ptr[i], tl->len[i], (uint32_t)i) != JF_OK) ok = false;
  if (ok && jf_matcher_compile(m) != JF_OK) ok = false;
  if (!ok) {
    jf_matcher_free(m);
    return false;
  }
  tl->m = m;
  hold(L, tl, jf_matcher_memory(m));
  return true;
}

/* Push a new term_list userdata for the plain list of n strings at idx (not
 * cached), its automaton built now or, when lazy, left to compile_terms;
 * NULL without pushing when it cannot be built. */
static term_list *build_list(lua_State *L, int idx, size_t n, bool lazy) {
  idx = lua_absindex(L, idx);
  size_t bytes = 0;
  for (size_t i = 0; i < n; i++) {
    lua_rawgeti(L, idx, (lua_Integer)i + 1);
    bytes += lua_rawlen(L, -1);
    lua_pop(L, 1);
  }
  jf_rs_charge(L, 64 + n * 8 + bytes * 4);
  term_list *tl = lua_newuserdatauv(L, sizeof *tl, 1);
  memset(tl, 0, sizeof *tl);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &key_tl_mt);
  lua_setmetatable(L, -2);
  lua_createtable(L, (int)n, 0); /* the terms, kept alive */
  tl->ptr = calloc(n ? n : 1, sizeof *tl->ptr);
  tl->len = calloc(n ? n : 1, sizeof *tl->len);
  bool ok = tl->ptr && tl->len;
  for (size_t i = 0; ok && i < n; i++) {
    lua_rawgeti(L, idx, (lua_Integer)i + 1);
    tl->ptr[i] = lua_tolstring(L, -1, &tl->len[i]);
    if (tl->len[i] > UINT32_MAX / 2) ok = false;
    if (!tl->len[i]) tl->has_empty = true;
    if (tl->len[i] > tl->maxlen) tl->maxlen = (uint32_t)tl->len[i];
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  tl->n = n;
  lua_setiuservalue(L, -2, 1);
  if (!ok) {
    lua_pop(L, 1);
    return NULL;
  }
  hold(L, tl, n * (sizeof *tl->ptr + sizeof *tl->len));
  /* Without probes (a long list, or out of memory) the list is always
   * scanned. */
  if (n <= JF_WF_MAX_WORDS) {
    tl->probe = jf_wf_probes(tl->ptr, tl->len, n);
    if (tl->probe) hold(L, tl, 2 * n * sizeof *tl->probe);
  }
  if (!lazy && !compile_terms(L, tl)) {
    lua_pop(L, 1);
    return NULL;
  }
  return tl;
}

/* Push the compiled term_list userdata for the plain list at idx (cached by
 * the table, checked term by term against it), or return NULL without
 * pushing when it cannot be built. */
static term_list *compiled_list(lua_State *L, int idx, size_t n) {
  idx = lua_absindex(L, idx);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &key_tl_cache);
  int cache = lua_gettop(L);
  lua_pushvalue(L, idx);
  if (lua_rawget(L, cache) == LUA_TUSERDATA) {
    term_list *tl = lua_touserdata(L, -1);
    bool same = tl->n == n;
    for (size_t i = 0; same && i < n; i++) {
      lua_rawgeti(L, idx, (lua_Integer)i + 1);
      same = lua_tostring(L, -1) == tl->ptr[i];
      lua_pop(L, 1);
    }
    if (same) {
      lua_remove(L, cache);
      return tl;
    }
  }
  lua_pop(L, 1);
  term_list *tl = build_list(L, idx, n, false);
  if (tl) {
    lua_pushvalue(L, idx);
    lua_pushvalue(L, -2);
    lua_rawset(L, cache);
  }
  lua_remove(L, cache);
  return tl;
}

static int cmp_tl_hit(const void *a, const void *b) {
  const tl_hit *x = a, *y = b;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  if (x->to != y->to) return x->to > y->to ? -1 : 1; /* longer first */
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Sort hits by cmp_tl_hit, a total order (the id breaks ties), as
 * sort_hits does. */
JF_SMALL_SORT(sort_tl_hits, tl_hit, cmp_tl_hit, cmp_tl_hit)

/* Every match of list tl in text[lo, hi) (0-based), into b; false (b
 * emptied) when out of memory. */
static bool try_scan_list(const term_list *tl, const char *text, size_t lo, size_t hi,
                          hitbuf *b) {
  b->n = 0;
  if (hi <= lo || tl->maxlen == 0) return true;
  if (!jf_rs_may_occur(tl, text + lo, hi - lo)) return true;
  jf_matcher_scan(tl->m, text + lo, hi - lo, collect_cb, b);
  if (b->oom) {
    free(b->v);
    b->v = NULL;
    b->n = b->cap = 0;
    b->oom = false;
    return false;
  }
  for (size_t i = 0; i < b->n; i++) {
    b->v[i].from += (uint32_t)lo;
    b->v[i].to += (uint32_t)lo;
  }
  return true;
}

/* Every match of list tl in text[lo, hi) (0-based), into b. */
static void scan_list(lua_State *L, const term_list *tl, const char *text, size_t lo, size_t hi,
                      hitbuf *b) {
  if (!try_scan_list(tl, text, lo, hi, b)) luaL_error(L, "not enough memory");
}

/* The compiled term_list of the table at idx when the cache holds one and
 * the table still has exactly its strings (a rule may change its lists), in
 * one walk; pushed, or NULL without pushing. The common case: the lists of
 * rules and of the prelude are constants. */
static term_list *cached_list(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return NULL;
  if (lua_getmetatable(L, idx)) {
    lua_pop(L, 1);
    return NULL;
  }
  idx = lua_absindex(L, idx);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &key_tl_cache);
  lua_pushvalue(L, idx);
  if (lua_rawget(L, -2) != LUA_TUSERDATA) {
    lua_pop(L, 2);
    return NULL;
  }
  lua_remove(L, -2);
  term_list *tl = lua_touserdata(L, -1);
  int top = lua_gettop(L);
  /* This walk runs on every call with a list; the terms are pushed a chunk
   * at a time and popped together, which halves its API calls. */
  enum { CHUNK = 32 };
  bool same = lua_checkstack(L, CHUNK + 1);
  for (size_t i = 0; same && i < tl->n; i += CHUNK) {
    size_t k = tl->n - i < CHUNK ? tl->n - i : CHUNK;
    for (size_t j = 0; same && j < k; j++)
      same = lua_rawgeti(L, idx, (lua_Integer)(i + j) + 1) == LUA_TSTRING &&
             lua_tolstring(L, -1, NULL) == tl->ptr[i + j];
    lua_settop(L, top);
  }
  same = same && lua_rawgeti(L, idx, (lua_Integer)tl->n + 1) == LUA_TNIL;
  lua_settop(L, same ? top : top - 1);
  return same ? tl : NULL;
}

/* Is the value at idx a compiled term_list userdata? Only the prelude holds
 * them (C.compile): its own constant lists, which no rule can reach or
 * change, so they need no checking against a table. */
static term_list *compiled_arg(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TUSERDATA || !lua_getmetatable(L, idx)) return NULL;
  lua_rawgetp(L, LUA_REGISTRYINDEX, &key_tl_mt);
  bool ok = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return ok ? lua_touserdata(L, idx) : NULL;
}

/* --- read-only word lists (jianfu.words) ---------------------------------------
 *
 * A word list is a read-only proxy like the clause view's lists, whose
 * metatable also holds the term_list compiled from its terms. Nothing can
 * change it, so the helpers take its automaton as it is: the walk that
 * checks a plain table against its cached automaton on every call was a
 * large part of find_all, sentence_has and any_in. */
/* A word list's metatable holds its term_list userdata at [1] and, at [2],
 * this address as a light userdata, which no rule can make: array slots,
 * read faster than a light userdata key (words_arg runs on every call). */
static const char key_words;

static int words_newindex(lua_State *L) {
  return luaL_error(L, "jianfu.words: the word list is read-only (copy it to change it)");
}

/* The word lists the helpers met, by the address of their table: reading
 * the metatable to tell one took eight API calls on every call of a helper
 * with a word list. A word list cannot change (its metatable is hidden and
 * fixed) and the registry holds each table seen, so no other table can
 * take its address while it is remembered. Never emptied: a rule set's
 * word lists are made once, when its files load, and past half the slots
 * a list is just not remembered. */
#define WORDS_SLOTS (sizeof ((jf_ruleset *)0)->words / sizeof *((jf_ruleset *)0)->words)

static size_t words_slot(const void *list) {
  return (size_t)(((uintptr_t)list >> 4) * 2654435761u) % WORDS_SLOTS;
}

/* The remembered term_list of the table `list`, pushed; NULL without
 * pushing when it is not remembered. */
static term_list *words_known(lua_State *L, jf_ruleset *rs, const void *list) {
  for (size_t i = words_slot(list);; i = (i + 1) % WORDS_SLOTS) {
    const struct jf_words_slot *w = &rs->words[i];
    if (!w->list) return NULL;
    if (w->list == list) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, w->tl_ref);
      return (term_list *)w->tl;
    }
  }
}

/* Remember the word list at idx, whose term_list is on top. */
static void words_remember(lua_State *L, jf_ruleset *rs, int idx) {
  if (rs->n_words >= WORDS_SLOTS / 2) return;
  const void *list = lua_topointer(L, idx);
  size_t i = words_slot(list);
  while (rs->words[i].list)
    i = (i + 1) % WORDS_SLOTS;
  struct jf_words_slot w = {list, lua_touserdata(L, -1), 0, 0};
  lua_pushvalue(L, idx);
  w.list_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushvalue(L, -1);
  w.tl_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  rs->words[i] = w;
  rs->n_words++;
}

/* The term_list of the word list at idx, pushed; NULL without pushing when
 * the value is not one. */
static term_list *words_arg(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return NULL;
  jf_ruleset *rs = jf_rs_of(L);
  term_list *tl = words_known(L, rs, lua_topointer(L, idx));
  if (tl) return tl;
  if (!lua_getmetatable(L, idx)) return NULL;
  if (lua_rawgeti(L, -1, 2) != LUA_TLIGHTUSERDATA || lua_touserdata(L, -1) != &key_words) {
    lua_pop(L, 2);
    return NULL;
  }
  lua_rawgeti(L, -2, 1); /* the term_list over the mark and the metatable */
  lua_replace(L, -3);
  lua_pop(L, 1);
  words_remember(L, rs, lua_absindex(L, idx < 0 ? idx - 1 : idx));
  return lua_touserdata(L, -1);
}

/* C.words(list) -> a read-only word list of the strings of list (as ipairs
 * gives them); a word list is returned as it is. */
static int l_words(lua_State *L) {
  lua_settop(L, 1);
  if (words_arg(L, 1)) {
    lua_settop(L, 1);
    return 1;
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  size_t n;
  if (!plain_list(L, 1, &n)) { /* read it as ipairs would (metamethods included) */
    lua_newtable(L);
    for (n = 0;; n++) {
      int t = lua_geti(L, 1, (lua_Integer)n + 1);
      if (t == LUA_TNIL) break;
      if (t != LUA_TSTRING)
        return luaL_error(L, "jianfu.words: entry %d is not a string", (int)(n + 1));
      lua_rawseti(L, 2, (lua_Integer)n + 1);
    }
    lua_pop(L, 1);
    lua_replace(L, 1);
  }
  jf_rs_charge(L, 16 + (uint64_t)n * 4);
  /* A copy of the strings (the list can no longer change), compiled on
   * first use: a rule declares lists that a run may never use. */
  if (!build_list(L, 1, n, true)) return luaL_error(L, "not enough memory");
  int ud = lua_gettop(L);
  lua_createtable(L, 0, 0);
  lua_createtable(L, 2, 5);
  lua_getiuservalue(L, ud, 1); /* the same strings, in order */
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, words_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, ro_len);
  lua_setfield(L, -2, "__len");
  lua_pushcfunction(L, ro_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pushvalue(L, ud);
  lua_rawseti(L, -2, 1);
  lua_pushlightuserdata(L, (void *)&key_words);
  lua_rawseti(L, -2, 2);
  lua_setmetatable(L, -2);
  return 1;
}

/* The compiled list for the argument at idx: a compiled list, a word list's,
 * a cached one, else built when it is a plain list of strings; pushed, or
 * NULL without pushing. */
static term_list *list_arg(lua_State *L, int idx) {
  term_list *tl = compiled_arg(L, idx);
  if (tl) {
    lua_pushvalue(L, idx);
    return tl;
  }
  tl = words_arg(L, idx);
  if (tl) {
    if (!tl->m && !compile_terms(L, tl)) {
      lua_pop(L, 1);
      return NULL;
    }
    return tl;
  }
  tl = cached_list(L, idx);
  size_t n;
  if (!tl && plain_list(L, idx, &n)) tl = compiled_list(L, idx, n);
  return tl;
}

term_list *jf_rs_word_list(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  term_list *tl = words_arg(L, idx);
  if (!tl) return NULL;
  lua_pop(L, 1);
  return tl->m || compile_terms(L, tl) ? tl : NULL;
}

/* The upvalues of find_all and find_terms after the Lua version: the keys of
 * a hit, set with lua_rawset (lua_setfield looks its key up by C string). */
enum { UV_TERM = 2, UV_FROM, UV_TO, N_HIT_UV = UV_TO };

static void push_hit_keys(lua_State *L) {
  lua_pushliteral(L, "term");
  lua_pushliteral(L, "from");
  lua_pushliteral(L, "to");
}

/* Push find_all's result for the hits v[0, n) of the list whose terms table
 * is at index terms: {term, from, to} tables, 1-based. */
static void push_hit_tables(lua_State *L, int terms, const tl_hit *v, size_t n) {
  lua_createtable(L, n > INT32_MAX ? INT32_MAX : (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, lua_upvalueindex(UV_TERM));
    lua_rawgeti(L, terms, (lua_Integer)v[i].id + 1);
    lua_rawset(L, -3);
    lua_pushvalue(L, lua_upvalueindex(UV_FROM));
    lua_pushinteger(L, (lua_Integer)v[i].from + 1);
    lua_rawset(L, -3);
    lua_pushvalue(L, lua_upvalueindex(UV_TO));
    lua_pushinteger(L, (lua_Integer)v[i].to);
    lua_rawset(L, -3);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* find_all's hits of tl in the text at index 1, sorted, into rs->tl_buf;
 * their number. */
static size_t find_sorted(lua_State *L, const term_list *tl) {
  size_t len;
  const char *text = lua_tolstring(L, 1, &len);
  jf_rs_charge(L, 16 + len / 8);
  hitbuf *b = &jf_rs_of(L)->tl_buf;
  scan_list(L, tl, text, 0, len, b);
  jf_rs_charge(L, (uint64_t)b->n * 8);
  sort_tl_hits(b->v, b->n);
  return b->n;
}

/* Is the text at index 1 one the C helpers take? */
static bool text_arg(lua_State *L) {
  return lua_type(L, 1) == LUA_TSTRING && lua_rawlen(L, 1) <= UINT32_MAX / 2;
}

/* jianfu.find_all(text, terms): upvalue 1 is the Lua version. */
static int l_find_all(lua_State *L) {
  if (lua_gettop(L) < 2 || !text_arg(L)) goto fallback;
  term_list *tl = list_arg(L, 2);
  if (!tl) goto fallback;
  size_t n = find_sorted(L, tl);
  lua_getiuservalue(L, -1, 1);
  push_hit_tables(L, lua_gettop(L), jf_rs_of(L)->tl_buf.v, n);
  return 1;
fallback:
  lua_settop(L, 2);
  uncompile_args(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* #unless as the Lua version sees it, for a plain table or a word list (its
 * __len is the length of its terms, and *wl is set to its term_list, which
 * lives as long as the list: NULL for a plain table); false for anything
 * else. */
static bool unless_len(lua_State *L, int idx, size_t *n, term_list **wl) {
  *wl = NULL;
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  if (!lua_getmetatable(L, idx)) {
    *n = lua_rawlen(L, idx);
    return true;
  }
  lua_pop(L, 1);
  term_list *tl = words_arg(L, idx);
  if (!tl) return false;
  *n = tl->n;
  *wl = tl;
  lua_pop(L, 1);
  return true;
}

/* find_terms' hits, each marked when an occurrence of unless overlaps it:
 * its end set to 0, which no hit has (the automata hold no empty word) and
 * which no occurrence can overlap again; found counts the occurrences. */
typedef struct unless_marks {
  tl_hit *hits;
  size_t n, found;
} unless_marks;

static bool unless_cb(uint32_t id, size_t end, size_t len, void *ud) {
  unless_marks *u = ud;
  (void)id;
  u->found++;
  size_t from = end - len; /* jianfu.overlaps, 1-based inclusive */
  for (size_t i = 0; i < u->n; i++)
    if (u->hits[i].from + 1 <= end && from + 1 <= u->hits[i].to) u->hits[i].to = 0;
  return true;
}

/* jianfu.find_terms(text, terms [, unless]): upvalue 1 is the Lua version,
 * whose steps this follows: find_all(text, terms), returned as it is when
 * unless is absent or empty or nothing was found, else a new list of the
 * hits that no occurrence of unless overlaps. The hits and the occurrences
 * of unless become tables only when they are returned. */
static int l_find_terms(lua_State *L) {
  int top = lua_gettop(L);
  size_t nu = 0;
  term_list *wl = NULL;
  bool unless = top >= 3 && lua_toboolean(L, 3);
  if (top < 2 || !text_arg(L) || (unless && !unless_len(L, 3, &nu, &wl)))
    return call_fallback(L, 3);
  lua_settop(L, 3);
  term_list *tl = list_arg(L, 2);
  if (!tl) return call_fallback(L, 3);
  lua_getiuservalue(L, 4, 1);
  size_t n = find_sorted(L, tl);
  const tl_hit *hits = jf_rs_of(L)->tl_buf.v;
  if (!unless || nu == 0 || n == 0) {
    push_hit_tables(L, 5, hits, n);
    return 1;
  }
  /* a word list's term_list as list_arg would give it (compiled on first
   * use), without reading its metatable again */
  term_list *ul;
  if (wl)
    ul = wl->m || compile_terms(L, wl) ? wl : NULL;
  else
    ul = list_arg(L, 3);
  if (!ul) return call_fallback(L, 3);
  size_t len;
  const char *text = lua_tolstring(L, 1, &len);
  jf_rs_charge(L, 16 + len / 8);
  /* the occurrences of unless mark the hits they overlap as they are found,
   * in the scratch where the hits are (nothing else uses it meanwhile) */
  unless_marks um = {jf_rs_of(L)->tl_buf.v, n, 0};
  if (len && ul->maxlen && jf_rs_may_occur(ul, text, len))
    jf_matcher_scan(ul->m, text, len, unless_cb, &um);
  jf_rs_charge(L, (uint64_t)(um.found + 1) * n * 2);
  tl_hit *own = um.hits;
  size_t kept = 0;
  for (size_t i = 0; i < n; i++)
    if (own[i].to != 0) own[kept++] = own[i];
  push_hit_tables(L, 5, own, kept);
  return 1;
}

/* string.find(t, p, init, true) as Lua 5.4 does it: the 1-based start, or 0. */
static size_t lfind(const char *t, size_t len, const char *p, size_t pl, lua_Integer init) {
  size_t i;
  if (init > 0) i = (size_t)init;
  else if (init == 0 || (init < 0 && (size_t)-(init + 1) >= len)) i = 1;
  else i = len + (size_t)init + 1;
  i--;
  if (i > len) return 0;
  if (pl == 0) return i + 1;
  const char *q = memmem(t + i, len - i, p, pl);
  return q ? (size_t)(q - t) + 1 : 0;
}

/* The bytes that may start a delimiter of segments or sentences: one test
 * per byte to skip the rest (the bounds are asked for on every hit). */
enum { M_SENT = 1, M_SEG = 2, M_E3 = 4 }; /* ; ! ?   ,   the lead byte of 。 */
static const unsigned char marks[256] = {[';'] = M_SENT, ['!'] = M_SENT, ['?'] = M_SENT,
                                         [','] = M_SEG, [0xE3] = M_E3};

/* The index of the first byte from i on whose marks meet mask, or len.
 * Sentence and segment bounds scan a clause from its start on every call
 * (sentence_has, negated, punished, platform): with SSE2 (every x86-64)
 * sixteen bytes are compared at a time, the bytes left one by one. The
 * masks used all hold M_SENT and M_E3; M_SEG adds ','. */
static size_t next_mark(const unsigned char *u, size_t i, size_t len, unsigned mask) {
#ifdef __SSE2__
  const __m128i semi = _mm_set1_epi8(';'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?');
  const __m128i e3 = _mm_set1_epi8((char)0xE3);
  const __m128i comma = _mm_set1_epi8(mask & M_SEG ? ',' : ';');
  if ((mask & (M_SENT | M_E3)) == (M_SENT | M_E3)) {
    for (; len >= 16 && i <= len - 16; i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
      __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, semi), _mm_cmpeq_epi8(v, bang)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, ask), _mm_cmpeq_epi8(v, e3)));
      unsigned bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(m, _mm_cmpeq_epi8(v, comma)));
      if (bits) return i + (size_t)__builtin_ctz(bits);
    }
  }
#endif
  while (i < len && !(marks[u[i]] & mask)) i++;
  return i;
}

/* jianfu.segment's bounds: delimiters , ; ! ? and 。 */
static void seg_bounds(const char *t, size_t len, lua_Integer from, lua_Integer to, lua_Integer *sp,
                       lua_Integer *ep) {
  lua_Integer s = 1, e = (lua_Integer)len;
  const unsigned char *u = (const unsigned char *)t;
  for (size_t i = 0; (i = next_mark(u, i, len, M_SENT | M_SEG | M_E3)) < len; i++) {
    lua_Integer a, b;
    unsigned char c = u[i];
    if (c == ',' || c == ';' || c == '!' || c == '?') {
      a = b = (lua_Integer)i + 1;
    } else if (c == 0xE3 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x82) {
      a = (lua_Integer)i + 1;
      b = a + 2;
    } else {
      continue;
    }
    if (b < from && b + 1 > s) s = b + 1;
    if (a > to && a - 1 < e) e = a - 1;
    /* later delimiters start further on: they can lower e no more, and
     * they end at or past from, so they move s no more */
    if (a > to && a >= from) break;
  }
  *sp = s;
  *ep = e;
}

/* The Lua versions take lists, not compiled lists: give them back the terms
 * a compiled list was built from (the same strings, in order). */
static void uncompile_args(lua_State *L, int nargs) {
  for (int i = 1; i <= nargs; i++)
    if (compiled_arg(L, i)) {
      lua_getiuservalue(L, i, 1);
      lua_replace(L, i);
    }
}

static int call_fallback(lua_State *L, int nargs) {
  lua_settop(L, nargs);
  uncompile_args(L, nargs);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, LUA_MULTRET);
  return lua_gettop(L);
}

/* jianfu.segment(text, from, to): upvalue 1 is the Lua version. */
static int l_segment(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2) || !lua_isinteger(L, 3))
    return call_fallback(L, top < 3 ? 3 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  jf_rs_charge(L, 8 + len / 16);
  lua_Integer s, e;
  seg_bounds(t, len, lua_tointeger(L, 2), lua_tointeger(L, 3), &s, &e);
  lua_pushinteger(L, s);
  lua_pushinteger(L, e);
  return 2;
}

static const view_fp *live_view(lua_State *L, int idx);

typedef struct neg_ctx {
  const char *t;
  size_t len;
  lua_Integer s, from;
  size_t lo;                /* the scan window's start */
  const term_list *fals;    /* NEG_FALSE */
  const term_list *omit;    /* NEG_OMIT */
  bool found;
} neg_ctx;

/* An occurrence of a renouncing word: counts unless a NEG_FALSE word found
 * (first occurrence from max(s, a - #f)) covers it, as the Lua loop decides. */
static bool neg_before_cb(uint32_t id, size_t end, size_t len, void *ud) {
  neg_ctx *c = ud;
  (void)id;
  lua_Integer a = (lua_Integer)(c->lo + end - len) + 1, b = (lua_Integer)(c->lo + end);
  if (a >= c->from) return true;
  for (size_t i = 0; i < c->fals->n; i++) {
    lua_Integer fl = (lua_Integer)c->fals->len[i];
    lua_Integer init = a - fl > c->s ? a - fl : c->s;
    size_t fa = lfind(c->t, c->len, c->fals->ptr[i], (size_t)fl, init);
    if (fa && (lua_Integer)fa <= a && (lua_Integer)fa + fl - 1 >= b) return true; /* false alarm */
  }
  /* a word of omission right after it (不得遗漏, 严禁漏签): a duty stated */
  for (size_t i = 0; i < c->omit->n; i++) {
    size_t ol = c->omit->len[i];
    const char *w = c->omit->ptr[i];
    /* (the first byte compared inline: most words differ there) */
    if ((size_t)b + ol <= c->len && c->t[b] == w[0] && memcmp(c->t + b, w, ol) == 0) return true;
  }
  c->found = true;
  return false;
}

static bool any_match_cb(uint32_t id, size_t end, size_t len, void *ud) {
  (void)id, (void)end, (void)len;
  *(bool *)ud = true;
  return false;
}

/* ... and the same, but not 的问题 of what is found or raised (发现的问题) */
typedef struct {
  const char *t;
  size_t lo;
  bool *found;
} after_ctx;
static bool after_cb(uint32_t id, size_t end, size_t len, void *ud) {
  (void)id;
  const after_ctx *c = ud;
  size_t a = c->lo + end - len;
  if (len == 9 && memcmp(c->t + a, "的问题", 9) == 0 && a >= 3 &&
      (memcmp(c->t + a - 3, "现", 3) == 0 || memcmp(c->t + a - 3, "出", 3) == 0 ||
       memcmp(c->t + a - 3, "映", 3) == 0))
    return true;
  *c->found = true;
  return false;
}

/* jianfu.negated(clause, from, to): upvalues are the Lua version and the
 * compiled NEG_BEFORE, NEG_FALSE, NEG_AFTER and NEG_OMIT lists. */
static int l_negated(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 3 || lua_type(L, 1) != LUA_TTABLE || !lua_isinteger(L, 2) || !lua_isinteger(L, 3))
    return call_fallback(L, top < 3 ? 3 : top);
  lua_settop(L, 3);
  const char *t;
  size_t len;
  const view_fp *fp = live_view(L, 1);
  lua_pushliteral(L, "prohibited");
  bool own = lua_rawget(L, 1) != LUA_TNIL;
  lua_pop(L, 1);
  if (fp && !own) {
    /* the live view with neither method nor text of the rule's own: ask
     * the view's method directly and read the clause's text, without
     * looking either up through the view */
    if (prohibited_span(L, fp, lua_tointeger(L, 2), lua_tointeger(L, 3))) {
      lua_pushboolean(L, 1);
      return 1;
    }
    const jf_clause *c = &fp->doc->clauses[fp->clause];
    t = c->norm.text ? c->norm.text : "";
    len = c->norm.len;
  } else {
    if (lua_getfield(L, 1, "prohibited") != LUA_TFUNCTION ||
        lua_tocfunction(L, -1) != l_prohibited)
      return call_fallback(L, 3);
    /* clause:prohibited(from, to), asked directly when the clause is a view
     * (as the method would, with its errors) */
    fp = NULL;
    if (lua_getmetatable(L, 1)) {
      if (lua_rawgetp(L, -1, &key_fp) == LUA_TUSERDATA) fp = lua_touserdata(L, -1);
      lua_pop(L, 2);
    }
    if (fp) {
      if (prohibited_span(L, fp, lua_tointeger(L, 2), lua_tointeger(L, 3))) {
        lua_pushboolean(L, 1);
        return 1;
      }
    } else {
      lua_pushvalue(L, 1);
      lua_pushvalue(L, 2);
      lua_pushvalue(L, 3);
      lua_call(L, 3, 1);
      if (lua_toboolean(L, -1)) return 1;
    }
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "text") != LUA_TSTRING) return call_fallback(L, 3);
    t = lua_tolstring(L, -1, &len);
  }
  lua_Integer from = lua_tointeger(L, 2), to = lua_tointeger(L, 3);
  const term_list *before = lua_touserdata(L, lua_upvalueindex(2));
  const term_list *after = lua_touserdata(L, lua_upvalueindex(4));
  neg_ctx c = {t, len, 0, from, 0, lua_touserdata(L, lua_upvalueindex(3)),
               lua_touserdata(L, lua_upvalueindex(5)), false};
  jf_rs_charge(L, 16 + len / 4);
  lua_Integer e;
  seg_bounds(t, len, from, to, &c.s, &e);
  /* renouncing words starting in [s, from) */
  if (c.s < from && before->maxlen && jf_rs_may_occur(before, t, len)) {
    size_t lo = (size_t)(c.s - 1);
    size_t hi = (size_t)(from - 1) + before->maxlen - 1;
    if (hi > len) hi = len;
    c.lo = lo;
    if (hi > lo) jf_matcher_scan(before->m, t + lo, hi - lo, neg_before_cb, &c);
    if (c.found) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  /* exempting or problem wording after the term, within the segment */
  bool found = false;
  if (to < e && after->maxlen && jf_rs_may_occur(after, t, len)) {
    size_t lo = (size_t)to, hi = (size_t)e;
    jf_matcher_scan(after->m, t + lo, hi - lo, any_match_cb, &found);
    /* (的问题 after 发现, 查出, 反映 names the problems reported: as the
     * Lua version, look on past it) */
    if (found && memmem(t + lo, hi - lo, "的问题", 9)) {
      found = false;
      jf_matcher_scan(after->m, t + lo, hi - lo, after_cb, &(after_ctx){t, lo, &found});
    }
  }
  lua_pushboolean(L, found);
  return 1;
}

/* C.find_all(lua_version), C.segment(lua_version) -> the C closures. */
static int l_make_find_all(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  push_hit_keys(L);
  lua_pushcclosure(L, l_find_all, N_HIT_UV);
  return 1;
}

static int l_make_find_terms(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  push_hit_keys(L);
  lua_pushcclosure(L, l_find_terms, N_HIT_UV);
  return 1;
}

static int l_make_segment(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushcclosure(L, l_segment, 1);
  return 1;
}

/* C.negated(lua_version, NEG_BEFORE, NEG_FALSE, NEG_AFTER, NEG_OMIT): the
 * lists are the prelude's constants, compiled once. */
static int l_make_negated(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 5);
  for (int i = 2; i <= 5; i++) {
    size_t n;
    if (!plain_list(L, i, &n)) return luaL_argerror(L, i, "a list of strings expected");
    for (size_t k = 0; k < n; k++) {
      lua_rawgeti(L, i, (lua_Integer)k + 1);
      size_t l = lua_rawlen(L, -1);
      lua_pop(L, 1);
      if (!l) return luaL_argerror(L, i, "empty word");
    }
    if (!compiled_list(L, i, n)) return luaL_error(L, "not enough memory");
  }
  lua_pushcclosure(L, l_negated, 5);
  return 1;
}

/* jianfu.sentence's bounds: the sentence (between ; ! ? and 。) holding at */
static void sent_bounds(const char *t, size_t len, lua_Integer at, lua_Integer *ap,
                        lua_Integer *bp) {
  lua_Integer a = 1, b = (lua_Integer)len;
  const unsigned char *u = (const unsigned char *)t;
  for (size_t i = 0; (i = next_mark(u, i, len, M_SENT | M_E3)) < len; i++) {
    lua_Integer s, e;
    unsigned char c = u[i];
    if (c == ';' || c == '!' || c == '?') {
      s = e = (lua_Integer)i + 1;
    } else if (c == 0xE3 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x82) {
      s = (lua_Integer)i + 1;
      e = s + 2;
    } else {
      continue;
    }
    if (e < at) {
      a = e + 1;
      i = (size_t)e - 1;
    } else {
      b = s - 1;
      break;
    }
  }
  *ap = a;
  *bp = b;
}

/* the prelude's sentence_bounds(text, at): upvalue 1 is the Lua version */
static int l_sentence_bounds(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 2 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2))
    return call_fallback(L, top < 2 ? 2 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  jf_rs_charge(L, 8 + len / 16);
  lua_Integer a, b;
  sent_bounds(t, len, lua_tointeger(L, 2), &a, &b);
  lua_pushinteger(L, a);
  lua_pushinteger(L, b);
  return 2;
}

/* Is the table at idx a plain list of strings? (no length returned) */
static bool plain_strings(lua_State *L, int idx) {
  size_t n;
  return plain_list(L, idx, &n);
}

/* jianfu.sentence_has(text, at, words): upvalue 1 is the Lua version. The
 * first occurrence of a word from the sentence's start ends in the sentence
 * exactly when some occurrence lies inside it, so one scan of the sentence
 * with the list's automaton answers for every word (empty words aside). */
static int l_sentence_has(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2))
    return call_fallback(L, top < 3 ? 3 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  if (len > UINT32_MAX / 2) return call_fallback(L, 3);
  lua_settop(L, 3);
  term_list *tl = list_arg(L, 3);
  if (!tl || tl->has_empty) return call_fallback(L, 3);
  uint64_t cost = 0;
  bool found = jf_rs_sentence_has(tl, t, len, lua_tointeger(L, 2), &cost);
  jf_rs_charge(L, cost);
  lua_pushboolean(L, found);
  return 1;
}

bool jf_rs_sentence_has(const term_list *tl, const char *t, size_t len, lua_Integer at,
                        uint64_t *cost) {
  lua_Integer a, b;
  sent_bounds(t, len, at, &a, &b);
  *cost += 8 + len / 16;
  bool found = false;
  /* 1-based [a, b] is the 0-based window [a - 1, b) */
  if (a >= 1 && b > a - 1 && tl->maxlen) {
    size_t lo = (size_t)(a - 1), hi = (size_t)b < len ? (size_t)b : len;
    *cost += 4 + (hi - lo) / 8;
    if (jf_rs_may_occur(tl, t, len)) jf_matcher_scan(tl->m, t + lo, hi - lo, any_match_cb, &found);
  }
  return found;
}

typedef struct first_word {
  uint32_t id, from; /* the lowest id seen and its first start */
  bool found;
} first_word;

/* Matches come by end position, so a word's first match is its earliest. */
static bool first_word_cb(uint32_t id, size_t end, size_t len, void *ud) {
  first_word *f = ud;
  if (!f->found || id < f->id) {
    f->found = true;
    f->id = id;
    f->from = (uint32_t)(end - len);
  }
  return true;
}

bool jf_rs_first_word(const term_list *tl, const char *t, size_t n, uint32_t *id, size_t *from) {
  first_word f = {0, 0, false};
  jf_matcher_scan(tl->m, t, n, first_word_cb, &f);
  *id = f.id;
  *from = f.from;
  return f.found;
}

/* jianfu.any_in(text, words, s, e) -> a, w: upvalue 1 is the Lua version.
 * A word's first occurrence from s ends by e exactly when some occurrence
 * lies in [s, e], and then it is the earliest there; the first such word in
 * list order wins, so the lowest term index among the window's matches. */
static int l_any_in(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 4 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 3) || !lua_isinteger(L, 4))
    return call_fallback(L, top < 4 ? 4 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  lua_Integer s = lua_tointeger(L, 3), e = lua_tointeger(L, 4);
  if (s < 1 || len > UINT32_MAX / 2) return call_fallback(L, 4);
  lua_settop(L, 4);
  term_list *tl = list_arg(L, 2);
  if (!tl || tl->has_empty) return call_fallback(L, 4);
  jf_rs_charge(L, 8 + (uint64_t)tl->n);
  bool found = false;
  uint32_t id = 0;
  size_t lo = (size_t)(s - 1), from = 0;
  size_t hi = e < 0 ? 0 : (size_t)e < len ? (size_t)e : len;
  if (hi > lo && tl->maxlen) {
    jf_rs_charge(L, 4 + (hi - lo) / 8);
    found = jf_rs_may_occur(tl, t, len) && jf_rs_first_word(tl, t + lo, hi - lo, &id, &from);
  }
  if (!found) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushinteger(L, (lua_Integer)(lo + from) + 1);
  lua_getiuservalue(L, -2, 1);
  lua_rawgeti(L, -1, (lua_Integer)id + 1);
  lua_remove(L, -2);
  return 2;
}

/* C.<helper>(lua_version, LIST1 … LISTn [, extra]): are the n lists at
 * stack slots 2 … n + 1 all compiled (C.compile) with no empty word? When
 * not, the stack is left holding the Lua version alone, to be returned. */
static bool lists_compiled(lua_State *L, int n) {
  for (int i = 2; i <= n + 1; i++) {
    term_list *tl = compiled_arg(L, i);
    if (!tl || tl->has_empty) {
      lua_settop(L, 1);
      return false;
    }
  }
  return true;
}

/* fn closed over the Lua version and n compiled lists, or the Lua version
 * itself when a list is not compiled. */
static int make_on_lists(lua_State *L, lua_CFunction fn, int n) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, n + 1);
  if (!lists_compiled(L, n)) return 1;
  lua_pushcclosure(L, fn, n + 1);
  return 1;
}

/* C.compile(list) -> the compiled list, for the prelude's own constant lists;
 * the helpers above take it in place of the list. A list that cannot be
 * compiled (an empty or non-string word) is returned as it is. */
static int l_compile(lua_State *L) {
  lua_settop(L, 1);
  size_t n;
  if (!plain_list(L, 1, &n)) return 1;
  term_list *tl = compiled_list(L, 1, n);
  if (!tl || tl->has_empty) lua_settop(L, 1);
  return 1;
}

/* the prelude's starts_with_any(s, i, list) -> the first word of list at byte i of s */
static int l_starts_with_any(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2) || lua_tointeger(L, 2) < 1 ||
      !plain_strings(L, 3))
    return call_fallback(L, top < 3 ? 3 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  lua_Integer i0 = lua_tointeger(L, 2);
  jf_rs_charge(L, 8);
  for (lua_Integer k = 1;; k++) {
    if (lua_rawgeti(L, 3, k) == LUA_TNIL) return 1; /* nil */
    size_t wl;
    const char *w = lua_tolstring(L, -1, &wl);
    /* string.sub(s, i, i + #w - 1) == w */
    if (wl == 0) return 1;
    if ((size_t)i0 <= len && wl <= len - (size_t)i0 + 1 && memcmp(t + i0 - 1, w, wl) == 0)
      return 1;
    lua_pop(L, 1);
  }
}

/* jianfu.is_measure(term): upvalues are the Lua version and MEASURE_ENDS */
static int l_is_measure(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 1 || lua_type(L, 1) != LUA_TSTRING) return call_fallback(L, top < 1 ? 1 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  const term_list *ends = lua_touserdata(L, lua_upvalueindex(2));
  jf_rs_charge(L, 8);
  for (size_t i = 0; i < ends->n; i++) {
    size_t el = ends->len[i];
    if (len >= el && memcmp(t + len - el, ends->ptr[i], el) == 0) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  lua_pushboolean(L, 0);
  return 1;
}

static int l_make_is_measure(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 2);
  size_t n;
  if (!plain_list(L, 2, &n)) return luaL_argerror(L, 2, "a list of strings expected");
  for (size_t k = 0; k < n; k++) {
    lua_rawgeti(L, 2, (lua_Integer)k + 1);
    size_t l = lua_rawlen(L, -1);
    lua_pop(L, 1);
    if (!l) return luaL_argerror(L, 2, "empty word");
  }
  if (!compiled_list(L, 2, n)) return luaL_error(L, "not enough memory");
  lua_pushcclosure(L, l_is_measure, 2);
  return 1;
}

/* Does an occurrence of a word of tl lie in 1-based [a, b] of t? */
static bool occurs_in(const term_list *tl, const char *t, lua_Integer a, lua_Integer b) {
  bool found = false;
  if (a >= 1 && b > a - 1 && tl->maxlen)
    jf_matcher_scan(tl->m, t + a - 1, (size_t)(b - a + 1), any_match_cb, &found);
  return found;
}

/* the prelude's coercion_targeted(text, from, to): a coercion in the object
 * of 对, which 的 closes after the hit in its segment (对向基层摊派APP下载任务
 * 的单位), with no 未 (but 未经) or 没 between 对 and the hit */
static bool coercion_targeted(const char *t, size_t len, lua_Integer from, lua_Integer to,
                              const term_list *coer) {
  lua_Integer s, e;
  seg_bounds(t, len, from, to, &s, &e);
  if (from <= s || (size_t)to >= len) return false;
  /* the first 对 from s on, starting before the hit */
  size_t w = (size_t)(from - s) + 2;
  if (w > len - (size_t)(s - 1)) w = len - (size_t)(s - 1);
  const char *d = memmem(t + s - 1, w, "\xe5\xaf\xb9", 3);
  if (!d || (lua_Integer)(d - t) + 1 >= from) return false;
  lua_Integer dp = (lua_Integer)(d - t) + 1;
  const char *de = memmem(t + to, len - (size_t)to, "\xe7\x9a\x84", 3); /* 的 */
  if (!de || (lua_Integer)(de - t) + 1 + 2 > e) return false;
  if (!occurs_in(coer, t, dp + 3, to)) return false;
  if (from - 1 >= dp + 3) {
    size_t n = (size_t)(from - 1 - (dp + 3) + 1);
    if (memmem(t + dp + 2, n, "\xe6\xb2\xa1", 3)) return false; /* 没 */
    /* 未, but not 未经 (without: 对未经审批擅自开发APP并强制…的单位) */
    const char *p = t + dp + 2, *end = t + dp + 2 + n;
    while ((p = memmem(p, (size_t)(end - p), "\xe6\x9c\xaa", 3)) != NULL) {
      if (!(p + 6 <= t + len && memcmp(p + 3, "\xe7\xbb\x8f", 3) == 0)) return false;
      p += 3;
    }
  }
  return true;
}

/* Does the character (3 bytes) at t end as units and people do (科室, 单位,
 * 司法所, 人员, 村干部, 团组织; not 通知, 任务)? */
/* (班级, 年级, 幼儿园, 居委会, 村委: a unit too) */
static bool unit_ending(const char *t) {
  static const char unit_end[] = "织室位门镇村区校所站队局处股道心人员者部院组科办班厅社司行点网场工师长警级园会委协联";
  for (size_t k = 0; k + 3 <= sizeof unit_end - 1; k += 3)
    if (memcmp(t, unit_end + k, 3) == 0) return true;
  return false;
}

/* unit_ending, or a post people hold (社区书记, 办公室主任, 分管领导) */
static bool party_ending(const char *t) {
  return unit_ending(t) || memcmp(t, "\xe8\xae\xb0", 3) == 0 || /* 记 */
         memcmp(t, "\xe4\xbb\xbb", 3) == 0 || memcmp(t, "\xe5\xaf\xbc", 3) == 0; /* 任, 导 */
}

/* Does [to, comma) assess a party by the hit? An assessing word, then 的
 * and a name of at most eight characters ending as units and people do
 * (以点赞数量考核社区的单位, 把在线时长作为考核依据的单位), or an assessing
 * word, at most four characters naming whom and ending so, and 的 just
 * before the comma (以照片数量考核网格员的). Not a result of the assessment
 * (考核排名后3位的, 考核不合格的人员, 考核前三名的单位): no 不, 后, 末, 低,
 * 差, 前, 名 or digit between the assessing word and 的. */
static bool assesses_party(const char *t, lua_Integer to, lua_Integer comma) {
  /* (and appraisal: 对把学习时长作为团员评优依据的团支部) */
  static const char *assess[] = {"考核", "考评", "评比", "排名", "通报", "评优", "评先", "评选",
                                 "评星", "评级", "定级"};
  static const char *res[] = {"不", "后", "末", "低", "差", "前", "名"};
  const char *p0 = t + to, *stop = t + comma - 1, *de = NULL;
  /* the last 的, at most eight characters before the comma, as in
   * imposer_named (q: its 1-based start; byte by byte, as a count in digits
   * may stand after it: 考核村干部的3名乡镇负责人) */
  for (lua_Integer q = comma - 3; q > to && q >= comma - 27 && !de; q--)
    if (memcmp(t + q - 1, "\xe7\x9a\x84", 3) == 0) de = t + q - 1;
  if (!de || de - p0 < 6) return false;
  bool named = de + 3 < stop; /* a name after 的 */
  if (named ? !party_ending(stop - 3) : !party_ending(de - 3)) return false;
  for (size_t k = 0; k < sizeof assess / sizeof *assess; k++) {
    const char *v = memmem(p0, (size_t)(de - p0), assess[k], 6);
    if (!v) continue;
    const char *w = v + 6; /* whom: at most four characters */
    if (!named && (w >= de || de - w > 12)) continue;
    bool result = false;
    for (size_t r = 0; !result && r < sizeof res / sizeof *res; r++)
      result = memmem(w, (size_t)(de - w), res[r], 3) != NULL;
    for (const char *c = w; !result && c < de; c++) result = *c >= '0' && *c <= '9';
    if (!result) return true;
  }
  return false;
}

/* the prelude's imposer_named(text, s, from, to, comma): does the comma
 * segment [s, comma) name those who impose the practice, a sanction's
 * object (对向各测绘队下达APP点赞任务的科室,查实后扣5分; 对要求员工每天在群内
 * 打卡的科室,查实后…; 对仍以照片数量考核网格员的,一经查实…)? It opens with
 * 对, no 未 (but 未经) or 没 follows 对, and either an imposing word (下达,
 * 要求, 布置, 派发, 分派, 摊派) stands between 对 and the hit and the segment
 * ends in 的 and a name of at most eight characters that ends as units and
 * people do (the units), or a word of means (以, 将, 把, 用) stands between 对
 * and the hit and the segment assesses a party by it (assesses_party). */
static bool imposer_named(const char *t, lua_Integer s, lua_Integer from, lua_Integer to,
                          lua_Integer comma) {
  static const char *impose[] = {"下达", "要求", "布置", "派发", "分派", "摊派"};
  static const char *means[] = {"以", "将", "把", "用", "按", "依据", "根据"};
  /* the segment may name who sanctions before 对 (调解委员会对下达点赞任务的
   * 科室, 地震局对在工作群中下达打卡任务的科室): 对 within its first ten
   * characters, before the hit, not a word of its own (对照, 对比, 对接 …) */
  static const char not_dui[] = "照比接标表应口象外话策";
  for (lua_Integer q = s; q < from && q <= s + 27; q++) { /* (对 never starts inside a character) */
    if (memcmp(t + q - 1, "\xe5\xaf\xb9", 3) != 0) continue;
    bool word = false;
    for (size_t k = 0; !word && k + 3 <= sizeof not_dui - 1; k += 3)
      word = q + 3 < from && memcmp(t + q + 2, not_dui + k, 3) == 0;
    if (!word) s = q;
    break;
  }
  if (comma - s < 9 || memcmp(t + s - 1, "\xe5\xaf\xb9", 3) != 0) return false; /* 对 */
  const char *p0 = t + s + 2;
  size_t n = from > s + 3 ? (size_t)(from - 1 - (s + 3) + 1) : 0;
  bool imposed = false, by = false;
  for (size_t k = 0; !imposed && k < sizeof impose / sizeof *impose; k++)
    imposed = n && memmem(p0, n, impose[k], strlen(impose[k])) != NULL;
  for (size_t k = 0; !imposed && !by && k < sizeof means / sizeof *means; k++)
    by = n && memmem(p0, n, means[k], strlen(means[k])) != NULL;
  if (!imposed && !(by && assesses_party(t, to, comma))) return false;
  size_t m = (size_t)(comma - 1 - (s + 3) + 1);
  if (memmem(p0, m, "\xe6\xb2\xa1", 3)) return false; /* 没 */
  /* 未, but not 未经 (without: 对未经批准擅自要求群众下载…的单位) */
  const char *p = p0, *end = p0 + m;
  while ((p = memmem(p, (size_t)(end - p), "\xe6\x9c\xaa", 3)) != NULL) {
    if (!(p + 6 <= end && memcmp(p + 3, "\xe7\xbb\x8f", 3) == 0)) return false;
    p += 3;
  }
  if (!imposed) return true; /* (assesses_party saw whom and 的) */
  /* the name ends as units and people do (科室, 单位, 司法所, 人员; not 通知,
   * 任务: 对工作群内要求回复“收到”的通知,…未回复的 is a demand) */
  if (!unit_ending(t + comma - 4)) return false;
  /* 的 and at most eight characters (of three bytes) before the comma: a
   * unit named with its place (对要求防疫员每天在群内打卡接龙的乡镇兽医站) */
  for (lua_Integer q = comma - 3; q > to && q >= comma - 27; q -= 3)
    if (memcmp(t + q - 1, "\xe7\x9a\x84", 3) == 0) return true; /* 的 */
  return false;
}

/* Does a reward word open t at byte at (予以表彰: 予以 opens a reward as well as
 * a sanction; keep in step with the prelude's REWARD)? */
static bool opens_reward(const char *t, size_t len, size_t at) {
  static const char *const reward[] = {"表彰", "表扬", "奖励", "嘉奖", "奖补", "加分", "激励", "鼓励",
                                       "褒奖", "通报表扬", "通报表彰", "肯定", "倾斜", "优先", "支持"};
  for (size_t k = 0; k < sizeof reward / sizeof *reward; k++) {
    size_t l = strlen(reward[k]);
    if (at <= len && l <= len - at && memcmp(t + at, reward[k], l) == 0) return true;
  }
  return false;
}

/* the prelude's sanctioned_outright(text, s, seg_end): does a sanction word
 * open the segment after seg_end (the comma), and the segment [s, seg_end]
 * hold no word of a demand met or not (demand_said)? sanction_opens is its
 * first half. */
static bool sanction_opens(const char *t, size_t len, lua_Integer seg_end) {
#define W(x) {x, sizeof x - 1}
  static const struct { const char *w; size_t l; } open[] = {
      W("予以"), W("进行约谈"), W("约谈"), W("问责"), W("追责"), W("通报批评"), W("严肃处理"), W("责令")};
#undef W
  /* (after who sanctions, at most ten CJK characters: 园长约谈班主任并责令改正,
   * 县委组织部予以通报批评; keep in step with the prelude's sanctioned_outright) */
  for (size_t off = 0; off <= 30; off += 3) {
    size_t at = (size_t)seg_end + off;
    if (off > 0 && (at > len || (unsigned char)t[at - 3] < 0xE0)) return false; /* the character skipped last */
    if (at + 6 > len) return false;
    const char *p = t + at;
    for (size_t k = 0; k < sizeof open / sizeof *open; k++)
      if (p[1] == open[k].w[1] && p[2] == open[k].w[2] && p[0] == open[k].w[0] && open[k].l <= len - at &&
          memcmp(p, open[k].w, open[k].l) == 0 && !(k == 0 && opens_reward(t, len, at + 6)))
        return true;
  }
  return false;
}
/* the prelude's demand_said(text, s, e): does 1-based [s, e] hold a word of
 * a demand met or not (按要求 …, or a 不 that does not open a threshold: not
 * the 不 of 不少于, 不低于 …, the demand imposed)? */
static bool demand_said(const char *t, size_t len, lua_Integer s, lua_Integer e) {
  static const char *met[] = {"按要求", "照要求", "合要求", "达要求"};
  static const char *threshold[] = {"不少于", "不低于", "不得少于", "不得低于",
                                    "不超过", "不得超过", "不多于", "不高于"};
  if (s < 1 || e < s || (size_t)e > len) return false;
  size_t n = (size_t)(e - s + 1);
  for (size_t k = 0; k < sizeof met / sizeof *met; k++)
    if (memmem(t + s - 1, n, met[k], strlen(met[k]))) return true;
  const char *p = t + s - 1, *end = t + e;
  while ((p = memmem(p, (size_t)(end - p), "\xe4\xb8\x8d", 3)) != NULL) { /* 不 */
    bool opens = false;
    for (size_t k = 0; !opens && k < sizeof threshold / sizeof *threshold; k++) {
      size_t wl = strlen(threshold[k]);
      opens = (size_t)(t + len - p) >= wl && memcmp(p, threshold[k], wl) == 0;
    }
    if (!opens) return true;
    p += 3;
  }
  return false;
}
static bool sanctioned_outright(const char *t, size_t len, lua_Integer s, lua_Integer seg_end) {
  return sanction_opens(t, len, seg_end) && !demand_said(t, len, s, seg_end);
}

/* a word list for leftmost: each word opens with a three-byte character */
typedef struct lm_word {
  const char *w;
  size_t l;
} lm_word;
#define LM(x) {x, sizeof x - 1}

/* The prelude's leftmost(text, words, s, e): the word of words that occurs
 * first in 1-based [s, e] of t (its 1-based start, 0 when none), and its
 * length in *wl. One pass looks closer only at the characters whose second
 * and third bytes some word's first character has. */
static lua_Integer leftmost(const char *t, size_t len, const lm_word *words, size_t n,
                            lua_Integer s, lua_Integer e, size_t *wl) {
  if (s < 1 || e < s || (size_t)e > len) return 0;
  uint64_t mid = 0, last = 0;
  for (size_t k = 0; k < n; k++) {
    mid |= (uint64_t)1 << ((unsigned char)words[k].w[1] & 63);
    last |= (uint64_t)1 << ((unsigned char)words[k].w[2] & 63);
  }
  const unsigned char *p = (const unsigned char *)t + s - 1, *end = (const unsigned char *)t + e;
  while (p + 3 <= end) {
    if (p[0] < 0xE0) {
      p++;
      continue;
    }
    if (((last >> (p[2] & 63)) & 1) && ((mid >> (p[1] & 63)) & 1))
      for (size_t k = 0; k < n; k++)
        if (p[2] == (unsigned char)words[k].w[2] && p[1] == (unsigned char)words[k].w[1] &&
            p[0] == (unsigned char)words[k].w[0] && (size_t)(end - p) >= words[k].l &&
            memcmp(p + 3, words[k].w + 3, words[k].l - 3) == 0) {
          *wl = words[k].l;
          return (lua_Integer)((const char *)p - t) + 1;
        }
    /* no word starts on a continuation byte: a whole character is passed */
    p += (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 ? 3 : 1;
  }
  return 0;
}

/* the prelude's sanction_closes(text, sa, from, to, seg_end): does a sanction
 * close the hit's comma segment right after the name of those 对 names as
 * imposing it (县纪委对要求村干部每日在APP签到的乡镇通报批评), with no word of a
 * demand met or not before it? */
static bool sanction_closes(const char *t, size_t len, lua_Integer sa, lua_Integer from,
                            lua_Integer to, lua_Integer seg_end) {
  /* (not 予以 alone: …的村予以表彰; keep in step with SANCTION_CLOSE) */
  static const lm_word close[] = {LM("进行约谈"), LM("约谈"), LM("问责"), LM("追责"),
                                  LM("通报批评"), LM("严肃处理"), LM("责令"), LM("予以通报"),
                                  LM("予以约谈"), LM("予以问责"), LM("予以追责"), LM("予以批评"),
                                  LM("予以处理"), LM("予以处分"), LM("予以诫勉"), LM("予以警告")};
  /* (words of manner may stand between the name and the sanction: …的单位进行了
   * 通报批评, …的科室严肃问责, …的乡镇坚决予以通报批评; keep in step with
   * the prelude's SANCTION_MANNER) */
  static const char *const manner[] = {"进行了", "进行", "严肃", "一律", "坚决", "依法", "依规",
                                       "依纪", "分别", "及时", "从严", "一并", "予以", "已", "均"};
  size_t wl = 0;
  lua_Integer k = leftmost(t, len, close, sizeof close / sizeof *close, to + 1, seg_end, &wl);
  if (!k) return false;
  for (int round = 0; round < 3; round++) {
    bool cut = false;
    for (size_t m = 0; !cut && m < sizeof manner / sizeof *manner; m++) {
      lua_Integer l = (lua_Integer)strlen(manner[m]);
      if (k - l > to && memcmp(t + k - 1 - l, manner[m], (size_t)l) == 0) {
        k -= l;
        cut = true;
      }
    }
    if (!cut) break;
  }
  lua_Integer s = from;
  while (s > sa && t[s - 2] != ',') s--;
  return imposer_named(t, s, from, to, k) && !demand_said(t, len, s, k - 1);
}

/* The prelude's means_at(text, a, b): the 1-based start of the first word of
 * means (按照, 按, 依据, 根据, 将, 把, 用, 以 — not the 以 of 以上, 以下, 以内 …)
 * that starts in [a, b - 2] and ends by b, or 0. */
static lua_Integer means_at(const char *t, size_t len, lua_Integer a, lua_Integer b) {
  static const char *const means[] = {"按照", "按", "依据", "根据", "将", "把", "用", "以"};
  static const char not_after_yi[] = "上下内外及来后前便免";
  for (lua_Integer i = a; i <= b - 2; i++)
    for (size_t k = 0; k < sizeof means / sizeof *means; k++) {
      lua_Integer l = (lua_Integer)strlen(means[k]);
      if (i + l - 1 > b || memcmp(t + i - 1, means[k], (size_t)l) != 0) continue;
      if (k == 7 && (size_t)i + 5 <= len) { /* 以: the character after it, when there is one */
        bool word = false;
        for (size_t q = 0; !word && q + 3 <= sizeof not_after_yi - 1; q += 3)
          word = memcmp(t + i + 2, not_after_yi + q, 3) == 0;
        if (word) continue;
      }
      return i;
    }
  return 0;
}

/* The prelude's imposer_sanctioned(text, from, to): is [from, to] the
 * practice that those a sanction said first struck had imposed (约谈了一名
 * 要求征收组每天在群内接龙报进度的科室负责人; 问责了三个向村干部摊派点赞任务
 * 的单位)? The sanction in the hit's segment before it, an imposing word at
 * most eight characters after the sanction, no 未 or 没 between, and 的 and a
 * name of at most eight characters ending as units, people and posts do
 * closing the segment. */
bool jf_rs_imposer_sanctioned(const char *t, size_t len, lua_Integer from, lua_Integer to) {
  static const lm_word first[] = {LM("约谈"), LM("问责"), LM("追责"), LM("通报批评"),
                                  LM("批评教育"), LM("处分"), LM("诫勉"), LM("查处"),
                                  LM("严肃处理"), LM("处理了"), LM("责令"), LM("曝光")};
  static const char *const by[] = {"要求", "下达", "布置", "派发", "分派", "摊派", "强制",
                                   "强迫", "逼迫", "组织"};
  if (from < 7 || to < from || (size_t)to > len) return false;
  size_t wl = 0, nf = sizeof first / sizeof *first;
  /* (most texts name no sanction before the hit: that look first) */
  lua_Integer k = leftmost(t, len, first, nf, 1, from - 1, &wl);
  if (!k) return false;
  lua_Integer s, e;
  jf_rs_segment(t, len, from, to, &s, &e);
  if (k < s && !(k = leftmost(t, len, first, nf, s, from - 1, &wl))) return false;
  lua_Integer kw = k + (lua_Integer)wl, i = 0; /* the imposing word: the first of `by` found */
  for (size_t j = 0; !i && j < sizeof by / sizeof *by && kw <= from - 1; j++) {
    const char *p = memmem(t + kw - 1, (size_t)(from - kw), by[j], strlen(by[j]));
    if (p) i = (lua_Integer)(p - t) + 1;
  }
  /* (or named by what they assessed with: 问责了一个按学习积分对干部排名通报
   * 的单位 — a word of means, then the segment assesses a party by the hit) */
  bool by_means = !i;
  if (by_means) i = means_at(t, len, kw, from - 1);
  if (!i || i - kw > 24) return false;
  /* (i found means kw <= from - 1) */
  if (memmem(t + kw - 1, (size_t)(from - kw), "\xe6\x9c\xaa", 3) || /* 未 */
      memmem(t + kw - 1, (size_t)(from - kw), "\xe6\xb2\xa1", 3))   /* 没 */
    return false;
  if (by_means) return assesses_party(t, to, e + 1);
  if (e < 3) return false;
  const char *tail = t + e - 3;
  if (!unit_ending(tail) && memcmp(tail, "\xe8\xae\xb0", 3) && /* 记 */
      memcmp(tail, "\xe4\xbb\xbb", 3) && memcmp(tail, "\xe5\xaf\xbc", 3)) /* 任, 导 */
    return false;
  lua_Integer init = to + 1 > e - 26 ? to + 1 : e - 26;
  if (init < 1) init = 1;
  if ((size_t)init > len) return false;
  const char *d = memmem(t + init - 1, len - (size_t)(init - 1), "\xe7\x9a\x84", 3); /* 的 */
  return d && (lua_Integer)(d - t) + 1 + 2 < e;
}

/* the prelude's punished(text, from, to): is the hit the violation a
 * sanction punishes? Upvalues: the Lua version, then the compiled CONDITION,
 * COERCION and AFTER_CONDITION. The Lua version's substrings become windows:
 * before = text[a, from - 1] (a the sentence's start) must hold a condition
 * and a coercion word in its own first sentence, or after = text[to + 1,
 * the next ","] a word of AFTER_CONDITION. First of all, a coercion in the
 * object of 对 (coercion_targeted). */
bool jf_rs_punished(const char *t, size_t len, lua_Integer from, lua_Integer to,
                    const term_list *cond, const term_list *coer, const term_list *after) {
  if (jf_rs_may_occur(coer, t, len) && coercion_targeted(t, len, from, to, coer)) return true;
  /* the windows are parts of t: no word of a list in t, none in them */
  if (jf_rs_may_occur(cond, t, len) && jf_rs_may_occur(coer, t, len)) {
    lua_Integer a, b;
    sent_bounds(t, len, from, &a, &b);
    if (from - 1 > a - 1) {
      const char *bt = t + a - 1;
      size_t bl = (size_t)(from - a);
      lua_Integer sa, sb;
      sent_bounds(bt, bl, 1, &sa, &sb);
      /* the coercion before the hit, or the hit itself (发现…组织刷票的) */
      if (occurs_in(cond, bt, sa, sb) &&
          (occurs_in(coer, bt, sa, sb) || occurs_in(coer, t, from, to)))
        return true;
    }
  }
  bool may_after = jf_rs_may_occur(after, t, len);
  const char *comma = (size_t)to < len ? memchr(t + to, ',', len - (size_t)to) : NULL;
  lua_Integer seg_end = comma ? (lua_Integer)(comma - t) + 1 : (lua_Integer)len;
  /* (without a word of AFTER_CONDITION only those 对 names, sanctioned
   * outright, are left: a sanction word must open the next segment) */
  /* (and those 对 names need a 对 before the hit: looked for first, as the
   * sanctioner may take ten characters, see sanction_opens) */
  bool dui = memmem(t, (size_t)from - 1, "\xe5\xaf\xb9", 3) != NULL;
  if (dui) { /* 县纪委对要求村干部每日在APP签到的乡镇通报批评: the sanction closing their segment */
    lua_Integer a, b;
    sent_bounds(t, len, from, &a, &b);
    if (sanction_closes(t, len, a, from, to, seg_end)) return true;
  }
  if (!may_after && (!comma || !dui ||
                     !sanction_opens(t, len, seg_end)))
    return false;
  if (may_after && occurs_in(after, t, to + 1, seg_end)) return true;
  /* 对投票活动中组织刷票的行为,一经查实取消参评资格: a coerced practice named
   * in the hit's comma segment, the condition in a later segment of its
   * sentence (or the practice imposed by those 对 names, see imposer_named) */
  if (!comma) return false;
  lua_Integer a, b;
  sent_bounds(t, len, from, &a, &b);
  if (b <= seg_end) return false;
  lua_Integer s = from;
  while (s > a && t[s - 2] != ',') s--;
  int imposer = -1; /* not asked yet */
  if (!(jf_rs_may_occur(coer, t, len) && occurs_in(coer, t, s, seg_end))) {
    imposer = imposer_named(t, s, from, to, seg_end);
    if (!imposer) return false;
  }
  if (may_after && occurs_in(after, t, seg_end + 1, b)) return true;
  /* 对在工作群要求快递员接龙报到的网点负责人，予以约谈: those who impose it,
   * sanctioned outright (the prelude's sanctioned_outright) */
  if (imposer < 0) imposer = imposer_named(t, s, from, to, seg_end);
  return imposer && sanctioned_outright(t, len, s, seg_end);
}

/* Where the first match of tl in 1-based [a, b] of t ends (1-based,
 * inclusive), 0 when none: matches come by end position. */
static bool first_end_cb(uint32_t id, size_t end, size_t len, void *ud) {
  (void)id, (void)len;
  *(size_t *)ud = end;
  return false;
}
static lua_Integer first_end(const term_list *tl, const char *t, lua_Integer a, lua_Integer b) {
  size_t end = 0;
  if (a >= 1 && b >= a && tl->maxlen)
    jf_matcher_scan(tl->m, t + a - 1, (size_t)(b - a + 1), first_end_cb, &end);
  return end ? a - 1 + (lua_Integer)end : 0;
}

/* the prelude's violation(text, at): does the sentence holding `at` state a
 * verified violation, a condition (查实, 发现, 存在 …) with a coercion (刷,
 * 强制 …) after it, or a coercion with an after-condition (一经查实) after
 * it? A usage word of that sentence with no count of its own is the setting
 * of the violation (在网络投票中查实刷票的…取消资格), not a demand. */
bool jf_rs_violation(const char *t, size_t len, lua_Integer at, const term_list *cond,
                     const term_list *coer, const term_list *after) {
  if (!jf_rs_may_occur(coer, t, len)) return false;
  bool c = jf_rs_may_occur(cond, t, len), f = jf_rs_may_occur(after, t, len);
  if (!c && !f) return false;
  lua_Integer a, b;
  sent_bounds(t, len, at, &a, &b);
  lua_Integer e;
  if (c && (e = first_end(cond, t, a, b)) && occurs_in(coer, t, e + 1, b)) return true;
  return f && (e = first_end(coer, t, a, b)) && occurs_in(after, t, e + 1, b);
}

/* The prelude's cheat tests (cheated, cheat_violation): a cheat word (刷票,
 * 刷量 …) is targeted when a word of `after` follows it in its segment (刷票的,
 * 刷票行为) or one of `before` precedes it there (对…刷票, 通过刷票); banned
 * when targeted or given no word of `demand` after it in its sentence. */
typedef struct cheat_ctx {
  const char *t;
  size_t len;
  lua_Integer base, b; /* the sentence: its start - 1 and its end */
  lua_Integer from, to; /* the hit; to < from for cheat_violation */
  const jf_cheat_lists *cl;
  bool found;
} cheat_ctx;

static bool cheat_targeted(const cheat_ctx *x, lua_Integer cf, lua_Integer ct) {
  lua_Integer s, e;
  seg_bounds(x->t, x->len, cf, ct, &s, &e);
  return occurs_in(x->cl->after, x->t, ct + 1, e) ||
         (cf > s && occurs_in(x->cl->before, x->t, s, cf - 1));
}

static bool cheat_cb(uint32_t id, size_t end, size_t mlen, void *ud) {
  (void)id;
  cheat_ctx *x = ud;
  lua_Integer ct = x->base + (lua_Integer)end, cf = ct - (lua_Integer)mlen + 1;
  if (x->to < x->from) {
    x->found = cheat_targeted(x, cf, ct);
  } else if (x->from <= ct && cf <= x->to) {
    x->found = cheat_targeted(x, cf, ct) || !occurs_in(x->cl->demand, x->t, ct + 1, x->b);
  } else {
    lua_Integer s, e;
    seg_bounds(x->t, x->len, cf, ct, &s, &e);
    x->found = x->from >= s && x->to <= e && cheat_targeted(x, cf, ct);
  }
  return !x->found;
}

static bool cheat_scan(const char *t, size_t len, lua_Integer from, lua_Integer to,
                       const jf_cheat_lists *cl) {
  if (!cl->cheat->maxlen || !jf_rs_may_occur(cl->cheat, t, len)) return false;
  lua_Integer a, b;
  sent_bounds(t, len, from, &a, &b);
  cheat_ctx x = {t, len, a - 1, b, from, to, cl, false};
  if (b >= a) jf_matcher_scan(cl->cheat->m, t + a - 1, (size_t)(b - a + 1), cheat_cb, &x);
  return x.found;
}

bool jf_rs_cheated(const char *t, size_t len, lua_Integer from, lua_Integer to,
                   const jf_cheat_lists *cl) {
  if (to < from) to = from; /* an empty span: the cheat test needs a hit */
  return cheat_scan(t, len, from, to, cl);
}

bool jf_rs_cheat_violation(const char *t, size_t len, lua_Integer at, const jf_cheat_lists *cl) {
  return cheat_scan(t, len, at, at - 1, cl);
}

/* C.cheated(lua_version, CHEAT, AFTER, BEFORE, DEMAND) and
 * C.cheat_violation(…): the closures; the Lua version when a list is not
 * compiled */
static bool cheat_lists(lua_State *L, jf_cheat_lists *cl) {
  /* (the constructor checked that they are compiled lists) */
  *cl = (jf_cheat_lists){lua_touserdata(L, lua_upvalueindex(2)),
                         lua_touserdata(L, lua_upvalueindex(3)),
                         lua_touserdata(L, lua_upvalueindex(4)),
                         lua_touserdata(L, lua_upvalueindex(5))};
  return true;
}
static int l_cheated(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2) || !lua_isinteger(L, 3))
    return call_fallback(L, top < 3 ? 3 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  lua_Integer from = lua_tointeger(L, 2), to = lua_tointeger(L, 3);
  jf_cheat_lists cl;
  if (from < 1 || (size_t)from > len + 1 || to < from || (size_t)to > len ||
      len > UINT32_MAX / 2 || !cheat_lists(L, &cl))
    return call_fallback(L, 3);
  jf_rs_charge(L, 16 + len / 4);
  lua_pushboolean(L, jf_rs_cheated(t, len, from, to, &cl));
  return 1;
}
static int l_cheat_violation(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 2 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2))
    return call_fallback(L, top < 2 ? 2 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  lua_Integer at = lua_tointeger(L, 2);
  jf_cheat_lists cl;
  if (at < 1 || (size_t)at > len + 1 || len > UINT32_MAX / 2 || !cheat_lists(L, &cl))
    return call_fallback(L, 2);
  jf_rs_charge(L, 16 + len / 4);
  lua_pushboolean(L, jf_rs_cheat_violation(t, len, at, &cl));
  return 1;
}
static int l_make_cheated(lua_State *L) { return make_on_lists(L, l_cheated, 4); }
static int l_make_cheat_violation(lua_State *L) { return make_on_lists(L, l_cheat_violation, 4); }

static int l_violation(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 2 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2))
    return call_fallback(L, top < 2 ? 2 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  lua_Integer at = lua_tointeger(L, 2);
  if (at < 1 || (size_t)at > len + 1 || len > UINT32_MAX / 2) return call_fallback(L, 2);
  jf_rs_charge(L, 16 + len / 4);
  lua_pushboolean(L, jf_rs_violation(t, len, at, lua_touserdata(L, lua_upvalueindex(2)),
                                     lua_touserdata(L, lua_upvalueindex(3)),
                                     lua_touserdata(L, lua_upvalueindex(4))));
  return 1;
}

/* The (text, from, to) arguments of a span test (punished,
 * imposer_sanctioned), when the C version takes them: a string and a span
 * inside it. Otherwise false, *n the number of arguments to hand to the Lua
 * version (call_fallback). */
static bool span_args(lua_State *L, const char **t, size_t *len, lua_Integer *from,
                      lua_Integer *to, int *n) {
  int top = lua_gettop(L);
  if (top < 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2) || !lua_isinteger(L, 3)) {
    *n = top < 3 ? 3 : top;
    return false;
  }
  *t = lua_tolstring(L, 1, len);
  *from = lua_tointeger(L, 2), *to = lua_tointeger(L, 3);
  *n = 3;
  return *from >= 1 && (size_t)*from <= *len + 1 && *to >= 0 && (size_t)*to <= *len &&
         *len <= UINT32_MAX / 2;
}

static int l_punished(lua_State *L) {
  const char *t;
  size_t len;
  lua_Integer from, to;
  int n;
  if (!span_args(L, &t, &len, &from, &to, &n)) return call_fallback(L, n);
  jf_rs_charge(L, 16 + len / 4);
  lua_pushboolean(L, jf_rs_punished(t, len, from, to, lua_touserdata(L, lua_upvalueindex(2)),
                                    lua_touserdata(L, lua_upvalueindex(3)),
                                    lua_touserdata(L, lua_upvalueindex(4))));
  return 1;
}

static int l_imposer_sanctioned(lua_State *L) {
  const char *t;
  size_t len;
  lua_Integer from, to;
  int n;
  if (!span_args(L, &t, &len, &from, &to, &n)) return call_fallback(L, n);
  jf_rs_charge(L, 16 + len / 8);
  lua_pushboolean(L, jf_rs_imposer_sanctioned(t, len, from, to));
  return 1;
}

/* C.punished(lua_version, CONDITION, COERCION, AFTER_CONDITION): the lists
 * compiled (C.compile); the Lua version itself when one is not. */
static int l_make_punished(lua_State *L) { return make_on_lists(L, l_punished, 3); }
/* C.violation(lua_version, CONDITION, COERCION, AFTER_CONDITION): the same */
static int l_make_violation(lua_State *L) { return make_on_lists(L, l_violation, 3); }

/* utf8.len(s) of Lua 5.4 (strict), on s[0, n): the number of characters,
 * or -1 where utf8.len gives nil. Bytes past n read as the string's
 * terminating NUL would. */
static long lua_utf8_len(const unsigned char *s, size_t n) {
  static const uint32_t limits[] = {~(uint32_t)0, 0x80, 0x800, 0x10000u, 0x200000u, 0x4000000u};
  long count = 0;
  for (size_t i = 0; i < n; count++) {
    unsigned int c = s[i];
    uint32_t res = c;
    int k = 0;
    if (c >= 0x80) {
      res = 0;
      for (; c & 0x40; c <<= 1) {
        k++;
        unsigned int cc = i + (size_t)k < n ? s[i + (size_t)k] : 0;
        if ((cc & 0xC0) != 0x80) return -1;
        res = (res << 6) | (cc & 0x3F);
      }
      res |= (uint32_t)(c & 0x7F) << (k * 5);
      if (k > 5 || res > 0x7FFFFFFFu || res < limits[k]) return -1;
    }
    if (res > 0x10FFFFu || (res >= 0xD800u && res <= 0xDFFFu)) return -1;
    i += (size_t)k + 1;
  }
  return count;
}

/* starts_with_any(t, i, words) as a truth value */
static bool starts_with_word(const char *t, size_t len, lua_Integer i, const term_list *tl) {
  if (i < 1 || (size_t)i > len) return false;
  for (size_t k = 0; k < tl->n; k++) {
    size_t wl = tl->len[k];
    if (wl && wl <= len - (size_t)i + 1 && memcmp(t + i - 1, tl->ptr[k], wl) == 0) return true;
  }
  return false;
}

/* Does s[0, n) end with a word of tl? */
static bool ends_with_word(const char *s, size_t n, const term_list *tl) {
  for (size_t k = 0; k < tl->n; k++) {
    size_t wl = tl->len[k];
    if (wl && wl <= n && memcmp(s + n - wl, tl->ptr[k], wl) == 0) return true;
  }
  return false;
}

/* string.find(t, q, i, true) for i >= 1 when it starts by last: the 1-based
 * start, or 0 (also when the first occurrence starts after last). Quotes are
 * rare: memchr for their first byte, not memmem over the rest of the text. */
static lua_Integer find_upto(const char *t, size_t len, const char *q, size_t ql, lua_Integer i,
                             lua_Integer last) {
  if (i < 1 || last < i || ql == 0) return 0;
  size_t at = (size_t)(i - 1);
  size_t end = (size_t)last - 1 + ql < len ? (size_t)last - 1 + ql : len; /* the match ends by */
  while (at + ql <= end) {
    const char *p = memchr(t + at, q[0], end - ql + 1 - at);
    if (!p) return 0;
    at = (size_t)(p - t);
    if (memcmp(p, q, ql) == 0) return (lua_Integer)at + 1;
    at++;
  }
  return 0;
}

/* The prelude's QUOTES, which l_make_platform checks against the Lua table. */
static const char *const platform_quotes[][2] = {
    {"\xe2\x80\x9c", "\xe2\x80\x9d"}, {"\xe3\x80\x8c", "\xe3\x80\x8d"},
    {"\xe3\x80\x8e", "\xe3\x80\x8f"}, {"\"", "\""}, {"\xe3\x80\x8a", "\xe3\x80\x8b"}};
#define N_QUOTES (sizeof platform_quotes / sizeof *platform_quotes)

typedef struct plat_cand {
  bool set;
  lua_Integer from, to;
  size_t name, name_len; /* 0-based */
} plat_cand;

/* jianfu.platform(clause, from [, to]): upvalues are the Lua version and
 * the compiled PLATFORM_SUFFIX and NOT_PLATFORM. The Lua version's loop,
 * choosing the best candidate as it is found instead of collecting them. */
bool jf_rs_platform(const char *t, size_t len, lua_Integer from, lua_Integer to,
                    const term_list *suffix, const term_list *not_platform, size_t *name_out,
                    size_t *name_len_out) {
  lua_Integer a, b;
  sent_bounds(t, len, from, &a, &b);
  plat_cand best = {false, 0, 0, 0, 0};
  for (size_t q = 0; q < N_QUOTES; q++) {
    const char *open = platform_quotes[q][0], *close = platform_quotes[q][1];
    size_t ol = strlen(open), cl = strlen(close);
    for (lua_Integer i = a; i <= b;) {
      lua_Integer s = find_upto(t, len, open, ol, i, b);
      if (!s) break;
      lua_Integer e = s + (lua_Integer)ol - 1;
      lua_Integer s2 = find_upto(t, len, close, cl, e + 1, b);
      if (!s2) break;
      lua_Integer e2 = s2 + (lua_Integer)cl - 1;
      size_t name = (size_t)e, name_len = (size_t)(s2 - 1 - e);
      long n = lua_utf8_len((const unsigned char *)t + name, name_len);
      if (n < 0) n = 99;
      if (n >= 2 && n <= 16 && !memchr(t + name, ',', name_len) && !memchr(t + name, ':', name_len)) {
        bool suf = starts_with_word(t, len, e2 + 1, suffix);
        bool near = e2 < from && from - e2 <= 12;
        bool inside = s <= from && to <= s2;
        if (!inside && !starts_with_word(t, len, e2 + 1, not_platform) &&
            (suf || (near && !ends_with_word(t + name, name_len, not_platform)))) {
          plat_cand f = {true, s, e2, name, name_len};
          if (f.to < from) {
            if (!best.set || best.to > from || f.to > best.to) best = f;
          } else if (!best.set) {
            best = f;
          } else if (best.to > from && f.from < best.from) {
            best = f;
          }
        }
      }
      i = e2 + 1;
    }
  }
  *name_out = best.name;
  *name_len_out = best.name_len;
  return best.set;
}

static int l_platform(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 2 || lua_type(L, 1) != LUA_TTABLE || !lua_isinteger(L, 2) ||
      (top >= 3 && !lua_isnil(L, 3) && !lua_isinteger(L, 3)))
    return call_fallback(L, top < 3 ? 3 : top);
  lua_settop(L, 3);
  if (lua_getfield(L, 1, "text") != LUA_TSTRING) return call_fallback(L, 3);
  size_t len;
  const char *t = lua_tolstring(L, -1, &len);
  lua_Integer from = lua_tointeger(L, 2);
  lua_Integer to = lua_isnil(L, 3) ? from : lua_tointeger(L, 3);
  jf_rs_charge(L, 16 + len / 4);
  size_t name, name_len;
  if (jf_rs_platform(t, len, from, to, lua_touserdata(L, lua_upvalueindex(2)),
                     lua_touserdata(L, lua_upvalueindex(3)), &name, &name_len))
    lua_pushlstring(L, t + name, name_len);
  else
    lua_pushnil(L);
  return 1;
}

/* C.platform(lua_version, QUOTES, PLATFORM_SUFFIX, NOT_PLATFORM): the lists
 * compiled; the Lua version itself when QUOTES is not what the C version
 * knows or a list is not compiled. */
static int l_make_platform(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 4);
  bool ok = lua_type(L, 2) == LUA_TTABLE && lua_rawlen(L, 2) == N_QUOTES;
  for (size_t q = 0; ok && q < N_QUOTES; q++) {
    lua_rawgeti(L, 2, (lua_Integer)q + 1);
    for (int k = 0; ok && k < 2; k++) {
      ok = lua_type(L, -1) == LUA_TTABLE && lua_rawgeti(L, -1, k + 1) == LUA_TSTRING &&
           strcmp(lua_tostring(L, -1), platform_quotes[q][k]) == 0 &&
           lua_rawlen(L, -1) == strlen(platform_quotes[q][k]);
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  for (int i = 3; ok && i <= 4; i++) {
    term_list *tl = compiled_arg(L, i);
    ok = tl && !tl->has_empty;
  }
  if (!ok) {
    lua_settop(L, 1);
    return 1;
  }
  lua_remove(L, 2);
  lua_pushcclosure(L, l_platform, 3);
  return 1;
}

/* The fingerprint of the view at idx when it is the live one (a view of
 * the clause being checked), else NULL. Its metatable tells, by address:
 * the live view's is kept alive (V_CACHE), and only views have a view's
 * metatable; reading the fingerprint out of it cost five times as much. */
static const view_fp *live_fp(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return NULL;
  const void *mt = lua_topointer(L, -1);
  lua_pop(L, 1);
  const jf_ruleset *rs = jf_rs_of(L);
  return rs->cur.active && mt == rs->view_live_mt ? rs->view_live : NULL;
}

/* The view at idx when it is the live one and the rule set neither `text`
 * nor `numbers` on it (then those read the clause itself); NULL otherwise. */
static const view_fp *live_view(lua_State *L, int idx) {
  const view_fp *fp = live_fp(L, idx);
  if (!fp) return NULL;
  lua_pushliteral(L, "text");
  bool own = lua_rawget(L, idx) != LUA_TNIL;
  lua_pushliteral(L, "numbers");
  own = lua_rawget(L, idx) != LUA_TNIL || own;
  lua_pop(L, 2);
  return own ? NULL : fp;
}

/* is_step: "每" within the 9 bytes before number position nf, or "约" or
 * "约为" right before it (an approximate value, not a quota) */
static bool number_is_step(const char *t, size_t len, lua_Integer nf) {
  lua_Integer i = nf - 9 > 1 ? nf - 9 : 1, j = nf - 1 < (lua_Integer)len ? nf - 1 : (lua_Integer)len;
  if (j < i) return false;
  if (memmem(t + i - 1, (size_t)(j - i + 1), "\xe6\xaf\x8f", 3) != NULL) return true;
  size_t n = (size_t)(j - i + 1), end = (size_t)j; /* the window t[i - 1, j) */
  return (n >= 3 && memcmp(t + end - 3, "\xe7\xba\xa6", 3) == 0) ||           /* 约 */
         (n >= 6 && memcmp(t + end - 6, "\xe7\xba\xa6\xe4\xb8\xba", 6) == 0); /* 约为 */
}

/* jianfu.quota(clause, hit): upvalues are the Lua version and the compiled
 * list of QUOTA_UNITS. On the live view it reads the clause's numbers
 * without building clause.numbers, and indexes that only for the answer:
 * most hits have no quota, and the list of numbers was most of the cost. */
size_t jf_rs_quota(const jf_doc *doc, size_t ci, lua_Integer hf, const term_list *units) {
  const jf_clause *c = &doc->clauses[ci];
  const jf_analysis *an = jf_doc_analysis(doc, ci);
  const char *t = c->norm.text ? c->norm.text : "";
  size_t len = c->norm.len;
  size_t nn = an ? an->n_numbers : 0;
  lua_Integer a, b;
  sent_bounds(t, len, hf, &a, &b);
  size_t best = SIZE_MAX;
  lua_Integer best_from = 0;
  for (size_t i = 0; i < nn; i++) {
    const jf_number *num = &an->numbers[i];
    size_t ul = strlen(num->unit);
    bool unit = false;
    for (size_t k = 0; !unit && k < units->n; k++)
      unit = units->len[k] == ul && memcmp(units->ptr[k], num->unit, ul) == 0;
    lua_Integer nf = (lua_Integer)num->span.start + 1;
    lua_Integer nt = num->span.end < len ? (lua_Integer)num->span.end : (lua_Integer)len;
    if (!unit || nf < a || nt > b + 1 || number_is_step(t, len, nf)) continue;
    lua_Integer d = nf > hf ? nf - hf : hf - nf, bd = best_from > hf ? best_from - hf : hf - best_from;
    if (best == SIZE_MAX || d < bd) {
      best = i;
      best_from = nf;
    }
  }
  return best;
}

static int l_quota(lua_State *L) {
  if (lua_gettop(L) < 2 || lua_type(L, 2) != LUA_TTABLE) return call_fallback(L, 2);
  lua_settop(L, 2);
  const view_fp *fp = live_view(L, 1);
  if (!fp || lua_getfield(L, 2, "from") != LUA_TNUMBER || !lua_isinteger(L, -1))
    return call_fallback(L, 2);
  lua_Integer hf = lua_tointeger(L, -1);
  const jf_clause *c = &fp->doc->clauses[fp->clause];
  const jf_analysis *an = jf_doc_analysis(fp->doc, fp->clause);
  size_t nn = an ? an->n_numbers : 0;
  jf_rs_charge(L, 16 + c->norm.len / 8 + nn * 8);
  size_t best = jf_rs_quota(fp->doc, fp->clause, hf, lua_touserdata(L, lua_upvalueindex(2)));
  if (best == SIZE_MAX) {
    lua_pushnil(L);
    return 1;
  }
  lua_getfield(L, 1, "numbers");
  lua_geti(L, -1, (lua_Integer)best + 1);
  return 1;
}

/* C.quota(lua_version, units): units the compiled list of QUOTA_UNITS' keys */
static int l_make_quota(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 2);
  term_list *tl = compiled_arg(L, 2);
  if (!tl || tl->has_empty) {
    lua_settop(L, 1);
    return 1;
  }
  lua_pushcclosure(L, l_quota, 2);
  return 1;
}

#define WRAP(name, fn)                                                                           \
  static int l_make_##name(lua_State *L) {                                                       \
    luaL_checktype(L, 1, LUA_TFUNCTION);                                                         \
    lua_settop(L, 1);                                                                            \
    lua_pushcclosure(L, fn, 1);                                                                  \
    return 1;                                                                                    \
  }
WRAP(sentence_bounds, l_sentence_bounds)
WRAP(sentence_has, l_sentence_has)
WRAP(any_in, l_any_in)
WRAP(imposer_sanctioned, l_imposer_sanctioned)
WRAP(starts_with_any, l_starts_with_any)
#undef WRAP

void jf_rs_push_fast(lua_State *L) {
  static const luaL_Reg fast[] = {{"find_all", l_make_find_all},
                                  {"find_terms", l_make_find_terms},
                                  {"segment", l_make_segment},
                                  {"negated", l_make_negated},
                                  {"sentence_bounds", l_make_sentence_bounds},
                                  {"sentence_has", l_make_sentence_has},
                                  {"starts_with_any", l_make_starts_with_any},
                                  {"is_measure", l_make_is_measure},
                                  {"any_in", l_make_any_in},
                                  {"of_device", jf_rs_l_make_of_device},
                                  {"compile", l_compile},
                                  {"words", l_words},
                                  {"punished", l_make_punished},
                                  {"imposer_sanctioned", l_make_imposer_sanctioned},
                                  {"violation", l_make_violation},
                                  {"cheated", l_make_cheated},
                                  {"cheat_violation", l_make_cheat_violation},
                                  {"platform", l_make_platform},
                                  {"quota", l_make_quota},
                                  {"metric", jf_rs_l_make_metric},
                                  {"details", jf_rs_l_make_details},
                                  {"metric_text", jf_rs_l_make_metric_text},
                                  {"evidence_details", jf_rs_l_make_evidence_details},
                                  {"evidence", jf_rs_l_make_evidence},
                                  {"praise", jf_rs_l_make_praise},
                                  {"in_sentence", jf_rs_l_make_in_sentence},
                                  {"made_to_count", jf_rs_l_make_made_to_count},
                                  {"first_live", jf_rs_l_make_first_live},
                                  {NULL, NULL}};
  luaL_newlib(L, fast);
}

/* --- for rules_metric.c ------------------------------------------------------ */

bool jf_rs_may_occur(const term_list *tl, const char *t, size_t len) {
  /* the memo is the only part of a list that changes after it is made:
   * lists are heap objects (userdata), never const ones */
  return jf_wf_may_occur_memo(tl->probe, tl->n, t, len, &((term_list *)tl)->memo);
}

term_list *jf_rs_compiled(lua_State *L, int idx) {
  return compiled_arg(L, idx);
}

bool jf_rs_live_clause(lua_State *L, int idx, const jf_doc **doc, size_t *ci) {
  const view_fp *fp = live_fp(L, idx);
  jf_ruleset *rs = jf_rs_of(L);
  if (!fp || fp->doc != rs->cur.doc || fp->clause != rs->cur.clause) return false;
  *doc = fp->doc;
  *ci = fp->clause;
  return true;
}

size_t jf_rs_scan_sorted(lua_State *L, const term_list *tl, const char *t, size_t len) {
  size_t n = 0;
  if (!jf_rs_try_scan_sorted(jf_rs_of(L), tl, t, len, &n)) luaL_error(L, "not enough memory");
  return n;
}

bool jf_rs_try_scan_sorted(jf_ruleset *rs, const term_list *tl, const char *t, size_t len,
                           size_t *n) {
  hitbuf *b = &rs->tl_buf;
  if (!try_scan_list(tl, t, 0, len, b)) return false;
  sort_tl_hits(b->v, b->n);
  *n = b->n;
  return true;
}

void jf_rs_sentence(const char *t, size_t len, lua_Integer at, lua_Integer *a, lua_Integer *b) {
  sent_bounds(t, len, at, a, b);
}

void jf_rs_segment(const char *t, size_t len, lua_Integer from, lua_Integer to, lua_Integer *s,
                   lua_Integer *e) {
  seg_bounds(t, len, from, to, s, e);
}

bool jf_rs_occurs(const term_list *tl, const char *t, lua_Integer a, lua_Integer b) {
  return occurs_in(tl, t, a, b);
}

void jf_rs_push_value(lua_State *L, double v) {
  push_value(L, v);
}
