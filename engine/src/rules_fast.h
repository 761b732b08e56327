/* rules_fast.h — the C helpers of rules_view.c that rules_metric.c shares:
 * compiled term lists and the prelude's text tests on them. Private. */
#ifndef JF_RULES_FAST_H
#define JF_RULES_FAST_H

#include "jianfu/doc.h"
#include "rules_int.h"

/* A compiled term list: the matcher and the terms it was built from (their
 * string objects are kept in the userdata's user value, so the pointers
 * stay valid and pointer equality means the same string). */
typedef struct term_list {
  struct jf_matcher *m;
  size_t charged; /* bytes counted against the Lua state's memory cap */
  size_t n;
  uint32_t maxlen;
  bool has_empty; /* an empty term: not in the matcher, matters to sentence_has/any_in */
  const char **ptr;
  size_t *len;
  uint16_t *probe; /* word_filter.h's probes of the terms; NULL: always scan */
  jf_wf_memo memo; /* the probes' last answer (jf_rs_may_occur) */
} term_list;

/* May a word of tl occur in t[0, len)? False only when none can (word_filter.h). */
bool jf_rs_may_occur(const term_list *tl, const char *t, size_t len);

/* The value at idx as a compiled list of the prelude (C.compile), or NULL. */
term_list *jf_rs_compiled(lua_State *L, int idx);
/* The term_list of the jianfu.words list at idx, compiled (nothing pushed;
 * the list keeps it alive), or NULL when the value is not one. */
term_list *jf_rs_word_list(lua_State *L, int idx);
/* jianfu.sentence_has(t, at, words) on tl (no empty word), with no Lua
 * state: adds what l_sentence_has charges to *cost. */
bool jf_rs_sentence_has(const term_list *tl, const char *t, size_t len, lua_Integer at,
                        uint64_t *cost);
/* The document and clause of the view at idx when it is the live view of
 * the check running (its lazy fields may still be built); false otherwise. */
bool jf_rs_live_clause(lua_State *L, int idx, const jf_doc **doc, size_t *ci);
/* Every match of tl in t[0, len) into the rule set's scratch (rs->tl_buf),
 * sorted as jianfu.find_all sorts them; returns their number. */
size_t jf_rs_scan_sorted(lua_State *L, const term_list *tl, const char *t, size_t len);
/* The same without raising (no Lua state involved): false when out of memory. */
bool jf_rs_try_scan_sorted(jf_ruleset *rs, const term_list *tl, const char *t, size_t len,
                           size_t *n);
/* The first word of tl in list order (the lowest index) among its matches in
 * t[0, n): its index and start; false when none (no charge, no probes). */
bool jf_rs_first_word(const term_list *tl, const char *t, size_t n, uint32_t *id, size_t *from);
/* The prelude's sentence_bounds and jianfu.segment (1-based, inclusive). */
void jf_rs_sentence(const char *t, size_t len, lua_Integer at, lua_Integer *a, lua_Integer *b);
void jf_rs_segment(const char *t, size_t len, lua_Integer from, lua_Integer to, lua_Integer *s,
                   lua_Integer *e);
/* Does an occurrence of a word of tl lie in 1-based [a, b] of t (b <= #t)? */
bool jf_rs_occurs(const term_list *tl, const char *t, lua_Integer a, lua_Integer b);
/* The prelude's punished(text, from, to) on its compiled lists. */
bool jf_rs_punished(const char *t, size_t len, lua_Integer from, lua_Integer to,
                    const term_list *cond, const term_list *coer, const term_list *after);
/* The prelude's imposer_sanctioned(text, from, to): is [from, to] the
 * practice that those a sanction said first struck had imposed (约谈了要求教师
 * 每天打卡的3名校长)? */
bool jf_rs_imposer_sanctioned(const char *t, size_t len, lua_Integer from, lua_Integer to);
/* The prelude's violation(text, at): does the sentence holding `at` state a
 * verified violation (查实…刷票, 刷票行为一经查实)? */
bool jf_rs_violation(const char *t, size_t len, lua_Integer at, const term_list *cond,
                     const term_list *coer, const term_list *after);
/* The prelude's cheat lists: the cheat words (刷票, 刷量 …), the words after
 * and before one in its segment that target it (刷票的, 对…刷票), and the
 * quota words after it in its sentence that demand it (不少于). */
typedef struct jf_cheat_lists {
  const term_list *cheat, *after, *before, *demand;
} jf_cheat_lists;
/* The prelude's cheated(text, from, to): is [from, to] a banned cheat, or in
 * the segment of a targeted one? */
bool jf_rs_cheated(const char *t, size_t len, lua_Integer from, lua_Integer to,
                   const jf_cheat_lists *cl);
/* The prelude's cheat_violation(text, at): does the sentence holding `at`
 * target a cheat? */
bool jf_rs_cheat_violation(const char *t, size_t len, lua_Integer at, const jf_cheat_lists *cl);
/* jianfu.platform's answer for [from, to]: the name's 0-based start and
 * length, false when none. */
bool jf_rs_platform(const char *t, size_t len, lua_Integer from, lua_Integer to,
                    const term_list *suffix, const term_list *not_platform, size_t *name,
                    size_t *name_len);
/* jianfu.quota's number for a hit at hf: its index in the clause's numbers,
 * SIZE_MAX when none. */
size_t jf_rs_quota(const jf_doc *doc, size_t ci, lua_Integer hf, const term_list *units);
/* Push a number as the views give it (an integer when it is integral). */
void jf_rs_push_value(lua_State *L, double v);

/* rules_metric.c: C.metric(format, default_message, lists…) -> the
 * constructor of metric_check's C check, or nil */
int jf_rs_l_make_metric(lua_State *L);
/* C.details(lua_version), C.metric_text(lua_version) -> jianfu.details and
 * jianfu.metric_text in C (rules_metric.c) */
int jf_rs_l_make_details(lua_State *L);
int jf_rs_l_make_metric_text(lua_State *L);
/* C.evidence_details(lua_version) -> jianfu.evidence_details in C */
int jf_rs_l_make_evidence_details(lua_State *L);
/* C.evidence(lua_version) -> jianfu.evidence in C */
int jf_rs_l_make_evidence(lua_State *L);
/* rules_prelude.c: C.praise(lua_version, LIKES_COUNTED, HONOURED, COMMENDED,
 * LIKE_QUOTA, PRAISED, PRAISE_MANNER's words, PRAISE_CLOSE's words) ->
 * jianfu.praise in C, or the Lua version when a list is not compiled */
int jf_rs_l_make_praise(lua_State *L);
/* rules_prelude.c: C.in_sentence(lua_version) -> jianfu.in_sentence, whose
 * tests on word lists are C closures around the Lua tests */
int jf_rs_l_make_in_sentence(lua_State *L);
/* A prelude helper f(text, from, to) -> boolean that C code may run itself
 * (jianfu.praise, a test of jianfu.in_sentence): what its closure reads,
 * kept alive by the closure. */
typedef struct jf_hit_test {
  bool (*run)(const struct jf_hit_test *h, const char *t, size_t len, lua_Integer from,
              lua_Integer to, uint64_t *cost);
  const term_list *lists[8];
} jf_hit_test;
/* Is the value at idx such a helper? Then *out is filled; else zeroed. */
bool jf_rs_hit_test_of(lua_State *L, int idx, jf_hit_test *out);
/* Can h run on t's 1-based [from, to] as its closure would, in C? */
static inline bool jf_rs_hit_test_ok(size_t len, lua_Integer from, lua_Integer to) {
  return from >= 1 && to >= from && (size_t)to <= len && len <= UINT32_MAX / 2;
}
/* h(text, from, to) for a span jf_rs_hit_test_ok accepts; *cost gets the
 * instructions the closure charges for it. */
bool jf_rs_hit_test_run(const jf_hit_test *h, const char *t, size_t len, lua_Integer from,
                        lua_Integer to, uint64_t *cost);
/* C.of_device(lua_version, DEVICE, SYSTEM, PERSON, REPAIR, THING_HEAD's words,
 * THING_NOT's words, PLACE_OF, RATE) -> jianfu.of_device in C, or the Lua
 * version when a list is not compiled or RATE is not a word */
int jf_rs_l_make_of_device(lua_State *L);
/* C.made_to_count(lua_version, negated), C.first_live(lua_version, negated)
 * -> jianfu.made_to_count and jianfu.first_live in C, asking negated */
int jf_rs_l_make_made_to_count(lua_State *L);
int jf_rs_l_make_first_live(lua_State *L);
/* Intern the evidence tables' field names (rs->names_ref); at sandbox open. */
void jf_rs_metric_names(lua_State *L);

#endif
