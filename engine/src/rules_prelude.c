/* rules_prelude.c — more of the prelude's helpers in C: jianfu.praise,
 * jianfu.in_sentence's tests, jianfu.of_device, jianfu.made_to_count and
 * jianfu.first_live.
 *
 * As in rules_view.c, each helper is a C closure around its Lua version
 * (prelude.lua keeps it as the reference twin): the C code is the Lua
 * code step for step on the prelude's own compiled lists, and any call
 * it does not expect (a non-string text, a span outside the text) goes to
 * the Lua version, so odd inputs behave and fail exactly as before. The
 * twins are compared by tests/unit/test_prelude_fast.c and
 * test_rules.c's digest of every helper. */
#include <string.h>

#include "doc_int.h"
#include "jianfu/match.h"
#include "rules_fast.h"

/* Call the Lua version (upvalue 1) with the nargs arguments given. */
static int lua_twin(lua_State *L, int nargs) {
  lua_settop(L, nargs);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, LUA_MULTRET);
  return lua_gettop(L);
}

/* The (text, from, to) of a call the C version of a span helper takes: a
 * string and a span jf_rs_hit_test_ok accepts. False: the call is the Lua
 * twin's (odd arguments behave and fail as they do in Lua). */
static bool span_args(lua_State *L, const char **t, size_t *len, lua_Integer *from,
                      lua_Integer *to) {
  if (lua_gettop(L) != 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2) ||
      !lua_isinteger(L, 3))
    return false;
  *t = lua_tolstring(L, 1, len);
  *from = lua_tointeger(L, 2);
  *to = lua_tointeger(L, 3);
  return jf_rs_hit_test_ok(*len, *from, *to);
}

/* lua_twin with at least the three arguments of a span helper */
static int span_twin(lua_State *L) {
  int top = lua_gettop(L);
  return lua_twin(L, top < 3 ? 3 : top);
}

/* Does a word of tl occur in 1-based [a, b] of t (clipped to the text)?
 * What any_in(t, tl, a, b) ~= nil and sentence_has tell, for a >= 1. */
static bool occurs(const term_list *tl, const char *t, size_t len, lua_Integer a, lua_Integer b) {
  if (b > (lua_Integer)len) b = (lua_Integer)len;
  if (a < 1 || b < a || !jf_rs_may_occur(tl, t, len)) return false;
  return jf_rs_occurs(tl, t, a, b);
}

/* Is the n bytes at p one of the words of tl (a key of the Lua set)? */
static bool is_word(const term_list *tl, const char *p, size_t n) {
  for (size_t i = 0; i < tl->n; i++)
    if (tl->len[i] == n && memcmp(tl->ptr[i], p, n) == 0) return true;
  return false;
}

/* Does the word w of wl bytes lie in 1-based [a, b] of t (b <= #t)? */
static bool has_at(const char *t, lua_Integer a, lua_Integer b, const char *w, size_t wl) {
  if (a < 1 || b - a + 1 < (lua_Integer)wl) return false;
  return memmem(t + a - 1, (size_t)(b - a + 1), w, wl) != NULL;
}

/* --- jianfu.praise ------------------------------------------------------------- */

/* the prelude's lists praise reads, upvalues 2 … 8 in this order */
typedef struct praise_lists {
  const term_list *counted;   /* LIKES_COUNTED: 点赞完成数, 点赞量 */
  const term_list *honoured;  /* HONOURED: 表扬, 致敬, 担当作为 … */
  const term_list *commended; /* COMMENDED: 表扬, 表彰, 嘉奖 … */
  const term_list *quota;     /* LIKE_QUOTA: 每天, 不少于, 考核 … */
  const term_list *praised;   /* PRAISED: 干部, 员, 他们 … */
  const term_list *manner;    /* PRAISE_MANNER's words: 公开, 予以 … (two characters) */
  const term_list *close;     /* PRAISE_CLOSE's words: ” 」 』 》 */
} praise_lists;
enum { N_PRAISE_LISTS = 7 };

static const char WEI[] = "为", DUI[] = "对", LIKE[] = "点赞", WORTH[] = "值得", ALL[] = "纷纷";

/* ends_praised(text, s, e): does t[s..e] end in a word of PRAISED? (The Lua
 * version tries the lengths in ascending order and gives up at the first
 * longer than the window: any word no longer than it may match.) */
static bool ends_praised(const char *t, lua_Integer s, lua_Integer e, const term_list *praised) {
  for (size_t i = 0; i < praised->n; i++) {
    lua_Integer n = (lua_Integer)praised->len[i];
    if (e - n + 1 >= s && memcmp(t + e - n, praised->ptr[i], (size_t)n) == 0) return true;
  }
  return false;
}

/* last_of(text, 为, a, f) then last_of(text, 对, a, f, that): the start of
 * the last 为 or 对 lying in [a, f], 0 when none. (Neither word can overlap
 * itself, so the Lua version's scan from a sees every occurrence.) */
static lua_Integer last_for(const char *t, lua_Integer a, lua_Integer f) {
  for (lua_Integer i = f - 2; i >= a; i--)
    if (memcmp(t + i - 1, WEI, 3) == 0 || memcmp(t + i - 1, DUI, 3) == 0) return i;
  return 0;
}

/* likes_counted(text, from, to): a quota word from the likes' segment to the
 * end of their sentence, or in an earlier segment of it that names 点赞 */
static bool likes_counted(const char *t, size_t len, lua_Integer from, lua_Integer to,
                          const praise_lists *pl) {
  lua_Integer a, b, s, e;
  jf_rs_sentence(t, len, from, &a, &b);
  jf_rs_segment(t, len, from, to, &s, &e);
  if (occurs(pl->quota, t, len, s, b)) return true;
  for (lua_Integer i = a; i < s;) {
    lua_Integer s2;
    jf_rs_segment(t, len, i, i, &s2, &e);
    if (e >= s) e = s - 1;
    if (has_at(t, i, e, LIKE, sizeof LIKE - 1) && occurs(pl->quota, t, len, i, e)) return true;
    i = e + 2;
  }
  return false;
}

/* M.praise(text, from, to) for 1 <= from <= to <= #text, step for step */
static bool praise(const char *t, size_t len, lua_Integer from, lua_Integer to,
                   const praise_lists *pl) {
  if (occurs(pl->counted, t, len, to + 1, to + 9)) return false;
  lua_Integer a, b, f = from - 1;
  jf_rs_sentence(t, len, from, &a, &b);
  /* tail: the two characters (six bytes) before the likes, in their sentence */
  const char *tail = f - 5 >= a ? t + f - 6 : NULL;
  if (tail && (memcmp(tail, WORTH, 6) == 0 || memcmp(tail, ALL, 6) == 0)) return true;
  bool manner = tail && is_word(pl->manner, tail, 6);
  lua_Integer p = last_for(t, a, f);
  if (p) {
    lua_Integer ws = p + 3, we = f;
    if (we - 6 >= ws && manner) we -= 6;
    /* the praised may stand in quotation marks */
    for (;;) {
      if (we >= ws && t[we - 1] == '"')
        we -= 1;
      else if (we - 2 >= ws && is_word(pl->close, t + we - 3, 3))
        we -= 3;
      else
        break;
    }
    /* no comma in [ws, we] (the first from ws lies past we) */
    bool comma = we >= ws && memchr(t + ws - 1, ',', (size_t)(we - ws + 1)) != NULL;
    /* (unless a quota follows the likes in their sentence: 为“最美职工”称号
     * 候选人点赞,每人每日不少于10个 is forced engagement whoever is liked) */
    if (!comma && ends_praised(t, ws, we, pl->praised) && !occurs(pl->quota, t, len, to + 1, b))
      return true;
  }
  if (occurs(pl->honoured, t, len, a, b) && !likes_counted(t, len, from, to, pl)) return true;
  if (manner) return occurs(pl->commended, t, len, a, b);
  return false;
}

static int l_praise(lua_State *L) {
  const char *t;
  size_t len;
  lua_Integer from, to;
  if (!span_args(L, &t, &len, &from, &to)) return span_twin(L);
  praise_lists pl;
  const term_list **v[N_PRAISE_LISTS] = {&pl.counted, &pl.honoured, &pl.commended, &pl.quota,
                                         &pl.praised,  &pl.manner,   &pl.close};
  for (int i = 0; i < N_PRAISE_LISTS; i++) *v[i] = lua_touserdata(L, lua_upvalueindex(i + 2));
  jf_rs_charge(L, 32 + len / 4);
  lua_pushboolean(L, praise(t, len, from, to, &pl));
  return 1;
}

/* fn closed over the Lua version, the n compiled lists after it and the
 * `extra` values after them, or the Lua version itself when a list is not
 * compiled (or holds an empty word). */
static int make_on_lists(lua_State *L, lua_CFunction fn, int n, int extra) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, n + extra + 1);
  for (int i = 2; i <= n + 1; i++) {
    const term_list *tl = jf_rs_compiled(L, i);
    if (!tl || tl->has_empty) {
      lua_settop(L, 1);
      return 1;
    }
  }
  lua_pushcclosure(L, fn, n + extra + 1);
  return 1;
}

int jf_rs_l_make_praise(lua_State *L) {
  return make_on_lists(L, l_praise, N_PRAISE_LISTS, 0);
}

/* jianfu.praise as a jf_hit_test: what l_praise does on a valid span */
static bool praise_test(const jf_hit_test *h, const char *t, size_t len, lua_Integer from,
                        lua_Integer to, uint64_t *cost) {
  praise_lists pl;
  const term_list **v[N_PRAISE_LISTS] = {&pl.counted, &pl.honoured, &pl.commended, &pl.quota,
                                         &pl.praised,  &pl.manner,   &pl.close};
  for (int i = 0; i < N_PRAISE_LISTS; i++) *v[i] = h->lists[i];
  *cost = 32 + len / 4; /* l_praise's charge */
  return praise(t, len, from, to, &pl);
}

/* --- jianfu.in_sentence ------------------------------------------------------- */

/* A test jianfu.in_sentence(has, lacks) made on word lists: upvalue 1 is the
 * Lua test it replaces, 2 and 3 the lists (3 nil: no lacks), 4 a userdata
 * holding their term_lists (the lists keep them alive). */
typedef struct sentence_lists {
  const term_list *has, *lacks;
} sentence_lists;

/* the Lua test's sentence_has(text, from, has) and not sentence_has(text,
 * from, lacks), with the C sentence_has's charges */
static bool in_sentence(const char *t, size_t len, lua_Integer from, const term_list *has,
                        const term_list *lacks, uint64_t *cost) {
  *cost = 0;
  if (!jf_rs_sentence_has(has, t, len, from, cost)) return false;
  return !lacks || !jf_rs_sentence_has(lacks, t, len, from, cost);
}

static int l_in_sentence(lua_State *L) {
  const char *t;
  size_t len;
  lua_Integer from, to;
  if (!span_args(L, &t, &len, &from, &to)) return span_twin(L);
  const sentence_lists *sl = lua_touserdata(L, lua_upvalueindex(4));
  uint64_t cost;
  bool r = in_sentence(t, len, from, sl->has, sl->lacks, &cost);
  jf_rs_charge(L, cost);
  lua_pushboolean(L, r);
  return 1;
}

/* C.in_sentence(lua_version) -> jianfu.in_sentence: it makes the Lua test
 * (which checks the arguments) and, when both are word lists with no empty
 * word, a C test around it that metric_check may also run itself */
static int l_new_in_sentence(lua_State *L) {
  lua_settop(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_call(L, 2, 1); /* 3: the Lua test */
  const term_list *has = jf_rs_word_list(L, 1);
  const term_list *lacks = lua_isnil(L, 2) ? NULL : jf_rs_word_list(L, 2);
  if (!has || has->has_empty || (!lua_isnil(L, 2) && (!lacks || lacks->has_empty))) return 1;
  sentence_lists *sl = lua_newuserdatauv(L, sizeof *sl, 0);
  sl->has = has;
  sl->lacks = lacks;
  lua_pushvalue(L, 3);
  lua_insert(L, 1); /* the Lua test, has, lacks, test, userdata */
  lua_remove(L, 4);
  lua_pushcclosure(L, l_in_sentence, 4);
  return 1;
}

int jf_rs_l_make_in_sentence(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushcclosure(L, l_new_in_sentence, 1);
  return 1;
}

static bool in_sentence_test(const jf_hit_test *h, const char *t, size_t len, lua_Integer from,
                             lua_Integer to, uint64_t *cost) {
  (void)to;
  return in_sentence(t, len, from, h->lists[0], h->lists[1], cost);
}

bool jf_rs_hit_test_of(lua_State *L, int idx, jf_hit_test *out) {
  memset(out, 0, sizeof *out);
  lua_CFunction f = lua_tocfunction(L, idx);
  if (f == l_in_sentence) {
    lua_getupvalue(L, idx, 4);
    const sentence_lists *sl = lua_touserdata(L, -1);
    out->lists[0] = sl->has;
    out->lists[1] = sl->lacks;
    lua_pop(L, 1);
    out->run = in_sentence_test;
    return true;
  }
  if (f != l_praise) return false;
  for (int i = 0; i < N_PRAISE_LISTS; i++) {
    lua_getupvalue(L, idx, i + 2);
    out->lists[i] = lua_touserdata(L, -1);
    lua_pop(L, 1);
  }
  out->run = praise_test;
  return true;
}

bool jf_rs_hit_test_run(const jf_hit_test *h, const char *t, size_t len, lua_Integer from,
                        lua_Integer to, uint64_t *cost) {
  return h->run(h, t, len, from, to, cost);
}

/* --- jianfu.of_device ---------------------------------------------------------- */

/* the prelude's lists and words of_device reads, upvalues 2 … 10 in this order */
typedef struct device_lists {
  const term_list *device, *system, *person, *repair; /* DEVICE, SYSTEM, PERSON, REPAIR */
  const term_list *head, *not_head, *place;           /* THING_HEAD, THING_NOT, PLACE_OF */
  const char *rate;                                   /* RATE (率) */
  size_t rate_len;
} device_lists;
enum { N_DEVICE_LISTS = 7 };

static const char ONLINE[] = "在线", UPLINE[] = "上线", USE[] = "使用";

/* device_or_system(text, from, to): a device word in the segment before
 * from; or, given to (has_to), a rate ending at to with a system word there
 * or a repair word in the sentence, and no person word there. s is the
 * start of from's segment. */
static bool device_or_system(const char *t, size_t len, lua_Integer s, lua_Integer from,
                             bool has_to, lua_Integer to, const device_lists *dl) {
  if (occurs(dl->device, t, len, s, from - 1)) return true;
  if (!has_to) return false;
  /* string.sub(text, to - #RATE + 1, to) == RATE: a shorter piece never is */
  if ((size_t)to < dl->rate_len || memcmp(t + to - dl->rate_len, dl->rate, dl->rate_len) != 0)
    return false;
  if (!occurs(dl->system, t, len, s, from - 1)) {
    lua_Integer a, b;
    jf_rs_sentence(t, len, from, &a, &b);
    if (!occurs(dl->repair, t, len, a, b)) return false;
  }
  return !occurs(dl->person, t, len, s, from - 1);
}

/* thing_head(text, s, from): does the noun before from (in its segment) end
 * in the head of an installation (站, 桩, 监测点), not after an ASCII letter
 * or digit (e站) nor inside a word of THING_NOT (统计, 代表)? */
static bool thing_head(const char *t, lua_Integer s, lua_Integer from, const device_lists *dl) {
  lua_Integer e = from - 1;
  for (lua_Integer n = 3; n <= 9; n += 3) {
    if (e - n + 1 < s) return false;
    if (!is_word(dl->head, t + e - n, (size_t)n)) continue;
    /* string.byte(text, e - n): none at 0 */
    if (e - n >= 1) {
      unsigned char c = (unsigned char)t[e - n - 1];
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
    }
    for (lua_Integer m = 6; m <= 9; m += 3)
      if (e - m + 1 >= s && is_word(dl->not_head, t + e - m, (size_t)m)) return false;
    return true;
  }
  return false;
}

/* any_in(text, tl, a, b) for a >= 1: the start of the first word of tl in
 * list order lying in [a, b], 0 when none */
static lua_Integer any_in_at(const term_list *tl, const char *t, size_t len, lua_Integer a,
                             lua_Integer b) {
  if (b > (lua_Integer)len) b = (lua_Integer)len;
  if (a < 1 || b < a || !tl->maxlen) return 0;
  uint32_t id;
  size_t from;
  return jf_rs_first_word(tl, t + a - 1, (size_t)(b - a + 1), &id, &from) ? a + (lua_Integer)from
                                                                         : 0;
}

typedef struct places_ctx {
  const char *t;
  size_t len;
  lua_Integer lo, from; /* the window's 1-based start; the measure's start */
  const term_list *place;
  bool all; /* every person word so far names a place */
} places_ctx;

/* a person word at [p_from, p_to]: is a place word the first (by
 * PLACE_OF's order) after it within five characters, starting right after it? */
static bool place_cb(uint32_t id, size_t end, size_t n, void *ud) {
  places_ctx *c = ud;
  lua_Integer p_to = c->lo + (lua_Integer)end - 1;
  lua_Integer e = c->from - 1 < p_to + 15 ? c->from - 1 : p_to + 15;
  if (any_in_at(c->place, c->t, c->len, p_to + 1, e) != p_to + 1) {
    c->all = false;
    return false;
  }
  return true;
}

/* persons_are_places(text, s, from): does every person word in [s, from - 1]
 * name a place (学生宿舍门禁)? (The Lua version asks it of every occurrence
 * find_all gives; the answer does not depend on their order.) */
static bool persons_are_places(const char *t, size_t len, lua_Integer s, lua_Integer from,
                               const device_lists *dl) {
  places_ctx c = {t, len, s, from, dl->place, true};
  if (from - 1 >= s && dl->person->maxlen)
    jf_matcher_scan(dl->person->m, t + s - 1, (size_t)(from - s), place_cb, &c);
  return c.all;
}

/* online_thing(text, from, to): a measure of being online (在线率, 上线率)
 * or of use (使用率: 电子阅读器使用率) of an installation or an instrument
 * (see thing_head), or the online rate of a system of a place named after
 * its people (学生宿舍门禁系统在线率) */
static bool online_thing(const char *t, size_t len, lua_Integer s, lua_Integer from, bool has_to,
                         lua_Integer to, const device_lists *dl) {
  /* string.sub(text, from, from + 5) is 在线, 上线 or 使用 */
  if ((size_t)from + 5 > len) return false;
  if (memcmp(t + from - 1, USE, 6) == 0) return thing_head(t, s, from, dl);
  if (memcmp(t + from - 1, ONLINE, 6) != 0 && memcmp(t + from - 1, UPLINE, 6) != 0) return false;
  if (thing_head(t, s, from, dl)) return true;
  /* the data of the thing online (气象站数据在线率, 雨量站数据上线率): its head
   * before 数据 */
  if (from - 6 > s && memcmp(t + from - 7, "\xe6\x95\xb0\xe6\x8d\xae", 6) == 0 &&
      thing_head(t, s, from - 6, dl))
    return true;
  return has_to && (size_t)to >= dl->rate_len &&
         memcmp(t + to - dl->rate_len, dl->rate, dl->rate_len) == 0 &&
         occurs(dl->system, t, len, s, from - 1) && persons_are_places(t, len, s, from, dl);
}

/* jianfu.of_device(text, from [, to]) for from (and to) inside the text */
static int l_of_device(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 2 || top > 3 || lua_type(L, 1) != LUA_TSTRING || !lua_isinteger(L, 2) ||
      (top == 3 && !lua_isnil(L, 3) && !lua_isinteger(L, 3)))
    return lua_twin(L, top < 2 ? 2 : top);
  size_t len;
  const char *t = lua_tolstring(L, 1, &len);
  lua_Integer from = lua_tointeger(L, 2);
  bool has_to = top == 3 && !lua_isnil(L, 3);
  lua_Integer to = has_to ? lua_tointeger(L, 3) : 0;
  if (from < 1 || (size_t)from > len || (has_to && (to < 1 || (size_t)to > len)) ||
      len > UINT32_MAX / 2)
    return lua_twin(L, top);
  device_lists dl;
  const term_list **v[N_DEVICE_LISTS] = {&dl.device, &dl.system,   &dl.person, &dl.repair,
                                         &dl.head,   &dl.not_head, &dl.place};
  for (int i = 0; i < N_DEVICE_LISTS; i++) *v[i] = lua_touserdata(L, lua_upvalueindex(i + 2));
  dl.rate = lua_tolstring(L, lua_upvalueindex(N_DEVICE_LISTS + 2), &dl.rate_len);
  jf_rs_charge(L, 16 + len / 4);
  lua_Integer s, e;
  jf_rs_segment(t, len, from, from, &s, &e);
  bool dev = device_or_system(t, len, s, from, has_to, to, &dl) ||
             online_thing(t, len, s, from, has_to, to, &dl);
  /* a measure opening its segment with no subject is the same measure named
   * earlier in its sentence, whose owner is its owner (自助闸机使用率每周统计，
   * 使用率低于20%的闸机…): the last occurrence before it, read as it is */
  if (!dev && has_to && s == from && to >= from) {
    lua_Integer a, b, last = 0, n = to - from + 1;
    jf_rs_sentence(t, len, from, &a, &b);
    for (lua_Integer q = a; q + n <= from; q++)
      if (memcmp(t + q - 1, t + from - 1, (size_t)n) == 0) last = q;
    if (last) {
      lua_Integer s2, e2;
      jf_rs_segment(t, len, last, last, &s2, &e2);
      dev = device_or_system(t, len, s2, last, true, last + n - 1, &dl) ||
            online_thing(t, len, s2, last, true, last + n - 1, &dl);
    }
  }
  lua_pushboolean(L, dev);
  return 1;
}

int jf_rs_l_make_of_device(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, N_DEVICE_LISTS + 2);
  if (lua_type(L, N_DEVICE_LISTS + 2) != LUA_TSTRING || lua_rawlen(L, N_DEVICE_LISTS + 2) == 0) {
    lua_settop(L, 1);
    return 1;
  }
  return make_on_lists(L, l_of_device, N_DEVICE_LISTS, 1);
}

/* --- jianfu.made_to_count and jianfu.first_live -------------------------------- */

/* Is the table at idx the live view with none of these fields of the rule's
 * own (set on this call's view), so that they read the clause itself? */
static bool plain_live_view(lua_State *L, int idx, const jf_doc **doc, size_t *ci) {
  static const char *const keys[] = {"text", "link", "thresholds", "penalties", "prohibited"};
  if (!jf_rs_live_clause(L, idx, doc, ci)) return false;
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
    lua_pushstring(L, keys[i]);
    bool own = lua_rawget(L, idx) != LUA_TNIL;
    lua_pop(L, 1);
    if (own) return false;
  }
  return true;
}

/* renounced(text, from): 不, 无 or 非 right before from */
static bool renounced(const char *t, size_t len, lua_Integer from) {
  static const char *const NO[] = {"不", "无", "非"};
  if (from < 4 || (size_t)(from - 1) > len) return false;
  for (size_t i = 0; i < sizeof NO / sizeof *NO; i++)
    if (memcmp(t + from - 4, NO[i], 3) == 0) return true;
  return false;
}

/* jianfu.negated(clause, from, to) through its closure (upvalue 2), for a
 * plain live view (plain_live_view) and 1 <= from <= to <= #clause.text:
 * then it raises nothing but the budget's or memory's errors, which carry
 * no position (a span outside the text would raise one placed at its
 * caller: the callers leave such a span to their Lua versions). */
static bool negated(lua_State *L, int clause, lua_Integer from, lua_Integer to) {
  lua_pushvalue(L, lua_upvalueindex(2));
  lua_pushvalue(L, clause);
  lua_pushinteger(L, from);
  lua_pushinteger(L, to);
  lua_call(L, 3, 1);
  bool r = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return r;
}

/* Is 1 <= from <= to <= len (a span clause:prohibited accepts)? */
static bool in_text(lua_Integer from, lua_Integer to, size_t len) {
  return from >= 1 && to >= from && (size_t)to <= len;
}

/* M.made_to_count(clause) on the live view: the clause's analysis read
 * directly, as the view's link, thresholds and penalties show it (a span's
 * from is its start + 1, its to its end within the text), so that none of
 * them is built as a Lua table. Upvalues: the Lua version, jianfu.negated. */
static int l_made_to_count(lua_State *L) {
  const jf_doc *doc;
  size_t ci;
  if (lua_gettop(L) != 1 || !plain_live_view(L, 1, &doc, &ci)) return lua_twin(L, lua_gettop(L));
  const jf_clause *c = &doc->clauses[ci];
  static const jf_analysis none;
  const jf_analysis *an = jf_doc_analysis(doc, ci);
  if (!an) an = &none;
  const char *t = c->norm.text ? c->norm.text : "";
  size_t len = c->norm.len;
  jf_rs_charge(L, 16 + an->n_thresholds + an->n_penalties);
  /* the link, unless it is explicit wording renounced (不纳入考核) */
  if (an->link != JF_LINK_NONE) {
    bool has_from = an->link == JF_LINK_EXPLICIT && an->link_span.end > an->link_span.start;
    if (!has_from || !renounced(t, len, (lua_Integer)an->link_span.start + 1)) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  for (size_t i = 0; i < an->n_thresholds; i++) {
    jf_span sp = an->thresholds[i].span;
    lua_Integer from = (lua_Integer)sp.start + 1, to = sp.end < len ? sp.end : (lua_Integer)len;
    if (!in_text(from, to, len)) return lua_twin(L, 1);
    if (!negated(L, 1, from, to)) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  for (size_t i = 0; i < an->n_penalties; i++) {
    if (!renounced(t, len, (lua_Integer)an->penalties[i].span.start + 1)) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  lua_pushboolean(L, 0);
  return 1;
}

/* Is the value at idx a table whose fields are read without calling a
 * function of the rule's (no metatable, or the engine's read-only one)? */
static bool plain_table(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  if (!lua_getmetatable(L, idx)) return true;
  bool ro = jf_rs_is_ro_mt(L, -1);
  lua_pop(L, 1);
  return ro;
}

/* M.first_live(clause, hits) on a plain live view: the first hit (as ipairs
 * and h.from, h.to read it) that jianfu.negated does not refuse. Anything
 * else (a hit that is not a plain table, a span that is not in the text)
 * goes to the Lua version, with its errors; negated is pure, so asking it
 * again there changes nothing. Upvalues: the Lua version, jianfu.negated. */
static int l_first_live(lua_State *L) {
  const jf_doc *doc;
  size_t ci;
  if (lua_gettop(L) != 2 || !plain_table(L, 2) || !plain_live_view(L, 1, &doc, &ci))
    return lua_twin(L, lua_gettop(L));
  size_t len = doc->clauses[ci].norm.len;
  for (lua_Integer i = 1;; i++) {
    int ty = lua_geti(L, 2, i);
    if (ty == LUA_TNIL) break;
    if (!plain_table(L, -1)) return lua_twin(L, 2);
    lua_getfield(L, -1, "from");
    lua_getfield(L, -2, "to");
    /* integers, as negated takes them (a float or a string goes its Lua way) */
    bool ints = lua_isinteger(L, -2) && lua_isinteger(L, -1);
    lua_Integer from = lua_tointeger(L, -2), to = lua_tointeger(L, -1);
    lua_pop(L, 2);
    if (!ints || !in_text(from, to, len)) return lua_twin(L, 2);
    jf_rs_charge(L, 4);
    if (!negated(L, 1, from, to)) return 1; /* the hit */
    lua_pop(L, 1);
  }
  lua_pushnil(L);
  return 1;
}

/* C.made_to_count(lua_version, negated), C.first_live(lua_version, negated) */
static int make_on_negated(lua_State *L, lua_CFunction fn) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  lua_pushcclosure(L, fn, 2);
  return 1;
}

int jf_rs_l_make_made_to_count(lua_State *L) {
  return make_on_negated(L, l_made_to_count);
}

int jf_rs_l_make_first_live(lua_State *L) {
  return make_on_negated(L, l_first_live);
}
