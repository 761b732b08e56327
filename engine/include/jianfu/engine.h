/* jianfu/engine.h — checking files: decode, load, normalize, analyse,
 * prefilter, run the rules, collect a jf_result.
 *
 * An engine owns one rule set (one Lua state) and one prefilter; it is not
 * thread-safe, so a parallel run makes one engine per worker. */
#ifndef JIANFU_ENGINE_H
#define JIANFU_ENGINE_H

#include "common.h"
#include "result.h"
#include "rules.h"

typedef struct jf_engine jf_engine;

typedef struct jf_options {
  size_t max_file_size; /* bytes; 0 = default 64 MiB */
  jf_rule_limits limits;
} jf_options;

JF_API jf_engine *jf_engine_new(const jf_options *opt);
JF_API void jf_engine_free(jf_engine *e);

/* Load rules (file or directory). Problems go to on_error; returns JF_ERULE
 * if any rule failed to load. Call jf_engine_prepare after the last load. */
JF_API jf_status jf_engine_load_rules(jf_engine *e, const char *path, jf_error_cb on_error,
                                      void *ud);
/* Build the prefilter from the loaded rules' triggers. */
JF_API jf_status jf_engine_prepare(jf_engine *e);
JF_API jf_ruleset *jf_engine_rules(jf_engine *e); /* borrowed */

/* Check bytes held in memory. `path` names the file in the result and
 * decides the loader by its extension. The result is always returned
 * (errors included); the status is JF_OK unless something failed, in which
 * case the result's errors say what. */
JF_API jf_status jf_engine_check_buffer(jf_engine *e, const char *path, const char *bytes,
                                        size_t len, jf_result **out);
/* Read and check a file ("-" is stdin). Files over the size limit, binaries
 * and unreadable files become errors in the result. */
JF_API jf_status jf_engine_check_file(jf_engine *e, const char *path, jf_result **out);

/* Run every rule's own good and bad examples. For each failing example
 * on_fail gets the rule, whether it was a bad example, the example and why;
 * returns the number of failures. */
typedef void (*jf_example_cb)(const jf_rule_info *rule, bool bad, const jf_example *ex,
                              const char *why, void *ud);
JF_API size_t jf_engine_test_rules(jf_engine *e, jf_example_cb on_fail, size_t *n_run, void *ud);

#endif
