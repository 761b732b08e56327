/* jianfu/rules.h — the rule set: Lua 5.4 rules in a sandbox.
 *
 * A rule is a Lua source file (never bytecode) that calls jianfu.rule{…}
 * with its metadata, trigger terms, examples and a check function; see
 * rules/README.md for the rule author's view. The sandbox gives a rule a
 * safe subset of string, table, math and utf8 plus the jianfu API, and
 * nothing that touches files, processes or the loader. Every call into a
 * rule runs under an instruction budget that pcall cannot swallow, and the
 * whole Lua state under a memory cap; a rule that errors, loops or runs out
 * of memory becomes a jf_error naming the rule file and line.
 *
 * One jf_ruleset is one lua_State: use one per thread. */
#ifndef JIANFU_RULES_H
#define JIANFU_RULES_H

#include "common.h"
#include "doc.h"
#include "result.h"

typedef struct jf_ruleset jf_ruleset;

typedef struct jf_rule_limits {
  uint64_t instructions; /* per call of a check function (0 = default 10M) */
  size_t memory;         /* bytes for the whole Lua state (0 = default 64 MiB) */
} jf_rule_limits;

typedef struct jf_example {
  char *text;       /* the example clause */
  bool scheme_item; /* evaluate as a YAML scheme item field */
  char *title;      /* document title to evaluate under, or NULL */
  int line;         /* line in the rule file, 0 if unknown */
} jf_example;

/* What a rule's `needs` names of a clause's analysis (rules/README.md): a
 * group is met by a clause whose analysis has one of the fields its
 * `analysis` names, another clause of whose item has one of the fields its
 * `item` names, or (a cell of a table row or a field of a scheme item)
 * another clause of whose row or item has one of the fields its `row`
 * names. */
typedef enum jf_needs_field {
  JF_NEEDS_NUMBERS = 1u << 0,     /* "numbers": a number */
  JF_NEEDS_THRESHOLDS = 1u << 1,  /* "thresholds": a threshold */
  JF_NEEDS_FREQUENCIES = 1u << 2, /* "frequencies": a frequency */
  JF_NEEDS_PENALTIES = 1u << 3,   /* "penalties": a penalty */
  JF_NEEDS_LINK = 1u << 4,        /* "link": a link to assessment */
} jf_needs_field;

/* One group of a rule's needs: met by a clause whose normalized text holds
 * one of the words (or, for a cell of a table row or a field of a scheme
 * item, the text of another clause of its row or item does), whose
 * analysis has one of the fields `analysis` names, another clause of whose
 * item has one of the fields `item` names, or — a cell of a table row or a
 * field of a scheme item only — another clause of whose row or item has
 * one of the fields `row` names (jf_needs_field bits). */
typedef struct jf_needs_group {
  const char *const *words; /* normalized */
  size_t n_words;
  unsigned analysis, item, row;
} jf_needs_group;

/* A registered rule's metadata; all strings owned by the ruleset. */
typedef struct jf_rule_info {
  const char *id;
  const char *category;
  jf_severity severity;
  const char *title;
  const char *description; /* rationale, may be NULL */
  const char *file;        /* rule file path */
  int line;                /* line of the jianfu.rule{ call */
  const char *const *basis;
  size_t n_basis;
  const char *const *precedents;
  size_t n_precedents;
  const char *const *triggers;
  size_t n_triggers; /* 0: the rule runs on every clause (slow) */
  const jf_example *good;
  size_t n_good;
  const jf_example *bad;
  size_t n_bad;
  /* needs: the rule reports only on a clause that meets every one of
   * these groups; none: no such promise */
  const jf_needs_group *needs;
  size_t n_needs;
} jf_rule_info;

/* A precedent case registered with jianfu.case{…}. */
typedef struct jf_case_info {
  const char *id, *place, *year, *summary, *seed, *file;
  const char *const *fixtures;
  size_t n_fixtures;
} jf_case_info;

JF_API jf_ruleset *jf_ruleset_new(const jf_rule_limits *limits);
JF_API void jf_ruleset_free(jf_ruleset *rs);

/* Load one rule file (source text only). Each problem (syntax error, unknown
 * category, missing field, duplicate id, runtime error at load) is passed to
 * on_error with file and line; loading goes on with the next file. Returns
 * JF_OK when everything loaded, JF_ERULE otherwise. */
typedef void (*jf_error_cb)(const jf_error *e, void *ud);
JF_API jf_status jf_ruleset_load_file(jf_ruleset *rs, const char *path, jf_error_cb on_error,
                                      void *ud);
/* Same for every *.lua in dir (sorted by name, not recursive). */
JF_API jf_status jf_ruleset_load_dir(jf_ruleset *rs, const char *dir, jf_error_cb on_error,
                                     void *ud);
/* Same for source text held in memory; `name` is used as the file name. */
JF_API jf_status jf_ruleset_load_string(jf_ruleset *rs, const char *name, const char *src,
                                        size_t len, jf_error_cb on_error, void *ud);

JF_API size_t jf_ruleset_count(const jf_ruleset *rs);
JF_API const jf_rule_info *jf_ruleset_rule(const jf_ruleset *rs, size_t i);
/* Index of rule `id`, or -1. */
JF_API long jf_ruleset_find(const jf_ruleset *rs, const char *id);
JF_API size_t jf_ruleset_case_count(const jf_ruleset *rs);
JF_API const jf_case_info *jf_ruleset_case(const jf_ruleset *rs, size_t i);

/* Run rule i's check on one clause of doc. Findings are appended to `out`
 * with rule metadata, source positions and excerpt filled in. A failing
 * rule returns JF_ERULE with the rule file and line in err; the state stays
 * usable for the next call. */
JF_API jf_status jf_ruleset_check(jf_ruleset *rs, size_t i, const jf_doc *doc, size_t clause,
                                  jf_result *out, jf_error *err);

/* One of the rule's triggers found in the clause's normalized text: the
 * byte span [from, to) and the index of the trigger in jf_rule_info.triggers. */
typedef struct jf_trigger_hit {
  uint32_t from, to;
  uint32_t trig;
} jf_trigger_hit;

/* jf_ruleset_check for a caller that has already found rule i's triggers
 * in the clause (the engine's prefilter does): clause.hits is made from
 * hits[0..n) instead of a scan of its own. They must be every occurrence,
 * ordered as clause.hits is (by from, then longer first, then by trig).
 * A call that a promise says reports nothing (the rule's skip_prohibited or
 * needs, a metric_check's own decision) is skipped. With the environment
 * variable JIANFU_CHECK_PROMISES set (not "0") when the ruleset was made,
 * such a call is made all the same, and if it reports anything its findings
 * are dropped and JF_ERULE returned, err naming the promise. */
JF_API jf_status jf_ruleset_check_hits(jf_ruleset *rs, size_t i, const jf_doc *doc,
                                       size_t clause, const jf_trigger_hit *hits, size_t n,
                                       jf_result *out, jf_error *err);

/* What rule i's calls cost, counted when the environment variable
 * JIANFU_RULE_STATS was set (not "0") when the ruleset was made (`jianfu
 * check` prints them): every call asked for (jf_ruleset_check,
 * jf_ruleset_check_hits) is `woken`, and either skipped by a promise, each
 * call by the first that holds of skip_prohibited, skip_unless, needs and
 * a metric_check's dry run (so woken = the four skips + calls), or made:
 * `calls` runs of the check function, which added `findings`. `ns` is the
 * time spent in all of them, the decisions included. With
 * JIANFU_CHECK_PROMISES a skipped call is made too but still counted as
 * skipped. */
typedef struct jf_rule_stats {
  uint64_t woken;
  uint64_t skipped_prohibited, skipped_unless, skipped_needs, skipped_metric;
  uint64_t calls, findings;
  uint64_t ns;
} jf_rule_stats;

/* Rule i's counts, or NULL when they are not kept (or no rule i). */
JF_API const jf_rule_stats *jf_ruleset_stats(const jf_ruleset *rs, size_t i);

/* Is `category` one of the ten taxonomy ids? */
JF_API bool jf_category_valid(const char *category);

#endif
