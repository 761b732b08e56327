/* rules_metric.c — the check jianfu.metric_check makes, in C.
 *
 * Five rules are a jianfu.metric_check; its Lua check read the clause
 * through the view's lazy fields (thresholds, penalties, prohibitions, item
 * …), each a list of read-only tables built on first access, and that was
 * most of the cost of those rules. This is the same check reading the
 * clause's analysis itself: the prelude builds it once per rule (C.metric)
 * around the Lua check, and a call builds no view field unless the rule's
 * own callbacks read one.
 *
 * It is the Lua check step for step (prelude.lua, metric_check): the same
 * tests in the same order, the callbacks (other, counts, message) called
 * with the same arguments at the same points, the same evidence and report.
 * It runs only on the live view with nothing of the rule's own on it but
 * the `hits` the engine gave (plain hit tables); any other call goes to the
 * Lua check, so odd inputs behave and fail exactly as before.
 *
 * The engine also runs the decision itself before calling the rule
 * (jf_rs_metric_silent, a "dry run"): most calls report nothing, and a call
 * costs far more than its decision. The dry run is this code with x->dry
 * set: it stops, unable to tell (x->maybe), wherever the check would call
 * into Lua or spend its budget, so a call it skips is one that would have
 * run no Lua code and returned without a report.
 *
 * The evidence side of the other rules is here too, as it shares the
 * check's text builders: jianfu.evidence, jianfu.details,
 * jianfu.metric_text and jianfu.evidence_details in C, each a closure
 * around its Lua version that it calls for anything unusual. A finding's
 * evidence JSON is written from the check's C values (write_evidence) when
 * no callback changed its table. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "rules_fast.h"

enum { REQ_LINK_OR_THRESHOLD, REQ_LINK, REQ_THRESHOLD };

/* upvalues of a check */
enum {
  UV_LUA = 1,
  UV_METRICS,
  UV_UNLESS,
  UV_STANDALONE,
  UV_OTHER,
  UV_COUNTS,
  UV_REQUIRES,
  UV_MESSAGE,
  UV_CONSTS,
  UV_OTHER_BY,       /* `other` given by term: an other_by, or nil */
  UV_FORCED_MESSAGE, /* the message of a forced practice, or nil */
  UV_COUNTS_BY,      /* `counts` given by term: an other_by, or nil */
  UV_PRE             /* a userdata holding what read_pre reads from the others */
};

/* `other` given as a table by term (metric_check's other_by, a private
 * copy, the userdata's user value: it keeps the terms and functions alive).
 * A term not in it has the meaning [1] gives (any: no entry, none); a
 * prelude helper the engine knows (jianfu.praise, a test of
 * jianfu.in_sentence) is run in C, by the dry run too; any other function is
 * asked through the Lua wrapper the prelude made of the table (UV_OTHER). */
typedef struct other_entry {
  const char *term;
  size_t len;
  jf_hit_test test; /* test.run NULL: a Lua function */
} other_entry;
typedef struct other_by {
  other_entry any; /* [1], the test of a term not in v (any.term NULL: none) */
  size_t n;
  other_entry v[];
} other_by;

/* the prelude's constants a check uses; user values keep them alive:
 * 1 M.format, 2 default_message, then the lists in this order */
typedef struct mconsts {
  const term_list *cond, *coer, *after_cond, *ratio_end, *means, *firm, *measure_ends, *units,
      *suffix, *not_platform;
  jf_cheat_lists cheat; /* the prelude's CHEAT, CHEAT_AFTER, CHEAT_BEFORE, CHEAT_DEMAND */
} mconsts;
enum { N_LISTS = 14 };

/* one occurrence: 1-based inclusive [from, to] as the Lua hits have it */
typedef struct mhit {
  const char *term;
  size_t tlen;
  lua_Integer from, to;
} mhit;

/* a list of occurrences; `tables` is the stack index of their Lua tables:
 * clause.hits itself, or (own) a cache of the tables made for the callbacks */
typedef struct mlist {
  mhit *v;
  size_t n;
  int tables;
  bool own;
} mlist;

/* what the check takes from clause.item, found on first need: the range
 * first (item_of), each of the rest when read (item_linked, item_th …),
 * analysing the item's other clauses only as far as that needs */
typedef struct mitem {
  bool computed, present;
  size_t lo, hi;
  unsigned known;         /* IT_* bits: the fields below found */
  bool linked;            /* item.linked */
  const jf_threshold *th; /* item.thresholds[1] */
  const jf_frequency *fr; /* item.frequencies[1] */
  const jf_penalty *pen;  /* item.penalties[1] */
} mitem;
enum { IT_LINKED = 1, IT_TH = 2, IT_FR = 4, IT_PEN = 8 };

typedef struct mctx {
  lua_State *L;
  jf_ruleset *rs;
  bool dry;        /* a dry run: no Lua, no report (jf_rs_metric_silent) */
  bool maybe;      /* the dry run met what only the call can decide */
  uint64_t budget; /* a dry run's budget left, counted as jf_rs_charge does */
  const jf_doc *doc;
  size_t ci;
  const jf_clause *c;
  const jf_analysis *an_; /* the clause's analysis once read: clause_an() */
  const char *t;
  size_t len;
  const char *field; /* scheme_field(clause), NULL for nil */
  size_t field_len;
  const mconsts *k;
  mlist blocks;
  bool other, counts;
  const other_by *other_by, *counts_by;
  int requires;
  mitem item;
  /* usable() of each hit of memo_list, once asked (a real call only): 0
   * not asked, 1 no, 2 yes (usable_memo); memo_small or a userdata */
  const mlist *memo_list;
  unsigned char *memo;
  unsigned char memo_small[64];
  int cheat; /* may a cheat word occur in the text: 0 not looked yet, 1 no, 2 yes */
  /* the lists of occurrences scanned already: a dry run's (bit s: scratch
   * slot s), which a real call right after it reads (rs->metric_dry) */
  unsigned scanned;
  /* the check was given no view (jf_rs_push_no_view) and has made none yet:
   * index 1 holds the placeholder, and hits_slot (when not 0) the place of
   * clause.hits (nil until need_view makes the view) */
  bool no_view;
  int hits_slot;
} mctx;

/* what qualifies() finds: indices into the clause's analysis, -1 for nil */
typedef struct mquals {
  long th, quota, freq, pen;
} mquals;

static const jf_analysis no_analysis;

/* The clause's analysis, made on first read (jf_doc_analysis) and kept in
 * x, which the const readers may fill too (no mctx is const itself): a
 * decision that finds no hit to weigh never reads it. */
static const jf_analysis *clause_an(const mctx *x) {
  if (!x->an_) {
    const jf_analysis *a = jf_doc_analysis(x->doc, x->ci);
    ((mctx *)x)->an_ = a ? a : &no_analysis;
  }
  return x->an_;
}

/* --- names ----------------------------------------------------------------------
 * The field names of the evidence tables, interned once in a list kept in
 * the registry (rs->names_ref, made by jf_rs_metric_names): lua_getfield and
 * lua_setfield look their C string up in Lua's string cache on every call (a
 * hash and a strcmp). A builder pushes the list once (its stack index is
 * `nm` below) and reads or sets raw with its strings, which is what the C
 * string calls did: the tables set so are fresh, the tables read so are
 * plain (no metatable, checked first). */
enum {
  N_METRIC = 1, N_PLATFORM, N_FORCED, N_THRESHOLD, N_QUOTA, N_FREQUENCY, N_PENALTY,
  N_PENALTY_POINTS, N_PENALTY_TEXT, N_LINK, N_RANKING, N_OP, N_VALUE, N_UNIT, N_THRESHOLDS,
  N_FREQUENCIES, N_PENALTIES, N_ITEM, N_HITS, N_COUNT
};
static const char *const names[N_COUNT] = {
  [N_METRIC] = "metric", [N_PLATFORM] = "platform", [N_FORCED] = "forced",
  [N_THRESHOLD] = "threshold", [N_QUOTA] = "quota", [N_FREQUENCY] = "frequency",
  [N_PENALTY] = "penalty", [N_PENALTY_POINTS] = "penalty_points",
  [N_PENALTY_TEXT] = "penalty_text", [N_LINK] = "link", [N_RANKING] = "ranking", [N_OP] = "op",
  [N_VALUE] = "value", [N_UNIT] = "unit", [N_THRESHOLDS] = "thresholds",
  [N_FREQUENCIES] = "frequencies", [N_PENALTIES] = "penalties", [N_ITEM] = "item",
  [N_HITS] = "hits"};

void jf_rs_metric_names(lua_State *L) {
  lua_createtable(L, N_COUNT - 1, 0);
  for (int k = 1; k < N_COUNT; k++) {
    lua_pushstring(L, names[k]);
    lua_rawseti(L, -2, k);
  }
  jf_rs_of(L)->names_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

/* Push the list of names; returns its stack index. */
static int push_names(lua_State *L) {
  lua_rawgeti(L, LUA_REGISTRYINDEX, jf_rs_of(L)->names_ref);
  return lua_gettop(L);
}

/* Push name k (to set a field: name, value, lua_rawset). */
static void name(lua_State *L, int nm, int k) { lua_rawgeti(L, nm, k); }

/* Field k of the plain table at idx (an absolute index), pushed; its type. */
static int get_raw(lua_State *L, int nm, int idx, int k) {
  lua_rawgeti(L, nm, k);
  return lua_rawget(L, idx);
}

static bool overlaps(lua_Integer af, lua_Integer at, lua_Integer bf, lua_Integer bt) {
  return af <= bt && bf <= at;
}

/* Does the hit's term end with one of the prelude's MEASURE_ENDS? Their
 * last bytes compared first: a memcmp call per end was most of its cost
 * (the ends are non-empty: a compiled list has none). */
static bool is_measure(const mctx *x, const mhit *h) {
  const term_list *e = x->k->measure_ends;
  if (!h->tlen) return false;
  char last = h->term[h->tlen - 1];
  for (size_t i = 0; i < e->n; i++) {
    size_t n = e->len[i];
    if (h->tlen >= n && e->ptr[i][n - 1] == last && memcmp(h->term + h->tlen - n, e->ptr[i], n) == 0)
      return true;
  }
  return false;
}

static bool field_is(const mctx *x, const char *f) {
  size_t n = strlen(f);
  return x->field && x->field_len == n && memcmp(x->field, f, n) == 0;
}

/* Push the Lua table of occurrence i of l: clause.hits[i], or one made
 * once per check for a found occurrence ({term, from, to} as find_all). */
static void push_hit(mctx *x, mlist *l, size_t i) {
  lua_State *L = x->L;
  if (!l->own) {
    lua_rawgeti(L, l->tables, (lua_Integer)i + 1);
    return;
  }
  if (lua_rawgeti(L, l->tables, (lua_Integer)i + 1) != LUA_TNIL) return;
  lua_pop(L, 1);
  lua_createtable(L, 0, 3);
  lua_pushlstring(L, l->v[i].term, l->v[i].tlen);
  lua_setfield(L, -2, "term");
  lua_pushinteger(L, l->v[i].from);
  lua_setfield(L, -2, "from");
  lua_pushinteger(L, l->v[i].to);
  lua_setfield(L, -2, "to");
  lua_pushvalue(L, -1);
  lua_rawseti(L, l->tables, (lua_Integer)i + 1);
}

/* Count n instructions of work against the budget: the running call's, or
 * in a dry run the budget the call would start with. False when a dry run
 * finds it spent: the call would fail, so it is made. */
static bool charge(mctx *x, uint64_t n) {
  if (!x->dry) {
    jf_rs_charge(x->L, n);
    return true;
  }
  if (x->budget > n) {
    x->budget -= n;
    return true;
  }
  x->maybe = true;
  return false;
}

/* what jf_rs_push_no_view gives a check for its clause */
static const char no_view_key;

void jf_rs_push_no_view(lua_State *L) { lua_pushlightuserdata(L, (void *)&no_view_key); }

static bool is_no_view(lua_State *L, int idx) {
  return lua_type(L, idx) == LUA_TLIGHTUSERDATA && lua_touserdata(L, idx) == &no_view_key;
}

/* The view of the clause being checked at index 1 (and its clause.hits at
 * x->hits_slot) before anything hands the clause to Lua: what check_protected
 * would have pushed, made now. Only C has run since the call began, so it
 * is the view the check would have had, its hit tables those of the same
 * engine hits. No instruction is charged for it, as none was up front. */
static void need_view(mctx *x) {
  if (!x->no_view) return;
  lua_State *L = x->L;
  jf_ruleset *rs = x->rs;
  x->no_view = false;
  rs->metric_views_made++;
  /* push_view's room: the call's own LUA_MINSTACK may be in use already;
   * a refusal is the memory limit's, as push_view's tables would be */
  if (!lua_checkstack(L, 32)) luaL_error(L, "not enough memory");
  jf_rs_push_view(L, rs, rs->cur.rule, rs->cur.doc, rs->cur.clause);
  lua_replace(L, 1);
  if (x->hits_slot) {
    lua_pushliteral(L, "hits");
    lua_rawget(L, 1);
    lua_replace(L, x->hits_slot);
  }
}

/* callback(clause, hit) as a truth value. A dry run cannot call it: it
 * records that it cannot tell and answers false; its caller stops. */
static bool call_cb(mctx *x, int uv, mlist *l, size_t i) {
  if (x->dry) {
    x->maybe = true;
    return false;
  }
  lua_State *L = x->L;
  need_view(x);
  lua_pushvalue(L, lua_upvalueindex(uv));
  lua_pushvalue(L, 1);
  push_hit(x, l, i);
  lua_call(L, 2, 1);
  bool r = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return r;
}

/* The entry of the hit's term in ob, or NULL. */
static const other_entry *entry_of(const other_by *ob, const mhit *h) {
  for (size_t k = 0; k < ob->n; k++)
    if (ob->v[k].len == h->tlen && memcmp(ob->v[k].term, h->term, h->tlen) == 0) return &ob->v[k];
  return NULL;
}

/* other(clause, hit): by the hit's term when `other` is a table (see
 * other_by), else the callback. A dry run that cannot tell sets x->maybe. */
static bool other_says(mctx *x, mlist *l, size_t i) {
  const other_by *ob = x->other_by;
  if (!ob) return call_cb(x, UV_OTHER, l, i);
  const mhit *h = &l->v[i];
  const other_entry *e = entry_of(ob, h);
  if (!e && ob->any.term) e = &ob->any;
  if (!e) return false;
  if (!e->test.run || !jf_rs_hit_test_ok(x->len, h->from, h->to))
    return call_cb(x, UV_OTHER, l, i);
  uint64_t cost;
  bool r = jf_rs_hit_test_run(&e->test, x->t, x->len, h->from, h->to, &cost);
  return charge(x, cost) && r;
}

/* counts(clause, hit): by the hit's term when `counts` is a table (an
 * other_by as for `other`: a term not in it is not made to count, and asks
 * no Lua), else the callback. */
static bool counts_says(mctx *x, mlist *l, size_t i) {
  const other_by *cb = x->counts_by;
  if (!cb) return call_cb(x, UV_COUNTS, l, i);
  return entry_of(cb, &l->v[i]) && call_cb(x, UV_COUNTS, l, i);
}

/* 活跃人数占注册人数比例: the base of a ratio (the prelude's denominator);
 * and the divisor of a written ratio (月登录人数/注册人数, ÷注册人数, 除以注册人数) */
static bool ends_with(const char *t, lua_Integer before, const char *w, size_t n) {
  return (size_t)before >= n && memcmp(t + before - n, w, n) == 0;
}
static bool denominator(const mctx *x, const mhit *h) {
  lua_Integer before = h->from - 1; /* bytes before the hit */
  if (ends_with(x->t, before, "/", 1) || ends_with(x->t, before, "\xc3\xb7", 2) ||
      ends_with(x->t, before, "\xe9\x99\xa4\xe4\xbb\xa5", 6)) /* ÷, 除以 */
    return true;
  lua_Integer i = h->from - 12 > 1 ? h->from - 12 : 1, j = h->from - 1;
  if (j < i || !memmem(x->t + i - 1, (size_t)(j - i + 1), "\xe5\x8d\xa0", 3)) return false; /* 占 */
  size_t s = (size_t)h->to, e = s + 18 < x->len ? s + 18 : x->len;
  for (size_t p = s; p < e; p++)
    if (x->t[p] == ',' || x->t[p] == ';' || x->t[p] == ':') {
      e = p;
      break;
    }
  if (e <= s) return false;
  return jf_rs_occurs(x->k->ratio_end, x->t + s, 1, (lua_Integer)(e - s));
}

/* may a cheat word (刷票 …) occur in the clause? (looked at once a call) */
static bool may_cheat(mctx *x) {
  if (!x->cheat) x->cheat = jf_rs_may_occur(x->k->cheat.cheat, x->t, x->len) ? 2 : 1;
  return x->cheat == 2;
}

/* the prelude's usable(clause, text, field, blocks, h) */
static bool usable(mctx *x, mlist *l, size_t i) {
  const mhit *h = &l->v[i];
  for (size_t b = 0; b < x->blocks.n; b++)
    if (overlaps(h->from, h->to, x->blocks.v[b].from, x->blocks.v[b].to)) return false;
  const jf_analysis *a = clause_an(x);
  if (a != &no_analysis &&
      jf_analysis_prohibited(a, (jf_span){(uint32_t)h->from - 1, (uint32_t)h->to}))
    return false;
  for (size_t p = 0; p < a->n_prohibitions; p++) { /* 不得强制下载: the hit shares the word */
    jf_span s = a->prohibitions[p].trigger;
    lua_Integer pt = s.end < x->len ? (lua_Integer)s.end : (lua_Integer)x->len;
    if (overlaps(h->from, h->to, (lua_Integer)s.start + 1, pt)) return false;
  }
  if (x->other && other_says(x, l, i)) return false;
  h = &l->v[i];
  if (jf_rs_punished(x->t, x->len, h->from, h->to, x->k->cond, x->k->coer, x->k->after_cond) ||
      (may_cheat(x) && jf_rs_cheated(x->t, x->len, h->from, h->to, &x->k->cheat)))
    return false;
  if (denominator(x, h)) return false;
  if (field_is(x, "name") && !is_measure(x, h)) return false;
  return true;
}

/* usable(x, l, i), answered from the memo when the decision asked it
 * already. Its answer depends on the clause and the hit alone, so asking
 * again only called the rule's `other` callback again (~8 k instructions)
 * for the same answer: the check's later passes (the span's widening, the
 * activity a measure starts with) ask about hits the decision looked at. */
static bool usable_memo(mctx *x, mlist *l, size_t i) {
  bool memo = !x->dry && l == x->memo_list;
  if (memo && x->memo[i]) return x->memo[i] == 2;
  bool u = usable(x, l, i);
  if (memo) x->memo[i] = u ? 2 : 1;
  return u;
}

/* clause.item's siblings: what restated() and the fallbacks read */
static const mitem *item_of(mctx *x) {
  mitem *it = &x->item;
  if (it->computed) return it;
  it->computed = true;
  size_t lo, hi;
  if (!jf_doc_item_range(x->doc, x->ci, &lo, &hi)) return it;
  it->present = true;
  it->lo = lo;
  it->hi = hi;
  return it;
}

/* Field f (IT_*) of clause.item (present), found on first read: from the
 * first of the item's other clauses whose analysis has it. */
static void item_find(mctx *x, unsigned f) {
  mitem *it = &x->item;
  if (it->known & f) return;
  it->known |= f;
  for (size_t k = it->lo; k < it->hi; k++) {
    const jf_analysis *a = jf_doc_in_item(x->doc, x->ci, k) ? jf_doc_analysis(x->doc, k) : NULL;
    if (!a) continue;
    if (f == IT_LINKED &&
        (a->link == JF_LINK_EXPLICIT || (x->doc->clauses[k].flags & JF_CLAUSE_SCORED))) {
      it->linked = true;
      return;
    }
    if (f == IT_TH && a->n_thresholds) {
      it->th = &a->thresholds[0];
      return;
    }
    if (f == IT_FR && a->n_frequencies) {
      it->fr = &a->frequencies[0];
      return;
    }
    if (f == IT_PEN && a->n_penalties) {
      it->pen = &a->penalties[0];
      return;
    }
  }
  /* none in the item: a penalty set for it from below (jf_doc_blanket) links it and is its own */
  if (f == IT_LINKED || f == IT_PEN) {
    long b = jf_doc_blanket(x->doc, x->ci);
    const jf_analysis *a = b >= 0 ? jf_doc_analysis(x->doc, (size_t)b) : NULL;
    if (a && f == IT_LINKED) it->linked = true;
    if (a && f == IT_PEN) it->pen = &a->penalties[0];
  }
}

/* (item.linked or doc.assessment) and (#item.penalties > 0 or
 * #item.thresholds > 0): the prelude's item_assessed */
static bool item_assessed(mctx *x) {
  const mitem *it = item_of(x);
  if (!it->present) return false;
  if (!x->doc->assessment) {
    item_find(x, IT_LINKED);
    if (!it->linked) return false;
  }
  item_find(x, IT_PEN);
  if (it->pen) return true;
  item_find(x, IT_TH);
  return it->th != NULL;
}

/* the prelude's restated(clause, field, h): an activity restated in a
 * scheme item's scoring or evidence refers back to the field naming it */
static bool restated(mctx *x, const mhit *h) {
  if (!x->field || field_is(x, "name") || field_is(x, "criterion")) return false;
  const mitem *it = item_of(x);
  if (!it->present || is_measure(x, h)) return false;
  for (size_t k = it->lo; k < it->hi; k++) {
    if (k == x->ci) continue;
    const jf_norm *n = &x->doc->clauses[k].norm;
    if (n->text && memmem(n->text, n->len, h->term, h->tlen)) return true;
  }
  return false;
}

/* jianfu.nearest over a list of analysis records (each starting with its
 * span): the first nearest at or after `from`, else the nearest before. */
static long nearest(const void *base, size_t n, size_t size, lua_Integer from) {
  long after = -1, before = -1;
  lua_Integer af = 0, bf = 0;
  for (size_t i = 0; i < n; i++) {
    const jf_span *s = (const jf_span *)(const void *)((const char *)base + i * size);
    lua_Integer f = (lua_Integer)s->start + 1;
    if (f >= from) {
      if (after < 0 || f < af) after = (long)i, af = f;
    } else if (before < 0 || f > bf) {
      before = (long)i, bf = f;
    }
  }
  return after >= 0 ? after : before;
}

/* jianfu.closest over the clause's frequencies */
static long closest(const mctx *x, lua_Integer from) {
  long best = -1;
  lua_Integer bd = 0;
  for (size_t i = 0; i < clause_an(x)->n_frequencies; i++) {
    jf_span s = clause_an(x)->frequencies[i].span;
    lua_Integer f = (lua_Integer)s.start + 1;
    lua_Integer to = s.end < x->len ? (lua_Integer)s.end : (lua_Integer)x->len;
    lua_Integer d = f >= from ? f - from : from - to;
    if (best < 0 || d < bd) best = (long)i, bd = d;
  }
  return best;
}

/* the prelude's hourly_at: an interval of hours or minutes (每2小时, 每隔30分钟)
 * whose number stands in the sentence holding `at`, or one with no number
 * (每小时, 每个小时, 每分钟) whose 每 does (the prelude's HOURLY_WORDS) */
static bool hourly_at(const mctx *x, lua_Integer at) {
  const jf_analysis *an = clause_an(x);
  lua_Integer a, b;
  jf_rs_sentence(x->t, x->len, at, &a, &b);
  static const char *const words[] = { "每小时", "每个小时", "每分钟" };
  if (a >= 1 && (size_t)a <= x->len) {
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
      const char *p = memmem(x->t + a - 1, x->len - (size_t)(a - 1), words[k], strlen(words[k]));
      if (p && (lua_Integer)(p - x->t) + 1 <= b) return true;
    }
  }
  if (!an->n_numbers) return false;
  for (size_t k = 0; k < an->n_numbers; k++) {
    const jf_number *n = &an->numbers[k];
    lua_Integer f = (lua_Integer)n->span.start + 1;
    if (f < a || f > b || (strcmp(n->unit, "小时") != 0 && strcmp(n->unit, "分钟") != 0)) continue;
    size_t st = n->span.start;
    if ((st >= 3 && memcmp(x->t + st - 3, "每", 3) == 0) ||
        (st >= 6 && memcmp(x->t + st - 6, "每隔", 6) == 0))
      return true;
  }
  return false;
}

/* the prelude's qualifies(clause, text, field, h, is_forced) */
static bool qualifies(mctx *x, mlist *l, size_t i, bool forced, mquals *q) {
  const jf_analysis *an = clause_an(x);
  const mhit *h = &l->v[i];
  q->th = nearest(an->thresholds, an->n_thresholds, sizeof *an->thresholds, h->from);
  size_t qi = jf_rs_quota(x->doc, x->ci, h->from, x->k->units);
  q->quota = qi == SIZE_MAX ? -1 : (long)qi;
  q->freq = closest(x, h->from);
  q->pen = nearest(an->penalties, an->n_penalties, sizeof *an->penalties, h->from);
  if (forced) return true;
  /* counts(clause, hit) is asked only where its answer can matter: in a
   * scheme's restating field, or where no threshold, quota or frequency
   * counts the occurrence already (and, for the test of an activity offered
   * as a means, no penalty either): the prelude's qualifies, step for step */
  bool measure = is_measure(x, h);
  bool rs = restated(x, h);
  /* an interval of hours or minutes recurs as a period does (每2小时在值班群
   *发送定位签到) */
  bool hourly = q->th < 0 && q->quota < 0 && q->freq < 0 && hourly_at(x, h->from);
  bool proof = false;
  if (x->counts && (rs || (q->th < 0 && q->quota < 0 &&
                           ((q->freq < 0 && !hourly) || (q->pen < 0 && !measure)))))
    proof = counts_says(x, l, i);
  h = &l->v[i];
  if (rs) return proof;
  if (!measure && q->th < 0 && q->quota < 0 && q->pen < 0 && !proof) {
    /* offered: 下载“个税”APP可在线办理 */
    lua_Integer s, e;
    jf_rs_segment(x->t, x->len, h->from, h->to, &s, &e);
    if (jf_rs_occurs(x->k->means, x->t, h->to + 1, e)) return false;
  }
  bool counted = q->th >= 0 || q->quota >= 0 || q->freq >= 0 || hourly || proof;
  /* an uncounted activity in a sentence that punishes a verified violation
   * is its setting (在网络投票中查实刷票的作品取消参评资格), the sanction the
   * violation's, unless its own segment ties it to assessment (投票情况纳入
   * 考核,查实刷票的取消资格); so is an uncounted measure in a sentence that
   * targets a cheat (阅读量评比中,对刷阅读量的单位取消评优资格) */
  if (!counted &&
      ((!measure &&
        jf_rs_violation(x->t, x->len, h->from, x->k->cond, x->k->coer, x->k->after_cond)) ||
       (may_cheat(x) && jf_rs_cheat_violation(x->t, x->len, h->from, &x->k->cheat)))) {
    lua_Integer s, e;
    jf_rs_segment(x->t, x->len, h->from, h->to, &s, &e);
    if (!jf_rs_occurs(x->k->firm, x->t, s, e)) return false;
    /* (a measure voided after the cheat, 刷学时的,“森防学堂”学时一律作废并通报
     * 批评: the sanction beside the void is the cheat's, not a link; the
     * prelude's VOIDED) */
    if (e > h->to) {
      static const char *voided[] = {"作废", "无效", "清零", "剔除", "不予认定", "不予计算", "不予计入",
                                     "不计入"};
      for (size_t k = 0; k < sizeof voided / sizeof *voided; k++)
        if (memmem(x->t + h->to, (size_t)(e - h->to), voided[k], strlen(voided[k]))) return false;
    }
  }
  bool assessed = an->link != JF_LINK_NONE;
  if (!measure && !counted && q->pen < 0) {
    /* an activity: a title or a scheme does not make it a criterion by itself */
    lua_Integer a, b;
    jf_rs_sentence(x->t, x->len, h->from, &a, &b);
    assessed = jf_rs_occurs(x->k->firm, x->t, a, b);
    if (!assessed) assessed = item_assessed(x);
  } else if (measure && !assessed && !counted) {
    /* a measure named in one cell of a table row, or one sentence of a list
     * item, and scored in another (| 职工“云课堂”月学习时长 | 不足6小时的扣
     * 0.2分 |): the item ties it to assessment as it does an activity */
    assessed = item_assessed(x);
  }
  if (x->requires == REQ_LINK) return assessed;
  if (x->requires == REQ_THRESHOLD) return counted;
  return assessed || counted;
}

/* a forced practice after a condition word is the condition of a sanction */
static bool conditioned(const mctx *x, const mhit *h) {
  lua_Integer a, b;
  jf_rs_sentence(x->t, x->len, h->from, &a, &b);
  if (h->from - a <= 0) return false;
  const char *st = x->t + a - 1;
  size_t sl = (size_t)(h->from - a);
  lua_Integer sa, sb;
  jf_rs_sentence(st, sl, 1, &sa, &sb);
  return jf_rs_occurs(x->k->cond, st, sa, sb);
}

/* An activity counted in its own comma segment (定位打卡两次, 月度打卡率…) is
 * a criterion by itself: its threshold or quota starts at or after it and
 * within its segment. The prelude's own_count. */
static bool own_count(const mctx *x, const mhit *h, const mquals *q) {
  lua_Integer s, e;
  jf_rs_segment(x->t, x->len, h->from, h->to, &s, &e);
  if (q->th >= 0) {
    lua_Integer f = (lua_Integer)clause_an(x)->thresholds[q->th].span.start + 1;
    if (f >= h->from && f <= e) return true;
  }
  if (q->quota >= 0) {
    lua_Integer f = (lua_Integer)clause_an(x)->numbers[q->quota].span.start + 1;
    if (f > h->to && f <= e) return true;
  }
  return false;
}

/* Room for n occurrences in a dry run's scratch `slot`; NULL (x->maybe)
 * when out of memory. */
static mhit *scratch(mctx *x, int slot, size_t n) {
  void **v = &x->rs->metric_scratch[slot].v;
  size_t *cap = &x->rs->metric_scratch[slot].cap;
  if (n > *cap) {
    size_t c = *cap ? *cap : 16;
    while (c < n) c *= 2;
    void *p = c <= SIZE_MAX / sizeof(mhit) ? realloc(*v, c * sizeof(mhit)) : NULL;
    if (!p) {
      x->maybe = true;
      return NULL;
    }
    *v = p;
    *cap = c;
  }
  return *v;
}

/* Fill l with the matches of tl in the text; their tables are made on need
 * in a cache pushed on the stack (a dry run makes none and keeps the
 * occurrences in its scratch `slot`). False when a dry run cannot go on. */
static bool find_list(mctx *x, const term_list *tl, mlist *l, bool tables, int slot) {
  lua_State *L = x->L;
  size_t n;
  bool kept = !x->dry && (x->scanned & (1u << slot));
  if (kept) { /* the dry run's scan, in its scratch: the same list (and charge) */
    n = x->rs->metric_dry.n[slot];
  } else if (!x->dry) {
    n = jf_rs_scan_sorted(L, tl, x->t, x->len);
  } else if (!jf_rs_try_scan_sorted(x->rs, tl, x->t, x->len, &n)) {
    x->maybe = true;
    return false;
  }
  if (!charge(x, 16 + x->len / 8 + (uint64_t)n * 8)) return false;
  l->n = n;
  l->own = true;
  l->tables = 0;
  if (x->dry) x->rs->metric_dry.n[slot] = n;
  if (!n) {
    if (x->dry) x->scanned |= 1u << slot;
    return true;
  }
  if (kept) {
    l->v = x->rs->metric_scratch[slot].v;
  } else if (x->dry) {
    if (!(l->v = scratch(x, slot, n))) return false;
    tables = false;
  } else {
    l->v = lua_newuserdatauv(L, n * sizeof *l->v, 0);
  }
  const jf_tl_hit *src = x->rs->tl_buf.v;
  for (size_t i = 0; !kept && i < n; i++)
    l->v[i] = (mhit){tl->ptr[src[i].id], tl->len[src[i].id], (lua_Integer)src[i].from + 1,
                     (lua_Integer)src[i].to};
  if (x->dry) x->scanned |= 1u << slot;
  if (tables) {
    lua_createtable(L, (int)(n < 64 ? n : 64), 0);
    l->tables = lua_gettop(L);
  }
  return true;
}

/* Read clause.hits (at stack index idx) into l when it is a plain list of
 * plain hit tables inside the text; false otherwise. */
static bool view_hits(mctx *x, int idx, mlist *l) {
  lua_State *L = x->L;
  if (lua_type(L, idx) != LUA_TTABLE || lua_getmetatable(L, idx)) return false;
  size_t n = 0;
  while (lua_rawgeti(L, idx, (lua_Integer)n + 1) != LUA_TNIL) {
    lua_pop(L, 1);
    n++;
  }
  lua_pop(L, 1);
  l->n = n;
  l->own = false;
  l->tables = idx;
  if (!n) return true;
  l->v = lua_newuserdatauv(L, n * sizeof *l->v, 0);
  int top = lua_gettop(L);
  bool ok = true;
  for (size_t i = 0; ok && i < n; i++) {
    lua_rawgeti(L, idx, (lua_Integer)i + 1);
    if (lua_type(L, -1) != LUA_TTABLE || lua_getmetatable(L, -1)) {
      ok = false;
      break;
    }
    mhit *h = &l->v[i];
    ok = lua_getfield(L, -1, "term") == LUA_TSTRING && lua_getfield(L, -2, "from") == LUA_TNUMBER &&
         lua_isinteger(L, -1) && lua_getfield(L, -3, "to") == LUA_TNUMBER && lua_isinteger(L, -1);
    if (ok) {
      h->term = lua_tolstring(L, -3, &h->tlen);
      h->from = lua_tointeger(L, -2);
      h->to = lua_tointeger(L, -1);
      ok = h->tlen > 0 && h->from >= 1 && h->to >= h->from && (size_t)h->to <= x->len;
    }
    lua_settop(L, top);
  }
  if (!ok) return false;
  /* the terms copied: a callback may drop a hit's term string */
  size_t bytes = 0;
  for (size_t i = 0; i < n; i++)
    bytes += l->v[i].tlen;
  char *copy = lua_newuserdatauv(L, bytes, 0);
  for (size_t i = 0; i < n; i++) {
    memcpy(copy, l->v[i].term, l->v[i].tlen);
    l->v[i].term = copy;
    copy += l->v[i].tlen;
  }
  jf_rs_charge(L, 8 + (uint64_t)n * 16 + bytes / 8);
  return true;
}

/* clause.hits (at stack index idx) read as view_hits reads it, from the
 * engine's hits push_hits made it of: when the check is the call's own
 * function and this the list push_hits just made, no Lua has run that
 * could have changed it or its tables (rs->fresh_hits). The terms are the
 * rule's own strings. False when it is not that list, or view_hits would
 * refuse the hits or cannot be spared its work (then it reads them). */
static bool engine_list(mctx *x, const jf_hit *hv, size_t n, int idx, mlist *l);

static bool fresh_hits(mctx *x, int idx, mlist *l) {
  jf_ruleset *rs = x->rs;
  if (lua_topointer(x->L, idx) != rs->fresh_hits.list) return false;
  return engine_list(x, rs->fresh_hits.v, rs->fresh_hits.n, idx, l);
}

/* The engine's hits hv[0, n) as view_hits reads clause.hits made of them
 * (by push_hits, now or later: need_view), their tables at idx. */
static bool engine_list(mctx *x, const jf_hit *hv, size_t n, int idx, mlist *l) {
  const jf_rule *r = x->rs->cur.rule;
  l->n = n;
  l->own = false;
  l->tables = idx;
  if (!n) return true;
  bool maybe = x->maybe;
  l->v = scratch(x, 3, n);
  x->maybe = maybe; /* out of memory here is no answer of the decision */
  if (!l->v) return false;
  size_t bytes = 0;
  for (size_t i = 0; i < n; i++) {
    const jf_hit *g = &hv[i];
    if (g->trig >= r->info.n_triggers || !r->trig_len[g->trig] || g->from >= g->to ||
        g->to > x->len)
      return false;
    l->v[i] = (mhit){r->trig[g->trig], r->trig_len[g->trig], (lua_Integer)g->from + 1,
                     (lua_Integer)g->to};
    bytes += l->v[i].tlen;
  }
  jf_rs_charge(x->L, 8 + (uint64_t)n * 16 + bytes / 8); /* what view_hits charges */
  return true;
}

/* scheme_field(clause): the last part of a scheme item's locator */
static void scheme_field(mctx *x) {
  const char *loc = x->c->locator;
  x->field = NULL;
  if (!(x->c->flags & JF_CLAUSE_SCHEME_ITEM) || !loc) return;
  /* string.match(locator, "%.([%w_]+)$") */
  const char *dot = strrchr(loc, '.');
  if (!dot || !dot[1]) return;
  for (const char *p = dot + 1; *p; p++)
    if (!(*p == '_' || (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
          (*p >= 'A' && *p <= 'Z')))
      return;
  x->field = dot + 1;
  x->field_len = strlen(dot + 1);
}

/* the table on top, name k = v as the views push numbers */
static void set_value(lua_State *L, int nm, int k, double v) {
  name(L, nm, k);
  jf_rs_push_value(L, v);
  lua_rawset(L, -3);
}

/* the table on top, name k = the string s (n bytes; n SIZE_MAX: to its NUL) */
static void set_str(lua_State *L, int nm, int k, const char *s, size_t n) {
  name(L, nm, k);
  if (n == SIZE_MAX)
    lua_pushstring(L, s);
  else
    lua_pushlstring(L, s, n);
  lua_rawset(L, -3);
}

/* What the finding's evidence holds (the prelude's ev), gathered once for
 * the evidence table and the default message. */
typedef struct mev {
  const char *term;
  size_t tlen;
  bool has_platform, forced;
  size_t name, name_len; /* the platform's name in the text */
  const jf_threshold *th;
  const jf_number *quota; /* only without a threshold */
  const jf_frequency *fr;
  const jf_penalty *pen;
  const char *link; /* the link word (link_len bytes) or kind, NULL for none */
  size_t link_len;
} mev;

/* Push the message upvalue muv for evidence ev: itself, or when it is a
 * table by metric (the prelude's private copy) the entry of ev's metric,
 * else its [1] (nil: the default message). Returns its stack index. */
static int push_message_of(lua_State *L, int muv, const mev *ev) {
  lua_pushvalue(L, lua_upvalueindex(muv));
  if (lua_type(L, -1) == LUA_TTABLE) {
    lua_pushlstring(L, ev->term, ev->tlen);
    if (lua_rawget(L, -2) == LUA_TNIL) {
      lua_pop(L, 1);
      lua_rawgeti(L, -1, 1);
    }
    lua_remove(L, -2);
  }
  return lua_gettop(L);
}

static void gather_evidence(mctx *x, const char *term, size_t tlen, lua_Integer hfrom,
                            lua_Integer hto, bool forced, const mquals *q, mev *ev) {
  const jf_analysis *an = clause_an(x);
  const mitem *it = item_of(x);
  if (!it->present) it = NULL;
  memset(ev, 0, sizeof *ev);
  ev->term = term;
  ev->tlen = tlen;
  ev->forced = forced;
  ev->has_platform = jf_rs_platform(x->t, x->len, hfrom, hto, x->k->suffix, x->k->not_platform,
                                    &ev->name, &ev->name_len);
  ev->th = q->th >= 0 ? &an->thresholds[q->th] : NULL;
  if (it && !ev->th && q->quota < 0 && (item_find(x, IT_TH), it->th)) ev->th = it->th;
  if (q->quota >= 0 && !ev->th) ev->quota = &an->numbers[q->quota];
  ev->fr = q->freq >= 0 ? &an->frequencies[q->freq] : NULL;
  if (it && !ev->fr && (item_find(x, IT_FR), it->fr)) ev->fr = it->fr;
  ev->pen = q->pen >= 0 ? &an->penalties[q->pen] : NULL;
  if (!ev->pen && it && (item_find(x, IT_PEN), it->pen)) ev->pen = it->pen;
  if (an->link == JF_LINK_EXPLICIT && an->link_span.end > an->link_span.start) {
    /* clause.link.word: the wording as the view slices it */
    jf_span w = jf_link_wording(x->t, x->len, an->link_span);
    uint32_t a = w.start < x->len ? w.start : (uint32_t)x->len;
    uint32_t b = w.end < x->len ? w.end : (uint32_t)x->len;
    ev->link = x->t + a;
    ev->link_len = b > a ? b - a : 0;
  } else if (an->link == JF_LINK_EXPLICIT || an->link == JF_LINK_SCHEME ||
             an->link == JF_LINK_DOCUMENT) {
    ev->link = an->link == JF_LINK_EXPLICIT ? "explicit"
               : an->link == JF_LINK_SCHEME ? "scheme"
                                            : "document";
    ev->link_len = strlen(ev->link);
  }
}

/* The evidence table (the prelude's ev). */
/* The number of fields push_evidence sets. */
static int ev_fields(const mev *ev) {
  return 1 + ev->has_platform + ev->forced + (ev->th != NULL) + (ev->quota != NULL) +
         (ev->fr != NULL) + (ev->link != NULL) + (ev->pen ? 1 + (ev->pen->points > 0) : 0);
}

static void push_evidence(lua_State *L, const mctx *x, const mev *ev) {
  int nm = push_names(L);
  /* Room for all nine fields at once, as the prelude's constructor makes it
   * (grown a field at a time it was rehashed up to four times); the same
   * size and order of insertion give the same pairs() order as Lua's. */
  lua_createtable(L, 0, 9);
  set_str(L, nm, N_METRIC, ev->term, ev->tlen);
  if (ev->has_platform) set_str(L, nm, N_PLATFORM, x->t + ev->name, ev->name_len);
  if (ev->forced) {
    name(L, nm, N_FORCED);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
  }
  if (ev->th) {
    name(L, nm, N_THRESHOLD);
    lua_createtable(L, 0, 3);
    set_str(L, nm, N_OP, jf_op_str(ev->th->op), SIZE_MAX);
    set_value(L, nm, N_VALUE, ev->th->value);
    set_str(L, nm, N_UNIT, ev->th->unit, SIZE_MAX);
    lua_rawset(L, -3);
  }
  if (ev->quota) {
    name(L, nm, N_QUOTA);
    lua_createtable(L, 0, 2);
    set_value(L, nm, N_VALUE, ev->quota->value);
    set_str(L, nm, N_UNIT, ev->quota->unit, SIZE_MAX);
    lua_rawset(L, -3);
  }
  if (ev->fr) set_str(L, nm, N_FREQUENCY, ev->fr->period, SIZE_MAX);
  if (ev->pen) {
    set_str(L, nm, N_PENALTY, ev->pen->kind, SIZE_MAX);
    if (ev->pen->points > 0) set_value(L, nm, N_PENALTY_POINTS, ev->pen->points);
  }
  if (ev->link) set_str(L, nm, N_LINK, ev->link, ev->link_len);
  lua_remove(L, nm);
}

/* The evidence table's JSON (what push_evidence's table gives through
 * jf_rs_evidence) written straight from ev into rs->ev, keys in sorted
 * order: a finding whose table no callback sees needs no table. */
static bool write_evidence(jf_ev_buf *b, const mctx *x, const mev *ev) {
  jf_ev_start(b);
  if (ev->forced) {
    jf_ev_key(b, "forced");
    jf_ev_true(b);
  }
  if (ev->fr) {
    jf_ev_key(b, "frequency");
    jf_ev_str(b, ev->fr->period, strlen(ev->fr->period));
  }
  if (ev->link) {
    jf_ev_key(b, "link");
    jf_ev_str(b, ev->link, ev->link_len);
  }
  jf_ev_key(b, "metric");
  jf_ev_str(b, ev->term, ev->tlen);
  if (ev->pen) {
    jf_ev_key(b, "penalty");
    jf_ev_str(b, ev->pen->kind, strlen(ev->pen->kind));
  }
  if (ev->pen && ev->pen->points > 0) {
    jf_ev_key(b, "penalty_points");
    jf_ev_number(b, ev->pen->points);
  }
  if (ev->has_platform) {
    jf_ev_key(b, "platform");
    jf_ev_str(b, x->t + ev->name, ev->name_len);
  }
  if (ev->quota) {
    jf_ev_key(b, "quota");
    jf_ev_open(b);
    jf_ev_key(b, "unit");
    jf_ev_str(b, ev->quota->unit, strlen(ev->quota->unit));
    jf_ev_key(b, "value");
    jf_ev_number(b, ev->quota->value);
    jf_ev_close(b);
  }
  if (ev->th) {
    const char *op = jf_op_str(ev->th->op);
    jf_ev_key(b, "threshold");
    jf_ev_open(b);
    if (op) {
      jf_ev_key(b, "op");
      jf_ev_str(b, op, strlen(op));
    }
    jf_ev_key(b, "unit");
    jf_ev_str(b, ev->th->unit, strlen(ev->th->unit));
    jf_ev_key(b, "value");
    jf_ev_number(b, ev->th->value);
    jf_ev_close(b);
  }
  return jf_ev_finish(b);
}

/* Is the value at idx a table without a metatable? */
static bool plain_table(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  if (!lua_getmetatable(L, idx)) return true;
  lua_pop(L, 1);
  return false;
}

/* --- is the evidence table still what push_evidence made? ----------------------
 * A message function or template gets the table and may change it; the
 * finding reports it as it is then. Mostly it is unchanged, and then its
 * JSON is written from ev (write_evidence) instead of read back from the
 * table (jf_rs_evidence), which cost three times this check. */

/* the value on top of the stack: a string of these bytes? */
static bool top_is_str(lua_State *L, const char *s, size_t n) {
  size_t m;
  const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &m) : NULL;
  return v && m == n && memcmp(v, s, n) == 0;
}

/* the value on top: a number jf_rs_evidence writes as it writes the view's
 * push of v? (equal values: an integer and an integral float are both
 * written as the integer) */
static bool top_is_num(lua_State *L, double v) {
  if (lua_type(L, -1) != LUA_TNUMBER) return false;
  if (lua_isinteger(L, -1)) {
    lua_Integer i = lua_tointeger(L, -1);
    return i > -9007199254740992 && i < 9007199254740992 && (double)i == v;
  }
  return (double)lua_tonumber(L, -1) == v;
}

static bool top_is_cstr(lua_State *L, const char *s) { return top_is_str(L, s, strlen(s)); }

/* The name (N_*) a key of kl bytes is among the evidence tables' fields,
 * or 0: by length, then one compare, where a chain of strcmp was most of
 * the check below. */
static int field_name(const char *k, size_t kl) {
  int n;
  switch (kl) {
  case 2: n = N_OP; break;
  case 4: n = k[0] == 'l' ? N_LINK : N_UNIT; break;
  case 5: n = k[0] == 'q' ? N_QUOTA : N_VALUE; break;
  case 6: n = k[0] == 'm' ? N_METRIC : N_FORCED; break;
  case 7: n = N_PENALTY; break;
  case 8: n = N_PLATFORM; break;
  case 9: n = k[0] == 't' ? N_THRESHOLD : N_FREQUENCY; break;
  case 14: n = N_PENALTY_POINTS; break;
  default: return 0;
  }
  return memcmp(k, names[n], kl) == 0 ? n : 0;
}

/* The plain table at idx with exactly n string keys, each accepted by
 * field(L, name, arg) with its value on top of the stack (name: field_name
 * of the key). */
static bool exact_table(lua_State *L, int idx, int n, bool (*field)(lua_State *, int, const void *),
                        const void *arg) {
  if (!plain_table(L, idx) || !lua_checkstack(L, 4)) return false;
  idx = lua_absindex(L, idx);
  int seen = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    size_t kl = 0;
    const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &kl) : NULL;
    int f = k ? field_name(k, kl) : 0;
    bool ok = f && ++seen <= n && field(L, f, arg);
    lua_pop(L, 1);
    if (!ok) {
      lua_pop(L, 1);
      return false;
    }
  }
  return seen == n;
}

static bool threshold_field(lua_State *L, int f, const void *arg) {
  const jf_threshold *th = arg;
  switch (f) {
  case N_OP: return top_is_cstr(L, jf_op_str(th->op));
  case N_VALUE: return top_is_num(L, th->value);
  case N_UNIT: return top_is_cstr(L, th->unit);
  default: return false;
  }
}

static bool quota_field(lua_State *L, int f, const void *arg) {
  const jf_number *q = arg;
  switch (f) {
  case N_VALUE: return top_is_num(L, q->value);
  case N_UNIT: return top_is_cstr(L, q->unit);
  default: return false;
  }
}

typedef struct ev_ref {
  const mctx *x;
  const mev *ev;
} ev_ref;

static bool ev_field(lua_State *L, int f, const void *arg) {
  const mctx *x = ((const ev_ref *)arg)->x;
  const mev *ev = ((const ev_ref *)arg)->ev;
  switch (f) {
  case N_METRIC: return top_is_str(L, ev->term, ev->tlen);
  case N_PLATFORM: return ev->has_platform && top_is_str(L, x->t + ev->name, ev->name_len);
  case N_FORCED: return ev->forced && lua_type(L, -1) == LUA_TBOOLEAN && lua_toboolean(L, -1);
  case N_THRESHOLD: return ev->th && exact_table(L, -1, 3, threshold_field, ev->th);
  case N_QUOTA: return ev->quota && exact_table(L, -1, 2, quota_field, ev->quota);
  case N_FREQUENCY: return ev->fr && top_is_cstr(L, ev->fr->period);
  case N_PENALTY: return ev->pen && top_is_cstr(L, ev->pen->kind);
  case N_PENALTY_POINTS: return ev->pen && ev->pen->points > 0 && top_is_num(L, ev->pen->points);
  case N_LINK: return ev->link && top_is_str(L, ev->link, ev->link_len);
  default: return false;
  }
}

/* Does the table at idx hold exactly what push_evidence put in it for ev
 * (values equal, no metatable, nothing added or removed)? */
static bool ev_unchanged(lua_State *L, int idx, const mctx *x, const mev *ev) {
  ev_ref ref = {x, ev};
  return exact_table(L, idx, ev_fields(ev), ev_field, &ref);
}

/* --- the prelude's default_message(ev), details(ev) and metric_text(ev), in C --
 * The Lua functions' strings built from the same values: default_message's
 * cost was a tenth of a metric check, and the rules' own message functions
 * (jianfu.metric_text(ev) .. jianfu.details(ev)) cost as much again as the
 * rest of their finding. test_metric.c and test_rules.c compare the two. */

/* luaL_addstring of a string literal, without its strlen */
#define ADD_LIT(b, lit) luaL_addlstring(b, "" lit, sizeof lit - 1)

/* the prelude's OP_TEXT, PERIOD_TEXT and PENALTY_TEXT; a key not listed
 * reads as itself */
static const char *const op_text[][2] = {
    {">=", "≥"}, {">", ">"}, {"<=", "≤"}, {"<", "<"}, {"==", "="}};
static const char *const period_text[][2] = {{"day", "每天"},
                                             {"week", "每周"},
                                             {"month", "每月"},
                                             {"quarter", "每季度"},
                                             {"year", "每年"}};
static const char *const penalty_text[][2] = {
    {"deduct", "未达标扣分"}, {"no-score", "未达标不得分"}, {"disqualify", "与评优资格挂钩"},
    {"notify", "通报"},       {"interview", "约谈"},         {"pay", "与奖金挂钩"},
    {"veto", "一票否决"},     {"accountability", "问责"}};
#define ADD_TEXT_OF(b, table, key, len) add_text_of(b, table, sizeof table / sizeof *table, key, len)

/* table[key] or key (key[0, len) may hold any bytes, as a Lua string) */
static void add_text_of(luaL_Buffer *b, const char *const (*table)[2], size_t n, const char *key,
                        size_t len) {
  for (size_t i = 0; i < n; i++)
    if (strlen(table[i][0]) == len && memcmp(table[i][0], key, len) == 0) {
      luaL_addstring(b, table[i][1]);
      return;
    }
  luaL_addlstring(b, key, len);
}

/* A Lua number as the prelude's num(v) prints it: a float that is integral
 * (|v| < 2^53) as an integer, anything else as tostring(v) does. */
typedef struct mnum {
  bool isint;
  lua_Integer i;
  double d;
} mnum;

/* a value as the view pushes it (jf_rs_push_value): an integer when integral */
static mnum view_num(double v) {
  if (v > -9007199254740992.0 && v < 9007199254740992.0 && v == (double)(lua_Integer)v)
    return (mnum){true, (lua_Integer)v, 0};
  return (mnum){false, 0, v};
}

/* an integer in decimal, as LUA_INTEGER_FMT ("%lld") prints it (snprintf
 * was most of the cost of a message) */
static void add_int(luaL_Buffer *b, lua_Integer v) {
  char d[JF_INT_DIGITS];
  size_t i = jf_int_digits(d, v);
  luaL_addlstring(b, d + i, sizeof d - i);
}

static void add_num(luaL_Buffer *b, mnum v) {
  if (v.isint) return add_int(b, v.i);
  if (v.d > -9007199254740992.0 && v.d < 9007199254740992.0 && v.d == (double)(lua_Integer)v.d)
    return add_int(b, (lua_Integer)v.d);
  char buf[64];
  snprintf(buf, sizeof buf - 2, LUA_NUMBER_FMT, (LUAI_UACNUMBER)v.d);
  if (buf[strspn(buf, "-0123456789")] == 0) strcat(buf, ".0");
  luaL_addstring(b, buf);
}

/* What M.details(ev) reads, from either the C check's evidence or an ev
 * table; a string is NULL when the field is absent (nil or false). */
typedef struct mdet {
  const char *op, *th_unit; /* op non-NULL: a threshold (its unit may be absent) */
  size_t op_len, th_unit_len;
  mnum th_value;
  const char *q_unit; /* non-NULL: a quota (only without a threshold) */
  size_t q_unit_len;
  mnum q_value;
  const char *period, *pen, *link;
  size_t period_len, pen_len, link_len;
  bool has_points; /* penalty_points, read only when the penalty is "deduct" */
  mnum points;
} mdet;

/* The parts both details texts write alike: "要求 ≥80%" and "每月统计". */
static void add_threshold(luaL_Buffer *b, const char *op, size_t op_len, mnum v,
                          const char *unit, size_t unit_len) {
  ADD_LIT(b, "要求 ");
  ADD_TEXT_OF(b, op_text, op, op_len);
  add_num(b, v);
  if (unit) luaL_addlstring(b, unit, unit_len);
}

static void add_period(luaL_Buffer *b, const char *period, size_t len) {
  ADD_TEXT_OF(b, period_text, period, len);
  ADD_LIT(b, "统计");
}

static bool same_str(const char *s, size_t n, const char *lit) {
  return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* How a finding with nothing else to show is linked: an item of a YAML
 * scheme, a clause of a document titled as an assessment plan, or a link
 * word (纳入考核) — never the bare "scheme" or "document" of the evidence. */
static void add_link(luaL_Buffer *b, const char *link, size_t len) {
  if (same_str(link, len, "scheme")) {
    ADD_LIT(b, "考核方案计分项");
  } else if (same_str(link, len, "document")) {
    ADD_LIT(b, "考核文件计分项");
  } else {
    ADD_LIT(b, "与“");
    luaL_addlstring(b, link, len);
    ADD_LIT(b, "”挂钩");
  }
}

/* M.details(ev): "（要求 ≥80%；每月统计；未达标扣2分）", or "" */
static void add_details(luaL_Buffer *b, const mdet *d) {
  int parts = 0;
#define PART() luaL_addlstring(b, parts++ ? "；" : "（", 3) /* both 3 bytes */
  if (d->op) {
    PART();
    add_threshold(b, d->op, d->op_len, d->th_value, d->th_unit, d->th_unit_len);
  } else if (d->q_unit) {
    PART();
    ADD_LIT(b, "要求 ");
    add_num(b, d->q_value);
    luaL_addlstring(b, d->q_unit, d->q_unit_len);
  }
  if (d->period) {
    PART();
    add_period(b, d->period, d->period_len);
  }
  bool deduct = d->pen && d->pen_len == 6 && memcmp(d->pen, "deduct", 6) == 0;
  if (deduct && d->has_points) {
    PART();
    ADD_LIT(b, "未达标扣");
    add_num(b, d->points);
    ADD_LIT(b, "分");
  } else if (d->pen) {
    PART();
    ADD_TEXT_OF(b, penalty_text, d->pen, d->pen_len);
  }
  if (!parts && d->link) {
    PART();
    add_link(b, d->link, d->link_len);
  }
#undef PART
  if (parts) ADD_LIT(b, "）");
}

/* M.metric_text(ev): “赣政通”的“活跃率”, or “活跃率” */
static void add_metric_text(luaL_Buffer *b, const char *metric, size_t mlen, const char *platform,
                            size_t plen) {
  if (platform) {
    ADD_LIT(b, "“");
    luaL_addlstring(b, platform, plen);
    ADD_LIT(b, "”的");
  }
  ADD_LIT(b, "“");
  luaL_addlstring(b, metric, mlen);
  ADD_LIT(b, "”");
}

/* the details of the C check's evidence, as its ev table shows them */
static void mev_details(const mev *ev, mdet *d) {
  memset(d, 0, sizeof *d);
  if (ev->th) {
    d->op = jf_op_str(ev->th->op);
    d->op_len = strlen(d->op);
    d->th_value = view_num(ev->th->value);
    d->th_unit = ev->th->unit;
    d->th_unit_len = strlen(d->th_unit);
  } else if (ev->quota) {
    d->q_unit = ev->quota->unit;
    d->q_unit_len = strlen(d->q_unit);
    d->q_value = view_num(ev->quota->value);
  }
  if (ev->fr) {
    d->period = ev->fr->period;
    d->period_len = strlen(d->period);
  }
  if (ev->pen) {
    d->pen = ev->pen->kind;
    d->pen_len = strlen(d->pen);
    d->has_points = ev->pen->points > 0;
    d->points = view_num(ev->pen->points);
  }
  d->link = ev->link;
  d->link_len = ev->link_len;
}

/* default_message(ev): "以" .. M.metric_text(ev) .. "作为考核指标" .. M.details(ev) */
static void push_default_message(lua_State *L, const mctx *x, const mev *ev) {
  luaL_Buffer b;
  mdet d;
  mev_details(ev, &d);
  luaL_buffinit(L, &b);
  ADD_LIT(&b, "以");
  add_metric_text(&b, ev->term, ev->tlen, ev->has_platform ? x->t + ev->name : NULL,
                  ev->name_len);
  ADD_LIT(&b, "作为考核指标");
  add_details(&b, &d);
  luaL_pushresult(&b);
}

/* Is c one of Lua's %w or '_' (the C locale's, which the sandbox keeps)? */
static bool word_char(char c) {
  return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* M.format(template, ev) of the C check's evidence, pushed: each {key}
 * (string.gsub's "{([%w_]+)}") replaced as M.format replaces it from the ev
 * table. False (nothing pushed) when a key would print a table (a quota:
 * tostring gives its address), which only the Lua version can. */
static bool push_format_message(lua_State *L, const mctx *x, const mev *ev, const char *tp,
                                size_t n) {
  luaL_Buffer b;
  mdet d;
  mev_details(ev, &d);
  luaL_buffinit(L, &b);
  for (size_t i = 0; i < n;) {
    size_t k = i + 1;
    while (tp[i] == '{' && k < n && word_char(tp[k])) k++;
    if (tp[i] != '{' || k == i + 1 || k >= n || tp[k] != '}') {
      luaL_addchar(&b, tp[i++]);
      continue;
    }
    const char *key = tp + i + 1;
    size_t kl = k - i - 1;
    i = k + 1;
#define KEY(lit) (kl == sizeof lit - 1 && memcmp(key, lit, kl) == 0)
    if (KEY("metric")) {
      luaL_addlstring(&b, ev->term, ev->tlen);
    } else if (KEY("platform")) {
      if (ev->has_platform) luaL_addlstring(&b, x->t + ev->name, ev->name_len);
    } else if (KEY("forced")) {
      if (ev->forced) ADD_LIT(&b, "true");
    } else if (KEY("threshold")) {
      if (d.op) {
        ADD_TEXT_OF(&b, op_text, d.op, d.op_len);
        add_num(&b, d.th_value);
        luaL_addlstring(&b, d.th_unit, d.th_unit_len);
      }
    } else if (KEY("quota")) {
      if (ev->quota) {
        luaL_pushresult(&b);
        lua_pop(L, 1);
        return false;
      }
    } else if (KEY("frequency")) {
      if (d.period) ADD_TEXT_OF(&b, period_text, d.period, d.period_len);
    } else if (KEY("penalty")) {
      if (d.pen) ADD_TEXT_OF(&b, penalty_text, d.pen, d.pen_len);
    } else if (KEY("penalty_points")) {
      if (d.pen && d.has_points) add_num(&b, d.points);
    } else if (KEY("link")) {
      if (d.link) luaL_addlstring(&b, d.link, d.link_len);
    } else if (KEY("details")) {
      add_details(&b, &d);
    } else if (KEY("metric_text")) {
      add_metric_text(&b, ev->term, ev->tlen, ev->has_platform ? x->t + ev->name : NULL,
                      ev->name_len);
    } /* any other key is no field of ev: "" */
#undef KEY
  }
  luaL_pushresult(&b);
  return true;
}

/* --- jianfu.details(ev) and jianfu.metric_text(ev) -----------------------------
 * C closures around the Lua versions (upvalue 1), which they call for
 * anything but the plain tables and values metric_check's evidence holds:
 * then no metamethod can run and no error can be raised, so reading the
 * fields raw and in any order gives what the Lua version gives. */

/* Field k of the plain table at idx (absolute), pushed: its type, LUA_TNIL
 * for false. */
static int plain_field(lua_State *L, int nm, int idx, int k) {
  int t = get_raw(L, nm, idx, k);
  return t == LUA_TBOOLEAN && !lua_toboolean(L, -1) ? LUA_TNIL : t;
}

/* Field k of the plain table at idx as a string: false when it is neither
 * absent (*s NULL) nor a string. The value stays on the stack. */
static bool opt_str(lua_State *L, int nm, int idx, int k, const char **s, size_t *n) {
  int t = plain_field(L, nm, idx, k);
  *s = t == LUA_TSTRING ? lua_tolstring(L, -1, n) : NULL;
  return t == LUA_TNIL || t == LUA_TSTRING;
}

/* the number on top of the stack */
static mnum top_num(lua_State *L) {
  bool isint = lua_isinteger(L, -1);
  return (mnum){isint, isint ? lua_tointeger(L, -1) : 0, isint ? 0 : (double)lua_tonumber(L, -1)};
}

/* Field k of the plain table at idx as a number: false when it is not one. */
static bool get_num(lua_State *L, int nm, int idx, int k, mnum *v) {
  if (get_raw(L, nm, idx, k) != LUA_TNUMBER) return false;
  *v = top_num(L);
  return true;
}

/* Read the ev table at 1 as M.details reads it; false when the Lua version
 * must decide (a metatable, an unexpected type: maybe an error). */
static bool read_details(lua_State *L, mdet *d) {
  memset(d, 0, sizeof *d);
  if (!plain_table(L, 1)) return false;
  int nm = push_names(L);
  int t = plain_field(L, nm, 1, N_THRESHOLD);
  if (t != LUA_TNIL) {
    int th = lua_gettop(L);
    if (!plain_table(L, th) || plain_field(L, nm, th, N_OP) != LUA_TSTRING) return false;
    d->op = lua_tolstring(L, -1, &d->op_len);
    if (!get_num(L, nm, th, N_VALUE, &d->th_value)) return false;
    if (!opt_str(L, nm, th, N_UNIT, &d->th_unit, &d->th_unit_len)) return false;
  } else if (plain_field(L, nm, 1, N_QUOTA) != LUA_TNIL) {
    int q = lua_gettop(L);
    if (!plain_table(L, q) || !get_num(L, nm, q, N_VALUE, &d->q_value)) return false;
    if (get_raw(L, nm, q, N_UNIT) != LUA_TSTRING) return false;
    d->q_unit = lua_tolstring(L, -1, &d->q_unit_len);
  }
  if (!opt_str(L, nm, 1, N_FREQUENCY, &d->period, &d->period_len)) return false;
  if (!opt_str(L, nm, 1, N_PENALTY, &d->pen, &d->pen_len)) return false;
  if (d->pen && d->pen_len == 6 && memcmp(d->pen, "deduct", 6) == 0) {
    t = plain_field(L, nm, 1, N_PENALTY_POINTS);
    if (t != LUA_TNIL && t != LUA_TNUMBER) return false;
    d->has_points = t == LUA_TNUMBER;
    if (d->has_points) d->points = top_num(L);
  }
  if (!d->op && !d->q_unit && !d->period && !d->pen &&
      !opt_str(L, nm, 1, N_LINK, &d->link, &d->link_len))
    return false;
  return true;
}

static int fallback_lua(lua_State *L) {
  lua_settop(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* jianfu.details(ev) */
static int l_details(lua_State *L) {
  lua_settop(L, 1);
  mdet d;
  if (!read_details(L, &d)) return fallback_lua(L);
  jf_rs_charge(L, 64);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  add_details(&b, &d);
  luaL_pushresult(&b);
  return 1;
}

/* jianfu.metric_text(ev) */
static int l_metric_text(lua_State *L) {
  lua_settop(L, 1);
  const char *m, *p;
  size_t ml, pl;
  if (!plain_table(L, 1)) return fallback_lua(L);
  int nm = push_names(L);
  if (plain_field(L, nm, 1, N_METRIC) != LUA_TSTRING) return fallback_lua(L);
  m = lua_tolstring(L, -1, &ml);
  if (!opt_str(L, nm, 1, N_PLATFORM, &p, &pl)) return fallback_lua(L);
  jf_rs_charge(L, 16);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  add_metric_text(&b, m, ml, p, pl);
  luaL_pushresult(&b);
  return 1;
}

/* --- jianfu.evidence(clause, at) ---------------------------------------------------
 * The Lua version reads clause.thresholds, frequencies, penalties, item and
 * link, building those fields of the view when nothing else had, and walks
 * them with jianfu.nearest: 17k instructions a finding of five rules. On the
 * live view this reads the clause's analysis itself and makes the same
 * table (the same fields set in the same order, so even pairs() sees no
 * difference); anything else goes to the Lua version. */

/* clause.item's first threshold, frequency and penalty, each only when
 * want_* asks for it (the clause has none of its own): the clause of the
 * item holding each (-1 for none); the entry is that clause's first. The
 * item's other clauses are analysed only as far as that needs: most
 * clauses that report evidence hold all three themselves. */
static void item_firsts(const jf_doc *doc, size_t ci, bool want_th, bool want_fr, bool want_pen,
                        long *th, long *fr, long *pen) {
  size_t lo, hi;
  *th = *fr = *pen = -1;
  if (!(want_th || want_fr || want_pen) || !jf_doc_item_range(doc, ci, &lo, &hi)) return;
  for (size_t k = lo; k < hi && (want_th || want_fr || want_pen); k++) {
    const jf_analysis *a = jf_doc_in_item(doc, ci, k) ? jf_doc_analysis(doc, k) : NULL;
    if (!a) continue;
    if (want_th && a->n_thresholds) *th = (long)k, want_th = false;
    if (want_fr && a->n_frequencies) *fr = (long)k, want_fr = false;
    if (want_pen && a->n_penalties) *pen = (long)k, want_pen = false;
  }
  if (want_pen) *pen = jf_doc_blanket(doc, ci); /* (its first penalty, as an item clause's) */
}

/* n->text[s.start, s.end) clipped to the text, as the view slices it */
static void push_slice(lua_State *L, const jf_norm *n, jf_span s) {
  uint32_t a = s.start < n->len ? s.start : (uint32_t)n->len;
  uint32_t b = s.end < n->len ? s.end : (uint32_t)n->len;
  lua_pushlstring(L, n->text ? n->text + a : "", b > a ? b - a : 0);
}

/* Does the per-call part of the view at 1 hold any of the fields the Lua
 * version reads (then those are what it reads)? */
static bool own_fields(lua_State *L) {
  static const int keys[] = {N_THRESHOLDS, N_FREQUENCIES, N_PENALTIES, N_ITEM, N_LINK};
  int top = lua_gettop(L), nm = push_names(L);
  /* mostly it holds its hits and nothing else, which one walk tells */
  bool own = false, walk = true;
  lua_pushnil(L);
  while (walk && lua_next(L, 1)) {
    name(L, nm, N_HITS);
    walk = lua_rawequal(L, -1, -3);
    lua_pop(L, 2);
  }
  for (size_t i = 0; !walk && i < sizeof keys / sizeof *keys && !own; i++) {
    name(L, nm, keys[i]);
    own = lua_rawget(L, 1) != LUA_TNIL;
    lua_pop(L, 1);
  }
  lua_settop(L, top);
  return own;
}

static int l_evidence(lua_State *L) {
  const jf_doc *doc;
  size_t ci;
  if (lua_gettop(L) < 2 || !lua_isinteger(L, 2) || !jf_rs_live_clause(L, 1, &doc, &ci) ||
      own_fields(L)) {
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, LUA_MULTRET);
    return lua_gettop(L);
  }
  lua_Integer at = lua_tointeger(L, 2);
  const jf_clause *c = &doc->clauses[ci];
  const jf_analysis *an = jf_doc_analysis(doc, ci);
  if (!an) an = &no_analysis;
  jf_rs_charge(L, 64 + (an->n_thresholds + an->n_frequencies + an->n_penalties) * 8);
  long ith, ifr, ipen;
  item_firsts(doc, ci, an->n_thresholds == 0, an->n_frequencies == 0, an->n_penalties == 0, &ith,
              &ifr, &ipen);
  long i = nearest(an->thresholds, an->n_thresholds, sizeof *an->thresholds, at);
  const jf_threshold *th = i >= 0 ? &an->thresholds[i]
                           : ith >= 0 ? &jf_doc_analysis(doc, (size_t)ith)->thresholds[0]
                                      : NULL;
  i = nearest(an->frequencies, an->n_frequencies, sizeof *an->frequencies, at);
  const jf_frequency *fr = i >= 0 ? &an->frequencies[i]
                           : ifr >= 0 ? &jf_doc_analysis(doc, (size_t)ifr)->frequencies[0]
                                      : NULL;
  i = nearest(an->penalties, an->n_penalties, sizeof *an->penalties, at);
  const jf_penalty *pen = NULL;
  const jf_norm *pen_text = NULL; /* the text its wording is sliced from */
  if (i >= 0) {
    pen = &an->penalties[i];
    pen_text = &c->norm;
  } else if (ipen >= 0) {
    pen = &jf_doc_analysis(doc, (size_t)ipen)->penalties[0];
    pen_text = &doc->clauses[ipen].norm;
  }
  /* clause.link.word or clause.link.kind */
  bool link_word = an->link == JF_LINK_EXPLICIT && an->link_span.end > an->link_span.start;
  bool link_kind = !link_word && (an->link == JF_LINK_EXPLICIT || an->link == JF_LINK_SCHEME ||
                                  an->link == JF_LINK_DOCUMENT);
  /* Room for all six fields at once, as the prelude's constructor makes it
   * (grown a field at a time it was rehashed up to three times); the same
   * size and order of insertion give the same pairs() order as Lua's. */
  int nm = push_names(L);
  lua_createtable(L, 0, 6);
  if (th) {
    name(L, nm, N_THRESHOLD);
    lua_createtable(L, 0, 3);
    set_str(L, nm, N_OP, jf_op_str(th->op), SIZE_MAX);
    set_value(L, nm, N_VALUE, th->value);
    set_str(L, nm, N_UNIT, th->unit, SIZE_MAX);
    lua_rawset(L, -3);
  }
  if (fr) set_str(L, nm, N_FREQUENCY, fr->period, SIZE_MAX);
  if (pen) {
    set_str(L, nm, N_PENALTY, pen->kind, SIZE_MAX);
    if (pen->points > 0) set_value(L, nm, N_PENALTY_POINTS, pen->points);
    name(L, nm, N_PENALTY_TEXT);
    push_slice(L, pen_text, pen->span);
    lua_rawset(L, -3);
  }
  if (link_word) {
    name(L, nm, N_LINK);
    push_slice(L, &c->norm, jf_link_wording(c->norm.text, c->norm.len, an->link_span));
    lua_rawset(L, -3);
  } else if (link_kind) {
    set_str(L, nm, N_LINK,
            an->link == JF_LINK_EXPLICIT ? "explicit"
            : an->link == JF_LINK_SCHEME ? "scheme"
                                         : "document",
            SIZE_MAX);
  }
  return 1;
}

int jf_rs_l_make_evidence(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushcclosure(L, l_evidence, 1);
  return 1;
}

/* --- jianfu.evidence_details(ev), for the evidence of jianfu.evidence ------------- */

/* the prelude's EVIDENCE_PENALTY_TEXT */
static const char *const ev_penalty_text[][2] = {
    {"deduct", "扣分"},    {"no-score", "不得分"}, {"disqualify", "取消评优资格"},
    {"notify", "通报"},    {"interview", "约谈"},  {"pay", "与奖金挂钩"},
    {"veto", "一票否决"}, {"accountability", "问责"}};

/* What M.evidence_details(ev) reads; absent strings are NULL. */
typedef struct medet {
  const char *op, *th_unit;
  size_t op_len, th_unit_len;
  mnum th_value;
  bool quota;
  mnum q_value;
  const char *q_unit, *period, *ranking, *pen_text, *pen, *link;
  size_t q_unit_len, period_len, ranking_len, pen_text_len, pen_len, link_len;
} medet;

static bool read_evidence_details(lua_State *L, medet *d) {
  memset(d, 0, sizeof *d);
  if (!plain_table(L, 1)) return false;
  int nm = push_names(L);
  if (plain_field(L, nm, 1, N_THRESHOLD) != LUA_TNIL) {
    int th = lua_gettop(L);
    if (!plain_table(L, th) || plain_field(L, nm, th, N_OP) != LUA_TSTRING) return false;
    d->op = lua_tolstring(L, -1, &d->op_len);
    if (!get_num(L, nm, th, N_VALUE, &d->th_value)) return false;
    if (!opt_str(L, nm, th, N_UNIT, &d->th_unit, &d->th_unit_len)) return false;
  } else if (plain_field(L, nm, 1, N_QUOTA) != LUA_TNIL) {
    int q = lua_gettop(L);
    if (!plain_table(L, q) || !get_num(L, nm, q, N_VALUE, &d->q_value)) return false;
    /* whole(v) of an integral float past the integers is an error */
    if (!d->q_value.isint && d->q_value.d == floor(d->q_value.d) &&
        !(d->q_value.d >= -9223372036854775808.0 && d->q_value.d < 9223372036854775808.0))
      return false;
    if (!opt_str(L, nm, q, N_UNIT, &d->q_unit, &d->q_unit_len)) return false;
    d->quota = true;
  }
  if (!opt_str(L, nm, 1, N_FREQUENCY, &d->period, &d->period_len) ||
      !opt_str(L, nm, 1, N_RANKING, &d->ranking, &d->ranking_len) ||
      !opt_str(L, nm, 1, N_PENALTY_TEXT, &d->pen_text, &d->pen_text_len))
    return false;
  if (!d->pen_text && !opt_str(L, nm, 1, N_PENALTY, &d->pen, &d->pen_len)) return false;
  if (!d->op && !d->quota && !d->period && !d->ranking && !d->pen_text && !d->pen &&
      !opt_str(L, nm, 1, N_LINK, &d->link, &d->link_len))
    return false;
  return true;
}

/* whole(v): an integral float as an integer (no bound), else tostring(v) */
static void add_whole(luaL_Buffer *b, mnum v) {
  if (!v.isint && v.d == floor(v.d)) return add_int(b, (lua_Integer)v.d);
  add_num(b, v);
}

static void add_evidence_details(luaL_Buffer *b, const medet *d) {
  int parts = 0;
#define PART() luaL_addlstring(b, parts++ ? "；" : "（", 3) /* both 3 bytes */
  if (d->op) {
    PART();
    add_threshold(b, d->op, d->op_len, d->th_value, d->th_unit, d->th_unit_len);
  } else if (d->quota) {
    PART();
    ADD_LIT(b, "要求 ");
    add_whole(b, d->q_value);
    if (d->q_unit) luaL_addlstring(b, d->q_unit, d->q_unit_len);
  }
  if (d->period) {
    PART();
    add_period(b, d->period, d->period_len);
  }
  if (d->ranking) {
    PART();
    ADD_LIT(b, "“");
    luaL_addlstring(b, d->ranking, d->ranking_len);
    ADD_LIT(b, "”");
  }
  if (d->pen_text) {
    PART();
    ADD_LIT(b, "“");
    luaL_addlstring(b, d->pen_text, d->pen_text_len);
    ADD_LIT(b, "”");
  } else if (d->pen) {
    PART();
    ADD_TEXT_OF(b, ev_penalty_text, d->pen, d->pen_len);
  }
  if (!parts && d->link) {
    PART();
    add_link(b, d->link, d->link_len);
  }
#undef PART
  if (parts) ADD_LIT(b, "）");
}

/* jianfu.evidence_details(ev) */
static int l_evidence_details(lua_State *L) {
  lua_settop(L, 1);
  medet d;
  if (!read_evidence_details(L, &d)) return fallback_lua(L);
  jf_rs_charge(L, 64);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  add_evidence_details(&b, &d);
  luaL_pushresult(&b);
  return 1;
}

int jf_rs_l_make_evidence_details(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushcclosure(L, l_evidence_details, 1);
  return 1;
}

int jf_rs_l_make_details(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushcclosure(L, l_details, 1);
  return 1;
}

int jf_rs_l_make_metric_text(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushcclosure(L, l_metric_text, 1);
  return 1;
}

/* Is the per-call part of the view at 1 only what the engine put there
 * (`hits`, or nothing when the hits are not read)? */
static bool only_hits(lua_State *L, bool need_hits) {
  lua_pushnil(L);
  if (!lua_next(L, 1)) return !need_hits;
  bool ok = lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), "hits") == 0;
  lua_pop(L, 1);
  if (ok && lua_next(L, 1)) {
    lua_pop(L, 2);
    return false;
  }
  if (!ok) lua_pop(L, 1);
  return ok;
}

static int call_lua(lua_State *L, int nargs) {
  lua_settop(L, nargs);
  lua_pushvalue(L, lua_upvalueindex(UV_LUA));
  lua_insert(L, 1);
  lua_call(L, nargs, LUA_MULTRET);
  return lua_gettop(L);
}

/* What the check at stack index fn is built from, read from its upvalues
 * (when it is made: the check keeps it in UV_PRE). */
static void read_pre(lua_State *L, int fn, jf_metric_pre *p) {
  const void **lists[] = {(const void **)&p->metrics, (const void **)&p->unless,
                          (const void **)&p->standalone, &p->consts, &p->other_by,
                          &p->counts_by};
  const int uvs[] = {UV_METRICS, UV_UNLESS, UV_STANDALONE, UV_CONSTS, UV_OTHER_BY, UV_COUNTS_BY};
  for (int i = 0; i < 6; i++) {
    lua_getupvalue(L, fn, uvs[i]);
    *lists[i] = lua_touserdata(L, -1);
    lua_pop(L, 1);
  }
  lua_getupvalue(L, fn, UV_OTHER);
  lua_getupvalue(L, fn, UV_COUNTS);
  lua_getupvalue(L, fn, UV_REQUIRES);
  p->other = !lua_isnil(L, -3);
  p->counts = !lua_isnil(L, -2);
  p->requires = (int)lua_tointeger(L, -1);
  lua_pop(L, 3);
  p->on = true;
}

/* Set x up for clause ci of doc; false when the text is missing (the Lua
 * check's business). */
static bool begin(mctx *x, const jf_metric_pre *p, const jf_doc *doc, size_t ci) {
  x->doc = doc;
  x->ci = ci;
  x->c = &doc->clauses[ci];
  x->t = x->c->norm.text ? x->c->norm.text : "";
  x->len = x->c->norm.len;
  if (!x->c->norm.text && x->len) return false;
  x->k = p->consts;
  x->other = p->other;
  x->other_by = p->other_by;
  x->counts_by = p->counts_by;
  x->counts = p->counts;
  x->requires = p->requires;
  return true;
}

/* The decision, given the metric occurrences: the forced practice
 * (*forced, an index into *stand) and the occurrence that counts (*hit,
 * with its qualifiers *q), -1 for none. True when there is something to
 * report; false otherwise, or in a dry run when x->maybe says it could not
 * tell. The check and the dry run both run this: one decision, not two. */
static bool decide(mctx *x, const jf_metric_pre *p, mlist *hits, mlist *stand, long *forced,
                   long *hit, mquals *q) {
  *stand = (mlist){0};
  if (p->unless && !find_list(x, p->unless, &x->blocks, false, 1)) return false;
  if (p->standalone && !find_list(x, p->standalone, stand, true, 2)) return false;
  scheme_field(x);
  if (!charge(x, 64 + x->len / 4)) return false;

  /* a forced practice counts by itself */
  *forced = -1;
  for (size_t i = 0; i < stand->n; i++) {
    bool u = usable(x, stand, i);
    if (x->maybe) return false;
    if (u && !conditioned(x, &stand->v[i])) {
      *forced = (long)i;
      break;
    }
  }

  /* the first occurrence that counts; a measure is preferred to an activity */
  *hit = -1;
  *q = (mquals){-1, -1, -1, -1};
  for (size_t i = 0; i < hits->n; i++) {
    if (!charge(x, 32)) return false;
    bool u = usable_memo(x, hits, i);
    if (x->maybe) return false;
    if (!u) continue;
    mquals qi;
    bool qual = qualifies(x, hits, i, false, &qi);
    if (x->maybe) return false;
    if (!qual) continue;
    bool measure = is_measure(x, &hits->v[i]);
    if (*hit < 0 || measure) *hit = (long)i, *q = qi;
    if (measure) break;
    /* ... but the first activity counted in its own segment is itself a
     * criterion, reported where the clause begins */
    if (*hit == (long)i && own_count(x, &hits->v[i], &qi)) break;
  }
  if (*hit < 0 && *forced < 0) return false;
  /* 约谈了要求教师每天在“校园通”打卡的3名校长: the practice those a sanction
   * said first struck had imposed (asked of the occurrence chosen only) */
  const mhit *h = *hit >= 0 ? &hits->v[*hit] : &stand->v[*forced];
  if (!charge(x, 16 + x->len / 8)) return false;
  return !jf_rs_imposer_sanctioned(x->t, x->len, h->from, h->to);
}

/* Keep what the dry run x scanned for the call of rule r the engine makes
 * next (a call it finds silent is not made, unless to check the promise). */
static void keep_scans(const mctx *x, const jf_rule *r) {
  jf_ruleset *rs = x->rs;
  rs->metric_dry.rule = r;
  rs->metric_dry.doc = x->doc;
  rs->metric_dry.clause = x->ci;
  rs->metric_dry.text = x->t;
  rs->metric_dry.len = x->len;
  rs->metric_dry.cheat = x->cheat;
  rs->metric_dry.lists = x->scanned;
}

/* What the dry run before this call (the call the engine makes first thing:
 * `fresh`) scanned on the clause, for find_list; it is read once. */
static void take_scans(mctx *x, bool fresh) {
  jf_ruleset *rs = x->rs;
  unsigned lists = rs->metric_dry.lists;
  rs->metric_dry.lists = 0;
  if (fresh && lists && rs->metric_dry.rule == rs->cur.rule && rs->metric_dry.doc == x->doc &&
      rs->metric_dry.clause == x->ci && rs->metric_dry.text == x->t &&
      rs->metric_dry.len == x->len) {
    x->scanned = lists;
    x->cheat = rs->metric_dry.cheat;
  }
}

/* The check: metric_check's returned function. */
static int l_metric(lua_State *L) {
  int nargs = lua_gettop(L);
  mctx x;
  memset(&x, 0, sizeof x);
  x.L = L;
  x.rs = jf_rs_of(L);
  bool fresh = x.rs->fresh_hits.armed; /* only the first entry of the call */
  x.rs->fresh_hits.armed = false;
  jf_metric_pre p;
  p = *(const jf_metric_pre *)lua_touserdata(L, lua_upvalueindex(UV_PRE));
  const jf_doc *doc;
  size_t ci;
  /* no view: the engine's call (check_protected), whose view would hold
   * only the hits */
  x.no_view = nargs == 2 && is_no_view(L, 1);
  if (x.no_view) {
    doc = x.rs->cur.doc;
    ci = x.rs->cur.clause;
  }
  if (nargs != 2 ||
      !(x.no_view || (jf_rs_live_clause(L, 1, &doc, &ci) && only_hits(L, !p.metrics))) ||
      !begin(&x, &p, doc, ci)) {
    x.rs->metric_dry.lists = 0;
    need_view(&x);
    return call_lua(L, nargs);
  }
  take_scans(&x, fresh);

  mlist hits = {0}, stand;
  if (p.metrics) {
    find_list(&x, p.metrics, &hits, true, 0);
  } else if (x.no_view) {
    lua_pushnil(L); /* clause.hits, once there is a view */
    x.hits_slot = lua_gettop(L);
    const jf_hit *hv;
    size_t n;
    jf_rs_clause_hits(L, x.rs, x.rs->cur.rule, &x.c->norm, &hv, &n);
    if (!engine_list(&x, hv, n, x.hits_slot, &hits)) {
      need_view(&x);
      if (!view_hits(&x, x.hits_slot, &hits)) return call_lua(L, nargs);
    }
  } else {
    lua_pushliteral(L, "hits");
    lua_rawget(L, 1);
    if (!(fresh && fresh_hits(&x, lua_gettop(L), &hits)) && !view_hits(&x, lua_gettop(L), &hits))
      return call_lua(L, nargs);
  }
  long forced, hit;
  mquals q;
  x.memo_list = &hits;
  x.memo = hits.n <= sizeof x.memo_small ? x.memo_small : lua_newuserdatauv(L, hits.n, 0);
  memset(x.memo, 0, hits.n);
  if (!decide(&x, &p, &hits, &stand, &forced, &hit, &q)) return 0;
  const mhit *h;
  if (hit >= 0) {
    h = &hits.v[hit];
  } else {
    qualifies(&x, &stand, (size_t)forced, true, &q);
    h = &stand.v[forced];
  }
  /* 在线学习 + 学习时长 overlapping: report 在线学习时长. A hit inside the
   * span cannot widen it whether it is usable or not, so its callback is not
   * asked (on the bench corpus every overlapping hit was one: ~8 k
   * instructions each). */
  lua_Integer hfrom = h->from, hto = h->to;
  for (size_t i = 0; i < hits.n; i++) {
    if ((long)i == hit) continue;
    lua_Integer f = hits.v[i].from, t = hits.v[i].to;
    if (overlaps(f, t, hfrom, hto) && (f < hfrom || t > hto) && usable_memo(&x, &hits, i)) {
      hfrom = f < hfrom ? f : hfrom;
      hto = t > hto ? t : hto;
    }
  }
  /* 定位打卡,打卡次数每月通报排名: a measure of an activity named before it in
   * its sentence (its term the measure's start) counts that activity; the
   * finding begins at the activity, where the criterion begins (the evidence
   * keeps the measure). The prelude's metric_check does the same. */
  lua_Integer rfrom = hfrom;
  if (hit >= 0 && is_measure(&x, h)) {
    lua_Integer sa, sb;
    jf_rs_sentence(x.t, x.len, hfrom, &sa, &sb);
    for (size_t i = 0; i < hits.n && hits.v[i].from < hfrom; i++) {
      const mhit *a = &hits.v[i];
      if (a->to < hfrom && a->from >= sa && a->tlen < h->tlen &&
          memcmp(a->term, h->term, a->tlen) == 0 && usable_memo(&x, &hits, i)) {
        rfrom = a->from;
        break;
      }
    }
  }
  /* the hit's own term unless widened */
  const char *term = h->term;
  size_t tlen = h->tlen;
  if (hfrom != h->from || hto != h->to) {
    term = x.t + hfrom - 1;
    tlen = (size_t)(hto - hfrom + 1);
  }
  mev ev;
  gather_evidence(&x, term, tlen, hfrom, hto, forced >= 0, &q, &ev);
  /* the message: forced_message's for a forced practice when given */
  int muv = ev.forced && !lua_isnil(L, lua_upvalueindex(UV_FORCED_MESSAGE)) ? UV_FORCED_MESSAGE
                                                                            : UV_MESSAGE;
  int mi = push_message_of(L, muv, &ev);
  int mt = lua_type(L, mi);
  if (mt != LUA_TFUNCTION && jf_rs_is_report(L, 2)) {
    /* nothing but the engine's report sees ev: its JSON without a table */
    jf_rs_charge(L, 64 + ev.tlen / 4);
    bool made = true;
    if (mt == LUA_TSTRING) {
      size_t n;
      const char *tp = lua_tolstring(L, mi, &n);
      jf_rs_charge(L, 16 + n / 4);
      made = push_format_message(L, &x, &ev, tp, n);
    } else {
      push_default_message(L, &x, &ev);
    }
    if (made) {
      int msg = lua_gettop(L);
      write_evidence(&x.rs->ev, &x, &ev);
      return jf_rs_report_text(L, rfrom, hto, msg);
    }
  }
  push_evidence(L, &x, &ev);
  int evi = lua_gettop(L);

  if (mt == LUA_TFUNCTION) {
    need_view(&x);
    lua_pushvalue(L, mi);
    lua_pushvalue(L, evi);
    lua_pushvalue(L, 1);
    lua_call(L, 2, 1);
  } else if (mt == LUA_TSTRING) {
    lua_getiuservalue(L, lua_upvalueindex(UV_CONSTS), 1);
    lua_pushvalue(L, mi);
    lua_pushvalue(L, evi);
    lua_call(L, 2, 1);
  } else {
    /* nothing has run since ev was made: default_message(ev) from the C values */
    jf_rs_charge(L, 64 + ev.tlen / 4);
    push_default_message(L, &x, &ev);
  }
  int msg = lua_gettop(L);
  if (jf_rs_is_report(L, 2)) { /* the engine's report: no table to make and read back */
    if (ev_unchanged(L, evi, &x, &ev)) {
      write_evidence(&x.rs->ev, &x, &ev);
      return jf_rs_report_text(L, rfrom, hto, msg);
    }
    return jf_rs_report(L, rfrom, hto, msg, evi);
  }
  lua_pushvalue(L, 2);
  lua_createtable(L, 0, 4);
  lua_pushinteger(L, rfrom);
  lua_setfield(L, -2, "from");
  lua_pushinteger(L, hto);
  lua_setfield(L, -2, "to");
  lua_pushvalue(L, msg);
  lua_setfield(L, -2, "message");
  lua_pushvalue(L, evi);
  lua_setfield(L, -2, "evidence");
  lua_call(L, 1, 0);
  return 0;
}

/* Push an other_by made of the table at idx (the prelude's private copy of
 * `other` by term), or nil when it is not a table. */
static void push_other_by(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) {
    lua_pushnil(L);
    return;
  }
  size_t n = 0;
  for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1)) n++;
  other_by *ob = lua_newuserdatauv(L, sizeof *ob + n * sizeof *ob->v, 1);
  lua_pushvalue(L, idx);
  lua_setiuservalue(L, -2, 1);
  ob->n = 0;
  ob->any = (other_entry){0};
  for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1)) {
    other_entry *e;
    if (lua_type(L, -2) == LUA_TSTRING && ob->n < n) {
      e = &ob->v[ob->n++];
      e->term = lua_tolstring(L, -2, &e->len);
    } else if (lua_isinteger(L, -2) && lua_tointeger(L, -2) == 1) {
      e = &ob->any;
      e->term = ""; /* set: the entry is used */
    } else {
      continue;
    }
    jf_rs_hit_test_of(L, lua_gettop(L), &e->test);
  }
}

/* The constructor: (lua_check, metrics, unless, standalone, other, counts,
 * requires, message, other_by, forced_message, counts_by) -> the C check, or
 * lua_check itself when a list is not compiled. Upvalue 1 is the constants'
 * userdata. */
static int l_new_metric(lua_State *L) {
  lua_settop(L, 11);
  luaL_checktype(L, 1, LUA_TFUNCTION);
  for (int i = 2; i <= 4; i++) {
    if (lua_isnil(L, i)) continue;
    const term_list *tl = jf_rs_compiled(L, i);
    if (!tl || tl->has_empty) {
      lua_settop(L, 1);
      return 1;
    }
  }
  const char *req = lua_tostring(L, 7);
  int r = !req                                    ? -1
          : strcmp(req, "link") == 0              ? REQ_LINK
          : strcmp(req, "threshold") == 0         ? REQ_THRESHOLD
          : strcmp(req, "link_or_threshold") == 0 ? REQ_LINK_OR_THRESHOLD
                                                  : -1;
  if (r < 0 || lua_type(L, 7) != LUA_TSTRING) {
    lua_settop(L, 1);
    return 1;
  }
  lua_pushinteger(L, r);
  lua_replace(L, 7);
  push_other_by(L, 9);
  lua_replace(L, 9);
  push_other_by(L, 11);
  lua_replace(L, 11);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, UV_CONSTS); /* the constants before other_by */
  /* read once here, not on every call (a tenth of a call that reports nothing) */
  jf_metric_pre *pre = lua_newuserdatauv(L, sizeof *pre, 0);
  memset(pre, 0, sizeof *pre);
  lua_pushcclosure(L, l_metric, UV_PRE);
  read_pre(L, lua_gettop(L), pre);
  return 1;
}

int jf_rs_l_make_metric(lua_State *L) {
  lua_settop(L, 2 + N_LISTS);
  luaL_checktype(L, 1, LUA_TFUNCTION);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  const term_list *tl[N_LISTS];
  for (int i = 0; i < N_LISTS; i++) {
    tl[i] = jf_rs_compiled(L, 3 + i);
    if (!tl[i] || tl[i]->has_empty || !tl[i]->n) {
      lua_pushnil(L);
      return 1;
    }
  }
  mconsts *k = lua_newuserdatauv(L, sizeof *k, 2 + N_LISTS);
  *k = (mconsts){tl[0], tl[1], tl[2], tl[3], tl[4], tl[5], tl[6], tl[7], tl[8], tl[9],
                 {tl[10], tl[11], tl[12], tl[13]}};
  for (int i = 1; i <= 2 + N_LISTS; i++) {
    lua_pushvalue(L, i);
    lua_setiuservalue(L, -2, i);
  }
  lua_pushcclosure(L, l_new_metric, 1);
  return 1;
}

void jf_rs_metric_pre(lua_State *L, int idx, jf_metric_pre *out) {
  memset(out, 0, sizeof *out);
  if (lua_tocfunction(L, idx) != l_metric) return;
  lua_getupvalue(L, idx, UV_PRE);
  *out = *(const jf_metric_pre *)lua_touserdata(L, -1);
  lua_pop(L, 1);
}

/* The engine's hits as view_hits would read them from clause.hits (as
 * rules_view.c's push_hits makes it); false (x->maybe) when the view would
 * hold other hits (the rule's own scan) or view_hits would refuse them. */
static bool given_list(mctx *x, const jf_rule *r, const jf_trigger_hit *hv, size_t n,
                       mlist *l) {
  *l = (mlist){0};
  l->n = n;
  if (!n) return true;
  if (!(l->v = scratch(x, 0, n))) return false;
  size_t bytes = 0;
  for (size_t i = 0; i < n; i++) {
    const jf_trigger_hit *g = &hv[i];
    if (g->trig >= r->info.n_triggers || !r->trig_len[g->trig] || g->from >= g->to ||
        g->to > x->len) {
      x->maybe = true;
      return false;
    }
    l->v[i] = (mhit){r->trig[g->trig], r->trig_len[g->trig], (lua_Integer)g->from + 1,
                     (lua_Integer)g->to};
    bytes += l->v[i].tlen;
  }
  return charge(x, 8 + (uint64_t)n * 16 + bytes / 8);
}

bool jf_rs_metric_silent(jf_ruleset *rs, const jf_rule *r, const jf_doc *doc, size_t ci,
                         const jf_trigger_hit *hv, size_t n) {
  const jf_metric_pre *p = &r->metric;
  rs->metric_dry.lists = 0; /* what an earlier one scanned is no more */
  if (!p->on) return false;
  mctx x;
  memset(&x, 0, sizeof x);
  x.L = rs->L;
  x.rs = rs;
  x.dry = true;
  x.budget = rs->instructions; /* what jf_rs_arm gives the call */
  if (!begin(&x, p, doc, ci)) return false;
  mlist hits = {0}, stand;
  long forced, hit;
  mquals q;
  bool silent =
      (p->metrics ? find_list(&x, p->metrics, &hits, true, 0) : given_list(&x, r, hv, n, &hits)) &&
      !decide(&x, p, &hits, &stand, &forced, &hit, &q) && !x.maybe;
  if (!silent) keep_scans(&x, r);
  return silent;
}
