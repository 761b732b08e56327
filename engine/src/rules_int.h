/* rules_int.h — private state of a jf_ruleset shared by rules.c, rules_sandbox.c,
 * rules_view.c and rules_json.c. Nothing here is public API. */
#ifndef JF_RULES_INT_H
#define JF_RULES_INT_H

#include <jansson.h>
#include <lauxlib.h>
#include <lua.h>

#include "jianfu/rules.h"
#include "word_filter.h"

#define JF_DEFAULT_INSTRUCTIONS 10000000ull
#define JF_DEFAULT_MEMORY ((size_t)64 << 20)
#define JF_PRELUDE_NAME "=[jianfu prelude]" /* also in CMakeLists.txt (gen_bytecode) */

/* What a check made by jianfu.metric_check is built from (rules_metric.c),
 * read from its closure when the rule registers: enough for the engine to
 * run the check's decision in C before calling it (jf_rs_metric_silent).
 * `on` is false for any other check. The lists are the closure's upvalues,
 * kept alive by the rule's reference to it. */
typedef struct jf_metric_pre {
  bool on;
  bool other, counts; /* the callbacks given */
  int requires;
  const struct term_list *metrics, *unless, *standalone; /* NULL when not given */
  const void *consts;                                    /* the prelude's lists */
  const void *other_by; /* `other` given by term: rules_metric.c's other_by, or NULL */
  const void *counts_by; /* `counts` given by term: an other_by too, or NULL */
} jf_metric_pre;

/* A registered rule: the public metadata plus what the engine needs to run it. */
typedef struct jf_rule {
  jf_rule_info info; /* every pointer in it is owned by this struct */
  char *chunkname;   /* "@path": the `source` of the rule file's functions */
  char *short_src;   /* how Lua prefixes messages raised in that file */
  char **trig;       /* normalized triggers (info.triggers points here) */
  size_t *trig_len;
  int check_ref; /* registry reference of the check function */
  struct jf_matcher *trig_m; /* the triggers compiled, made on first check (rules_view.c) */
  bool trig_m_failed;
  int trig_strs; /* registry reference of the triggers as Lua strings, 0 until
                  * the first check made it (rules_view.c push_hits) */
  jf_metric_pre metric;
  /* skip_prohibited = true: a trigger hit inside a prohibition or
   * rectification scope never leads the check to a finding, so a clause
   * whose hits all are is not checked (jf_ruleset_check_hits) */
  bool skip_prohibited;
  /* skip_unless = {…}: neither does a trigger hit overlapping one of these
   * phrases (normalized; compiled into unless_m on the first clause the
   * rule wakes, NULL until then, when that failed and without them), with
   * word_filter.h probes of them (NULL for a long list) */
  char **unless;
  size_t *unless_len, n_unless;
  struct jf_matcher *unless_m;
  bool unless_m_tried;
  uint16_t *unless_probe;
  jf_wf_memo unless_memo;
  /* needs = {…}: the check reports only on a clause that meets every group
   * (info.needs: its words normalized, its analysis fields), so a clause
   * that misses one is not checked (jf_ruleset_check_hits). Each group's
   * words are compiled into needs_c[g].m with word_filter.h probes (NULL
   * for a long list, which is always scanned) on the first clause the rule
   * wakes (a cold start checks few): needs_m_tried says that was done, and
   * needs_m_ok that it worked (else the promise is not used). */
  jf_needs_group *needs; /* info.needs points here */
  struct jf_needs_c {
    char **words; /* owned (the group's words point here) */
    size_t *len;
    struct jf_matcher *m;
    uint16_t *probe;
    jf_wf_memo memo; /* probe's last answer */
  } *needs_c;
  bool needs_m_tried, needs_m_ok;
  jf_rule_stats stats;   /* JIANFU_RULE_STATS: what its calls cost (jf_ruleset_stats) */
} jf_rule;

typedef struct jf_case {
  jf_case_info info;
} jf_case;

/* One trigger occurrence in a clause, before it becomes a Lua table:
 * normalized byte span [from, to), index into the rule's triggers. */
typedef jf_trigger_hit jf_hit;

/* One match of a term list (rules_view.c's C helpers): 0-based [from, to), term index. */
typedef struct jf_tl_hit {
  uint32_t from, to, id;
} jf_tl_hit;

typedef struct jf_tl_hitbuf {
  jf_tl_hit *v;
  size_t n, cap;
  bool oom;
} jf_tl_hitbuf;

/* rules_json.c: scratch of the evidence writer, kept by the rule set so that a
 * report allocates nothing for its evidence once the buffers have grown. */
typedef struct jf_ev_member jf_ev_member;
typedef struct jf_ev_buf {
  char *text;
  size_t n, cap; /* the JSON text being written */
  char *keys;
  size_t nk, capk; /* keys of the objects being written */
  jf_ev_member *mem;
  size_t nm, capm; /* members of the objects being written */
  bool oom;
  /* the text is what jansson's compact dump of its own parse gives (no
   * real, no \u0000, no integer of 19 digits), so a reporter may copy it
   * as it is (report_write.c: jf_json_canonical) */
  bool canonical;
} jf_ev_buf;

struct jf_ruleset {
  lua_State *L;
  /* JIANFU_CHECK_PROMISES set: every call a promise would skip is made, and
   * a finding from it is an error (jf_ruleset_check_hits) */
  bool check_promises;
  /* JIANFU_RULE_STATS set: each rule's calls are counted and timed
   * (jf_rule.stats) */
  bool stats;
  /* a metric check is given the clause view up front, as every other check
   * (tests: the path without it must match this one); else it gets the
   * placeholder and makes the view on first need (rules_metric.c need_view) */
  bool metric_view;
  /* metric checks given no view, and of those the views made after all:
   * how many went without (tests, counting) */
  size_t metric_no_view_calls, metric_views_made;
  /* rule files loaded from their bundled bytecode (rules_bundle.c), and
   * JIANFU_LOAD_TRACE set: each load says which way it went on stderr */
  unsigned bundled_loads;
  bool trace_load;
  uint64_t instructions; /* budget per call */
  size_t mem_limit, mem_used;

  /* per protected call (load or check), reset by rs_run */
  const char *want_src;  /* chunkname whose frames give the error line */
  uint64_t budget_left;  /* instructions still allowed */
  int hook_period;       /* count the hook is armed with */
  bool budget_exceeded;  /* keep raising until the call unwinds */
  bool armed;            /* the count hook is running */
  unsigned refusals;     /* allocations refused during the call */
  int line_msgh, line_mem, line_sample; /* innermost rule line seen, 0 if none */

  int report_ref; /* registry reference of report (l_report) */

  jf_rule **rules;
  size_t n_rules, cap_rules;
  jf_case **cases;
  size_t n_cases, cap_cases;

  /* while a file loads */
  struct {
    bool active;
    const char *file, *chunkname, *short_src;
    const char *src; /* the file text, to find the line of an example */
    size_t len;
    const char *line_at; /* the last example found in src, at this line */
    const char *after;   /* the end of the last example found in src */
    int line;
    jf_error_cb cb;
    void *ud;
    unsigned problems;
  } load;
  /* half-built objects, freed when a Lua error unwinds past their builder */
  jf_rule *pending_rule;
  jf_case *pending_case;
  jf_ev_buf ev; /* l_report's evidence text */
  jf_norm scratch;

  /* while a check runs */
  struct {
    bool active;
    const jf_rule *rule;
    const jf_doc *doc;
    size_t clause;
    jf_result *out;
    size_t n_before;
  } cur;

  /* registry reference of rules_view.c's list of interned names and shared
   * objects, the view cache (the last clause's view metatable) among them */
  int view_ref;
  /* registry reference of rules_metric.c's list of interned field names */
  int names_ref;
  /* the view of the clause being checked: the only one whose lazy fields
   * (rules_view.c) may still be built from the document */
  const void *view_live;
  /* that view's metatable (kept alive as the view cache), by which a
   * table is told to be a view of the live clause without reading its fp */
  const void *view_live_mt;
  /* what the cached view was built from (rules_view.c): compared with the
   * clause asked for when its document and index are the cached view's */
  char *snap;
  size_t snap_cap;
  bool snap_valid;

  jf_hit *hits;
  size_t cap_hits;
  /* the current check's trigger hits when its caller found them
   * (jf_ruleset_check_hits); else push_hits scans for them */
  struct {
    bool set;
    const jf_trigger_hit *v;
    size_t n;
  } given_hits;
  /* clause.hits as push_hits (rules_view.c) last made it: the list's
   * address and the engine's hits it was built from. `armed` while nothing
   * but the rule's own metric check can have run since (check_protected):
   * that check reads the hits from here instead of back from their tables
   * (rules_metric.c fresh_hits). */
  struct {
    bool armed;
    const void *list;
    const jf_hit *v;
    size_t n;
  } fresh_hits;
  jf_tl_hitbuf tl_buf; /* scratch of the C helpers (rules_view.c) */
  /* scratch of jf_rs_metric_silent (slots 0-2: its lists of occurrences)
   * and of a metric check's fresh hits (slot 3) */
  struct {
    void *v;
    size_t cap;
  } metric_scratch[4];
  /* what the last dry run that did not find the call silent scanned (its
   * lists of occurrences, metric_scratch slot s when bit s of `lists`):
   * the call the engine makes next reads them instead of scanning again
   * (rules_metric.c, find_list) */
  struct {
    const void *rule, *doc, *text;
    size_t clause, len;
    unsigned lists;
    size_t n[3];
    int cheat;
  } metric_dry;
  /* word lists (jianfu.words) met by the C helpers, by table address
   * (rules_view.c words_arg): open addressing, filled to half at most */
  struct jf_words_slot {
    const void *list;   /* the word list's table, NULL for an empty slot */
    const void *tl;     /* its term_list */
    int list_ref, tl_ref; /* registry references holding both */
  } words[512];
  size_t n_words;
};

/* rules_sandbox.c */
jf_status jf_rs_sandbox_open(jf_ruleset *rs);
/* Close the Lua state opened by jf_rs_sandbox_open and free the blocks its
 * allocator kept for reuse. rs->L is NULL afterwards; a NULL state is fine. */
void jf_rs_sandbox_close(jf_ruleset *rs);
void jf_rs_make_env(lua_State *L); /* pushes a fresh _ENV for one rule file */
/* rules_bundle.c: push the main function of the bundled rule file whose bytes
 * are exactly src[0, len), its source named chunkname, and return true; false
 * (nothing pushed) for any other text or a dump this Lua refuses. */
bool jf_rs_load_bundled(lua_State *L, const char *src, size_t len, const char *chunkname);
size_t jf_rs_bundled_count(void); /* how many rule files the build bundled */
void jf_rs_arm(jf_ruleset *rs);
void jf_rs_disarm(jf_ruleset *rs);
int jf_rs_run(jf_ruleset *rs, lua_CFunction fn, void *arg, const char *want_src);
void jf_rs_call_error(jf_ruleset *rs, int status, const char *file, const char *short_src,
                      int fallback_line, jf_error *err);
void jf_rs_short_src(const char *chunkname, char *out, size_t outsz);
int jf_rs_rule_line(lua_State *L, int level, const char *want_src);
/* Count n instructions' worth of C work against the running call's budget;
 * raises the budget error when it is spent. No-op when no budget is armed. */
void jf_rs_charge(lua_State *L, uint64_t n);
jf_ruleset *jf_rs_of(lua_State *L);

/* rules.c: report{…} without its table, for C checks that were given the
 * engine's report (jf_rs_is_report): from..to, the message and evidence
 * values at msg_idx and ev_idx, as report{from=, to=, message=, evidence=}
 * with those values. */
bool jf_rs_is_report(lua_State *L, int idx);
int jf_rs_report(lua_State *L, lua_Integer from, lua_Integer to, int msg_idx, int ev_idx);
/* The same with the evidence JSON the caller wrote in rs->ev (jf_ev_open …
 * jf_ev_finish below) in place of an evidence table. */
int jf_rs_report_text(lua_State *L, lua_Integer from, lua_Integer to, int msg_idx);

/* rules_metric.c */
/* Fill *out from the check at idx: what the engine's precheck needs when it
 * is a jianfu.metric_check's C check, out->on false otherwise. */
void jf_rs_metric_pre(lua_State *L, int idx, jf_metric_pre *out);
/* Would rule r's metric check (r->metric.on), called by the engine on clause
 * ci with the trigger hits hv[0, n), surely report nothing? It runs the
 * check's own decision in C without calling into Lua, and says true only
 * when that decision is made without a callback of the rule (other,
 * counts), without the Lua check's fallback and within the budget; a
 * skipped call could not have reported or failed. Allocates no Lua
 * object and raises no error: a call that cannot be decided is made. */
bool jf_rs_metric_silent(jf_ruleset *rs, const jf_rule *r, const jf_doc *doc, size_t ci,
                         const jf_trigger_hit *hv, size_t n);
/* Push what a metric check (r->metric.on) is given instead of the clause
 * view of the check being made: it builds the view only if Lua needs it. */
void jf_rs_push_no_view(lua_State *L);

/* rules_view.c */
/* Is the normalized byte span [from, to) of clause ci inside a prohibition
 * or rectification scope? clause:prohibited(from + 1, to) asks this; false
 * while the clause cannot be analysed (jf_doc_analysis). */
bool jf_rs_span_prohibited(const jf_doc *doc, size_t ci, uint32_t from, uint32_t to);
void jf_rs_push_view(lua_State *L, jf_ruleset *rs, const jf_rule *rule, const jf_doc *doc,
                     size_t clause);
/* The trigger hits clause.hits of the view of the check being made holds
 * (push_view): the engine's when given, else the rule's own scan. */
void jf_rs_clause_hits(lua_State *L, jf_ruleset *rs, const jf_rule *rule, const jf_norm *n,
                       const jf_hit **v, size_t *nh);
void jf_rs_view_open(lua_State *L); /* registers the read-only and view metatables */
bool jf_rs_unwrap_ro(lua_State *L, int idx); /* pushes the real table of a proxy */
bool jf_rs_is_ro_mt(lua_State *L, int idx);  /* is the table at idx a proxy's metatable? */
void jf_rs_make_ro(lua_State *L); /* replaces the table on top with a read-only proxy of it */
/* pushes the table of C helpers the prelude receives as its argument */
void jf_rs_push_fast(lua_State *L);

/* rules_json.c */
/* The evidence table at idx as compact JSON text, keys sorted (what jansson's
 * json_dumps gives), NUL-terminated and owned by b until its next use; NULL
 * with the reason in why when the table cannot be evidence. */
const char *jf_rs_evidence(lua_State *L, int idx, jf_ev_buf *b, size_t *len, char *why,
                           size_t whysz);
void jf_ev_buf_free(jf_ev_buf *b);
/* Evidence JSON written from C values, byte for byte what jf_rs_evidence
 * writes for a table of them: jf_ev_start, then keys (given in sorted
 * order, each once) with their values, objects nested with jf_ev_open and
 * jf_ev_close, and jf_ev_finish, which is false when out of memory. */
void jf_ev_start(jf_ev_buf *b);
void jf_ev_open(jf_ev_buf *b);
void jf_ev_close(jf_ev_buf *b);
void jf_ev_key(jf_ev_buf *b, const char *key); /* a plain ASCII name */
void jf_ev_str(jf_ev_buf *b, const char *s, size_t n);
void jf_ev_number(jf_ev_buf *b, double v); /* as the views push it (jf_rs_push_value) */
void jf_ev_true(jf_ev_buf *b);
bool jf_ev_finish(jf_ev_buf *b);

/* registry keys (addresses are the keys) */
extern const char jf_rs_key_budget_msg, jf_rs_key_libs, jf_rs_key_env_mt;

/* v in decimal, as LUA_INTEGER_FMT ("%lld") prints it, written backwards
 * into the end of d[JF_INT_DIGITS]; returns where it starts. Messages and
 * evidence write many numbers, and snprintf was most of their cost. */
enum { JF_INT_DIGITS = 24 };
static inline size_t jf_int_digits(char d[JF_INT_DIGITS], long long v) {
  size_t i = JF_INT_DIGITS;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do
    d[--i] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0) d[--i] = '-';
  return i;
}

#endif
